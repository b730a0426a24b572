/**
 * One typo apart: optimal string alignment distance of at most 1 (one letter left out, one added, one
 * changed, or two next to each other swapped). Shared by both readers' spelling steps.
 */
export function withinOneEdit(a: string, b: string): boolean {
  if (a === b) return true;
  const la = a.length;
  const lb = b.length;
  if (Math.abs(la - lb) > 1) return false;
  let i = 0;
  while (i < la && i < lb && a[i] === b[i]) i++;
  if (la === lb) {
    // one substitution, or one transposition
    if (a.slice(i + 1) === b.slice(i + 1)) return true;
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
  }
  // one insertion / deletion
  return la > lb ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

/**
 * One letter left out, one added, or two next to each other swapped ("hittng", "outsidee",
 * "followign") - not one letter changed for another, which turns real words and shorthand into
 * other words ("dming" is not "dying", "shoping" is not "shoving").
 */
export function oneLetterOffOrSwapped(a: string, b: string): boolean {
  const la = a.length;
  const lb = b.length;
  if (la === lb) {
    let i = 0;
    while (i < la && a[i] === b[i]) i++;
    return i < la - 1 && a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
  }
  return withinOneEdit(a, b);
}

const LETTERS = 'abcdefghijklmnopqrstuvwxyz';

/**
 * Every string one letter off or swapped from `word` (see `oneLetterOffOrSwapped`) that keeps its
 * first letter, over a-z. For building word lists offline (scripts/safety-spelling.ts), not for use
 * per message.
 */
export function oneLetterOffOrSwappedAway(word: string): Set<string> {
  const out = new Set<string>();
  for (let i = 1; i <= word.length; i++) {
    if (i < word.length) out.add(word.slice(0, i) + word.slice(i + 1));
    if (i < word.length - 1) out.add(word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2));
    for (const c of LETTERS) out.add(word.slice(0, i) + c + word.slice(i));
  }
  out.delete(word);
  return out;
}
