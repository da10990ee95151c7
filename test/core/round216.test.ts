/**
 * Round 216: the reading leftovers of rounds 213 and 214. District columns headed 设区市, 区、县（市）, 辖区 (and
 * 市州, 市（州）, 地市, 盟市, 县（市、区）名称 …) read as place columns; a 分解表's indicator column headed with
 * its grade's unit, 耕地质量等级提升（等）, named without it; prose opening with what is done for whom
 * (对…给予/进行/实施…) leading in as 通过/为/在…开展 do. The probe (round216.data.ts) was written before each run.
 */
import { parseGrid } from "../../src/core/parse";
import { headerRole } from "../../src/core/table/headers";
import { grid } from "../support/grid";
import { recordsIn2025 } from "../support/packedCell";
import { cellRecords } from "./round214.score";
import { BATCH1, BATCH2 } from "./round216.data";
import { probeRecords, scoreProbes } from "./round216.score";

const named = (rs: { name: string; value: number | null; unit: string }[]) =>
  rs.map((r) => [r.name, r.value, r.unit]);

describe("place columns by other names", () => {
  it.each([
    "设区市",
    "区、县（市）",
    "辖区",
    "市州",
    "市（州）",
    "州（市）",
    "地市",
    "盟市",
    "县（市、区）名称",
    "县、市、区",
    "县/市",
  ])("%s heads a district column", (h) => {
    expect(headerRole(h)).toBe("district");
  });

  it.each(["市", "州", "市（万元）", "市级", "辖区面积"])("%s heads none", (h) => {
    expect(headerRole(h)).not.toBe("district");
  });

  it("a rows table under 设区市 is a project per city, the city its district", () => {
    expect([...new Set(probeRecords(BATCH1[0]).map((r) => r.district))]).toEqual([
      "南京市",
      "徐州市",
      "连云港市",
    ]);
  });

  it("辖区's places written short are its districts as written", () => {
    expect([...new Set(probeRecords(BATCH1[2]).map((r) => r.district))]).toEqual(["福田", "罗湖", "大鹏"]);
  });

  it("a 分解表 the other way round under 设区市 is read (its places in rows)", () => {
    expect([...new Set(probeRecords(BATCH2[2]).map((r) => r.district))]).toEqual([
      "徐州市",
      "盐城市",
      "淮安市",
    ]);
  });
});

describe("a grade's unit in an indicator column's bracket", () => {
  const r = parseGrid(
    grid([
      ["某市2025年高标准农田建设绩效目标分解表"],
      ["县（市、区）", "资金（万元）", "耕地质量等级提升（等）", "新建（改建）灌溉泵站（座）"],
      ["邵东市", 2400, "≥0.5", 3],
      ["新邵县", 1600, "≥0.5", 2],
    ]),
  ).indicators;

  it("names the indicator without it, its unit 等; a bracket inside the name stays", () => {
    expect(r.slice(0, 2).map((i) => [i.name, i.comparator, i.value, i.unit])).toEqual([
      ["耕地质量等级提升", ">=", 0.5, "等"],
      ["新建（改建）灌溉泵站", "=", 3, "座"],
    ]);
  });

  it("a packed cell's (等) after a name is its unit too; 等 after a figure still reads as before", () => {
    expect(named(recordsIn2025("耕地质量等级提升（等）：≥0.5"))).toEqual([["耕地质量等级提升", 0.5, "等"]]);
    expect(named(recordsIn2025("耕地质量等级提升≥0.5等"))).toEqual([["耕地质量等级提升", 0.5, "等"]]);
  });
});

describe("对…给予/进行/实施 leads in", () => {
  const cell = "对城乡居民医保特殊困难群体参保缴费给予补助，资助参保1.8万人，资助参保率100%";

  it.each(["指标", "目标"] as const)("round 214's leftover, under a %s column", (layout) => {
    expect(named(cellRecords({ layout, text: cell, gold: [] }))).toEqual([
      ["资助参保", 18000, "人"],
      ["资助参保率", 100, "%"],
    ]);
  });

  it("numbered, each item's opening leads in to its figures", () => {
    expect(
      named(
        recordsIn2025(
          "1、对全县农村公路进行日常养护，养护里程1200公里。\n2、对重点企业实施安全检查，检查企业150家。",
        ),
      ),
    ).toEqual([
      ["养护里程", 1200, "公里"],
      ["检查企业", 150, "家"],
    ]);
  });

  it("names opening with 对 that do no deed keep their words", () => {
    expect(named(recordsIn2025("对口支援帮扶村数，12个"))).toEqual([["对口支援帮扶村数", 12, "个"]]);
    expect(named(recordsIn2025("对标整改完成率≥95%"))).toEqual([["对标整改完成率", 95, "%"]]);
  });

  it("a target with no name of its own after it leaves the opening its name (每人每月80元, 500人次)", () => {
    expect(named(recordsIn2025("对困难残疾人给予生活补贴，每人每月80元"))).toEqual([
      ["对困难残疾人给予生活补贴", 80, "元"],
    ]);
    expect(named(recordsIn2025("为困难残疾人发放生活补贴，每人每月80元"))).toEqual([
      ["为困难残疾人发放生活补贴", 80, "元"],
    ]);
    expect(named(recordsIn2025("对符合条件的困难群众给予临时救助，500人次"))).toEqual([
      ["对符合条件的困难群众给予临时救助", 500, "人次"],
    ]);
  });
});

describe("the probe", () => {
  // As written 22 of 64 (the district columns unread: 36; 耕地质量等级提升（等） 3; the 对… openings 3).
  it("first batch: 64 of 64, none extra", () => {
    const s = scoreProbes(BATCH1);
    expect(s.misses).toEqual([]);
    expect([s.right, s.indicators, s.extra]).toEqual([64, 64, 0]);
  });

  // Scored once after the first fixes: 10 of 25 (县（市、区）名称 unread, a 分解表 under 设区市 unread); on the
  // engine before the round 2 of 25.
  it("second batch: 25 of 25, none extra", () => {
    const s = scoreProbes(BATCH2);
    expect(s.misses).toEqual([]);
    expect([s.right, s.indicators, s.extra]).toEqual([25, 25, 0]);
  });
});
