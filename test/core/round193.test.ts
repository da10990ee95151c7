/**
 * Round 193: the session's last unseen reading check — rows tables, packed cells, 申报表 forms and free text
 * from Zhejiang, Jiangsu, Fujian, Shandong and Henan cities — two subjects' states said whole and listed with
 * a 、 (尾矿库安全隐患有效消除、区域生态环境明显改善) read as two indicators, as they are after a comma.
 */
import { parseGrid } from "../../src/core/parse";
import type { CellValue } from "../../src/core/grid";
import { grid } from "../support/grid";

const read = (rows: CellValue[][]) =>
  parseGrid(grid(rows)).indicators.map((i) => [i.project, i.name, i.target, i.kind, i.level1]);

describe("two states, each of its own subject, listed with a 、", () => {
  it("cuts 尾矿库安全隐患有效消除、区域生态环境明显改善 in two (灵宝)", () => {
    expect(
      read([
        ["项目名称", "绩效指标"],
        [
          "灵宝市黄金尾矿库综合治理",
          "产出指标：治理尾矿库5座、工程验收合格率100%；效益指标：尾矿库安全隐患有效消除、区域生态环境明显改善；满意度指标：周边群众满意度≥85%。",
        ],
      ]),
    ).toEqual([
      ["灵宝市黄金尾矿库综合治理", "治理尾矿库", "5座", "quantitative", "产出指标"],
      ["灵宝市黄金尾矿库综合治理", "工程验收合格率", "100%", "quantitative", "产出指标"],
      ["灵宝市黄金尾矿库综合治理", "尾矿库安全隐患", "有效消除", "qualitative", "效益指标"],
      ["灵宝市黄金尾矿库综合治理", "区域生态环境", "明显改善", "qualitative", "效益指标"],
      ["灵宝市黄金尾矿库综合治理", "周边群众满意度", "≥85%", "quantitative", "满意度指标"],
    ]);
  });

  it("cuts two states reached, as after a comma, and keeps names listed before one state whole", () => {
    const rows: CellValue[][] = [
      ["项目名称", "绩效指标"],
      ["甲", "效益指标：村容村貌明显改善、人居环境显著提升"],
      ["乙", "效益指标：群众出行条件明显改善、区域生态环境明显改善"],
      ["丙", "效益指标：脱贫户、监测户收入明显提高"],
      ["丁", "效益指标：群众获得感、幸福感明显增强"],
    ];
    expect(read(rows).map((r) => r.slice(0, 3))).toEqual([
      ["甲", "村容村貌", "明显改善"],
      ["甲", "人居环境", "显著提升"],
      ["乙", "群众出行条件", "明显改善"],
      ["乙", "区域生态环境", "明显改善"],
      ["丙", "脱贫户、监测户收入", "明显提高"],
      ["丁", "群众获得感、幸福感", "明显增强"],
    ]);
  });
});
