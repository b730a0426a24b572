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

export function splitRunTogether(token: string, dictionary: ReadonlySet<string>, minLength = RUN_TOGETHER_MIN): string[] | undefined {
  if (token.length < minLength || !/^[a-z]+$/.test(token)) return undefined;
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

/** Four or more single letters spaced out ("h e s h e r e", "h e l p"), one clause at most (a "|" stops it). */
const SPACED_LETTERS = /(?<![a-z0-9])[a-z](?: [a-z]){3,}(?![a-z0-9])/g;

/**
 * Letters typed one at a time with spaces between ("h e s h e r e": a switch or eye-gaze input, a shaking hand, or not wanting
 * the words seen at a glance) joined back into words: only a run of four or more single letters, and only when the whole run
 * reads as one known word ("h e l p") or splits into known words using every letter ("hes here"); a run that cannot is left as
 * typed, so ordinary one-letter words ("a", "i") and text speak ("u r a", "y r u") stay as they are.
 */
export function joinSpacedLetters(text: string, dictionary: ReadonlySet<string>): string {
  if (!/(?:^| )[a-z] [a-z] [a-z] [a-z](?: |$)/.test(text)) return text;
  return text.replace(SPACED_LETTERS, (run) => {
    const joined = run.replace(/ /g, '');
    if (dictionary.has(joined)) return joined;
    return splitRunTogether(joined, dictionary, 4)?.join(' ') ?? run;
  });
}
