/**
 * No raw key can reach a person. Keys the type checker sees are checked by `npm run typecheck`
 * (dialogs/copy.keys.ts and src/i18n/copy.keys.ts; the @ts-expect-error lines below fail the type check if that checking is
 * ever lost). Keys built from values at run time are enumerated here, value by value, and worded.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { COPY_PARAMS_FILE, copyParamsSource } from '../../scripts/copy-params';
import { allQuestions } from '../../dialogs/questions';
import { ROUTE_CHOICES } from '../../dialogs/routes';
import type { HandoffStatusReport } from '../../src/adapter/handoff.status';
import { CATALOGUES, translator, type CopyKey } from '../../src/i18n';
import { hoursSay, expandNextSteps } from '../../src/services/next.steps';
import { defaultServices } from '../../src/services';
import type { Availability } from '../../src/services/hours';
import { SERVICE_IDS, WEEKDAYS } from '../../src/services/services.schema';
import type { Output } from '../../machines/triage.types';

const CHANNELS = [undefined, 'webchat', 'sms', 'msteams'] as const;

/** The words for a `say`, on every channel, after checking the key and its nested keys exist. */
function wordsOf(output: Output): string[] {
  if (output.kind !== 'say') throw new Error(`not a say: ${output.kind}`);
  expect(translator().has(output.key), output.key).toBe(true);
  return CHANNELS.map((channel) => translator('en-GB', channel).t(output.key, output.params));
}

function expectWorded(text: string, key: string): void {
  expect(text, key).not.toBe(key);
  expect(text, key).not.toMatch(/\$t\(|\{\{|\}\}/);
  // i18next shows a missing nested key ($t(services.x)) as the key itself.
  expect(text, key).not.toMatch(/\b(services|days|hours|end|handoff)\.[a-zA-Z]+/);
}

describe('keys built at run time all exist and are worded', () => {
  it('opening hours: every state, every service, every weekday', () => {
    const shapes: Availability[] = [
      { status: 'alwaysOpen' },
      { status: 'unknown' },
      { status: 'open', closesAt: '16:00', uncertain: false },
      { status: 'open', closesAt: '16:00', uncertain: true },
      { status: 'closed', uncertain: false },
      { status: 'closed', uncertain: true },
      ...WEEKDAYS.flatMap((weekday) =>
        [
          { isToday: true, isTomorrow: false },
          { isToday: false, isTomorrow: true },
          { isToday: false, isTomorrow: false },
        ].map((when): Availability => ({ status: 'closed', uncertain: false, opensAt: { date: '2026-06-01', weekday, time: '09:30', ...when } })),
      ),
    ];
    let worded = 0;
    for (const service of SERVICE_IDS) {
      for (const shape of shapes) {
        for (const output of hoursSay(service, shape)) {
          for (const text of wordsOf(output)) {
            expectWorded(text, output.kind === 'say' ? output.key : '');
            worded++;
          }
        }
      }
    }
    expect(worded).toBeGreaterThan(SERVICE_IDS.length * shapes.length);
  });

  it('what happens next: every route choice', () => {
    for (const chosen of ROUTE_CHOICES) {
      const outputs = expandNextSteps({ kind: 'nextSteps', recommended: 'helpline', chosen, extras: ['samaritans'] }, defaultServices(), new Date('2026-06-09T09:00:00Z'));
      expect(outputs[0]).toEqual({ kind: 'say', key: `end.next.${chosen}` });
      for (const output of outputs) for (const text of wordsOf(output)) expectWorded(text, chosen);
    }
  });

  it("the agent hub's handoff states: every state the hub may report", () => {
    const states = ['accepted', 'failed', 'completed'] as const satisfies readonly HandoffStatusReport['state'][];
    // Every state of the type is in the list (this line fails the type check when one is added).
    const all: Record<HandoffStatusReport['state'], true> = { accepted: true, failed: true, completed: true };
    expect(Object.keys(all).sort()).toEqual([...states].sort());
    for (const state of states) {
      for (const text of wordsOf({ kind: 'say', key: `handoff.status.${state}` })) expectWorded(text, state);
    }
  });
});

describe('copy keys are typed from the en-GB catalogue', () => {
  it('a key the type checker can see must be in the catalogue', () => {
    const tr = translator();
    expect(tr.has('summary.titel')).toBe(false);
    // @ts-expect-error - a typo in a literal key fails the type check.
    const typo = () => tr.t('summary.titel');
    expect(typo()).toBe('summary.titel');
    const band = 'daily' as 'daily' | 'weekly';
    // @ts-expect-error - a key built from typed values is checked too ('facts.band.weekly' is not a key).
    expect(() => tr.t(`facts.band.${band}`)).not.toThrow();
    // @ts-expect-error - a message with {{placeholders}} needs its parameters...
    expect(tr.t('facts.perCount', { count: 3 })).toContain('3');
    // @ts-expect-error - ...all of them...
    expect(tr.t('summary.values.crimeRef')).toContain('{{ref}}');
    // @ts-expect-error - ...and one without takes none.
    expect(tr.t('summary.title', { ref: 'x' })).toBe(tr.t('summary.title'));
    expect(tr.t('facts.perCount', { count: 3, per: 'a week' })).toContain('3');
    const key: CopyKey = 'summary.title';
    expect(tr.t(key)).toBe((CATALOGUES['en-GB'].summary as { title: string }).title);
  });
});

describe('the parameters of each message (src/i18n/copy.params.json)', () => {
  it('are current with the catalogue (else run: npx tsx scripts/copy-params.ts --write)', () => {
    expect(readFileSync(COPY_PARAMS_FILE, 'utf8')).toBe(copyParamsSource());
  });
});

describe('every question module has its copy', () => {
  it('prompt and gentle re-ask; a confirmation when it confirms facts; a summary label when it uses the "more" line', () => {
    const tr = translator();
    for (const question of allQuestions()) {
      const keys = [`questions.${question.id}.prompt`, `questions.${question.id}.reask`];
      if (question.prefill) keys.push(`questions.${question.id}.confirm`);
      if (question.summary?.line === 'more') keys.push(`questions.${question.id}.inSummary`);
      for (const key of keys) expect(tr.has(key), key).toBe(true);
    }
    expect(allQuestions().length).toBeGreaterThan(20);
  });
});
