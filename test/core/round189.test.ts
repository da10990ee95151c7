/**
 * Round 189: 申报表 forms and text pasted from documents and PDFs in the northwest (乌海, 阿拉善, 巴彦淖尔, 鄂尔多斯,
 * 石嘴山, 吴忠, 固原, 中卫, 海东, 海西, 张掖, 武威, 平凉, 天水) — a 灌区, 滩区 or 垦区 named by a project, a money label
 * last in a row of labels over their values, 【】 blocks a line per cell with the form's 绩效指标 label beside the
 * first heading and the next form's lines in the same column, a 是 in a 名称(目标) bracket, and an age opening a
 * name in a PDF's spaced cell.
 */
import { parseGrid } from "../../src/core/parse";
import type { CellValue } from "../../src/core/grid";
import { districtOf } from "../../src/core/table/district";
import { grid } from "../support/grid";

const HEAD = ["一级指标", "二级指标", "三级指标", "指标值"];

/** name, comparator, value, unit, kind of every record read from a grid. */
const read = (rows: CellValue[][]) =>
  parseGrid(grid(rows)).indicators.map((i) => [i.name, i.comparator, i.value, i.unit, i.kind]);

describe("a 灌区, 滩区 or 垦区 a project names is no district", () => {
  it("reads the unit's county, not the project's 灌区 or 滩区 (青铜峡灌区…, 黄河滩区…)", () => {
    const got = parseGrid(
      grid([
        ["实施单位", "项目名称", ...HEAD],
        ["杭锦后旗水利局", "乌兰布和灌区节水改造", "产出指标", "数量指标", "渠道衬砌长度", "≥28公里"],
        ["杭锦后旗农牧和科技局", "黄河滩区盐碱地改良", "产出指标", "数量指标", "改良盐碱地面积", "≥1.5万亩"],
        ["青铜峡市水务局", "青铜峡灌区续建配套与现代化改造", "产出指标", "数量指标", "改造干支渠", "42公里"],
      ]),
    );
    expect(got.projects.map((p) => p.district)).toEqual(["杭锦后旗", "杭锦后旗", "青铜峡市"]);
  });

  it("reads no district from a 灌区, 滩区 or 垦区 alone", () => {
    expect(districtOf("河套灌区末级渠系节水改造")).toBeNull();
    expect(districtOf("黄河滩区居民迁建")).toBeNull();
    expect(districtOf("垦区道路修缮")).toBeNull();
    // A county's name before it is read still.
    expect(districtOf("临河区河套灌区节水改造")).toBe("临河区");
  });
});

