/**
 * What a crime reference number looks like: letters, digits and separators (/ - .) with at least
 * four digits, like "1234567/24", "CR/06/AA/12345/24", "CRIS 1234567/24" or "MPS-20240101-1234".
 * A lone "2" (a number meant for the previous question) or a sentence is not one. Pure: the
 * machine uses it.
 */
const MIN_DIGITS = 4;
const MAX_LENGTH = 40;
const PART = /^[A-Za-z0-9][A-Za-z0-9/.-]*$/;
const PREFIX = /^[A-Z]{2,5}$/;

const digits = (s: string) => s.match(/\d/g)?.length ?? 0;

/** The reference in the words ("it's 1234567/24" -> "1234567/24"), or undefined when there is none. */
export function crimeReferenceIn(text: string): string | undefined {
  const tokens = text
    .slice(0, 200)
    .split(/\s+/)
    .map((t) => t.replace(/^[^A-Za-z0-9]+|[^A-Za-z0-9]+$/g, ''));
  const runs: string[][] = [];
  let run: string[] = [];
  for (const token of tokens) {
    if (PART.test(token) && (digits(token) > 0 || (run.length === 0 && PREFIX.test(token)))) run.push(token);
    else {
      if (run.length > 0) runs.push(run);
      run = PART.test(token) && PREFIX.test(token) ? [token] : [];
    }
  }
  if (run.length > 0) runs.push(run);
  const references = runs
    .map((r) => r.join(' '))
    .filter((r) => r.length <= MAX_LENGTH && digits(r) >= MIN_DIGITS)
    .sort((a, b) => digits(b) - digits(a));
  return references[0];
}
