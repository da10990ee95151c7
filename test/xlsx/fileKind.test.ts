/** What a file holds, from its bytes, whatever its name: each kind gets its own message. */
import { damagedPackageProblem, fileKind, fileKindProblem } from "../../src/xlsx/fileKind";

const bytes = (...parts: (string | number[])[]) =>
  new Uint8Array(parts.flatMap((p) => (typeof p === "string" ? Array.from(Buffer.from(p, "utf8")) : p)));
const utf16 = (s: string) => Array.from(Buffer.from(s, "utf16le"));
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

describe("fileKind", () => {
  it.each([
    ["an empty file", bytes(), "empty"],
    ["an .xlsx package", bytes([0x50, 0x4b, 0x03, 0x04], new Array(40).fill(0)), "zip"],
    [
      "an OpenDocument spreadsheet",
      bytes(
        [0x50, 0x4b, 0x03, 0x04],
        new Array(26).fill(0),
        "mimetypeapplication/vnd.oasis.opendocument.spreadsheet",
      ),
      "ods",
    ],
    ["an Excel 97–2003 .xls", bytes(OLE, new Array(600).fill(0), utf16("Workbook")), "xls"],
    [
      "an .xlsx with an opening password",
      bytes(OLE, new Array(600).fill(0), utf16("EncryptionInfo")),
      "encrypted",
    ],
    ["a CSV file", bytes("项目名称,绩效指标\n应急演练,不少于4次\n"), "text"],
    ["a CSV file with a BOM", bytes([0xef, 0xbb, 0xbf], "项目名称,绩效指标\n"), "text"],
    ["UTF-16 text", bytes([0xff, 0xfe], utf16("项目名称\t绩效指标\r\n")), "text"],
    [
      "a web page named .xls",
      bytes('\n<html xmlns:x="urn:schemas-microsoft-com:office:excel"><table>'),
      "html",
    ],
    ["a bare table named .xls", bytes("<table><tr><td>项目名称</td></tr></table>"), "html"],
    [
      "Excel 2003 XML",
      bytes('<?xml version="1.0"?>\n<Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet">'),
      "xml",
    ],
    ["another binary file", bytes([0x89, 0x50, 0x4e, 0x47, 0, 0, 0]), "unknown"],
  ])("%s", (_label, data, kind) => {
    expect(fileKind(data)).toBe(kind);
  });
});

describe("fileKindProblem", () => {
  it("reads an .xlsx package and names everything else in plain words", () => {
    expect(fileKindProblem("zip", "a.xls")).toBeNull();
    expect(fileKindProblem("xls", "旧表.xls")?.zh).toBe(
      "旧表.xls：这是旧版 .xls 文件，请在 Excel 中另存为 .xlsx 后再试。",
    );
    expect(fileKindProblem("empty", "a.xlsx")?.zh).toMatch(/^a\.xlsx：文件为空/);
    expect(fileKindProblem("encrypted", "a.xlsx")?.zh).toMatch(/打开密码/);
    expect(fileKindProblem("text", "a.xlsx")?.zh).toMatch(/这是文本文件（如 \.csv），不是 Excel 工作簿/);
    expect(fileKindProblem("html", "a.xls")?.zh).toMatch(/网页格式/);
    expect(damagedPackageProblem("a.xlsx").zh).toMatch(/不完整或已损坏/);
  });
});
