/**
 * Words typed without spaces ("helpmyexisinthegardenandhehasahammer", from a voice or switch
 * input, or a thumb in a hurry) split back into words, so the rules can read them. Only long
 * runs of letters are tried, only into words the locale knows, and only when every letter is
 * used: the split with the fewest words wins, and a run that cannot be read whole is left alone.
 */

/** Shorter tokens are ordinary words (or usernames): not worth trying. */
export const RUN_TOGETHER_MIN = 14;
const LONGEST_WORD = 20;
/** The only one-letter words. */
const ONE_LETTER = new Set(['a', 'i']);

export function splitRunTogether(token: string, dictionary: ReadonlySet<string>): string[] | undefined {
  if (token.length < RUN_TOGETHER_MIN || !/^[a-z]+$/.test(token)) return undefined;
  const n = token.length;
  // fewest[i]: the fewest words that spell token[0..i); from[i]: where the last of them starts.
  const fewest = new Array<number>(n + 1).fill(Number.POSITIVE_INFINITY);
  const from = new Array<number>(n + 1).fill(-1);
  fewest[0] = 0;
  for (let end = 1; end <= n; end++) {
    for (let start = Math.max(0, end - LONGEST_WORD); start < end; start++) {
      if ((fewest[start] as number) + 1 >= (fewest[end] as number)) continue;
      const word = token.slice(start, end);
      if (word.length === 1 ? !ONE_LETTER.has(word) : !dictionary.has(word)) continue;
      fewest[end] = (fewest[start] as number) + 1;
      from[end] = start;
    }
  }
  if (!Number.isFinite(fewest[n] as number) || (fewest[n] as number) < 2) return undefined;
  const words: string[] = [];
  for (let end = n; end > 0; end = from[end] as number) words.unshift(token.slice(from[end] as number, end));
  return words;
}
