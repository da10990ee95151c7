/**
 * Packed cells that probe round 59 misread (fix round prose12): each test is a cell written on the
 * pattern of a misread, read under an ordinary packed header.
 */
import { read, records } from "../support/packedCell";

describe("two- and three-level section numbers (1.1 数量指标：, 2.1.1 带动增收)", () => {
  it("reads 1.1 数量指标： under 1. 产出指标 as numbering and the 二级 written, not as the name", () => {
    const cell =
      "1. 产出指标\n  1.1 数量指标：接入医共体成员单位≥21家；远程会诊系统覆盖乡镇卫生院100%\n" +
      "  1.2 质量指标：系统上线运行稳定率≥99%\n  1.3 时效指标：2024年12月底前完成系统部署\n" +
      "2. 效益指标\n  2.1 社会效益指标：基层首诊率提高5个百分点\n3. 满意度指标\n  3.1 服务对象满意度指标：医务人员满意度≥90%";
    expect(records(cell).map((i) => [i.level1, i.level2, i.name, i.level2Inferred])).toEqual([
      ["产出指标", "数量指标", "接入医共体成员单位", null],
      ["产出指标", "数量指标", "远程会诊系统覆盖乡镇卫生院", null],
      ["产出指标", "质量指标", "系统上线运行稳定率", null],
      ["产出指标", "时效指标", "完成系统部署", null],
      ["效益指标", "社会效益指标", "基层首诊率", null],
      ["满意度指标", "服务对象满意度指标", "医务人员满意度", null],
    ]);
  });

  it("reads 1.1数量指标：, 1.2、质量指标： and two on one line", () => {
    const want = [
      ["产出指标", "数量指标", "接入单位", "≥21家", ">=", 21, "家", "quantitative"],
      ["产出指标", "质量指标", "合格率", "≥99%", ">=", 99, "%", "quantitative"],
    ];
    expect(read("产出指标：\n1.1数量指标：接入单位≥21家\n1.2、质量指标：合格率≥99%")).toEqual(want);
    expect(read("1.1 数量指标：接入单位≥21家；1.2 质量指标：合格率≥99%")).toEqual(want);
  });

  it("takes 1.1 1.2 off the names of a list under a label", () => {
    expect(read("产出指标：1.1接入单位≥21家；1.2合格率≥99%").map((r) => r[2])).toEqual([
      "接入单位",
      "合格率",
    ]);
    expect(records("产出指标：1.1接入单位≥21家；1.2合格率≥99%").map((i) => i.seq)).toEqual([1, 2]);
  });

  it("reads 2.1 经济效益指标 over 2.1.1 as a heading: no empty record, its 二级 on the items", () => {
    expect(read("二、效益指标\n2.1 经济效益指标\n2.1.1 带动增收≥500元\n2.1.2 带动就业≥20人")).toEqual([
      ["效益指标", "经济效益指标", "带动增收", "≥500元", ">=", 500, "元", "quantitative"],
      ["效益指标", "经济效益指标", "带动就业", "≥20人", ">=", 20, "人", "quantitative"],
    ]);
  });

  it("keeps a decimal a value: 1.5万人次, ≥1.1, 3.6公里 after a colon, before a bracketed heading", () => {
    expect(read("服务人次：1.5万人次；增长率≥1.1%").map((r) => [r[2], r[5]])).toEqual([
      ["服务人次", 15000],
      ["增长率", 1.1],
    ]);
    expect(read("服务人次增长1.5万人次；指标值≥1.1").map((r) => r[5])).toEqual([15000, 1.1]);
    expect(
      read(
        "【产出指标-数量指标】整治村庄数量：≥15个；新建污水管网：3.6公里【产出指标-成本指标】每村整治成本：≤30万元/村",
      ).map((r) => [r[2], r[5]]),
    ).toEqual([
      ["整治村庄数量", 15],
      ["新建污水管网", 3.6],
      ["每村整治成本", 300000],
    ]);
  });
});

