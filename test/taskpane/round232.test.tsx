/** @jest-environment jsdom */
/**
 * Round 232, the pane in the themes and modes officers use: Office's Dark Gray and Black themes, Windows'
 * high contrast (forced colors) and red–green colour blindness. The cleanup preview's changed part must be
 * marked by more than its colour on both lines, the colours the pane sets itself must read at 4.5:1 in
 * both of Fluent's themes, and the theme must follow what Office says.
 */
import { render } from "@testing-library/react";
import { FluentProvider, webDarkTheme, webLightTheme, type Theme } from "@fluentui/react-components";
import { CleanupPanel } from "../../src/taskpane/cleanup/CleanupPanel";
import type { PaneEdit } from "../../src/taskpane/services/types";
import { paneTheme } from "../../src/taskpane/shared/theme";
import { editParts } from "../../src/taskpane/cleanup/diff";
import { installDomStubs } from "./helpers";

installDomStubs();

const EDIT: PaneEdit = {
  id: "1",
  sheet: "Sheet1",
  cell: "E6",
  rule: "PUNCT",
  before: "满意度达到90%以上。。2、效益指标",
  after: "满意度达到90%以上。2、效益指标",
  checked: true,
};

function cleanup(edit: PaneEdit = EDIT, theme: Theme = webLightTheme) {
  return render(
    <FluentProvider theme={theme}>
      <CleanupPanel
        rules={[]}
        edits={[edit]}
        checked={new Set(["1"])}
        busy={false}
        onChange={() => undefined}
        onApply={() => undefined}
        onRevert={() => undefined}
      />
    </FluentProvider>,
  );
}

/** The CSS rules that style an element through its classes, each with the media query it sits in. */
function rulesOf(el: Element): { media: string; css: string }[] {
  const classes = Array.from(el.classList);
  const out: { media: string; css: string }[] = [];
  const visit = (rules: CSSRuleList, media: string) => {
    for (const rule of Array.from(rules)) {
      if (rule instanceof CSSMediaRule) visit(rule.cssRules, rule.conditionText || rule.media.mediaText);
      else if (rule instanceof CSSStyleRule && classes.some((c) => rule.selectorText.includes(`.${c}`)))
        out.push({ media, css: rule.style.cssText });
    }
  };
  for (const sheet of Array.from(document.styleSheets)) visit(sheet.cssRules, "");
  return out;
}

describe("the cleanup preview's changed part, marked by more than its colour", () => {
  test("the removed part is struck through", () => {
    const { container } = cleanup();
    const removed = Array.from(container.querySelectorAll("span")).find((s) => s.textContent === "。");
    expect(removed).toBeDefined();
    expect(rulesOf(removed as HTMLElement).some((r) => !r.media && /line-through/.test(r.css))).toBe(true);
  });

  test("an added part is underlined in every theme and drawn in the highlight colours under forced colors", () => {
    const added: PaneEdit = { ...EDIT, before: "巡查整改率大于20%", after: "巡查整改率，大于20%" };
    for (const theme of [webLightTheme, webDarkTheme]) {
      const { container, unmount } = cleanup(added, theme);
      const mark = Array.from(container.querySelectorAll("span")).find((s) => s.textContent === "，");
      expect(mark).toBeDefined();
      const rules = rulesOf(mark as HTMLElement);
      expect(rules.some((r) => !r.media && /underline/.test(r.css))).toBe(true);
      const forced = rules.filter((r) => /forced-colors:\s*active/.test(r.media)).map((r) => r.css);
      expect(forced.join(" ")).toMatch(/background-color:\s*highlight/i);
      expect(forced.join(" ")).toMatch(/forced-color-adjust:\s*none/);
      unmount();
    }
  });
});

