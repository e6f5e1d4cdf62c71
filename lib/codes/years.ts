/** Years named in the code card and the decoder's notes (no data: safe for the content script to import). */

/** "2024年" / "2017—2019年" / "2019、2024—2026年": the years whose documents print a name. */
export function yearsLabel(years: readonly number[]): string {
  const runs: string[] = [];
  for (let i = 0; i < years.length; ) {
    let j = i;
    while (j + 1 < years.length && years[j + 1] === years[j]! + 1) j++;
    runs.push(j === i ? `${years[i]}` : `${years[i]}—${years[j]}`);
    i = j + 1;
  }
  return runs.length ? `${runs.join('、')}年` : '';
}