describe("bound words after a number (以内, 以下) are no unit", () => {
  it("reads 控制在0.2以内 and 控制在0.5以下 with no unit", () => {
    expect(read("特种设备万台死亡率控制在0.2以内；差错率控制在0.5以下")).toEqual([
      [null, null, "特种设备万台死亡率", "控制在0.2以内", "<=", 0.2, "", "quantitative"],
      [null, null, "差错率", "控制在0.5以下", "<=", 0.5, "", "quantitative"],
    ]);
  });
});

describe("a rate per so many (1/10万) closing a name", () => {
  it("reads 控制在1/10万以下 and 1/10万以下 as <= 1 /10万, the name without the numerator", () => {
    expect(read("适龄儿童相关传染病发病率控制在1/10万以下；发病率1/10万以下").map((r) => r.slice(2))).toEqual(
      [
        ["适龄儿童相关传染病发病率", "控制在1/10万以下", "<=", 1, "/10万", "quantitative"],
        ["发病率", "1/10万以下", "<=", 1, "/10万", "quantitative"],
      ],
    );
  });
});

describe("qualitative verbs closing a name (round 59)", () => {
  it("cuts 安全度汛, 逐步建立, 及时查处, 及时消除, 及时发现, 全面落实, 基本形成 off the name as the target", () => {
    const cell =
      "水库安全度汛；营养改善长效机制逐步建立；违法行为及时查处；安全隐患及时消除；超标排放问题及时发现；政策全面落实；长效机制基本形成";
    expect(read(cell).map((r) => [r[2], r[3], r[7]])).toEqual([
      ["水库", "安全度汛", "qualitative"],
      ["营养改善长效机制", "逐步建立", "qualitative"],
      ["违法行为", "及时查处", "qualitative"],
      ["安全隐患", "及时消除", "qualitative"],
      ["超标排放问题", "及时发现", "qualitative"],
      ["政策", "全面落实", "qualitative"],
      ["长效机制", "基本形成", "qualitative"],
    ]);
  });
});

describe("comma-joined clauses with a date or a coded name of their own (round 59)", () => {
  it("cuts before 计划完工时间2024年10月, 完工时间2024年5月前, 完成时间…, 培训时间2024年3-6月", () => {
    const dates = (cell: string) => records(cell).map((i) => [i.name, i.kind, i.date ?? i.value]);
    expect(dates("计划开工时间2024年3月，计划完工时间2024年10月")).toEqual([
      ["计划开工时间", "date", "2024-03"],
      ["计划完工时间", "date", "2024-10"],
    ]);
    expect(dates("工程合格率100%，完工时间2024年5月前")).toEqual([
      ["工程合格率", "quantitative", 100],
      ["完工时间", "date", "2024-05"],
    ]);
    expect(dates("新建泵站3座，完成时间2024年12月")).toEqual([
      ["新建泵站", "quantitative", 3],
      ["完成时间", "date", "2024-12"],
    ]);
    expect(dates("培训2000人次，培训时间2024年3-6月").map((r) => r.slice(0, 2))).toEqual([
      ["培训", "quantitative"],
      ["培训时间", "date"],
    ]);
  });

  it("keeps a plan's date after a comma with the words before it", () => {
    expect(records("完成污水管网建设，计划2024年12月").length).toBe(1);
  });

  it("cuts a state from a coded name with its comparator: 及时发现，PM2.5平均浓度≤28μg/m³", () => {
    expect(read("重点排污单位超标排放问题及时发现，PM2.5平均浓度≤28μg/m³").map((r) => r.slice(2))).toEqual([
      ["重点排污单位超标排放问题", "及时发现", null, null, "", "qualitative"],
      ["PM2.5平均浓度", "≤28μg/m³", "<=", 28, "μg/m³", "quantitative"],
    ]);
  });
});