describe("a money label last in a form's row of labels", () => {
  it("reads 项目名称 | 主管部门 | 实施单位 | 项目资金（万元） over their values, the sum no unit's (阿拉善左旗)", () => {
    const got = parseGrid(
      grid([
        ["项目名称", "主管部门", "实施单位", "项目资金（万元）"],
        ["阿拉善左旗梭梭林保护修复", "阿拉善盟林业和草原局", "阿拉善左旗林业和草原局", 860],
        HEAD,
        ["产出指标", "数量指标", "梭梭林封育面积", "12万亩"],
        ["满意度指标", "服务对象满意度指标", "农牧民满意度", "≥90%"],
      ]),
    );
    expect(got.projects.map((p) => [p.project, p.department, p.budgetUnit, p.district])).toEqual([
      ["阿拉善左旗梭梭林保护修复", "阿拉善盟林业和草原局", "阿拉善左旗林业和草原局", "阿拉善左旗"],
    ]);
    // The sum under the money's label is the project's money, in 元 by its label's unit.
    expect(got.projects[0].budget).toEqual([8600000]);
    expect(got.indicators.map((i) => [i.name, i.value, i.project])).toEqual([
      ["梭梭林封育面积", 120000, "阿拉善左旗梭梭林保护修复"],
      ["农牧民满意度", 90, "阿拉善左旗梭梭林保护修复"],
    ]);
  });

  it("reads 年度资金总额（万元） so too, a sum written as text, and two such forms down a sheet (乌达区, 平安区)", () => {
    const got = parseGrid(
      grid([
        ["项目名称", "主管部门", "实施单位", "年度资金总额（万元）"],
        ["乌达区煤矿采空区综合治理", "乌海市乌达区应急管理局", "乌海市乌达区应急管理局", "950"],
        HEAD,
        ["产出指标", "数量指标", "搬迁安置户数", "≥120户"],
        [null, null, null, null],
        ["项目名称", "主管部门", "实施单位", "项目资金（万元）"],
        ["平安区农村道路硬化", "海东市平安区交通运输局", "海东市平安区农村公路管理站", 230],
        HEAD,
        ["产出指标", "数量指标", "硬化村组道路", "≥18公里"],
      ]),
    );
    expect(got.indicators.map((i) => [i.name, i.project, i.budgetUnit, i.department, i.district])).toEqual([
      [
        "搬迁安置户数",
        "乌达区煤矿采空区综合治理",
        "乌海市乌达区应急管理局",
        "乌海市乌达区应急管理局",
        "乌达区",
      ],
      [
        "硬化村组道路",
        "平安区农村道路硬化",
        "海东市平安区农村公路管理站",
        "海东市平安区交通运输局",
        "平安区",
      ],
    ]);
  });

  it("still reads no labels' row where a label is no form's (项目名称 | 项目资金（万元） alone is a table's header)", () => {
    const got = parseGrid(
      grid([
        ["项目名称", "项目资金（万元）", "绩效指标"],
        ["农村公路养护", 120, "产出指标：养护里程≥300公里"],
      ]),
    );
    expect(got.indicators.map((i) => [i.project, i.name, i.value])).toEqual([
      ["农村公路养护", "养护里程", 300],
    ]);
  });
});

describe("【】 blocks a line per cell beside a form's label", () => {
  it("reads the first block beside 绩效指标 (达拉特旗)", () => {
    expect(
      read([
        ["项目名称", "达拉特旗黄河滩区综合治理"],
        ["实施单位", "达拉特旗水利局"],
        ["绩效指标", "【产出指标-数量指标】"],
        [null, "指标1:治理滩区面积(≥1.2万亩)"],
        [null, "指标2:修筑防护堤(≥8.5公里)"],
        [null, "【满意度指标-服务对象满意度指标】"],
        [null, "指标1:沿岸群众满意度(≥90%)"],
      ]),
    ).toEqual([
      ["治理滩区面积", ">=", 12000, "亩", "quantitative"],
      ["修筑防护堤", ">=", 8.5, "公里", "quantitative"],
      ["沿岸群众满意度", ">=", 90, "%", "quantitative"],
    ]);
  });

  it("reads the first block beside 绩效指标： under 项目名称：… lines, its levels and district (互助县)", () => {
    const got = parseGrid(
      grid([
        ["项目名称：互助县北山林场森林防火"],
        ["主管部门：互助土族自治县林业和草原局"],
        ["绩效指标：", "【产出指标-数量指标】"],
        [null, "指标1:防火巡护里程(≥5000公里)"],
        [null, "【效益指标-生态效益指标】"],
        [null, "指标1:森林覆盖率(≥35%)"],
      ]),
    );
    expect(got.indicators.map((i) => [i.project, i.level1, i.level2, i.name, i.value, i.unit])).toEqual([
      ["互助县北山林场森林防火", "产出指标", "数量指标", "防火巡护里程", 5000, "公里"],
      ["互助县北山林场森林防火", "效益指标", "生态效益指标", "森林覆盖率", 35, "%"],
    ]);
  });

  it("keeps a heading beside a cell that is no label of the indicators a row of its own kind (备注 | 【…】)", () => {
    const got = parseGrid(
      grid([
        ["项目名称", "某项目"],
        ["备注", "【产出指标-数量指标】"],
        [null, "指标1:培训人数(≥50人)"],
      ]),
    );
    expect(got.indicators.map((i) => i.name)).not.toContain("【产出指标-数量指标】");
  });

  it("starts the next form's project at its 项目名称 | 值 lines written in the blocks' column (静宁县)", () => {
    const got = parseGrid(
      grid([
        ["项目名称", "静宁县苹果矮化密植园建设"],
        ["实施单位", "静宁县果业发展中心"],
        ["绩效指标", "【产出指标-数量指标】"],
        [null, "指标1:新建矮化密植园(≥5000亩)"],
        [null, "【满意度指标-服务对象满意度指标】"],
        [null, "指标1:果农满意度(≥90%)"],
        ["项目名称", "静宁县果品冷链仓储"],
        ["实施单位", "静宁县商务局"],
        ["绩效指标", "【产出指标-数量指标】"],
        [null, "指标1:新增冷藏库容(≥2万吨)"],
        [null, "【产出指标-质量指标】"],
        [null, "指标1:库房验收合格率(100%)"],
      ]),
    );
    expect(got.projects.map((p) => [p.project, p.budgetUnit])).toEqual([
      ["静宁县苹果矮化密植园建设", "静宁县果业发展中心"],
      ["静宁县果品冷链仓储", "静宁县商务局"],
    ]);
    expect(got.indicators.map((i) => [i.project, i.name, i.value])).toEqual([
      ["静宁县苹果矮化密植园建设", "新建矮化密植园", 5000],
      ["静宁县苹果矮化密植园建设", "果农满意度", 90],
      ["静宁县果品冷链仓储", "新增冷藏库容", 20000],
      ["静宁县果品冷链仓储", "库房验收合格率", 100],
    ]);
  });

  it("reads a bare 是 in a 名称(目标) bracket as the target, in a block written so (秦州区)", () => {
    expect(
      read([
        ["项目名称", "秦州区城乡公益性岗位补贴"],
        ["绩效指标", "【产出指标-数量指标】"],
        [null, "指标1:开发公益性岗位(≥350个)"],
        [null, "【效益指标-社会效益指标】"],
        [null, "指标1:零就业家庭动态清零(是)"],
      ]),
    ).toEqual([
      ["开发公益性岗位", ">=", 350, "个", "quantitative"],
      ["零就业家庭动态清零", null, null, "", "qualitative"],
    ]);
  });
});

