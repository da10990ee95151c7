/** 3, 4, 5, 7 → "3–5、7": sorted numbers written as runs, each number through `label` (a column's letters). */
export function numberRuns(
  numbers: readonly number[],
  sep: string,
  label: (n: number) => string = String,
): string {
  const out: string[] = [];
  for (let i = 0; i < numbers.length; i++) {
    let j = i;
    while (j + 1 < numbers.length && numbers[j + 1] === numbers[j] + 1) j++;
    out.push(j > i ? `${label(numbers[i])}–${label(numbers[j])}` : label(numbers[i]));
    i = j;
  }
  return out.join(sep);
}
