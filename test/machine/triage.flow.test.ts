import { describe, expect, it } from 'vitest';
import { MACHINE_VERSION } from '../../machines/triage.machine';
import { runTurn } from '../../machines/snapshot';
import { AT, choose, command, crisis, harm, join, say, urgent } from '../support/events';
import { recommendRoute } from '../../machines/route';
import { buildSummary } from '../../machines/summary';
import { MachineDriver, keysOf, lastAsk } from '../support/machine';

const RISK = ['frightened', 'threats', 'propertyDamage', 'violence', 'loitering', 'othersInvolved', 'escalating'];

/** Answers every question up to the summary with the given choices. */
function walkToSummary(d: MachineDriver, risk: 'yes' | 'no' | 'skip' = 'no') {
  d.send(join());
  d.send(choose('safety', 'safe'));
  d.send(say('My ex keeps texting me and turning up at work'));
  d.send(choose('who', 'exPartner'));
  d.send(choose('what', ['messages', 'turningUp']));
  d.send(choose('since', 'fewMonths'));
  d.send(choose('howOften', 'fewWeekly'));
  d.send(choose('riskConsent', 'yes'));
  for (const factor of RISK) d.send(choose(`risk.${factor}` as never, risk));
  d.send(choose('evidence', 'some'));
  d.send(choose('police', 'notReported'));
  d.send(choose('moreTopics', 'moveOn'));
  return d.send(choose('options', 'helpline'));
}

describe('welcome', () => {
  it('introduces an automated helper, the 999 line and how to leave, then asks about safety', () => {
    const d = new MachineDriver();
    const out = keysOf(d.send(join()));
    expect(out).toEqual([
      'say:welcome.intro',
      'say:welcome.danger',
      'say:welcome.privacy',
      'say:welcome.howToLeave',
      'ask:safety:ask',
    ]);
  });

  it('keeps a story told in the first message (no join, as on SMS) and does not ask for it again', () => {
    const d = new MachineDriver();
    const first = keysOf(
      d.send(say('my ex boyfriend keeps messaging me', { relationship: { value: 'exPartner', text: 'my ex boyfriend' } })),
    );
    expect(first[0]).toBe('say:welcome.intro');
    expect(first.slice(-2)).toEqual(['say:story.thanksEarly', 'ask:safety:ask']);
    expect(d.context.answers.story).toBe('my ex boyfriend keeps messaging me');
    const next = keysOf(d.send(choose('safety', 'safe')));
    expect(next).toEqual(['ask:who:confirm']);
  });

  it('a short first message just starts the conversation', () => {
    const d = new MachineDriver();
    const out = keysOf(d.send(say('hi')));
    expect(out.at(-1)).toBe('ask:safety:ask');
    expect(d.context.answers.story).toBeUndefined();
  });
});