describe("a bracketed target a PDF's column cut", () => {
  it("reads 指标1:鼠害防治面积(≥30万 over 亩) whole, past a page's number (天祝县)", () => {
    expect(
      read([
        ["项目名称：天祝县草原鼠害防治"],
        ["【产出指标-数量指标】"],
        ["指标1:鼠害防治面积(≥30万"],
        ["亩)"],
        ["指标2:投放生物饵料(≥60吨)"],
        ["- 2 -"],
        ["【效益指标-生态效益指标】"],
        ["指标1:防治区鼠密度下降率(≥80%)"],
      ]),
    ).toEqual([
      ["鼠害防治面积", ">=", 300000, "亩", "quantitative"],
      ["投放生物饵料", ">=", 60, "吨", "quantitative"],
      ["防治区鼠密度下降率", ">=", 80, "%", "quantitative"],
    ]);
  });
});

describe("a PDF's packed cell with spaces for its breaks", () => {
  it("cuts before a name that opens with an age (≥90% 65岁以上老年人健康管理率 ≥65%, 山丹县)", () => {
    expect(
      read([
        ["单位名称", "项目名称", "绩效指标"],
        [
          "山丹县卫生健康局",
          "基本公共卫生服务",
          "产出指标 数量指标 居民电子健康档案建档率 ≥90% 65岁以上老年人健康管理率 ≥65% 0-6岁儿童健康管理率 ≥90% 满意度指标 服务对象满意度指标 居民满意度 ≥85%",
        ],
      ]),
    ).toEqual([
      ["居民电子健康档案建档率", ">=", 90, "%", "quantitative"],
      ["65岁以上老年人健康管理率", ">=", 65, "%", "quantitative"],
      ["0-6岁儿童健康管理率", ">=", 90, "%", "quantitative"],
      ["居民满意度", ">=", 85, "%", "quantitative"],
    ]);
  });
});
