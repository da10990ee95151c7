/** A cleanup reads the table once: the parse that finds the table also tells whether its lines were pasted. */
import * as parse from "../../../src/core/parse";
import { proposeCleanup, settingsFromRules } from "../../../src/core/cleanup";
import { grid } from "./helpers";

const LINES = grid([
  ["项目名称 乡村 公路 养护"],
  ["一级指标 二级指标 三级指标 分值 年度指标值"],
  ["产出指标 数量指标 养护里程 20 ≥ 320 公里"],
  ["质量指标 路面优良率 10 ≥85%"],
]);

describe("proposeCleanup", () => {
  afterEach(() => jest.restoreAllMocks());

  it("parses a table pasted from a PDF once, for its place and for its lines", () => {
    const spy = jest.spyOn(parse, "parseGrid");
    const proposal = proposeCleanup(LINES, settingsFromRules(["SPLIT-LINES"]));
    expect(proposal.edits.some((e) => e.rule === "SPLIT-LINES")).toBe(true);
    expect(spy).toHaveBeenCalledTimes(1);
  });

  it("parses nothing when given the caller's parse, and proposes the same", () => {
    const read = parse.parseGrid(LINES);
    const own = proposeCleanup(LINES, settingsFromRules(["SPLIT-LINES"]));
    const spy = jest.spyOn(parse, "parseGrid");
    expect(proposeCleanup(LINES, settingsFromRules(["SPLIT-LINES"]), [], { given: read })).toEqual(own);
    expect(spy).not.toHaveBeenCalled();
  });
});
