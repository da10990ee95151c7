/** Office's theme → light or dark, from the task pane's background colour. */
export type PaneTheme = "light" | "dark";

/** "#RRGGBB" (or "RRGGBB") → dark when its relative luminance is below one half. */
export function themeFromBackground(color: string | undefined | null): PaneTheme {
  const m = /^#?([0-9a-f]{6})$/i.exec((color ?? "").trim());
  if (!m) return "light";
  const n = parseInt(m[1], 16);
  const [r, g, b] = [(n >> 16) & 255, (n >> 8) & 255, n & 255];
  const luminance = (0.2126 * r + 0.7152 * g + 0.0722 * b) / 255;
  return luminance < 0.5 ? "dark" : "light";
}

/**
 * Office's theme as Office says it: `isDarkTheme` where Office has it (Dark Gray and Black, and the
 * system's dark mode under “Use system setting”), else the body's colour as before; light when Office
 * says nothing.
 */
export function paneTheme(
  officeTheme: { isDarkTheme?: boolean; bodyBackgroundColor?: string } | undefined | null,
): PaneTheme {
  if (typeof officeTheme?.isDarkTheme === "boolean") return officeTheme.isDarkTheme ? "dark" : "light";
  return themeFromBackground(officeTheme?.bodyBackgroundColor);
}