describe('safety question', () => {
  it('"not safe" gives emergency guidance first, then asks whether they can carry on', () => {
    const d = new MachineDriver();
    d.send(join());
    const out = keysOf(d.send(choose('safety', 'notSafe')));
    expect(out).toEqual(['emergency:emergency', 'ask:carryOn:ask']);
    expect(d.context.moments).toEqual([expect.objectContaining({ level: 'emergency', reason: 'safety.notSafe' })]);
    expect(keysOf(d.send(choose('carryOn', 'yes')))).toEqual(['say:emergency.resuming', 'ask:story:ask']);
  });

  it('"not sure" gives the short 999 lines (a reminder, not emergency guidance), then carries on gently', () => {
    const d = new MachineDriver();
    d.send(join());
    expect(keysOf(d.send(choose('safety', 'notSure')))).toEqual(['say:emergency.brief', 'ask:story:ask']);
  });

  it('a story typed at the safety question is kept and the question asked again', () => {
    const d = new MachineDriver();
    d.send(join());
    const out = keysOf(d.send(say('He has been following me home from the station for weeks')));
    expect(out).toEqual(['say:story.thanksEarly', 'ask:safety:reask']);
    d.send(choose('safety', 'safe'));
    expect(d.state).toContain('askingWho');
  });

  it('a second story instead of an answer is kept too, and moves on as "not answered" - never "not sure", never emergency guidance', () => {
    const d = new MachineDriver();
    d.send(join());
    d.send(say('He has been following me home from the station for weeks'));
    const out = d.send(say('and now he waits outside my work most evenings'));
    expect(keysOf(out)).toEqual(['say:story.thanksEarly', 'say:safety.notAnswered', 'ask:who:ask']);
    expect(d.context.answers.safety).toEqual({ status: 'notAnswered' });
    expect(d.context.answers.story).toBe('He has been following me home from the station for weeks\nand now he waits outside my work most evenings');
    expect(d.context.moments).toEqual([]);
  });

  it('two short replies that do not answer: asked again once, then "not answered" with the words', () => {
    const d = new MachineDriver();
    d.send(join());
    expect(keysOf(d.send(say('hmm')))).toEqual(['ask:safety:reask']);
    expect(keysOf(d.send(say('dunno what to say')))).toEqual(['say:safety.notAnswered', 'ask:story:ask']);
    expect(d.context.answers.safety).toEqual({ status: 'notAnswered', words: 'dunno what to say' });
    expect(d.context.answers.story).toBeUndefined();
  });

  it('a reply that says both yes and no gets a short clarifying question, not a guess', () => {
    const d = new MachineDriver();
    d.send(join());
    const mixed = { ...say("no, I'm safe at the moment"), mixed: true as const };
    expect(keysOf(d.send(mixed))).toEqual(['ask:safety:clarify']);
    expect(d.context.answers.story).toBeUndefined();
    expect(d.context.answers.safety).toBeUndefined();
    expect(keysOf(d.send(choose('safety', 'safe')))).toEqual(['ask:story:ask']);
  });

  it('a second contradiction moves on as "not answered"', () => {
    const d = new MachineDriver();
    d.send(join());
    const mixed = { ...say("no, I'm safe at the moment"), mixed: true as const };
    d.send(mixed);
    expect(keysOf(d.send(mixed))).toEqual(['say:safety.notAnswered', 'ask:story:ask']);
    expect(d.context.answers.safety?.status).toBe('notAnswered');
  });
});

describe('understood facts are confirmed, not asked again', () => {
  it('confirms who, what, since and how often from the story', () => {
    const d = new MachineDriver();
    d.send(join());
    d.send(choose('safety', 'safe'));
    const out = d.send(
      say('My ex has been messaging me on Instagram about three times a week since 03/04/2026', {
        relationship: { value: 'exPartner', text: 'My ex' },
        behaviours: { value: ['messages', 'socialMedia'], text: 'messaging me on Instagram' },
        startedOn: { value: { iso: '2026-04-03', approximate: false, band: 'overYear' }, text: 'since 03/04/2026' },
        frequency: { value: { band: 'fewWeekly', count: 3, per: 'week', approximate: true }, text: 'about three times a week' },
      }),
    );
    expect(keysOf(out)).toEqual(['say:story.thanks', 'ask:who:confirm']);
    expect(lastAsk(out)?.confirm).toEqual({ question: 'who', value: 'exPartner' });
    expect(keysOf(d.send(choose('who', 'yes')))).toEqual(['ask:what:confirm']);
    expect(keysOf(d.send(choose('what', 'yes')))).toEqual(['ask:since:confirm']);
    const since = d.send(choose('since', 'yes'));
    expect(keysOf(since)).toEqual(['ask:howOften:confirm']);
    expect(keysOf(d.send(choose('howOften', 'yes')))).toEqual(['ask:riskConsent:ask']);
    const a = d.context.answers;
    expect(a.relationship).toMatchObject({ status: 'given', value: 'exPartner', confirmed: true });
    expect(a.since).toMatchObject({ status: 'given', value: { date: { iso: '2026-04-03' } } });
    expect(a.howOften).toMatchObject({ status: 'given', value: { band: 'fewWeekly', frequency: { count: 3 } } });
  });

  it('"no" to a confirmation asks the question normally, and the answer replaces the fact', () => {
    const d = new MachineDriver();
    d.send(join());
    d.send(choose('safety', 'safe'));
    d.send(say('my ex', { relationship: { value: 'exPartner', text: 'my ex' } }));
    expect(keysOf(d.send(choose('who', 'no')))).toEqual(['ask:who:ask']);
    d.send(choose('who', 'neighbour'));
    expect(d.context.answers.relationship).toMatchObject({ status: 'given', value: 'neighbour' });
  });
});

