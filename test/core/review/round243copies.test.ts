/**
 * Round 243: INDICATOR-COPY on a province's template grows with the table, not with its square. Projects alike in
 * what they share (the same lines held by others, the same number of lines) are a class; a project's copies are
 * counted class by class. Checked by counting the work (`countCopyWork`: projects and classes met as candidate
 * copies), never by time, and by finding every table's copies both ways — class by class and pair by pair, the way
 * before the round — with the same counts, owners, places and order.
 */
import type { CellValue } from "../../../src/core/grid";
import { parseGrid } from "../../../src/core/parse";
import { projectViews, reviewViews } from "../../../src/core/review/review";
import { copiesBothWays, countCopyWork, type Found } from "../../../src/core/review/rules/copies";
import type { ProjectView } from "../../../src/core/review/types";
import { grids as grids225, batch2Grids as batch225 } from "./round225data";
import { grids as grids237 } from "./round237data";
import { grids as grids243 } from "./round243data";

const TEMPLATE: [string, string, string, string][] = [
  ["产出指标", "数量指标", "培训人次", "≥500人次"],
  ["产出指标", "数量指标", "发放补助资金户数", "≥1200户"],
  ["产出指标", "数量指标", "维修道路里程", "≥12公里"],
  ["产出指标", "质量指标", "验收合格率", "100%"],
  ["产出指标", "质量指标", "资金发放准确率", "100%"],
  ["产出指标", "时效指标", "资金拨付及时率", "≥95%"],
  ["成本指标", "经济成本指标", "项目总成本", "≤300万元"],
  ["效益指标", "社会效益指标", "受益群众人数", "≥8000人"],
  ["效益指标", "可持续影响指标", "长效管护机制", "建立"],
  ["满意度指标", "服务对象满意度指标", "群众满意度", "≥90%"],
];

/** bench/run.ts's templateLinesGrid: `n` counties, the template's ten lines each, goals of their own. */
function template(
  n: number,
  name = (i: number) => `第${i + 1}县乡村振兴衔接资金项目`,
  goal = (i: number) => `完成第${i + 1}县年度建设任务，改善群众生产生活条件。`,
  lines: (i: number) => [string, string, string, string][] = () => TEMPLATE,
): CellValue[][] {
  const values: CellValue[][] = [["项目名称", "绩效目标", "一级指标", "二级指标", "三级指标", "指标值"]];
  for (let i = 0; i < n; i++)
    lines(i).forEach(([l1, l2, line, target], k) =>
      values.push([k === 0 ? name(i) : null, k === 0 ? goal(i) : null, l1, l2, line, target]),
    );
  return values;
}

const viewsOf = (values: CellValue[][]) => projectViews(parseGrid({ sheet: "表", top: 1, left: 1, values }));

/** The work of reviewing the table, as counted. */
function workOf(values: CellValue[][]): number {
  const views = viewsOf(values);
  const counter = { pairs: 0 };
  countCopyWork(counter);
  try {
    reviewViews(views);
  } finally {
    countCopyWork(null);
  }
  return counter.pairs;
}

describe("round 243: the work of finding copies grows with the table", () => {
  it("a province's template of 50, 100 and 200 counties: the work doubles as the counties do", () => {
    const [w50, w100, w200] = [50, 100, 200].map((n) => workOf(template(n)));
    // Pair by pair (before the round) each county met every other for each line: 100 counties 100,000 steps and
    // more, 200 counties four times that.
    expect(w100).toBeLessThan(100 * 20);
    expect(w100 / w50).toBeLessThan(2.1);
    expect(w200 / w100).toBeLessThan(2.1);
  });
  it("the template with each county's own count (培训人次 of its own): still linear", () => {
    const own = (i: number) =>
      TEMPLATE.map((l, k) => (k === 0 ? [l[0], l[1], l[2], `≥${500 + i}人次`] : l)) as [
        string,
        string,
        string,
        string,
      ][];
    const [w50, w200] = [50, 200].map((n) => workOf(template(n, undefined, undefined, own)));
    expect(w200 / w50).toBeLessThan(4.2);
  });
});

