/** @jest-environment jsdom */
import { act, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { App } from "../../src/taskpane/App";
import { MemorySettingsStore } from "../../src/taskpane/settings/store";
import { SETTINGS_KEY } from "../../src/taskpane/settings/model";
import type { PaneServices } from "../../src/taskpane/services/types";
import { FakeGateway, fakeServices, installDomStubs, SAMPLE_GRID } from "./helpers";

installDomStubs();
// Role queries over Fluent's DOM are slow under jsdom on a shared machine; this is not a timing assertion.
jest.setTimeout(30_000);

function setup(
  opts: { locale?: string; services?: PaneServices; onDownload?: () => void; theme?: "light" | "dark" } = {},
) {
  const gateway = new FakeGateway();
  const services = fakeServices(undefined, gateway);
  const store = new MemorySettingsStore();
  const view = render(
    <App
      gateway={gateway}
      settings={store}
      locale={opts.locale ?? "zh-CN"}
      theme={opts.theme}
      services={opts.services ?? services}
      onDownload={opts.onDownload}
    />,
  );
  return { gateway, services, store, view };
}

const button = (name: string) => screen.getByRole("button", { name });

describe("task pane", () => {
  test("the main buttons carry their Chinese names; 下载结果 only where the host can download", () => {
    setup();
    for (const name of ["读取选区", "解析指标", "校验", "区域对比", "一键清理"]) {
      const b = button(name);
      // Native, focusable buttons: reachable with Tab, pressed with Enter or Space.
      expect(b.tagName).toBe("BUTTON");
      expect(b.getAttribute("tabindex")).not.toBe("-1");
    }
    expect(screen.queryByRole("button", { name: "下载结果" })).toBeNull();
  });

  test("下载结果 appears with an onDownload callback and calls it", async () => {
    const onDownload = jest.fn();
    setup({ onDownload });
    fireEvent.click(button("下载结果"));
    await waitFor(() => expect(onDownload).toHaveBeenCalledTimes(1));
  });

  test("读取选区 shows what was recognised: layout, columns, projects, indicators", async () => {
    const { gateway } = setup();
    fireEvent.click(button("读取选区"));
    await screen.findByText("Sheet1!A2:E4");
    expect(gateway.calls).toEqual(["readSelection"]);
    expect(screen.getByText(/每个项目一行/)).toBeTruthy();
    const mapping = screen.getByRole("group", { name: "识别出的列" });
    const indicators = within(mapping).getByRole("combobox", { name: "绩效指标" }) as HTMLSelectElement;
    expect(indicators.value).toBe("E");
  });

  test("correcting the column mapping re-parses a copy whose header says what the officer chose", async () => {
    const { gateway, services } = setup();
    fireEvent.click(button("读取选区"));
    const mapping = await screen.findByRole("group", { name: "识别出的列" });
    fireEvent.change(within(mapping).getByRole("combobox", { name: "绩效目标" }), { target: { value: "E" } });
    fireEvent.change(within(mapping).getByRole("combobox", { name: "绩效指标" }), { target: { value: "D" } });
    fireEvent.click(button("按此重新识别"));
    await waitFor(() => expect(services.parseCalls.length).toBe(3));
    const corrected = services.parseCalls[2];
    expect(corrected.values[0]).toEqual(["主管部门", "预算单位", "项目名称", "绩效指标", "绩效目标"]);
    // The workbook's cells are untouched: only one read, nothing written.
    expect(gateway.calls).toEqual(["readSelection"]);
    expect(SAMPLE_GRID.values[0][3]).toBe("绩效目标");
  });

  test("解析指标 reads the selection and writes the 指标明细 sheet", async () => {
    const { gateway } = setup();
    fireEvent.click(button("解析指标"));
    await screen.findByText(/已写入新工作表：指标明细/);
    expect(gateway.calls).toEqual(["readSelection", "writePlans:指标明细"]);
  });

  test("校验 writes 校验结果, lists findings by severity, filters them, and a click goes to the cell", async () => {
    const { gateway } = setup();
    fireEvent.click(button("校验"));
    await screen.findByRole("heading", { name: /错误/ });
    expect(gateway.calls).toEqual(["readSelection", "writePlans:校验结果"]);
    expect(screen.getByRole("heading", { name: /警告/ })).toBeTruthy();

    fireEvent.change(screen.getByRole("combobox", { name: "按规则筛选" }), { target: { value: "VAGUE" } });
    expect(screen.queryByRole("heading", { name: /错误/ })).toBeNull();
    expect(screen.getByText("“计划数”不可衡量。")).toBeTruthy();
    fireEvent.change(screen.getByRole("combobox", { name: "按规则筛选" }), { target: { value: "" } });
    fireEvent.change(screen.getByRole("combobox", { name: "按项目筛选" }), {
      target: { value: "巡查项目（海珠区）" },
    });
    expect(screen.queryByText("“计划数”不可衡量。")).toBeNull();

    fireEvent.click(screen.getByText("满意度目标为 0，低于 80%。"));
    await waitFor(() => expect(gateway.navigations).toEqual([{ sheet: "Sheet1", cell: "E3" }]));
  });

  test("rules turned off in the settings do not run, and the settings are stored", async () => {
    const { services, store } = setup();
    fireEvent.click(screen.getByRole("tab", { name: "设置" }));
    fireEvent.click(screen.getByRole("checkbox", { name: /VAGUE/ }));
    fireEvent.click(button("保存设置"));
    await screen.findByText("设置已保存到此工作簿。");
    expect((store.get(SETTINGS_KEY) as { disabledRules: string[] }).disabledRules).toEqual(["VAGUE"]);
    expect(store.saves).toBe(1);
    fireEvent.click(button("校验"));
    await screen.findByRole("heading", { name: /错误/ });
    expect(services.reviewOptions).toEqual([{ rules: ["SATISFACTION-LOW"], satisfactionMin: 80 }]);
    expect(screen.queryByRole("heading", { name: /警告/ })).toBeNull();
  });

  test("区域对比 shows the grouping to confirm, writes 区域对比 and summarises the flags", async () => {
    const { gateway } = setup();
    fireEvent.click(button("区域对比"));
    await screen.findByText(/为各区中位数的 6.0 倍/);
    expect(gateway.calls).toEqual(["readSelection", "writePlans:区域对比"]);
    expect(screen.getByRole("radio", { name: /自动/ })).toBeTruthy();
    expect(screen.getByText("将要对比的项目组")).toBeTruthy();
  });

  test("一键清理 previews edits with checkboxes; 应用 applies only the ticked ones; 撤销清理 reverts", async () => {
    const { gateway, services } = setup();
    fireEvent.click(button("一键清理"));
    const typoRule = await screen.findByRole("checkbox", { name: /^重复字（TYPO） — 1$/ });
    // TYPO is proposed but not ticked.
    expect((typoRule as HTMLInputElement).checked).toBe(false);
    fireEvent.click(screen.getByRole("checkbox", { name: "Sheet1!E4 标点（PUNCT）" }));
    const punct = screen.getByRole("checkbox", { name: /标点（PUNCT） — 2/ }) as HTMLInputElement;
    expect(punct.indeterminate || punct.getAttribute("aria-checked") === "mixed").toBe(true);

    fireEvent.click(button("应用"));
    await screen.findByText(/已修改 1 个单元格/);
    expect(services.applied.map((list) => list.map((e) => e.id))).toEqual([["1"]]);
    expect(gateway.calls).toContain("writePlans:清理日志");

    fireEvent.click(button("撤销清理"));
    await screen.findByText(/已按清理日志恢复 2 处修改/);
    expect(services.reverts).toBe(1);
  });

  test("a failure shows in a MessageBar in plain words, without a stack trace", async () => {
    const { gateway } = setup();
    const error = new Error("连接中断");
    error.stack = "Error: 连接中断\n    at readSelection (gateway.ts:1:1)";
    gateway.failRead = error;
    fireEvent.click(button("解析指标"));
    const message = await screen.findByText(/操作没有完成：连接中断/);
    expect(message.textContent).not.toMatch(/at readSelection/);
    expect(gateway.calls).toEqual(["readSelection"]);
  });

  test("an Office error code becomes advice the officer can follow", async () => {
    const { gateway } = setup();
    gateway.failRead = { code: "InvalidOperationInCellEditMode", message: "RichApi.Error" };
    fireEvent.click(button("校验"));
    await screen.findByText(/Excel 正在编辑单元格/);
  });

  test("no table in the selection: says what was expected, writes nothing", async () => {
    const gateway = new FakeGateway();
    const empty = fakeServices({ tables: [], projects: [], indicators: [], messages: [] });
    render(<App gateway={gateway} settings={new MemorySettingsStore()} locale="zh-CN" services={empty} />);
    fireEvent.click(button("校验"));
    await screen.findByText(/没有找到绩效目标表/);
    expect(gateway.calls).toEqual(["readSelection"]);
  });

  test("a capability missing from the build says so instead of failing", async () => {
    const gateway = new FakeGateway();
    const services = fakeServices();
    const reason = { zh: "这个版本还没有包含区域对比功能。", en: "No comparison yet." };
    render(
      <App
        gateway={gateway}
        settings={new MemorySettingsStore()}
        locale="zh-CN"
        services={{ ...services, compare: { available: false, reason } }}
      />,
    );
    fireEvent.click(button("区域对比"));
    await screen.findByText(reason.zh);
    expect(gateway.calls).toEqual([]);
  });

  test("English UI when Office's display language is not Chinese; switches with the locale", async () => {
    const gateway = new FakeGateway();
    const services = fakeServices();
    const store = new MemorySettingsStore();
    const { rerender } = render(
      <App gateway={gateway} settings={store} locale="en-US" services={services} />,
    );
    for (const name of ["Read selection", "Parse indicators", "Validate", "Compare districts", "Clean up"])
      expect(button(name)).toBeTruthy();
    expect(screen.queryByRole("button", { name: "解析指标" })).toBeNull();
    rerender(<App gateway={gateway} settings={store} locale="zh-TW" services={services} />);
    expect(button("解析指标")).toBeTruthy();
    await act(async () => {});
  });

  test("follows Office's dark theme", () => {
    const { view } = setup({ theme: "dark" });
    const provider = view.container.querySelector(".fui-FluentProvider") as HTMLElement;
    expect(provider).toBeTruthy();
    const light = render(
      <App
        gateway={new FakeGateway()}
        settings={new MemorySettingsStore()}
        services={fakeServices()}
        theme="light"
      />,
    );
    const lightProvider = light.container.querySelector(".fui-FluentProvider") as HTMLElement;
    // Each theme gets its own class with its own colour tokens.
    expect(provider.className).not.toBe(lightProvider.className);
  });
});
