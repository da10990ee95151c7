/**
 * Round 162 (table layout): a 项目库 table with a project per row under 产出指标 merged over 数量指标 |
 * 质量指标 | 时效指标, beside 效益指标 and 满意度指标 merged down both header rows.
 */
import { parseGrid } from "../../src/core/parse";
import { grid } from "../support/grid";

describe("产出指标 over a 二级 per column beside 一级 columns merged down both header rows", () => {
  const r = parseGrid(
    grid([
      ["巴中市住房和城乡建设局2024年项目库入库项目绩效目标"],
      ["序号", "项目名称", "项目类别", "产出指标", null, null, "效益指标", "满意度指标"],
      [null, null, null, "数量指标", "质量指标", "时效指标", null, null],
      [
        1,
        "城镇老旧小区改造",
        "新增项目",
        "改造老旧小区56个；惠及居民4300户",
        "工程验收合格率100%",
        "2024年12月31日前完工",
        "居住环境明显改善；消除安全隐患",
        "居民满意度≥90%",
      ],
      [
        2,
        "城市燃气管道老化更新改造",
        "新增项目",
        "更新改造燃气管道86公里",
        "改造后燃气泄漏事故0起",
        "2024年11月底前",
        "燃气安全运行水平提升",
        "用户满意度≥95%",
      ],
    ]),
  );

  it("reads no project from the title or the header's lower row", () => {
    expect(r.projects.map((p) => p.project)).toEqual(["城镇老旧小区改造", "城市燃气管道老化更新改造"]);
  });

  it("reads every sub-column with the 一级 carried over it and its own 二级, the merged-down columns as named", () => {
    expect(r.indicators.map((i) => [i.cell, i.level1, i.level2, i.name])).toEqual([
      ["D4", "产出指标", "数量指标", "改造老旧小区"],
      ["D4", "产出指标", "数量指标", "惠及居民"],
      ["E4", "产出指标", "质量指标", "工程验收合格率"],
      ["F4", "产出指标", "时效指标", "完工"],
      ["G4", "效益指标", null, "居住环境"],
      ["G4", "效益指标", null, "消除安全隐患"],
      ["H4", "满意度指标", null, "居民满意度"],
      ["D5", "产出指标", "数量指标", "更新改造燃气管道"],
      ["E5", "产出指标", "质量指标", "改造后燃气泄漏事故"],
      ["F5", "产出指标", "时效指标", ""],
      ["G5", "效益指标", null, "燃气安全运行水平"],
      ["H5", "满意度指标", null, "用户满意度"],
    ]);
  });

  it("reads the same when the merged-down block comes first", () => {
    const first = parseGrid(
      grid([
        ["序号", "项目名称", "产出指标", "效益指标", null, "满意度指标"],
        [null, null, null, "社会效益指标", "生态效益指标", null],
        [1, "河道清淤", "清淤河道12公里", "防洪能力提升", "水质达到III类", "群众满意度≥90%"],
      ]),
    );
    expect(first.projects.map((p) => p.project)).toEqual(["河道清淤"]);
    expect(first.indicators.map((i) => [i.cell, i.level1, i.level2])).toEqual([
      ["C3", "产出指标", null],
      ["D3", "效益指标", "社会效益指标"],
      ["E3", "效益指标", "生态效益指标"],
      ["F3", "满意度指标", null],
    ]);
  });

  it("reads a lower row of category names laid out no known way as no project", () => {
    // 时效指标 (a 二级) written among the 一级 of the upper row: its columns read as the upper row names them.
    const odd = parseGrid(
      grid([
        ["序号", "项目名称", "产出指标", null, "时效指标", "效益指标", "满意度指标"],
        [null, null, "数量指标", "质量指标", null, "社会效益指标", null],
        [
          1,
          "城镇老旧小区改造",
          "改造老旧小区56个",
          "合格率100%",
          "年底前完工",
          "居住环境明显改善",
          "满意度≥90%",
        ],
      ]),
    );
    expect(odd.projects.map((p) => p.project)).toEqual(["城镇老旧小区改造"]);
  });
});
