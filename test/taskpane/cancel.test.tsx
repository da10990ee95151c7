/** @jest-environment jsdom */
/*
 * The engine's step beside the bar and 取消, through the real services (createServices) over a worker in
 * this process: the step's name and count are shown, 取消 appears while a long job runs, and a stopped run
 * leaves the workbook and the pane's earlier results as they were, and says so.
 */
import { act, fireEvent, render, screen, waitFor } from "@testing-library/react";
import { App } from "../../src/taskpane/App";
import { MemorySettingsStore } from "../../src/taskpane/settings/store";
import { createServices } from "../../src/taskpane/services";
import { answer, type JobRequest, type WorkerLike } from "../../src/taskpane/services/engineClient";
import type { Grid } from "../../src/core/grid";
import { FakeGateway, installDomStubs } from "./helpers";

installDomStubs();
jest.setTimeout(90_000);

/** jsdom has no structuredClone; the messages here are plain data, which JSON carries the same. */
const clone = (v: unknown): unknown => JSON.parse(JSON.stringify(v)) as unknown;

/** A worker in this process; jobs named in `held` get one word of progress, then no answer. */
class HeldWorker implements WorkerLike {
  onmessage: ((event: { data: unknown }) => void) | null = null;
  onerror: ((event: unknown) => void) | null = null;
  terminated = false;
  constructor(private readonly held: Set<string>) {}
  postMessage(message: unknown): void {
    const request = clone(message) as JobRequest;
    setTimeout(() => {
      if (this.terminated) return;
      if (this.held.has(request.op)) {
        this.onmessage?.({ data: { id: request.id, kind: "progress", fraction: 0.5, done: 1, total: 2 } });
        return;
      }
      answer(request, (reply) => this.onmessage?.({ data: clone(reply) }));
    });
  }
  terminate(): void {
    this.terminated = true;
  }
}

/** Two districts' projects, packed cells, as the pane's tests read them. */
const GRID: Grid = {
  sheet: "Sheet1",
  top: 1,
  left: 1,
  values: [
    ["主管部门", "预算单位", "项目名称", "绩效目标", "绩效指标"],
    [
      "海珠区应急管理局",
      "海珠区应急管理局",
      "巡查项目（海珠区）",
      "完成巡查",
      "1、产出指标：巡查企业数，不少于9000家次。",
    ],
    [
      "白云区应急管理局",
      "白云区应急管理局",
      "巡查项目（白云区）",
      "完成巡查",
      "1、产出指标：巡查企业数，不少于60000家次。",
    ],
  ],
};

function mount() {
  const gateway = new FakeGateway(GRID);
  const held = new Set<string>();
  const workers: HeldWorker[] = [];
  const spawn = () => {
    const w = new HeldWorker(held);
    workers.push(w);
    return w;
  };
  const services = createServices(gateway, spawn);
  render(<App gateway={gateway} settings={new MemorySettingsStore()} locale="zh-CN" services={services} />);
  return { gateway, held, workers };
}

/** By its text: a role query walks the whole Fluent tree and takes seconds under jsdom. */
const button = (name: string) => {
  const found = screen
    .getAllByText(name)
    .map((el) => el.closest("button"))
    .filter((b) => b !== null);
  if (found.length !== 1) throw new Error(`${found.length} buttons named ${name}`);
  return found[0];
};

describe("取消", () => {
  it("shows the step and its count, stops the review, and keeps the earlier findings and the workbook", async () => {
    const { gateway, held, workers } = mount();
    fireEvent.click(button("校验"));
    const panel = () => document.querySelector('[role="tabpanel"]') as HTMLElement;
    await waitFor(() => expect(gateway.calls).toEqual(["readSelection", "writePlans:校验结果"]));
    await waitFor(() => expect(screen.queryByRole("status")).toBeNull());
    const findingsBefore = panel().textContent;
    expect(findingsBefore).toMatch(/巡查/);
    expect(screen.queryByRole("button", { name: "取消" })).toBeNull();

    held.add("review");
    fireEvent.click(button("校验"));
    await screen.findByText("正在校验… 1/2 个项目");
    const bar = await screen.findByRole("progressbar", {}, { timeout: 5000 });
    expect(bar.getAttribute("aria-valuenow")).toBe("0.5");
    fireEvent.click(button("取消"));
    await screen.findByText("已取消，工作表未作任何改动。");
    expect(screen.queryByRole("status")).toBeNull();
    // Nothing written, the earlier findings still listed, the worker ended.
    expect(gateway.calls).toEqual(["readSelection", "writePlans:校验结果"]);
    expect(panel().textContent).toBe(findingsBefore);
    expect(workers).toHaveLength(1);
    expect(workers[0].terminated).toBe(true);

    // The next run starts a fresh worker and finishes.
    held.clear();
    fireEvent.click(button("校验"));
    await waitFor(() => expect(gateway.calls).toHaveLength(3));
    expect(gateway.calls[2]).toBe("writePlans:校验结果");
    expect(workers).toHaveLength(2);
    await waitFor(() => expect(screen.queryByText("已取消，工作表未作任何改动。")).toBeNull());
  });

  it("on the pane's thread (no worker), a stop during the workbook's read starts no engine job", async () => {
    const gateway = new FakeGateway(GRID);
    let release: () => void = () => undefined;
    const read = gateway.readSelection.bind(gateway);
    gateway.readSelection = () => new Promise<Grid>((resolve) => (release = () => void read().then(resolve)));
    const services = createServices(gateway);
    const parse = jest.spyOn(services.parse, "parse");
    render(<App gateway={gateway} settings={new MemorySettingsStore()} locale="zh-CN" services={services} />);
    fireEvent.click(button("解析指标"));
    fireEvent.click(await screen.findByRole("button", { name: "取消" }));
    expect(screen.getByText("正在取消…")).toBeTruthy();
    await act(async () => release());
    await screen.findByText("已取消，工作表未作任何改动。");
    expect(gateway.written).toEqual([]);
    // The parse was asked and refused: the engine stopped before it began.
    expect(parse).toHaveBeenCalledTimes(1);
    await expect(parse.mock.results[0].value).rejects.toMatchObject({ name: "Cancelled" });
  });

  it("an action that cannot be stopped (应用清理, 保存设置) shows no 取消", async () => {
    mount();
    fireEvent.click(screen.getByRole("tab", { name: "设置" }));
    fireEvent.click(await screen.findByRole("button", { name: "保存设置" }));
    await screen.findByText("设置已保存到此工作簿。");
    expect(screen.queryByRole("button", { name: "取消" })).toBeNull();
  });
});
