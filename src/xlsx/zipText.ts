/**
 * Node only (files.ts): each part of an .xlsx written whole as UTF-8. ExcelJS 4.4 hands a part's XML to JSZip
 * as a string in Node, and JSZip encodes a string 16,384 UTF-16 units at a time (its DataWorker's block): a
 * character beyond U+FFFF (an 𠮷 or 𬌗 of a name, an emoji) whose two halves fall on either side of a block's
 * end is written as two U+FFFD (Stuk/jszip#963). ExcelJS's browser build encodes the whole part first; so does
 * this, in Node, once for every workbook written.
 */

interface ZipWriterClass {
  prototype: { append(data: unknown, options: { name: string; base64?: boolean }): void };
}

// The module ExcelJS's own writer uses (exceljs 4.4.0, pinned); it has no types.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { ZipWriter } = require("exceljs/lib/utils/zip-stream") as { ZipWriter: ZipWriterClass };

const PATCHED = Symbol.for("goal-review.zipText.wholeParts");

/** Makes ExcelJS's writer give JSZip each text part as its UTF-8 bytes, never as a string (idempotent). */
export function writeWholeParts(): void {
  const proto = ZipWriter.prototype as ZipWriterClass["prototype"] & { [PATCHED]?: true };
  if (proto[PATCHED]) return;
  const append = proto.append;
  proto.append = function (this: unknown, data: unknown, options: { name: string; base64?: boolean }) {
    const bytes = typeof data === "string" && !options.base64 ? Buffer.from(data, "utf8") : data;
    return append.call(this, bytes, options);
  };
  proto[PATCHED] = true;
}
