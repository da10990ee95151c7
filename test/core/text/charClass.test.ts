/** CodeSet answers exactly what a Set of the same codes answers, for every code and past a string's end. */
import fc from "fast-check";
import { CodeSet, codeSet } from "../../../src/core/text/charClass";

describe("CodeSet", () => {
  it("holds each character of a string, and nothing else", () => {
    const s = codeSet("。;,、\n");
    for (const ch of "。;,、\n") expect(s.has(ch.charCodeAt(0))).toBe(true);
    for (const ch of "，：a 一") expect(s.has(ch.charCodeAt(0))).toBe(false);
    expect(s.size).toBe(5);
  });

  it("says no to NaN (charCodeAt past the end), negatives and codes beyond its span", () => {
    const s = codeSet("量效本");
    expect(s.has("量".charCodeAt(5))).toBe(false);
    expect(s.has(-1)).toBe(false);
    expect(s.has(0x10000 + "量".charCodeAt(0))).toBe(false);
    expect(codeSet("").has(0)).toBe(false);
    expect(codeSet("").has(NaN)).toBe(false);
  });

  it("agrees with Set<number> on any codes and any question", () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 0xffff }), { maxLength: 40 }),
        fc.array(fc.integer({ min: -5, max: 0x10005 }), { maxLength: 60 }),
        (codes, asked) => {
          const set = new Set(codes);
          const bits = new CodeSet(codes);
          expect(bits.size).toBe(set.size);
          for (const c of [...asked, ...codes]) expect(bits.has(c)).toBe(set.has(c));
        },
      ),
    );
  });
});