describe('unclear answers', () => {
  it('re-asks once gently, then records "not sure" with the words and moves on', () => {
    const d = new MachineDriver();
    d.send(join());
    d.send(choose('safety', 'safe'));
    d.send(choose('story', 'skip'));
    expect(keysOf(d.send(say('hmm')))).toEqual(['ask:who:reask']);
    expect(keysOf(d.send(say('its complicated')))).toEqual(['say:common.notSureThen', 'ask:what:ask']);
    expect(d.context.answers.relationship).toEqual({ status: 'notSure', words: 'its complicated' });
  });

  it('a typed answer the question can read is accepted directly', () => {
    const d = new MachineDriver();
    d.send(join());
    d.send(choose('safety', 'safe'));
    d.send(choose('story', 'skip'));
    d.send(say('a bloke from my gym', { relationship: { value: 'stranger', text: 'a bloke' } }));
    expect(d.context.answers.relationship).toMatchObject({ status: 'given', value: 'stranger', words: 'a bloke' });
    expect(d.state).toContain('askingWhat');
  });
});

describe('emergencies interrupt any question and the question resumes', () => {
  it('urgent text mid-question: emergency first, then carry on resumes the same question', () => {
    const d = new MachineDriver();
    d.send(join());
    d.send(choose('safety', 'safe'));
    d.send(choose('story', 'skip'));
    const out = d.send(urgent());
    expect(out[0]).toMatchObject({ kind: 'emergency', level: 'emergency', reason: 'test.presentNow' });
    expect(keysOf(d.send(choose('carryOn', 'yes')))).toEqual(['say:emergency.resuming', 'ask:who:ask']);
  });

  it('crisis text gives crisis guidance', () => {
    const d = new MachineDriver();
    d.send(join());
    const out = d.send(crisis());
    expect(out[0]).toMatchObject({ kind: 'emergency', level: 'crisis' });
    expect(d.context.moments[0]).toMatchObject({ level: 'crisis' });
  });

  it('an emergency as the very first message comes before any welcome', () => {
    const d = new MachineDriver();
    const out = keysOf(d.send(urgent()));
    expect(out).toEqual(['emergency:emergency', 'ask:carryOn:ask']);
    const next = keysOf(d.send(choose('carryOn', 'yes')));
    expect(next.at(-1)).toBe('ask:safety:ask');
  });

  it('"no" to carrying on ends gently with the numbers', () => {
    const d = new MachineDriver();
    d.send(join());
    d.send(urgent());
    const out = keysOf(d.send(choose('carryOn', 'no')));
    expect(out).toEqual(['say:emergency.stopping', 'nextSteps', 'say:end.numbers', 'say:end.emergencySmsTip', 'say:end.safetyTip', 'ask:afterEnd:ask']);
  });

  it('someone who said they are under 18 and stops early gets Childline with the numbers (conversation review: a 15-year-old left with adult services only)', () => {
    const d = new MachineDriver();
    d.send(join());
    d.send(say('im 15', { age: { value: 'under18', text: 'im 15' } }));
    d.send(urgent());
    const out = keysOf(d.send(choose('carryOn', 'no')));
    expect(out).toContain('say:end.numbersUnder18');
    expect(out).not.toContain('say:end.numbers');
  });

  it('asking for a person while in danger keeps the 999 lines first (a conversation review: they were dropped)', () => {
    const d = new MachineDriver();
    d.send(join());
    d.send(urgent());
    const out = keysOf(d.send(command('person')));
    expect(out[0]).toBe('emergency:emergency');
    expect(out).toContain('say:person.intro');
  });

  it('a threat that may be acted on soon is an emergency; the risk questions then continue', () => {
    const d = new MachineDriver();
    d.send(join());
    d.send(choose('safety', 'safe'));
    d.send(choose('story', 'skip'));
    for (const [q, c] of [['who', 'exPartner'], ['what', 'threats'], ['since', 'thisWeek'], ['howOften', 'daily'], ['riskConsent', 'yes'], ['risk.frightened', 'yes']] as const) {
      d.send(choose(q, c));
    }
    expect(keysOf(d.send(choose('risk.threats', 'yes')))).toEqual(['ask:risk.threatSoon:ask']);
    expect(keysOf(d.send(choose('risk.threatSoon', 'yes')))).toEqual(['emergency:emergency', 'ask:carryOn:ask']);
    expect(keysOf(d.send(choose('carryOn', 'yes')))).toEqual(['say:emergency.resuming', 'ask:risk.propertyDamage:ask']);
  });

  it('a risky (not urgent) message gets a gentle reminder once, without emergency guidance', () => {
    const d = new MachineDriver();
    d.send(join());
    d.send(choose('safety', 'safe'));
    const risky = say('he threatened me last year', {}, { level: 'risk', rule: 'risk.pastThreat' });
    const out = keysOf(d.send(risky));
    expect(out).toEqual(['riskReminder', 'say:story.thanks', 'ask:who:ask']);
    expect(keysOf(d.send(say('he threatened me again', {}, { level: 'risk', rule: 'risk.pastThreat' })))).not.toContain('riskReminder');
    expect(d.context.riskRules).toEqual(['risk.pastThreat']);
  });
});

