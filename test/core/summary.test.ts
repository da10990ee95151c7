/** The readable parse summary the command line prints: a comparator only where it was written. */
import { parseGrid } from "../../src/core/parse";
import { formatParseSummary } from "../../src/core/summary";
import { grid } from "../support/grid";

describe("formatParseSummary", () => {
  const lines = formatParseSummary(
    parseGrid(
      grid([
        ["项目名称", "绩效指标"],
        [
          "安全生产",
          "1、培训人数，1200人。2、事故起数，同比下降5%。3、满意度，≥90%。4、合格率，=100%。" +
            "5、人均成本，较上年下降不超过5%。6、收集率，提高至75%。",
        ],
      ]),
    ),
    "zh",
  ).split("\n");

  it("shows a bare number without =, a change as written, and a written comparator", () => {
    const shown = lines.filter((l) => /^\s+B2/.test(l)).map((l) => l.replace(/^\s+B2\s+/, ""));
    expect(shown).toEqual([
      expect.stringContaining("培训人数：1200 人"),
      expect.stringContaining("事故起数：同比下降5%"),
      expect.stringContaining("满意度：>= 90 %"),
      expect.stringContaining("合格率：= 100 %"),
      // A change with its bound is as written; a level reached (提高至75%) is a floor, as 达到 is.
      expect.stringContaining("人均成本：较上年下降不超过5%"),
      expect.stringContaining("收集率：>= 75 %"),
    ]);
  });
});