/** Every project's copies both ways: counts, owners, places, the first three in order, and membership. */
function agree(views: readonly ProjectView[]) {
  const said = (f: Found) => ({
    count: f.count,
    places: f.places,
    owned: f.owned,
    ownedPlaces: f.ownedPlaces,
    first: f.first(3).map((c) => [c.other.project.id, c.places, c.sameGoal, c.rows.map((r) => r.cell)]),
    notOwned: f.first(3, true).map((c) => c.other.project.id),
    has: views.filter((o) => f.has(o)).map((o) => o.project.id),
  });
  const total = { copies: 0, places: 0, owned: 0 };
  for (const v of views) {
    const { grouped, pairwise } = copiesBothWays(v, views);
    expect(said(grouped)).toEqual(said(pairwise));
    total.copies += pairwise.count;
    total.places += pairwise.places;
    total.owned += pairwise.owned;
  }
  return total;
}

describe("round 243: class by class and pair by pair, the same copies", () => {
  const RATES: [string, string, string, string][] = [
    ["产出指标", "质量指标", "验收合格率", "100%"],
    ["产出指标", "质量指标", "资金发放准确率", "100%"],
    ["产出指标", "时效指标", "资金拨付及时率", "≥95%"],
    ["产出指标", "质量指标", "工程合格率", "100%"],
    ["效益指标", "社会效益指标", "群众出行便利度", "提升"],
    ["满意度指标", "服务对象满意度指标", "群众满意度", "≥90%"],
  ];
  const districts = "越秀海珠荔湾天河白云黄埔番禺花都";
  const cases: [string, CellValue[][], keyof ReturnType<typeof agree>][] = [
    ["the template", template(12), "copies"],
    [
      "each county's own count",
      template(
        12,
        undefined,
        undefined,
        (i) =>
          TEMPLATE.map((l, k) => (k === 0 ? [l[0], l[1], l[2], `≥${500 + i}人次`] : l)) as [
            string,
            string,
            string,
            string,
          ][],
      ),
      "copies",
    ],
    [
      "one goal for all (the goal copied too)",
      template(8, undefined, () => "完成年度建设任务，改善群众生产生活条件。"),
      "copies",
    ],
    [
      "one program by place, rates only, half the places one goal",
      template(
        6,
        (i) => `${districts.slice(i * 2, i * 2 + 2)}区农村公路养护项目`,
        (i) => (i % 2 ? "完成农村公路养护任务，保障群众安全出行。" : `完成第${i}片区养护。`),
        () => RATES,
      ),
      "places",
    ],
    [
      "one program by place (XX区…), rates only but one quantity",
      template(
        8,
        (i) => `${districts.slice(i * 2, i * 2 + 2)}区农村公路养护项目`,
        (i) =>
          i % 3 === 0 ? "完成农村公路养护任务，保障群众安全出行。" : `完成第${i}片区农村公路养护任务。`,
        (i) =>
          TEMPLATE.filter((_, k) => k !== 0 && k !== 1 && (i % 2 === 0 || k !== 2)) as [
            string,
            string,
            string,
            string,
          ][],
      ),
      "places",
    ],
    [
      "goals stating the template's figures (the owner told)",
      template(6, undefined, (i) =>
        i === 2 ? "培训500人次，受益群众8000人。" : `完成第${i + 1}县年度任务。`,
      ),
      "owned",
    ],
    [
      "the same name twice and a county with fewer lines",
      template(
        7,
        (i) => (i === 3 ? "第1县乡村振兴衔接资金项目" : `第${i + 1}县乡村振兴衔接资金项目`),
        undefined,
        (i) => (i === 5 ? TEMPLATE.slice(0, 7) : TEMPLATE),
      ),
      "copies",
    ],
  ];
  it.each(cases)("%s", (_, values, some) => {
    expect(agree(viewsOf(values))[some]).toBeGreaterThan(0);
  });
  it("the review probes' tables (rounds 225, 237, 243)", () => {
    for (const [, grid] of [...grids225, ...batch225, ...grids237, ...grids243])
      agree(projectViews(parseGrid({ sheet: "Sheet1", top: 1, left: 1, values: grid })));
  });
});