describe('staying with the person after emergency guidance', () => {
  function inEmergency() {
    const d = new MachineDriver();
    d.send(join());
    d.send(choose('safety', 'safe'));
    d.send(choose('story', 'skip'));
    d.send(urgent());
    return d;
  }

  it.each([['what do I do'], ["I can't call"], ['...'], ['ok']])(
    '"%s" keeps the 999 lines in front and offers the options again; the questions do not resume',
    (words) => {
      const d = inEmergency();
      const out = d.send(say(words));
      expect(out[0]).toMatchObject({ kind: 'emergency', level: 'emergency', form: 'repeat' });
      expect(out[0]).not.toHaveProperty('silentFirst');
      expect(keysOf(out)).toEqual(['emergency:emergency', 'ask:carryOn:reask']);
      expect(d.state).toBe('emergency');
    },
  );

  it('someone who says they cannot speak gets the Silent Solution first', () => {
    const d = inEmergency();
    const out = d.send({ ...say("I can't talk he will hear me"), cannotSpeak: true });
    expect(out[0]).toMatchObject({ kind: 'emergency', form: 'repeat', silentFirst: true });
    expect(d.state).toBe('emergency');
  });

  it('an urgent message that says they cannot speak leads with the Silent Solution', () => {
    const d = new MachineDriver();
    const out = d.send({ ...urgent('hes in the house i cant talk'), cannotSpeak: true });
    expect(out[0]).toMatchObject({ kind: 'emergency', level: 'emergency', silentFirst: true });
    expect(out[0]).not.toHaveProperty('form');
  });

  it('a stale button, a topic question, help, an attachment or coming back keep the 999 lines in front too', () => {
    const d = inEmergency();
    for (const event of [choose('who', 'neighbour'), { type: 'user.topic' as const, topic: 'four' as const, at: AT }, command('help'), { type: 'user.unreadable' as const, reason: 'attachment' as const, at: AT }, join()]) {
      const out = d.send(event);
      expect(out[0], event.type).toMatchObject({ kind: 'emergency', form: 'repeat' });
      expect(keysOf(out).at(-1), event.type).toBe('ask:carryOn:reask');
      expect(d.state).toBe('emergency');
    }
    expect(d.context.answers.relationship).toBeUndefined();
  });

  it('a clear "they\'ve gone" acknowledges and resumes; a clear "yes" resumes', () => {
    const d = inEmergency();
    expect(keysOf(d.send(choose('carryOn', 'gone')))).toEqual(['say:emergency.afterUpdate', 'ask:who:ask']);
    d.send(urgent());
    expect(keysOf(d.send(choose('carryOn', 'yes')))).toEqual(['say:emergency.resuming', 'ask:who:ask']);
  });

  it('"they\'ve gone" is offered after an emergency, not after a crisis', () => {
    const d = inEmergency();
    expect(lastAsk(d.last.outputs)?.choices).toEqual(['yes', 'gone', 'no']);
    const c = new MachineDriver();
    c.send(join());
    const out = c.send(crisis());
    expect(lastAsk(out)?.choices).toEqual(['yes', 'no']);
    expect(c.send(say('i dont know'))[0]).toMatchObject({ kind: 'emergency', level: 'crisis', form: 'repeat' });
  });
});

