/**
 * Adding a question touches its module, its copy and a test - nothing generic. This sample
 * question is declared and registered here, its copy added as it would stand in
 * locales/en-GB/translation.json; the machine, the renderers and the summary pick it up.
 * (dialogs/README.md "Adding a question" walks through the same steps.)
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { registerQuestion, type QuestionId } from '../../dialogs/questions';
import { defineQuestion } from '../../dialogs/questions/question';
import { recordsOwnAnswer } from '../../dialogs/questions/recording';
import { CATALOGUES, translator } from '../../src/i18n';
import { choose, join } from '../support/events';

// ---- the sample question's module: everything about it in one place
const knowsWork = defineQuestion({
  id: 'knowsWork',
  kind: 'single',
  choices: ['yes', 'no', 'notSure', 'skip'],
  ...recordsOwnAnswer('knowsWork', ['yes', 'no']),
  flow: { after: 'howOften', endsLine: true },
});

// ---- its copy, as it would stand in locales/en-GB/translation.json under "questions"
const COPY = {
  prompt: 'Do they know where you work or study?',
  reask: 'Do they know where you work or study? Yes, no or not sure are all fine.',
  inSummary: 'Knows where you work',
};

const SAMPLE = knowsWork.id as QuestionId;
let machine: typeof import('../support/machine');
let channels: typeof import('../../src/channels');
let summary: typeof import('../../src/summary/summary.text');
let buildSummary: typeof import('../../machines/summary').buildSummary;

beforeAll(async () => {
  (CATALOGUES['en-GB'].questions as Record<string, unknown>)[SAMPLE] = COPY;
  registerQuestion(knowsWork);
  // The machine and the renderers load after the question is registered, as they do when its
  // module is listed in dialogs/questions/index.ts.
  machine = await import('../support/machine.js');
  channels = await import('../../src/channels/index.js');
  summary = await import('../../src/summary/summary.text.js');
  ({ buildSummary } = await import('../../machines/summary.js'));
});

const tr = translator('en-GB');

/** From the start to the sample question, skipping what can be skipped. */
function toSample() {
  const d = new machine.MachineDriver();
  d.send(join());
  d.send(choose('safety', 'safe'));
  for (const q of ['story', 'who', 'what', 'since'] as const) d.send(choose(q, 'skip'));
  const out = d.send(choose('howOften', 'skip'));
  return { d, out };
}

describe('a question added as a module', () => {
  it('is asked where its module says (after howOften), and the flow goes on to where howOften went', () => {
    const { d, out } = toSample();
    expect(machine.keysOf(out)).toEqual([`ask:${SAMPLE}:ask`]);
    const next = d.send(choose(SAMPLE, 'yes'));
    expect(machine.keysOf(next)).toEqual(['ask:riskConsent:ask']);
    expect(d.context.answers.more).toEqual({ [SAMPLE]: { status: 'given', value: 'yes' } });
  });

  it('is rendered from its copy on every channel: buttons on Web Chat, numbered choices on SMS', () => {
    const { out } = toSample();
    const [web] = channels.render(out, 'webchat', 'en-GB');
    expect(web?.text).toBe(COPY.prompt);
    expect(web?.question).toBe(SAMPLE);
    expect(web?.buttons?.map((b) => b.title)).toEqual([
      tr.t('choiceHints.dangerButton'),
      ...['yes', 'no', 'notSure', 'skip'].map((c) => tr.t(`common.choices.${c as 'yes'}`)),
    ]);
    const [sms] = channels.render(out, 'sms', 'en-GB');
    expect(sms?.text.split('\n').slice(0, 2)).toEqual([COPY.prompt, `1. ${translator('en-GB', 'sms').t('common.choices.yes')}`]);
  });

  it('a reply it cannot read is asked again gently, then noted as "not sure" with the words', () => {
    const { d } = toSample();
    const say = (text: string) => ({ type: 'user.text' as const, text, facts: {}, safety: { level: 'none' as const }, at: '2026-11-28T12:00:00.000Z' });
    expect(machine.keysOf(d.send(say('hmm')))).toEqual([`ask:${SAMPLE}:reask`]);
    d.send(say('maybe, who knows'));
    expect(d.context.answers.more?.[SAMPLE]).toEqual({ status: 'notSure', words: 'maybe, who knows' });
  });

  it('reads in the summary, and the person can correct it there: asked again, then back to the summary', () => {
    const { d } = toSample();
    d.send(choose(SAMPLE, 'no'));
    const lines = summary.wordSummary(buildSummary(d.context), tr);
    expect(lines.find((l) => l.id === 'more')).toEqual({
      id: 'more',
      label: tr.t('summary.lines.more'),
      value: `${COPY.inSummary}: ${tr.t('common.choices.no')}`,
    });
    d.send(choose('riskConsent', 'skip'));
    d.send(choose('evidence', 'skip'));
    d.send(choose('police', 'skip'));
    d.send(choose('moreTopics', 'moveOn'));
    const review = d.send(choose('options', 'helpline'));
    expect(machine.keysOf(review)).toContain('ask:summaryReview:ask');
    const lineChoices = machine.lastAsk(d.send(choose('summaryReview', 'change')))?.choices;
    expect(lineChoices).toContain('more');
    d.send(choose('summaryLine', 'more'));
    expect(machine.keysOf(d.send(choose('lineAction', 'change')))).toEqual([`ask:${SAMPLE}:ask`]);
    expect(machine.keysOf(d.send(choose(SAMPLE, 'yes')))).toContain('summary:review');
    expect(summary.summaryText(buildSummary(d.context), 'review', tr)).toContain(`${COPY.inSummary}: ${tr.t('common.choices.yes')}`);
  });
});
