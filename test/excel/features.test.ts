/**
 * The optional ExcelApi sets the gateway asks for (src/excel/features.ts) and what the pre-flight
 * (src/preflight/preflight.js) says is missing before the pane loads.
 */
import * as preflight from "../../src/preflight/preflight";
import { detectFeatures } from "../../src/excel/features";

const WEBVIEW2 =
  "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36 Edg/131.0.0.0";

function decide(supports: Record<string, boolean>) {
  return preflight.decide({
    userAgent: WEBVIEW2,
    language: "zh-CN",
    officeLoaded: true,
    host: "Excel",
    supports,
  });
}

describe("optional Excel features", () => {
  it("the gateway reads merged cells for cleanup's header copies only with ExcelApi 1.13", () => {
    expect(detectFeatures((v) => v !== "1.13").mergedAreas).toBe(false);
    expect(detectFeatures(() => true).mergedAreas).toBe(true);
  });

  it("the pre-flight says when ExcelApi 1.13 (merged cells for cleanup's header copies) is missing, Chinese first", () => {
    const d = decide({ "1.7": true, "1.9": true, "1.20": true });
    expect(d.ok).toBe(true);
    expect(d.featuresOff.map((f) => f.set)).toEqual(["ExcelApi 1.13"]);
    expect(d.featuresOff[0].zh).toMatch(/合并单元格/);
    expect(d.featuresOff[0].en).toMatch(/merged cells/);
    expect(preflight.noticeFor(d, "zh")).toMatch(/合并单元格/);
    // In version order with the others, and nothing said where it is there.
    const none = decide({ "1.7": true });
    expect(none.featuresOff.map((f) => f.set)).toEqual(["ExcelApi 1.9", "ExcelApi 1.13", "ExcelApi 1.20"]);
    expect(decide({ "1.7": true, "1.9": true, "1.13": true, "1.20": true }).featuresOff).toEqual([]);
  });
});
