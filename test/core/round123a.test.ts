/**
 * Round 123 (a): numbered 项目名称 lines over a rows table's blocks, run-on （1）…（2）… items, loose
 * comparators, and names of whole-sentence items.
 */
import { parseGrid } from "../../src/core/parse";
import { grid } from "../support/grid";

describe("（一）项目名称：… over each block of a rows table", () => {
  const block = (title: string, name: string, target: string) => [
    [title, null, null, null],
    ["一级指标", "二级指标", "三级指标", "指标值"],
    ["产出指标", "数量指标", name, target],
  ];

  it.each([
    ["（一）", "（二）"],
    ["一、", "二、"],
    ["1.", "2."],
    ["1、", "2、"],
    ["(1)", "(2)"],
    ["①", "②"],
  ])(
    "names the project after %s as after a plain 项目名称, and the next block a project of its own",
    (a, b) => {
      const r = parseGrid(
        grid([
          ["宝鸡市陈仓区2022年区级项目绩效目标表", null, null, null],
          ...block(`${a}项目名称：陈仓区乡村振兴衔接资金产业发展项目`, "扶持产业项目个数", "≥18个"),
          ...block(`${b}项目名称：陈仓区农村供水保障工程`, "新建改造供水工程", "≥22处"),
        ]),
      );
      expect(r.projects.map((p) => p.project)).toEqual([
        "陈仓区乡村振兴衔接资金产业发展项目",
        "陈仓区农村供水保障工程",
      ]);
      expect(r.indicators.map((i) => [i.name, i.project])).toEqual([
        ["扶持产业项目个数", "陈仓区乡村振兴衔接资金产业发展项目"],
        ["新建改造供水工程", "陈仓区农村供水保障工程"],
      ]);
    },
  );
});
