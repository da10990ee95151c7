/**
 * @jest-environment jsdom
 */
/* 读取选区 on tables read by column: the officer sees which columns hold the indicators. */
import { render, screen, within } from "@testing-library/react";
import { parseGrid } from "../../src/core/parse";
import type { Grid } from "../../src/core/grid";
import { SelectionPanel } from "../../src/taskpane/read/SelectionPanel";
import { installDomStubs } from "./helpers";

installDomStubs();

function show(values: (string | number | null)[][]) {
  const grid: Grid = { sheet: "Sheet1", top: 1, left: 1, values };
  render(
    <SelectionPanel
      selection={{ grid, overrides: {}, result: parseGrid(grid) }}
      busy={false}
      onReparse={() => {}}
    />,
  );
}

test("names the columns per category, and offers no single 绩效指标 column for them", () => {
  show([
    ["项目名称", "年度绩效目标", "产出指标", "效益指标", "满意度指标"],
    ["耕地地力保护补贴", "按时足额发放。", "补贴面积≥10万亩", "农民收入稳定增长", "受益农户满意度≥95%"],
  ]);
  expect(screen.getByText("按类别分列的指标")).toBeTruthy();
  expect(screen.getByText("C 产出指标、D 效益指标、E 满意度指标")).toBeTruthy();
  const mapping = screen.getByRole("group", { name: "识别出的列" });
  expect(within(mapping).queryByRole("combobox", { name: "绩效指标" })).toBeNull();
});

test("names the columns per place", () => {
  show([
    ["项目名称", "省级水利专项资金"],
    ["一级指标", "二级指标", "三级指标", "东林街道办", "南岸镇"],
    ["产出指标", "数量指标", "修复护岸长度（米）", 120, 80],
  ]);
  expect(screen.getByText("按地区分列的目标值")).toBeTruthy();
  expect(screen.getByText("D 东林街道办、E 南岸镇")).toBeTruthy();
  const mapping = screen.getByRole("group", { name: "识别出的列" });
  expect(within(mapping).queryByRole("combobox", { name: "指标值" })).toBeNull();
});

test("says a table pasted from a PDF was cut into columns, and offers no columns to point at", () => {
  show([["一级指标 二级指标 三级指标 分值 年度指标值"], ["产出指标 数量指标 安装坡面水标尺 10 ≥240米"]]);
  expect(screen.getByText(/每条指标一行，各列挤在一个单元格里/)).toBeTruthy();
  expect(screen.getByText(/已按空格分到表头的各列读取/)).toBeTruthy();
  expect(screen.queryByRole("group", { name: "识别出的列" })).toBeNull();
});
