/**
 * Scores a blind understanding batch: stories written by someone who never saw the phrase tables,
 * each labelled with the facts a careful reader takes from it (test/understanding/blind/BRIEF.md).
 * Shared by `npm run understanding:blind` (prints the figures) and the regression test.
 */
import { readFileSync } from 'node:fs';
import { BEHAVIOURS, RELATIONSHIPS, type Behaviour, type FrequencyBand, type UnderstoodFacts } from '../../../dialogs/facts';
import { understand } from '../../../src/understanding';

/** Every story's "today" (the brief resolves relative dates against it). */
export const BLIND_TODAY = new Date('2026-11-30T12:00:00Z');
/** A start date counts as read when it is within this many days of the labelled one. */
export const DATE_TOLERANCE_DAYS = 31;

export interface BlindStory {
  text: string;
  /** One of RELATIONSHIPS (`someoneElse`: someone known who fits none of the others). */
  relationship: string;
  behaviours: readonly string[];
  frequency: FrequencyBand | null;
  startDate: string | null;
}

export interface FactCount {
  expected: number;
  found: number;
}

export interface BatchScore {
  stories: number;
  relationship: FactCount;
  behaviours: FactCount;
  frequency: FactCount;
  startDate: FactCount;
  /** Behaviours read that the label does not have (a person would have to correct them). */
  extraBehaviours: number;
  /** Relationship labelled `someoneElse` (the list had no place for them before issue 9). */
  someoneElse: number;
  misses: string[];
}

export function readBatch(file: string): BlindStory[] {
  const parsed = JSON.parse(readFileSync(file, 'utf8')) as BlindStory[];
  for (const story of parsed) {
    if (typeof story.text !== 'string' || !Array.isArray(story.behaviours)) throw new Error(`${file}: malformed story`);
    if (!(RELATIONSHIPS as readonly string[]).includes(story.relationship)) {
      throw new Error(`${file}: unknown relationship ${story.relationship}`);
    }
    for (const b of story.behaviours) if (!(BEHAVIOURS as readonly string[]).includes(b)) throw new Error(`${file}: unknown behaviour ${b}`);
  }
  return parsed;
}

/**
 * The brief defines `occasional` as "weekly or less", the bands put exactly once a week in
 * `fewWeekly` ("weekly or more"): a once-a-week reading of an `occasional` label counts as read.
 */
function weeklyAsOccasional(expected: FrequencyBand, facts: UnderstoodFacts): boolean {
  const f = facts.frequency?.value;
  return expected === 'occasional' && f?.band === 'fewWeekly' && f.per === 'week' && (f.count ?? 1) <= 1;
}

const days = (a: string, b: string) => Math.abs(Date.parse(a) - Date.parse(b)) / 86_400_000;

export function scoreStory(story: BlindStory, facts: UnderstoodFacts, score: BatchScore): void {
  const miss = (what: string) => score.misses.push(`${what} | ${story.text.slice(0, 140)}`);
  score.stories++;
  score.relationship.expected++;
  if (story.relationship === 'someoneElse') score.someoneElse++;
  if (facts.relationship?.value === story.relationship) score.relationship.found++;
  else miss(`relationship ${story.relationship} -> ${facts.relationship?.value ?? 'nothing'}`);

  const found = new Set<Behaviour>(facts.behaviours?.value ?? []);
  for (const b of story.behaviours) {
    score.behaviours.expected++;
    if (found.has(b as Behaviour)) score.behaviours.found++;
    else miss(`behaviour ${b} not read`);
  }
  score.extraBehaviours += [...found].filter((b) => !story.behaviours.includes(b)).length;

  if (story.frequency) {
    score.frequency.expected++;
    if (facts.frequency?.value.band === story.frequency || weeklyAsOccasional(story.frequency, facts)) score.frequency.found++;
    else miss(`frequency ${story.frequency} -> ${facts.frequency?.value.band ?? 'nothing'}`);
  }
  if (story.startDate) {
    score.startDate.expected++;
    const iso = facts.startedOn?.value.iso;
    if (iso && days(iso, story.startDate) <= DATE_TOLERANCE_DAYS) score.startDate.found++;
    else miss(`start ${story.startDate} -> ${iso ?? 'nothing'}`);
  }
}

/** A score with nothing counted yet. */
export function emptyScore(): BatchScore {
  const count = (): FactCount => ({ expected: 0, found: 0 });
  return {
    stories: 0, relationship: count(), behaviours: count(), frequency: count(), startDate: count(),
    extraBehaviours: 0, someoneElse: 0, misses: [],
  };
}

export function scoreBatch(stories: readonly BlindStory[]): BatchScore {
  const score = emptyScore();
  for (const story of stories) scoreStory(story, understand(story.text, { now: BLIND_TODAY, timeZone: 'Europe/London' }), score);
  return score;
}

/** All facts together (relationship, each behaviour, frequency, start date). */
export function factsTotal(s: BatchScore): FactCount {
  const parts = [s.relationship, s.behaviours, s.frequency, s.startDate];
  return { expected: parts.reduce((n, p) => n + p.expected, 0), found: parts.reduce((n, p) => n + p.found, 0) };
}

const pct = (c: FactCount) => (c.expected === 0 ? '-' : `${((100 * c.found) / c.expected).toFixed(1)}% (${c.found}/${c.expected})`);

export function formatScore(name: string, s: BatchScore): string {
  return [
    `${name}: ${s.stories} stories; facts ${pct(factsTotal(s))}`,
    `  relationship ${pct(s.relationship)} (${s.someoneElse} labelled someoneElse), behaviours ${pct(s.behaviours)} (+${s.extraBehaviours} extra), frequency ${pct(s.frequency)}, start date ${pct(s.startDate)} (within ${DATE_TOLERANCE_DAYS} days)`,
  ].join('\n');
}
