import * as path from "path";
import { parseGrid } from "../../src/core/parse";
import { XlsxGateway } from "../../src/xlsx/gateway";
import { cleanupTmp, makeTmpDir, roundTrip } from "./helpers";
import { DEC31, EXPECTED, JUNE30, shownWorkbook } from "./shownTable";

const fields = (g: Parameters<typeof parseGrid>[0]) =>
  parseGrid(g).indicators.map((i) => [i.name, i.comparator, i.value, i.unit, i.kind, i.date]);

describe("number cells read as what they show, from a saved .xlsx", () => {
  let dir: string;
  beforeAll(() => {
    dir = makeTmpDir();
  });
  afterAll(() => cleanupTmp(dir));

  it("reads percentages and real dates in a rows-layout table as the officer sees them", async () => {
    const wb = await roundTrip(shownWorkbook(), path.join(dir, "shown.xlsx"));
    const grid = await new XlsxGateway(wb).readSheet("绩效目标表");
    // The values stay what Excel's range.values gives: fractions and date serials.
    expect(grid.values.map((row) => row[4])).toEqual([
      null,
      "指标值",
      1200,
      0.95,
      0.985,
      JUNE30,
      DEC31,
      JUNE30,
      0.9,
      3,
    ]);
    expect(grid.texts?.map((row) => row[4])).toEqual([
      null,
      null,
      null,
      "95%",
      "98.5%",
      "2024/6/30",
      "2023/12/31",
      "2024/6",
      "90%",
      null,
    ]);
    expect(fields(grid)).toEqual(EXPECTED);
  });

  it("gives a grid without texts when no number reads differently", async () => {
    const wb = shownWorkbook();
    const grid = await new XlsxGateway(wb, {
      selection: { sheet: "绩效目标表", range: "B2:E3" },
    }).readSelection();
    expect(grid.values[1]).toEqual(["产出指标", "数量指标", "培训人次", 1200]);
    expect(grid).not.toHaveProperty("texts");
  });
});
