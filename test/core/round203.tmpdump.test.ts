import { CASES2 } from "./round203.gold";
import { parseGrid } from "../../src/core/parse";
import { grid } from "../support/grid";
it("dump", () => {
  const r = parseGrid(grid(CASES2[0].rows, "Sheet1"));
  console.log(r.indicators.filter((x) => x.name.includes("时间")).map((x) => JSON.stringify([x.name, x.kind, x.date])).join("\n"));
  const r2 = parseGrid(grid([["单位名称", "项目名称", "绩效目标"], ["某县民政局", "某项目", "慰问困难群众1200户，2025年春节前发放到位。"]], "Sheet1"));
  console.log(r2.indicators.map((x) => JSON.stringify([x.name, x.kind, x.date])).join("\n"));
  const r3 = parseGrid(grid([["单位名称", "项目名称", "绩效目标"], ["某县民政局", "某项目", "慰问困难群众1200户，春节前发放到位。"]], "Sheet1"));
  console.log(r3.indicators.map((x) => JSON.stringify([x.name, x.kind, x.date])).join("\n"));
});
