/** @jest-environment jsdom */
/**
 * Round 222, what round 218 left in the pane: a failed 区域对比 shows the error alone, not the first-run
 * hint; "no table" is advised once; rule codes are bracketed as each language brackets them; and the busy
 * label is on screen before a long job starts (the engine runs on the pane's thread and freezes it).
 */
import { fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { App } from "../../src/taskpane/App";
import { MemorySettingsStore } from "../../src/taskpane/settings/store";
import { parseService } from "../../src/taskpane/services/parse";
import type { CompareService, ReviewService } from "../../src/taskpane/services/types";
import { afterPaint } from "../../src/taskpane/shared/useRunner";
import { FakeGateway, FINDINGS, fakeServices, installDomStubs, SAMPLE_GRID } from "./helpers";

installDomStubs();
jest.setTimeout(30_000);

/** A roster with no header: no performance-target table, read by the real parser. */
const ROSTER = {
  sheet: "名单",
  top: 1,
  left: 1,
  values: [
    ["张三", "男", "35"],
    ["李四", "女", "41"],
  ],
} as never;

function roster(locale = "zh-CN") {
  const gateway = new FakeGateway(ROSTER);
  const services = fakeServices(parseService.parse(ROSTER), gateway);
  const view = render(
    <App gateway={gateway} settings={new MemorySettingsStore()} locale={locale} services={services} />,
  );
  return { gateway, services, ...view };
}

const count = (text: string, part: string) => text.split(part).length - 1;

describe("区域对比 on a sheet with no table", () => {
  test("the 对比 tab shows the error alone: no first-run hint, no grouping to choose", async () => {
    const { container } = roster();
    fireEvent.click(screen.getByRole("button", { name: "区域对比" }));
    await screen.findByText(/没有找到绩效目标表/);
    expect(screen.getByRole("tab", { name: "对比" }).getAttribute("aria-selected")).toBe("true");
    expect(container.textContent).not.toContain("点“区域对比”后");
    expect(screen.queryByRole("radio")).toBeNull();
  });

  test("a failed run after a good one clears the old summary instead of leaving it beside the error", async () => {
    const gateway = new FakeGateway();
    const services = fakeServices(undefined, gateway);
    let fail = false;
    const service = services.compare as CompareService;
    const compare = service.compare;
    service.compare = (...args: Parameters<CompareService["compare"]>) => {
      if (fail) throw { zh: "没有找到可以对比的项目组。", en: "No program to compare." };
      return compare(...args);
    };
    const { container } = render(
      <App gateway={gateway} settings={new MemorySettingsStore()} locale="zh-CN" services={services} />,
    );
    fireEvent.click(screen.getByRole("button", { name: "区域对比" }));
    await screen.findByText(/中位数的 6.0 倍/);
    fail = true;
    fireEvent.click(screen.getByRole("button", { name: "区域对比" }));
    await screen.findByText("没有找到可以对比的项目组。");
    expect(screen.queryByText(/中位数的 6.0 倍/)).toBeNull();
    expect(container.textContent).not.toContain("点“区域对比”后");
  });
});

describe("no table found is advised once", () => {
  test.each(["读取选区", "解析指标", "区域对比", "校验"])(
    "%s: the advice once, in the notice; the tab only says none was found",
    async (action) => {
      const { container } = roster();
      fireEvent.click(screen.getByRole("button", { name: action }));
      await screen.findByText(/没有找到绩效目标表/);
      const text = container.textContent!;
      expect(count(text, "没有找到绩效目标表")).toBe(1);
      expect(count(text, "项目名称")).toBe(1);
      fireEvent.click(screen.getByRole("tab", { name: "识别" }));
      await screen.findByText("没有识别出表格。");
      expect(count(container.textContent!, "项目名称")).toBe(1);
    },
  );

  test("in plain words, and in English in the English UI", async () => {
    const { container } = roster("en-US");
    fireEvent.click(screen.getByRole("button", { name: "Parse indicators" }));
    await screen.findByText(/No performance-target table in the selection on sheet "名单"/);
    expect(count(container.textContent!, "项目名称")).toBe(1);
    expect(screen.getByText(/Select the whole table with its header row/)).toBeTruthy();
  });
});

describe("rule codes beside their titles", () => {
  test("full-width brackets in the Chinese UI, in 设置, 清理 and the findings filter alike", async () => {
    const gateway = new FakeGateway();
    render(
      <App gateway={gateway} settings={new MemorySettingsStore()} locale="zh-CN" services={fakeServices()} />,
    );
    fireEvent.click(screen.getByRole("tab", { name: "设置" }));
    expect(screen.getByRole("checkbox", { name: "满意度偏低（SATISFACTION-LOW）" })).toBeTruthy();
    expect(screen.getByRole("checkbox", { name: "标点（PUNCT）" })).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: "一键清理" }));
    await screen.findByRole("checkbox", { name: "Sheet1!E3 标点（PUNCT）" });
    fireEvent.click(screen.getByRole("button", { name: "校验" }));
    await screen.findByRole("option", { name: `满意度偏低（${FINDINGS[0].code}）` });
    expect(document.body.textContent).not.toMatch(/ \([A-Z][A-Z-]+\)/);
  });

  test("ASCII brackets in the English UI, the findings filter too", async () => {
    const gateway = new FakeGateway();
    render(
      <App gateway={gateway} settings={new MemorySettingsStore()} locale="en-US" services={fakeServices()} />,
    );
    fireEvent.click(screen.getByRole("tab", { name: "Settings" }));
    expect(screen.getByRole("checkbox", { name: "Punctuation (PUNCT)" })).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: "Validate" }));
    await screen.findByRole("option", { name: `Low satisfaction (${FINDINGS[0].code})` });
    expect(document.body.textContent).not.toMatch(/（[A-Z][A-Z-]+）/);
  });
});

