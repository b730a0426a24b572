import { describe, expect, it } from 'vitest';
import { defaultServices } from '../../src/services';
import { expandOutputs } from '../../src/services/next.steps';
import { translator } from '../../src/i18n';
import type { Output } from '../../machines/triage.types';

const services = defaultServices();
const tr = translator('en-GB');
const words = (outputs: Output[]) => outputs.map((o) => (o.kind === 'say' ? tr.t(o.key, o.params) : o.kind));
const next = (chosen?: 'helpline' | 'police' | 'justInfo'): Output => ({
  kind: 'nextSteps',
  recommended: 'helpline',
  extras: [],
  ...(chosen ? { chosen } : {}),
});

describe('what happens next, with opening hours (Europe/London)', () => {
  it('weekday during hours: open until 16:00, with the uncertain-hours caveat', () => {
    const out = words(expandOutputs([next('helpline')], services, new Date('2026-06-09T09:00:00Z'))); // Wed 10:00 BST
    expect(out[0]).toBe(tr.t('end.next.helpline'));
    expect(out[1]).toBe('The National Stalking Helpline should be open now, until 16:00 - hours can change, so check current hours.');
  });

  it('Friday evening: opens Monday at 09:30', () => {
    const out = words(expandOutputs([next('helpline')], services, new Date('2026-06-12T17:30:00Z')));
    expect(out[1]).toBe('The National Stalking Helpline is closed right now. It opens on Monday at 09:30.');
    expect(out[2]).toBe(tr.t('hours.checkCurrent'));
  });

  it('early morning: opens today; just before closing: still open', () => {
    expect(words(expandOutputs([next()], services, new Date('2026-01-13T08:00:00Z')))[1]).toContain('opens today at 09:30');
    expect(words(expandOutputs([next()], services, new Date('2026-01-13T15:59:00Z')))[1]).toContain('until 16:00');
    expect(words(expandOutputs([next()], services, new Date('2026-01-13T16:00:00Z')))[1]).toContain('opens tomorrow at 13:00');
  });

  it('a bank holiday is closed (Christmas 2026 -> Tuesday 29th)', () => {
    const out = words(expandOutputs([next('justInfo')], services, new Date('2026-12-25T11:00:00Z')));
    expect(out[1]).toBe('The National Stalking Helpline is closed right now. It opens on Tuesday at 09:30.');
  });

  it('police 101 is always open', () => {
    const out = words(expandOutputs([next('police')], services, new Date('2026-12-25T03:00:00Z')));
    expect(out[1]).toBe('Police 101 is open 24 hours a day.');
  });

  it('someone who was in crisis hears about Samaritans again', () => {
    const out = words(expandOutputs([{ ...next('helpline'), extras: ['samaritans'] } as Output], services, new Date('2026-06-09T09:00:00Z')));
    expect(out.at(-1)).toContain('116 123');
  });

  it('other outputs pass through untouched', () => {
    const say: Output = { kind: 'say', key: 'end.numbers' };
    expect(expandOutputs([say], services, new Date())).toEqual([say]);
  });
});