describe('serious harm with no time given', () => {
  function atStory() {
    const d = new MachineDriver();
    d.send(join());
    d.send(choose('safety', 'safe'));
    return d;
  }

  it('says the 999 line (not emergency guidance) and asks whether it is happening now - never "let\'s keep going"', () => {
    const d = atStory();
    const out = d.send(harm('he attacked me', 'harm.attack'));
    expect(keysOf(out)).toEqual(['say:harm.lead', 'ask:harmCheck:ask']);
    expect(lastAsk(out)?.choices).toEqual(['now', 'soon', 'notNow', 'notSure']);
    expect(d.state).toBe('checkingHarm');
    expect(d.context.moments).toEqual([{ at: AT, level: 'harm', reason: 'harm.attack' }]);
  });

  it('"not now": acknowledged, their words kept as the story, and the flow resumes', () => {
    const d = atStory();
    d.send(harm('my ex tried to strangle me', 'harm.strangulation'));
    const out = d.send(choose('harmCheck', 'notNow'));
    expect(keysOf(out)).toEqual(['say:harm.notNow', 'ask:who:ask']);
    expect(d.context.answers.story).toBe('my ex tried to strangle me');
    expect(d.context.moments.at(-1)).toMatchObject({ level: 'harm', check: 'notNow' });
  });

  it('"happening now" or "could come back soon": full emergency guidance, as the danger button', () => {
    for (const check of ['now', 'soon'] as const) {
      const d = atStory();
      d.send(harm());
      const out = d.send(choose('harmCheck', check));
      expect(keysOf(out)).toEqual(['emergency:emergency', 'ask:carryOn:ask']);
      expect(d.context.moments.map((m) => m.level)).toEqual(['harm', 'emergency']);
      expect(recommendRoute(d.context).recommended).toBe('emergency');
    }
  });

  it('"not sure": the short 999 lines (not emergency guidance), then the interrupted question', () => {
    const d = atStory();
    d.send(choose('story', 'skip'));
    d.send(harm('he set fire to my car', 'harm.fire'));
    expect(keysOf(d.send(choose('harmCheck', 'notSure')))).toEqual(['say:emergency.brief', 'ask:who:ask']);
  });

  it('unclear replies: asked again once, then taken as "not sure"; a contradiction is clarified', () => {
    const d = atStory();
    d.send(harm());
    expect(keysOf(d.send({ ...say("yes he's gone"), mixed: true }))).toEqual(['ask:harmCheck:clarify']);
    // The harm words were told at the story question, so they are the story: the next question follows.
    expect(keysOf(d.send(say('hmm')))).toEqual(['say:emergency.brief', 'ask:who:ask']);
    expect(d.context.moments.at(-1)).toMatchObject({ check: 'notSure' });
  });

  it('urgent words at the harm check are the answer "now" (and the route is 999 first); crisis words are not', () => {
    const d = atStory();
    d.send(harm());
    const out = d.send(urgent("yes he's still here"));
    expect(out[0]).toMatchObject({ kind: 'emergency', level: 'emergency' });
    expect(d.context.moments[0]).toMatchObject({ level: 'harm', check: 'now' });
    expect(recommendRoute(d.context).recommended).toBe('emergency');
    const c = atStory();
    c.send(harm());
    c.send(crisis());
    expect(c.context.moments[0]).not.toHaveProperty('check');
    expect(c.context.moments[1]).toMatchObject({ level: 'crisis' });
  });

  it('serious harm from someone who cannot speak is an emergency: the Silent Solution first', () => {
    const d = atStory();
    const out = d.send({ ...harm('he attacked me i cant talk'), cannotSpeak: true });
    expect(out[0]).toMatchObject({ kind: 'emergency', level: 'emergency', silentFirst: true });
    expect(d.state).toBe('emergency');
  });

  it('non-fatal strangulation is HIGH RISK in the summary and the route: police, helpline and Paladin', () => {
    const d = atStory();
    d.send(harm('he tried to strangle me last year', 'harm.strangulation'));
    d.send(choose('harmCheck', 'notNow'));
    for (const q of ['who', 'what', 'since', 'howOften', 'riskConsent'] as const) d.send(choose(q, 'skip'));
    d.send(choose('evidence', 'no'));
    d.send(choose('police', 'notReported'));
    const out = d.send(choose('moreTopics', 'moveOn'));
    expect(keysOf(out)).toContain('recommend:policeAndHelpline');
    expect(keysOf(out)).toContain('extra:paladin');
    expect(buildSummary(d.context).highRisk).toEqual(['strangulation']);
  });

  it('a threat to kill told in a typed answer is HIGH RISK too, and confirms the threats question', () => {
    const d = atStory();
    d.send(choose('story', 'skip'));
    d.send({ ...choose('who', 'exPartner'), safety: { level: 'risk', rule: 'risk.threatToKill' } });
    expect(d.context.riskRules).toEqual(['risk.threatToKill']);
    expect(buildSummary(d.context).highRisk).toEqual(['threatToKill']);
    expect(recommendRoute(d.context)).toEqual({ recommended: 'policeAndHelpline', extras: ['paladin', 'domesticAbuse'] });
    for (const q of ['what', 'since', 'howOften'] as const) d.send(choose(q, 'skip'));
    d.send(choose('riskConsent', 'yes'));
    const out = d.send(choose('risk.frightened', 'no'));
    expect(keysOf(out)).toEqual(['ask:risk.threats:confirm']);
  });

  it('a first message about serious harm: the 999 line before the welcome; "not now" then welcomes and keeps the story', () => {
    const d = new MachineDriver();
    expect(keysOf(d.send(harm('he tried to strangle me yesterday')))).toEqual(['say:harm.lead', 'ask:harmCheck:ask']);
    const out = keysOf(d.send(choose('harmCheck', 'notNow')));
    expect(out).toEqual(['say:harm.notNow', 'say:welcome.intro', 'say:welcome.danger', 'say:welcome.privacy', 'say:welcome.howToLeave', 'say:story.thanksEarly', 'ask:safety:ask']);
    expect(d.context.answers.story).toBe('he tried to strangle me yesterday');
  });
});

