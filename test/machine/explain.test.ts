/**
 * The explain step (issue 9, "Fewer, better messages"): two short explanations that fit what the
 * person told us, then "Want to know more about...?" with the topics not shown yet and a way to
 * move on; any topic at any time by asking. The pure machine, turn by turn.
 */
import { describe, expect, it } from 'vitest';
import { MORE_TOPICS, TAILORED_TOPICS, type TopicId } from '../../dialogs/topics';
import { AT, choose, command, join, say } from '../support/events';
import { MachineDriver, keysOf, lastAsk } from '../support/machine';

const topic = (id: TopicId) => ({ type: 'user.topic' as const, topic: id, at: AT });

interface Told {
  what?: string[];
  threats?: 'yes' | 'no';
  evidence?: 'yes' | 'some' | 'no' | 'skip';
  police?: 'reported' | 'notReported' | 'skip';
}

/** Answers up to the police question and returns what answering it said. */
function toExplain(d: MachineDriver, told: Told = {}) {
  d.send(join());
  d.send(choose('safety', 'safe'));
  d.send(choose('story', 'skip'));
  d.send(choose('who', 'exPartner'));
  d.send(choose('what', told.what ?? ['calls']));
  d.send(choose('since', 'fewMonths'));
  d.send(choose('howOften', 'daily'));
  // Every risk question asked (a threat adds "could it happen soon?"): "no", but threats as told.
  let ask = lastAsk(d.send(choose('riskConsent', 'yes')));
  while (ask?.question.startsWith('risk.')) {
    ask = lastAsk(d.send(choose(ask.question, ask.question === 'risk.threats' ? (told.threats ?? 'no') : 'no')));
  }
  d.send(choose('evidence', told.evidence ?? 'some'));
  const out = d.send(choose('police', told.police ?? 'notReported'));
  return told.police === 'reported' ? d.send(choose('crimeRef', 'skip')) : out;
}

describe('the explain step: two tailored explanations, then a list', () => {
  it.each<[string, Told, TopicId]>([
    ['a tracker or spyware', { what: ['tracking', 'messages'] }, 'tracking'],
    ['threats sent online', { what: ['messages'], threats: 'yes' }, 'onlineThreats'],
    ['messages and posts, no threats', { what: ['messages', 'socialMedia'] }, 'cyberStalking'],
    ['in person, not reported yet', { what: ['following'] }, 'reporting'],
    ['in person, reported, some things kept', { what: ['following'], police: 'reported' }, 'evidence'],
    ['in person, reported, everything kept', { what: ['following'], police: 'reported', evidence: 'yes' }, 'evidence'],
    ['in person, reported, nothing kept', { what: ['following'], police: 'reported', evidence: 'no' }, 'safetyPlanning'],
  ])('%s: what stalking is, then %s', (_name, told, second) => {
    const d = new MachineDriver();
    const out = toExplain(d, told);
    expect(keysOf(out)).toEqual(['topic:four', `topic:${second}`, 'ask:moreTopics:ask']);
    expect(out.filter((o) => o.kind === 'topic')).toHaveLength(TAILORED_TOPICS);
  });

  it('a topic chosen from the list is shown and the list offered again without it; "move on" goes to the options', () => {
    const d = new MachineDriver();
    toExplain(d, { what: ['following'] });
    const out = d.send(choose('moreTopics', 'safetyPlanning'));
    expect(keysOf(out)).toEqual(['topic:safetyPlanning', 'ask:moreTopics:ask']);
    expect(lastAsk(out)?.choices).toEqual(['cyberStalking', 'onlineThreats', 'tracking', 'evidence', 'deviceSafety', 'moveOn']);
    const again = d.send(choose('moreTopics', 'tracking'));
    expect(keysOf(again)).toEqual(['topic:tracking', 'ask:moreTopics:ask']);
    expect(lastAsk(again)?.choices).not.toContain('tracking');
    const moved = keysOf(d.send(choose('moreTopics', 'moveOn')));
    expect(moved.at(-1)).toBe('ask:options:ask');
    expect(moved.filter((k) => k.startsWith('topic:'))).toEqual([]);
  });

  it('once every listed topic was shown, only "move on" is left', () => {
    const d = new MachineDriver();
    let out = toExplain(d, { what: ['messages'] });
    for (const id of MORE_TOPICS) {
      if (!lastAsk(out)?.choices?.includes(id)) continue;
      out = d.send(choose('moreTopics', id));
    }
    expect(lastAsk(out)?.choices).toEqual(['moveOn']);
    expect(d.context.topicsShown).toEqual(expect.arrayContaining([...MORE_TOPICS]));
  });

  it('a topic already shown is not offered again, but an older button for it still shows it (they asked)', () => {
    const d = new MachineDriver();
    const out = toExplain(d, { what: ['tracking'] });
    expect(lastAsk(out)?.choices).not.toContain('tracking');
    expect(keysOf(d.send(choose('moreTopics', 'tracking')))).toEqual(['topic:tracking', 'ask:moreTopics:ask']);
  });

  it('words the list cannot read: asked once more, then on to the options', () => {
    const d = new MachineDriver();
    toExplain(d);
    expect(keysOf(d.send(say('hmm')))).toEqual(['ask:moreTopics:reask']);
    expect(keysOf(d.send(say('hmm')))).toContain('ask:options:ask');
  });

  it('"back" from the options returns to the list', () => {
    const d = new MachineDriver();
    toExplain(d);
    d.send(choose('moreTopics', 'moveOn'));
    expect(keysOf(d.send(command('back')))).toEqual(['ask:moreTopics:ask']);
  });
});

