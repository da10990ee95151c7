/** programs.json: each program of OTHER-PRODUCT's other-program branch names its kind in English, for the English message. */
import programLexicon from "../../../src/core/review/lexicons/programs.json";

describe("the programs lexicon", () => {
  it.each(programLexicon.programs.map((p) => [p.name, p] as const))(
    "%s has words and an English name",
    (_, p) => {
      expect(p.words.length).toBeGreaterThan(0);
      expect((p as { en?: string }).en).toMatch(/^[a-z][a-z -]*$/);
    },
  );
});
