import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  extractBehaviours,
  extractFrequency,
  extractRelationship,
  extractStartDate,
  understand,
  warmUpUnderstanding,
  warmUpUnderstandingInBackground,
} from '../../src/understanding';
import type { UnderstoodFacts } from '../../dialogs/facts';
import { normalise } from '../../src/understanding/normalise';
import { getPhrases } from '../../src/understanding/phrases';
import { ALL_ROWS, NOW, type Expectation, type Row } from './table';

const opts = { now: NOW };

/** The normalised facts, in the same shape as the table's expectations. */
function actual(facts: UnderstoodFacts): Required<{ [K in keyof Expectation]: Expectation[K] }> {
  return {
    startedOn: facts.startedOn?.value ?? null,
    frequency: facts.frequency?.value ?? null,
    behaviours: facts.behaviours?.value ?? null,
    relationship: facts.relationship?.value ?? null,
  };
}

function mismatches(row: Row): string[] {
  const got = actual(understand(row.text, opts));
  const out: string[] = [];
  for (const key of Object.keys(row.expect) as (keyof Expectation)[]) {
    const want = row.expect[key];
    const have = got[key];
    if (JSON.stringify(have) !== JSON.stringify(want)) {
      out.push(`${key}: expected ${JSON.stringify(want)}, got ${JSON.stringify(have)}`);
    }
  }
  return out;
}

const results: { group: string; text: string; ok: boolean; why: string[] }[] = [];

beforeAll(() => warmUpUnderstanding());

describe.each(ALL_ROWS)('table: $group', ({ group, rows }) => {
  const run = (row: Row) => {
    const why = mismatches(row);
    results.push({ group, text: row.text, ok: why.length === 0, why });
    expect(why, row.text).toEqual([]);
  };
  it.each(rows)('$text', run);
});

afterAll(() => {
  if (results.length === 0) return;
  const byGroup = new Map<string, { ok: number; total: number }>();
  for (const r of results) {
    const g = byGroup.get(r.group) ?? { ok: 0, total: 0 };
    g.total++;
    if (r.ok) g.ok++;
    byGroup.set(r.group, g);
  }
  const ok = results.filter((r) => r.ok).length;
  const lines = [...byGroup].map(([g, s]) => `  ${g.padEnd(13)} ${s.ok}/${s.total}`);
  const misses = results
    .filter((r) => !r.ok)
    .map((r) => `  MISS ${JSON.stringify(r.text)}: ${r.why.join('; ')}`);
  console.log(
    [`understanding accuracy: ${ok}/${results.length} = ${((100 * ok) / results.length).toFixed(1)}%`, ...lines, ...misses].join('\n'),
  );
});

describe('the example story', () => {
  it('reads who, what, how often and since when, with the words that gave them', () => {
    const facts = understand(
      'My ex has been messaging me on Instagram and turning up at my work about three times a week since 03/04/2026',
      opts,
    );
    expect(facts.relationship).toEqual({ value: 'exPartner', text: 'My ex' });
    expect(facts.behaviours?.value).toEqual(expect.arrayContaining(['messages', 'turningUp']));
    expect(facts.frequency?.value).toEqual({ band: 'fewWeekly', count: 3, per: 'week', approximate: true });
    expect(facts.frequency?.text).toBe('about three times a week');
    expect(facts.startedOn?.value).toEqual({ iso: '2026-04-03', approximate: false, band: 'fewMonths' });
    expect(facts.startedOn?.text).toBe('since 03/04/2026');
  });
});

describe('single extractors', () => {
  it('extractStartDate reads day-first and keeps the words', () => {
    expect(extractStartDate('It began 03/04/2026', opts)).toEqual({
      value: { iso: '2026-04-03', approximate: false, band: 'fewMonths' },
      text: 'began 03/04/2026',
    });
  });
  it('extractFrequency, extractBehaviours and extractRelationship', () => {
    expect(extractFrequency('twice a day')?.value).toEqual({ band: 'severalDaily', count: 2, per: 'day', approximate: false });
    expect(extractBehaviours('he follows me home and rings me')?.value).toEqual(['calls', 'following']);
    expect(extractRelationship('It is my ex-husband')).toEqual({ value: 'exPartner', text: 'my ex-husband' });
  });
  it('returns undefined when nothing is said', () => {
    expect(understand('', opts)).toEqual({});
    expect(understand('hello', opts)).toEqual({});
    expect(extractStartDate('not sure', opts)).toBeUndefined();
  });
  it('uses the injected reference date, not the clock', () => {
    const earlier = { now: new Date('2025-02-10T09:00:00Z') };
    expect(extractStartDate('last Tuesday', earlier)?.value.iso).toBe('2025-02-04');
    expect(extractStartDate('since Christmas', earlier)?.value).toEqual({ iso: '2024-12-25', approximate: false, band: 'fewMonths' });
    expect(extractStartDate('since last March', earlier)?.value.iso).toBe('2024-03-01');
    expect(extractStartDate('last summer', { now: new Date('2026-07-15T12:00:00Z') })?.value.iso).toBe('2025-06-01');
  });
  it('reads "today" in UK time around midnight', () => {
    // 23:30 UTC on 31 May is 00:30 BST on 1 June
    expect(extractStartDate('yesterday', { now: new Date('2026-05-31T23:30:00Z') })?.value.iso).toBe('2026-05-31');
  });
  it('copes with very long input quickly', () => {
    const long = 'he keeps calling me and turning up. '.repeat(2000) + 'since 03/04/2026';
    const t = performance.now();
    const facts = understand(long, opts);
    expect(performance.now() - t).toBeLessThan(2000);
    expect(facts.behaviours?.value).toEqual(['calls', 'turningUp']);
  });
});

