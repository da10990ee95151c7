/** @jest-environment jsdom */
/*
 * The engine loads on first use (src/taskpane/services/load.ts, shared/onFirstUse.ts): the first screen
 * paints without it, it is fetched ahead when the pane is idle, and a failed fetch (offline, the server
 * gone) gives the officer one sentence in both languages — never a blank pane or a stack trace — and the
 * next click tries again.
 */
import { act, fireEvent, render, screen, waitFor } from "@testing-library/react";
import { App } from "../../src/taskpane/App";
import { MemorySettingsStore } from "../../src/taskpane/settings/store";
import type { ServicesLoader } from "../../src/taskpane/services/load";
import {
  ENGINE_LOAD_FAILED,
  EngineLoadError,
  onFirstUse,
  whenIdle,
} from "../../src/taskpane/shared/onFirstUse";
import { LazyExcelGateway } from "../../src/taskpane/excelGateway";
import { FakeGateway, fakeServices, installDomStubs } from "./helpers";

installDomStubs();
jest.setTimeout(30_000);

// The engine module itself cannot be fetched: what load.ts's import() meets when the chunk's script fails.
jest.mock("../../src/taskpane/services/index", () => {
  throw Object.assign(new Error("Loading chunk engine failed.\n(error: http://127.0.0.1/engine.js)"), {
    name: "ChunkLoadError",
  });
});

/** What webpack rejects import() with when the chunk's script does not load. */
function chunkLoadError(): Error {
  const e = new Error(
    "Loading chunk engine failed.\n(error: https://addins.example.gov.cn/ptr/engine.1a2b3c4d.js)",
  );
  e.name = "ChunkLoadError";
  return e;
}

/** A loader over onFirstUse whose import fails `failures` times, then gives the fake services. */
function flakyLoader(gateway: FakeGateway, failures: number) {
  let calls = 0;
  const engine = onFirstUse(async () => {
    calls++;
    if (calls <= failures) throw chunkLoadError();
    return { createServices: () => fakeServices(undefined, gateway) };
  });
  const load: ServicesLoader = async () => (await engine()).createServices();
  return { load, calls: () => calls };
}

const button = (name: string) => screen.getByRole("button", { name });

describe("onFirstUse", () => {
  it("imports once for every caller", async () => {
    const importer = jest.fn(async () => ({ ok: 1 }));
    const load = onFirstUse(importer);
    const [a, b] = await Promise.all([load(), load()]);
    expect(a).toBe(b);
    await load();
    expect(importer).toHaveBeenCalledTimes(1);
  });

  it("turns a failed import into the pane's message and tries again on the next call", async () => {
    const importer = jest
      .fn<Promise<{ ok: number }>, []>()
      .mockRejectedValueOnce(chunkLoadError())
      .mockResolvedValueOnce({ ok: 1 });
    const load = onFirstUse(importer);
    const failure = await load().catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(EngineLoadError);
    expect((failure as EngineLoadError).text).toEqual(ENGINE_LOAD_FAILED);
    await expect(load()).resolves.toEqual({ ok: 1 });
    expect(importer).toHaveBeenCalledTimes(2);
  });

  it("runs a task when idle, and not once cancelled", async () => {
    jest.useFakeTimers();
    try {
      const ran = jest.fn();
      whenIdle(ran);
      const cancel = whenIdle(ran);
      cancel();
      jest.advanceTimersByTime(2500);
      expect(ran).toHaveBeenCalledTimes(1);
    } finally {
      jest.useRealTimers();
    }
  });
});