describe("the busy state shows before a long job starts", () => {
  test("the label is on screen when the job begins, the bar not yet", async () => {
    const gateway = new FakeGateway();
    const services = fakeServices(undefined, gateway);
    const service = services.review as ReviewService;
    const review = service.review;
    let seen: { label: boolean; bar: boolean } | null = null;
    service.review = (...args: Parameters<ReviewService["review"]>) => {
      // What the pane shows at the moment the engine takes the thread.
      seen = {
        label: screen.queryByText("正在校验…") !== null,
        bar: screen.queryByRole("progressbar") !== null,
      };
      return review(...args);
    };
    render(<App gateway={gateway} settings={new MemorySettingsStore()} locale="zh-CN" services={services} />);
    fireEvent.click(screen.getByRole("button", { name: "校验" }));
    await waitFor(() => expect(seen).not.toBeNull());
    expect(seen).toEqual({ label: true, bar: false });
    // A fast job leaves no bar and no label behind.
    await screen.findByRole("tab", { name: "校验结果", selected: true });
    await waitFor(() => expect(screen.queryByText("正在校验…")).toBeNull());
    expect(screen.queryByRole("progressbar")).toBeNull();
  });

  test("past half a second the bar joins the label", async () => {
    const gateway = new FakeGateway();
    const services = fakeServices(undefined, gateway);
    let release = () => undefined as void;
    gateway.readSelection = () =>
      new Promise((resolve) => {
        release = () => resolve(SAMPLE_GRID);
      });
    render(<App gateway={gateway} settings={new MemorySettingsStore()} locale="zh-CN" services={services} />);
    fireEvent.click(screen.getByRole("button", { name: "读取选区" }));
    const status = await screen.findByRole("status");
    expect(within(status).getByText("正在读取选区…")).toBeTruthy();
    expect(within(status).queryByRole("progressbar")).toBeNull();
    await within(status).findByRole("progressbar", undefined, { timeout: 2000 });
    release();
  });

  test("a pane that gets no frames (hidden) still runs the job", async () => {
    const raf = window.requestAnimationFrame;
    window.requestAnimationFrame = () => 0;
    try {
      const start = Date.now();
      await afterPaint();
      expect(Date.now() - start).toBeLessThan(1000);
    } finally {
      window.requestAnimationFrame = raf;
    }
  });
});
