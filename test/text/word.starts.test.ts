import { describe, expect, it } from 'vitest';
import { matchStartBeginnings } from '../../src/text/prefilter';
import { StartsIndex, stickyOf, type MatchStarts } from '../../src/text/word.starts';
import { CLAUSE_JOIN } from '../../src/safety/engine';
import { normalise } from '../../src/safety/normalise';
import { packFor } from '../../src/safety/rules';
import { BENIGN_FILLER, CORPUS } from '../safety/corpus.en-GB';
import { HELD_OUT } from '../safety/heldout.en-GB';
import { keptBatches } from '../safety/blind/blind.batches';

/** Every match of a pattern as `exec` with the global flag finds them: where each starts and what it holds. */
function scanned(pattern: RegExp, text: string): string[] {
  const re = new RegExp(pattern.source, pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`);
  const out: string[] = [];
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    if (m[0].length === 0) re.lastIndex++;
    else out.push(`${m.index}:${m[0]}`);
  }
  return out;
}

/** The same, tried only at the places the index gives, each match looked for from where the last one ended. */
function tried(pattern: RegExp, text: string, starts: MatchStarts): string[] {
  const sticky = new RegExp(stickyOf(pattern).source, `${stickyOf(pattern).flags.replace('g', '')}g`);
  const out: string[] = [];
  let from = 0;
  for (const at of starts.of(pattern) ?? []) {
    if (at < from) continue;
    sticky.lastIndex = at;
    const m = sticky.exec(text);
    if (m === null) continue;
    out.push(`${m.index}:${m[0]}`);
    from = at + Math.max(1, m[0].length);
  }
  return out;
}

describe('where matches can start (src/text/word.starts.ts)', () => {
  it('reads the words a match starts with, not a leading look-ahead that only says a word is somewhere', () => {
    expect([...(matchStartBeginnings(/\b(?:he|she) (?:is )?outside/) ?? [])]).toEqual(['he', 'she']);
    expect([...(matchStartBeginnings(/(?<!\bnot )\b(?:very )?hit/) ?? [])]).toEqual(['very', 'hit']);
    // "^(?=[^]*\\bcoming)": the word is somewhere, but the match starts at 0
    expect(matchStartBeginnings(/^(?=[^]*\b(?:coming|heading)\b)(?=[^]*\bkill\b)/)).toBeUndefined();
    expect(matchStartBeginnings(/\b(?:hit)/i)).toBeUndefined();
    expect(matchStartBeginnings(/(?:[^]{0,20})hit/)).toBeUndefined();
  });

  it('gives each pattern the places, in order, where a word it starts with starts', () => {
    const he = /\b(?:he|hes) (?:is )?(?:outside|here)\b/g;
    const door = /\b(?:door|window)\b/g;
    const unknown = /(?:x|y)z/g;
    const index = new StartsIndex([he, door, unknown]);
    expect(index.knows(he)).toBe(true);
    expect(index.knows(unknown)).toBe(false);
    const places = index.placesIn('hes outside | he is at the door | then he left');
    expect(places.of(he)).toEqual([0, 14, 39]); // "hes" and "he", each place once
    expect(places.of(door)).toEqual([27]);
    expect(places.of(unknown)).toBeUndefined(); // not indexed: it must scan
    expect(index.placesIn('nothing here').of(door)).toEqual([]);
  });

  it('finds exactly the matches a scan finds, for every safety pattern and trigger it indexes (test texts and a sample of the kept blind batches, normalised)', () => {
    const pack = packFor('en-GB');
    const patterns = pack.rules.flatMap((r) => (r.triggers ? [r.triggers, ...r.patterns] : r.patterns));
    const index = new StartsIndex(patterns);
    const indexed = patterns.filter((p) => index.knows(p));
    // nearly every pattern is tried at its places; the few it cannot read still scan
    expect(indexed.length / patterns.length).toBeGreaterThan(0.95);
    const texts = [
      ...CORPUS.map((m) => m.text),
      ...BENIGN_FILLER,
      ...HELD_OUT.flatMap((b) => b.cases.map(([t]) => t)),
      ...keptBatches()
        .filter((b) => b.number % 40 === 0)
        .flatMap((b) => b.messages.map((m) => m.text)),
    ];
    expect(texts.length).toBeGreaterThan(1_000);
    const differences: string[] = [];
    let matches = 0;
    for (const text of texts) {
      const joined = normalise(text, pack.normalisation).join(CLAUSE_JOIN);
      const starts = index.placesIn(joined);
      for (const pattern of indexed) {
        const expected = scanned(pattern, joined);
        matches += expected.length;
        const got = tried(pattern, joined, starts);
        if (got.join('|') !== expected.join('|')) differences.push(`${pattern.source.slice(0, 60)} in "${joined}": ${got} / ${expected}`);
      }
    }
    expect(differences.slice(0, 5)).toEqual([]);
    expect(matches).toBeGreaterThan(1_000); // the texts do hold matches to compare
  }, 240_000);
});