describe("the pane while the engine loads on first use", () => {
  test("paints its first screen without the engine, then loads it ahead once idle", async () => {
    const gateway = new FakeGateway();
    let resolve: () => void = () => undefined;
    const started = new Promise<void>((r) => (resolve = r));
    const load = jest.fn<ReturnType<ServicesLoader>, Parameters<ServicesLoader>>(async () => {
      resolve();
      return fakeServices(undefined, gateway);
    });
    render(<App gateway={gateway} settings={new MemorySettingsStore()} locale="zh-CN" loadServices={load} />);
    expect(button("解析指标")).toBeTruthy();
    expect(load).not.toHaveBeenCalled();
    await act(() => started);
    expect(load).toHaveBeenCalledTimes(1);
    // The click uses what was loaded ahead: nothing is loaded twice.
    fireEvent.click(button("读取选区"));
    await screen.findByText("Sheet1!A2:E4");
    expect(load).toHaveBeenCalledTimes(1);
  });

  test("a failed load: a plain message in Chinese, nothing touched in the workbook, and the next click works", async () => {
    const gateway = new FakeGateway();
    // Fails for the idle prefetch and the first click; the second click loads it.
    const flaky = flakyLoader(gateway, 2);
    const { container } = render(
      <App gateway={gateway} settings={new MemorySettingsStore()} locale="zh-CN" loadServices={flaky.load} />,
    );
    await waitFor(() => expect(flaky.calls()).toBe(1));
    fireEvent.click(button("解析指标"));
    const message = await screen.findByText(ENGINE_LOAD_FAILED.zh);
    expect(message.textContent).not.toMatch(/Loading chunk|ChunkLoadError|https?:|at /);
    expect(container.textContent).not.toMatch(/engine\.1a2b3c4d/);
    expect(gateway.calls).toEqual([]);
    // The pane is still there and usable.
    expect(button("解析指标")).toBeTruthy();
    fireEvent.click(button("读取选区"));
    await screen.findByText("Sheet1!A2:E4");
    expect(screen.queryByText(ENGINE_LOAD_FAILED.zh)).toBeNull();
    expect(flaky.calls()).toBe(3);
  });

  test("the English message where Office is not Chinese", async () => {
    const gateway = new FakeGateway();
    const flaky = flakyLoader(gateway, 99);
    render(
      <App gateway={gateway} settings={new MemorySettingsStore()} locale="en-US" loadServices={flaky.load} />,
    );
    fireEvent.click(button("Validate"));
    await screen.findByText(ENGINE_LOAD_FAILED.en);
  });

  test("设置 says the rules are loading, then lists them; says why where the engine cannot load", async () => {
    const gateway = new FakeGateway();
    let finish: () => void = () => undefined;
    const gate = new Promise<void>((r) => (finish = r));
    const load: ServicesLoader = async () => {
      await gate;
      return fakeServices(undefined, gateway);
    };
    const view = render(
      <App gateway={gateway} settings={new MemorySettingsStore()} locale="zh-CN" loadServices={load} />,
    );
    fireEvent.click(screen.getByRole("tab", { name: "设置" }));
    expect(screen.getAllByText("正在加载规则…").length).toBe(2);
    await act(async () => finish());
    await waitFor(() => expect(screen.queryByText("正在加载规则…")).toBeNull());
    expect(screen.getByRole("group", { name: "校验规则" })).toBeTruthy();
    view.unmount();

    const failing = flakyLoader(gateway, 99);
    render(
      <App
        gateway={gateway}
        settings={new MemorySettingsStore()}
        locale="zh-CN"
        loadServices={failing.load}
      />,
    );
    fireEvent.click(screen.getByRole("tab", { name: "设置" }));
    expect((await screen.findAllByText(ENGINE_LOAD_FAILED.zh)).length).toBe(2);
  });
});

test("the pane's own loader (services/load.ts): a chunk that cannot load gives the plain message", async () => {
  const gateway = new FakeGateway();
  render(<App gateway={gateway} settings={new MemorySettingsStore()} locale="zh-CN" />);
  fireEvent.click(button("一键清理"));
  const message = await screen.findByText(ENGINE_LOAD_FAILED.zh);
  expect(message.textContent).not.toMatch(/Loading chunk/);
  expect(gateway.calls).toEqual([]);
});

describe("LazyExcelGateway", () => {
  test("loads the Excel gateway on the first call and hands every call to it", async () => {
    const real = new FakeGateway();
    const importer = jest.fn(async () => ({ ExcelGateway: jest.fn(() => real) }));
    const gateway = new LazyExcelGateway(importer as never);
    expect(importer).not.toHaveBeenCalled();
    await gateway.readSelection();
    await gateway.navigate("Sheet1", "A1");
    expect(real.calls).toEqual(["readSelection", "navigate:Sheet1!A1"]);
    expect(importer).toHaveBeenCalledTimes(1);
  });

  test("a failed load is the pane's message, and the next call tries again", async () => {
    const real = new FakeGateway();
    const importer = jest
      .fn()
      .mockRejectedValueOnce(chunkLoadError())
      .mockResolvedValueOnce({ ExcelGateway: jest.fn(() => real) });
    const gateway = new LazyExcelGateway(importer);
    await expect(gateway.readSelection()).rejects.toMatchObject({ text: ENGINE_LOAD_FAILED });
    await gateway.readSelection();
    expect(real.calls).toEqual(["readSelection"]);
  });
});
