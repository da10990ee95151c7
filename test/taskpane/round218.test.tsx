/** @jest-environment jsdom */
/**
 * Round 218, the pane as an officer drives it in the browser preview: a cleanup edit shows what it
 * changes (a trimmed space, a mark far into a long cell), a removed row is said in words, and an empty
 * selection is called empty rather than a table missing its headers.
 */
import { fireEvent, render, screen } from "@testing-library/react";
import { App } from "../../src/taskpane/App";
import { CleanupPanel } from "../../src/taskpane/cleanup/CleanupPanel";
import { editSides } from "../../src/taskpane/cleanup/diff";
import { MemorySettingsStore } from "../../src/taskpane/settings/store";
import type { PaneEdit } from "../../src/taskpane/services/types";
import { FakeGateway, fakeServices, installDomStubs } from "./helpers";

installDomStubs();
jest.setTimeout(30_000);

const edit = (id: string, cell: string, rule: string, before: PaneEdit["before"], after: PaneEdit["after"]) =>
  ({ id, sheet: "报送表", cell, rule, before, after, checked: true }) as PaneEdit;

function panel(edits: PaneEdit[]) {
  return render(
    <CleanupPanel
      rules={
        [
          { code: "SPACE", title: { zh: "多余空格和换行", en: "Stray spaces and line breaks" } },
          { code: "PUNCT", title: { zh: "标点符号", en: "Punctuation" } },
          { code: "HEADER-REPEAT", title: { zh: "重复表头行", en: "Repeated header rows" } },
        ] as never
      }
      edits={edits}
      checked={new Set(edits.map((e) => e.id))}
      busy={false}
      onChange={() => undefined}
      onApply={() => undefined}
      onRevert={() => undefined}
    />,
  );
}

describe("the cleanup preview shows what an edit changes", () => {
  test("a trimmed space is drawn, so 原文 and 修改为 never read the same", () => {
    const { container } = panel([edit("1", "B2", "SPACE", "  基本公共卫生服务 ", "基本公共卫生服务")]);
    const lines = Array.from(container.querySelectorAll("li span span")).map((s) => s.textContent);
    expect(lines).toContain("␣␣基本公共卫生服务␣");
    expect(lines).toContain("基本公共卫生服务");
  });

  test("a mark far into a long cell is shown with the text around it, not cut off", () => {
    const long = "一、" + "加强安全生产监管，".repeat(30);
    const { container } = panel([edit("1", "D12", "PUNCT", long + "提高,保障。。", long + "提高，保障。")]);
    const text = container.querySelector("li")!.textContent!;
    expect(text).toContain("提高,保障。。");
    expect(text).toContain("提高，保障。");
  });

  test("a removed row is said as the row and in words, never ∅", () => {
    const { container } = panel([
      edit("1", "3:3", "HEADER-REPEAT", "主管部门 | 项目名称 | 绩效目标 | 绩效指标", null),
    ]);
    const text = container.querySelector("li")!.textContent!;
    expect(text).toContain("第 3 行");
    expect(text).toContain("（删除整行）");
    expect(text).not.toContain("∅");
    expect(text).not.toContain("3:3");
  });

  test("the changed part is found between shared text kept short on both sides", () => {
    const sides = editSides(
      "甲".repeat(50) + "。。" + "乙".repeat(50),
      "甲".repeat(50) + "。" + "乙".repeat(50),
    );
    expect(sides.before).toEqual({
      lead: "…" + "甲".repeat(23) + "。",
      changed: "。",
      tail: "乙".repeat(24) + "…",
    });
    expect(sides.after.changed).toBe("");
    expect(editSides("a\nb", "a b").before.changed).toBe("↵");
  });
});

test("an empty selection is called empty, not a table missing its headers", async () => {
  const gateway = new FakeGateway({ sheet: "Sheet1", top: 1, left: 1, values: [[null]] } as never);
  const services = fakeServices({ tables: [], projects: [], indicators: [], messages: [] }, gateway);
  render(<App gateway={gateway} settings={new MemorySettingsStore()} locale="zh-CN" services={services} />);
  fireEvent.click(screen.getByRole("button", { name: "解析指标" }));
  await screen.findByText(/所选区域是空的/);
  expect(screen.queryByText(/需要一行表头/)).toBeNull();
});