describe('characters outside Latin-1', () => {
  const c = getPhrases('en-GB');
  it('are read as their base letter, a sign the tables know, or a space: one for one, so the words handed back stay whole', () => {
    const n = normalise('Łukasz’s ex keeps texting me 😢 since Świeta, €50 a time', c);
    expect([...n.text].every((ch) => ch.charCodeAt(0) <= 0xff)).toBe(true);
    expect(n.map.length).toBe(n.text.length);
    expect(n.text).toContain("ukasz's ex keeps texting me");
    expect(n.text).toContain('since swieta');
    expect(n.text).toContain('$50 a time');
    const facts = understand('my ex keeps texting me 😢😢 every day since march ’cause i blocked him', opts);
    expect(facts.relationship).toEqual({ value: 'exPartner', text: 'my ex' });
    expect(facts.behaviours?.value).toEqual(['messages']);
    expect(facts.frequency?.text).toBe('every day');
  });
  it('leave what an all-Latin-1 message reads unchanged', () => {
    const plain = 'my ex keeps texting me every day since march';
    expect(normalise(`${plain} \u{1F62D}`, c).text.trimEnd()).toBe(normalise(plain, c).text);
    expect(understand(`${plain} \u{1F62D}`, opts)).toEqual(understand(plain, opts));
  });
});

describe('SMS spelling', () => {
  it("hands back the person's own words, whole, for text-speak", () => {
    const facts = understand('my x keeps txtin me n turnin up at my wrk evry day', opts);
    expect(facts.relationship).toEqual({ value: 'exPartner', text: 'my x' });
    expect(facts.behaviours?.text).toBe('txtin; turnin up at my wrk');
    expect(facts.frequency?.text).toBe('evry day');
    // "idk" became "i don't know": the match starts inside the expansion but the text is the whole word
    expect(extractRelationship('idk who it is')).toEqual({ value: 'unknown', text: 'idk who it is' });
  });
  it('leaves words that are not text-speak alone, including object property names', () => {
    const c = getPhrases('en-GB');
    for (const word of ['constructor', 'toString', 'valueOf', 'hasOwnProperty', '__proto__']) {
      expect(normalise(`he called me a ${word}'s`, c).text).toBe(`he called me a ${word.toLowerCase()}'s`);
      expect(normalise(`he called me a ${word}`, c).text).toBe(`he called me a ${word.toLowerCase()}`);
    }
    expect(understand('x', opts)).toEqual({});
    expect(understand('N/A', opts)).toEqual({});
  });
});

describe('properties', () => {
  it('understand never throws on arbitrary strings', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: 'binary' }), fc.string({ unit: 'grapheme', maxLength: 200 })), (s) => {
        understand(s, opts);
      }),
      { numRuns: 300 },
    );
  });

  const fragments = [
    'since', 'last', 'about', 'my ex', "doesn't", 'times a', 'week', 'day', '03/04/2026', '3.4.26', 'ago', 'every',
    'not', 'threatened', 'to', 'share', 'photos', 'christmas', 'summer', 'the 31st', 'twice', 'stopped', 'in may',
    'neighbour', "'s", 'ex', 'following', 'me', 'on instagram', ',', '.', 'tuesday', 'for', 'months', '-', '29/02/2025',
  ];
  it('never throws and never returns a future date, whatever the words and reference date', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...fragments), { maxLength: 12 }),
        fc.date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2060-01-01T00:00:00Z'), noInvalidDate: true }),
        (words, now) => {
          const facts = understand(words.join(' '), { now });
          const iso = facts.startedOn?.value.iso;
          if (iso) {
            const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London' }).format(now);
            expect(iso <= today).toBe(true);
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it('does not throw on bad options', () => {
    expect(() => understand('since March', { now: new Date(Number.NaN) })).not.toThrow();
    expect(() => understand(undefined as unknown as string, opts)).not.toThrow();
    expect(() => understand('since March', undefined as unknown as typeof opts)).not.toThrow();
    expect(understand('my ex', { now: NOW, locale: 'xx-YY' }).relationship?.value).toBe('exPartner');
  });
});

describe('warming up after ready (warmUpUnderstandingInBackground)', () => {
  it('runs once per locale and changes no reading', async () => {
    const texts = ALL_ROWS.flatMap((g) => g.rows.map((row) => row.text)).slice(0, 300);
    const before = texts.map((t) => understand(t, opts));
    const first = warmUpUnderstandingInBackground('en-GB');
    expect(warmUpUnderstandingInBackground('en-GB')).toBe(first);
    await first;
    expect(texts.map((t) => understand(t, opts))).toEqual(before);
  });
});
