/**
 * One worksheet as a grid: Excel-like headers, the cells with their look, the selection (drag,
 * Shift+click, arrows with Shift), links that jump to their cell. The grid is one tab stop; the arrow
 * keys move inside it (aria-activedescendant), Enter follows a link in the active cell.
 */
import {
  memo,
  useCallback,
  useEffect,
  useRef,
  type CSSProperties,
  type KeyboardEvent,
  type MouseEvent,
} from "react";
import { columnLetters, parseA1 } from "../core/grid";
import type { SheetView, ViewCell } from "./sheetModel";
import { bounds, contains, moveByKey, type CellSelection } from "./selection";

const HEADER_HEIGHT = 22;
const ROW_HEADER_WIDTH = 44;
const DEFAULT_ROW_HEIGHT = 22;

export interface SheetGridProps {
  view: SheetView;
  /** Distinguishes cell ids of different sheets (and workbooks). */
  idPrefix: string;
  selection: CellSelection;
  onSelect(selection: CellSelection): void;
  onFollowLink(link: NonNullable<ViewCell["link"]>): void;
  /** A cell to scroll into view after drawing (navigation); cleared by the caller. */
  scrollTo: { cell: string } | null;
  label: string;
  onShowMore(): void;
  showMoreLabel: string;
}

export const cellId = (prefix: string, address: string) => `${prefix}-${address}`;

interface RowProps {
  view: SheetView;
  r: number;
  idPrefix: string;
  /** Selected columns in this row (null when the row is outside the selection). */
  from: number | null;
  to: number | null;
  activeCol: number | null;
  top: number | undefined;
  onFollowLink(link: NonNullable<ViewCell["link"]>): void;
}

const Row = memo(function Row({ view, r, idPrefix, from, to, activeCol, top, onFollowLink }: RowProps) {
  const cells = view.rows[r - 1];
  const height = view.heights[r - 1];
  const frozen = top !== undefined;
  const rowStyle: CSSProperties = height !== undefined ? { height } : {};
  return (
    <tr style={rowStyle}>
      <th
        scope="row"
        className={`rowhead${from !== null ? " hl" : ""}${frozen ? " frozen" : ""}`}
        style={frozen ? { top } : undefined}
      >
        {r}
      </th>
      {cells.map((cell, i) => {
        if (cell.hidden) return null;
        const c = i + 1;
        const selected = from !== null && to !== null && c >= from && c <= to;
        const active = activeCol === c;
        const style: CSSProperties = { ...cell.style };
        if (cell.numeric && !style.textAlign) style.textAlign = "right";
        if (frozen) style.top = top;
        const cls = [
          "cell",
          cell.spill ? "spills" : "",
          selected ? "sel" : "",
          active ? "active" : "",
          frozen ? "frozen" : "",
          i < view.frozenColumns ? "frozen-col" : "",
        ]
          .filter(Boolean)
          .join(" ");
        const link = cell.link;
        // A set height holds wrapped text as the spreadsheet does: the rest is cut, not a taller row.
        const clip =
          height !== undefined && style.whiteSpace === "pre-wrap"
            ? { maxHeight: Math.max(0, height - 2), overflow: "hidden" as const }
            : null;
        const content = link ? (
          <a
            href={"url" in link ? link.url : "#"}
            target={"url" in link ? "_blank" : undefined}
            rel="noreferrer"
            tabIndex={-1}
            onClick={(e) => {
              if ("url" in link) return;
              e.preventDefault();
              onFollowLink(link);
            }}
          >
            {cell.text}
          </a>
        ) : cell.spill ? (
          <span className="spill" style={{ width: cell.spill - 9 }}>
            {cell.text}
          </span>
        ) : (
          cell.text
        );
        return (
          <td
            key={cell.address}
            id={cellId(idPrefix, cell.address)}
            data-cell={cell.address}
            role="gridcell"
            aria-selected={selected}
            className={cls}
            style={style}
            rowSpan={cell.rowSpan}
            colSpan={cell.colSpan}
            title={cell.text.length > 24 ? cell.text : undefined}
          >
            {clip ? <div style={clip}>{content}</div> : content}
          </td>
        );
      })}
    </tr>
  );
});

