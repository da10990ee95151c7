/** @jest-environment jsdom */
/*
 * The pane's bar while the engine works in its worker: filled as the parser tells how far it is, moving
 * back and forth where nothing tells (the engine on the pane's thread), and never filled by a run that
 * has finished.
 */
import { act, fireEvent, render, screen, waitFor } from "@testing-library/react";
import { App } from "../../src/taskpane/App";
import { MemorySettingsStore } from "../../src/taskpane/settings/store";
import type { ParseResult } from "../../src/core/record";
import type { ProgressListener } from "../../src/taskpane/services/types";
import { FakeGateway, fakeServices, installDomStubs, SAMPLE_RESULT } from "./helpers";

installDomStubs();
jest.setTimeout(30_000);

/** A parse that waits for the test, telling the bar whatever the test says. */
function heldParse() {
  let tell: ProgressListener = () => undefined;
  let finish: (r: ParseResult) => void = () => undefined;
  const parse = (_grid: unknown, progress?: ProgressListener) => {
    tell = progress ?? (() => undefined);
    return new Promise<ParseResult>((resolve) => (finish = resolve));
  };
  return {
    parse,
    tell: (f: number) => tell(f),
    /** The listener the running parse was given. */
    listener: () => tell,
    finish: () => finish(SAMPLE_RESULT),
  };
}

function mount() {
  const gateway = new FakeGateway();
  const services = fakeServices(undefined, gateway);
  const held = heldParse();
  services.parse = { parse: held.parse };
  render(<App gateway={gateway} settings={new MemorySettingsStore()} locale="zh-CN" services={services} />);
  return held;
}

const bar = () => screen.findByRole("progressbar", {}, { timeout: 5000 });

describe("the progress bar", () => {
  it("moves back and forth until the parse says how far it is, then shows that", async () => {
    const held = mount();
    fireEvent.click(screen.getByRole("button", { name: "读取选区" }));
    expect((await bar()).getAttribute("aria-valuenow")).toBeNull();
    act(() => held.tell(0.25));
    await waitFor(async () => expect((await bar()).getAttribute("aria-valuenow")).toBe("0.25"));
    act(() => held.tell(0.75));
    await waitFor(async () => expect((await bar()).getAttribute("aria-valuenow")).toBe("0.75"));
    // The tabs answer while the parse runs.
    fireEvent.click(screen.getByRole("tab", { name: "设置" }));
    expect(screen.getByRole("tab", { name: "设置" }).getAttribute("aria-selected")).toBe("true");
    await act(async () => held.finish());
    await waitFor(() => expect(screen.queryByRole("progressbar")).toBeNull());
  });

  it("a late word from a finished run does not fill the next run's bar", async () => {
    const held = mount();
    fireEvent.click(screen.getByRole("button", { name: "读取选区" }));
    await bar();
    const late = held.listener();
    await act(async () => held.finish());
    await waitFor(() => expect(screen.queryByRole("status")).toBeNull());
    fireEvent.click(screen.getByRole("button", { name: "读取选区" }));
    await bar();
    act(() => late(0.9));
    expect((await bar()).getAttribute("aria-valuenow")).toBeNull();
  });
});