describe('topics at any time', () => {
  it('a topic asked for mid-way is shown, the question resumes, and it is not explained again unasked', () => {
    const d = new MachineDriver();
    d.send(join());
    d.send(choose('safety', 'safe'));
    expect(keysOf(d.send(topic('four')))).toEqual(['topic:four', 'ask:story:ask']);
    expect(keysOf(d.send(topic('reporting')))).toEqual(['topic:reporting', 'ask:story:ask']);
    d.send(choose('story', 'skip'));
    for (const q of ['who', 'what', 'since', 'howOften', 'riskConsent', 'evidence', 'police'] as const) d.send(choose(q, 'skip'));
    // Already seen: FOUR and reporting; the explain step gave the next that fit.
    expect(d.context.topicsShown.slice(0, 2)).toEqual(['four', 'reporting']);
    expect(d.context.topicsShown).toContain('evidence');
  });

  it('the list is offered with the asked-for topic left out; asking for it there shows it and the list again', () => {
    const d = new MachineDriver();
    d.send(join());
    d.send(topic('deviceSafety'));
    toExplainFromStarted(d);
    expect(d.state).toContain('askingMoreTopics');
    expect(keysOf(d.send(topic('onlineThreats')))).toEqual(['topic:onlineThreats', 'ask:moreTopics:ask']);
    const out = d.send(choose('moreTopics', 'evidence'));
    expect(lastAsk(out)?.choices).not.toContain('deviceSafety');
    expect(lastAsk(out)?.choices).not.toContain('onlineThreats');
  });
});

describe('nothing kept', () => {
  it('"no" at the evidence question: it is OK, they can still report - then the police question', () => {
    const d = new MachineDriver();
    d.send(join());
    d.send(choose('safety', 'safe'));
    d.send(choose('story', 'skip'));
    for (const q of ['who', 'what', 'since', 'howOften', 'riskConsent'] as const) d.send(choose(q, 'skip'));
    expect(keysOf(d.send(choose('evidence', 'no')))).toEqual(['topic:nothingKept', 'ask:police:ask']);
  });

  it('correcting the evidence line to "no" says it too, and goes back to the summary', () => {
    const d = new MachineDriver();
    toExplain(d, { evidence: 'yes' });
    d.send(choose('moreTopics', 'moveOn'));
    d.send(choose('options', 'helpline'));
    d.send(choose('summaryReview', 'change'));
    d.send(choose('summaryLine', 'evidence'));
    d.send(choose('lineAction', 'change'));
    const out = keysOf(d.send(choose('evidence', 'no')));
    expect(out[0]).toBe('topic:nothingKept');
    expect(out).toContain('summary:review');
  });
});

/** From a started conversation, every question skipped up to the list. */
function toExplainFromStarted(d: MachineDriver) {
  d.send(choose('safety', 'safe'));
  for (const q of ['story', 'who', 'what', 'since', 'howOften', 'riskConsent', 'evidence', 'police'] as const) d.send(choose(q, 'skip'));
}