describe('skipping and going back', () => {
  it('every question can be skipped all the way to the summary', () => {
    const d = new MachineDriver();
    d.send(join());
    d.send(choose('safety', 'notSure'));
    for (const q of ['story', 'who', 'what', 'since', 'howOften', 'riskConsent', 'evidence', 'police'] as const) {
      d.send(choose(q, 'skip'));
    }
    expect(d.state).toContain('askingMoreTopics');
    d.send(choose('moreTopics', 'moveOn'));
    expect(d.state).toContain('askingOptions');
    d.send(choose('options', 'notSure'));
    expect(d.state).toContain('askingSummaryReview');
  });

  it('risk questions can each be skipped', () => {
    const d = new MachineDriver();
    walkToSummary(d, 'skip');
    expect(Object.values(d.context.answers.risk).every((a) => a.status === 'skipped')).toBe(true);
  });

  it('"back" returns to the previous question', () => {
    const d = new MachineDriver();
    d.send(join());
    d.send(choose('safety', 'safe'));
    d.send(choose('story', 'skip'));
    d.send(choose('who', 'neighbour'));
    expect(keysOf(d.send(command('back')))).toEqual(['ask:who:ask']);
    expect(keysOf(d.send(command('back')))).toEqual(['ask:story:ask']);
  });

  it('"back" at the first question says so and asks it again', () => {
    const d = new MachineDriver();
    d.send(join());
    expect(keysOf(d.send(command('back')))).toEqual(['say:back.atStart', 'ask:safety:ask']);
  });

  it('a button from an earlier question is not applied to the current one', () => {
    const d = new MachineDriver();
    d.send(join());
    d.send(choose('safety', 'safe'));
    d.send(choose('story', 'skip'));
    expect(keysOf(d.send(choose('safety', 'notSafe')))).toEqual(['say:common.staleChoice', 'ask:who:ask']);
    expect(d.context.moments).toEqual([]);
  });

  it('a choice the question does not offer is refused and the question asked again', () => {
    const d = new MachineDriver();
    d.send(join());
    expect(keysOf(d.send(choose('safety', 'banana')))).toEqual(['say:common.notAnOption', 'ask:safety:ask']);
  });
});