export function SheetGrid(props: SheetGridProps) {
  const { view, selection, onSelect, idPrefix, scrollTo, onFollowLink } = props;
  const gridRef = useRef<HTMLDivElement>(null);
  const dragging = useRef(false);
  const selectionRef = useRef(selection);
  selectionRef.current = selection;

  useEffect(() => {
    const stop = () => (dragging.current = false);
    window.addEventListener("mouseup", stop);
    return () => window.removeEventListener("mouseup", stop);
  }, []);

  const reveal = (address: string) =>
    document
      .getElementById(cellId(idPrefix, address))
      ?.scrollIntoView({ block: "nearest", inline: "nearest" });
  // A cell the pane navigated to (also right after this sheet was opened for it).
  useEffect(() => {
    if (scrollTo) reveal(scrollTo.cell);
  }, [scrollTo]);
  // Keep the moving end of the selection in view while the officer drags or uses the arrow keys.
  const activeAddress = `${columnLetters(selection.active.col)}${selection.active.row}`;
  const firstDraw = useRef(true);
  useEffect(() => {
    if (firstDraw.current) firstDraw.current = false;
    else reveal(activeAddress);
  }, [activeAddress]);

  const cellAt = (e: MouseEvent) => {
    const td = (e.target as HTMLElement).closest("td[data-cell]") as HTMLElement | null;
    return td ? parseA1(td.dataset.cell ?? "") : null;
  };

  const onMouseDown = (e: MouseEvent) => {
    if (e.button !== 0) return;
    const p = cellAt(e);
    if (!p) return;
    // Keep the browser from selecting text while dragging; keep keyboard focus on the grid.
    if (!(e.target as HTMLElement).closest("a")) e.preventDefault();
    gridRef.current?.focus({ preventScroll: true });
    dragging.current = true;
    onSelect(e.shiftKey ? { anchor: selectionRef.current.anchor, active: p } : { anchor: p, active: p });
  };

  const onMouseOver = (e: MouseEvent) => {
    if (!dragging.current) return;
    const p = cellAt(e);
    const s = selectionRef.current;
    if (p && (p.row !== s.active.row || p.col !== s.active.col)) onSelect({ anchor: s.anchor, active: p });
  };

  const onKeyDown = useCallback(
    (e: KeyboardEvent) => {
      if (e.key === "Enter") {
        const cell = view.rows[selection.active.row - 1]?.[selection.active.col - 1];
        if (cell?.link && !("url" in cell.link)) {
          e.preventDefault();
          onFollowLink(cell.link);
        }
        return;
      }
      if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === "a") {
        e.preventDefault();
        onSelect({ anchor: { row: 1, col: 1 }, active: { row: view.rowCount, col: view.columnCount } });
        return;
      }
      const next = moveByKey(selection, e.key, e.shiftKey, {
        rows: view.rows.length,
        cols: view.columnCount,
      });
      if (next) {
        e.preventDefault();
        onSelect(next);
      }
    },
    [selection, view, onSelect, onFollowLink],
  );

  const b = bounds(selection);
  // Frozen rows stick under the column letters.
  const frozenTop: number[] = [];
  let y = HEADER_HEIGHT;
  for (let r = 1; r <= view.frozenRows; r++) {
    frozenTop.push(y);
    y += view.heights[r - 1] ?? DEFAULT_ROW_HEIGHT;
  }

  return (
    <div
      ref={gridRef}
      className="grid"
      role="grid"
      tabIndex={0}
      aria-label={props.label}
      aria-multiselectable
      aria-rowcount={view.rowCount}
      aria-colcount={view.columnCount}
      aria-activedescendant={cellId(idPrefix, activeAddress)}
      onKeyDown={onKeyDown}
      onMouseDown={onMouseDown}
      onMouseOver={onMouseOver}
    >
      <table style={{ width: ROW_HEADER_WIDTH + view.widths.reduce((a, w) => a + w, 0) }}>
        <colgroup>
          <col style={{ width: ROW_HEADER_WIDTH }} />
          {view.widths.map((w, i) => (
            <col key={i} style={{ width: w }} />
          ))}
        </colgroup>
        <thead>
          <tr style={{ height: HEADER_HEIGHT }}>
            <th className="corner" aria-hidden />
            {view.widths.map((_, i) => (
              <th
                key={i}
                scope="col"
                className={`colhead${i + 1 >= b.left && i + 1 <= b.right ? " hl" : ""}`}
              >
                {columnLetters(i + 1)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {view.rows.map((_, i) => {
            const r = i + 1;
            const inside = r >= b.top && r <= b.bottom;
            return (
              <Row
                key={r}
                view={view}
                r={r}
                idPrefix={idPrefix}
                from={inside ? b.left : null}
                to={inside ? b.right : null}
                activeCol={selection.anchor.row === r ? selection.anchor.col : null}
                top={frozenTop[i]}
                onFollowLink={onFollowLink}
              />
            );
          })}
        </tbody>
      </table>
      {view.truncated && (
        <button type="button" className="more" onClick={props.onShowMore}>
          {props.showMoreLabel}
        </button>
      )}
    </div>
  );
}

export { contains };