describe("each changed run marked on its own", () => {
  // The sample's E6: PUNCT mends 。。 three times in one cell; one span from the first to the last marked
  // about a hundred characters on both lines, in red and in green, that read the same.
  const before =
    "调查结果满意度达到90%以上。。2、效益指标：系统用户个数，系统用户总数1500人。3、产出指标：其他资料查询访问量，汛期时，每天约300人次；非汛期，每天约100人次。。4、产出指标：预案查询访问量，每天约150人次。。5、产出指标：数据报表查询速度，0.5秒。";
  const after = before.replace(/。。/g, "。");

  test("three 。 struck out, the text between them unmarked", () => {
    const sides = editParts(before, after);
    expect(sides.before.filter((p) => p.changed).map((p) => p.text)).toEqual(["。", "。", "。"]);
    expect(sides.after.some((p) => p.changed)).toBe(false);
    // The shared text between two changes is cut short in the middle, as at either end.
    expect(sides.before.every((p) => p.changed || Array.from(p.text).length <= 49)).toBe(true);
    // The new line, which only lost characters, is cut at the same places: never the whole cell.
    expect(sides.after.map((p) => p.text).join("")).not.toBe(after);
    expect(sides.after.every((p) => Array.from(p.text).length <= 49)).toBe(true);
  });

  test("in the preview: three marks on the old line, none on the new", () => {
    const { container } = cleanup({ ...EDIT, before, after });
    const marked = Array.from(container.querySelectorAll("span span")).filter(
      (s) => s.children.length === 0 && s.textContent === "。",
    );
    expect(marked).toHaveLength(3);
  });

  test("a single change reads as before: shared text kept short on both sides", () => {
    const sides = editParts(
      "甲".repeat(50) + "。。" + "乙".repeat(50),
      "甲".repeat(50) + "。" + "乙".repeat(50),
    );
    expect(sides.before).toEqual([
      { text: "…" + "甲".repeat(23) + "。", changed: false },
      { text: "。", changed: true },
      { text: "乙".repeat(24) + "…", changed: false },
    ]);
    expect(sides.after).toEqual([
      { text: "…" + "甲".repeat(23) + "。", changed: false },
      { text: "乙".repeat(24) + "…", changed: false },
    ]);
    expect(editParts("a\nb", "a b").after).toEqual([
      { text: "a", changed: false },
      { text: "␣", changed: true },
      { text: "b", changed: false },
    ]);
  });
});

/** WCAG's contrast ratio of two "#rrggbb" colours. */
function contrast(a: string, b: string): number {
  const lum = (hex: string) => {
    const n = parseInt(hex.slice(1), 16);
    const [r, g, bl] = [n >> 16, (n >> 8) & 255, n & 255].map((v) => {
      const c = v / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

describe("the colours the pane sets itself read at 4.5:1 in Office's light and dark themes", () => {
  // Text token on the background it is drawn on: the pane's background, a finding's button under the
  // pointer or pressed, and the cleanup preview's marked parts.
  const PAIRS: [keyof Theme, keyof Theme][] = [
    ["colorNeutralForeground1", "colorNeutralBackground1"],
    ["colorNeutralForeground2", "colorNeutralBackground1"],
    ["colorNeutralForeground3", "colorNeutralBackground1"],
    ["colorNeutralForeground2", "colorSubtleBackgroundHover"],
    ["colorNeutralForeground3", "colorSubtleBackgroundHover"],
    ["colorNeutralForeground3", "colorSubtleBackgroundPressed"],
    ["colorPaletteRedForeground1", "colorPaletteRedBackground1"],
    ["colorPaletteGreenForeground1", "colorPaletteGreenBackground1"],
    ["colorPaletteDarkOrangeForeground1", "colorNeutralBackground1"],
  ];
  for (const [name, theme] of [
    ["light", webLightTheme],
    ["dark", webDarkTheme],
  ] as const) {
    test(name, () => {
      const low = PAIRS.map(([fg, bg]) => ({ fg, bg, ratio: contrast(String(theme[fg]), String(theme[bg])) }))
        .filter((p) => p.ratio < 4.5)
        .map((p) => `${p.fg} on ${p.bg}: ${p.ratio.toFixed(2)}`);
      expect(low).toEqual([]);
    });
  }
});

describe("the theme follows what Office says", () => {
  test("Office's own isDarkTheme decides where Office has it", () => {
    expect(paneTheme({ isDarkTheme: true, bodyBackgroundColor: "#ffffff" })).toBe("dark");
    expect(paneTheme({ isDarkTheme: false, bodyBackgroundColor: "#262626" })).toBe("light");
  });
  test("else the body's colour: Dark Gray and Black dark, Colorful and White light, nothing light", () => {
    expect(paneTheme({ bodyBackgroundColor: "#444444" })).toBe("dark");
    expect(paneTheme({ bodyBackgroundColor: "#262626" })).toBe("dark");
    expect(paneTheme({ bodyBackgroundColor: "#ffffff" })).toBe("light");
    expect(paneTheme({ bodyBackgroundColor: "#e6e6e6" })).toBe("light");
    expect(paneTheme(undefined)).toBe("light");
  });
});