describe('explain, options, summary and consent', () => {
  it('explains FOUR and, for online behaviour, cyber-stalking; offers the rest as a list; then recommends a route', () => {
    const d = new MachineDriver();
    d.send(join());
    d.send(choose('safety', 'safe'));
    d.send(choose('story', 'skip'));
    d.send(choose('who', 'exPartner'));
    d.send(choose('what', ['messages', 'socialMedia']));
    d.send(choose('since', 'fewMonths'));
    d.send(choose('howOften', 'daily'));
    d.send(choose('riskConsent', 'skip'));
    d.send(choose('evidence', 'yes'));
    const out = d.send(choose('police', 'notReported'));
    expect(keysOf(out)).toEqual(['topic:four', 'topic:cyberStalking', 'ask:moreTopics:ask']);
    // The list offers what was not explained yet, and a way to move on.
    expect(lastAsk(out)?.choices).toEqual(['onlineThreats', 'tracking', 'evidence', 'deviceSafety', 'safetyPlanning', 'reporting', 'moveOn']);
    const next = keysOf(d.send(choose('moreTopics', 'moveOn')));
    expect(next).toContain('recommend:helpline');
    expect(next).toContain('extra:domesticAbuse');
    expect(next.at(-1)).toBe('ask:options:ask');
  });

  it('high-risk answers recommend the police and the helpline, with Paladin', () => {
    const d = new MachineDriver();
    d.send(join());
    d.send(choose('safety', 'safe'));
    d.send(choose('story', 'skip'));
    for (const [q, c] of [['who', 'stranger'], ['what', 'following'], ['since', 'thisMonth'], ['howOften', 'daily'], ['riskConsent', 'yes']] as const) {
      d.send(choose(q, c));
    }
    d.send(choose('risk.frightened', 'yes'));
    d.send(choose('risk.threats', 'no'));
    for (const f of ['propertyDamage', 'violence', 'loitering', 'othersInvolved', 'escalating']) d.send(choose(`risk.${f}` as never, 'no'));
    // Nothing kept: it's OK, they can still report (said at once, not among the explanations later).
    expect(keysOf(d.send(choose('evidence', 'no')))).toEqual(['topic:nothingKept', 'ask:police:ask']);
    const out = keysOf(d.send(choose('police', 'reported')));
    expect(out).toEqual(['ask:crimeRef:ask']);
    // Reported, in person, nothing kept: what stalking is, then a safety plan.
    expect(keysOf(d.send(say('AB/12345/26')))).toEqual(['topic:four', 'topic:safetyPlanning', 'ask:moreTopics:ask']);
    const after = keysOf(d.send(choose('moreTopics', 'moveOn')));
    expect(after).toContain('recommend:policeAndHelpline');
    expect(after).toContain('extra:paladin');
    expect(d.context.answers.crimeRef).toBe('AB/12345/26');
  });

  it('shows the summary for review; a corrected line replaces the answer and a removed line is gone', () => {
    const d = new MachineDriver();
    const out = walkToSummary(d);
    const summary = out.find((o) => o.kind === 'summary');
    expect(summary).toMatchObject({ purpose: 'review' });
    expect(keysOf(d.send(choose('summaryReview', 'change')))).toEqual(['ask:summaryLine:ask']);
    d.send(choose('summaryLine', 'relationship'));
    d.send(choose('lineAction', 'change'));
    const back = d.send(choose('who', 'neighbour'));
    expect(keysOf(back)[0]).toBe('summary:review');
    d.send(choose('summaryReview', 'change'));
    d.send(choose('summaryLine', 'story'));
    d.send(choose('lineAction', 'remove'));
    d.send(choose('summaryReview', 'looksRight'));
    d.send(choose('consent', 'share'));
    // The conversation still holds the removed words: said before they choose whether to share it.
    expect(keysOf(d.send(say('text me after 6pm')))).toEqual(['say:questions.shareTranscript.removedNote', 'ask:shareTranscript:ask']);
    const shared = d.send(choose('shareTranscript', 'no'));
    const handoff = shared.find((o) => o.kind === 'handoff');
    expect(handoff).toBeDefined();
    if (handoff?.kind !== 'handoff') throw new Error('no handoff');
    const ids = handoff.summary.lines.map((l) => l.id);
    expect(ids).not.toContain('story');
    expect(handoff.summary.lines.find((l) => l.id === 'relationship')).toMatchObject({ answer: { value: 'neighbour' } });
    expect(handoff.summary.contactSafe).toBe('text me after 6pm');
    expect(JSON.stringify(handoff)).not.toContain('texting me');
    expect(handoff.includeTranscript).toBe(false);
    // Staff are not told that something was removed.
    expect(JSON.stringify(handoff)).not.toMatch(/removed/i);
    expect(keysOf(shared)).toEqual(['handoff', 'say:handoff.sent', 'say:handoff.urgent', 'nextSteps', 'say:end.numbers', 'say:end.safetyTip', 'ask:afterEnd:ask']);
  });

  it('with nothing removed from the summary, sharing the conversation is asked without the note', () => {
    const d = new MachineDriver();
    walkToSummary(d);
    d.send(choose('summaryReview', 'change'));
    d.send(choose('summaryLine', 'relationship'));
    d.send(choose('lineAction', 'change'));
    d.send(choose('who', 'neighbour'));
    d.send(choose('summaryReview', 'looksRight'));
    d.send(choose('consent', 'share'));
    expect(keysOf(d.send(say('text me after 6pm')))).toEqual(['ask:shareTranscript:ask']);
  });

  it('"keep" shows the summary to read out and shares nothing', () => {
    const d = new MachineDriver();
    walkToSummary(d);
    d.send(choose('summaryReview', 'looksRight'));
    const out = d.send(choose('consent', 'keep'));
    expect(keysOf(out)).toContain('summary:keep');
    expect(out.some((o) => o.kind === 'handoff')).toBe(false);
  });

  it('"delete" deletes the data, shares nothing and ends the conversation', () => {
    const d = new MachineDriver();
    walkToSummary(d);
    d.send(choose('summaryReview', 'looksRight'));
    const out = d.send(choose('consent', 'delete'));
    expect(keysOf(out)).toEqual(['deleteData', 'say:consent.deleted']);
    expect(d.last.done).toBe(true);
  });

  it('"talk to a person" jumps to the summary with what is known', () => {
    const d = new MachineDriver();
    d.send(join());
    d.send(choose('safety', 'safe'));
    d.send(choose('story', 'skip'));
    d.send(choose('who', 'family'));
    const out = keysOf(d.send(command('person')));
    expect(out).toEqual(['say:person.intro', 'summary:review', 'ask:summaryReview:ask']);
  });
});

describe('persisted snapshots', () => {
  it('carry the machine version', () => {
    const result = runTurn(undefined, [join()]);
    expect(result.persisted.machineVersion).toBe(MACHINE_VERSION);
  });

  it('an older or unreadable snapshot restarts politely instead of crashing', () => {
    const old = { machineVersion: MACHINE_VERSION - 1, snapshot: { value: 'gone' } };
    const result = runTurn(old, [join()]);
    expect(result.restarted).toBe(true);
    expect(keysOf(result.outputs)[0]).toBe('say:welcome.intro');
    const garbage = runTurn({ machineVersion: MACHINE_VERSION, snapshot: { status: 'active', value: { nowhere: 'x' }, context: {} } }, [join()]);
    expect(garbage.restarted).toBe(true);
    expect(keysOf(garbage.outputs)[0]).toBe('say:welcome.intro');
  });
});
