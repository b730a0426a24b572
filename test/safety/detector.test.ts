import { describe, expect, it } from 'vitest';
import { SAFETY_LEVELS, type SafetyLevel, type SafetyVerdict } from '../../dialogs/facts';
import { LEARNED_SIGNALS, detectSafety, detectSafetyAll, explainSafety, safetyRules, warmUpSafetyInBackground } from '../../src/safety';
import { runRules } from '../../src/safety/engine';
import { packFor } from '../../src/safety/rules';
import { CORPUS, type LabelledMessage } from './corpus.en-GB';
import { HELD_OUT } from './heldout.en-GB';
import { NAMED_VERDICTS } from '../support/detectors';

const RANK: Record<SafetyLevel, number> = { emergency: 0, crisis: 1, harm: 2, risk: 3, none: 4 };

function explain(m: LabelledMessage): string {
  const got = explainSafety(m.text).map((x) => `${x.rule} <- "${x.match}"`);
  return `[${m.label}] ${JSON.stringify(m.text)} -> ${got.length ? got.join('; ') : 'none'}`;
}

const byLabel = (label: SafetyLevel) => CORPUS.filter((m) => m.label === label);
const pct = (n: number, d: number) => (d === 0 ? 'n/a' : `${((100 * n) / d).toFixed(1)}%`);

describe('safety corpus (en-GB)', () => {
  it('has at least 170 labelled messages covering every level', () => {
    expect(CORPUS.length).toBeGreaterThanOrEqual(170);
    for (const level of SAFETY_LEVELS) expect(byLabel(level).length).toBeGreaterThan(0);
    const texts = CORPUS.map((m) => m.text.toLowerCase());
    expect(new Set(texts).size).toBe(texts.length);
  });

  it('flags every emergency message as emergency and every crisis message as crisis or higher', () => {
    const emergency = byLabel('emergency');
    const crisis = byLabel('crisis');
    const missedEmergency = emergency.filter((m) => detectSafety(m.text).level !== 'emergency');
    const missedCrisis = crisis.filter((m) => RANK[detectSafety(m.text).level] > RANK.crisis);
    const risk = byLabel('risk');
    const riskFound = risk.filter((m) => detectSafety(m.text).level !== 'none');
    const none = byLabel('none');
    const noneAlarmed = none.filter((m) => RANK[detectSafety(m.text).level] <= RANK.crisis);
    const noneRisk = none.filter((m) => detectSafety(m.text).level === 'risk');
    const exact = CORPUS.filter((m) => detectSafety(m.text).level === m.label);

    console.log(
      [
        `safety corpus: ${CORPUS.length} messages (emergency ${emergency.length}, crisis ${crisis.length}, risk ${risk.length}, none ${none.length})`,
        `  emergency recall: ${pct(emergency.length - missedEmergency.length, emergency.length)}`,
        `  crisis recall (crisis or emergency): ${pct(crisis.length - missedCrisis.length, crisis.length)}`,
        `  risk flagged (any level): ${pct(riskFound.length, risk.length)}`,
        `  false alarms on none (emergency/crisis): ${noneAlarmed.length}/${none.length} = ${pct(noneAlarmed.length, none.length)}`,
        `  none flagged risk: ${noneRisk.length}/${none.length} = ${pct(noneRisk.length, none.length)}`,
        `  exact level agreement: ${pct(exact.length, CORPUS.length)}`,
      ].join('\n'),
    );

    expect(missedEmergency.map(explain)).toEqual([]);
    expect(missedCrisis.map(explain)).toEqual([]);
  }, 120_000);

  it('gives the conversation tests\' example messages the verdicts they rely on', () => {
    for (const [text, verdict] of Object.entries(NAMED_VERDICTS)) expect(detectSafety(text), text).toEqual(verdict);
  });

  it('gives serious harm with no time the harm check (or emergency guidance), never less', () => {
    const missed = byLabel('harm').filter((m) => RANK[detectSafety(m.text).level] > RANK.harm);
    expect(missed.map(explain)).toEqual([]);
  });

  it('raises at most 3% false emergency/crisis alarms on none messages', () => {
    const none = byLabel('none');
    const alarmed = none.filter((m) => RANK[detectSafety(m.text).level] <= RANK.crisis);
    expect(alarmed.length / none.length, alarmed.map(explain).join('\n')).toBeLessThanOrEqual(0.03);
  });

  it('flags risk messages (at some level)', () => {
    const missed = byLabel('risk').filter((m) => detectSafety(m.text).level === 'none');
    expect(missed.map(explain)).toEqual([]);
  });
});

describe('verdicts and rules', () => {
  it('names the rule that fired for every verdict above none, and the rule exists', () => {
    const ids = new Set<string>([...safetyRules().map((r) => r.id), ...LEARNED_SIGNALS]);
    for (const m of CORPUS) {
      const v = detectSafety(m.text);
      if (v.level === 'none') {
        expect(v.rule).toBeUndefined();
        continue;
      }
      expect(v.rule, m.text).toBeTypeOf('string');
      expect(ids.has(v.rule as string), `${v.rule} for ${m.text}`).toBe(true);
      expect(v.rule?.startsWith(`${v.level}.`), `${v.rule} has level ${v.level}`).toBe(true);
    }
  });

  it('every rule has a unique <level>.<camelCase> id, a one-line rationale, patterns and sane regexes', () => {
    const rules = safetyRules();
    expect(rules.length).toBeGreaterThan(10);
    const ids = rules.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const r of rules) {
      expect(r.id).toMatch(/^(emergency|crisis|harm|risk)\.[a-z][A-Za-z]+$/);
      expect(r.id.split('.')[0]).toBe(r.level);
      expect(r.rationale.trim().length, r.id).toBeGreaterThan(15);
      expect(r.rationale, r.id).not.toMatch(/\n/);
      expect(r.patterns.length, r.id).toBeGreaterThan(0);
      for (const p of r.patterns) {
        expect(p.global, `${r.id} ${p.source}`).toBe(true);
        expect(p.test(''), `${r.id} matches empty text: ${p.source}`).toBe(false);
        p.lastIndex = 0;
      }
      for (const u of [...(r.unlessBefore ?? []), ...(r.unlessAfter ?? [])]) {
        expect(u.global, `${r.id} unless regex must not be global (stateful test): ${u.source}`).toBe(false);
      }
    }
  });

  it('detectSafetyAll lists every rule that fired, highest level first; detectSafety returns the first', () => {
    const text = "He's outside with a knife and I just want to die";
    const all = detectSafetyAll(text);
    const levels = all.map((v) => v.level);
    expect(levels).toContain('emergency');
    expect(levels).toContain('crisis');
    expect([...levels].sort((a, b) => RANK[a] - RANK[b])).toEqual(levels);
    expect(detectSafety(text)).toEqual({ ...all[0], alsoCrisis: true });
    expect(new Set(all.map((v) => v.rule)).size).toBe(all.length);
  });

  it('returns none for empty, blank, odd and non-string input without throwing', () => {
    for (const odd of ['', ' ', '\n\n', '🙂🙂', '....', '\u0000\u0001', '\uD800', 'a'.repeat(100_000)]) {
      expect(detectSafety(odd)).toEqual({ level: 'none' });
    }
    expect(detectSafety(undefined as unknown as string)).toEqual({ level: 'none' });
    expect(detectSafety(null as unknown as string)).toEqual({ level: 'none' });
    expect(detectSafety(42 as unknown as string)).toEqual({ level: 'none' });
    expect(detectSafetyAll({} as unknown as string)).toEqual([]);
  });

  it('uses en-GB for an unknown or other English locale', () => {
    expect(detectSafety("he's outside my door", 'en-US').level).toBe('emergency');
    expect(detectSafety("he's outside my door", 'xx-YY').level).toBe('emergency');
    expect(detectSafety("he's outside my door", '').level).toBe('emergency');
  });

  it('catches an emergency phrase near the end of the first 4000 characters, and at the very end', () => {
    const filler = 'He keeps sending me messages and I have blocked him on everything. '.repeat(80);
    const inside = `${filler.slice(0, 3900)}. He's outside my door now.`;
    expect(inside.length).toBeLessThanOrEqual(4000);
    expect(detectSafety(inside).level).toBe('emergency');
    const atEnd = `${filler.repeat(3)} Help, he's at my door right now.`;
    expect(atEnd.length).toBeGreaterThan(10_000);
    expect(detectSafety(atEnd).level).toBe('emergency');
  });
});

/**
 * Held-out checks: wording deliberately NOT in the corpus (test/safety/heldout.en-GB.ts), to show
 * the rules generalise rather than memorise.
 */
describe('held-out wording (not in the corpus)', () => {
  it('no corpus sentence is reused as a held-out case', () => {
    const corpus = new Set(CORPUS.map((m) => m.text.toLowerCase()));
    for (const batch of HELD_OUT) for (const [text] of batch.cases) expect(corpus.has(text.toLowerCase()), text).toBe(false);
  });

  const pack = packFor('en-GB');
  const ruleLevel = (text: string): SafetyLevel => {
    const [top] = runRules(text, pack).sort((a, b) => RANK[a.level] - RANK[b.level]);
    return top?.level ?? 'none';
  };
  for (const batch of HELD_OUT) {
    it(`${batch.name}: ${batch.cases.length} messages at their level by the rules (first pass before fixes: ${batch.firstPass})`, () => {
      const wrong: string[] = [];
      for (const [text, level] of batch.cases) {
        const got = ruleLevel(text);
        // The rules are exact: a held-out "none" may come back as risk or the harm check, never as an
        // alarm; crisis may come back higher; the learned signal may only add to them.
        const ok =
          level === 'none' ? RANK[got] >= RANK.harm : level === 'crisis' ? RANK[got] <= RANK.crisis : got === level;
        if (!ok) wrong.push(explain({ text, label: level }));
        if (RANK[detectSafety(text).level] > RANK[got]) wrong.push(`the learned signal lowered ${explain({ text, label: level })}`);
      }
      expect(wrong).toEqual([]);
    });
  }

  it('with the learned signal, at most 3% of all held-out "none" messages raise an alarm', () => {
    const none = HELD_OUT.flatMap((b) => b.cases.filter(([, level]) => level === 'none').map(([text]) => text));
    const alarmed = none.filter((text) => RANK[detectSafety(text).level] <= RANK.crisis);
    expect(alarmed.length / none.length, alarmed.join('\n')).toBeLessThanOrEqual(0.03);
  });
});

/** A group of messages, each with the level the detector gives it. */
function describeLevels(title: string, cases: readonly (readonly [string, SafetyLevel])[]): void {
  describe(title, () => itGivesLevels(cases));
}

/** One test per message: the detector gives it this level (the first may pay the patterns' warm-up). */
function itGivesLevels(cases: readonly (readonly [string, SafetyLevel])[]): void {
  for (const [text, level] of cases) {
    it(`${JSON.stringify(text)} -> ${level}`, () => {
      expect(detectSafety(text).level, explain({ text, label: level })).toBe(level);
    }, 120_000);
  }
}

/** One test per message: the rule is among those that fired (`true`) or is not (`false`). */
function describeRules(title: string, cases: readonly (readonly [text: string, rule: string, fires: boolean])[]): void {
  describe(title, () => {
    for (const [text, rule, fires] of cases) {
      it(`${JSON.stringify(text)} ${fires ? 'reads' : 'does not read'} ${rule}`, () => {
        const rules = explainSafety(text).map((m) => m.rule);
        if (fires) expect(rules).toContain(rule);
        else expect(rules).not.toContain(rule);
      }, 120_000);
    }
  });
}

/** One test per message: the verdict the person gets has these fields (the level, and `alsoCrisis` for both guidances). */
function describeVerdicts(title: string, cases: readonly (readonly [text: string, verdict: Partial<SafetyVerdict>])[]): void {
  describe(title, () => {
    for (const [text, verdict] of cases) {
      it(`${JSON.stringify(text)} -> ${JSON.stringify(verdict)}`, () => {
        expect(detectSafety(text)).toMatchObject(verdict);
      }, 120_000);
    }
  });
}

/** A kind drawn from a blind batch: the messages it must now read (verdicts), then its near misses (the rule stays quiet). */
/** An adversarial review: a helper's messages for each kind and its look-alikes, true where they must read as an emergency. */
function describeReview(title: string, rows: readonly (readonly [text: string, emergency: boolean])[]): void {
  describe(title, () => {
    it.each(rows)('%s -> emergency: %s', (text, emergency) => {
      expect(detectSafety(text).level === 'emergency').toBe(emergency);
    });
  });
}

function describeKind(
  title: string,
  reads: readonly (readonly [text: string, verdict: Partial<SafetyVerdict>])[],
  nearMisses: readonly (readonly [text: string, rule: string, fires: boolean])[],
): void {
  describeVerdicts(title, reads);
  describeRules(`${title}: near misses`, nearMisses);
}

/**
 * The `habitualAspect` guard: "keeps", "always", "has been ...-ing" describe a pattern (risk), unless
 * a now-marker or a duration in minutes or hours says it is happening now (emergency).
 */
describeLevels('pattern wording vs happening now', [
  // the match itself is worded as a pattern
  ['he keeps following me', 'risk'],
  ['they keep following me home', 'risk'],
  ["he's been watching my house", 'risk'],
  ['he has been following me for months now', 'risk'],
  // a now-marker right after, further on through "and", or before
  ['he keeps following me now', 'emergency'],
  ['right now he keeps following me', 'emergency'],
  ['he has been watching my house and he is still there', 'emergency'],
  // ...but not across "but", and a "now" further on is not about the match
  ["he's been watching my house but he's gone now", 'risk'],
  ['he keeps following me what do i do now', 'risk'],
  // a duration in minutes or hours, or since a time today
  ['he has been following me for 20 minutes', 'emergency'],
  ["he's been watching my house for the last hour", 'emergency'],
  ['he has been watching my house since 8pm', 'emergency'],
  ["he's been outside my house since I got home", 'emergency'],
  ["he's been following me since I left him", 'risk'],
  // a one-sitting verb after "has been" is about now
  ["he's been standing outside my door", 'emergency'],
  // the pattern word is in a relative clause: the main verb is about now
  ["the man who's been stalking me is across the street", 'emergency'],
  ['the man who keeps following me is outside my house', 'emergency'],
  // someone at the door is there now, "keeps" or not; "every night" makes it a pattern
  ['he keeps knocking on my door', 'emergency'],
  ['he keeps ringing my doorbell', 'emergency'],
  ['he keeps ringing my doorbell every night', 'risk'],
]);

/**
 * Kinds the first runs of blind batches 34-37 missed, each said in words no batch used (the
 * batches themselves are kept as regression tests over HTTP), with their near misses.
 */
describeLevels('kinds from blind batches 34-37, in other words', [
  ['i cant speak she is listening', 'emergency'],
  ['cant talk hes in the next room', 'emergency'],
  ["we've wedged a chair under the handle", 'emergency'],
  ['ive barricaded myself in the bathroom', 'emergency'],
  ['I barricaded the door last year when he was drunk', 'none'],
  ['I put the bed against the wall', 'none'],
  ["im in his car and he wont say where were going", 'emergency'],
  ['I am in a car with my mum', 'none'],
  ['help she has found me', 'emergency'],
  ['help my ex has found me on facebook', 'risk'],
  ['he said hed batter me if i went back and im going back in like half an hour', 'emergency'],
  ['she messaged me saying say goodbye to your kids', 'emergency'],
  ['planning on necking all my nans painkillers tonight', 'crisis'],
  ['the cuts on my thighs are mine', 'crisis'],
  ['the bruises on my arms are from him', 'none'],
  ['been walking up to the railway bridge most nights and standing there longer and longer', 'crisis'],
  ['i have written a letter. tonight', 'crisis'],
  ['I left a note for the postman', 'none'],
  ['my dad is knocking on 80 and still drives', 'none'],
  ['looking after my mum is killing me', 'none'],
  ['he is not outside, i have checked. just the texts', 'none'],
  // batch 37's kinds
  ['they posted a photo of my front door saying see you at 10', 'emergency'],
  ['my mate sent me a pic of my house from the estate agent listing, viewing at 3pm', 'none'],
  ['he messaged me "on my way round" about ten minutes ago', 'emergency'],
  ['text from an unknown number: ill be outside your gym tonight', 'emergency'],
  ['she says shell post the video tonight if i dont send money', 'emergency'],
  ['he shared my nudes last year', 'risk'],
  ['rope is all sorted in the loft', 'crisis'],
  ['how much paracetamol would kill you', 'crisis'],
]);

describeLevels('kinds from blind batches 38-39, in other words', [
  // a threat with "within the hour" / "in the next N minutes"
  ['he says if i dont answer in the next 20 mins hes coming to smash my face in', 'emergency'],
  ['unless i pay up within the hour they will hurt my brother', 'emergency'],
  ['he always answers within the hour of me posting anything', 'none'],
  // a forceful act on someone close, with a time
  ['she said her cousins are gonna deck my dad tonight', 'emergency'],
  ['im going to do my mums hair tonight', 'none'],
  // the writer to be attacked, with a time
  ['im getting stabbed when i leave work tonight, they told me', 'emergency'],
  ['they jumped the queue at the post office today', 'none'],
  // a fire taking hold now
  ['somebody lit the bins and the flames have caught the hedge', 'emergency'],
  ['the rumours are spreading to my new job', 'none'],
  // someone somewhere named, with "now", and no verb
  ['some bloke by the main entrance right now', 'emergency'],
  ['he was in my street yesterday', 'none'],
  // not safe from oneself is crisis, not emergency
  ['honestly not safe around myself tonight', 'crisis'],
]);

describeLevels('kinds from blind batches 40-41, in other words', [
  // a deliberate crash is self-harm
  ['been wanting to wrap my car round a tree on purpose tbh', 'crisis'],
  ['keep thinking id just steer into the oncoming traffic on the a1', 'crisis'],
  ['he crashed the car on purpose with me in it back in 2019', 'none'],
  // text speak "b" for "be", with a place and a time
  ['"will b at the end of ur road in 10" is what he sent', 'emergency'],
  ['plan b is moving back to my mums', 'none'],
  // their message says they are minutes away
  ['she texted me "nearly at yours" and i never told her where i live now', 'emergency'],
  ['he sent a voice note saying he is literally 2 minutes away', 'emergency'],
  // a name or a post seen online is not the person here
  ['i just saw her new profile on facebook and felt sick', 'none'],
  ['i just saw his car at the end of my road', 'emergency'],
]);

describeLevels('the learned signal does not read the writer calling it harmless', [
  ['honestly its only a nuisance, the lads on the estate ringing my bell and legging it', 'none'],
  ['she is not violent, she just will not leave me alone on whatsapp', 'none'],
  // ...but still reads every other sentence
  ["I don't want to get him in trouble. someone keeps shining a torch into my bedroom window from the garden rn", 'emergency'],
]);

describeLevels('kinds from blind batches 42-43, in other words', [
  // not wanting to be alive, said as "rather not" or hoping not to wake
  ['id sooner not exist than go back to school monday', 'crisis'],
  ['honestly hoping i dont wake up tomorrow', 'crisis'],
  ['id rather not be at home when he collects the kids', 'none'],
  // weariness said with "I'm fine" is tiredness
  ['im alright, just really tired of everything', 'none'],
  // a child told to meet someone within hours
  ['my 13 year old just showed me a guy on roblox asking her to come and meet him at the shops tonight', 'emergency'],
  ['my son asked his dad to meet him at the match next saturday', 'none'],
  // a threat to kill said as not waking up
  ['her new message says the kids wont see the morning', 'emergency'],
  ['he said he would make sure none of you wakes up', 'emergency'],
  // a menacing gesture only someone there can make
  ['the guy on the bus opposite just drew a finger across his throat at me', 'emergency'],
  ['last year he mouthed i love you at me in court', 'none'],
  // attacked today, and with them again within hours
  ['he choked me at breakfast and hes due back home at 5', 'emergency'],
  ['he hit me years ago, im going home at 6', 'risk'],
]);

describeLevels('kinds from blind batches 44-45, in other words', [
  // a count in figures, a person "from" somewhere
  ['theres 2 blokes in hoodies stood outside my gate', 'emergency'],
  ['the lad from the gym is at my front door', 'emergency'],
  ['a couple of lads outside my flat right now', 'emergency'],
  ['the man from next door was at the door last week', 'none'],
  // a picture of a child's place, said with a clock time
  ['she sent a picture of my sons nursery and said see you at 12', 'emergency'],
  // someone else leaving notes is not a farewell
  ['she keeps leaving notes', 'none'],
  ['ive written letters for my kids', 'crisis'],
  // a denied act is not a threat, calm and "fine" sentences are not read by the learned signal
  ['nobody has threatened me today, its just the calls', 'none'],
  ['he moved to leeds and its gone quiet now', 'none'],
  ['im ok, just worried im making a fuss over nothing', 'none'],
  // a blow heard, then silence (not a calm sentence)
  ['heard a massive bang next door and now its gone silent, he had been shouting at her all night', 'emergency'],
  ['the music next door went quiet at last', 'none'],
]);

describeLevels('kinds from blind batches 46-47, in other words', [
  // seen on a platform is not seen here
  ['i just saw her come up in my suggestions on insta and my stomach dropped', 'none'],
  ['just seen him across the road from my flat', 'emergency'],
  // talk about the chat itself
  ['on a night shift so sorry for the slow replies', 'none'],
]);

describeLevels('kinds from blind batches 48-49, in other words', [
  // the person named by what they have done, at length, then where they are now
  ['the woman who has been sending me letters every week is sat in a car across the road', 'emergency'],
  ['the man who used to live upstairs is moving back in next month', 'none'],
  // out of a car said before
  ['van outside again, hes getting out now', 'emergency'],
  ['hes getting out of prison in march', 'none'],
  // gas let out by someone
  ['hes let the gas out of the cooker and shut me in the kitchen', 'emergency'],
  ['she has turned all the gas rings on and locked the back door', 'emergency'],
  ['i left the gas on by mistake last week', 'none'],
  // not living through the night, told to them (later: a threat to kill)
  ['my ex told me i wont make it through the night', 'emergency'],
  ['she texted you wont live to see christmas', 'risk'],
  // a device at home hears or sees someone there now
  ['the cctv is picking up someone in my back garden', 'emergency'],
  ['my doorbell camera picked up a man at 3am last night', 'none'],
  // at a drop, a train line or water, with despair anywhere in the message
  ['im down by the canal and i cant go on', 'crisis'],
  ['i had a lovely walk by the canal', 'none'],
  // who will have their pets, arranged
  ['ive decided who will look after the cats', 'crisis'],
  ['we sorted who gets the cat when we split', 'none'],
  // a film or programme told about is not here; the writer coming back is not someone coming
  ['watched a documentary about a man who breaks into houses, cant sleep now', 'none'],
  ['phone about to die ill come back to this', 'none'],
  ['hes coming round later', 'emergency'],
]);

describeLevels('kinds from blind batch 50, in other words', [
  // the far edge of their own ground; "a van's been" is "a van has been"
  ["a van's been sat at the end of our lane since it got dark", 'emergency'],
  ['we live at the end of our lane', 'none'],
  // medication kept back instead of taken
  ['ive been putting my tablets aside for weeks now instead of taking them', 'crisis'],
  ['i put my tablets back in the box', 'none'],
  // "rammed" is crowded unless something was hit
  ['the bus was rammed this morning', 'none'],
  ['he rammed into us on the roundabout just now', 'emergency'],
  // the writer coming back is not someone coming
  ['busy tonight so ill come back to this tomorrow', 'none'],
  ['got to cook tea tonight so ill come back to this later', 'none'],
  ['tonight hes coming back', 'emergency'],
]);

describeLevels('kinds from blind batch 51, in other words', [
  // a vehicle or a person said without a verb, as a clause of its own; near misses: seen before, a habit
  ['her van outside. lights on', 'emergency'],
  ['him outside my flat again', 'emergency'],
  ['i saw his car outside last week', 'none'],
  ['his car outside my house every night', 'none'],
  // an engine running in a vehicle named anywhere in the message; near misses: the writer's own car, a night before
  ['theres a van across the road, been there ages, engine still running', 'emergency'],
  ['my car engine is running rough', 'none'],
  ['last night he sat outside in his car with the engine running for an hour', 'none'],
  // going past again and again just now; near misses: over a month, calls
  ['she has walked past my window five times in the last 20 minutes', 'emergency'],
  ['he drove past 4 times in the last month', 'none'],
  ["he's rung 4 times in the last hour", 'none'],
  // "coming for what's his", just posted
  ['he just texted hes coming for whats his', 'emergency'],
  // the question "is there a way" is not someone there; a word after "I am" is not a name
  ['im blind is there a way to use this with a screen reader', 'none'],
  ['jake is there now', 'emergency'],
]);

describeLevels('kinds from blind batch 52, in other words', [
  // on the road now, a vehicle behind them, whatever follows ("every time I change lanes"); near miss: a habit
  ["i'm driving home on the a road and a white van has been behind me since the roundabout every time i turn he turns", 'emergency'],
  ['he drove behind me once last year', 'none'],
  // not living much longer, said by the writer with no subject; near miss: someone else
  ['not going to be around much longer anyway so whatever', 'crisis'],
  ['shes not going to be around much longer', 'none'],
]);

// read as self-harm (the crisis support is given, with the 999 line when a weapon is also read)
describeRules('kinds from blind batch 52: a blade of their own, shaking or relapsing', [
  ['sat on the bathroom floor with a razor and my hands are shaking, havent done it since uni', 'crisis.selfHarm', true],
  ['sat in my halls room with a blade and my hands are shaking', 'crisis.selfHarm', true],
  ['sat in my room with a razor doing my art homework', 'crisis.selfHarm', false],
]);

describeLevels('kinds from blind batch 53, in other words', [
  // a gate said with which gate it is; near misses: a gate of the past, their own gate
  ['my ex is at my back gate right now', 'emergency'],
  ['a man is stood at our garden gate and wont go', 'emergency'],
  ['he used to wait at my back gate every night', 'none'],
  ['I painted my front gate last summer', 'none'],
  // "do (someone close) over" is to beat them up; near misses: over the phone, over for dinner
  ['his mates are gonna do my brother over tonight', 'emergency'],
  ["I'll do my dad over the phone", 'none'],
  // "the last message" of theirs, told as when it came, is not a farewell; near miss: the writer's own last message
  ['The last message was on Monday. Nothing since.', 'none'],
  ['the last message he sent said sorry', 'none'],
  ['this is the last message anyone will get from me', 'crisis'],
]);

describeLevels('kinds from blind batch 54, in other words', [
  // by water and wanting to go in or jump (the rule leaves "want to go in for a swim" alone)
  ['stood on the bank of the river thinking about jumping', 'crisis'],
  // leaving the chat to come back later is not someone coming; near miss: someone coming back later
  ["sorry got to go, will come back to this later", 'none'],
  ['he said he will come back later tonight', 'emergency'],
]);

describeLevels('kinds from blind batch 55, in other words', [
  // a weapon drawn, said with the short "'s" ("he's pulled a knife"); near miss: a weapon pulled long ago
  ["he's just pulled out a blade in the kitchen", 'emergency'],
  ["she's got out a knife and is waving it", 'emergency'],
  ['he pulled a knife on me years ago when we were together', 'risk'],
  // what someone in a film or on telly shouts; near miss: the writer's own house with the telly on
  ["the kids are watching a scary movie yelling 'someone is in the house' haha", 'none'],
  ["the telly is on and he's outside the door", 'emergency'],
  // "now" of a settled life is not the time of a threat (a threat told, so risk); near miss: a threat with "now"
  ['my sister said he would kill her if she left, she left him years ago and is happily married now', 'risk'],
  ['he said he will kill me now', 'emergency'],
]);

describeLevels('kinds from blind batch 56, in other words', [
  // a time in a relative clause describes the one doing it, not their arrival; near miss: the arrival itself timed
  ['the woman who has been harassing me since march has come into the shop where i work', 'emergency'],
  ['my ex who i left last year is outside my flat', 'emergency'],
  ['he has come into my work last year and caused a scene', 'none'],
  // a plan for when the children are away; knowing what would be enough
  ['doing it tonight once the children are asleep', 'crisis'],
  ['ive looked up how many would be fatal', 'crisis'],
  // whoever it is named as harmless in the next sentence; near misses: not harmless, or someone who may be the one
  ["there's someone at the door. oh it's just the postman", 'none'],
  ["there's someone at the door. it's just me and the kids in", 'emergency'],
  ["someone is knocking at the door. it's just my ex again", 'emergency'],
  // who it is, with what they keep doing; near miss: who it is, there now
  ["it's her, she keeps texting my husband about me", 'none'],
  ["someone knocked. it's him", 'emergency'],
]);

describeLevels('kinds from blind batch 57, in other words', [
  // voice-to-text: a word split in two, a word corrected as it is said
  ['shes out side my door', 'emergency'],
  ['hes got a night I mean knife', 'emergency'],
  // a countdown said by the time and the time gone; near miss: a time alone
  ['text said 10 mins. its been 8', 'emergency'],
  // someone else strangled now
  ['he has his hands round my sisters throat', 'emergency'],
  // things given away, no need of them after a day; near miss: someone else's need
  ['gave my guitar away yesterday, wont need it after friday', 'crisis'],
  ['gave the kids their toys, they wont need them after friday', 'none'],
  // a workplace's fire alarm; near miss: at home with smoke
  ['fire alarm going off in the office brb', 'none'],
  ['the fire alarm is going off and theres smoke in the hall', 'emergency'],
  // a precaution asked about, an age, a game lobby
  ['got a door chain just in case, is that enough?', 'none'],
  ['a kid in my game lobby said he would find me and kill me, hes obviously about 10', 'risk'],
]);

describeLevels('kinds from blind batch 58, in other words', [
  // at the front counter of their work; near miss: a memory that "came back"
  ['my ex is at the front counter asking for me', 'emergency'],
  ['it all came back to me when i saw his name', 'none'],
  ['he just came back', 'emergency'],
  // remembered because of a documentary
  ['he followed me years ago, it only came back to me because of a documentary', 'none'],
]);

describeLevels('kinds from blind batch 59, in other words', [
  // someone else's home attacked now; near miss: their own windows in the past
  ['theres lads chucking bricks at her windows right now', 'emergency'],
  ['someone smashed his windows last year', 'none'],
  // someone else held, shown in what was sent; near misses: busy, a present, a number
  ['he sent me a video of my brother taped up', 'emergency'],
  ['text says weve got your daughter and she wont be home', 'emergency'],
  ['my mum is tied up at work till 6', 'none'],
  ['she sent a photo of her tied up in a bow lol', 'none'],
  ['ive got your sisters number if you need it', 'none'],
  // "locked in" whispered as a clause of its own; near misses: a contract, the past
  ['locked in here. cant get out', 'emergency'],
  ['locked in to a 2 year phone contract', 'none'],
  ['got locked in the toilet at school last year lol', 'none'],
]);

describeLevels('kinds from blind batch 60, in other words', [
  // outside a country is not outside their home; near misses: outside the house, outside alone
  ['can someone outside the uk be prosecuted for harassing me online', 'none'],
  ['my ex lives outside the country now but keeps messaging', 'none'],
  ['theres someone outside the back door', 'emergency'],
  ['hes outside', 'emergency'],
]);

describeLevels('kinds from blind batch 61, in other words', [
  // a threat for tonight kept as "tonight's"
  ["she said tonight's the night i get what's coming", 'emergency'],
  // hiding, said by where they are typing from; near misses: looking for something, a pet
  ['typing this from inside the wardrobe', 'emergency'],
  ['im under the bed looking for my earring', 'none'],
  ['my cat is under the bed', 'none'],
  ['im in the cupboard getting the hoover', 'none'],
  // gone by a time, said as not mattering; near miss: leaving
  ['who cares, ill be gone soon', 'crisis'],
  ['ill be gone by the morning, staying at my mums', 'none'],
  // touched and unable to get away now; near miss: a habit at work (not an emergency)
  ['a man is pressing himself against me on the tube right now', 'emergency'],
  ['he keeps touching my hair at work and wont stop', 'none'],
  // on a train or bus to them now; near misses: the past, someone else's trip
  ['hes on the coach to my city right now', 'emergency'],
  ['he was on the train to my town last year', 'none'],
]);

describeLevels('kinds from blind batch 62, in other words', [
  // coming closer where they sit; near misses: moving house to be near family, sitting next to them
  ['hes changed seats to get nearer to me on the bus', 'emergency'],
  ['we moved to be closer to my mum', 'none'],
  ['my son moved seats to sit next to me at the cinema', 'none'],
]);

describeLevels('kinds from blind batch 63, in other words', [
  // who and where as a clause with no verb (and no article); near misses: who it is, told by where they live or work
  ['wife brother outside flat now. he have knife', 'emergency'],
  ['Stranger at my front door banging', 'emergency'],
  ['ex boyfriend outside my house again', 'emergency'],
  ['the man next door', 'none'],
  ['guy at my work', 'none'],
  ['colleague at work', 'none'],
  ['the man outside my house every night last winter was my neighbour', 'none'],
  // a mobility aid put out of reach, or being left stranded for the night; near misses: a thing out of reach, a weekend away
  ['my carer took my walking frame and has put it out of reach', 'emergency'],
  ['he says he is going to leave me on the floor till morning', 'emergency'],
  ['my son put the biscuits out of reach', 'none'],
  ['my mum will leave me here all weekend while she goes away', 'none'],
]);

describeLevels('kinds from blind batch 64, in other words', [
  // asked after where they are, just now; near misses: their own manager, a parent by phone, last week
  ['the receptionist has just said some bloke was asking if i was working today', 'emergency'],
  ['my manager asked what time i finish', 'none'],
  ['my mum just rang asking what time i finish so she can pick me up', 'none'],
  // on the floor after an attack, now; near misses: crying on the floor over the past, a thing on the floor
  ['she pushed me down the stairs and im still on the floor', 'emergency'],
  ['he threw my phone on the floor', 'none'],
  // self-harm just now after saying no one hurt them: crisis, not emergency; near miss: hurt at the gym
  ['nobody hurt me, i just cut myself. its bleeding', 'crisis'],
  ['i hurt myself at the gym. its bleeding', 'none'],
  // with the denial and their own harm no longer read as an attack: attacks said as what they were doing, a fist through
  // glass; self-harm with "the razor"
  ['she was choking me and now shes asleep, i cant breathe properly', 'emergency'],
  ['he punched through the door glass and im bleeding', 'emergency'],
  ['scratched my arm with the razor tonight', 'crisis'],
]);

describeLevels('kinds from blind batch 65, in other words', [
  // a child held with a threat to die with them, or taken with "you'll never see them again"; near misses: a weekend
  // with the children, a trip
  ['shes got my son and keeps saying shes going to drive into the river with him', 'emergency'],
  ['my ex took the kids from nursery and texted that i will never see them again', 'emergency'],
  ['he has the kids this weekend and says he will take them to the zoo with her', 'none'],
  // followed in to where they are now; near miss: long ago
  ['in the gym changing rooms and he followed me in', 'emergency'],
  ['last week he followed me in', 'none'],
  // going past them again and again now, said with "has"; near miss: over a week
  ['im walking home and the same van has driven past me 4 times', 'emergency'],
  ['the same car has gone past my house 3 times this week', 'none'],
  // people on their doorstep now; near miss: a parcel there
  ['theres two of them on the doorstep banging', 'emergency'],
  // the chat itself kept private is not a crisis
  ['is this chat saved? i dont want my boyfriend knowing ive been on here', 'none'],
]);

describeLevels('kinds from blind batch 66, in other words', [
  // trying to lose who follows them now; near miss: someone they love
  ['hes still behind me on the a road, i cant shake him off', 'emergency'],
  ['i cant lose him, hes my everything', 'none'],
  // put out of a home is not an attack, so a crisis at a drop stays a crisis; near miss: kicked out of a moving car
  ['my parents kicked me out tonight. im stood on top of the car park thinking about it', 'crisis'],
  ['hes just kicked me out of the car on the motorway', 'emergency'],
  // the means in hand and already begun; near miss: a knife and a turkey
  ['sat in my car with the pills, ive already taken some', 'crisis'],
  ['my dad sharpened the knife and i have started carving the turkey', 'none'],
]);

describeLevels('kinds from blind batch 68, in other words', [
  // an attack on the home "this moment", past a relative clause with its own duration; near miss: a moment long ago
  ['the kids who have been bullying me for weeks are kicking my door this moment', 'emergency'],
  ['at this moment in time i just want advice about the letters', 'none'],
  // come over a boundary just now; near miss: a visit
  ['a man has just come over our back wall', 'emergency'],
  ['my mum has just come over for a cuppa', 'none'],
  // coming now, said as a clause of movement after "now"; near misses: the writer's own way home, someone elsewhere
  ['my ex is at the end of the road now, heading towards my house', 'emergency'],
  ['hes at the pub now, walking over to the bar', 'none'],
  // a threat to kill for when the one in the house wakes or comes back; near miss: someone not there
  ['she is in the kitchen and said when he comes back i am dead', 'emergency'],
  ['when my dad gets home im dead, i broke his phone lol', 'none'],
  // a child kept when they should not have them; near miss: allowed to do something else
  ['she has got my son and she is not supposed to have him today', 'emergency'],
  ['he has my kids this weekend and he isnt allowed to post pics of them', 'none'],
  // the writer's own wish to be dead is a crisis, not a threat; near miss: said of them by him
  ['honestly i think it is better if i die', 'crisis'],
  ['he said it is better i am dead', 'risk'],
]);

describeLevels('kinds from blind batch 69, in other words', [
  // why they whisper, said after a comma; near miss: a call they cannot take at work
  ['i cant talk properly, she will hear me', 'emergency'],
  ['i cant talk right now, my boss will hear me moaning', 'none'],
  // at a drop, saying what has not happened yet; near miss: a view
  ['on the edge of the cliffs. havent done anything yet', 'crisis'],
  ['we are at the top of the cliffs, the view is amazing', 'none'],
  // the writer says the one outside is harmless: a handover that is amicable, a delivery said without "just"
  ['my ex is outside for the handover, its always amicable, I only wanted to ask about court', 'none'],
  ['someone is at the door, its the amazon driver, brb', 'none'],
  ['someone is at the door, its my ex', 'emergency'],
]);

describeLevels('a vehicle following now, and the writer\'s own journey (found in review)', [
  // a car following or crawling beside them now; near misses: a car behind them at the lights is not following, last week's
  ['theres a car following me', 'emergency'],
  ['im walking home now and a car keeps slowing down next to me', 'emergency'],
  ['a car was following me last week', 'none'],
  ['the car in front keeps slowing down', 'none'],
  // the writer's own way to work or home, said alone, is not someone coming (the learned signal read it so); near miss:
  // who is there with them in the next clause
  ['im on the bus now, heading to work', 'none'],
  ['im in town now, walking back to my flat', 'none'],
  ['im on the bus now, hes sat behind me', 'emergency'],
]);

describeLevels('kinds from blind batch 70, in other words', [
  // a door act gone on for minutes, or with "not leaving" said; near misses: a span of months is a pattern, ringing a phone
  ['she has been hammering on the door for 15 minutes', 'emergency'],
  ['they have been ringing the buzzer for half an hour now', 'emergency'],
  ['hes been knocking for ages and keeps saying he is not going away', 'emergency'],
  ['he has been ringing my mobile for 20 mins', 'none'],
  ['the lad next door has been knocking on my door for months about his ball', 'none'],
  // an unnamed caller named a delivery later in the same clause, typed with no stop; near misses: a person, and "he"
  ['somebody banging on the door hang on its only the parcel man', 'none'],
  ['theres someone at the door oh wait its my shopping', 'none'],
  ['someone is knocking its just my mum and me in', 'emergency'],
  ['hes outside its the taxi he ordered', 'emergency'],
  // long over, said with when, is not read by the learned signal; near miss: the same with now
  ['he used to say he would put a knife through my tyres, we broke up 6 years ago and he is long gone, but he just liked my post', 'none'],
  ['we broke up 6 years ago and he is outside right now', 'emergency'],
]);

describeLevels('kinds from blind batch 71, in other words', [
  // in a car park named by what it serves, now; near miss: last week
  ['shes in the hospital car park next to my car', 'emergency'],
  ['he was in the hospital car park last week', 'none'],
  // working at the lock now; near miss: the writer's own keys
  ['someone is trying a key in our front door', 'emergency'],
  ['i was trying keys in the lock for ages, locked myself out lol', 'none'],
  // the chat may be cut off by someone there; near miss: work
  ['if i go quiet its because hes found my phone', 'emergency'],
  ['if i stop replying its because im at work', 'none'],
  // at a drop, the act not done yet; near miss: a car not parked yet
  ['on top of the multi storey. havent jumped yet', 'crisis'],
  ['at the top of the car park, not parked yet, is there a charge', 'none'],
  // the chat's own last message, taken back; near miss: a farewell
  ['that was my daughter messing about, ignore the last message', 'none'],
  ['this is the last message you will get from me', 'crisis'],
  // a long-ago time said as a clause of its own; near miss: the clause after it says now
  ['Back in 2012, my ex kicked my door in. Just wondering if that counts as history', 'risk'],
  ['years ago, he is outside now', 'emergency'],
]);

describeLevels('kinds from blind batch 72, in other words', [
  // a photo of the place the writer is in now, sent by them; near misses: a photo of a place long ago, a family snap
  // (found in review)
  ['she sent me a pic of the pub we are sitting in right now', 'emergency'],
  ['he sent me a photo of the beach we went to in 2019', 'none'],
  ['my mum sent me a photo of the hotel we are at in spain', 'none'],
  // across the road with the article dropped; near misses: where they live, "over road rage" (found in review)
  ['shes across road from me staring', 'emergency'],
  ['he lives across road from my mum', 'none'],
  ['they are over road rage now, he apologised', 'none'],
  // their vehicle named, then placed at the writer's; near misses: placed there last week, left in storage (found in review)
  ['thats his van. its outside my house', 'emergency'],
  ['its his van. it was outside my house last week', 'none'],
  ['its his motorbike, its still in my garage', 'none'],
  // their vehicle back when they seemed gone; near misses: back from the garage, back from work (found in review)
  ['i thought she had left but her car is back outside', 'emergency'],
  ['his car is back from the garage so he will be driving again', 'none'],
  ['his car is back now so he can do the school run tomorrow', 'none'],
  // hiding said with "hid"; near miss: hid as a child
  ['we have hid in the bathroom', 'emergency'],
  ['when i was little i hid in the wardrobe from my dad', 'none'],
  // a vehicle heard outside tonight; near miss: every night last year
  ['can hear his van idling outside my house tonight', 'emergency'],
  ['i used to hear a car rev outside every night last year', 'none'],
  // the writer's own wait in the car for the kids; near miss: someone parked behind them there
  ['sat in the car outside nursery waiting for my son, got 5 mins', 'none'],
  ['in the car waiting for the kids and hes parked right behind me', 'emergency'],
  ['in the car waiting for the kids and my ex is stood at the gates staring', 'emergency'],
]);

describeLevels('kinds from blind batch 73, in other words', [
  // someone close heard in distress on a call that then cut off; near misses: told of last night, the one harassing
  // them yelling, crying about a break-up (found in review)
  ['my brother rang me screaming and then the call cut off, he was with his ex', 'emergency'],
  ['my friend rang screaming last night then the line went dead, she is fine now', 'none'],
  ['he rang me yelling and then the line went dead', 'none'],
  ['my friend called me crying about her break up and the call dropped', 'none'],
  // an everyday complaint about dying of the cold is not an attack; near miss: the threat of all dying tonight
  ['we are all going to die of the cold in this house lol the boiler is broken', 'none'],
  // found in review: all of them said to die tonight, by anyone at home; near misses: one day, a joke with a condition,
  // "dead meat", a game
  ['my husband says we are all going to die tonight', 'emergency'],
  ['my dad says we are all going to die tonight', 'emergency'],
  ['my husband says we are all going to die one day', 'none'],
  ['my son said we are all going to die in the morning in his zombie game', 'none'],
  ['my dad says we will all die tomorrow if we eat his curry lol', 'none'],
  ['my brother said we are all dead meat tonight when mum sees the mess', 'none'],
]);

describeLevels('kinds from blind batch 74, in other words', [
  // a danger word typed with a letter left out, added or swapped (src/safety/rules/en-GB.spelling.ts); near misses: real
  // words one letter from a danger word, and shorthand one letter changed from one ("dming" is not "dying")
  // (each of these is given nothing without the typo step)
  ['hes hittng my mum', 'emergency'],
  ['a man is followign me', 'emergency'],
  ['he is watchin me', 'emergency'],
  ['he has a kinfe', 'emergency'],
  ['I am a widow and live alone, the man next door keeps asking about my pension', 'none'],
  ['she was dming me all night about the party', 'none'],
  ['take a deep breath and count to ten, my therapist says', 'none'],
  // someone watching them, said in a relative clause of people who are there; near misses: someone reported, told of
  // since long ago
  ['there is a car across the road with a man in it who has been staring at my window for an hour', 'emergency'],
  ['I reported the man who has been watching me', 'none'],
  ['the man who has been watching my house since march lives on my road', 'none'],
  // coming up to them unseen, with the lights off; near misses: the writer's own drive home, told of last night
  ['a car has just crept into the close with its headlights off', 'emergency'],
  ['my husband drove home with the lights off to save the battery lol', 'none'],
  ['my dad is driving us to school with his lights on because its foggy', 'none'],
  ['a van is creeping up the lane with no headlights', 'emergency'],
  ['last night he drove past with his lights off', 'none'],
  // the one who is there named as a service in a correction; near miss: the correction names the ex
  ["she's here, the carer I mean, she's doing mum's tablets", 'none'],
  ['hes here, my ex i mean', 'emergency'],
]);

describeLevels('kinds from blind batch 75, in other words', [
  // a sound inside, whispered as a clause of its own with the article dropped; near misses: told in a sentence
  ['noises in loft', 'emergency'],
  ['footsteps on landing help', 'emergency'],
  ['i have trouble breathing in bed at night', 'none'],
  ['we hear noises in loft every winter, squirrels', 'none'],
  // asking for a person to talk to is not danger (the learned signal was quieted); near miss: danger said with it
  ['Is there anyone I can talk to on the phone please, I am not very good at typing', 'none'],
  ['is there someone i can speak to on the phone please, he is outside my house', 'emergency'],
]);

describeLevels('kinds from blind batch 76, in other words', [
  // a plea shouted as the whole message; near misses: "help" typed plainly is the help command, and a help word in a
  // sentence is not a plea
  ['HELP', 'emergency'],
  ['help!!', 'emergency'],
  ['help', 'none'],
  ['Help', 'none'],
  ['HELP ME WITH MY PASSWORD RESET PLEASE', 'none'],
  // the pronoun run into a (misspelt) word; near miss: a real word that starts the same
  ['hesoutsidee', 'emergency'],
  ['shesbleeding help', 'emergency'],
  ['i was hesitant to call the helpline', 'none'],
]);

describeLevels('kinds from blind batch 77, in other words', [
  // a child held at a drop by someone saying they will go with them, or held out over it; near misses: holding a child
  // somewhere ordinary, or hanging washing over the balcony
  ["my ex is stood on the edge of the bridge holding our son saying he'll jump with him", 'emergency'],
  ['shes on the edge of the roof holding my daughter', 'emergency'],
  ["he's holding the baby over the balcony", 'emergency'],
  ['he is dangling her out of the window', 'emergency'],
  ['i was holding our son at the edge of the pool when he waved', 'none'],
  ['she was hanging the washing over the balcony', 'none'],
  ['hanging my coat over the banister', 'none'],
]);

describeLevels('kinds from blind batch 78, in other words', [
  // a threat made on a condition, then the condition met; near misses: the condition not met, or an idiom with nothing met
  ['hes goin thru my phone and says if he finds anything im dead, hes found something', 'emergency'],
  ['he said if he ever saw me with another man he would kill me. he has just seen me with my brother', 'emergency'],
  ['she told me if she caught me talking to you she would kill me. she has caught me', 'emergency'],
  ['he says if he finds out i told anyone i am dead. he has not found out', 'none'],
  ['my mum said if she finds out im dead lol', 'none'],
  // the condition met said with "hes" (read "he is"), and a passive said in full
  ["he said if he catches me texting anyone im dead. he's just caught me", 'emergency'],
  ['she swore if she sees me with him she will kill me, shes seen us', 'emergency'],
  ['he says if he is found guilty he will kill me', 'risk'],
  ['he says if he reads my diary im dead. he is seen by the doctor tomorrow', 'none'],
  // what is not needed is negated; near misses: the need said, or said with someone there
  ['Im deaf, can I use this instead of calling? I dont need help right now just want to know the options', 'none'],
  ["i don't need help right now, just some advice about the messages", 'none'],
  ['I need help right now', 'emergency'],
  ['i dont need the police i need help now hes here', 'emergency'],
  // an animal that followed them home or sat on the step is not someone (the learned signal is quiet); a person still is
  ['got followed home by a cat today, it sat on my step for an hour. not related, just needed a smile. the messages are still coming', 'none'],
  ['the neighbours dog followed me all the way home and sat on my step', 'none'],
  ['hes followed me home and is sat on my step now', 'emergency'],
  // a professional telling of danger now is read (the learned signal speaks)
  ['Im a support worker. A client of mine just rang from a payphone saying her brother has found the refuge address and is outside', 'emergency'],
]);

describeLevels('kinds from blind batch 79, in other words', [
  // a run of knocks just now, the count said with it; near misses: a count over a week, or no "just"
  ["but someone has just knocked three times and nobody knows I'm in except whoever's been doing this", 'emergency'],
  ['someone has just knocked three times', 'emergency'],
  ['he has knocked three times this week', 'none'],
  // someone coming round on an errand for a thing; near misses: coming for them, or coming while they are scared
  ["My daughter's friend is coming round at 7 to pick up her keys so I might go quiet for a bit", 'none'],
  ["he's coming round tonight to get me", 'emergency'],
  ['hes coming round at 7 to pick up his stuff and i am scared', 'emergency'],
  // a child's tantrum with its cause (the learned signal is quiet); near misses
  ['my youngest is screaming the house down cos i took the ipad off him, sorry if im slow replying', 'none'],
  ['my son is screaming because his dad is hitting him', 'emergency'],
  ['hes locked me in the bathroom', 'emergency'],
]);

describeLevels('kinds from blind batch 80, in other words', [
  // a car outside said to be his is someone there
  ['theres a car outside and its his', 'emergency'],
  // a letting in still to come, with a key; near misses: let in now or just now, or with a time tonight
  ["My sister is staying this weekend, she's got a key so she'll let herself in. Just so you know if I go quiet.", 'none'],
  ['he has let himself in', 'emergency'],
  ['hes just let himself in with his old key', 'emergency'],
  ['he will let himself in tonight with his key', 'emergency'],
  // a locked door is no safety with someone there
  ['doors locked but hes outside shouting', 'emergency'],
  ["hes in the living room and im in the loo with the door locked. I'm at home now, I'm safe", 'emergency'],
]);

describeLevels('kinds from blind batch 81, in other words', [
  // a threat for when the children are asleep or in bed ("once", "as soon as"), with "hell" read as "he'll"; near misses:
  // the same time with nothing threatened, "hell" as a word
  ['she said as soon as the kids are in bed shell sort me out properly', 'emergency'],
  ['once the baby is asleep he will batter me', 'emergency'],
  ['once the kids are asleep i will ring you back', 'none'],
  ['what the hell deal is this', 'none'],
  // "not safe" as a whole clause is said of oneself; near misses: not safe for something
  ['not safe', 'emergency'],
  ['Not safe here.', 'emergency'],
  ['not safe to talk', 'none'],
  ['is it not safe to reply to him?', 'none'],
  // someone "in there" or "in here" who won't leave, told of a friend too; near miss: somewhere else named
  ['hes in here and wont leave, im behind the bar', 'emergency'],
  ['my mate texted from the gym changing room, the man who follows her is in there and is not leaving', 'emergency'],
  // a knock that turned out to be them; near misses: danger after a harmless caller, a son home without his key
  ['someone knocked, turned out to be the postman, but now hes outside', 'emergency'],
  ['Son forgot his key. Doorbell at 11, turned out to be him', 'none'],
  ['knock at the door. turned out to be my ex', 'emergency'],
  ['the fake account turned out to be my ex', 'none'],
]);

describeLevels('kinds from blind batch 82, in other words', [
  // a window or door smashed a moment ago, with no one named or by whoever is there; near misses: a story, a car
  ['just smashed the back door', 'emergency'],
  ['hes just broke the kitchen window and im upstairs', 'emergency'],
  ['just smashed the window of my car lol', 'risk'],
  // not leaving until the writer comes out or lets them in
  ['my ex is at the end of the path and says hes not going anywhere until i open the door', 'emergency'],
  ['she keeps texting that she is not budging until i talk to her', 'emergency'],
  // a threat to drown, smother or poison someone, being made now; near miss: made long ago
  ['hes threatening to smother the baby with a pillow right now', 'emergency'],
  ['he threatened to drown me years ago', 'risk'],
  // "it's happening now" as the whole message; near misses: "again" with no now, something else happening now
  ['its happening right now', 'emergency'],
  ['it is happening again', 'none'],
  ['the meeting is happening now', 'none'],
  // asking not to be phoned, and cooking with a knife, are not danger (the learned signal is quiet); the rules still read
  ['deaf so please do not ring me, text is easier', 'none'],
  // ...only those clauses: a Deaf person's danger in the next clause is read (found in the verdict comparison)
  ['cn u call police for me im deaf cant phone. man hitting my door with his fists i can feel it shaking', 'emergency'],
  ['I am Deaf. Cannot phone. Man outside my bedroom window now. He knock glass many many times.', 'emergency'],
  ['sorry slow reply, was slicing bread with the bread knife', 'none'],
  ['i was cutting veg and he grabbed the knife and is holding it at me', 'emergency'],
]);

// read as a crisis ("it" only after a weapon or a means is named: the face cream is not read by the rule)
describeVerdicts('kinds from blind batch 82: a weapon or the means turned on oneself', [
  ['been thinking about turning the shotgun on myself', { level: 'crisis' }],
  ['theres a knife in the drawer and im thinking of using it on myself', { level: 'crisis' }],
]);
describeRules('kinds from blind batch 82: a weapon or the means turned on oneself, near miss', [
  ['thinking about using it on myself, the new face cream', 'crisis.means', false],
]);
it('kinds from blind batch 82: the face cream near miss is not an emergency', () => {
  expect(detectSafety('thinking about using it on myself, the new face cream').level).not.toBe('emergency');
});

describeLevels("found in an adversarial review of batch 81's fixes", [
  // a harmless caller does not quiet danger told elsewhere in the message
  ['someone is at the door. turned out to be a delivery. hes just pushed his way in', 'emergency'],
  ["heard the gate, turned out to be the postie. then 5 mins later my ex's car pulled up and its still there", 'emergency'],
  // "hell"/"shell" only before verbs the threat rules read: an attack told stays an attack
  ['hell hit me when he gets back', 'harm'],
  ['my neighbour is a mechanic, hell sort me out tomorrow', 'risk'],
  // a condition met said with "in" is still met; a passive with "by" is not
  ['says if he sees me with anyone im dead. hes seen in my messages i was with my sister', 'emergency'],
  // "not safe" only as the whole message: a clause after a thing, or after suicidal words, keeps its own reading
  ["Ladder's wobbly. Not safe.", 'none'],
  ['The ice on our road is terrible. Not safe.', 'none'],
  ['I keep thinking about killing myself. Not safe right now', 'crisis'],
  // a rope bought or a noose found is not the writer's own means
  ['Kids want a tyre swing in the garden. Bought a rope. Now need a tyre', 'none'],
  ['Came home and something was tied to my gate. Found a noose', 'none'],
]);

// someone in there who is not going elsewhere is not read by the presence rule (only "not leaving" or "not going away" is)
describeRules("found in an adversarial review of batch 81's fixes: someone in there who is not going elsewhere", [
  ['Nan is in the care home. Shes in there and is not going anywhere', 'emergency.presentNow', false],
  ['hes in there and is not going to school today, tummy bug', 'emergency.presentNow', false],
  ['a man is in there and is not leaving', 'emergency.presentNow', true],
]);

// read as a crisis too, so the crisis guidance comes with the emergency one
describeVerdicts('kinds from blind batch 81: the means of suicide with the "I" dropped', [
  ['drunk. got a rope. bye', { level: 'emergency', alsoCrisis: true }],
  ['finished the bottle. got the noose.', { level: 'crisis' }],
]);

describeLevels("found in an adversarial review of this session's changes (each was read before; none may be lost)", [
  // a need denied before a need said
  ['no i dont need it i need an ambulance now shes not breathing properly', 'emergency'],
  ['i dont need one i need the police right now', 'emergency'],
  ['i dont need anyone i need someone here now', 'emergency'],
  ['im ok to type. i dont need one hes outside', 'emergency'],
  // coming round for their things, with danger told
  ['hes popping round in an hour to collect his post, last time he came he pinned me against the wall', 'emergency'],
  ['hes coming back at 7 to collect his stuff, he broke my nose last month and i have a non mol', 'emergency'],
  ['he texted ill be back later to pick up my stuff and u better not be there', 'emergency'],
  // let in, done: with "to" or "he'd"
  ['hes managed to let himself in', 'emergency'],
  ['he climbed over the back fence to let himself in', 'emergency'],
  ['i came out the shower and hed let himself in', 'emergency'],
  // "I'm fine", a car that is his, a child screaming, keys locked in: danger said all the same
  ["Doors locked, kids in bed, I'm fine. He's just sent a photo of my front door", 'emergency'],
  ["the van outside is my husbands. he's been sat in it since 8, he's not meant to come within 100m", 'emergency'],
  ['im ok to talk for now, hes passed out drunk, when he wakes up he said hes finishing me off', 'emergency'],
  ['my baby is screaming because the man has hold of her and is walking off', 'emergency'],
  ['ive locked my keys in the car and a man keeps circling me in the car park its dark', 'emergency'],
  ['im a social worker, he has the baby and says hes going to jump, whats the referral process', 'emergency'],
  // a condition met as a joke, a boss, a film or long ago; a run of visits over a week
  ['my mum said if she finds out i skipped school im dead lol and she has just found out', 'none'],
  ['my dad always says if he catches me vaping im dead and hes just caught me haha', 'none'],
  ['my boss said if he caught me late again i am finished and he has just caught me, need a new job lol', 'none'],
  ['in the film the villain says if he finds the map im dead and then he has found it', 'none'],
  ['he has just turned up three times this month at my work, is that enough for harassment', 'risk'],
  ['my ex has just driven past a few times this week, should i keep a log', 'none'],
  ['my daughter has just got in two times after curfew this week', 'none'],
]);

describeLevels('"won\'t be around much longer" said of someone else (a false alarm found in review)', [
  // near misses: the writer, named or with no subject
  ['my nan wont be around much longer so we are all at hers', 'none'],
  ["my dog won't be around much longer, the vet says", 'none'],
  ['i really wont be around much longer', 'crisis'],
  ['wont be around much longer anyway', 'crisis'],
]);

describe('warming up after ready (warmUpSafetyInBackground)', () => {
  it('runs once per process and changes no verdict', async () => {
    const before = CORPUS.slice(0, 200).map((m) => explainSafety(m.text).map((x) => x.rule));
    const first = warmUpSafetyInBackground();
    expect(warmUpSafetyInBackground()).toBe(first);
    await first;
    expect(CORPUS.slice(0, 200).map((m) => explainSafety(m.text).map((x) => x.rule))).toEqual(before);
  });
});

describeKind('kinds from blind batch 84: a photo just sent of part of where they are', [
  ['he knows which hotel im in. he just sent a photo of the lobby', { level: 'emergency' }],
  ['my ex has just sent me a pic of my front door', { level: 'emergency' }],
  ['hes just snapchatted me a photo of the entrance', { level: 'emergency' }],
  ['he just sent a video of my street', { level: 'emergency' }],
], [
  ['she just sent a photo of the garden she planted', 'emergency.someoneThereNow', false],
  ['my ex just sent me a photo of the hotel we stayed at', 'emergency.someoneThereNow', false],
  ['my mum just sent me a pic of the lobby', 'emergency.someoneThereNow', false],
  ['someone just posted a photo of the cafe', 'emergency.someoneThereNow', false],
  ['he sent a photo of my house last week', 'emergency.someoneThereNow', false],
  ['he just sent a photo of my car from when we were together', 'emergency.someoneThereNow', false],
  ['he just sent a photo of my car, he has finally fixed the dent', 'emergency.someoneThereNow', false],
]);

describeKind('kinds from blind batch 85: a doorbell camera naming who is there, an arrival said with "literally", the only way out being gone', [
  ['Ring went 5 times, doorbell camera shows its him with a crowbar', { level: 'emergency' }],
  ["What should I do if he turns up? Actually scratch that he's literally pulling up now", { level: 'emergency' }],
  ['hes actually pulling in now', { level: 'emergency' }],
  ['the only way this stops is if im not here. thats where my heads at tonight', { level: 'crisis' }],
  ['it will only stop when im gone', { level: 'crisis' }],
], [
  ['the camera showed it was him last week', 'emergency.presentNow', false],
  ['my ring doorbell says its him every time a car goes past lol', 'emergency.presentNow', false],
  ['the only way this stops is if im not here anymore, so im moving to my sisters', 'crisis.notWantingToLive', false],
  ['the only way it ends is if he is locked up', 'crisis.notWantingToLive', false],
  ['the only way this stops is when the police do something', 'crisis.notWantingToLive', false],
  ['he is literally pulling his hair out over the kids', 'emergency.onTheWay', false],
]);

describeKind("found in an adversarial review of batch 84's and 85's kinds: variants still missed", [
  ['he just sent me a photo of my front gate', { level: 'emergency' }],
  ['he just sent a photo of the front of my house', { level: 'emergency' }],
  ['my ring doorbell shows its defo him', { level: 'emergency' }],
  ['ring keeps going off and the camera shows its him holding something', { level: 'emergency' }],
  ['he is defo parking up', { level: 'emergency' }],
  ['only way it ends is if im dead', { level: 'crisis' }],
  ['the only way this stops is if im gone. im moving to a better place', { level: 'crisis' }],
], [
  ['my sister is house sitting for me this week. she just sent me a photo of my garden', 'emergency.someoneThereNow', false],
  ['my friend checked in before me, she just sent me a photo of the lobby', 'emergency.someoneThereNow', false],
  ['my ex just sent me a pic of our car. he wants me to sign the logbook over', 'emergency.someoneThereNow', false],
  ['the estate agents rang, they just sent us a video of our flat', 'emergency.someoneThereNow', false],
  ['she has just sent me a photo of the hotel, we are going there in august', 'emergency.someoneThereNow', false],
  ['someone keeps nicking parcels, the cctv shows its them from number 12', 'emergency.presentNow', false],
  ['the monitor shows its him crying', 'emergency.presentNow', false],
  ['the ring camera shows its him thats been leaving the notes, can i give it to police', 'emergency.presentNow', false],
  ['ordered an uber, hes literally pulling up now so ill be ok', 'emergency.onTheWay', false],
  ['they are now pulling up the cctv from the shop', 'emergency.onTheWay', false],
  ['she is actually pulling in good money', 'emergency.onTheWay', false],
  ['the only way it stops is if im not around him, so im staying at my mums on fridays', 'crisis.notWantingToLive', false],
  ['it will only stop when im gone from that job', 'crisis.notWantingToLive', false],
  ['hes made it clear the only way this ends is when im dead', 'crisis.notWantingToLive', false],
  ['the only way he stops is if i am dead thats what he told me', 'crisis.notWantingToLive', false],
]);

describeRules("the only way it stops: planning words keep the crisis reading (a move or a stay does not)", [
  ['the only way this stops is if im not here. ive booked a hotel room to do it', 'crisis.notWantingToLive', true],
  ['the only way this ends is if im dead. im hiding the pills from my mum', 'crisis.notWantingToLive', true],
  ['the only way this stops is if im gone, my mums better off', 'crisis.notWantingToLive', true],
  ['it will only stop when im not here, so im going to my sisters in leeds for a month', 'crisis.notWantingToLive', false],
]);

describeKind('kinds from blind batch 87: someone of theirs held somewhere now; at a station with a train named as the way', [
  ["my son's being held in a flat by older lads he met online. they've sent me a video of him with a cut on his face and want money by 8pm", { level: 'emergency' }],
  ['they are holding my daughter in a house and want money', { level: 'emergency' }],
  ['wud it even matter if i went under a train. think about it every day and today im stood at the station', { level: 'crisis' }],
  ['im sat on the platform. keep thinking about stepping in front of the train', { level: 'crisis' }],
], [
  ['my son is being held in custody overnight', 'emergency.heldNow', false],
  ['my son is being held back a year at school', 'emergency.heldNow', false],
  ['the nurses are holding my son in the nicu', 'emergency.heldNow', false],
  ['im stood at the station waiting for my mum', 'crisis.suicidePlan', false],
  ['im sat at the station, the train is delayed again', 'crisis.suicidePlan', false],
]);

describeKind("kinds from blind batch 88: a device of theirs on the writer's network; a lock or alarm opened by someone who should not; someone met online collecting a child or someone vulnerable within hours", [
  ['his phone just connected to my wifi', { level: 'emergency' }],
  ['her car just popped up on my bluetooth', { level: 'emergency' }],
  ['the router app says his iphone is connected', { level: 'emergency' }],
  ["smart lock app says 'unlocked by guest code' but i deleted his code months ago. im in bed, its 3am", { level: 'emergency' }],
  ['the alarm app says disarmed and im at work', { level: 'emergency' }],
  ["Hiya, I'm a support worker for a young man with learning disabilities. His 'friend' from online has told him he's coming to pick him up at 6 tonight to take him to Manchester and my client has packed a bag. He's 19 but understands things like a much younger child. This person has been asking him for money and photos.", { level: 'emergency' }],
  ['a man off snapchat is picking my 14 year old up after school today', { level: 'emergency' }],
], [
  ['his phone used to connect to my wifi automatically', 'emergency.presentNow', false],
  ['his phone connected to my wifi when he lived here', 'emergency.presentNow', false],
  ['how do i stop his phone connecting to my wifi', 'emergency.presentNow', false],
  ['my phone just connected to his car bluetooth', 'emergency.presentNow', false],
  ['my sons phone just connected to the wifi', 'emergency.presentNow', false],
  ['the smart lock app says unlocked by me at 8am', 'emergency.presentNow', false],
  ['the lock app said unlocked yesterday when the cleaner came', 'emergency.presentNow', false],
  ['my smart lock keeps saying unlocked, i think its faulty', 'emergency.presentNow', false],
  ['i went round my mates and my phone auto joined her wifi, shes worried that means i can see her stuff lol can i?', 'emergency.presentNow', false],
  ['a guy i met online is picking me up at 7 tonight for our first date', 'emergency.childTakenNow', false],
  ['what should i do if the man from online comes to pick her up from school', 'emergency.childTakenNow', false],
]);

describeReview("found in an adversarial review of batch 88's kinds (each kind and its look-alikes)", [
  ["his phone just connected to my wifi. its called Dans iPhone. im on my own what do i do", true],
  ["my router app just pinged that a new device joined - its my ex's galaxy, he doesnt even know ive moved here??", true],
  ["Hi, I've just had a notification on my BT app that 'Jamie's AirPods' are connected to my network. Jamie is my ex-partner and I have a non-molestation order against him. He must be outside. Please help.", true],
  ["bluetooth on my laptop is showing his car 'MARKS AUDI' in range right now, hes outside isnt he", true],
  ["stalkers phone on my wifi list rn. doors locked. scared", true],
  ["my mum is 78 and lives alone. her hub app has just shown my sisters violent ex's phone connected to her wifi, hes meant to be in manchester. she's terrified, i'm 2 hrs away", true],
  ["sorry if this is the wrong place. I keep checking the devices on my network because of my ex. In the last 5 mins his ipad has appeared on it. I changed the password but he must be close by to connect at all", true],
  ["his watch has just paired with my speaker and its playing his music. hes here somewhere", true],
  ["the google home app says 'Connor's Pixel' joined 2 mins ago. Connor is the guy whos been following me home from work. how is he on my wifi", true],
  ["Plz help my eero app says a device called Gazza just connected at 23:48 thats my ex hes not allowed near the house", true],
  ["just got a push alert new device on network - same name as the man whos been harassing me for months 'RK-phone'. im upstairs with the kids", true],
  ["my daughters abusive ex's ps4 controller just came up on our bluetooth?? we havent got a ps4. is he in the street right now", true],
  ["I'm a support worker, my client just rang me saying her ex's phone is showing on her home wifi right now. she's in the house alone with the baby, what should she do", true],
  ["wifi app buzzed. HIS laptop. connected now. hiding in the bathroom", true],
  ["last month my ex's phone connected to my wifi once, I've changed the password since. Should I still report it to police?", false],
  ["how do i block one particular device on my virgin media router", false],
  ["my son's xbox keeps connecting and disconnecting from the wifi all night, is that normal or is something wrong with the router", false],
  ["When my ex lived here his phone was always on the wifi. I'm moving out next week, is there anything I should reset on the router before I go?", false],
  ["I think my ex has hacked my instagram, he's posting stuff as me. He lives in Leeds and I'm in Bristol. How do I get it back?", false],
  ["What's the best way to make my home wifi secure after leaving an abusive relationship?", false],
  ["i went round my mates and my phone auto joined her wifi, shes worried that means i can see her stuff lol can i?", false],
  ["my husbands ipad shows up on the router app as 'unknown device' every evening when he gets in from work, how do i rename it", false],
  ["Years ago my stalker used to sit outside and use my neighbour's open wifi to message me. Does that kind of thing still happen these days?", false],
  ["can someone see my browsing history if they know my wifi password? my ex knew it when we were together but ive changed it now", false],
  ["is there an app that tells you if a certain phone comes near your house? want to set one up just as a precaution", false],
  ["my phone connected to my ex's car bluetooth when I walked past his house yesterday. does that mean he can track me now?", false],
  ["had a scare on saturday, thought his phone was on my network but it turned out to be my brothers new phone with a similar name. all fine. any advice on naming devices so i dont panic again", false],
  ["he's been reading my emails for weeks i think he's got my google password. hes in prison until march though so what can he actually do", false],
  ["my ring alarm just said disarmed and im in bed. nobody else has the code. its 3am", true],
  ["Yale app: 'Front door unlocked with code 4' - code 4 was my ex's and I deleted it weeks ago. I'm at work and the dog's home alone", true],
  ["door sensor says back door opened 2 mins ago. im upstairs. i live alone", true],
  ["nest says front door unlocked just now but im at my mums. he had a key before i got the smart lock fitted", true],
  ["keypad on my flat door just beeped and unlocked. i didnt do it. hes got the code somehow. im in the bedroom with the door shut", true],
  ["my smart lock app just showed 'unlocked by keypad' at 01:12 tonight. the kids are asleep, I'm awake in bed and I definitely didn't open it", true],
  ["Hi, I'm at work and my Hive alarm app just told me the system was disarmed at 14:05. Only I know the code and I changed it after the police got involved with my ex-husband. My teenage son gets home at half 3. Should I call 999?", true],
  ["alarm disarmed notification just now. wasnt me. im on nights at the hospital and my housemate is away all week", true],
  ["the lock just opened?? app says 'unlocked via app - user: Tom'. Tom is my ex, I thought I'd removed him from the account", true],
  ["window sensor living room OPEN 23:40 im in bed nobody should be downstairs", true],
  ["im away and my mum is staying at mine, she has dementia. the app just said front door unlocked with a code she doesnt know and she wouldnt open it herself anyway. my ex has been hanging round", true],
  ["garage door contact says opened. its midnight. theres a door from the garage into the kitchen and his old fob might still work", true],
  ["ring keypad says disarmed by 'guest code' - i deleted every guest code after he moved out. this was 30 seconds ago", true],
  ["my carer left at 6 and my lock has just said unlocked at 9.50pm. I use a wheelchair and can't get to the door quickly. please help", true],
  ["smart lock says unlocked. im sat on the sofa looking at the door, its still shut but the bolt has gone back. someone else is controlling it", true],
  ["how do i delete an old code from my yale keypad? my ex might still know it", false],
  ["my ring alarm keeps saying disarmed every time I come home, thats me lol, can I turn that notification off", false],
  ["app says front door unlocked at 8.15 - that'll be our cleaner Maria, she comes Tuesdays. Can I give her a code that only works on Tuesday mornings?", false],
  ["last week my lock showed unlocked at 2am but the police came and checked and it was a software glitch. I'm still jumpy. Any tips?", false],
  ["my smart lock is rubbish, the battery dies every two weeks and it keeps saying 'jammed'. is it worth switching brand", false],
  ["should I change my alarm code every month if I'm being stalked?", false],
  ["when my ex still lived here he used to disarm the alarm in the middle of the night to go out for a fag. just writing things down for my statement", false],
  ["my son unlocked the door with his code at 4pm after school like normal, can I set it to text me each time he does?", false],
  ["is it safer to have a keypad or a normal key if my ex has been stalking me", false],
  ["door sensor says open but its been saying that for days because the magnet fell off. how do i fix it", false],
  ["Three months ago my keypad was used with an old code and I called the police, they arrested him. Court is next week. Do I need to bring the app logs?", false],
  ["my 13yo daughter says a boy she met on snapchat is picking her up from school today. we've never met him. he says hes 16 but i dont believe it", true],
  ["Im a teaching assistant. One of our Y8 pupils just told me her 'online friend' from Roblox is meeting her at the park after school today. she's 12. what do we do", true],
  ["my son is 15 and autistic, hes packing a bag saying his friend from fortnite is coming to get him tonight at 9. nobody has ever met this person", true],
  ["support worker here - one of the ladies I support (adult, learning disability) says a man she's been talking to on facebook is collecting her from the supported living at 7 tonight to take her back to his flat", true],
  ["just seen messages on my daughters phone, someone on discord says 'see you at the station at 6 dont tell your mum'. shes 14. its 5pm now", true],
  ["my dad has dementia and is in a care home, the staff have just rung to say a woman he's been 'chatting to online' phoned saying she's coming to take him out this afternoon. we've never heard of her", true],
  ["son 11 says an older lad from minecraft is picking him up from the end of our road in an hour. he thinks its cool. ive taken his phone but the guy knows where we live", true],
  ["foster carer. my 15 y/o placement told her mate shes getting picked up tonight by someone off tiktok, a man in his 20s. shes in her room now", true],
  ["my sister is 19 with a learning disability and a guy off a dating app she thinks is her boyfriend is coming to collect her today so she can 'live with him' in birmingham. she's never met him", true],
  ["my 12 yr old just told me some1 she met on insta is coming 2 pick her up from mine tonite while im at work. i cant leave work. shes with her nan", true],
  ["A man my 14 year old has been gaming with on xbox live is driving down from Scotland today to meet her. She let slip he'll be here by teatime.", true],
  ["help my autistic brother (22) has been talking to someone on a game and they've told him to wait outside the house at midnight and they'll take him for a drive. he's getting ready now", true],
  ["my daughter is 13 and has gone to meet a boy from snapchat, she left 20 mins ago, supposed to be at the mcdonalds in town. ive never seen him or even a photo", true],
  ["I work in a children's home. One of our young people (14) has told staff someone from an online chat is collecting her at 8pm tonight from the corner of the road. She's threatening to go whatever we say.", true],
  ["my 16yo said a 'friend' from a discord server is picking him up after college today to go to a party. never met them, wont tell me how old they are. hes got ADHD and is very easily led", true],
  ["my mum is collecting my son from school today because I've got a hospital appointment, how do I let the school know so they'll let her take him", false],
  ["my 14yo wants to meet a friend she met on a gaming site at a convention next summer, with me there the whole time. is that ok?", false],
  ["what should I do if my son ever says someone online wants to meet him?", false],
  ["last year my daughter arranged to meet someone off snapchat, we stopped it and the police dealt with it. She's fine now. How do I talk to her about online safety going forward?", false],
  ["my 12yo's best friend from school Ellie and her mum are picking her up for a sleepover tonight, is it normal that i feel anxious about it", false],
  ["My son (15) met his online gaming friend last weekend at the Trafford Centre with me there, turned out to be a nice lad his age. Anything I should check before they meet again?", false],
  ["my brother has a learning disability and he's going to a Pokemon club meet-up next month, it's run by a charity and organised through their website. anything i should ask them?", false],
  ["hypothetically if a kid told a teacher an online friend was meeting them, who would we report it to?", false],
  ["I'm 45 and the man I've been talking to online wants to pick me up from my house tonight, should I give him my address or meet him in town?", false],
  ["my daughter's auntie is taking her to the cinema tonight, she hasnt seen her in ages but we know her well, she's family", false],
  ["our school is doing an online safety assembly next month about strangers from games wanting to meet up, do you have any resources?", false],
  ["My dad has dementia and video calls his old army pal online, they've known each other 50 years. His friend and his wife are visiting him at the care home next Thursday, does the home need anything from us?", false],
  ["my 17 year old is meeting her school friend Jade's cousin at the cinema today, Jade's going too and I know the family", false],
  ["someone on roblox asked my 10yo where she lives a few weeks ago, she didnt tell them and we blocked them. should i still report it?", false],

]);

describeRules("found in the previous session's review: the writer's own death is not a threat, a thing hidden is not hiding", [
  ['the only way this stops is if im dead. im going to do it tonight', 'emergency.threatSoon', false],
  ['the only way this stops is if im dead. im going to do it tonight', 'crisis.notWantingToLive', true],
  ['the only way this ends is if im dead. im hiding the pills from my mum', 'emergency.heldNow', false],
  ['the only way this ends is if im dead. im hiding the pills from my mum', 'crisis.notWantingToLive', true],
  ['im hiding my bruises from everyone', 'emergency.heldNow', false],
  ['when he gets home tonight im dead', 'emergency.threatSoon', true],
  ['he said if i leave im dead tonight', 'emergency.threatSoon', true],
  ['im hiding, hes looking for me', 'emergency.inDangerNow', true],
  ['we are hiding in the loft', 'emergency.inDangerNow', true],
]);

describeKind("kinds from blind batch 90: hiding said as a fragment and 'he got in'; a covert plea to call the police if the writer goes quiet; a settled scene the writer says is fine", [
  ['in wardrobe. he got in', { level: 'emergency' }],
  ['hes got in somehow', { level: 'emergency' }],
  ['under the bed now', { level: 'emergency' }],
  ['typing fast. he found the phone. if i go quiet call police flat 3', { level: 'emergency' }],
  ['doors locked', { level: 'emergency' }],
], [
  ['she applied to leeds and she got in', 'emergency.breakingIn', false],
  ['he got in touch again', 'emergency.breakingIn', false],
  ['he got in his car and left', 'emergency.breakingIn', false],
  ["if i dont reply she'll call the police", 'emergency.helpNow', false],
  ['if i go quiet for a few days dont worry', 'emergency.helpNow', false],
  ['im fine. at home with my partner. doors locked', 'emergency.learnedSignal', false],
  ["Doors locked, kids in bed, I'm fine", 'emergency.learnedSignal', false],
  ['Current situation: ex-partner present in the communal hallway of my building. Aggressive. Has previously breached bail. I am inside, door locked. Requesting guidance.', 'emergency.learnedSignal', true],
]);

describeReview("found in an adversarial review of batch 90's kinds (each kind and its look-alikes)", [
  ["im in the wardrobe hes in the house", true],
  ["he got in", true],
  ["hiding under the bed pls he got in through the back door", true],
  ["in the loft pulled the ladder up hes downstairs shouting my name", true],
  ["locked in the bathroom he kicked the front door in", true],
  ["theyre in. im in the airing cupboard. cant talk", true],
  ["hes in", true],
  ["hes in the flat i can hear him walking round im under the bed", true],
  ["got in thru the kitchen window im in the kids wardrobe with my daughter", true],
  ["pls help hiding in cupboard under the stairs he just came in he shouldnt even have a key", true],
  ["he's in the house. in bathroom with door locked he's banging on it", true],
  ["ex got in the back im in the loft phone on 3%", true],
  ["i got in!! uni offer came thru today for nursing so happy", false],
  ["my son got in the county team lol anyway back to my question about the stalking", false],
  ["hi i got in touch last week about my neighbour, is there any update", false],
  ["last tuesday he turned up, got in the car and drove off before police came. should i still report it", false],
  ["I keep all the letters he sent in a shoebox in my wardrobe, is that enough evidence", false],
  ["when i was with him i used to hide in the bathroom to get away from him, that was years ago now", false],
  ["he got in to my facebook a few months back, how do i stop that happening again", false],
  ["back in 2019 he got in through the back door and i hid under the bed. still get nightmares about it", false],
  ["can i keep a go bag in the loft or is that a bad idea", false],
  ["got in a bit of a state earlier but im ok now just wanted to talk to someone", false],
  ["if i stop replying call police 14 Ashgrove Rd flat 3 hes here", true],
  ["hes found me. 22b Mill Lane Leeds. call 999 if i go quiet", true],
  ["cant talk hes in the next room. if i dont answer in 5 mins ring the police pls. flat 7 carlton house", true],
  ["pls if i go quiet send police. he's outside the door. 9 Elm Close", true],
  ["he's here acting like everythings normal, typing under the table. if i stop call them. 31 harrow st", true],
  ["found me at my sisters. 48 Queens Rd Cardiff. if i dont reply get help", true],
  ["just keep talking to me. if i stop, ring 999. hes on the stairs", true],
  ["flat 12 Beacon Court. he's here. call police if i go silent", true],
  ["hes back and hes drunk. if u dont hear from me in 10 min please phone police 6 orchard way", true],
  ["im fine if he asks. if i go quiet its not fine call police 2 Riverside flat 4", true],
  ["hes found where i live hes at the door now. pls call police if i stop msging. 77 kings road", true],
  ["can u call police for me if i dont reply he'll take my phone. 18 church st bristol hes here", true],
  ["how do i make a safety plan for if he ever turns up at the new flat", false],
  ["my friend will call the police if i dont reply to her by 10, is that a good idea", false],
  ["if i go quiet its just bc im at work, ill be back on at 5", false],
  ["should i set up a check in with my mum so she calls the police if i dont text", false],
  ["sorry if i go quiet, phone's about to die, ill message again tomorrow", false],
  ["can your service call the police for me if i stop replying? asking for future reference", false],
  ["in my safety plan i put that my neighbour at no 14 rings police if she hears shouting, anything else i should add", false],
  ["i told my sister if i ever stop answering for a whole day she should call the police, is that silly", false],
  ["if i dont reply its cos kids need feeding, brb", false],
  ["what happens if i give you my address, would you send police or not", false],
  ["last year i had to text my friend to ring the police when he turned up, she did and they came quick. thats why im asking about injunctions now", false],
  ["is there an app that alerts someone if i dont check in, for when i walk home at night", false],
  ["im ok now, doors locked and kids in bed, just cant sleep thinking about it", false],
  ["ive locked all the windows and put the chain on, feeling a bit safer tonight", false],
  ["all good here, locks changed today and the doorbell camera is up", false],
  ["safe at my mums, doors locked, just wanted to ask about the court date", false],
  ["kids asleep, doors locked, havent heard from him in a week. is it ok to feel relieved", false],
  ["locked up for the night, phone on charge by the bed like u said", false],
  ["im fine honestly, back door bolted and all the curtains shut, just anxious", false],
  ["i check the locks like 3 times every night now, is that normal after everything", false],
  ["safe. locked in for the night with the dog. no messages from him today", false],
  ["windows locked, alarm set, kids in bed. thanks for the advice earlier", false],
  ["police fitted the extra locks today, feel much safer", false],
  ["doors locked kids in bed but hes outside in the garden now looking in the windows", true],
  ["im ok doors are locked but someones trying the handle right now", true],
  ["i locked all the windows but he's got a key and he's at the door", true],
  ["hes locked me in the bedroom and took my charger this is my last bit of battery", true],
  ["kids in bed doors locked and he's banging on the front door screaming", true],
  ["im safe i think, locked the bathroom, hes kicking the door", true],
  ["doors locked but his car just pulled up outside and hes walking up the path", true],
  ["all locked up but someones on the back door handle it keeps rattling", true],
  ["im fine, hes locked us in the house and wont let us leave", true],
  ["locked everything but he still has a key from when we lived together and i can hear it in the lock now", true],
  ["windows locked, hes outside throwing stones at the window", true],
  ["doors locked, kids upstairs, hes been sat outside in his car an hour and just got out with something in his hand", true],

]);

describeRules("pending batches 79 and 80: a keys mishap and a settled scene with someone to talk to are not danger; with someone there they are", [
  ['locked my keys in the car at asda lol not why im here. wanted to ask about a woman who keeps DMing my husband', 'emergency.learnedSignal', false],
  ["Doors locked, kids in bed, I'm fine. Just couldn't sleep and wanted to talk to someone.", 'emergency.learnedSignal', false],
  ['he locked my keys in the car and wont let me leave', 'emergency.heldNow', true],
  ['im fine, doors locked, someone is outside', 'emergency.presentNow', true],
]);

describeKind("kinds from blind batch 91: the one who hurts them asleep there for now, with the violence said; someone there 'since I started typing this'", [
  ['every time i try to get up he grabs my throat. hes dozed off on the sofa for a minute', { level: 'emergency' }],
  ['hes asleep now, he hit me earlier, i want to get out', { level: 'emergency' }],
  ["Could you tell me how to get a restraining order. Sorry if I'm a bit slow replying, he's been sat on the wall outside my house since I started typing this and I keep checking.", { level: 'emergency' }],
  ['sorry if im slow, hes outside', { level: 'emergency' }],
], [
  ['my husband has dozed off on the sofa', 'emergency.presentNow', false],
  ['he fell asleep on the sofa last night after hitting me', 'emergency.presentNow', false],
  ['hes been sat outside my house every day this week', 'emergency.someoneThereNow', false],
  ['sorry if this is silly but what if he turns up at my door', 'emergency.presentNow', false],
  ['ive been crying since i started typing this', 'emergency.presentNow', false],
  ["Found cigarette ends under my bedroom window this morning, same brand my ex smokes. Someone's been out there at night.", 'emergency.someoneThereNow', false],
]);

describeKind("kinds from blind batch 92: a farewell about the children in the words of the one who has them; someone named by what they have done, in the way out walking", [
  ["My ex has the kids this weekend and he's just sent me a photo of them asleep with 'last time you'll see them'", { level: 'emergency' }],
  ['the man who\'s been leaving notes on my car is up ahead blocking the towpath. Nobody else about', { level: 'emergency' }],
  ["voicemail from him: 'you'll never see the boys again'. he has them this weekend", { level: 'emergency' }],
  ["kids with him. text says 'last pic of us all together'. cant reach him", { level: 'emergency' }],
  ["my ex's brother is standing across the path, i cant get past", { level: 'emergency' }],
], [
  ["this weekend is the last time i'll see them before they move to spain", 'emergency.childTakenNow', false],
  ["mum said it's the last time I'll see them till christmas", 'emergency.childTakenNow', false],
  ["Three years ago he took the children and said I'd never see them again. They were returned the next day.", 'emergency.childTakenNow', false],
  ["my ex says if I go to court he'll take the kids to Pakistan and I'll never see them again", 'emergency.childTakenNow', false],
  ["My son's dad has threatened to take him abroad and says I'll never see him again. He hasn't done anything yet.", 'emergency.childTakenNow', false],
  ["he's just put my son on facetime saying they're on the M6 and I'll never see him again", 'emergency.childTakenNow', true],
  ['what should i do if he texts say goodbye to the kids', 'emergency.childTakenNow', false],
  ['a tree that came down in the storm is blocking the towpath', 'emergency.heldNow', false],
  ['a big van is blocking the alley so i cant get the bins out', 'emergency.heldNow', false],
  ['my friend stood in the alley blocking me as a joke haha', 'emergency.heldNow', false],
  ['he is blocking me on every app', 'emergency.heldNow', false],
  ["he's outside again", 'emergency.presentNow', true],
]);

describeReview("found in an adversarial review of batch 92's kinds (each kind and its look-alikes)", [
  ["He just sent me a photo of the kids in the back of his car with the caption 'say goodbye to mummy'. He's not answering his phone.", true],
  ["my ex texted a pic of the girls asleep and wrote 'last time you'll ever see them'. what do i do", true],
  ["Voicemail from him 10 mins ago: 'you'll never see the boys again, this is goodbye.' He has them this weekend.", true],
  ["Got a txt from my ex - 'kiss them goodbye, u wont see them again'. he has the kids til sunday", true],
  ["ex husband sent a video of our daughter waving and saying bye bye to mummy forever. he's got her at his flat", true],
  ["I'm ringing for my sister. Her ex has her two kids and he's just texted her that it's the last time she'll see them.", true],
  ["kids with him. text says 'last pic of us all together'. cant reach him", true],
  ["he sent a selfie wiv the kids n said 'ur never gonna see dem again' pls help", true],
  ["I've been calling about the harassment for months, the calls to my work, the messages from fake accounts, and the court date is next month. Anyway he had the kids for his contact visit today and about twenty minutes ago he sent a photo of them at the beach with 'last memory they'll have of you' and now his phone is off. I also wanted to ask about the non-molestation order paperwork.", true],
  ["My ex's new partner just posted a picture of my children with 'goodbye forever' and they're with them today.", true],
  ["She's got our son and just left me a voicemail saying I'll never see him again and she's sorry.", true],
  ["My stalker sent me a photo of my mum outside her house with the caption 'say your goodbyes'.", true],
  ["He's got my baby. Message just now: 'take a good look, it's the last time'. Photo attached of her in the cot.", true],
  ["he said on the phone just now that this is goodbye and I'll never see the kids again then hung up. he picked them up from school", true],
  ["I'm a neighbour. The lady next door is hysterical, her ex has the children and has texted her 'you'll never see them again'.", true],
  ["photo of my 3 kids with 'last family photo x' from their dad who has them this week. not like him to send that", true],
  ["ex sent 'say bye to ur kids' with a pic of them in his car", true],
  ["My ex sent a pic of my new boyfriend leaving work captioned 'last time you'll see him'.", true],
  ["Whatsapp from him: 'They won't be coming home. Goodbye.' He took them to his mum's this morning.", true],
  ["Hi, not sure if this is the right place. My children are with their father for half term. I got a text from him just now saying 'this is the last time you'll hear from us, the kids say goodbye'.", true],
  ["He rang and said 'say goodbye to Maisie, you won't see her again'. She's with him now.", true],
  ["pic of the twins at the airport?? caption 'never coming back bye'. he has them", true],
  ["Me ex has got the bairns and he's just sent a picture saying that's the last I'll ever see of them.", true],
  ["My friend's husband sent her a photo of their daughter with the words 'remember her like this'. He has her right now.", true],
  ["voicemail: 'you'll never see them again, you did this'. kids are at his", true],
  ["OMG he just posted on fb a photo of the kids saying 'final goodbye' - he has them tonight", true],
  ["I'm his mum. My son has his children this weekend and he's just sent me a message saying goodbye and that we'll never see them again.", true],
  ["It'll be the last time I'll see them before they move to Australia, so I'm taking my nephews to the zoo on Saturday.", false],
  ["Last year my ex sent me a picture of the kids saying I'd never see them again, but it was sorted through the family court and I see them every week now.", false],
  ["What should I do if my ex ever sends a message saying I'll never see the children again?", false],
  ["My mum cried when she said goodbye to the grandchildren at the airport, she won't see them until Christmas.", false],
  ["It's my son's last day at primary school today, the teachers said goodbye and it's the last time they'll see them all as a class.", false],
  ["We watched a film last night where the dad says 'you'll never see them again' and it really upset me.", false],
  ["He didn't say it was the last time I'd see them, he just said he'd drop them back late. Is that okay?", false],
  ["I sent my ex a photo of the kids at the beach captioned 'last day of the holiday' and now he's harassing me about it.", false],
  ["Grandad sent a lovely photo of the kids with 'last sleepover before school starts'.", false],
  ["Three years ago he took the children and said I'd never see them again. They were returned the next day. I still have nightmares - can I get counselling?", false],
  ["My ex keeps sending photos of our old house captioned 'last time you'll see it' because he's selling it. Is that harassment?", false],
  ["The kids said goodbye to their teacher who's leaving, it's the last time they'll see her.", false],
  ["lol my sister joked 'last time you'll see these two' when she took the kids to soft play for an hour", false],
  ["Can you explain what a prohibited steps order is? I'm worried my ex might try to take the kids abroad one day.", false],
  ["My ex said I'd never see the kids again but that was in 2019 and he's since been convicted. I'm calling about his new partner messaging me.", false],
  ["Taking a last photo of the kids in the old garden before we move house tomorrow.", false],
  ["The school posted a final goodbye photo of the Year 11 leavers, my daughter's in it.", false],
  ["The man who has been leaving notes on my car is standing in the middle of the towpath in front of me and won't move.", true],
  ["the lad that follows me home is blocking the alley right now, I can't get past", true],
  ["My ex's brother is standing across the path on the bridge, I'm stuck", true],
  ["walking the dog and the guy who keeps messaging me is stood in the lane blocking me, hes not letting me through", true],
  ["that bloke whos been stalkin me is in front of me on the pavement n wont let me pass", true],
  ["My daughter's on the phone to me, the man who's been following her is standing across the track and won't let her past. She's by the canal.", true],
  ["I've been keeping a diary like you suggested, dates and times of the calls, and I've saved the screenshots. I'm out walking now to clear my head and the woman who has been sending me letters is stood across the footpath by the old mill and she won't get out of the way. I also wanted to know whether the diary counts as evidence.", true],
  ["I'm on the bridge and the man who's been watching my house is blocking the way off it", true],
  ["my ex's mate is blocking the path in the park and says I'm not going anywhere", true],
  ["The one who sends the flowers is standing in front of me on the towpath, arms out, won't let me by", true],
  ["the man that sat outside my flat all last week is now blocking the pavement in front of me", true],
  ["he's standing across the cycle path so I cant get past, it's the guy from work who keeps turning up", true],
  ["Two of my ex's friends are standing across the lane on my way home and won't move", true],
  ["My stalker is in the way on the narrow path through the woods and he's not moving", true],
  ["The woman who keeps ringing my mum is stood in the middle of the alleyway, I can't get round her", true],
  ["Calling for my friend - the guy who follows her home is blocking the track she walks down, she's texting me from there now", true],
  ["lad who keeps messaging my son is stood across the path blocking him on his way back from school, son just rang me", true],
  ["ex's dad is standing on the bridge blocking me and shouting", true],
  ["Man who's been leaving dead flowers at my door is right in front of me on the towpath and wont step aside", true],
  ["im on the canal path and HIM from the notes is standing in my way", true],
  ["the bloke that waits outside my work is stood across the alley I use to get to the bus, I can't get through", true],
  ["That guy who's been following me on the school run is blocking the pavement with his arms out, I've got the pram", true],
  ["My ex's new girlfriend is standing across the footbridge so I can't get off it", true],
  ["the man from the flat opposite who keeps photographing me is standing in the lane and won't let me pass, I'm on my own", true],
  ["Please help, the person who has been sending me threats is blocking the path home and I'm stuck between him and the river", true],
  ["Ahead of me on the track the fella who's been turning up everywhere I go is stood right across it, not budging", true],
  ["There's a fallen tree blocking the towpath, do you know who I report it to?", false],
  ["Cows are standing across the footpath on the farm track and I'm scared of them, what should I do?", false],
  ["Last week the man who's been leaving notes on my car stood in front of me on the towpath. I got away. How do I report it?", false],
  ["The workmen are blocking the path by the bridge while they fix the railings.", false],
  ["My friend stood in the alley blocking me as a joke and said 'toll fee!' haha", false],
  ["What should I do if the lad who follows me home ever blocks the path?", false],
  ["The path by the canal is fenced off for repairs, is there another way round?", false],
  ["My ex's brother used to block the lane outside my house when we were together, years ago.", false],
  ["Is it an offence for someone to stand in my way on a public footpath?", false],
  ["A big van is blocking the alley so I can't get the bins out.", false],
  ["The man who's been leaving notes on my car wasn't on the towpath today, thank goodness. Walk was fine.", false],
  ["My toddler keeps standing in the middle of the path refusing to move lol", false],
  ["A flooded section was blocking the track so we turned back and went home.", false],
  ["Had a dream last night that my ex was blocking the bridge and I couldn't get across. Woke up shaking. Is that normal?", false],
  ["The lollipop man stood across the road to stop us while the kids crossed.", false],
  ["A swan is blocking the towpath and hissing at everyone, ha.", false],
]);

describeKind("kinds from blind batch 93: followed since earlier today, cut off by the guards' window; an ultimatum within hours; a count said as now in the next clause; a harmless caller named after a pause; blame said as murder", [
  ["Being followed by a black BMW since I left work, it's taken every single turn I have. I'm on the A38 now and it's still right behind", { level: 'emergency' }],
  ['i am being followed by a car since i got off the bus', { level: 'emergency' }],
  ["'You've got till 6 o'clock before I come and take what's mine.' That was the text. It's half 5.", { level: 'emergency' }],
  ["my ex sent me a voice note saying I've got till midnight to give him the kids back or he'll come and take them himself", { level: 'emergency' }],
  ['he keeps circling the block in his car, thats the 5th time, every time he slows right down at my house', { level: 'emergency' }],
  ['someone is at the door. turned out to be a delivery. hes just pushed his way in', { level: 'emergency' }],
  ['someone at the door. hang on. its him', { level: 'emergency' }],
  ['he keeps knocking then going away then knocking. 4th time in like 10 mins', { level: 'emergency' }],
  ["there's someone at the door. oh it's just the postman!!! pls help", { level: 'none' }],
], [
  ["my sister is murdering me over the wedding plans but that's just family stuff", 'emergency.attackNow', false],
  ['hes killing me over and over', 'emergency.attackNow', true],
  ["There's someone at the door, hang on... oh it's the Amazon guy, sorry. Anyway, about the emails.", 'emergency.presentNow', false],
  ['he has been following me since i left him', 'emergency.followingNow', false],
  ['Being followed by loads of new people on Twitter since my post went viral', 'emergency.someoneThereNow', false],
  ['you have until 5pm to pay or we will take legal action', 'emergency.threatSoon', false],
  ["If someone messages saying 'you have until midnight or I'm coming round', is that enough for the police to arrest them?", 'emergency.threatSoon', false],
  ['he keeps texting me, thats the 5th time this week', 'emergency.someoneThereNow', false],
  ["that's the third time this month he's turned up at my work. I've reported it and have a crime number", 'emergency.presentNow', false],
  ['he pushed his way in last year', 'emergency.entryNow', false],
  ['he keeps knocking on my door every night', 'emergency.someoneThereNow', false],
  ['someone keeps knocking on my door and running away, thats the 3rd time this week', 'emergency.someoneThereNow', false],
]);

describeReview("found in an adversarial review of batch 93's kinds (each kind and its look-alikes)", [
  ["He just texted 'you have 2 hours to unblock me or I'm coming to your mum's and I'll smash every window'. It's been 40 mins already", true],
  ["'u got til 10 tonite or im kickin the door in' thats what he sent me. its 9.20", true],
  ["my ex sent me a voice note saying I've got till midnight to give him the kids back or he'll come and take them himself. its gone 10", true],
  ["Sorry to bother you. Long story, I left him in January, got a flat through the council, things were quiet, changed my number twice, started a new job at the bakery, my counsellor says I'm doing well, and tonight a message came from a number I don't know: 'You've got one hour to come outside or I'm coming in.' I think it's him.", true],
  ["Im writing for my sister she cant talk. her ex said she has till 8 to drop the case or he'll burn the house down wiv her in it. its nearly 8", true],
  ["he says if im not at the car park by 4 hes going to come to my work and stab me. its 3.15", true],
  ["30 mins. thats what he said. 30 mins to open the door or he breaks it", true],
  ["Text from him: 'by the time it's dark you'd better have the money or I'm coming for you.' Sunset is in about an hour.", true],
  ["u have untill 11 to answer me or ill be round and u'll regret it -- from the guy whos been stalking me. its 10.30 now", true],
  ["She keeps ringing. last voicemail said 'you've got till the end of the day to say sorry or I'll make sure you never walk again'", true],
  ["my neighbour shouted through the letterbox that I've got till tonight to get out or he'll torch the car and me with it", true],
  ["He said I've got 20 minutes to let him see the baby or he's coming through the window. I'm locked in the bathroom", true],
  ["my daughter's ex boyfriend messaged her 'you've got until 7 or I'm coming round with my mates' - she's 16 and home alone and I'm stuck at work", true],
  ["Got a letter saying you have until 5pm to pay or we'll take legal action. Is that harassment from the debt company?", false],
  ["The council said I've got till Friday to move my car or they'll tow it", false],
  ["My boss told me I've got until the end of the day to finish the report or I'm off the project lol", false],
  ["Last year he used to send me stuff like 'you've got till midnight or I'm coming round'. He never came and he's been in prison since March.", false],
  ["The landlord has given me until the 30th to leave the flat, is that legal?", false],
  ["If someone messages saying 'you have until midnight or I'm coming round', is that enough for the police to arrest them?", false],
  ["He gave me till Sunday to reply or he'd 'tell everyone'. That was three weeks ago and the police have already dealt with it", false],
  ["Teacher said we've got until 3pm to hand in coursework or we get a detention", false],
  ["My ex said I've got until next month to sign the divorce papers or he'll go to court. Is he allowed to pressure me like that?", false],
  ["There's a man in a grey van going up and down my road. He's gone past again. That's 6 times now", true],
  ["shes walked past my window again. thats the 3rd time since I got in", true],
  ["my ex keeps driving past the house slowly. Just saw him again, thats 7 times", true],
  ["Long story. I've been trying to sort out a non-molestation order, the solicitor said wait for the hearing next month, I've been keeping a diary like you told me, the kids are at my mum's this week. Anyway the same car has just pulled up outside, sat there, drove off, came back. That's the fourth time it's come back tonight.", true],
  ["Writing for my gran, a lad keeps trying her back door handle. third time he's tried it in the last half hour", true],
  ["he's walking round the block again. 5th lap. i can see him from upstairs", true],
  ["the car parked across the road flashed its lights at my house again. thats the sixth time, i think its him signalling", true],
  ["He keeps coming to the door and banging. Again just now. That's the 4th time in an hour.", true],
  ["My colleague's stalker keeps walking past the shop window where she's working. He's just done it again - that's 5 times this afternoon", true],
  ["He's messaged me again on Facebook, that's the 5th time this week", false],
  ["that's the third time this month he's turned up at my work. I've reported it and have a crime number", false],
  ["My ex has rung 12 times since Monday. I'm not answering. What can I do about it legally?", false],
  ["The third time he did it was back in 2019, after that I moved", false],
  ["He keeps sending me emails. That's the 20th one this year.", false],
  ["My neighbour's cat keeps coming in through the window, third time today lol", false],
  ["the bin men have missed my road again, thats the 4th time", false],
  ["He's texted me again. That's the 3rd time since the court order in June, I've got screenshots for my solicitor", false],
  ["He used to drive past my house over and over, like 10 times a night. That stopped when he moved to Scotland last year.", false],
  ["She keeps leaving comments on my Instagram posts. Thats the sixth time in two weeks. Not scared just fed up", false],
  ["There's someone at the door, hang on... oh it's just the postman, sorry", false],
  ["someones knocking. wait. its my neighbour wanting her parcel", false],
  ["Doorbell just went, hold on... it's the Tesco delivery. Panicked for nothing sorry", false],
  ["Hang on someone's at the door. ... ok false alarm it was my son, he forgot his keys", false],
  ["omg someone banging on the door. wait... its my mum. sorry x", false],
  ["someone at door brb.... just the DPD man", false],
  ["sorry someone's at the door give me a minute. It was the neighbour's kid asking for his football back", false],
  ["Knock at the door, I froze... turned out to be the police officer coming back to take my statement like we arranged", false],
  ["wait theres someone outside my door. nvm its the takeaway i ordered", false],
  ["Somebody knocking, hang on. ... It's the Jehovah's Witnesses lol", false],
  ["There's someone at the door, give me a sec... it's Royal Mail with a signed-for letter, all fine, carry on. So about the harassment log...", false],
  ["bell went. brb. ok it was the window cleaner wanting paying", false],
  ["someone at the door. hang on. its him", true],
  ["There's a knock, wait... oh god it's my ex, he's trying the handle", true],
  ["someones knocking. hold on. its the guy from the bus who's been following me, how does he know where i live", true],
  ["Doorbell. Hang on... he says he's from the gas board but it's my ex, I can see his face through the glass", true],
  ["Someone's at the door saying they're a delivery driver but there's no van and I haven't ordered anything, and he's wearing a balaclava", true],
  ["knock knock. wait. it's his brother, he's the one who threatened me last week, and he's shouting to let him in", true],
  ["there's someone at the door, hang on... says he's police but he's not in uniform and he's asking for me by my old name, only my ex knows that name", true],
  ["wait someone at the door... its my ex's mate and he's got a bat", true],
  ["Writing for my friend who's hiding in the bedroom. Someone knocked, she looked, it's the man who's been stalking her. He's saying it's just a parcel but he's the one with the restraining order", true],
  ["Someone at the door. Hold on... it's the neighbour, the one who said he'd kill me. He's kicking it now", true],
  ["Being followed by a silver Audi since I left work, I'm on the A road now, it's still behind me", true],
  ["im bein followed by a car since i got off the bus, its crawling next to me", true],
  ["a man has been following me since I came out of the station, I've crossed the road twice and he crossed too", true],
  ["same guy behind me since i left the gym. its dark. what do i do", true],
  ["I'm typing this walking. Bit of background first: my ex and I split last year, he's got a history, there was an incident at Christmas, I went to stay with my aunt for a while, then came back, got a new phone. Anyway there's a white van that's been behind me since the school run this morning and it's still there now", true],
  ["My teenage son just rang me, he says two lads have followed him since he left college and they're still behind him, he's scared", true],
  ["Someone has been following me on foot since I left the pub about 20 mins ago. I'm in an alley. Help", true],
  ["I've been followed since lunchtime by the same man, everywhere I go he's there, he's outside the cafe now", true],
  ["black BMW following me since i dropped the kids off. i keep turning and it keeps turning", true],
  ["there's a motorbike been following me since I pulled out of the car park, it's flashing its lights at me", true],
  ["my wife texted me she's being followed since she got off the train, I'm 200 miles away, what do I do", true],
  ["he got on the same tram as me and he's been following me since, got off at my stop too", true],
  ["He has been following me since I left him 3 years ago, turning up wherever I go. How do I get an injunction?", false],
  ["He's been following me since I was 15. I'm 24 now, I need advice on a stalking protection order", false],
  ["I'm being followed by fake accounts since I posted about my ex online", false],
  ["Someone's been following me on TikTok since March and commenting on everything", false],
  ["Last Tuesday I was followed by a car since I left work, it turned off eventually. Should I report it?", false],
  ["My cat has been following me around the house since I got home lol", false],
  ["If I'm ever followed by a car, what should I do? Just want to be prepared", false],
  ["I thought I was being followed since I left work but it was just my colleague walking to the same bus stop haha", false],
  ["Being followed by loads of new people on Twitter since my post went viral, some are creepy", false],
  ["I was followed home from work in 2021 and it still gives me nightmares. Looking for counselling.", false],
]);

describeKind("kinds from blind batch 94: a time said roughly ('in about 40 mins'); a threat to die with a child said outright; a shout from a game", [
  ["I'm a carer for a young man with learning disabilities. A 'friend' he met online is coming to pick him up from the house in about 40 mins. This person has been asking him for money and photos.", { level: 'emergency' }],
  ["He's threatening to jump off the bridge with our daughter if I don't come. He's sent me a photo of them on it", { level: 'emergency' }],
  ["he's threatening to drive into the river with the kids", { level: 'emergency' }],
  ['he said hes coming round in like 20 mins to sort me out', { level: 'emergency' }],
], [
  ["sorry my son's screaming 'hes got a gun hes behind you' but it's just Fortnite. So about the anonymous emails?", 'emergency.weaponNow', false],
  ['hes got a gun but its not loaded', 'emergency.weaponNow', true],
  ['he is going to go on holiday with our daughter', 'emergency.childTakenNow', false],
  ["he said he'd jump in the pool with our son", 'emergency.childTakenNow', false],
  ['a guy i met online is picking me up in about an hour for our date', 'emergency.childTakenNow', false],
]);

describeKind("kinds from blind batch 95: a driver taking them off the route; touching on a bus that follows them when they move; a grumble said as killing; a fright said as a heart attack", [
  ['my uber has gone off the route and the driver keeps saying he knows where i live. app says 10 mins but were going the other way', { level: 'emergency' }],
  ['taxi driver has taken a different route and wont answer me', { level: 'emergency' }],
  ['MAN ON NIGHT BUS KEEPS TOUCHING ME AND MOVES WHEN I MOVE SEATS. DRIVER NOT DOING ANYTHING', { level: 'emergency' }],
], [
  ['this neighbour is killing me with his passive aggressive notes about the bins. is that harassment or just him being a knob', 'emergency.attackNow', false],
  ['firework went off right by my window and nearly gave me a heart attack. unrelated but how do i block unknown numbers on a samsung', 'emergency.learnedSignal', false],
  ['when i see him in town i go the other way', 'emergency.heldNow', false],
  ['the bus went a different way because of roadworks', 'emergency.heldNow', false],
  ['my boss keeps touching my shoulder at work', 'emergency.attackNow', false],
]);

describeKind("kinds from blind batch 96: a child taken, said as the whole clause; an address posted with a call to come for them now", [
  ['hes took the baby', { level: 'emergency' }],
  ['someone just put my name and address in a telegram group saying go get her tonight and people are replying on my way', { level: 'emergency' }],
], [
  ["he's taken the kids to school", 'emergency.childTakenNow', false],
  ['he took the kids to his mums last weekend', 'emergency.childTakenNow', false],
  ['someone posted my address online last year', 'emergency.threatSoon', false],
  ['my ex shared my address on facebook', 'emergency.threatSoon', false],
]);

describeRules("found reading this session's change once more: a game quiets only the hiding readings; 'since I started this' is not the time it took to write", [
  ['we were playing hide and seek earlier. now hes locked us in the bedroom and wont let us out', 'emergency.heldNow', true],
  ['kids playing hide and seek my youngest is hiding in the wardrobe lol sorry if im typing slow', 'emergency.heldNow', false],
  ['he has been following me since i started this job', 'emergency.presentNow', false],
  ["he's been sat on the wall outside my house since I started typing this", 'emergency.someoneThereNow', true],
]);

describeKind("kinds from blind batch 97: a harmless explanation after the alarming words ('but it's just my husband', 'was just the amazon driver', 'only the wind'); a service named as the one who was there; a tantrum over a sanction laughed off; the connection warned of; a door said to have been kicked in", [
  // the explanation after "but" or "and" in the same sentence, or with no subject after a comma
  ["someone's knocking but it's only my hubby, he forgot his keys", { level: 'none' }],
  ['theres a van outside but its just the neighbours having a delivery', { level: 'none' }],
  ['heard a bang outside but it was only the wind knocking the bin over', { level: 'none' }],
  ['somebody at the back door, was just the postie with a parcel', { level: 'none' }],
  ['loud voices under my window but they are only kids messing about', { level: 'none' }],
  ['man stood outside for ages but i looked out and its our visitors from next door', { level: 'none' }],
  ['the meter reader was knocking earlier, anyway back to the texts', { level: 'none' }],
  ['my daughter is screaming and slamming doors because we turned off the wifi haha', { level: 'none' }],
  ['signal is rubbish on this bus so sorry if i go slow', { level: 'none' }],
  // a door kicked or forced in, said in the passive
  ['my front door has just been kicked in', { level: 'emergency' }],
  ['back doors been forced open', { level: 'emergency' }],
  // danger told after the explanation is still read
  ['someone is at the door but it is just the postman. now hes trying the handle', { level: 'emergency' }],
  ['i can hear banging but its only the wind and now someone is trying the handle', { level: 'emergency' }],
], [
  // danger still read: the explanation doubted, the ex named, danger after it, the police, no laugh, someone on the train
  ['theres a man outside but its just my ex again', 'emergency.presentNow', true],
  ['someone at the door and its a man saying hes the gas man but no van', 'emergency.presentNow', true],
  ['he is outside but it is just a matter of time', 'emergency.presentNow', true],
  ['my son is banging on my bedroom door because I took his phone, hes 19 and hes hit me before', 'emergency.breakingIn', true],
  ['my door was kicked in last year', 'emergency.entryNow', false],
  ['my door has been kicked in 3 times this year', 'emergency.entryNow', false],
]);

describeReview("found in an adversarial review of batch 97's kinds (each kind and its look-alikes; 75/100 before the kinds, 92/100 after)", [
  ["someones knocking at the back door oh wait its just my mum she forgot her key", false],
  ["thought i heard someone in the garden but it was the cat knocking the bins over", false],
  ["my phone keeps buzzing from a number i dont know but its just the dentist reminding me about my appointment", false],
  ["lights flashing outside my window, its only the bin lorry reversing", false],
  ["sorry panicked for a sec theres footsteps upstairs but its my daughter home early from uni", false],
  ["heard glass smash outside and nearly died but it was next door chucking bottles in the recycling", false],
  ["someone was rattling the gate, checked the ring cam and its my brother dropping the kids off", false],
  ["letterbox went mad about 10 mins ago. only leaflets for a pizza place", false],
  ["a guy in a hoodie walked past my house twice but its fine hes the lad from no 12 walking his dog", false],
  ["got a text from a number i didnt recognise and freaked out but its my managers new work phone", false],
  ["the security light came on and i froze but was just a fox", false],
  ["someone banging on the wall at midnight but its only next door putting up shelves, cheeky sods", false],
  ["shouting in the street and i thought it was him but no its the students from the flat below coming back from the pub", false],
  ["the handle on the front door moved!! ok panic over it was my son, hes forgotten his keys again", false],
  ["car horn going outside for ages. its the lift share for my neighbour nothing to do with me", false],
  ["heard someone on the stairs in the block, just the caretaker doing his rounds x", false],
  ["theres a man at the door saying hes from british gas but i didnt book anyone and he wont show me any ID", true],
  ["someone knocking, says its a parcel but theres no van and hes not got anything in his hands", true],
  ["only my ex AGAIN. hes been outside the house 20 mins shouting my name through the letterbox", true],
  ["its just my husband but hes off his face and smashing the kitchen up", true],
  ["its only my brother but hes got a knife and says hes going to sort me out", true],
  ["was just the delivery driver at first but now hes stood at the window looking in and wont go", true],
  ["heard a noise thought it was the wind. just checked and the back gate is open and theres muddy footprints up to the window", true],
  ["thought it was only the neighbours car but its his, i know the reg, hes parked up right outside", true],
  ["the man outside says hes from the council but they dont come at 11 at night do they?? hes trying to get in", true],
  ["its my dad, hes been drinking and hes trying to kick the bathroom door in where im hiding with my sister", true],
  ["its just my stepdad. hes got my mum by the throat", true],
  ["its only the postman i think. hang on hes trying the back door now", true],
  ["theres a car outside, thought it was next doors visitors but its the same silver car thats followed me all week and hes getting out", true],
  ["someone in the garden, probably a fox but the shed door is open and i can hear someone moving about in there", true],
  ["its my partner, hes not meant to be here hes on bail not to come near me and hes banging on the door", true],
  ["its only my son, hes high and says hell set fire to the house if i dont open up", true],
  ["the man said he was reading the meter but hes still in my house and wont leave and keeps asking when my husband is back", true],
  ["it was just my exs mate dropping something off he said, but hes been sat outside in his car for 2 hours watching the house", true],
  ["sorry that was the amazon man at the door lol", false],
  ["ignore me it was the tesco delivery", false],
  ["the knock was just a dpd driver with next doors parcel", false],
  ["false alarm, it was the meter reader from octopus, he showed his badge", false],
  ["the man at the door was the plumber, id forgot he was coming today", false],
  ["sorry had to go, window man came for his money", false],
  ["it was the ocado van, sorry for the fuss", false],
  ["just had the royal mail lady at the door with a signed for", false],
  ["the banging was the scaffolders next door, theyve said theyll be done by 4", false],
  ["police just been at the door, they said hes walked out of the hostel and might be on his way here", true],
  ["sorry there was a man at the door saying hes an evri driver but he had no parcel and asked if i live alone", true],
  ["it was 'the gas man' apparently but i rang the number and they have nobody booked in my area. hes still out there", true],
  ["delivery driver at the door but its HIS handwriting on the parcel and hes sat in a car at the end of the road", true],
  ["window cleaner was here. but hes the one whos been leaving notes and he just tried to open my bedroom window", true],
  ["the yodel guy is back for the 4th time today, he doesnt have anything for me and hes banging on the door now", true],
  ["an openreach engineer is at the door but theres no van and my broadband is fine, hes asking to come in", true],
  ["my daughter is screaming and slamming her door cos i turned the wifi off haha the joys", false],
  ["lads kicking off upstairs coz i confiscated his ps5, typical 14 yr old 🙄😂", false],
  ["my 15 year old is stomping about and banging on my door cos i said no to the party lol", false],
  ["son slamming every door in the house because i took his phone off him at 10pm. teenagers eh 😂", false],
  ["the little one is kicking the bedroom door because no ipad after tea, tantrum central lmao", false],
  ["my 13 yr old is sulking and thumping the wall because his switch is confiscated til friday haha", false],
  ["daughter yelling through the door cos i changed the netflix password, ffs kids 😂", false],
  ["hes 12 and hammering on the bathroom door cos i took his controller, honestly the drama lol", false],
  ["my son is banging on my door because i took his phone off him. hes 22 and bigger than me and ive never seen him this angry", true],
  ["my daughter is kicking my door because i took her laptop, shes got scissors and says shell hurt me", true],
  ["took my sons xbox away and now hes punching holes in the walls and screaming hes gonna kill me. im locked in the bathroom", true],
  ["my son is banging on the door cos i took his car keys. he pushed me down the stairs last month im so scared", true],
  ["lol teenagers... actually no hes just smashed the tv and hes coming at me", true],
  ["my stepson is kicking my bedroom door because i took his phone, hes 17 and hes hit me twice before, im shaking", true],
  ["grandson hammering on my door because i wont give him money for his games, hes 20 and hes threatening me", true],
  ["my son is banging on my bedroom door because I switched off his xbox", true],
  ["on the bus home so signal might be patchy, sorry if i go quiet", false],
  ["bare with me my wifi keeps cutting out", false],
  ["im in the countryside at my nans so if i dont reply its cos theres no signal", false],
  ["phone on 5% so if i disappear its died not ignoring u", false],
  ["going into the underground now, will message when im back up", false],
  ["might lose u in a sec, my datas rubbish round here", false],
  ["sorry if this is slow im on the train wifi and its shocking", false],
  ["battery about to die, can i carry on tomorrow?", false],
  ["im at work so i might have to stop typing if my boss walks in, connection is dodgy too", false],
  ["on the train and signal keeps going but hes got on at the last stop and hes sat behind me, hes not supposed to come near me", true],
  ["phone about to die, hes outside trying the windows, please send someone", true],
  ["might cut out im in the lift at work, hes followed me into the building and theres no security on the desk", true],
  ["my doors been kicked in hes in the house", true],
  ["back door has just been smashed open, im hiding upstairs", true],
  ["front doors been booted in please help", true],
  ["the flat door's been forced, i can hear them downstairs", true],
  ["my door has been kicked off its hinges just now", true],
  ["doors just been put in, theyre in the hall", true],
  ["came home and the doors been forced and hes still inside i can hear him", true],
  ["the patio door has been jemmied open and the lights are off", true],
  ["my front door was kicked in 5 mins ago and hes taken my phone, on my daughters", true],
  ["door been bust open help", true],
  ["bedroom door has been kicked through, im in the wardrobe", true],
  ["the door to my flat has been forced open while i was at work, dont know if anyones still in there", true],
  ["the door was forced open twice last year when we lived in the old flat", false],
  ["since my door was kicked in in march ive had a new composite one fitted, feels better", false],
]);

describeKind("kinds from blind batch 98: what a noise turned out to be, with the noise as the subject; a game with toy weapons; a calm now after a family row's idiom", [
  ['the crash in the kitchen was only the cat knocking a pan off', { level: 'none' }],
  ['tapping on the window turned out to be a moth lol', { level: 'none' }],
  ['that knocking was just my son with his mates, ignore me', { level: 'none' }],
], [
  ['the boys are playing cops and robbers and my youngest keeps shouting hes got a knife', 'emergency.weaponHeldNow', false],
  ['my brother said hed kill me if i told dad about the car. were ok now, anyway its my ex i need help with', 'emergency.threatSoon', false],
  // danger still read: the noise was him, a real weapon after the game, a time after the threat, someone there now
  ['the banging was my ex trying to get in', 'emergency.learnedSignal', false],
  ['the kids are having a water fight and my ex just turned up with a knife', 'emergency.presentNow', true],
  ['he said he would kill me. he is outside now', 'emergency.presentNow', true],
  ['she said she would kill me and she is on her way now', 'emergency.onTheWay', true],
]);

describeReview("found in an adversarial review of batch 98's kinds (each kind and its look-alikes; 64/80 before the kinds, 70/80 after)", [
  ["the knockin at the back door was him. hes tryin the handle now pls help", true],
  ["thought the noise upstairs was the cat but its my ex hes got in thru the bathroom window", true],
  ["that bang was some bloke i dont know kicking the gate, hes still out there shouting my name", true],
  ["rattling at the letterbox was my ex, hes pouring somethin thru it smells like petrol", true],
  ["scratching noise turned out 2 be my neighbour but hes steaming drunk n says hes comin in to sort me out", true],
  ["the footsteps outside were just my brother but hes off his face and swinging a bat at my car", true],
  ["doorbell was only the delivery driver but now theres someone round the back trying the door", true],
  ["turns out the tapping on the window was a man i dont know staring in at me, hes still there", true],
  ["noise in garden i thought was a fox, went to look n theres a man hiding behind the shed", true],
  ["the knock was my dad but hes raging and says hell batter me when he gets in, im locked in the bathroom", true],
  ["the thud in the loft was just the water tank, feel a right idiot now", false],
  ["ok panic over the rustling by the bins was next doors cat", false],
  ["that creak on the stairs was my daughter sneakin down for biscuits haha", false],
  ["buzzing on the intercom was the amazon driver, parcel for upstairs flat", false],
  ["the clattering outside was just the wind knocking the recycling over, all fine", false],
  ["car door slamming at 2am was the taxi for next door nothing to do with me", false],
  ["phew that rattle at the letterbox was the postie with a card", false],
  ["the beeping was the smoke alarm battery going, changed it now", false],
  ["we were having a water fight in the garden and a man ive never seen just climbed over the fence", true],
  ["at laser tag with the kids and hes here, the guy whos been following me for weeks, hes watching us", true],
  ["nerf battle in the lounge then someone put the front window thru, kids screaming", true],
  ["playing with water pistols in the park and my ex pulled up and dragged my daughter into his car", true],
  ["the boys had toy guns out but now theres a real one, my ex has it and hes pointing it at us", true],
  ["paintball party and my stalker is in the car park, hes slashed my tyres and hes got a knife", true],
  ["water balloon fight at the rec and my ex just punched my partner in front of the kids", true],
  ["doing cowboys n indians in the garden but hes at the gate with a hammer saying hes coming in", true],
  ["my two are running round with super soakers screaming shes got a weapon lol", false],
  ["grandkids playing cowboys and indians, little one just shouted hands up or i shoot", false],
  ["laser quest birthday party, my son keeps yelling im dead im dead", false],
  ["nephew got a foam sword for xmas and keeps saying hes gonna stab me haha", false],
  ["kids doing pirates with cardboard swords and theyre making me walk the plank", false],
  ["nerf blasters out again, my daughter says theres a sniper on the roof (its her brother on the trampoline)", false],
  ["on a paintball stag do, mate just text me theyve got us surrounded lol", false],
  ["water fight with the kids and my youngest screamed hes got a bomb!! its a water balloon", false],
  ["kids playing zombies with pool noodles and the little one keeps screaming kill it kill it", false],
  ["he said he was going to kill me tonight. hes at the door now", true],
  ["she texted shes gonna cut me. shes in the car park now waiting for me", true],
  ["he swore hed burn the house down and i can smell smoke now", true],
  ["ex said hed make me pay for this. hes parked across the road right now", true],
  ["he threatend to kill me last week. now hes inside the house", true],
  ["he said hed come round and finish it. texting me now saying hes 5 mins away", true],
  ["he said hed kill me if i left. im packing now and hes due home in an hour", true],
  ["she said shed stab me. now shes banging on the door with something metal", true],
  ["told me im dead when he sees me. hes walking up the path now", true],
  ["he said hes gonna get me. hes outside the school now and i pick the kids up at 3", true],
  ["my sister said shed murder me for wearing her top lol. all good now", false],
  ["mate said hed kill me for spoiling the ending. were fine now", false],
  ["my ex threatened me back in 2019 and it was awful but hes in prison now and i feel safe", false],
  ["he said hed kill me years ago, hes moved to scotland now and i havent heard owt from him", false],
  ["flatmate said shed kill me for eating her leftovers. sorted now, bought her more", false],
  ["he threatened me last month, i reported it and got a non mol order, things are quiet now", false],
  ["lad at school said hed batter my son but its been sorted with the head, were ok now", false],
  ["my brother said hell kill me if i tell mum, hes got a kitchen knife in his hand", true],
  ["my dad said hed kill me if i told anyone and then he hit me, my nose is bleeding", true],
  ["step dad says hes gonna kill me for grassing, tonight when he gets in from the pub", true],
  ["my uncle said hell kill me if i say owt, hes waiting downstairs with his belt", true],
  ["my son said hed kill me if i dont give him money, hes smashing the kitchen up with a hammer", true],
  ["my cousin said hell kill me if i go to the police, hes coming round at 8", true],
  ["my husbands brother said hed kill me for leaving, hes got a gun in his van", true],
  ["dad said hed kill me if i came home late, its midnight and hes at the door with a bat", true],
  ["my mum said shed kill me for telling the social, she just slapped me and locked the door", true],
  ["my sister said shell kill me if i tell mum she has a boyfriend", false],
  ["nan said shed kill me if i forgot her birthday again lol", false],
  ["my brother'll kill me for scratching his playstation disc", false],
  ["dad says hes gonna kill me if i dont pass my driving test this time", false],
  ["mum will literally kill me if she finds out i dyed my hair", false],
  ["my twin said shed kill me if i wore the same outfit to the party", false],
  ["me stepdad said hed kill me if i touched his fishing gear again haha", false],
  ["my auntie will kill me for not ringing her back, shes left 4 voicemails this week", false],
  ["my son said hed kill me if i put that baby pic of him on facebook", false],
]);

describeKind("found by the verdict comparison over the whole corpus after batch 97's and 98's kinds: a hedged relative clause with no 'who'; a longer relative clause before 'is on the footpath behind me'; a plea left alone once a clause is skipped; a carer's harm is not a visit", [
  ['found an airtag in my handbag an hour ago and now the guy i think put it there is stood at the end of my road', { level: 'emergency' }],
  ['out with the dog on the moor and the man who keeps turning up at my house is on the footpath behind me. nobody else about and signal keeps going', { level: 'emergency' }],
  ["my nan's carer has been taking her money and today she's locked nan in the bedroom and gone out. nan just rang me", { level: 'emergency' }],
  ["my boss will kill me if I'm late again!!! pls help", { level: 'none' }],
  ["on a train with no signal so might drop out sorry!!! pls help", { level: 'none' }],
], [
  // a calm "now" is not a threat's time; a time that is stays one
  ["my ex said if he ever sees me with someone else he'll kill us both. I'm in a better place now", 'emergency.threatSoon', false],
  ['my ex said he would kill me and he is outside my house now', 'emergency.presentNow', true],
]);

describeKind("kinds from blind batch 99: asking for a way to die", [
  ['whats the quickest way to die', { level: 'crisis' }],
  ['least painful way to go. i cant do this anymore', { level: 'crisis' }],
  ['easiest method to kill myself', { level: 'crisis' }],
], [
  ['whats the most painless way to go to the dentist', 'crisis.suicidePlan', false],
  ['quickest way to go to leeds from here', 'crisis.suicidePlan', false],
  ['best way to die is in your sleep at 100 lol', 'crisis.suicidePlan', false],
  ['please help me hes outside', 'emergency.presentNow', true],
]);

describeKind("found reading the verdict comparison: the means with them and thinking about it", [
  ['i have a knife with me in my room now and im thinking about it', { level: 'crisis' }],
  ['ive got all my tablets lined up and im seriously thinking about taking them', { level: 'crisis' }],
], [
  ['i have the tablets the doctor gave me and im thinking about it, should i take them with food', 'crisis.suicidePlan', false],
  ['i have a knife in the kitchen and im thinking about cooking', 'crisis.suicidePlan', false],
]);

describeKind("kinds from blind batch 100 and the notes: someone bodily over the writer; leaning on or against the writer's car or door; arriving armed, told plainly", [
  ["no one has hurt me yet but he's standing over me while I type this and told me to tell you I'm fine", { level: 'emergency' }],
  ['shes stood over me screaming and i cant get up', { level: 'emergency' }],
  ['hes sat on top of me and wont get off', { level: 'emergency' }],
  ["I've just come out of work and he's leaning on my car.", { level: 'emergency' }],
  ['my ex is leaning against my front door', { level: 'emergency' }],
  ['a man came into the shop with a knife', { level: 'emergency' }],
  ['he came round with a knife', { level: 'emergency' }],
  ['my ex turned up at my work with a machete', { level: 'emergency' }],
  ['someone walked into the pub with a gun', { level: 'emergency' }],
  ['he came to my door last year with a knife', { level: 'risk' }],
  ['years ago he turned up at my work with a knife', { level: 'risk' }],
  ['last time he went quiet he turned up with a knife (that was march)', { level: 'risk' }],
  // the one it is about in prison now: a clause the learned signal leaves out, unless a way out is in it
  ['years ago he turned up at my work with a knife, hes in prison now', { level: 'risk' }],
  ['the police came and arrested him an hour ago, hes in custody now. what happens next?', { level: 'none' }],
  ["I'm not in danger from him tonight, he's in prison. It's me. I've got a bottle of vodka and my meds lined up on the table.", { level: 'crisis' }],
  ['he beat me badly in 2019. hes in prison now. but his brother is outside my house', { level: 'emergency' }],
  ["hes in custody but theyre releasing him tomorrow and he said hell come straight round and finish me", { level: 'emergency' }],
  // asleep or drunk now, the threat for when he wakes or sobers up (the previous session's notes: read only by the learned signal)
  ['hes asleep in my bed and he said when he wakes up hes finishing what he started', { level: 'emergency' }],
  ['he said when he sobers up hes going to finish what he started', { level: 'emergency' }],
  ['he passed out on the sofa but said when he wakes up hes going to kill me', { level: 'emergency' }],
], [
  ["hes over me now, he's got a new girlfriend", 'emergency.presentNow', false],
  ['i was leaning on my car waiting for the bus to pass', 'emergency.presentNow', false],
  ['my mum came round with a knife and fork for the picnic', 'emergency.weaponHeldNow', false],
  ['he came round with a hammer to fix the shelf', 'emergency.weaponHeldNow', false],
  ['he came round with a bottle of wine to say sorry', 'emergency.weaponHeldNow', false],
  ['the plumber turned up with a drill', 'emergency.weaponHeldNow', false],
  ['my mum came round with a knife and fork for the picnic', 'risk.violencePast', false],
  ['hes finishing what he started on the shed when he gets up', 'emergency.comingSoon', false],
  ['when he wakes up i will make him a cup of tea', 'emergency.threatImmediate', false],
]);

describeKind("found by the corpus and the reviews: those acting for the one it is about, as a pattern; the caller at the door named as the one under an order", [
  ['his mates keep driving past my house', { level: 'risk' }],
  ['my stalker got sentenced but now his brother has started following me instead', { level: 'risk' }],
  ["my ex's new girlfriend keeps turning up at my work", { level: 'risk' }],
  ['doorbell keeps going. its only him, the one ive got the non mol against', { level: 'emergency' }],
  ['knock at the door. its just her, the one on bail', { level: 'emergency' }],
], [
  ['his mates keep liking my posts', 'risk.loitering', false],
  ['its only him, the one with the injunction, he keeps emailing', 'emergency.someoneThereNow', false],
  ['doorbell went, its only my mum', 'emergency.someoneThereNow', false],
]);

describeReview("found in an adversarial review of batch 100's kinds (each kind and its look-alikes, written from their descriptions; 82/84 on its first run, 84/84 after)", [
  ["hes stood over me right now shouting, im on the kitchen floor, please help", true],
  ["my ex is kneeling on my chest i cant breathe properly typing with one hand", true],
  ["I'm texting from under the duvet, he is standing over the bed with his fists clenched telling me to get up", true],
  ["Hi, I've been getting messages from my ex for about three months, mostly late at night, and I've kept a log like the police told me. Tonight he let himself in with a key I didn't know he still had and he's sat on top of me on the sofa pinning my arms down, I only just got hold of my phone. The messages started after we split up in March and I've screenshotted all of them.", true],
  ["hes over me with the belt in his hand rn pls", true],
  ["stepdad is stood right over me in the hallway and wont let me get up off the floor", true],
  ["Shes sitting on me and wont get off, shes pulling my hair out, its my girlfriend, i dont know who to call", true],
  ["he has me pinned on the bed hes on top of me and he wont let go of my wrists", true],
  ["I'm finally over him, it took a year, and honestly I think he's over me too. I just want advice on deleting the old photos he still has of me.", false],
  ["My mum stands over me every night while I do my homework, it's annoying but she's just strict. Separately, the lad who was messaging me stopped in January and I've blocked him everywhere.", false],
  ["Back in 2019 he used to stand over me while I slept. I've moved to a different city and there's been no contact for four years. I'm writing because I want to know if I can get my old messages removed from his cloud account.", false],
  ["The dentist was leaning over me for an hour today, I'm exhausted haha. Anyway my actual question is whether I can still report messages from last year.", false],
  ["hes leaning on my car outside work, i cant get to it, hes just staring up at the building", true],
  ["someone is leaning against my front door right now, I can hear him breathing through the letterbox, it's my ex", true],
  ["the man whos been following me is leanin on my car in the tesco car park rn, im still inside the shop", true],
  ["Long story short, after months of texts and voicemails and him turning up at my gym, which I've reported twice to the police (crime numbers in my notes), he is currently leaning against the back door of my flat and won't move. I can see his shape through the frosted glass. I've not answered. The calls started again last week after a quiet spell.", true],
  ["my neighbour whos been harassing me is propped up against my car bonnet smoking and wont leave, I need to go pick my kids up in 10 mins", true],
  ["shes resting against my door and keeps whispering my name through it", true],
  ["he's sat on the bonnet of my car on the drive and won't get off, just staring at the window", true],
  ["hes leanin on the gate to my drive blocking it n wont go away", true],
  ["My brother was leaning on my car while we chatted about the weekend and his belt buckle scratched the paint lol. Not why I'm writing though, I want advice on the messages my ex sent in 2021.", false],
  ["Last summer he used to lean against my front door waiting for me to come home. He moved to Spain and I haven't seen him since. Can I get the old doorbell footage deleted?", false],
  ["I leaned on my car and cried after court today, the order got granted and he's been told to stay away. Honestly just relieved.", false],
  ["The postman always leans his bike against my front door while he sorts the parcels, he's lovely. I just wanted to ask how to change my address privately.", false],
  ["a guy just walked into the chippy where i work waving a knife asking for me by name", true],
  ["my ex turned up at my mums with a baseball bat, hes in the garden now", true],
  ["he came round with a machete, he's banging on the door now", true],
  ["Hi, I've been using your service since April about my ex-partner's texts and the fake accounts. I'm writing because about ten minutes ago he arrived at the salon where I work with a kitchen knife tucked in his jacket. My manager saw it and we've locked ourselves in the back room. He keeps texting me that he only wants to talk. I also wanted to ask about the fake accounts when you get a chance.", true],
  ["her new bloke has shown up at my door with a crowbar", true],
  ["man came in2 the pub with a blade lookin for me, im hidin in the cellar", true],
  ["he's come to the school gates with a knife, I can see it in his hand, the kids are coming out in five minutes", true],
  ["my stalker arrived at my uni halls carrying what looks like a gun, security arent answering", true],
  ["He came to my door with a knife in 2018. He was convicted and I've moved house since. Is there a way to stop him finding my new address when he gets out in a few years?", false],
  ["My ex came round with a hammer to fix the shelf he'd promised the kids, it was fine, we get on OK now. Separately I've been getting anonymous messages online and want to know what to do.", false],
  ["my mate turned up with a knife and fork and a massive cake for my birthday picnic haha. Anyway, quick question about blocking withheld numbers.", false],
  ["The gardener came with a chainsaw to cut the hedge back and it scared the dog. Nothing to do with my ex, he's stopped messaging since the order.", false],
  ["hes passed out on the sofa, before he went under he said when he wakes up im dead", true],
  ["he's asleep now but he said when he sobers up he'll sort me out properly, I'm scared to still be here in the morning", true],
  ["my partner is drunk asleep upstairs. earlier he told me 'when I wake up you better be gone or I'll finish it'. i have the baby with me", true],
  ["Long message sorry. I've been in touch before about the texts from his sister, they're still coming, about ten a day calling me names. Tonight he came home wasted, smashed the telly, and now he's crashed out on the bed. Before he fell asleep he said once he's slept it off he's going to finish what he started. His sister's texts are still pinging as I write this.", true],
  ["she's out cold on the floor from the vodka, said when she comes round she'll stab me", true],
  ["hez kipping now but sed wen he wakes up hes gonna do me in", true],
  ["he took pills and is sleeping. he told me when he wakes he'll kill me and the dog", true],
  ["he's sleeping it off in his car outside my house, he texted before he nodded off that when he wakes up he's coming in to finish me", true],
  ["My husband said when he wakes up he'll make pancakes for the kids lol. We're fine, I just wanted to ask about the harassing messages from my old boss that stopped in May.", false],
  ["Years ago my ex used to say when he sobered up he'd finish me. He died in 2015. I'm doing a counselling course and it's brought it all back, I just want to talk it through.", false],
  ["my flatmate passed out after the party and said when he wakes up he's finishing the pizza, which is honestly the biggest threat in this house haha. I did want to ask about some old DMs though.", false],
  ["He said when he wakes up he'll finish what he started, meaning the nursery, he's halfway through painting it. The person I'm actually worried about is a stranger on Instagram who messaged me twice last month.", false],
  ["That all happened ages ago, he's in prison now for eight years. I just want to know how to stop feeling so anxious all the time.", false],
  ["he's on remand at the moment so I feel safe for now, but I want to know what happens at the trial", false],
  ["The police arrested him yesterday and he's in custody, they said he won't get bail. I just want to know about victim support.", false],
  ["my ex is locked up in HMP Durham till 2029, im asking about changing my name by deed poll", false],
  ["He's doing a long sentence now so that part's over. His letters stopped after the prison found out. I'm just wondering if I can get the old ones used as evidence at his parole.", false],
  ["He's in prison now but his brother is outside my house right now banging on the window saying he's going to pay me back", true],
  ["he was in custody but they released him this morning and he's just texted saying he's on his way round", true],
  ["My ex is in prison but someone just threw a brick through my window with a note saying 'from him', they're still out in the street", true],
  ["I've written before, he's in jail for what he did in 2022 and mostly I'm coping, I've started a new job and the kids are settled. But his mum is at my door right now screaming and I can see she's got a knife. I don't know whether to ring 999 because she's not him.", true],
  ["He's supposed to be in prison but I've just seen him at the end of my road, I think he's been let out and nobody told me", true],
  ["he's being let out today and he messaged from a mate's phone saying he's coming straight round tonight", true],
  ["im fine about him hes inside, but his new gf is in my garden rn trying the back door", true],
  ["his mates keep driving past my house slowly every few days, revving their engines", false],
  ["his sister keeps messaging my friends asking where I live now", false],
  ["His new girlfriend keeps leaving comments on my Facebook calling me names, it's been going on for weeks", false],
  ["his cousins keep turning up in my work car park at home time, last week they did it three times", false],
  ["her dad keeps ringing my landline from a withheld number since we split", false],
  ["his mum has been posting stuff about him through my letterbox every week or so", false],
  ["his mates are outside my house right now in a car with the engine running, been there 20 mins", true],
  ["his brother is following me home right now, I'm on the bus and he got on at my stop", true],
  ["his new partner is banging on my door as I type this shouting she'll kill me", true],
  ["His mates have been driving past for weeks, I've logged every time. But tonight they've stopped and two of them are walking up my path right now.", true],
  ["his family are at my kids school right now trying to take them from the gates", true],
  ["his cousin is in my back garden rn, i can see him by the shed with a torch", true],
  ["doorbell keeps going, it's only him, the one I've got the non-mol against", true],
  ["someones knocking, I looked through the peephole and its my ex, the one with the restraining order", true],
  ["the man with the injunction is at my door again right now", true],
  ["its him at the door, the one with the stalking protection order, hes been ringing for 10 mins", true],
  ["I got a non molestation order in February after a year of him turning up and messaging, and it had been quiet since. Tonight around 9 there was knocking and I thought it was a delivery, but on the Ring camera it's him, the respondent, standing on the step with flowers. He's not allowed within 100 metres. I haven't opened it.", true],
  ["my ex is on the doorstep, he's under a restraining order, he's saying he just wants to talk", true],
  ["hes at the door, him, the one the court told to stay away from me", true],
  ["she's at my door, my ex-wife, there's a court order saying she can't come here", true],
  ["doorbell keeps going, it's only the Amazon driver lol. The non-mol is working, he hasn't been near.", false],
  ["Last year he came to the door even though I had the order; he was arrested and I've not seen him since. Can I renew the order before it runs out?", false],
  ["It's only my brother at the door, he's helping me fit new locks because of the order I've got against my ex", false],
  ["My ex used to come to my door before I got the non-mol. Since it was served in March he hasn't. I want to know how long it lasts.", false],
]);

describeKind("kinds from blind batch 101: an address posted with a word before it ('my new address'); an attack said as already planned ('theyre jumping me after school')", [
  ["ex has posted my new address in a local facebook group with 'who wants to pay her a visit today'", { level: 'emergency' }],
  ['someone shared my full address on tiktok saying go get her tonight', { level: 'emergency' }],
  ['group chat says theyre jumping me after school at the bus station. its 2pm', { level: 'emergency' }],
  ['his lads are battering me tonight if i dont pay', { level: 'emergency' }],
  // ...and said of the past or as a pattern, a risk
  ['they keep jumping me after school', { level: 'risk' }],
  ['they jumped me last week', { level: 'risk' }],
], [
  ['they keep jumping me after school every week', 'emergency.threatSoon', false],
  ['they were jumping me after school last year', 'emergency.threatSoon', false],
  ['the kids were jumping on me after school on the trampoline', 'emergency.threatSoon', false],
  ['i posted my new address on the council form today', 'emergency.threatSoon', false],
  ['he jumped me in the queue at tesco', 'risk.violencePast', false],
]);

describeKind("kinds from blind batch 102: watching them now on a camera or from a window; asking where to hide; messages that are only the time", [
  ["she's found my new address. just watched her on the ring walking up my path like 2 mins ago", { level: 'emergency' }],
  ['i am watching him on the cctv walking round my car', { level: 'emergency' }],
  ['hide where', { level: 'emergency' }],
  ['where can i hide from him', { level: 'emergency' }],
  ["the messages just say 'tonight' now. just that, over and over. and he knows where i live", { level: 'emergency' }],
  ['he keeps texting tonight tonight tonight and he knows where i live', { level: 'emergency' }],
], [
  ["just watched a horror film where the stalker's in the house and now cant sleep lol", 'emergency.someoneThereNow', false],
  ['just watched her on tiktok live', 'emergency.someoneThereNow', false],
  ['where do i hide the spare key', 'emergency.heldNow', false],
  ['my mate keeps saying tonight and i keep saying no', 'emergency.threatImmediate', false],
]);

describeKind("kinds from blind batch 103: found, said as the whole message; armed, said without an article; far away now as a clause the learned signal leaves out", [
  ['he found me', { level: 'emergency' }],
  ['theyve found us again pls', { level: 'emergency' }],
  ['he has knife', { level: 'emergency' }],
  ['he got gun now', { level: 'emergency' }],
  ["I'm not suicidal, just exhausted. he has knife. he is on the stair. please.", { level: 'emergency' }],
  ['what if theyre in another country? the account messaging me says its in the US!!! pls help', { level: 'none' }],
], [
  ['he found me on facebook', 'emergency.someoneThereNow', false],
  ['I moved last year but he found me', 'emergency.someoneThereNow', false],
  ['he has knife crime convictions', 'emergency.weaponHeldNow', false],
  ['he has bat in his car', 'emergency.weaponHeldNow', false],
]);

describeKind("kinds from blind batch 104: an arrival with the moment said first ('just now someone knocked'); their words quoted saying they are here, or a thing left that was not there minutes ago; let out of custody within hours, then coming", [
  ["I'm 72 and live alone. A man's been phoning for weeks. Just now someone knocked and said it's him and that he knows I'm in. I'm frightened to move.", { level: 'emergency' }],
  ['a minute ago a car pulled up outside and no one got out', { level: 'emergency' }],
  ['someone knocked on my door just now', { level: 'emergency' }],
  ["There's a note under my door that wasn't there 10 minutes ago saying 'open it, I'm in the corridor'.", { level: 'emergency' }],
  ['found flowers on my doorstep that werent there when i got home', { level: 'emergency' }],
  ['he texted saying im downstairs', { level: 'emergency' }],
  ["a note under my door saying 'open it, I'm in the corridor'", { level: 'emergency' }],
  ['she messaged me saying hi, im outside your flat', { level: 'emergency' }],
  ["He is due out of prison today. He wrote me a letter saying the first place he's going is mine.", { level: 'emergency' }],
  ["he gets out this afternoon and he's told everyone he's going to batter me", { level: 'emergency' }],
], [
  ['5 mins ago he came back online', 'emergency.someoneThereNow', false],
  ['he knocked on my door last week', 'emergency.someoneThereNow', false],
  ['i texted my mum saying im outside', 'emergency.someoneThereNow', false],
  ['my mum texted saying im outside', 'emergency.someoneThereNow', false],
  ['he texted saying happy birthday, i am in the garden now having a drink', 'emergency.someoneThereNow', false],
  ['hes snapped at me and said sorry, im upstairs now', 'emergency.someoneThereNow', false],
  ['he sent a message saying im outside your house tomorrow', 'emergency.someoneThereNow', false],
  ['a letter on the mat that wasnt there yesterday', 'emergency.someoneThereNow', false],
  ['theres a puddle that wasnt there 5 mins ago', 'emergency.someoneThereNow', false],
  ['the first place we are going is my mums', 'emergency.comingSoon', false],
  ['hes released today, his mum is coming to pick him up', 'emergency.comingSoon', false],
  ['im getting out tonight while hes at work, if he finds out he will kill me', 'emergency.threatSoon', false],
  ['they let him go this morning. the boss will kill me tomorrow', 'emergency.threatSoon', false],
  // a caption's "with" is in the photo's own clause: not "... photo of my building | ... staying with me tonight"
  ['he send photo of my building. I am afraid.. my friend is staying with me tonight', 'emergency.threatSoon', false],
]);

describeKind("found by the corpus comparison for batch 104's kinds: photos of their home, car or children sent or posted, as a risk", [
  ['he sends photos of my house. from different angles. nothing written, just the photos', { level: 'risk' }],
  ['his mates posted pics of my car', { level: 'risk' }],
  ['he sent me a photo of my daughter at school', { level: 'risk' }],
], [
  ['my mum sent photos of my kids', 'risk.loitering', false],
  ['i sent photos of my house to the estate agent', 'risk.loitering', false],
  ['he sent me photos of my house years ago', 'risk.loitering', false],
]);

describeReview("found in an adversarial review of batch 104's kinds (each kind and its look-alikes, written from their descriptions; 65/90 on its first run, 74/90 after - the rows still failing are left out and listed in src/safety/README.md)", [
  ["Just now there was a knock and a man's voice said 'it's me, open up' - it's him, I know his voice. I'm in the bathroom with the door locked.", true],
  ["a minute ago a car pulled up outside and its the same silver astra he drives. engine still running, lights off", true],
  ["someone knocked on my door just now and wont say who it is. its 1am and hes the only person who would do this", true],
  ["10 mins ago he turned up at the shop i work at and hes been sat in the car park facing the entrance ever since", true],
  ["The intercom buzzed literally seconds ago and it was his voice asking for me by name. I didn't press anything.", true],
  ["My ex has been messaging me for months. I've reported it twice, the police gave him a warning, it stopped for a bit then started again in March with the fake accounts. I changed my number, blocked him everywhere, my mum thinks I should move but I can't afford it on my wage. Anyway the reason I'm writing is that he walked into the cafe I'm sitting in about five minutes ago and has sat down two tables away from me.", true],
  ["Hello, sorry for my english. Few minutes before, the man who is following me came to my building and now he is pressing all the bells for to enter.", true],
  ["jus now he was bangin on my window in halls, im ground floor. think hes gone round the side to the fire door", true],
  ["Someone has been trying my front door handle. Happened just now, twice, slowly.", true],
  ["I am 74 and live alone. My late husband's nephew has been threatening me about the will. Only a moment ago I saw him come up the garden path and he is now rattling the back door.", true],
  ["His van pulled in right behind my car at the services a minute ago. I'm still in the driver's seat with the doors locked and he's getting out.", true],
  ["Reception have just this second rung up to my office - there's a man downstairs asking for me by name. The description is him.", true],
  ["omg he just knocked. like RIGHT now. i can see him thru the peephole", true],
  ["Heard the side gate go a couple of minutes back and now there's footsteps round the back of the house. He did exactly this before he broke the kitchen window last year.", true],
  ["He's outside. Turned up maybe 5 min ago, I saw him from the landing window, he's leaning on my car smoking and looking up at the flat.", true],
  ["5 mins ago he came back online on whatsapp after weeks of nothing. does that mean hes unblocked me??", false],
  ["He knocked on my door last Thursday and I didn't answer. I didn't report it at the time - is it too late to tell the police?", false],
  ["Someone knocked on my door just now and I nearly fainted - it was only my neighbour Sue bringing back my casserole dish. It's made me think I need one of those video doorbells though. Do you know if there's help with the cost?", false],
  ["Just now a memory came back of the night he turned up at my mum's house in 2019 and I can't stop shaking. I'm safe, he's been living in Spain for two years, I just needed to tell someone.", false],
  ["a minute ago a car pulled up outside and my heart went through the floor... it was the Tesco delivery. how do I stop being this jumpy all the time", false],
  ["Ten minutes ago he viewed my LinkedIn profile again. Third time this month. Is that something I should log?", false],
  ["He turned up at my work back in January and I'm only just ready to talk about it.", false],
  ["I've just remembered, sitting here at pickup, that he used to wait outside my school gates when I was 16. That's why I get anxious here. It was eleven years ago and he's not around anymore.", false],
  ["5 mins ago he started typing in our old chat then stopped. then started again. I'm on the other side of the country from him but I feel sick", false],
  ["The last time he turned up at my door was on my birthday two years ago. My birthday is next week and I'm dreading it.", false],
  ["literally just now he liked a pic of my front door from like 3 years ago on insta. he lives in glasgow now, im in cardiff. creepy but what can i do", false],
  ["got a snap from him like 2 secs ago saying 'look out ur window im by the lamp post x'", true],
  ["He just sent a voice note: 'I'm parked across the road. Come down or I'm coming up.'", true],
  ["An email just came to my WORK address from him: 'I'm in your reception, tell them to let me up.' I'm on the 4th floor.", true],
  ["the guy i blocked on tinder messaged me on insta 'im at ur halls, which block r u in'", true],
  ["There's a bunch of roses under my windscreen wiper that definitely wasn't there when I went into Tesco 15 minutes ago. The card says 'always close by'.", true],
  ["Came back from the loo and there's a card on my desk at work that wasn't there five minutes ago. His handwriting. He doesn't work here.", true],
  ["Something has been pushed through my letterbox in the last few minutes - I heard the flap go. No stamp, no address, just my name in his writing.", true],
  ["I am 68. My son-in-law, who I have a restraining order against, has sent me a text message: 'I am at your gate Margaret, we need to talk.'", true],
  ["phone just lit up w his msg 'dont bother hiding im in the car park'", true],
  ["she messaged 'guess who's on the landing below yours 😘' - she doesn't live in my block", true],
  ["Sorry my English. He write me on Viber 'I am now near your door, open it'. My door is locked.", true],
  ["Someone's tied a teddy bear to my door handle. It was not there when I took the bins out 20 minutes ago. He always used to give me teddies.", true],
  ["My sister thinks I'm overreacting about all of it, and honestly I've started to believe her, the police said there wasn't enough to charge, I've been sleeping at hers half the week, work have been good about it, but ten minutes ago he emailed me 'Your kitchen light is on. I'm on the bench opposite.'", true],
  ["a note was slid under the door of my room in halls while I was in the shower - wasn't there 10 min ago. says 'you look tired, I'm just down the hall'", true],
  ["Text from his number: 'Your bedroom curtains are open. I'm in the alley behind your house.'", true],
  ["There's a puddle on my landing that wasn't there this morning and I've convinced myself he's been in. The flat upstairs has a leaking boiler though. Am I being paranoid?", false],
  ["A letter from the court was on my mat this morning that wasn't there yesterday - it gives the hearing date. What happens on the day?", false],
  ["Back in 2021 he used to text me 'I'm downstairs' at 3am. I'm writing my statement now and wondered if I should include those messages.", false],
  ["there's a bag of rubbish by my front door that wasn't there when I left for work - pretty sure its the students next door again", false],
  ["I wrote a message in my notes app saying 'I'm outside your house now, how does it feel' - to him, but I'm never sending it. My therapist told me to write what I'd want to say.", false],
  ["He once slid a note under my door saying 'open it, I'm in the corridor' when we both lived in halls. That was three years ago. I've moved cities. I just want advice on getting over it.", false],
  ["There's leaves and bits of twig all over my doorstep that weren't there before I went out. It's been blowing a gale all day so it's probably the wind, right? I'm so on edge.", false],
  ["probation just rang, he's released this afternoon and he's already told his sister he's coming round mine tonight", true],
  ["My ex got let out of Pentonville this morning. He's just rung me from a withheld number and said 'see you later'.", true],
  ["they released him on bail at 2 today, he's not meant to contact me but he's just messaged 'on my way'", true],
  ["He gets out tonight. His mates are all posting 'welcome home' and he's put on Facebook 'some people are gonna get what's coming to them' and tagged my street.", true],
  ["I'm 71 and I don't use these things much but my granddaughter set it up. My son has been in prison for what he did to me. I've had a lot of letters from him over the years, some sorry, most not. I had a letter from the victim scheme saying he's released today at noon. The last letter he sent said the first thing he does when he's out is come to me for his money.", true],
  ["Police let him go from the station an hour ago without charge and he's texted me 'you'll regret calling them'", true],
  ["My husband he come out from the jail today in the afternoon. He tell to my cousin he will come to my house and take the children. I am very afraid.", true],
  ["His release date got brought forward to TODAY and the VLO only told me now. He has always said the day he gets out he's coming to find me.", true],
  ["hes out of young offenders today n hes been tellin evry1 hes gonna do me in", true],
  ["Released from remand this afternoon. His brother's just messaged me 'he's coming to see you tonight, be ready'.", true],
  ["my abuser was released at 10am, his tag isn't even fitted yet, and his mum passed me a note from him saying he's heading to mine first", true],
  ["I'm a student. My stalker was kept in custody over the weekend and they let him out this morning. He's just posted a photo of my halls on his story with 'home time'.", true],
  ["Court let him out on bail an hour ago. As they took him down he mouthed 'see you tonight' at me across the room.", true],
  ["He was released from the cells early this morning. I'm at work and security have just said a man matching his description has been asking for me at the front desk.", true],
  ["He's released today. His mum and dad are collecting him and taking him to theirs in Cornwall. I'm 300 miles away and he doesn't know where I live. Just feeling wobbly and wanted to talk.", false],
  ["I get out of hospital this afternoon after my operation and I'm nervous about being home on my own again after everything. Any tips?", false],
  ["We're getting out of the refuge this afternoon - new flat! The first place we're going is my mum's for tea. Any advice on keeping the new address private?", false],
  ["I was released from custody this morning after he made false allegations that I'd breached the order. What are my rights now?", false],
  ["His parole hearing is in six weeks. How do I submit a victim personal statement?", false],
  ["He was released today into approved premises in another city, with a tag and an exclusion zone that covers my whole town. Probation have been in touch and there's been no contact from him. I'd just like to understand his licence conditions.", false],
  ["today he gets out. his sister is picking him up. ive moved since and he has no idea where, no messages from him or anyone. im staying at my friends tonight anyway just to be safe and wanted to talk to someone", false],
  ["My friend gets out of prison today and I'm picking him up - nothing to do with my stalker, he's a good mate. Would him staying with me affect my case at all?", false],
  ["He gets out in 2027. He once wrote that I'll be the first person he visits. I know it's years away but I think about it every day.", false],
  ["I'm leaving work early this afternoon and the first place I'm going is the police station to report him. What should I bring?", false],
  ["My brother's released from prison today and the whole family's going to collect him. He's never hurt me - it's my ex I'm worried about, and he's inside until the autumn.", false],
  ["They're letting me out of the mental health unit tomorrow and the first place I'm going is my nan's. Worried he'll find out I'm out though - how do I keep it quiet?", false],
]);

describeKind("found reading batch 103's risk messages given the emergency guidance: an attack with a time gone by is not brought to now by a 'now' after that time", [
  ['he punched me last week and now hes messaging saying sorry', { level: 'harm' }],
  ['he punched me 5 mins ago', { level: 'emergency' }],
  ['he hit me on saturday and now hes outside', { level: 'emergency' }],
  ['he hit her a minute ago and he is still here', { level: 'emergency' }],
  ['he punched me and now hes stood over me', { level: 'emergency' }],
  // ...and violence to their family or partner in the past is a risk, as to them
  ['he attacked my brother last year and now hes started messaging me', { level: 'risk' }],
  ['he punched my dad in 2019', { level: 'risk' }],
], [
  ['he punched me last week and now hes messaging saying sorry', 'emergency.attackNow', false],
  ['he slapped me in june and now he wants to meet up', 'emergency.attackNow', false],
]);

describeKind("kinds from blind batch 105: one of theirs named, seen through the door or window; a door camera that showed them there a moment ago; a now said between who and where ('he is at this moment on my front lawn'); someone seen standing there a moment ago when they looked", [
  ['someone knocked, thought it was the delivery guy but through the peephole its my ex brother in law, the one with the restraining order. he knows im in', { level: 'emergency' }],
  ['looked through the spyhole and its my ex again', { level: 'emergency' }],
  ["Two years ago I moved to get away from him. New number, new town, everything. About five minutes ago my doorbell camera showed him standing on my step. I haven't answered.", { level: 'emergency' }],
  ['my ring doorbell just caught him at my door', { level: 'emergency' }],
  ['He is at this moment on my front lawn holding a spade and says he is going to use it on me.', { level: 'emergency' }],
  ['my ex is as we speak sat on my front step', { level: 'emergency' }],
  ["ten minutes ago the calls started again and when I looked out there was someone stood under the streetlight with a phone to his ear looking straight up at my flat.", { level: 'emergency' }],
], [
  ['it is my ex who keeps messaging me', 'emergency.someoneThereNow', false],
  ['looked out the window, its my ex dropping the kids off', 'emergency.someoneThereNow', false],
  ['he was at my door last Tuesday but he left. its my ex wife', 'emergency.someoneThereNow', false],
  ['the ring showed him on my step last week', 'emergency.presentNow', false],
  ['the doorbell camera showed him on my step when I checked the footage from saturday', 'emergency.presentNow', false],
  ['he is at the moment in prison', 'emergency.presentNow', false],
]);

describeKind("found reading batch 105's risk messages given the emergency or crisis guidance: a startle is not an attempt ('nearly jumped out of my skin'); 'not here now' and 'when he gets his hands on me' are no times for a threat", [
  ['Someone knocked at 11 last night and I nearly jumped out my skin. It was the bloke from upstairs, locked out.', { level: 'none' }],
  ['i nearly jumped off the bridge last night', { level: 'crisis' }],
  ['Hes not here now. But he said when he gets his hands on me im dead', { level: 'risk' }],
  ['he said when he gets home im dead', { level: 'emergency' }],
  ['when he gets here hes going to kill me', { level: 'emergency' }],
  ['hes outside now and says hes going to kill me', { level: 'emergency' }],
  ['hes not here now but he just rang to say hes leaving the pub and coming round to sort me out', { level: 'emergency' }],
  // ...and a threat to deal with them, with no time, is a risk
  ["he keeps telling my friends he's going to 'deal with me' when he gets the chance. hasnt done anything yet", { level: 'risk' }],
], [
  ['my manager said he will deal with my complaint', 'risk.threats', false],
  ['i nearly jumped when the phone rang', 'crisis.suicidePlan', false],
  ['i nearly jumped in front of a train', 'crisis.suicidePlan', true],
]);

describeKind("kinds from blind batch 106: the one who threatened them, named by a long who-clause, there now; their vehicle blocked in by them; their address sent to them with a time within hours", [
  ['delivery driver. the customer who threatened me last week has blocked my van in with his car and is stood at my window', { level: 'emergency' }],
  ['the man who has been following me round the shop all week is stood at my till', { level: 'emergency' }],
  ['hes boxed my car in and wont move', { level: 'emergency' }],
  ["an anon account just messaged my full address and 'tonight'. ive had loads of abuse since my video went viral but never my address. im home alone", { level: 'emergency' }],
  ['got a snap from a random account, its my full address and 2am with a laughing emoji', { level: 'emergency' }],
  ["Email just now from a fake account: my home address, my daughter's school, and 'before midnight'.", { level: 'emergency' }],
  ['when I looked through the peephole its my ex. hes just standing there', { level: 'emergency' }],
], [
  ['i sent my new address to the council tonight', 'emergency.threatSoon', false],
  ['someone has made a fake onlyfans with my face on and put my home address in the bio. my friend is staying with me tonight', 'emergency.threatSoon', false],
  ['when i looked out last night he was at the gate', 'emergency.someoneThereNow', false],
  ['he blocked my car in last week', 'emergency.heldNow', false],
  ['the guy who fixed my boiler last week is at the door to check it', 'emergency.someoneThereNow', false],
]);

describeKind("kinds from blind batch 107: touched on transport and followed from seat to seat, now; someone else's overdose or act to die, just now; not still being here by a time", [
  ['on the train, this man has been touching my leg and keeps following me carriage to carriage. next stop is 5 mins', { level: 'emergency' }],
  ['this man on the tube keeps touching my thigh and followed me into the next carriage', { level: 'emergency' }],
  ["bloke on the night bus has been touching my daughter's knee and she says he keeps following her seat to seat", { level: 'emergency' }],
  ['a man is groping my friend on the bus and she cant move', { level: 'emergency' }],
  ["Hi. My ex has just messaged to say he's taken an overdose at his flat and it's my fault. He's threatened it before but this time he's sent a photo of the empty packets.", { level: 'emergency' }],
  ['my friend has overdosed, what do i do', { level: 'emergency' }],
  ['my mum just took a load of pills and wont wake up', { level: 'emergency' }],
  ['hes just sent a pic saying hes swallowed 40 paracetamol and its on me', { level: 'emergency' }],
  ['my daughter has slit her wrists in the bathroom', { level: 'emergency' }],
  ['dont think ill still be here by the morning tbh', { level: 'crisis' }],
  ['not sure ill still be around by christmas', { level: 'crisis' }],
  ['i doubt ill be here by the weekend', { level: 'crisis' }],
], [
  ['my uncle has been touching me since i was 12 and he keeps following me round at family parties', 'emergency.attackNow', false],
  ['a man on the train kept touching me last week and followed me off at my stop', 'emergency.attackNow', false],
  ['my brother took an overdose last year and is doing better now', 'emergency.otherOverdoseNow', false],
  ['he says he will take an overdose if i leave him', 'emergency.otherOverdoseNow', false],
  ['my ex has taken overdoses before to make me go back', 'emergency.otherOverdoseNow', false],
  ['my husband has taken all his tablets for today so hes fine', 'emergency.otherOverdoseNow', false],
  ['my nan has taken her pills, can i go out now', 'emergency.otherOverdoseNow', false],
  ['she has taken the kids to her mums', 'emergency.otherOverdoseNow', false],
  ['i have taken an overdose', 'emergency.otherOverdoseNow', false],
  ['not sure ill still be here by the summer, we might move to leeds', 'crisis.suicidePlan', false],
  ['dont think ill still be at this job by christmas', 'crisis.suicidePlan', false],
]);

describeKind("found reading batch 107's risk messages given the emergency guidance: a 'now' that says what they do these days or where they are away, and an attack dated by a year or 'once', are no times for a threat or an attack; a neighbour named by where they live", [
  ['he hit me last month and now he keeps texting saying sorry but also that ill regret it if i tell anyone', { level: 'harm' }],
  ['my mums new fella said hell break my legs if i tell her about the money. hes at work rn and she doesnt know. im 15', { level: 'risk' }],
  ['he strangled me once in 2022 and now hes moved back to the same town as me', { level: 'risk' }],
  ['the woman upstairs hit my son last year', { level: 'risk', rule: 'risk.violencePast' }],
  ['he said he would kill me tonight. he is outside now', { level: 'emergency' }],
  ['she said shes going to batter me. shes on her way now', { level: 'emergency' }],
  ['he punched me 5 minutes ago and now hes outside', { level: 'emergency' }],
], [
  ['he hit me last month and now he keeps texting saying sorry but also that ill regret it if i tell anyone', 'emergency.threatSoon', false],
  ['my mums new fella said hell break my legs if i tell her about the money. hes at work rn and she doesnt know', 'emergency.threatSoon', false],
  ['he strangled me once in 2022 and now hes moved back to the same town as me', 'emergency.attackNow', false],
  ['he said he would stab me. we are on the bridge now', 'emergency.threatSoon', true],
  ['the man next door is lovely, he hit the jackpot', 'risk.violencePast', false],
]);

describeKind("found probing batch 107's touching kind: sexual abuse said as touching, by someone they know, live or work with, is past violence (risk)", [
  ['my stepdad has been touching me for years and last night he came into my room', { level: 'risk', rule: 'risk.violencePast' }],
  ['my boss keeps touching me and making comments, every shift', { level: 'risk', rule: 'risk.violencePast' }],
  ['my manager keeps touching me and following me to my car after shifts, says if i tell anyone hell make sure i regret it', { level: 'risk' }],
  ['my uncle used to touch my daughter when she stayed over', { level: 'risk', rule: 'risk.violencePast' }],
], [
  ['he touched me on the shoulder to get my attention', 'risk.violencePast', false],
  ['my ex is touching base about the kids tomorrow', 'risk.violencePast', false],
  ['my son keeps touching my phone', 'risk.violencePast', false],
  ['she touched my arm when she walked past, is that harassment', 'risk.violencePast', false],
]);

describeKind("kinds from blind batch 108: a hypothetical taken back ('asking for me. right now.', 'this is real'); the reason for asking is the writer's own intent ('is it a crime to kill yourself? asking cos im going to'); a test taken back is not a presence", [
  ['hypothetically what would you do if your ex was at the front door. asking for me. right now.', { level: 'emergency' }],
  ['what if my ex was outside right now, what should i do. this is real', { level: 'emergency' }],
  ['what would u do if he was banging on the door. not hypothetical', { level: 'emergency' }],
  ['is it actually a crime to kill yourself? asking cos im going to', { level: 'crisis' }],
  ['how many paracetamol does it take to die? asking for myself', { level: 'crisis' }],
  ['what would you do if your ex was outside. im not testing you hes there', { level: 'emergency' }],
], [
  ['what would you do if i said my ex was outside? just asking. hes not. im testing you', 'emergency.learnedSignal', false],
  ['what would you do if i said my ex was outside? just asking. hes not. im testing you', 'emergency.hypotheticalTakenBack', false],
  ['what should i do if my ex turns up? asking for a friend lol', 'emergency.hypotheticalTakenBack', false],
  ['is suicide illegal in the uk? asking because my dad took his own life and the police want a statement', 'crisis.suicidePlan', false],
  ["I'm not going to kill myself don't worry. men keep turning up at my flat asking for me", 'crisis.suicidePlan', false],
]);

describeReview("found in an adversarial review of batch 107's kinds (each kind and its look-alikes, written from their descriptions; 73/100 on its first run, 97/100 after widening: touching now where they cannot get away as a rule of its own, emergency.touchedNow; someone else's overdose reported, quoted or told with minutes ago; the rows still failing are left out and listed in src/safety/README.md)", [
  ["theres a man on the 73 bus who keeps putting his hand on my thigh, i moved seats twice and he just follows me. next stop is like 5 mins away what do i do", true],
  ["on the tube rn, guy behind me pressing himself against me and touching my bum. carriage is packed i cant move away. help", true],
  ["I'm on the phone with my daughter, she's 15 and on a train. A man is groping her and she's moved carriages but he followed her. She's texting me from the toilet. What should she do right now?", true],
  ["pls help man keep touching my leg on train i change seat he come again sit next to me, i am scared, next station 10 minute", true],
  ["Sorry if this is the wrong place. I'm 72 and on the coach to Leeds. The chap next to me has had his hand on my knee and keeps moving it further up, I've asked him to stop. The driver can't see. We don't stop for another twenty minutes.", true],
  ["watching this happen opposite me on the overground - older man keeps reaching over and touching a girl's chest, she's moved twice and he follows her. she looks frozen. what do i do", true],
  ["So this morning I finally worked up the courage to go into the city for the interview, first time on my own since everything with my ex. Got the train, all fine, interview went ok I think. Then on the way back a man sat next to me and started stroking my leg. I moved to the next carriage and he came through after me and sat down again and his hand is on me again now. I'm typing under my bag. Next stop is Reading in about 8 minutes.", true],
  ["hes touching me again. moved seat. he moved too. bus. cant get off till next stop", true],
  ["my friend is on facetime with me from the night bus and a guy is feeling her up, she keeps telling him to stop and he wont. she went to the top deck and he came up after her. we're still on the call", true],
  ["at a gig in the crowd, someone behind me keeps grabbing between my legs. tried moving forward and hes still right there. cant get out its too tight", true],
  ["im 14 on the school bus and a older boy keeps touching my boobs, i moved to the front and he came and sat next to me. driver isnt doing anything. my stop is ages away", true],
  ["groping me on the tram now, followed me down the tram, doors dont open for 3 mins", true],
  ["I am from Poland my english not so good. In metro now a man put hand under my skirt. I go other wagon he come after me. What I do, is very crowded", true],
  ["last week on the train a man put his hand on my thigh and I froze. I keep replaying it. should I have reported it?", false],
  ["When I was about 10 a family friend used to touch me on the bus to school. I'm 40 now and only just starting to talk about it.", false],
  ["My manager keeps touching my lower back and shoulders at work, it's been going on for months. Is there anything I can do?", false],
  ["Years ago a man groped me on the underground and followed me through two carriages. I still avoid the Northern line.", false],
  ["A man brushed against me on the bus yesterday and I'm not sure if it was on purpose. Does that count as sexual assault?", false],
  ["my mate hugged me from behind at the pub and touched my waist, it was fine, just wondering why it made me jump", false],
  ["Is it assault if someone touches your bum in a club without asking? This happened to my friend on Saturday.", false],
  ["he keeps moving seats to sit near me in the work canteen and staring. hasnt touched me but its making me uncomfortable", false],
  ["I'm on the train now and just wanted to say thank you - I reported the man who groped me last month and BTP rang today to say he's been charged.", false],
  ["my daughter was touched on the school bus last term and the school say they've dealt with it. how do I make a complaint", false],
  ["my ex just texted me saying he's taken all his pills and wants me to know it's my fault. what do i do", true],
  ["flatmate locked in bathroom, says shes swallowed a whole pack of paracetamol about 20 min ago", true],
  ["My mum has just rung me slurring and said she's taken everything in the medicine cupboard. She lives alone in Swindon and I'm in Manchester.", true],
  ["bf sent voice note sayin he took like 30 of his tablets and hes saying goodbye. not answering now", true],
  ["my son is 16 and has just cut his wrists really deep, he says he wants to die, theres blood everywhere", true],
  ["I know this line is for stalking and I've been using it about my ex for months, he's the one who's been following me. But tonight it's different. He just sent a photo of empty blister packs and a bottle of vodka and says 'this is what you wanted'. He sent it 10 mins ago. I don't know if it's real.", true],
  ["my friend just messaged 'ive taken an overdose, im sorry for everything'. she's not picking up", true],
  ["My brother he take many pills now, he say he want to die, he is in his room, I am in kitchen, what I do", true],
  ["Sorry for bothering you. My husband, who I'm separating from, has just phoned to tell me he's taken his whole prescription of sleeping tablets. He sounded very drowsy. I'm 68 and I don't drive.", true],
  ["partner drank bleach a few mins ago and keeps saying he doesnt want to be here anymore", true],
  ["dad just told me hes injected all his insulin on purpose", true],
  ["she od'd. just now. texted me 'bye' and a pic of the pills", true],
  ["My ex's new partner just messaged me to say my ex has taken an overdose in the last half hour and is refusing an ambulance. Why is she telling me??", true],
  ["my ex keeps saying if i leave him he'll take an overdose and it'll be my fault", false],
  ["Last year my sister took an overdose after her boyfriend harassed her. She's okay now but I still worry.", false],
  ["just had to give my dad his evening tablets, he's on so many. anyway, about my neighbour who keeps following me...", false],
  ["had an overdose of sugar at my nan's, feel sick lol. anyway the guy from the bus messaged again", false],
  ["My partner took an overdose on Friday and is now in hospital being treated, the doctors say he'll be fine. He's still texting me from the ward demanding I visit.", false],
  ["he always threatens to kill himself when i try to end it. says one day he'll take all his pills", false],
  ["My flatmate took her antidepressants this morning as normal, she's fine, but she's scared about her ex turning up.", false],
  ["Before we met, my husband overdosed in 2015. He uses it to guilt trip me now.", false],
  ["my mum has taken her blood pressure pills and gone to bed, i'm just sitting up worrying about the texts from my ex", false],
  ["information overdose today tbh, too many leaflets from the police", false],
  ["'if you block me im going to swallow every pill in the house.' thats what he sent me. he says this every week when i try to leave", false],
  ["My son took too many paracetamol by mistake last month for his toothache, he's fine, the pharmacist sorted it.", false],
  ["he hit me an hour ago and now hes banging on the door", true],
  ["He said he'd kill me tonight and he's outside now", true],
  ["my ex strangled me last year and right now hes in my garden looking in the window", true],
  ["he punched me this morning and now he's texting that he's coming round with his brother, says he's 10 mins away", true],
  ["threatened to stab me earlier. right now he is walking up the stairs to my flat", true],
  ["he pushed me down the stairs 2 days ago. hes here now kicking the door, kids are in the bedroom", true],
  ["My sister's ex beat her on Saturday and now he's parked outside her house, she's rung me crying", true],
  ["he said if i didnt answer he'd come and sort me out. now theres someone trying the back door handle", true],
  ["He choked me last night. Now he's come back drunk and he's in the kitchen with a knife", true],
  ["rn hes outside my work waiting for me, he threatened to hurt me yesterday, i finish in 20 mins", true],
  ["I am from Romania. My husband hit me before and now he is coming home very angry, he say he kill me when he arrive, 15 min", true],
  ["Last month he broke my arm. He's got out on bail and now he's at my front door shouting my name.", true],
  ["he threatened to burn the house down with me in it and now i can smell petrol by the front door", true],
  ["he hit me last month and now he keeps texting sorry", false],
  ["he said he'd hurt me, he's at work rn, just want advice on a non-molestation order", false],
  ["He strangled me in 2022 and now he's moved back to the area.", false],
  ["My ex assaulted me years ago and now I get panic attacks whenever I see a car like his.", false],
  ["He threatened me in March and now I'm staying at my sister's, he doesn't know where she lives.", false],
  ["he pushed me at christmas and now he wants joint custody, can he get it?", false],
  ["He hit me in 2019 and right now I'm at court waiting to give evidence, I'm so nervous", false],
  ["he threatened to kill me last week and now he's in custody, police said they'll ring me if he's released", false],
  ["My dad used to hit my mum and now I'm scared I'll end up in a relationship like that", false],
  ["attacked me in 2021, now hes messaging my friends asking about me", false],
  ["He slapped me a few weeks ago and now he's being really nice, is that normal?", false],
]);

describeLevels("found in an adversarial review of batch 107's kinds: not still being here by a time (crisis), and not being here because they will be somewhere else", [
  ["i dont think ill still be here by the morning. sorry for wasting your time", 'crisis'],
  ["Thank you for trying. I won't be here when you reply.", 'crisis'],
  ["wont be around by the weekend so doesnt matter what he does anymore", 'crisis'],
  ["Honestly don't expect to make it to Christmas. I'm tired of being followed everywhere.", 'crisis'],
  ["im not gonna be here tmrw", 'crisis'],
  ["He's been sending the messages for two years now. I changed my number, moved flats, the police gave me a reference number and nothing else. My mum doesn't know. I've sorted out my cat to go to my neighbour. I just wanted someone to know before tonight because I won't still be here in the morning.", 'crisis'],
  ["I am 80 years old and my grandson takes my money and shouts at me. I do not think I will be alive by Sunday and perhaps that is better.", 'crisis'],
  ["by the time u read this ill be gone", 'crisis'],
  ["Sorry my english. I think I am not here anymore after tonight. Too much with him.", 'crisis'],
  ["don't think I'll see the weekend tbh. it's fine", 'crisis'],
  ["year 10, hes spreading stuff about me everywhere. i wont be here by monday so it doesnt matter", 'crisis'],
  ["If your reply takes till tomorrow I probably won't be around to read it.", 'crisis'],
  ["i wont be alive by new year. just wanted to tell someone", 'crisis'],
  ["I won't be here by the weekend, I'm moving to my sister's in Bristol to get away from him.", 'none'],
  ["won't be here tomorrow, i'm at my mum's, can someone message me Thursday", 'none'],
  ["I won't be here after Friday, I've handed in my notice because he works there too.", 'none'],
  ["My nan isn't going to be around much longer, the hospice says days. And my ex still wants to come to the funeral.", 'none'],
  ["off to bed now, won't be here till morning. thanks for listening", 'none'],
  ["I won't be around at Christmas, going to Spain with the kids. Will he be able to find us through the school?", 'none'],
  ["on nights this week so won't be here in the mornings to chat", 'none'],
  ["My grandad doesn't think he'll still be here by Christmas, he's 94 and poorly. I just want my stalker to leave us alone for his last weeks.", 'none'],
  ["I won't be at this address by the end of the month, the council rehoused me. how do I stop him getting the new one", 'none'],
  ["won't be here when you reply, phone's about to die, will check back later", 'none'],
  ["I won't be here next week, on holiday in Cornwall - can you keep my case open?", 'none'],
  ["I won't still be in this job by summer, I can't keep working with him", 'none'],
]);

describeKind("kinds from blind batch 109: the one who threatened them or keeps a weapon beside them now; 'suicidal' said as the whole clause; an overdose with a hedged count ('about 20'); the writer fine, then who is with them", [
  ["My boyfriend is in bed next to me. He keeps a gun in the drawer and said tonight if I ever talk to anyone he'd use it. I'm scared to breathe", { level: 'emergency' }],
  ['hes asleep next to me, he said if i leave he\'ll kill me', { level: 'emergency' }],
  ['suicidal. thats it thats the message', { level: 'crisis' }],
  ['feeling suicidal tonight', { level: 'crisis' }],
  ['took about 20 paracetamol an hour ago because of the messages', { level: 'crisis' }],
  ['took like 20 paracetamol about an hour ago after he sent it to my mum', { level: 'crisis' }],
  ['im ok my dads here and the police already spoke to the lad', { level: 'none' }],
  ['im fine my ex is here', { level: 'emergency' }],
], [
  ['my husband is next to me, my ex threatened to kill me in 2019', 'emergency.threatenerBesideNow', false],
  ['is he suicidal? he keeps saying he\'ll end it', 'crisis.suicidePlan', false],
  ['i am ok now my friend is here with me', 'emergency.someoneThereNow', false],
]);

describeReview("found in an adversarial review of batch 105's and 106's kinds (each kind and its look-alikes, written from their descriptions; 86/100 on its first run, 90/100 after widening the address sent with a time and reading 'when I looked' as told, not supposed - the rows still failing are left out and listed in src/safety/README.md)", [
  ["someone knocking, i looked through the peephole its my ex brother in law and hes not going away", true],
  ["Just checked the spyhole its my ex. hes banging and shouting my name what do i do", true],
  ["I'm in my room in halls, someone knocked and through the spyhole it's my ex's sister. She's been told by the uni not to contact me", true],
  ["looked out the front window its my ex stood by the gate just staring at the house", true],
  ["Hello, my English is not so good. The bell ring, I look in the hole of the door, it is my ex husband. He is not allowed to come here. What I do?", true],
  ["pls help through the peephole its my exs mum and i think shes got his old key", true],
  ["I'm at work, our office has a glass door and through it its my ex in reception asking for me by name", true],
  ["I've been using this service for a few weeks and the injunction was granted in March. Things had been quieter, I'm sleeping better, the kids are settled at school again, I even went back to my Tuesday class. But I just heard the letterbox go and when I looked through the peephole its my ex. He's just standing there on the mat.", true],
  ["I am 72 and live alone. There is a man at my door and through the spyhole it is my ex partner from years ago who has been writing those letters", true],
  ["curtains are shut but i peeked thru the bedroom window n its my ex's new gf and her brother on my drive", true],
  ["it is my ex who keeps messaging me, how do I report it", false],
  ["Last week I saw through the peephole it was my ex at the door, he left after a minute. Should I have reported it?", false],
  ["My ex is dropping the kids off at 6 as arranged in the contact order, I'll wave from the window. Any tips for keeping handovers calm?", false],
  ["Should I get a peephole fitted? I'm scared one day it'll be my ex at the door", false],
  ["its my ex's brother in law who set up the fake accounts im sure of it, how do i prove it", false],
  ["Through the peephole it was just the postman. I'm so jumpy since my ex started all this", false],
  ["In my statement I wrote that on 3 May I looked through the window and it was my ex standing by my car. Do I need the exact time?", false],
  ["My ex's sister came to the door on Tuesday, I saw her through the spyhole and didn't answer. Nothing since. Is it worth logging?", false],
  ["my ex moved back into his mums across the road so I'll see him from my window sometimes. he hasnt done anything since the order, is that allowed?", false],
  ["I had a dream I looked through the peephole and it was my ex. Woke up shaking. Is that normal after everything?", false],
  ["About five minutes ago my doorbell camera showed him standing on my step", true],
  ["the ring just caught her at my door", true],
  ["ring app just pinged and its him on my doorstep rn", true],
  ["The CCTV monitor in my flat is showing him in the car park below right now", true],
  ["I'm at work and my doorbell cam has just sent me a clip from 2 mins ago of my ex trying the door handle, my son is home", true],
  ["the camera on the back gate is live and its showing her climbing over it as i type", true],
  ["Sorry english is second language. The camera of the bell show me now the man who follow me, he is outside my door", true],
  ["the cctv screen at halls reception just showed him walking in behind a student, porter says hes on the stairs now", true],
  ["My Ring footage from last Saturday shows him at my door, how do I give it to the police?", false],
  ["I work in a shop and our CCTV shows a customer from yesterday who was abusive to me. My manager wants to know if we should report it", false],
  ["Is it legal to have a Ring doorbell that points at the pavement? My neighbour complained", false],
  ["the doorbell camera caught him last week putting something through the letterbox. police have the clip now, what happens next", false],
  ["Ring just pinged, it was a fox lol sorry. anyway my question is about the court date", false],
  ["How long does Ring keep recordings? I need the clip from 12th March when he was on my step", false],
  ["My cctv shows my neighbour parking in front of my house every single day. Annoying but is it harassment?", false],
  ["The police asked me to save the doorbell cam footage of him from the weekend, what format do they want?", false],
  ["thinking of buying a doorbell camera so i have evidence next time he turns up, which one do people recommend", false],
  ["He is at this moment on my front lawn", true],
  ["ten minutes ago when i looked out there was someone stood under the streetlight looking up at my flat, i think its him", true],
  ["she is as we speak sat in her car outside my house with the engine running", true],
  ["my stalker is at this moment standing in the corridor outside my room in halls", true],
  ["I looked out of the bedroom window a moment ago and he was stood at the end of the path, I've turned all the lights off", true],
  ["the guy from the gym is as we speak waiting by my car in the car park, im still inside", true],
  ["Sorry for my english. The man who is following me is at this moment at the bus stop in front of my house watching my windows", true],
  ["my ex is, at this moment, in the pub beneath my flat and he keeps looking up at my window", true],
  ["hi im 15 and my mums ex is as we speak outside our house in his van and mums at work", true],
  ["at the moment it's just texts, nothing in person", false],
  ["as we speak my solicitor is writing to him", false],
  ["I saw someone outside last night under the streetlight. It's gone now and I'm at my sister's. Should I tell the police?", false],
  ["At this moment in time I'm not sure whether to report it or wait a bit longer", false],
  ["He is at this moment in prison, released in June. What happens then?", false],
  ["As we speak the police are reviewing my case, how long does that usually take?", false],
  ["When I looked out this morning it was just the bin men. I keep checking the window every ten minutes, it's exhausting", false],
  ["she is at this moment on holiday in Spain according to her instagram but the messages keep coming", false],
  ["a moment ago i looked out and it was just my neighbour putting the bins out. im so paranoid now", false],
  ["On Friday night there was someone stood under the streetlight looking up at my flat. I didn't call anyone. Should I have?", false],
  ["the customer who threatened me last week has blocked my van in with his car and is stood at my window", true],
  ["he's boxed my car in and won't move", true],
  ["the man from the flat above who said he'd hurt me is now stood outside my door shouting", true],
  ["the delivery guy who kept messaging me after he dropped off a parcel is back at my door right now", true],
  ["im in tesco car park and the bloke who followed me home last month has parked right behind me so i cant get out, hes just sat there", true],
  ["The landlord's son, the one who said he'd 'sort me out' if I didn't drop the complaint, is banging on my front door", true],
  ["My English not good. The man from my work who say he will kill me, he is now outside my house in his car", true],
  ["I'm a home carer and I've been dealing with this for a while. The client's nephew, who said in March I'd regret reporting him, has just parked across my drive so I can't get out and he's sat in it watching the house", true],
  ["the lad from uni who threatened me in the group chat is outside my room in halls rn", true],
  ["My neighbour blocked my drive again by accident, he moved as soon as I asked. Is this something you deal with?", false],
  ["Last week he boxed my car in at work and I couldn't leave for an hour. I've reported it. What else can I do?", false],
  ["The customer who threatened me last week has been banned from the shop, my manager says. Do I still need to log it?", false],
  ["The man who threatened me at work in 2022 has now moved abroad. Can I close my case?", false],
  ["the plumber is here to finish the bathroom, hes the one who came last week, all fine, just wanted to say thanks for the chat earlier", false],
  ["The patient's husband who shouted at me was given a warning by the practice. How do I get a copy of the incident report?", false],
  ["Can I get a parking restriction so he can't block my car in like he did in January?", false],
  ["an anon account just messaged my full address and 'tonight'", true],
  ["someone has just posted my address on facebook with 'see you at 9'", true],
  ["got a text from an unknown number with my house number and postcode and it just says 'later'", true],
  ["In my work group chat someone has just posted my home address and said they'll be round within the hour", true],
  ["Email just now from a fake account: my home address, my daughter's school, and 'before midnight'.", true],
  ["my english not perfect. someone send me whatsapp with photo of my street and my house number and say 'soon, tonight'", true],
  ["im in halls and someone just dmed me my block and room number and said 'see you after lectures' its 3pm now", true],
  ["I'm 68 and not good with phones. A message came just now with my address written in it and it says he is coming today", true],
  ["got a snap from a random account, its my full address and '2am' with a laughing emoji", true],
  ["I sent my address to the council for the housing form, is that safe?", false],
  ["my new address is on the form for tomorrow, will he be able to see it?", false],
  ["someone posted my address online last year, no idea who, nothing's happened since. can I get it taken down?", false],
  ["I need to give my address to the delivery company for tonight's parcel, will it show on the receipt?", false],
  ["how do I stop my address appearing on the open electoral register", false],
  ["My address was in a data breach at my gym, should I be worried?", false],
  ["He knows my address from when we were together but he hasn't been round since 2021", false],
  ["Can I put a PO box instead of my home address on the court papers due tomorrow?", false],
  ["an old post of mine from 2019 has my street name in it, should i delete it?", false],
]);

describeKind("kinds from blind batch 110: what keeps them breathing stopped by someone now (oxygen, a feeding tube); put somewhere and shut in; the means said with \"'s\" ('rope's in the shed'); 'what's the point in me'; medicine that keeps them alive stopped on purpose, or any medicine stopped to die; rather go than keep living", [
  ['he has my oxygen tube in his hand and keeps pinching it. please', { level: 'emergency' }],
  ['shes turned my oxygen off', { level: 'emergency' }],
  ['he pulled out my feeding tube', { level: 'emergency' }],
  ['i use a powerchair. he unplugged the charger and pushed me into the garage and shut the door. battery nearly dead. messaging on my watch', { level: 'emergency' }],
  ['my dad pushed me into the shed and locked it', { level: 'emergency' }],
  ['they shoved my sister in the boot and locked it', { level: 'emergency' }],
  ["he's told everyone I'm a liar and they believe him. what's the point in me. rope's in the shed", { level: 'crisis' }],
  ["what's the point of me anymore", { level: 'crisis' }],
  ["I've stopped taking my insulin on purpose. I'd rather just go than keep living with him watching my every move.", { level: 'crisis' }],
  ['not taking my tablets so i can just go', { level: 'crisis' }],
  ['the nurse is holding my oxygen tube and keeps adjusting it', { level: 'none' }],
  ['my oxygen tube keeps kinking, can you hold it straight', { level: 'none' }],
  ['last year he turned my oxygen off to punish me', { level: 'none' }],
  ['he put me in the cupboard and shut the door when i was little', { level: 'none' }],
  ['whats the point in me going to the police', { level: 'none' }],
  ["i'd rather go than be stuck in traffic", { level: 'none' }],
  ['i would rather just go than wait for the bus', { level: 'none' }],
  ['i stopped my insulin on purpose last year and ended up in hospital', { level: 'none' }],
], [
  ['she put the baby in the room and shut the door', 'emergency.heldNow', false],
  ['stopped taking my meds on purpose cos they made me numb', 'crisis.suicidePlan', false],
  ["rope's in the shed", 'emergency.someoneThereNow', false],
  ["dave's outside", 'emergency.someoneThereNow', true],
]);

describeKind("found reading batch 110's risk messages given the emergency or crisis guidance: an injury dated days or more back ('last month he strangled me till I passed out'); danger denied now ('im not in danger rn'); a note left by the one who did the damage, not a farewell; a part of the property named ('my front window'); what is seen on a screen ('my NHS app', 'my location') is not the person", [
  ["Last month he strangled me till I passed out. I went to A&E but didn't tell them what happened. Now he's being all nice again and I don't know what to think", { level: 'harm' }],
  ['last week he hit me and now im bleeding again', { level: 'emergency' }],
  ['he hit me last night and i keep passing out', { level: 'emergency' }],
  ['ok so hes threatened to kill me loads of times but never said when. im not in danger rn hes in scotland for work', { level: 'risk' }],
  ["he said he'd kill me. im not safe right now", { level: 'emergency' }],
  ['they smashed my front window while i was at work, left a note saying next time youll be in', { level: 'risk' }],
  ['they all hate me. left a note saying sorry to mum', { level: 'crisis' }],
  ['someone keyed my car door', { level: 'risk' }],
  ['my ex keeps turning up at my GP surgery when I have appointments, I think he can see my NHS app from my old phone', { level: 'risk' }],
  ['i can see him from my window', { level: 'emergency' }],
], [
  ['i smashed my front window by accident', 'risk.propertyDamage', false],
  ['he can see my location from his phone', 'emergency.someoneThereNow', false],
]);

describeKind("kinds from blind batch 111: a child taken from where they live ('my little girl from the trailer'); the door camera showing them now; the harm turned on themselves said by who it is not for ('not going to hurt anybody else, just me'); helpers coming with a time ('coming round tonight to help me move')", [
  ["my ex's cousins have took my little girl from the trailer to bring her to his side of the family in ireland. theyre getting the night boat from holyhead at 2am", { level: 'emergency' }],
  ['the doorbell keeps going and the ring cam shows its him with his hood up. its 2am', { level: 'emergency' }],
  ["farm's going under, she's left, and her brother messages every day calling me scum. got the gun cabinet open. not going to hurt anybody else, just me", { level: 'crisis' }],
  ['im not going to hurt anyone else. just me. tonight', { level: 'crisis' }],
  ["my brothers and cousins are coming round tonight to help me move my stuff out of my ex's place. I'll be fine with them there, just wanted to ask about changing the locks after", { level: 'none' }],
  ['my camera shows him walking past every morning', { level: 'none' }],
  ['i would not hurt anyone, just me being paranoid', { level: 'none' }],
  ['my mum took my little girl from the house to the park', { level: 'none' }],
], [
  ['he would never hurt anyone but me', 'crisis.means', false],
  ['the ring cam showed him at the door last night', 'emergency.someoneThereNow', false],
]);

describeKind("found reading batch 111's risk messages given the emergency or crisis guidance: a note left with the one who did the damage named earlier in the clause; an act dated days back is no threat for today; 'she's gone home now' is no time; taken documents with the one who took them away now and the writer fine are not being held; damage to 'all 4 of my tyres'", [
  ["someone slashed the tyres on our caravan last week and left a note saying 'pikeys out'. same lads keep driving past slow at night", { level: 'risk' }],
  ['he has taken my passport and wont give it back and i cant leave', { level: 'emergency' }],
  ["he said today he's going to beat me up", { level: 'emergency' }],
], [
  ["I'm an interpreter. At the solicitors today the client told me her brothers beat her in March and have threatened to take her back to Iraq. She's gone home now. Should I be reporting this?", 'emergency.threatSoon', false],
  ["my husband is my sponsor and he has taken my passport and BRP and won't give back. he says without him i am nothing here. he's at work now, i'm ok today", 'emergency.heldNow', false],
  ['someone slashed all 4 of my tyres last night', 'risk.propertyDamage', true],
]);

describeKind("kinds from blind batch 112: something scalding thrown at them ('shes chucked boiling water at me from the kettle'); and, reading its risk messages: an account got into is not a door; a count of times later in the clause is a pattern; a new habit ('started coming to the house') is not a presence, but a pattern (risk)", [
  ['shes chucked boiling water at me from the kettle. my arm is blistering. shes saying shell do it again', { level: 'emergency' }],
  ['he threw his hot coffee in my face', { level: 'emergency' }],
  ['i spilled boiling water on my hand', { level: 'none' }],
  ['he threw tea at me at work lol it was cold', { level: 'none' }],
  ['my ex got into my icloud and has been reading my messages. he quoted something i texted my friend word for word. ive changed the password twice and hes still getting in', { level: 'risk' }],
  ['hes still getting in through the back window', { level: 'emergency' }],
  ['he took my phone and hes getting in through the window', { level: 'emergency' }],
  ['hes been sat outside my mams house in his van a few times this week, not done nothing just sits there. hes got previous for violence', { level: 'risk' }],
  ['hes sat outside my house in his van right now', { level: 'emergency' }],
  ['most days now, used to be weekends. and hes started coming to the house not just texting', { level: 'risk' }],
  ['hes coming to the house now', { level: 'emergency' }],
], [
  ['last year she threw boiling water at me', 'emergency.weaponHeldNow', false],
]);

describeKind("found reading batch 113's risk messages given the emergency guidance: a count of times later in the clause, over days or more or said bare at its end, makes a presence a pattern (not over minutes or tonight)", [
  ['every single day, sometimes 50 calls. and hes turned up outside my mums twice', { level: 'risk' }],
  ["a guy off grindr has been messaging my family and he's turned up at my flat twice in the last week", { level: 'risk' }],
  ['hes been outside my door three times in the last hour', { level: 'emergency' }],
  ['hes turned up at my flat twice tonight', { level: 'emergency' }],
  ['hes outside my house, third time tonight', { level: 'emergency' }],
], [
  ['hes been outside my door three times in the last hour', 'emergency.presentNow', true],
  ["he's turned up at my flat twice in the last week", 'emergency.someoneThereNow', false],
]);

describeKind("kinds from blind batch 114: an aside between the one there and their verb ('Patient's partner who assaulted me last month - bail conditions say stay away - is on the ward now'); and, reading its risk messages: a weapon someone has threatened to use, with no time, is a threat (risk), not a weapon held", [
  ["Night shift nurse here. Patient's partner who assaulted me last month - bail conditions say stay away from this hospital - is on the ward now asking for me by name.", { level: 'emergency' }],
  ['my ex - the one with the restraining order - is at the door now', { level: 'emergency' }],
  ['the man who attacked me last month, he is on bail, is outside my house now', { level: 'emergency' }],
  ['my ex, who lives in spain now, is coming over at christmas', { level: 'none' }],
  ['he hit me, it was awful, is that stalking', { level: 'harm' }],
  ["She's threatened to throw acid at me. No date, just 'one day when you're not expecting it'.", { level: 'risk' }],
  ['he threw acid at me', { level: 'emergency' }],
  ['he is threatening to throw acid at me', { level: 'emergency' }],
], [
  ['my ex - who is on bail - is at the door now', 'emergency.presentNow', true],
  ["she's threatened to throw acid at me", 'emergency.weaponHeldNow', false],
  ['he has threatened to use a knife on me', 'emergency.weaponHeldNow', false],
  ['he has a knife and is threatening me', 'emergency.weaponNow', true],
]);

describeKind("kinds from blind batch 115: company, help, a lift or an ordinary visit said in a clause of its own ('I'm ok, my mum's coming round later', 'gas engineer's coming between 8 and 12 tomorrow', 'police came round this morning') is not read by the learned signal, and a friend's plural ('my mates popping over at 7') is help; someone coming with others at a time ('At 8 she's coming with the kids' dad and his cousins'); the one who abused them staying within hours", [
  ["I'm ok, my mum's coming round later. It's just the texts from my ex that won't stop, mostly asking to get back together", { level: 'none' }],
  ['yeah im ok for now its just the texts. my mates popping over at 7 anyway', { level: 'none' }],
  ["gas engineer's coming between 8 and 12 tomorrow, can we do the call in the afternoon instead?", { level: 'none' }],
  ['Im fine, police came round this morning and took the details, just waiting to hear back now', { level: 'none' }],
  ["Would you help if it's a colleague messaging me outside work hours? Not threatening, just constant", { level: 'none' }],
  ['my friend is staying with me tonight. a cannae take it anymare, am thinkin aboot endin it aw', { level: 'crisis' }],
  ["Not right now, no. He's working away on the rigs for two weeks. But when he's back he goes through my phone and if he finds this I don't know what he'll do.. my friend is staying with me tonight", { level: 'emergency' }],
  ["At 8 she's coming with the kids' dad and his cousins. They said they'll take the kids by force. Last time they broke my nose.", { level: 'emergency' }],
  ['she said shes coming with her brothers in an hour', { level: 'emergency' }],
  ['my ex is coming with his new girlfriend at 5 to pick up the kids', { level: 'none' }],
  ['my mum is coming with me to court tomorrow', { level: 'none' }],
  ["my mums new boyfriend is staying tonight and he's the one who touched me last time. im 13. mum doesnt believe me", { level: 'emergency' }],
  ['Im on the train now and just wanted to say thank you - I reported the man who groped me last month and BTP rang today to say hes been charged.', { level: 'harm' }],
], [
  ['my dad is coming round later and hes drunk', 'emergency.learnedSignal', true],
  ['my mates are popping over at 7', 'emergency.comingSoon', false],
  ['hes coming with his mates tonight', 'emergency.comingSoon', true],
]);

describeKind("kinds from blind batch 116: the one beside them with their injuries or fear of moving in the message; an attack just now on someone at work ('has just pushed a member of staff'); a vehicle's 's before what it is doing ('his van's circling the block'); their own things given away with no need of them, said last; Scots 'am no gonnae', 'aw planned'; and its false alarm, despair said of the harassment by name", [
  ['cant talk. hes in bed next to me. bruises everywhere. wants me back asleep. scared to move', { level: 'emergency' }],
  ['my husband is in bed next to me, i am fine', { level: 'none' }],
  ["Apologies for the disturbance. I work as a carer at a residential home. A resident's estranged son is on site refusing to leave and has just pushed a member of staff. Police have been called. What should we do in the meantime?", { level: 'emergency' }],
  ["walking home from the pub, 10 min from mine, and his van's circling the block. 4th lap. every day i wish i'd never met him", { level: 'emergency' }],
  ["my car's in the garage", { level: 'none' }],
  ['gave my guitar and all my games to my little brother. he doesnt know why. i wont need them. the group chat made sure of that', { level: 'crisis' }],
  ['gave my old uni textbooks to my cousin, i wont need them anymore', { level: 'none' }],
  ['see if this carries on am no gonnae be here by christmas. av got it aw planned oot', { level: 'crisis' }],
  ['aw no thats a shame', { level: 'none' }],
  ["I can't do this anymore with the calls from my ex's mum. She just rings and cries. How do I block a landline number?", { level: 'none' }],
  ['i cant do this anymore', { level: 'crisis' }],
], [
  ['he just punched a member of staff', 'emergency.attackNow', true],
  ['my ex is in bed next to me and i have a black eye', 'emergency.threatenerBesideNow', true],
]);

describeKind("kinds from blind batch 117: a game said with 'on' ('keeps killing me on fortnite'); a vandal's note with the vandal left unsaid ('Keyed my car and slashed two tyres on Sunday, left a note saying next time')", [
  ['someone keeps killing me on fortnite then messaging gg ez lol, can i report that', { level: 'none' }],
  ['someone keeps hitting me on the bus', { level: 'emergency' }],
  ["Keyed my car and slashed two tyres on Sunday, left a note saying 'next time'", { level: 'risk' }],
  ['they all hate me. left a note saying sorry', { level: 'crisis' }],
], [
  ['he keeps threatening to kill me on xbox', 'risk.threats', true],
]);

describeKind("kinds from blind batch 118: the one who threatened them in the queue or at the counter where they work; someone exposing themselves now; the means with them and the wish to end it ('got the bleach with me. i want it to end'); and its false alarm, abroad said by the country's name ('hes in spain now')", [
  ['pharmacy counter. the man who threatened me last month is back in the queue, 3 people in front of him. he hasnt clocked me yet', { level: 'emergency' }],
  ['my husband is in the queue at tesco getting the shopping', { level: 'none' }],
  ['northern line. man opposite exposing himself and staring at me. carriage empty. next stop ages away', { level: 'emergency' }],
  ['a man exposed himself to me on the bus last year', { level: 'none' }],
  ['locked in a cubicle at work, i was meant to be cleaning. got the bleach with me. i want it to end, hes ruined everything', { level: 'emergency', alsoCrisis: true }],
  ['cabbie here, got a bad review and the bloke messaged me on facebook calling me names. hes in spain now. should i bother', { level: 'none' }],
  ['hes in spain now but flies back tonight', { level: 'emergency' }],
  ['my mate keeps getting messages off some random saying shes ugly. her mum is coming to get us from the cinema at 9, should she tell her?', { level: 'none' }],
  ['hes coming to get us from school at 3', { level: 'emergency' }],
], [
  ['got the bleach to clean the kitchen, i want it to end, this mess', 'crisis.means', false],
  ['ive got the pills here. i just want to die', 'crisis.means', true],
]);

describeKind("kinds from blind batch 119: being followed with 'I am' left out, said with now ('being followed on the bus rn'); self-harm done and worse wanted next ('scratched my wrists ... i want to do worse'); and its false alarm, the writer grading a neighbour's nuisance as no harassment themselves", [
  ['being followed on the bus rn, same man as last week got on at my stop. getting off soon and really scared', { level: 'emergency' }],
  ['being followed home from work for months now, what can i do', { level: 'none' }],
  ['i was being followed last week by a man on the bus, not now though', { level: 'none' }],
  ['scratched my wrists in the toilets in halls cos i couldnt face going back to my room where she can see my door. i want to do worse', { level: 'crisis' }],
  ["next door's security light shines straight into my bedroom. Not harassment I know but what can I do", { level: 'none' }],
], [
  ['still being chased by him right now', 'emergency.followingNow', true],
  ['being followed on instagram by fake accounts now', 'emergency.followingNow', false],
  ['burnt my arm again. i feel like doing more', 'crisis.selfHarmAct', true],
  ['scratched my arm on the brambles walking the dog, i want to do more walks though', 'crisis.selfHarmAct', false],
  ['he burnt my arm with a lighter. i want to do more to stop him', 'crisis.selfHarmAct', false],
]);

describeKind("kinds from blind batch 120: boxed in by people where they are, with no way out said after ('have boxed me in by the bus stop ... cant get away'); and, found writing its near misses, cornered for a chat is no trapping; things not given back are not children ('got her bank card and PIN and won't give them back')", [
  ['im on my mobility scooter on the high st and the lads who keep following me have boxed me in by the bus stop, grabbing my handlebars and laughing. cant get away', { level: 'emergency' }],
  ['they boxed me in at five a side last night, proper dirty game', { level: 'none' }],
  ['the lads boxed me in by the bus stop yesterday and i couldnt get away, should i report it', { level: 'none' }],
], [
  ['three girls have cornered me in the toilets and wont let me go', 'emergency.heldNow', true],
  ['my nan cornered me in the kitchen to show me her holiday photos lol', 'emergency.heldNow', false],
  ['the manager cornered me about the rota again', 'emergency.heldNow', false],
  ['he has cornered me in the kitchen', 'emergency.heldNow', true],
  ["Her neighbour keeps coming round 'to help' and now he's got her bank card and PIN and won't give them back", 'emergency.childTakenNow', false],
  ['the kids went to their dads for the weekend and now he wont give them back', 'emergency.childTakenNow', true],
]);

describeKind("kinds from blind batch 121: a child in their care said with 'the' and an age ('The 14 yr old I foster has been missing since this morning ... from a car with the men'); a photo of their home with the time said before it in the clause ('Tonight the account sent me a photo of my front door')", [
  ["The 14 yr old I foster has been missing since this morning. Police have the report but she's just posted a snap story from a car with the men we were warned about.", { level: 'emergency' }],
  ['the child i foster ran off in a strop last year, she came back the same night', { level: 'none' }],
  ["I honestly thought it was just online. Tonight the account sent me a photo of my front door taken from the street and it said 'lights off soon'.", { level: 'emergency' }],
  ['tonight my mum sent me a photo of our house from the estate agent listing', { level: 'none' }],
], [
  ['he once posted a photo of my house taken from the road', 'emergency.threatSoon', false],
  ['a 40 yr old man keeps messaging me', 'emergency.childTakenNow', false],
]);

describeKind("kinds from blind batch 122: the one there at the place where the writer is now ('hes at the hospital where im visiting my nan'); a threat to kill put off to some day is a threat, not the emergency guidance; and its false alarm, the writer's own account hacked said as a clause of its own", [
  ['my ex just messaged that hes at the hospital where im visiting my nan and hes coming up to the ward', { level: 'emergency' }],
  ['my mum is at the hospital where i am, she is bringing me a coffee', { level: 'none' }],
  ['i think ive been hacked? my account sent weird links to everyone last night', { level: 'none' }],
  ['ive been hacked. i cant do this anymore, i want to die', { level: 'crisis' }],
  ['he said one day hes gonna kill me. didnt say when', { level: 'risk' }],
  ['hes going to kill me', { level: 'emergency' }],
], [
  ['he is at the pub where i am', 'emergency.presentNow', true],
  ['he was at the pub where i am now', 'emergency.presentNow', false],
  ['i think hes hacked my phone, he knows everything i say', 'risk.tracking', true],
]);

describeKind("kinds from blind batch 123: sextortion with a deadline within hours ('30 mins or it goes to my wife'); spiking in text speak ('sum guy put sumthin in my drink'); a driver off the route, said by where they are; a place of their home said as a fragment between who and help; a tent opened on them; no way out but past them; a photo of their door '2 min ago'", [
  ["he said if i dont send 500 in the next hour he sends the pics to my mum and all my followers. its 10pm. im 16. i cant breathe", { level: 'emergency' }],
  ["Sextortion guy says 30 mins or it goes to my wife and my work email. I'm 52, I've never done anything like this. He's literally counting down", { level: 'emergency' }],
  ['ill send you the photos in 10 mins, my laptop is slow', { level: 'none' }],
  ['im at a party n sum guy put sumthin in my drink i saw him do it n i drank sum b4 i realised. feel dizzy. cnt find my m8s', { level: 'emergency' }],
  ['uber driver has missed the turn 3 times and keeps touching my knee, says hes taking a shortcut. i dont recognise anywhere', { level: 'emergency' }],
  ['i dont recognise anywhere round here since they built the estate', { level: 'none' }],
  ['gym guy. in my stairwell. the one who sends the pics. help', { level: 'emergency' }],
  ["festival. in my tent. 3 lads keep unzipping it and laughing. mates are at the main stage not answering. they said theyll come in when i fall asleep", { level: 'emergency' }],
  ["work xmas do. manager has my bag and keycard and keeps steering me to the hotel floor to 'talk about my promotion'. im in the loo and cant get out without passing him", { level: 'emergency' }],
  ['he sent me a pic of my front door 2 min ago. im inside. i didnt even know he had my address', { level: 'emergency' }],
], [
  ['pay me in 48 hours or i post your pics', 'emergency.threatSoon', false],
  ['the zip on my tent is broken, keeps unzipping itself in the wind', 'emergency.entryNow', false],
  ['cant get out without passing the bar, its so packed in here lol', 'emergency.heldNow', false],
  ['a sum of 500 went out of my account', 'emergency.spikedNow', false],
]);

describeKind("kinds from blind batch 124 (half written in learners' or word-for-word translated English): a count of minutes said in the singular and a third person's words in the plain verb ('He say if I not answer in 20 minute he come here'); held since yesterday, a time up to now ('he lock me in my room since yesterday'); 'the' left out before 'same'; 'to' left out before 'jump', and a jump from a window of their own home; and its false alarm, a threat as the consequence of an open condition said further back in the clause", [
  ['He say if I not answer in 20 minute he come here and I know he mean it, last time he come he broke my arm', { level: 'emergency' }],
  ['its a 20 minute walk from mine', { level: 'none' }],
  ['My brother he lock me in my room since yesterday and take my phone, I use old phone. He say tomorrow I marry the man. This morning he hit me', { level: 'emergency' }],
  ['he locked me in my room yesterday but i got out', { level: 'none' }],
  ['Good night. My ex husband I think he put tracker in my phone, because now he is in same restaurant where I am with my friend. He sitting two tables from me and staring. Last month he push me down the stairs', { level: 'emergency' }],
  ['we live in same street as my cousin', { level: 'none' }],
  ['I really want jump from my window. He keep send me message every day. I think about it every minute now', { level: 'crisis' }],
  ['i want to jump out of my bedroom window', { level: 'crisis' }],
  ['i jumped out of my skin when the doorbell went', { level: 'none' }],
  ['if my mum finds out ive been on here shes going to murder me lol', { level: 'risk' }],
  ['he not here now', { level: 'none' }],
  ['my dad caught me on here and he is going to kill me hes coming up the stairs', { level: 'emergency' }],
], [
  ['the kids jump off my balcony into the pool lol', 'crisis.suicideIntent', false],
  ['my cat jumped out of my window', 'crisis.suicideIntent', false],
  ['if my husband finds out i have been talking to you he is going to kill me', 'emergency.violenceNow', false],
  ['he has locked me in my room since last night', 'emergency.violenceNow', true],
  ['he lock me in since last night', 'emergency.heldNow', true],
  // over-caution on its risk messages: out of prison is not within hours; punished for it is told of then
  ['when he gets out of prison he will kill me', 'emergency.threatSoon', false],
  ['my ex say when he come out from prison in spring he will come for me', 'emergency.comingSoon', false],
  ['he said he will batter me when i come out of the shop, hes waiting', 'emergency.threatSoon', true],
  ['the guy from work who got suspended for groping me has messaged from a new number', 'emergency.attackNow', false],
  ['my manager got suspended and now hes groping me in the stockroom', 'emergency.attackNow', true],
  // found checking the whole corpus: a lift arranged is no one approaching; "coming for me" put off is still a threat
  ['my mum is coming for me at 5 to take me home', 'emergency.someoneThereNow', false],
  ['he is walking towards me at the bus stop', 'emergency.someoneThereNow', true],
  ['shes told everyone that when she gets out of rehab shes coming for me', 'risk.threats', true],
  ["he text 'im outside look out the window' and he is. hes by the bins", 'emergency.someoneThereNow', true],
  ['he was outside my house last night', 'emergency.presentNow', false],
]);

describeKind("found with batch 123 and mended with 124: a threat to share the writer's own pictures with no place said ('he says he will post my pics', 'pay me in 48 hours or i post your pics') is a risk", [
  ['pay me in 48 hours or i post your pics', { level: 'risk' }],
  ['he says he will post my pics', { level: 'risk' }],
], [
  ['he will send my photos back', 'risk.imageAbuse', false],
  ['the photographer will send your photos by friday', 'risk.imageAbuse', false],
  ['she said she would share your pictures of the wedding', 'risk.imageAbuse', false],
  ['my ex is threatening to share my private photos', 'risk.imageAbuse', true],
]);

describeKind("kinds from blind batch 125 (half out and about or on the move): a place to die as the whole of a thought ('Thinking about the river.'), and wandering is not coming to them ('Walking round town at 2am'); self-harm just done with a tool said between ('scratched my arms up with my key till they bled'); and its false alarm, the writer asking for the police's non-emergency number", [
  ["Walking round town at 2am. Don't want to go home. Thinking about the river.", { level: 'crisis' }],
  ['in the gym changing room, just scratched my arms up with my key till they bled after seeing him at my class this morning. couldnt breathe', { level: 'crisis' }],
  ['the cat scratched my arms up when i bathed him', { level: 'none' }],
  ['sat in the car park at tescos typing this, whats the police non emergency number', { level: 'none' }],
  ['hes outside my door right now whats the non emergency number', { level: 'emergency' }],
  // the learned signal weighs "thinking about" itself: a step against it is quiet, a way to die is not
  ['i have been thinking about reporting him', { level: 'none' }],
  ['been head banging the wall again till it bleeds, only way i can stop thinking about him', { level: 'crisis' }],
  ['in my room in halls with a razor. cant stop thinking about what he posted', { level: 'crisis' }],
  ['thinking about reporting him but honestly whats the point in anything, i want to die', { level: 'crisis' }],
], [
  ['hes walking round to mine at 9', 'emergency.onTheWay', true],
  ['walking round town at 2am', 'emergency.comingSoon', false],
  ['im thinking about the bridge', 'crisis.suicidePlan', true],
  // (the learned signal still reads "thinking about" here and gives the crisis guidance: left, see src/safety/README.md)
  ['thinking about the river walk on sunday', 'crisis.suicidePlan', false],
  ['the cat scratched my arms when i picked him up', 'crisis.selfHarmAct', false],
  // found checking the whole corpus: the quiet for "thinking about" first silenced these two (now read by rules or the signal)
  ['been head banging the wall again till it bleeds, only way i can stop thinking about him', 'crisis.selfHarmAct', true],
  ['my son keeps head banging the wall again when hes upset', 'crisis.selfHarmAct', false],
]);

describeKind("kinds from blind batch 126 (neutral): Scots 'ma' and 'da' for 'my' and 'dad', 'maw' for 'mum' ('ma da is battering ma maw an i cannae stop him'); 'opposite' said alone as the place ('He's sat in his car opposite with the engine running'); the phone line found cut, said without who", [
  ['ma da is battering ma maw an i cannae stop him', { level: 'emergency' }],
  ['the da vinci code is my favourite film', { level: 'none' }],
  ["He's sat in his car opposite with the engine running, been there since 6. He's the one the police warned off last month. I've got to leave for my night shift at 10 and I'm terrified he'll grab me", { level: 'emergency' }],
  ['he always does the opposite of what i ask', { level: 'none' }],
  ["The phone line's been cut and the power's gone off. He said last week he'd do exactly this. I'm sat in the dark with my daughter", { level: 'emergency' }],
  ["the landline's been cut off for not paying the bill", { level: 'none' }],
], [
  ['he lives opposite', 'emergency.presentNow', false],
  ['our cctv has been cut', 'emergency.entryNow', true],
]);

describeKind("kinds from blind batch 127 (half about technology and words on screens): someone there now, placed by where they stand and what they stare at ('a man in a hood stood under the streetlight staring at my flat for over an hour'); its false alarm, the idioms 'kick him off' (an account) and 'without him kicking off' (a reaction feared); and on its risk messages, 'after school one day' and 'all he ever texts now'", [
  ["there's been a man in a hood stood under the streetlight staring at my flat for over an hour. same coat as in the photos someone keeps sending me of myself", { level: 'emergency' }],
  ['a man has been stood under the streetlight staring at my flat for an hour', { level: 'emergency' }],
  ['a man has been stood under the streetlight staring at my flat every night for weeks', { level: 'risk' }],
  ['there was a man stood under the streetlight staring at my flat last night', { level: 'none' }],
  ['my ex is still on our netflix lol. not a big deal but how do i kick him off without him kicking off', { level: 'none' }],
  ['how do i kick her off my family sharing on icloud', { level: 'none' }],
  // pushing someone off, and someone hurt, are not an account
  ['he kicked her off the bed and shes not moving', { level: 'emergency' }],
  ['i kicked him off me and ran, hes still in the house', { level: 'emergency' }],
  ["he's kicking off outside without his coat on, banging on my door", { level: 'emergency' }],
  // on its risk messages: a day left open is not within hours; "all he ever texts now" is these days
  ['theres this year 11 boy who keeps snapchatting me saying hes gonna jump me after school one day', { level: 'risk' }],
  ['hes gonna jump me after school', { level: 'emergency' }],
  ["all he ever texts now is 'you'll see'. over and over", { level: 'none' }],
  ['all he ever says is hes coming now', { level: 'emergency' }],
], [
  ['a man is stood under the streetlight staring at my window', 'emergency.someoneThereNow', true],
  ['a man has been stood under the streetlight staring at my flat every night', 'risk.loitering', true],
  // found checking the whole corpus: with the day left open, a threat of an assault in slang was read as nothing
  ['they keep sayin theyll jump me after school one day', 'risk.threats', true],
  ['he says hes going to beat me up', 'risk.threats', true],
  ['she said she would jump me the queue at the post office', 'risk.threats', false],
  ['my son said he will beat me up the hill on his bike', 'risk.threats', false],
  ['he was sat behind the wheel watching my door last week', 'emergency.someoneThereNow', false],
]);

describeKind("kinds from blind batch 128 (half written by voice dictation or fought with autocorrect): the words speech to text writes for the ones said ('can you here me', 'he doesn't no I'm here'), punctuation said aloud ('full stop', 'comma'), a check on the line run into the message ('can you hear me I mean read me I'm in the wardrobe'); following close behind on the road ('has been on my bumper for twenty miles'); its false alarm, the writer having to finish the chat later; and on its risk messages, 'he's not here now', 'now he's messaging', a threat for 'one day'", [
  ["can you here me I mean read me I'm in the wardrobe he doesn't no I'm here yet he's going room to room", { level: 'emergency' }],
  ["Hey Siri send to chat I'm on the M6 and the same black Audi has been on my bumper for twenty miles it's my exes brother and I can't lose him full stop", { level: 'emergency' }],
  ['hes outside comma hes got a knife full stop', { level: 'emergency' }],
  ["my boss is going to kill me if I'm late again so I'll have to finish this later sorry", { level: 'none' }],
  ['the comma goes before the quote', { level: 'none' }],
  ['a car was on my tail last week on the way home from work', { level: 'none' }],
  ['he told me i am stupid', { level: 'none' }],
  // on its risk messages: a presence denied is not now, "now he's messaging" is these days, and a day left open is not within hours
  ["he followed me home from the gym three times last week. he's not here now but I'm scared he'll do it again", { level: 'risk' }],
  ["he used to hit me when we were together and now he's messaging saying he'll find me one day where ever I go", { level: 'risk' }],
  ['im not in danger right now but he said he will kill me one day and i believe him', { level: 'risk' }],
  ['hes not here now but he said hes coming back tonight to kill me', { level: 'emergency' }],
  ['right now he says he will stab me', { level: 'emergency' }],
  // found checking the whole corpus: with "not here now" no longer a time, what had leaned on it is read for itself - setting
  // off to come and hurt them, a threat to finish what was started, a habit that a presence denied now does not take back
  ["hes not here now but he just rang to say hes leaving the pub and coming round to 'sort me out'", { level: 'emergency' }],
  ["Her ex broke her nose in January and now he's messaging her new partner saying he'll finish what he started", { level: 'risk' }],
  ['he has been sitting outside my house in his car most evenings this week but he is not there now', { level: 'risk' }],
  ['hes outside my house right now', { level: 'emergency' }],
], [
  ['the same car has been on my bumper since junction 9', 'emergency.followingNow', true],
  ['he says ill have to finish this tonight or else', 'emergency.comingSoon', true],
  ['please help me i am in the cupboard under the stairs', 'emergency.heldNow', true],
  ['hes leaving work and coming round to pick up the kids', 'emergency.comingToHarm', false],
  ['she said she would finish the job on the kitchen next week', 'risk.threats', false],
  ['i keep thinking hes outside but he isnt', 'emergency.presentNow', false],
  // found on batch 129's risk messages: a count of times, then another place
  ["he's turned up at her house twice and at her work", 'emergency.presentNow', false],
  ["he's turned up at my house twice and at the door again now", 'emergency.presentNow', true],
  ['no hes not here now but he was outside saturday for hours and shouted hed be back', 'risk.threats', true],
  ['he shouted hed be back with the ladder', 'risk.threats', false],
  ["He said when he wakes up he'll finish what he started, meaning the nursery", 'risk.threats', false],
  ["stopped replying to him and now he's turned up at my gym twice and at my sisters once", 'risk.loitering', true],
  ['he has turned up at my work three times this week', 'risk.loitering', true],
  ["he's turned up at my door three times tonight", 'risk.loitering', false],
  ['now hes messaging her new partner saying hell finish what he started', 'risk.threats', true],
]);

describeKind("kinds from blind batch 130 (half replies typed mid-conversation, hedged and self-correcting): staying away from home and a picture of a place posted or sent with 'found you' (the friend's house they are staying at); a car with a hosepipe with words between ('sat in the car up at the reservoir with a hosepipe'); its false alarm, an order 'in place'", [
  ["kinda safe? im at my mates. but he just put a pic of HER house on his story with 'found u'", { level: 'emergency' }],
  ["he sent 'found you' and a photo of my sisters front door. im staying at my sisters", { level: 'emergency' }],
  ['Not really fine no. Sat in the car up at the reservoir with a hosepipe. Not planning on driving home.', { level: 'crisis' }],
  ["He's in prison for 6 years and the order's in place. I'm just checking whether he's allowed to send letters to my kids", { level: 'none' }],
  ['the bail conditions are in place until the trial', { level: 'none' }],
  ['sat in the car with the hosepipe to wash it', { level: 'none' }],
], [
  ['i am staying at my mums and he posted a pic of her house with found you', 'emergency.threatSoon', true],
  ['he posted a pic of the refuge with found you | i am in a refuge', 'emergency.threatSoon', true],
  // located, not there: a card through their own door, a picture of their street with no word of staying away
  ["a card came through the door saying 'found you'", 'emergency.threatSoon', false],
  ["he worked out my address and sent me a pic of my street saying 'found you'", 'emergency.threatSoon', false],
  ["im at my mates and he sent a pic of my street saying 'got you'", 'emergency.threatSoon', false],
  ['he found me on facebook and sent a pic of my house', 'emergency.threatSoon', false],
  ['my sister sent a pic of the house saying found you a buyer', 'emergency.threatSoon', false],
  ['he said found you on instagram with a pic of his car', 'emergency.threatSoon', false],
  ['hes in my place right now', 'emergency.presentNow', true],
  ['he is in the place', 'emergency.entryNow', true],
  ['the order is in place now', 'emergency.entryNow', false],
  ['i am in the car up on the moors with a hose', 'crisis.suicidePlan', true],
  ['parked in the car park with the engine running waiting for him', 'crisis.suicidePlan', false],
  ['washing the car with the hosepipe', 'crisis.suicidePlan', false],
]);

describeKind("kinds from blind batch 131 (half about children and young people): a child with, or waiting to be met by, someone from online now; an adult telling a child they are leaving together; a driver who will not stop; knowing their address and coming within hours; its false alarm, the writer asking to come back to the chat later", [
  ["My son is 13 and he's just told his brother that a man he met on Fortnite is waiting for him at the park. He's gone out and his phone's going straight to voicemail", { level: 'emergency' }],
  ['Our daughter (13) was meant to be at a sleepover but there is no sleepover. Find My shows her at an address two towns away with an "online friend" she told her mate is 19', { level: 'emergency' }],
  ['bus driver here. lad on my bus maybe 14 and an older bloke keeps sitting next to him, kid looks terrified, bloke just said to him "we\'re getting off together at the next stop"', { level: 'emergency' }],
  ['in a taxi and driver wont stop and keeps saying he knows where I live', { level: 'emergency' }],
  ["My 11 year old has been chatting to someone on Roblox who said they were 12. Turns out it's an adult and they've just told him they know our address and they're coming today. What do I do", { level: 'emergency' }],
  ['can I come off this chat and come back later?', { level: 'none' }],
  ['i am in his car and he will not let me out', { level: 'emergency' }],
  ['she has got my new address and she is coming round tonight', { level: 'emergency' }],
], [
  ['my daughter has gone out with her mates, a boy from snapchat keeps messaging her', 'emergency.childTakenNow', false],
  ['a man from roblox keeps messaging my son and has gone out of his way to be nice', 'emergency.childTakenNow', false],
  ['last year my daughter went to meet a man from snapchat, police got involved', 'emergency.childTakenNow', false],
  ['the teacher said to her come with me to the office, she is only 12', 'emergency.childTakenNow', false],
  ['a man on the train said to her we are getting off here, she is only 12 and does not know him', 'emergency.childTakenNow', true],
  ['my mum said to him come with me and we went to the shops', 'emergency.childTakenNow', false],
  ['the bus driver would not stop for me', 'emergency.heldNow', false],
  ['he will not stop texting me since i got in his car last year', 'emergency.heldNow', false],
  ['he knows my address, he came round last year', 'emergency.comingSoon', false],
  ['they know my address and they are coming tonight', 'emergency.comingSoon', true],
  ['can i stay at yours he is coming back tonight', 'emergency.onTheWay', true],
]);

describeKind("kinds from blind batch 132 (half set on transport and in public places): someone on the platform with them; a group all round them; someone trying again and again to touch them where they cannot get away (a stop still to come, the driver doing nothing); their own death as the only way it stops, with their intent to make it happen; its false alarm, a kindness told as a thank-you; and on its risk messages, a count of times ('twice as well'), a routine ('when i leave'), fear of every passing car, a wait that was last week", [
  ['hes on the platform', { level: 'emergency' }],
  ["They're all round me on the platform and one just grabbed my bag", { level: 'emergency' }],
  ['on the night bus n this guy keeps tryna touch me n the drivers not doin nothing, my stop is the last one', { level: 'emergency' }],
  ['the only way hes going to stop is if im dead so im going to make that happen', { level: 'crisis' }],
  ['the bus driver waited until I was inside my front door tonight, just wanted to say people can be kind', { level: 'none' }],
  ['im scared all the time. im not in danger right this minute but i cant sleep, every car that slows down outside i think its him', { level: 'risk' }],
], [
  ['hes driven past my house twice as well', 'emergency.entryNow', false],
  ['pretty much every day. hes at the bus stop when i leave, at the shop at lunch', 'emergency.presentNow', false],
  ['every car that slows down outside i think its him', 'emergency.someoneThereNow', false],
  ['last week he was waiting outside the depot after my shift', 'emergency.threatSoon', false],
  // (read first by emergency.presentNow since batch 141 put the platform among the places of a journey)
  ['my ex is on the platform', 'emergency.presentNow', true],
  ['a group of lads are surrounding me', 'emergency.someoneThereNow', true],
  ['he was on the platform yesterday', 'emergency.someoneThereNow', false],
  ['hes on the platform every morning', 'emergency.someoneThereNow', false],
  ['he keeps trying to touch my leg and i can not get off till the next stop', 'emergency.touchedNow', true],
  ['my boss keeps trying to touch me at work', 'emergency.touchedNow', false],
  ['a man on the tube kept touching me last week and i could not get off till the next stop', 'emergency.touchedNow', false],
  ['the only way he will stop is if i am dead', 'crisis.suicidePlan', false],
  ['the only way this ends is when i die so i am going to do it', 'crisis.suicidePlan', true],
  ['i just wanted to say thank you, the police came round', 'emergency.learnedSignal', false],
  ['he has broken in twice this week', 'emergency.entryNow', false],
  ['he has driven past my house', 'emergency.entryNow', true],
  ['he is at the bus stop', 'emergency.presentNow', true],
  ['he is at the bus stop when i leave work', 'emergency.presentNow', false],
  ['he is outside | when i leave what do i do', 'emergency.presentNow', true],
  ['he will be waiting outside after my shift', 'emergency.threatSoon', true],
]);

describeKind("kinds from blind batch 133 (half from rural and isolated places): a farm building or store on fire named bare ('HAY BARN IS ON FIRE'); someone in the barn or shed, said as a fragment; coming up the road with the subject said once for two verbs ('he's left and is walking up the road'); hanging around the stop or gates where their child is about to be; a blade used on their own body; and on its risk messages, parking said with 'been' as a habit, not an arrival", [
  ['HAY BARN IS ON FIRE HE DID IT I SAW HIM RUN OFF ACROSS THE TOP FIELD. horses are in the next stable', { level: 'emergency' }],
  ['someone in the barn. heard the dogs go mad then stop. dogs gone quiet', { level: 'emergency' }],
  ["I'm on the island and the last boat has gone. He came over on the afternoon ferry and he's been in the pub asking where I live. Someone's just messaged me to say he's left and is walking up the road", { level: 'emergency' }],
  ['hes hanging around the school bus stop where my 11 yr old gets dropped off, bus is due in 10 min and i cant get there in time, were on a farm 3 miles out', { level: 'emergency' }],
  ['used the stanley knife from the workshop on my arms. its bleeding quite a lot. he doesnt know where i am', { level: 'crisis' }],
], [
  ['the straw bales are on fire', 'emergency.fireNow', true],
  ['my lambing shed is on fire', 'emergency.fireNow', true],
  ['the barn fire last year was an accident', 'emergency.fireNow', false],
  ['someone in the shed', 'emergency.presentNow', true],
  ['is someone in the barn', 'emergency.presentNow', false],
  ['my husband is in the barn', 'emergency.someoneThereNow', false],
  ['she left and is walking up the lane', 'emergency.onTheWay', true],
  ['i left and walked up the road to the shop', 'emergency.onTheWay', false],
  ['he keeps hanging around the school gates', 'emergency.someoneThereNow', false],
  ['used a knife on my arm last night', 'crisis.selfHarmAct', true],
  ['used the knife on my steak', 'crisis.selfHarmAct', false],
  ['hes been parking in the field gateway opposite the house most nights for 3 weeks', 'emergency.onTheWay', false],
  ['he is just parking up outside now', 'emergency.onTheWay', true],
]);

describeKind("kinds from blind batch 134 (half written at night): 'he here now' with the verb left out; its false alarms, a noise that was the tree ('the scratching at my window at night was the tree') and the idiom 'the only thing dragging me down'; and on its risk messages, the now of a denial ('im not in danger right now but he threatened to kill me last month'), someone in their home while they are at work, who they cannot prove it was", [
  ['my name is jake i have lerning disability. man from the flats keep knock my door at night he say he want my money. he here now knocking', { level: 'emergency' }],
  ['the scratching at my window at night was the tree, my brother cut it back lol. but i still want to ask about the phone calls from my old landlord', { level: 'none' }],
  ["absolutely killing it at work lately so the only thing dragging me down is a colleague who keeps emailing me about my 'attitude'. is that harassment?", { level: 'none' }],
  ['hes dragging me down the stairs', { level: 'emergency' }],
], [
  ['she here right now', 'emergency.presentNow', true],
  ['is he here now', 'emergency.presentNow', false],
  ['the banging on the door was the wind', 'emergency.entryNow', false],
  ['the scratching at my window was him', 'emergency.entryNow', true],
  ['the only thing dragging me down is work', 'emergency.attackNow', false],
  ['im not in danger right now but he threatened to kill me last month', 'emergency.threatImmediate', false],
  ['he said hed kill me tonight, im not in danger right now', 'emergency.threatImmediate', true],
  ["I think someone's been in my flat while I'm at work", 'emergency.presentNow', false],
  ["I think someone's been in my flat while I'm at work", 'emergency.entryNow', false],
  ["Doorbell cam caught someone trying my door handle. Can't prove it's him", 'emergency.someoneThereNow', false],
  ['its him at the door', 'emergency.someoneThereNow', true],
]);

describeKind("blind batch 134's corpus check: a home got into while they were out, told of afterwards, is asked about (the harm check), no longer read as happening now", [
  ['he got into my flat while i was out and moved stuff around. police said theres no sign of forced entry', { level: 'harm' }],
], [
  ['i got into my flat and it was a mess', 'harm.breakIn', false],
  ['he got into my car and we drove to the beach', 'harm.breakIn', false],
  ['she let herself in with the old key', 'harm.breakIn', true],
]);

describeKind("kinds from blind batch 135 (half about family members): an adult who cannot cope alone (dementia, a learning disability) taken off by someone who threatened them", [
  ["My daughter in law has taken my husband off in her car, he has dementia, and she's threatened to leave him somewhere. He can't cope on his own and it's getting dark.", { level: 'emergency' }],
], [
  ['my brother has taken my dad off in his car, dad has alzheimers and my brother said he would dump him at the services', 'emergency.childAtRiskNow', true],
  ['my son has taken my mum to the hospital, she has dementia', 'emergency.childAtRiskNow', false],
  ['my sister has taken my mum home, she has dementia and she threatened to sell the house', 'emergency.childAtRiskNow', false],
  ['my husband has dementia and his brother threatened me last year', 'emergency.childAtRiskNow', false],
]);

describeKind("kinds from blind batch 136 (half about caring and being cared for): medicine they need within hours kept from them by whoever looks after them, as the price of something; a child seized and dragged behind someone's door, told in the simple past; and its false alarm, where a van is parked asked about in a complaint", [
  ['my carer has had my bank card since monday and tonight she says if i dont give her the pin she wont give me my insulin. im type 1 and its been 9 hours', { level: 'emergency' }],
  ["neighbour grabbed my little brother by the neck and dragged him into his house, says he scratched his car. mum's at work", { level: 'emergency' }],
  ["The district nurse said to get in touch about the letters my sister's neighbour keeps sending complaining about where her wheelchair van is parked. They're rude, not scary.", { level: 'none' }],
  ['he wont give mum her insulin until she signs the house over to him', { level: 'emergency' }],
  ["she's refusing to give me my inhaler and i cant breathe", { level: 'emergency' }],
  ['the man next door pulled my daughter into his flat', { level: 'emergency' }],
], [
  ['if i dont give him the money he wont give me my epipen', 'emergency.heldNow', true],
  ['she wont give me my insulin until i give her the pin', 'emergency.heldNow', true],
  ['my carer forgot my insulin last week', 'emergency.heldNow', false],
  ['the pharmacy wont give me my insulin without a prescription', 'emergency.heldNow', false],
  ['the nurse wont give mum her insulin until she has eaten', 'emergency.heldNow', false],
  ['if i dont eat my tea she wont give me my insulin', 'emergency.heldNow', false],
  ['my husband refused to give me my insulin last year', 'emergency.heldNow', false],
  ['what if my carer wont give me my insulin unless i pay her', 'emergency.heldNow', false],
  ['he grabbed me by the neck last year', 'emergency.childTakenNow', false],
  ['the neighbour dragged his bins in', 'emergency.childTakenNow', false],
  ['i pulled my son into the house when the dog ran at him', 'emergency.childTakenNow', false],
  ['my neighbour took my son into her house till i got home', 'emergency.childTakenNow', false],
  ['last year the neighbour grabbed my son and dragged him into his house', 'emergency.childTakenNow', false],
  ['i forgot where my car is parked', 'emergency.someoneThereNow', false],
  ['she keeps moaning about where my van is parked', 'emergency.someoneThereNow', false],
  ['complaining about where her van is parked', 'emergency.presentNow', false],
  ['his van is parked outside again every night', 'emergency.presentNow', true],
  ['he is parked outside', 'emergency.presentNow', true],
]);

describeKind("kinds from blind batch 137 (half from students and young adults): the h dropped in speech ('ye hes ere now', \"e's ere\", 'outside me ouse'), read in the normalisation; and on its risk messages, what someone would do with a weapon (a threat's words, not a weapon held), several recordings of an attempt at the door told afterwards, the writer's own word that it is not happening now, someone who knows their routine (a risk, not a presence), and from the corpus check, what someone would do with a weapon described in texts or voicemails (a threat: risk)", [
  ['ye hes ere now', { level: 'emergency' }],
  ["e's ere", { level: 'emergency' }],
  ["'e's outside me 'ouse", { level: 'emergency' }],
  ['The threats are getting worse. At first it was just names, now it\'s what he\'d do to me with a knife. He lives in Spain I think', { level: 'risk' }],
  ['its giving stalker fr. a guy who drinks at the bar where i work knows my shift pattern, my bus route and my dogs name and ive never told him any of it', { level: 'risk' }],
  ['ere we go again', { level: 'none' }],
  ['ere mate what time is it', { level: 'none' }],
  ['i was ere last week', { level: 'none' }],
  ['he is outside with a knife', { level: 'emergency' }],
  ['its not happening right now but he will be back tonight', { level: 'emergency' }],
  ['he knows my shift pattern and hes waiting outside', { level: 'emergency' }],
  ['someone is in the garden with a machete', { level: 'emergency' }],
  ['he is trying the handle', { level: 'emergency' }],
  ['the doorbell cam is showing a man trying the handle', { level: 'emergency' }],
], [
  ['he is here now', 'emergency.hereNow', true],
  ["i took three e's", 'emergency.hereNow', false],
  ['my doorbell cam has loads of clips of the same man trying the handle at night, always about 2am, never when im awake. last one was thursday', 'emergency.entryNow', false],
  ["Our neighbour has been filming my autistic son through the fence and shouting he'll 'sort him out'. My son's scared to play in the garden. It's not happening right now", 'emergency.learnedSignal', false],
  ['its giving stalker fr. a guy who drinks at the bar where i work knows my shift pattern, my bus route and my dogs name and ive never told him any of it', 'emergency.learnedSignal', false],
  ['he would do to me with a knife', 'emergency.weaponHeldNow', false],
  ['she could come at me with a knife', 'emergency.weaponHeldNow', false],
  ['my ring just sent me a clip of a man trying my door handle', 'emergency.entryNow', true],
  ['the camera has loads of clips of him trying the handle at night', 'emergency.entryNow', false],
  ['a guy at work knows my shift pattern and my bus route', 'risk.knowsAddress', true],
  ['i know my rota', 'risk.knowsAddress', false],
  ['he does not know my routine', 'risk.knowsAddress', false],
  ["He leaves voicemails describing what he'd do to me with a knife. None of them say when.", 'risk.threats', true],
  ['texts about what hed do with a knife', 'risk.threats', true],
  ['he asked what i would do with a knife', 'risk.threats', false],
  ['what she will do with the money', 'risk.threats', false],
]);

describeKind("kinds from blind batch 138 (half set in faith, community and hobby life): an adult in charge of a group, a club or a place of worship named by their role (a leader, an instructor, an elder) where the writer is now; a message from them saying they are at a part of the building the writer is in ('I'm in reception', 'im at the front desk', 'on your floor'); a door camera named as what shows them (its trigger); and on its risk messages, a threat for the next time they meet after a bare 'now' of the telling, the writer's own coming asked about, who did it said after a past act or a habit ('i know its him'), pictures of their home sent again and again with nothing said as now, and from its near misses, 'killing me' over days", [
  ['the scout leader is in my tent and wont leave', { level: 'emergency' }],
  ['one of the instructors is outside my dorm and keeps trying the door', { level: 'emergency' }],
  ['one of the elders is waiting outside my house', { level: 'emergency' }],
  ['the youth worker is outside my bedroom door and everyone else is asleep', { level: 'emergency' }],
  ['im 12 at cadets camp and one of the leaders is in our tent and wont go', { level: 'emergency' }],
  ["he just texted 'im at the front desk'", { level: 'emergency' }],
  ['got a text from him: im in the lift', { level: 'emergency' }],
  ["a message from my ex saying 'im on your floor'", { level: 'emergency' }],
  ["she messaged 'I'm at reception, come down'", { level: 'emergency' }],
  ["my stalker just whatsapped 'im by the main entrance'", { level: 'emergency' }],
  ['hes at my door now, ring cam shows him', { level: 'emergency' }],
  ['now her brother says hell batter me when he sees me', { level: 'risk' }],
  ['and now theyre saying theyll jump me when they catch me', { level: 'risk' }],
  ['my ex told everyone im a grass and now his mates have said theyll do me in when they see me', { level: 'risk' }],
  ['now he says hell batter me when he sees me tonight', { level: 'emergency' }],
  ['tonight he says hell batter me when he sees me', { level: 'emergency' }],
  ['he grabbed me at training last year and now he keeps asking when im coming back', { level: 'none' }],
  ['now she messages asking if were coming round for christmas and it scares me', { level: 'none' }],
  ['now hes coming round', { level: 'emergency' }],
  ['somebody keyed my car on friday. i know its her', { level: 'risk' }],
  ['somebody slashed my tyres overnight, im certain its her', { level: 'risk' }],
  ['someone has scratched my door three times since christmas, no proof its him though', { level: 'risk' }],
  ['the silent calls keep coming every night. i reckon its him', { level: 'none' }],
  ['he keeps sending me pics of my front door taken from the street', { level: 'risk' }],
  ['shes been sending me videos of my house taken from outside', { level: 'risk' }],
  ['my ex keeps sending me photos of me taken from outside my window', { level: 'risk' }],
  ['the instructor is murdering me this week haha', { level: 'none' }],
  ['my boss is killing me lately with all the overtime', { level: 'none' }],
], [
  ['one of the leaders is in my tent', 'emergency.someoneThereNow', true],
  ['one of the leaders was in my tent last night checking we were ok', 'emergency.someoneThereNow', false],
  ['the leaders are in their tent', 'emergency.someoneThereNow', false],
  ['if a leader comes into my tent what should i do', 'emergency.someoneThereNow', false],
  ['the leader said hed come round our tents in the morning', 'emergency.someoneThereNow', false],
  ['the scout leader is not in my tent', 'emergency.someoneThereNow', false],
  ['the coach is outside', 'emergency.someoneThereNow', false],
  ["he just texted 'im in reception'", 'emergency.someoneThereNow', true],
  ["he messaged 'im in reception' last week", 'emergency.someoneThereNow', false],
  ["i texted him 'im in reception'", 'emergency.someoneThereNow', false],
  ["my mum messaged 'im in reception'", 'emergency.someoneThereNow', false],
  ['the courier texted saying im at the front desk', 'emergency.someoneThereNow', false],
  ["he said hed message 'im in reception' tomorrow", 'emergency.someoneThereNow', false],
  ['i told him im in reception', 'emergency.someoneThereNow', false],
  ['now he says hell batter me when he sees me', 'emergency.threatSoon', false],
  ['now he says hell batter me when he sees me', 'emergency.threatImmediate', false],
  ['now theyre saying theyll jump me when they see me', 'emergency.threatSoon', false],
  ['he says hell batter me now', 'emergency.threatImmediate', true],
  ['now he keeps asking when im coming back', 'emergency.comingSoon', false],
  ['now she wants to know if were coming round', 'emergency.comingSoon', false],
  ['now he says hes coming back', 'emergency.onTheWay', true],
  ['he smashed my car window in june. pretty sure its him', 'emergency.someoneThereNow', false],
  ['keeps driving past my house at night, i know its him', 'emergency.someoneThereNow', false],
  ['every time my phone buzzes i think its her', 'emergency.someoneThereNow', false],
  ['somebody let my tyres down on monday. im certain its him', 'emergency.someoneThereNow', false],
  ['ring doorbell just went, i know its him', 'emergency.someoneThereNow', true],
  ['theres someone on my balcony. i think its him', 'emergency.someoneThereNow', true],
  ['he slashed my tyres last week and its him at the door', 'emergency.someoneThereNow', true],
  ['he keyed my car last week and hes outside now, i know its him', 'emergency.presentNow', true],
  ['he keeps sending photos of my house taken from outside', 'emergency.threatSoon', false],
  ['she has been sending me pics of our front door taken from the road', 'emergency.learnedSignal', false],
  ['he sent me a photo of my house taken from outside', 'emergency.threatSoon', true],
  ['he keeps sending pics of my house taken from outside. the latest one was 5 mins ago', 'emergency.threatSoon', true],
  ['he keeps sending photos of my house from outside right now', 'emergency.threatSoon', true],
  ['my mum keeps sending me photos of me taken at the beach', 'risk.loitering', false],
  ['he is killing me right now', 'emergency.attackNow', true],
  ['my dad is killing my mum', 'emergency.attackNow', true],
  ['the gym instructor is murdering me this week', 'emergency.attackNow', false],
]);

describeKind("kinds from blind batch 139 (half about money, belongings and property): a blow told in the plain past inside a scene going on now, answering what the writer did ('he's taking the TV right now and when I tried to stop him he grabbed my throat'); the throat or neck itself grabbed or squeezed is strangulation; and on its risk messages a threat with their presence denied now ('He's not here now')", [
  ['hes taking my telly right now and when i tried to stop him he grabbed me by the throat', { level: 'emergency', rule: 'emergency.attackNow' }],
  ['hes going through my phone rn n when i tried to grab it he slapped me', { level: 'emergency', rule: 'emergency.attackNow' }],
  ["he's taking the TV right now, and when I tried to stop him, he grabbed my throat", { level: 'emergency', rule: 'emergency.attackNow' }],
  ['they are loading my stuff into a van right now and when my son tried to stop them they punched him', { level: 'emergency', rule: 'emergency.attackNow' }],
  ['Right now she is packing my things into bin bags. When I tried to take them back she shoved me into the wall.', { level: 'emergency', rule: 'emergency.attackNow' }],
  ['he is emptying my jewellery box as we speak and he hit me when i tried to take it off him', { level: 'emergency', rule: 'emergency.attackNow' }],
  ['he was taking the tv and when i tried to stop him he grabbed my throat', { level: 'harm', rule: 'harm.strangulation' }],
  ["he's texting me right now and when I tried to leave him he hit me", { level: 'harm' }],
  ["he's taking me to court right now and when I tried to stop him he pushed me", { level: 'harm' }],
  ['he is messaging me right now. when i tried to leave last year he punched me', { level: 'risk' }],
  ['he is taking the tv right now and when i was with him he hit me', { level: 'risk' }],
  ['my nan is cooking right now and when i tried to help she hit me with a spoon haha', { level: 'harm' }],
  ['he grabbed my throat', { level: 'harm', rule: 'harm.strangulation' }],
  ['she squeezed my neck', { level: 'harm', rule: 'harm.strangulation' }],
  ['he once grabbed my throat years ago', { level: 'risk', rule: 'risk.strangulationPast' }],
  ['he grabbed my throat once in 2019', { level: 'risk', rule: 'risk.strangulationPast' }],
  ['My ex knows my code, last time he got drunk he threatened to strangle me. Hes not here now', { level: 'risk' }],
  ['she said shed stab me. shes gone now', { level: 'risk' }],
  ['he threatened to kill me. im not with him now', { level: 'risk' }],
  ['she threatened to batter me. shes not around now', { level: 'risk' }],
  ['he threatened to kill me. hes not here now but hes on his way', { level: 'emergency' }],
  ['he said hed batter me, hes here now', { level: 'emergency' }],
], [
  ['hes taking my telly right now and when i tried to stop him he grabbed me by the throat', 'emergency.attackNow', true],
  ['my ex is emptying the flat right now and when I got in the way he punched me', 'emergency.attackNow', true],
  ['right now hes smashing my car and when i went out to stop him he pushed me over', 'emergency.attackNow', true],
  ['he was taking the tv and when i tried to stop him he grabbed my throat', 'emergency.attackNow', false],
  ["he's texting me right now and when I tried to leave him he hit me", 'emergency.attackNow', false],
  ["he's staying with me right now and when I tried to leave he hit me", 'emergency.attackNow', false],
  ["he's taking me to court right now and when I tried to stop him he pushed me", 'emergency.attackNow', false],
  ["he's taking my stuff right now and when i tried to stop him last week he grabbed my throat", 'emergency.attackNow', false],
  ['he is taking the tv right now and he punched me when i was pregnant', 'emergency.attackNow', false],
  ['he is going to take the tv and when i tried to stop him he pushed me', 'emergency.attackNow', false],
  ['my nan is cooking right now and when i tried to help she hit me with a spoon haha', 'emergency.attackNow', false],
  ['the dog is going mad right now and when i tried to calm him he bit me', 'emergency.attackNow', false],
  ['he once grabbed my throat years ago', 'emergency.attackNow', false],
  ['he grabbed my neck pillow off the seat', 'harm.strangulation', false],
  ['she gripped my neck and kissed me', 'risk.strangulationPast', false],
  ['last time he got drunk he threatened to strangle me. hes not here now', 'emergency.threatSoon', false],
  ['he said hell kill me. hes drunk now', 'emergency.threatSoon', true],
  ['he said hell batter me, hes out now', 'emergency.threatSoon', true],
]);

describeKind("kinds from blind batch 140 (seasons, holidays and the weather): maybe still there after they have been in ('hes been in. he might still be here'); letters spaced out one by one joined into words ('h e s h e r e'); and on its safe messages the season's noises as what a bang was ('the bang earlier was just next door's fireworks') and sorry for the alarm as a clause of its own ('Sorry for panicking')", [
  ['storm took the landline so im on my mobile, one bar. the man whos been leaving notes just left another one ON MY PILLOW. hes been in. he might still be here', { level: 'emergency', rule: 'emergency.hereNow' }],
  ['back door was open and my stuff moved. whoever it was could still be in the house', { level: 'emergency', rule: 'emergency.hereNow' }],
  ['my diary has been moved, she must still be upstairs', { level: 'emergency', rule: 'emergency.hereNow' }],
  ['someone left a note on my bed. they might still be hiding', { level: 'emergency', rule: 'emergency.hereNow' }],
  ['h e s h e r e', { level: 'emergency' }],
  ['h e l p. h e s o u t s i d e', { level: 'emergency' }],
  ['S H E S I N T H E H O U S E', { level: 'emergency' }],
  ['he might still be here next week', { level: 'none' }],
  ['my grandad died in march. he might still be here if the ambulance came quicker', { level: 'none' }],
  ['my dad passed away last year, i keep thinking he might still be here', { level: 'none' }],
  ['he could still be in prison for all i know', { level: 'none' }],
  ["The bang earlier was just next door's fireworks, I went and checked. Sorry for panicking. He's not here.", { level: 'none' }],
  ['the banging last night was only the christmas crackers next door. sorry for the panic', { level: 'none' }],
  // "panic over" and "false alarm" stay calming words to the learned signal (leaving them out made a long calm message read as danger)
  ["he left a letter in my letterbox. i don't think i'm in danger, i just want advice. he keeps coming round to pick up the kids. my ex is stalking my facebook. that film was to die for. turns out the man i thought was following me was a plain clothes officer looking for someone else lol. panic over, thanks anyway. my ex's new girlfriend keeps messaging me. what are your opening hours?. i'm so done with this. i'm dying to know what the police will say. hi, i'm not sure if this counts as stalking. my mum will kill me tomorrow if i'm late", { level: 'none' }],
  ['it was a false alarm, the noise at the door was the boiler', { level: 'none' }],
  ['u r a b c', { level: 'none' }],
], [
  ['hes been in. he might still be here', 'emergency.hereNow', true],
  ['they could still be in the house', 'emergency.hereNow', true],
  ['he may well still be inside, i can not check', 'emergency.hereNow', true],
  ['he might still be here for christmas', 'emergency.hereNow', false],
  ['he might still be angry', 'emergency.hereNow', false],
  ['he might still be here if he had stopped drinking', 'emergency.hereNow', false],
  ['the bang was fireworks he put through my letterbox. sorry for panicking. he is not here', 'emergency.learnedSignal', false],
  ['sorry for panicking but hes back outside', 'emergency.presentNow', true],
]);

describeKind("kinds from blind batch 141 (journeys and transport): followed off or on a bus or train ('i got off at the wrong stop to lose him but he got off too'); someone at a transport place ('hes at the platform'); waiting where the journey ends with the writer on the way ('he'll be waiting when I get off the night train ... I'm on the train now'); at a place to die with no plan to get home or off ('parked up at the reservoir ... not planning on driving home'); and on its safe messages a delay giving time to write and a complaint to make as clauses of their own", [
  ['jumped off the tram 2 stops early n so did he', { level: 'emergency', rule: 'emergency.followingNow' }],
  ['got on the 38 to get away from her and she got on behind me', { level: 'emergency', rule: 'emergency.followingNow' }],
  ['i moved carriages and the drunk guy moved carriages too', { level: 'emergency', rule: 'emergency.followingNow' }],
  ['we got off early and he got off too', { level: 'emergency', rule: 'emergency.followingNow' }],
  ['shes on the same train as me', { level: 'emergency', rule: 'emergency.followingNow' }],
  ['last summer i got off at the wrong stop and he got off too', { level: 'none' }],
  ['he used to get the same bus as me', { level: 'none' }],
  ['we got off the coach and they got off too, then we all went for lunch', { level: 'none' }],
  ['my ex is on the same train as me every morning', { level: 'none' }],
  ['shes stood at the ticket barriers', { level: 'emergency', rule: 'emergency.presentNow' }],
  ['my ex is waiting at the taxi rank', { level: 'emergency', rule: 'emergency.presentNow' }],
  ['he is on platform 3 staring at me', { level: 'emergency' }],
  ['they r at arrivals', { level: 'emergency', rule: 'emergency.presentNow' }],
  ['my dad is at the station to pick me up', { level: 'none' }],
  ['he was at the platform last week', { level: 'none' }],
  ['im on the coach back, shes said shell be at the bus station when i get in', { level: 'emergency', rule: 'emergency.threatSoon' }],
  ['on the last train home. he texted this morning he will be waiting at 11pm when i get off', { level: 'emergency', rule: 'emergency.threatSoon' }],
  ['my mum will be waiting when i get off the train, im on the train now', { level: 'none' }],
  ['he said he would be waiting when i got off the train last year', { level: 'none' }],
  ['Im at the quarry. no intention of walking back', { level: 'crisis', rule: 'crisis.suicidePlan' }],
  ['drove up to beachy head, not bothering driving home', { level: 'crisis', rule: 'crisis.suicidePlan' }],
  ['sat on the night bus not gonna get off, its going past the viaduct', { level: 'crisis', rule: 'crisis.suicidePlan' }],
  ['we walked to the cliffs on holiday', { level: 'none' }],
  ["I'm parked at the reservoir for a run", { level: 'none' }],
  ['not driving home tonight, staying at a b&b by the lake', { level: 'none' }],
  ['not getting off at the cliffs stop, going on to whitby', { level: 'none' }],
  ['my bus is late so ive got time to write this. the school keeps emailing me about attendance and i dont want to', { level: 'none' }],
  ['the 17:15s delayed again so got a few mins to type this, my landlord wont fix the boiler', { level: 'none' }],
  ['train cancelled so ive got time to think about ending it', { level: 'crisis' }],
  ['bus is late so got a few mins to write this, hes outside my house', { level: 'emergency' }],
  ['the uber driver took the long way round and charged me double, i want to complain', { level: 'none' }],
  ['i want to complain, i want to die', { level: 'crisis' }],
], [
  ['I got off at the wrong stop to lose him but he got off too', 'emergency.followingNow', true],
  ['got off a stop early and so did he', 'emergency.followingNow', true],
  ['i crossed the road and the man crossed over too', 'emergency.followingNow', true],
  ['i got off the bus and my mum got off too', 'emergency.followingNow', false],
  ['i got off at my stop and so did loads of people', 'emergency.followingNow', false],
  ['he is in the services car park', 'emergency.presentNow', true],
  ['he is at the stop when i get off', 'emergency.presentNow', false],
  ['yesterday he messaged saying hell be waiting when i get off the train at 6am and im on the train now', 'emergency.threatSoon', true],
  ['my partner will be waiting when i land, i am on the plane', 'emergency.threatSoon', false],
  ['he will be there to pick me up when i get off, im on the bus', 'emergency.threatSoon', false],
  ["I'm parked up at the reservoir and I'm not planning on driving home", 'crisis.suicidePlan', true],
  ['sat on the last bus not getting off anywhere, gonna ride it to the end and walk to the cliffs', 'crisis.suicidePlan', true],
  ['we are at the lake, not driving home till sunday', 'crisis.suicidePlan', false],
]);

describeKind("kinds from blind batch 142 (children and family life): a veiled threat of not getting home with a time within hours ('at six he'll make sure I don't drive home'); someone sat in a car named before, watching their home now ('he's sat in it staring up at my flat'); people outside taking pictures of their home now ('there are two men outside taking photos of my house', after their address was posted); a child not handed back, with an ultimatum from the one who has them ('last chance'); someone heard crying or sobbing through a wall after violence, then silence now ('now it's gone quiet'); and a means of self-harm there with the wish to use it ('theres a blade in my room and i want to use it')", [
  ['she said when i go round for the kids at 5 she will make sure i dont get home', { level: 'emergency', rule: 'emergency.threatSoon' }],
  ['he texted ill make sure u dont make it home tonight', { level: 'emergency', rule: 'emergency.threatSoon' }],
  ['my brother said you wont be walking away at 9 tonight', { level: 'emergency', rule: 'emergency.threatSoon' }],
  ['he made sure I got home safe', { level: 'none' }],
  ['my dad will make sure i dont drive home drunk tonight', { level: 'none' }],
  ['my husband is picking me up at 10 so he will make sure i dont drive home', { level: 'none' }],
  ['that blue corsa is back, hes sitting in it staring up at our window', { level: 'emergency', rule: 'emergency.someoneThereNow' }],
  ['the white van from last night again, shes sat in it looking straight at my house', { level: 'emergency', rule: 'emergency.someoneThereNow' }],
  ['my ex is parked up in his car staring across at my flat rn', { level: 'emergency', rule: 'emergency.someoneThereNow' }],
  ['he was sat in it staring at my flat yesterday', { level: 'none' }],
  ['the car was outside all last week', { level: 'none' }],
  ['my ex posted my address on facebook this morning and now theres a group of lads outside filming my house', { level: 'emergency', rule: 'emergency.someoneThereNow' }],
  ['someone leaked where i live online, there are 3 people outside taking pics of our flat', { level: 'emergency', rule: 'emergency.someoneThereNow' }],
  ['my address was posted online last year', { level: 'none' }],
  ['there were men outside taking photos of my house last month', { level: 'none' }],
  ['there are two men outside taking photos of the street for the council', { level: 'none' }],
  // a job said straight after (found reading the merged kinds): pictures of a home for an agent, a survey or the council
  ['there are two men outside taking photos of the house for the estate agent', { level: 'none' }],
  ['there are 2 men outside taking pics of our flat for the council', { level: 'none' }],
  ['theres two men outside filming my house for him', { level: 'emergency', rule: 'emergency.someoneThereNow' }],
  // ...and, found the same way: a promise to get them home on time, and medicine to take as prescribed, are no threat or wish
  ["i'll make sure you don't get home late tonight, promise", { level: 'none' }],
  ['ex was supposed to return the kids at 6, now hes sent me a pic of them by the canal saying last chance', { level: 'emergency', rule: 'emergency.childTakenNow' }],
  ["my sons dad hasnt brought him back, its gone 7, just got a text 'final warning' and a photo of him on the roof", { level: 'emergency', rule: 'emergency.childTakenNow' }],
  ['he has my daughter and just texted last chance', { level: 'emergency', rule: 'emergency.childTakenNow' }],
  ['their dad was meant to drop them back at 5, he texted last chance to get tickets for the match', { level: 'none' }],
  ['the last chance to book the school trip is today, their dad has them this weekend', { level: 'none' }],
  ['i heard him battering her next door and i could hear her crying, now its gone quiet', { level: 'emergency', rule: 'emergency.attackNow' }],
  ['upstairs he was kicking off and hitting her, i could hear her sobbing through the ceiling and now its gone silent', { level: 'emergency', rule: 'emergency.attackNow' }],
  ['we could hear the baby crying upstairs and its gone quiet now', { level: 'none' }],
  ['i could hear her crying through the wall but now it has gone quiet', { level: 'none' }],
  ['last year the neighbour hit his mum and we could hear her crying, it went quiet after', { level: 'none' }],
  ['my neighbour used to hit his wife, i could hear her crying through the wall, they split up in 2020', { level: 'none' }],
  ['got a packet of paracetamol next to me and i just want to take them all', { level: 'crisis', rule: 'crisis.means' }],
  ['my tablets are on the bedside table and i want to take the lot', { level: 'crisis', rule: 'crisis.means' }],
  ['got razor blades in my bag n i wanna use them', { level: 'crisis', rule: 'crisis.means' }],
  ['the pills are next to me and i want to take them', { level: 'crisis' }], // the learned signal ("take them" alone is not read by crisis.means: medicine taken as prescribed)
  ['the pills are next to me and i want to take them all', { level: 'crisis', rule: 'crisis.means' }],
  ['the razor is in the bathroom and i want to use it to shave', { level: 'none' }],
], [
  ["He's told me when I come to collect my stuff from his at six he'll make sure I don't drive home.", 'emergency.threatSoon', true],
  ['my ex says shes gonna make sure i dont make it home alive tonight', 'emergency.threatSoon', true],
  ["he said he'll make sure i never get home", 'emergency.threatSoon', false],
  ['he said hell make sure i never see the kids again', 'emergency.threatSoon', false],
  ["dont worry, im at the pub till 11, my brother will make sure i dont drive home", 'emergency.threatSoon', false],
  ["Same grey Astra as yesterday, he's sat in it staring up at my flat.", 'emergency.someoneThereNow', true],
  ['hes sat in it every night staring at my house', 'emergency.someoneThereNow', false],
  ['Someone posted my address on a forum an hour ago and there are two men outside taking photos of my house', 'emergency.someoneThereNow', true],
  ["My daughter's dad was meant to hand her back at 4. It's 4:40. He's just sent a photo of her on the bridge by the railings with 'last chance'.", 'emergency.childTakenNow', true],
  ['he didnt bring her back at 4 because of traffic, theyre home now', 'emergency.childTakenNow', false],
  ["My neighbour's been hitting his mother again, she's 84, I could hear her crying through the wall and now it's gone quiet", 'emergency.attackNow', true],
  ['he was laying into his missus again, could hear her sobbing thru the wall n now its gone silent', 'emergency.attackNow', true],
  ['i could hear the baby crying through the wall but now it has gone quiet, she must have fed him', 'emergency.attackNow', false],
  ['my dad found out im trans and now theres a blade in my room and i want to use it', 'crisis.means', true],
  ['theres a knife under my bed and i wanna use it', 'crisis.means', true],
  ['i got a new razor and i want to use it on my legs', 'crisis.means', false],
  ['i have my tablets and i want to take them with food', 'crisis.means', false],
  ['theres a knife in the kitchen drawer but i want to use it', 'crisis.means', false],
  ["I've got my tablets and I want to take them now, it's 8pm", 'crisis.means', false],
  ['ive got all my tablets here and i want to take them all', 'crisis.means', true],
  ["my dad said he'll make sure I don't drive home tonight, he's taking my keys", 'emergency.threatSoon', false],
  ['there are two men outside taking photos of the house for the estate agent', 'emergency.someoneThereNow', false],
]);

describeKind("kinds from blind batch 143 (people with a public face): what comes back each time the writer bans or blocks them, said in the present ('i ban them and they just come back' - a new account, not an arrival)", [
  ['how do i stop someone making new accounts to spam my twitch chat? i ban them and they just come back', { level: 'none' }],
  ['i block them and they just come back on a new account', { level: 'none' }],
  ['we remove the account and it just comes back under another name', { level: 'none' }],
  // near misses: the past (of dialect too), an arrival said with a now, or with "has just"
  ['i blocked him and he just come back in the shop', { level: 'emergency', rule: 'emergency.presentNow' }],
  ['i block him and hes just turned up outside right now', { level: 'emergency', rule: 'emergency.someoneThereNow' }],
  ['i ban him and he has just walked in the shop', { level: 'emergency', rule: 'emergency.someoneThereNow' }],
  ['they have just come back in', { level: 'emergency', rule: 'emergency.someoneThereNow' }],
], [
  ['how do i stop someone making new accounts to spam my twitch chat? i ban them and they just come back', 'emergency.presentNow', false],
  ['i ban them and they just come back', 'emergency.someoneThereNow', false],
  ['he just come back', 'emergency.presentNow', true],
]);

describeKind("kinds from blind batch 144 (dating and LGBT+ lives): someone on the bus or train now saying they will get off where the writer does ('hes just stood up and said he's getting off at my stop with me')", [
  ['a man on the bus said hes getting off at my stop', { level: 'emergency', rule: 'emergency.followingNow' }],
  ['the drunk lad on the night bus says he\'ll get off when i do', { level: 'emergency', rule: 'emergency.followingNow' }],
  ['this guy on the tram keeps touching my hair and now hes getting off with me', { level: 'emergency', rule: 'emergency.followingNow' }],
  // near misses: a friend or family walking them home, a habit, the past
  ['my mate said hes getting off at my stop so we can walk together', { level: 'none' }],
  ['he always gets off at my stop', { level: 'none' }],
  ['he used to get off at my stop', { level: 'none' }],
  ['last year a man got off at my stop with me and followed me home', { level: 'none' }],
], [
  ["im trans and a man on the train keeps calling me a freak and hes just stood up and said he's getting off at my stop with me. nobody is doing anything", 'emergency.followingNow', true],
  ['my boyfriend is getting off at my stop to walk me home', 'emergency.followingNow', false],
  ['he will get off at my stop next week, he said', 'emergency.followingNow', false],
]);

describeKind("kinds from blind batch 145 (sport, fitness and the outdoors): someone out of sight calling to the writer now ('someone keeps whistling and calling my name from the trees'); a note left for them whose words end in a time tonight (\"a note in my locker with my home address on and 'tonight 11pm'\"); and how the writer writes, sorry for it or why, as a clause the learned signal does not read ('sorry my typing is bad i have dyslexia'), with 'no' read as 'know' before what is to be known", [
  ['someone is whispering my name from the bushes', { level: 'emergency', rule: 'emergency.calledFromHidingNow' }],
  ['out running on the canal path and a man keeps shouting at me from the reeds', { level: 'emergency', rule: 'emergency.calledFromHidingNow' }],
  ['every night someone calls my name from the bushes', { level: 'none' }],
  ['last night someone was shouting from the trees', { level: 'none' }],
  ['the birds are singing from the trees', { level: 'none' }],
  ['the kids are playing hide and seek and someone is calling from the bushes', { level: 'none' }],
  ['he put a note on my car saying tonight 11pm', { level: 'emergency', rule: 'emergency.threatSoon' }],
  ['someone slipped a card under my door with my name and midnight', { level: 'emergency', rule: 'emergency.threatSoon' }],
  ['mum put a note on the fridge saying tonight 6pm tea', { level: 'none' }],
  ['last year someone left a note saying tonight at midnight', { level: 'none' }],
  ['sorry my typing is bad i have dyslexia. i jus want to no how to blok a number on android', { level: 'none' }],
  ['excuse my spelling, english is not my first language. how do i report a fake account', { level: 'none' }],
  ['sorry for my spelling im shaking hes outside', { level: 'emergency' }],
  ['sorry my typing is bad i have dyslexia. everything feels pointless and i just want it all to stop', { level: 'crisis' }],
  ['excuse my spelling. i want to die', { level: 'crisis', rule: 'crisis.notWantingToLive' }],
], [
  ['in the woods w the dog n someone keeps whistling and calling my name from the trees. dont know who it is. cant find the path back', 'emergency.calledFromHidingNow', true],
  ["Tonight at training someone had left a note in my locker with my home address on and 'tonight 11pm'. I've just got home and the back gate is open and the shed light is on", 'emergency.threatSoon', true],
]);

describeLevels('batch 145, read again after its whole-corpus compare: only a clause that says nothing but how the writer writes is left to the rules', [
  // the first wording of the learned signal's quiet clause took any clause with "typing" and "i am" or "i have" in it, and the
  // compare found these lose their guidance; each is read as before
  ["he's got my sister pinned against the wall in the kitchen. I'm upstairs typing this quietly. what should I do if he keeps turning up at my house?", 'emergency'],
  ['is there a number i can ring instead, im not great with typing!!! pls help', 'emergency'],
  ['ive been crying since i started typing this. I\'m worried about going to court', 'crisis'],
  ["Been sat in the garage with the car running for a bit. Don't really know why I'm typing this. two years ago he followed me", 'crisis'],
  ['my spelling is terrible. how do i report a fake account', 'none'],
  // ...and the compare after it: an emergency of batch 116 was read only by the learned signal, which no longer reads "my English
  // is not good"; "in front" with "of" left out, as learners write it, is read by the rules now
  ['My ex husband is in front my house now, he is shouting he will kill me and the children. I am very scared, my English is not good.', 'emergency'],
  ['he is in front my house', 'emergency'],
  ['i put the bins in front my house', 'none'],
]);

describeKind("kinds from blind batch 146 (health and care places): in bed, ill or recovering, is not held ('stuck in bed so thought id ask about getting a harassment warning'); and nowhere near them, the clause that says so, is a clause the learned signal does not read ('no one has hurt me and hes nowhere near me')", [
  ['surgeon said the op would be brutal and he wasnt wrong haha. stuck in bed so thought id ask about getting a harassment warning, my ex keeps posting about me on facebook', { level: 'none' }],
  ['stuck in hospital with my leg so cant go to the police station, can i report online?', { level: 'none' }],
  ['no one has hurt me and hes nowhere near me, hes just messaging a lot', { level: 'none' }],
  ['shes miles away from here, its just the comments on my posts', { level: 'none' }],
  // near misses: held in a room, locked in, on the way, there now after being far
  ['im stuck in bed, he\'s locked me in', { level: 'emergency', rule: 'emergency.heldNow' }],
  ['stuck in my bedroom and hes outside the door', { level: 'emergency' }],
  ['hes nowhere near me yet but hes on his way', { level: 'emergency' }],
  ['he was miles away but now hes outside', { level: 'emergency' }],
], [
  ['stuck in bed so thought id ask about getting a harassment warning', 'emergency.heldNow', false],
  ['im stuck in the bathroom and cant get out', 'emergency.heldNow', true],
]);

describeKind("found reading batch 146's compare: past violence with 'at' a time or a place after who was hurt ('he hit me at the weekend', 'he pushed me at the party') read nothing at all; 'at' was left out whole for a game won ('he beat me at pool')", [
  ['he hit me at the weekend', { level: 'risk', rule: 'risk.violencePast' }],
  ['he slapped me at christmas', { level: 'risk', rule: 'risk.violencePast' }],
  ['he pushed me at the party', { level: 'risk', rule: 'risk.violencePast' }],
  ['last month my brother punched me at mums funeral and hes been texting saying its not over', { level: 'risk' }],
  // near misses: a game or a sport
  ['my brother beat me at fifa again', { level: 'none' }],
  ['he kicked me at football by accident', { level: 'none' }],
], [
  ['he hit me at the weekend', 'risk.violencePast', true],
  ['he beat me at pool', 'risk.violencePast', false],
]);

describeLevels("batch 146's quiet clause, read again after the final whole-corpus compare: a bare \"he isn't near me\" stays read (set beside a danger, leaving it out took the learned signal's reading of the danger away)", [
  ['hes nowhere near me yet but hes on his way', 'emergency'],
  ['no one has hurt me and hes nowhere near me, hes just messaging a lot', 'none'],
]);

describeKind("batch 147's misses: someone knocking said as a clause with no verb; a bell of a kind named ('the smart doorbell') and a count said with 'just' (a burst now, not a pattern); a picture of the child's school things with the words and a time a sentence or two later; a question of what it counts as ('is it stalking if ...') asks about what is happening, and someone at the end of or beside their bed is in their room", [
  ['we moved last month. someone knocking. not opening the door', { level: 'emergency', rule: 'emergency.someoneThereNow' }],
  ['somebody banging on the door again', { level: 'emergency' }],
  ['the video doorbell just went, its him', { level: 'emergency', rule: 'emergency.someoneThereNow' }],
  ['my doorbell has just rang 5 times, im upstairs with the kids', { level: 'emergency', rule: 'emergency.someoneThereNow' }],
  ['he posted a picture of my sons school gates. then a comment. said home time is 3 isnt it', { level: 'emergency', rule: 'emergency.threatSoon' }],
  ['does it count as harassment if hes stood at the foot of my bed', { level: 'emergency', rule: 'emergency.presentNow' }],
  ['is it stalking if hes sitting next to my bed right now', { level: 'emergency' }],
  // near misses: a habit, the past, someone harmless, a count over days
  ['last night someone knocking at 3am. didnt answer', { level: 'none' }],
  ['the doorbell has gone off 4 times this week', { level: 'none' }],
  ['the doorbell just went 3 times last night', { level: 'none' }],
  ['is it stalking if he waits outside my house every night', { level: 'risk' }],
  ['is it stalking if he turned up at my work last year', { level: 'none' }],
  ['my cat sleeps at the end of my bed', { level: 'none' }],
], [
  ['someone knocking', 'emergency.someoneThereNow', true],
  ['the smart doorbell has just gone off 4 times', 'emergency.someoneThereNow', true],
  ['what should i do if he ever turns up at my door', 'emergency.presentNow', false],
  ['he sent a photo of my house last year. i am scared. my sister is staying with me tonight', 'emergency.threatSoon', false],
]);

describeKind("past violence by family or a partner said bare, as people type, with no 'my' ('dad punched me last year', 'stepdad used to beat me') read nothing at all", [
  ['dad punched me last year', { level: 'risk', rule: 'risk.violencePast' }],
  ['stepdad used to beat me when i was a kid and now hes messaging me again', { level: 'risk', rule: 'risk.violencePast' }],
  ['my uncle and dad used to hit me when i was little', { level: 'risk', rule: 'risk.violencePast' }],
  // near misses: a game, the writer doing it
  ['brother beat me at fifa again lol', { level: 'none' }],
  ['i hit my brother last year and he still goes on about it', { level: 'none' }],
], [
  ['dad punched me last year', 'risk.violencePast', true],
  ['brother beat me at chess', 'risk.violencePast', false],
]);

describeKind("batch 148's misses: everything in a medicine cabinet as what they mean to take; told to kill themselves and saying they will with a word between ('i think i actually will')", [
  ['sat in my room thinking about taking everything in the bathroom cabinet', { level: 'crisis', rule: 'crisis.overdose' }],
  ['im gonna swallow all the pills in my nans dosette box', { level: 'crisis', rule: 'crisis.overdose' }],
  ['the group chat all said kys and honestly i probably will', { level: 'crisis', rule: 'crisis.agreesWithAbuse' }],
  // near misses: cleaning out a cabinet, someone else's doing, a report
  ['going to take everything out of the medicine cabinet to clean it', { level: 'none' }],
  ['they said kys and i really want to report them', { level: 'none' }],
], [
  ['thinking about taking everything in mums medicine cabinet', 'crisis.overdose', true],
  ['kys and i think i actually will', 'crisis.agreesWithAbuse', true],
]);

describeKind("batch 149's miss and false alarm: someone of theirs held at a place named by whose it is ('in someone's flat') or by who holds them with words before ('by the older lads'); a presence denied with the slang of it ('or nothin') and what it is instead said as online is not read by the learned signal", [
  ['my daughter is being held at some guys flat, they wont let her leave', { level: 'emergency', rule: 'emergency.heldNow' }],
  ['our son is being kept by the same older boys who got him dealing', { level: 'emergency', rule: 'emergency.heldNow' }],
  ['nah hes not outside or owt, its just him on snap', { level: 'none' }],
  // near misses: held by the police or back a year; a denial with a presence after it
  ['my son is being held in custody overnight', { level: 'none' }],
  ['nah hes not outside, its just him in the group chat. but hes outside my mums now', { level: 'emergency' }],
], [
  ['my son is being held in someone is flat', 'emergency.heldNow', true],
  ['my son is being held back a year by the school', 'emergency.heldNow', false],
]);

describeKind("batch 150's misses and false alarm: someone not gone, said as the end of a clause ('I don't think they've gone', 'he hasnt left'); a hypothetical confirmed as so, said last ('what do i do if hes already in the garden? because he is'); a pet named before 'her' or 'him' is not a child kept from them", [
  ['someone was banging on the back door 5 mins ago. i dont think theyve left', { level: 'emergency', rule: 'emergency.hereNow' }],
  ['he drove off then came back on foot. not sure hes gone yet', { level: 'emergency', rule: 'emergency.hereNow' }],
  ['what should i do if my ex is outside my flat? cos he is', { level: 'emergency', rule: 'emergency.hypotheticalTakenBack' }],
  ['he has the dog and our daughter and wont give her back', { level: 'emergency', rule: 'emergency.childTakenNow' }],
  ['my ex kept the dog and wont give him back, can i report that?', { level: 'none' }],
  // near misses: gone for good, moved out, more after it, the past
  ['i dont think hes gone for good, he always comes back to the area', { level: 'none' }],
  ['we split in june but he still hasnt left, its awkward', { level: 'none' }],
  ['he hasnt left me alone since march', { level: 'none' }],
  ['what should i do if my ex is outside? because he was last week', { level: 'none' }],
], [
  ['i do not think they have gone', 'emergency.hereNow', true],
  ['my ex has the cat and will not give her back', 'emergency.childTakenNow', false],
]);

describeKind("batch 151's misses: someone collecting a child within hours who asks them to keep it secret (grooming); a photo of them taken through a window of a named room just now", [
  ['a man from my brothers football keeps dming me, hes meeting me after school today and said its our secret. im in year 7', { level: 'emergency', rule: 'emergency.childTakenNow' }],
  ['she sent a picture of me taken through our kitchen window just now', { level: 'emergency', rule: 'emergency.someoneThereNow' }],
  // near misses: a relative's lift told openly; an adult's date; a photo from last year
  ['my nan is picking me up from school at 3', { level: 'none' }],
  ['my boyfriend is picking me up at 8 tonight, dont tell my mum lol', { level: 'none' }],
], [
  ['he says hes picking me up from school at 3 and not to tell my mum', 'emergency.childTakenNow', true],
  ['my uncle is picking me up from school today, mum said so', 'emergency.childTakenNow', false],
]);

describeLevels("a conversation review: asking for a person, or not wanting the questions, is not a crisis (the learned signal gave 'i dont want these questons i want a person' the crisis guidance); said with harm it still is", [
  ['i dont want these questons i want a person', 'none'],
  ['no more questions please, can i talk to a real person', 'none'],
  ['i dont want these questions i want to die', 'crisis'],
  ['i dont want these questions, hes outside', 'emergency'],
]);

describeKind("batch 152's misses: a child collected within hours by someone they have been messaging online; a threat timed by an event of today ending ('when the match finishes')", [
  ['my lad is 13 and the guy hes been talking to online is collecting him from the park in 20 mins', { level: 'emergency', rule: 'emergency.childTakenNow' }],
  ['shes been drinking all afternoon and says shell kill me once the party is over', { level: 'emergency', rule: 'emergency.threatSoon' }],
  ['he says hell batter me after the game ends', { level: 'emergency', rule: 'emergency.threatSoon' }],
  // near misses: the past, the writer's own plan
  ['last season he said hed batter me when the match finished', { level: 'risk' }],
  ['when the match finishes ill ring you', { level: 'none' }],
], [
  ["he'll strangle me when the match finishes", 'emergency.threatSoon', true],
]);

describeKind("batch 153's miss: riding, cycling or running into a vehicle's path, meant ('ive decided im going to ride in front of a lorry')", [
  ['the cycling club group chat keeps mocking me. ive decided im going to ride in front of a lorry. i know which road', { level: 'crisis', rule: 'crisis.suicidePlan' }],
  ['want to cycle under a bus', { level: 'crisis', rule: 'crisis.suicidePlan' }],
  ['im thinking of running in front of a train', { level: 'crisis', rule: 'crisis.suicidePlan' }],
  // near misses: no vehicle, an accident told, someone else's threat to their car
  ['im going to run in front of the crowd at parkrun', { level: 'none' }],
  ['going to ride in front of the group on sunday', { level: 'none' }],
  ['i nearly rode in front of a lorry today by accident', { level: 'none' }],
], [
  ['been thinking about cycling into the traffic on the ring road', 'crisis.suicidePlan', true],
  ['my coach said im going to ride in front of the team car', 'crisis.suicidePlan', false],
]);

describeKind("batch 154's miss and false alarm: someone on the wall round their garden now ('sitting on my front wall right now'); a presence denied, then the writer alone and fed up, is not read by the learned signal", [
  ["the lad from the antenatal class whos been messaging me non stop is sitting on my front wall right now. my partner's on nights. im 8 months", { level: 'emergency', rule: 'emergency.someoneThereNow' }],
  ['NO HE ISNT HERE IM ON MY OWN IM JUST FED UP OF IT ALL BEING IGNORED BY THE POLICE', { level: 'none' }],
  ['no hes not here. im alone. im just so tired of all this', { level: 'none' }],
  // near misses: the past; a social media wall; the denial with more after it
  ['he was sitting on my front wall last week', { level: 'none' }],
  ['he wrote on my wall again right now', { level: 'none' }],
  ['no he isnt here im on my own but hes coming back tonight', { level: 'emergency' }],
], [
  ["he isnt here, im on my own and im scared he'll come back", 'emergency.learnedSignal', true],
]);

describeKind("batch 155's miss: their own death said as not being around ('thinking it'd be easier if I wasn't around'), so the crisis guidance comes beside the emergency guidance a gun in the message brings", [
  ["I've still got my shotgun for clays. Been sitting with it thinking it'd be easier if I wasn't around.", { level: 'emergency', rule: 'emergency.weaponHeldNow' }],
  ['thinking itd be easier if i wasnt around', { level: 'crisis', rule: 'crisis.suicidePlan' }],
  ['it would be better for everyone if i was no longer here', { level: 'crisis', rule: 'crisis.suicidePlan' }],
  // near misses: an arrangement
  ['it would be easier if i wasnt around when he picks the kids up', { level: 'none' }],
  ['better if i am not around for the handover', { level: 'none' }],
], [
  ["I've still got my shotgun for clays. Been sitting with it thinking it'd be easier if I wasn't around.", 'crisis.suicidePlan', true],
]);

describeKind("batch 156's misses and false alarms: Scots 'the night' and 'motor'; 'SH' for self-harm; 'inside' for prison after a sentence; a polite way to end contact", [
  ["ma pal jist phoned n said he's in the pub doon the road mouthin aff that he's gonnae torch ma motor the night wi me in it. ah'm shakin", { level: 'emergency', rule: 'emergency.threatSoon' }],
  ['SH again tonight. i know i shouldnt. its the only thing that helps when the messages come', { level: 'crisis', rule: 'crisis.selfHarmAct' }],
  ['i relapsed with sh last night', { level: 'crisis', rule: 'crisis.selfHarmAct' }],
  ["saw on the local facebook group that he's been given 2 years. buzzing. can i still talk to you about stuff even tho hes inside?", { level: 'none' }],
  ['So me and my ex split. Is there a polite but firm way to end it, or something official I can do if he ignores me?', { level: 'none' }],
  ["text from him 20 min ago: 'by midnight you'll be gone'. he knows where i am", { level: 'emergency', rule: 'emergency.threatSoon' }],
  ["he said by sunday you'll be gone", { level: 'none' }],
  // near misses: the night before; the night shift; inside a house; the only way
  ["he's coming the night before my birthday", { level: 'none' }],
  ['he got 2 years last march but he is inside my house right now', { level: 'emergency', rule: 'emergency.presentNow' }],
], [
  ['the only way to end it is to die', 'crisis.learnedSignal', true],
  ['he got 18 months. hes inside till next spring', 'emergency.entryNow', false],
  // "the night" is tonight only after a plan said, not in "tonight's the night"
  ["the only way he'll ever stop is if I'm dead and I've decided tonight's the night full stop", 'crisis.suicidePlan', true],
]);

describeKind("batch 157's misses: a boy or girl who is not theirs, there now; an age run together ('my 9yo'); their message quoted in their own first person a sentence after the lead", [
  ['the boy from school is outside my house with his frends. they got sticks. mum is at work.', { level: 'emergency', rule: 'emergency.someoneThereNow' }],
  ["my 9yo hasnt come home from school and my ex has been saying for weeks he'll take her. his phone is off. she should of been home 2 hours ago", { level: 'emergency', rule: 'emergency.childTakenNow' }],
  ["message from unknown number: 'I know your address. I'll be there at midnight.' its 10pm. it has to be him", { level: 'emergency', rule: 'emergency.comingSoon' }],
  // near misses: their own children; a relative's message; a message from the past
  ['my boys are outside playing', { level: 'none' }],
  ["text from my mum: 'running late. i'll be there at 6'", { level: 'none' }],
  ["message from him last year: 'i know where you live. i'll be there at midnight'", { level: 'risk' }],
], [
  ['a teenager is outside my house kicking the door', 'emergency.presentNow', true],
]);

describeKind("batch 158's misses: their location shared, or their address sent with their leaving now ('texted my address and said leaving now')", [
  ['they\'ve just added me to a group chat called payday and are sharing my location saying meet at mine 9 tonight', { level: 'emergency', rule: 'emergency.threatSoon' }],
  ['the guy from the dating app just texted my address and said leaving now. i never gave it him', { level: 'emergency', rule: 'emergency.threatSoon' }],
  // near misses: the writer's own sharing and sending
  ['i was sharing my location with my mum tonight', { level: 'risk' }],
  ['i sent my address to the courier and said leaving now', { level: 'none' }],
], [
  ['they posted my location in the group saying come to mine at 9 tonight', 'emergency.threatSoon', true],
  ['my mum texted my address to the taxi firm and said leaving now', 'emergency.threatSoon', false],
]);

describeKind("batch 159's misses: a forced marriage with their passport taken, or with being made to marry and the journey begun", [
  ["In Bangladesh now. Not a holiday. They took my passport when we landed and the wedding is Friday. Phone is hidden, 9% battery. I'm British, born in Luton", { level: 'emergency', rule: 'emergency.forcedMarriageNow' }],
  ['Theyve put me in the car. going to my grandparents and i think theyre gonna make me marry him. phones up my sleeve', { level: 'emergency', rule: 'emergency.forcedMarriageNow' }],
  // near misses: a passport renewed for a wedding; a lift to one
  ['i have to renew my passport for my sisters wedding in june', { level: 'none' }],
  ['my mum is driving me to my cousins wedding today, so excited', { level: 'none' }],
], [
  ['mum took my passport to keep it safe at the hotel, the wedding is friday', 'emergency.forcedMarriageNow', false],
  ['they are making me marry him, im in the car now', 'emergency.forcedMarriageNow', true],
]);

describeKind("batch 160's misses and false alarm: their car known by its plate, outside now; a key of theirs turning in the lock now; house business is not read by the learned signal (and 'dead on my feet', whose quiet a batch 154 edit had dropped)", [
  ['can u call someone for me im in the refuge and i think he followed the taxi, theres a car outside with his reg', { level: 'emergency', rule: 'emergency.someoneThereNow' }],
  ["he's got my key. the agency never changed the locks. hes turning it NOW", { level: 'emergency', rule: 'emergency.entryNow' }],
  ["We've got a house meeting tonight about the bins and whose turn it is to clean the bathroom so I might go quiet for a bit", { level: 'none' }],
  ['i am dead on my feet', { level: 'none' }],
  // near misses: a car told of before; a key turned in their own car; a threat beside the house meeting
  ['last night there was a car outside with his reg', { level: 'none' }],
  ['he turned the key in his car and drove off', { level: 'none' }],
  ['house meeting tonight and he says he will hurt me after it', { level: 'emergency' }],
], [
  ['there was a car outside with his reg last week', 'emergency.someoneThereNow', false],
  ['theres a van parked across the road with her number plate', 'emergency.someoneThereNow', true],
]);

describeKind("batches 161 and 162's misses and false alarms: going somewhere to self-harm; whoever it is with no verb ('someone in garden'); 'my own address' sent with a time; summoned at a time or exposed; not a farewell note from a neighbour; not 'killing me lol'; a plan asked for", [
  ['Every time he rings I go to the bathroom and burn myself. Did it an hour ago.', { level: 'crisis', rule: 'crisis.selfHarm' }],
  ["deaf. vibrating alert. someone in garden. ex said he would come 'when your little helper goes home'. carer left 10 min ago", { level: 'emergency', rule: 'emergency.someoneThereNow' }],
  ["He sent me my own address and said 'tonight'. I've never given it to him, we only talk on discord", { level: 'emergency', rule: 'emergency.threatSoon' }],
  ['just now the account sent a photo of me walking my dog from this afternoon and said come to the park at 8 or everyone sees. its 7.40', { level: 'emergency', rule: 'emergency.threatSoon' }],
  ["My neighbour keeps parking across my drive and leaving notes saying I'm a terrible neighbour. Just want to know my options.", { level: 'none' }],
  ["my neighbour's dog barking is killing me lol but that's not why im here, someone keeps calling about a car accident i never had", { level: 'none' }],
  ["What if he turns up while my PA isn't here? I want a plan, he hasn't done it but I want to be ready", { level: 'none' }],
  // near misses: a fall (an accident before it); a farewell note of the writer's own; a plan of their own; another day; a harmless "or"
  ['i fell over in the garden and hurt myself', { level: 'none' }],
  ['i fell off my bike and cut myself', { level: 'none' }],
  ['i slipped on the stairs and then cut myself deliberately, i want to again', { level: 'crisis' }],
  ['i have been leaving notes for my family saying goodbye', { level: 'crisis' }],
  ['i have a plan and a date', { level: 'crisis' }],
  ['come to the office at 9 tomorrow or i tell your manager', { level: 'none' }],
  ['mum said come home at 8 or you miss tea', { level: 'none' }],
], [
  ['i lock myself in my room and cut myself when he shouts', 'crisis.selfHarm', true],
  ['he said meet me at the park at 8 or i post them', 'emergency.threatSoon', true],
  ['somebody at door', 'emergency.someoneThereNow', true],
  ['the lads next door keep leaving notes saying turn the music down', 'crisis.suicidePlan', false],
]);

describeKind("batches 164 and 165's misses: knocking on every window; stopped and getting out, the car said before; counted or masked people at the door with no verb; someone close shown by their shared location with the one they fear, not answering", [
  ['Tonight though someone has been knocking on every window of the house in turn, going round and round, and they are still doing it.', { level: 'emergency', rule: 'emergency.breakingIn' }],
  ['man in a car keeps circling, hes stopped now and getting out and im on my own on a country lane no houses', { level: 'emergency', rule: 'emergency.onTheWay' }],
  ["2 men in masks at the door asking for my son, the ones who've been sending him threats on snapchat", { level: 'emergency', rule: 'emergency.someoneThereNow' }],
  ["My daughter's location is showing an address in Bolton. She doesn't know anyone there and isn't answering. The lad she's been talking to online lives in Bolton. She is 14.", { level: 'emergency', rule: 'emergency.childTakenNow' }],
  ['my sisters find my is showing her at his flat. she swore shed never go back. shes not answering and last time he put her in hospital', { level: 'emergency', rule: 'emergency.childTakenNow' }],
  // near misses: a location with nobody feared; getting out more; a sign of danger missing
  ['my mums find my is showing her at the pub and shes not answering lol', { level: 'none' }],
  ['he has stopped drinking and getting out more', { level: 'none' }],
  ['my daughters location is showing her at a friends house and shes not answering, shes 15', { level: 'none' }],
], [
  ['someone is banging on all my windows', 'emergency.breakingIn', true],
  ['three lads in balaclavas outside my house', 'emergency.someoneThereNow', true],
  ['he has stopped now and is getting out of the habit of texting me', 'emergency.onTheWay', false],
]);

describeKind("batch 166's miss: a person's \"'s\" before a past participle is \"has\" ('neighbour's come over'), and a person named bare at the clause's start arriving armed", [
  ["neighbour's come over the fence with a machete screaming about the parking space", { level: 'emergency', rule: 'emergency.weaponHeldNow' }],
  ["my dad's got a knife", { level: 'emergency' }],
  // near misses: a possessive before a noun; armed long ago; a tool for a job
  ["my sister's left arm hurts", { level: 'none' }],
  ['neighbour came over the fence with a machete last year', { level: 'risk' }],
  ['neighbour came round with a hammer to fix the fence', { level: 'none' }],
], [
  ["the lad's just grabbed my bag", 'emergency.attackNow', false],
  ['stranger came to my door with a knife', 'emergency.weaponHeldNow', true],
]);

describeKind("batch 168's misses, asked as questions: the whole of a medicine, the writer's own or taken back; a how-to asked about what is going on; whether to ring 999 about what is going on", [
  ['what happens if you take all your mums painkillers, asking for me', { level: 'crisis', rule: 'crisis.suicidePlan' }],
  ['what happens if i take a whole packet of paracetamol', { level: 'crisis' }],
  ['how do i get out of the flat when shes standing in the doorway with a knife? im a bloke i feel stupid asking', { level: 'emergency', rule: 'emergency.weaponNow' }],
  ["is it overreacting to call 999 if he's just standing in my garden staring at the window? it's 2am", { level: 'emergency', rule: 'emergency.presentNow' }],
  // near misses: someone else's act; a hypothetical of a later day; an arrest long ago
  ['what happens if my dog eats all my tablets', { level: 'none' }],
  ['is it overreacting to call the police if he turns up again next week', { level: 'none' }],
  ['he was in the army with a gun', { level: 'none' }],
], [
  ['what happens if you take all your painkillers at once', 'crisis.suicidePlan', false],
  ['what happens if i take two paracetamol with ibuprofen', 'crisis.suicidePlan', false],
  ['she is standing in the kitchen with a knife chopping onions', 'emergency.weaponNow', false],
  ['what happens if i take a whole packet of paracetamol', 'crisis.suicidePlan', true],
  ['hes stood in the doorway with a hammer', 'emergency.weaponNow', true],
]);

describeKind("batch 169's misses, at work and at home: got in, after a plea, by a way in named; the threat first and the minutes left after it; the only way down blocked by someone there", [
  ['plese he got in thru the kitchen', { level: 'emergency', rule: 'emergency.breakingIn' }],
  ["work slack: the guy from IT who keeps messaging me just DMed 'I'm in the server room, come down or I'll come find you at your desk, you've got 2 mins' - he punched the wall last time", { level: 'emergency', rule: 'emergency.threatSoon' }],
  ["on site, scaffolder's just threatened to push me off the 3rd lift, he's still up there with me blocking the ladder", { level: 'emergency', rule: 'emergency.heldNow' }],
  // near misses: got in somewhere else; a deadline days away; a thing in the way
  ['she got in through clearing', { level: 'none' }],
  ['he got in through the back of the queue', { level: 'none' }],
  ['pay up or i will come round, you have till friday', { level: 'none' }],
  ['the bins are blocking the ladder', { level: 'none' }],
], [
  ['open the door or im kicking it in. you have until 10', 'emergency.threatSoon', true],
  ['omg he got in through my bedroom window', 'emergency.breakingIn', true],
]);

describeKind("batch 171's miss, by a writer whose first language is not English: a time later today with the article left out ('before night'), or said by the light", [
  ['Sorry for my english. My ex husband is in the UK now, he arrive today, he message me he is in Leeds and he will find me before night. In my country he try to burn me before', { level: 'emergency', rule: 'emergency.threatSoon' }],
  ['he will find me by nightfall', { level: 'emergency', rule: 'emergency.threatSoon' }],
  ['he said he will kill me before sunset', { level: 'emergency' }],
  ['he will come to my house this night', { level: 'emergency' }],
  // near misses: night-time in general; a thing named for the evening; a time said in the past
  ['he used to come by night', { level: 'none' }],
  ['he works till evening shift', { level: 'none' }],
  ['we talked till evening and it was fine', { level: 'none' }],
], [
  ['he will find me before night', 'emergency.threatSoon', true],
  ['he will find me before night shift', 'emergency.threatSoon', false],
  ['he found me before', 'emergency.threatSoon', false],
]);

describeKind("batches 172 and 173's misses: someone known only from a game played together, collecting a child tonight; followed since a junction named bare; a video of them outside the refuge", [
  ["my brother is 13 and a guy he plays fortnite with is picking him up tonight at 11 to 'go to a party'. i found the msgs. hes told him to sneak out. mum and dad are on nights", { level: 'emergency', rule: 'emergency.childTakenNow' }],
  ['my son is 12 and a lad he games with online is coming to pick him up at 6', { level: 'emergency', rule: 'emergency.childTakenNow' }],
  ['same car behind me since junction 14 on the M6, every lane i switch he switches. its her ex i know the reg', { level: 'emergency', rule: 'emergency.someoneThereNow' }],
  ['he sent a video of him outside the refuge. i didnt think he knew where it was. staff have gone home', { level: 'emergency', rule: 'emergency.someoneThereNow' }],
  // near misses: an adult's own lift; a junction long ago; a refuge that is theirs, or told of last year
  ['a guy i play fortnite with is picking me up at 7 lol', { level: 'none' }],
  ['he was behind me since junction 9 last week', { level: 'none' }],
  ['he sent a video of him outside the shelter he volunteers at', { level: 'none' }],
  ['he sent a video of him outside the refuge last year', { level: 'none' }],
], [
  ['a man she plays roblox with is coming to collect her tonight, shes 11', 'emergency.childTakenNow', true],
  ['a man she plays roblox with sent her a gift card, shes 11', 'emergency.childTakenNow', false],
  ['this van has been behind me since j12', 'emergency.someoneThereNow', true],
]);

describeKind("batch 175's miss: going to a drop or a train line, with an end said straight after", [
  ['the pics are all over the course group chats now. im going to go up the multi storey by the library tonight and thats it', { level: 'crisis', rule: 'crisis.suicidePlan' }],
  ['i am going to the railway tonight and then that is it', { level: 'crisis', rule: 'crisis.suicidePlan' }],
  ['im going to the bridge later and thats that', { level: 'crisis', rule: 'crisis.suicidePlan' }],
  // near misses: an end of something else; someone else going; a job on the roof
  ['im going to the river tonight and thats it for the week', { level: 'none' }],
  ['hes going to the bridge and thats it', { level: 'none' }],
  ['im going up the roof to fix the aerial and thats it done', { level: 'none' }],
], [
  ['im gonna go up the top of the car park and thats it', 'crisis.suicidePlan', true],
  ['im going to the canal with the dog and thats it for today', 'crisis.suicidePlan', false],
]);

describeKind("batch 176's false alarm: why the writer is writing, to talk about a past something brought back, is a clause the learned signal does not read", [
  ["That was years ago, he moved away and I've not heard from him since. Just wanted to talk about it because a sermon on Sunday brought it all back", { level: 'none' }],
  // still read: a crisis in the reason, or beside it
  ['i just wanted to talk because i want to end it', { level: 'crisis' }],
  ['just wanted to talk about it because the film reminded me. i have the pills here', { level: 'crisis' }],
], [
  ["That was years ago, he moved away and I've not heard from him since. Just wanted to talk about it because a sermon on Sunday brought it all back", 'crisis.learnedSignal', false],
  ['just wanted to talk about it because the film reminded me. i have the pills here', 'crisis.learnedSignal', true],
]);

describeKind("batches 178 and 179: someone else's crisis told to the writer; one under a court order at the protected person's home now; 'ring the police' as one of two choices asked about; a person's animal 'is killing me'", [
  ["Hostel keyworker. One of our residents, a young woman being harassed by a former partner, has disclosed she cut herself this morning and says she wants to die. Wounds have been seen by first aid. She's agreed to me messaging you with her.", { level: 'crisis', rule: 'crisis.toldByThem' }],
  ['my client told me she wants to die', { level: 'crisis', rule: 'crisis.toldByThem' }],
  ["Probation officer here. I've had information that one of my cases, who has a restraining order, is currently at the victim's address. I'm trying to reach her. Can your service contact her?", { level: 'emergency', rule: 'emergency.someoneThereNow' }],
  // near misses: a threat held over the writer; a death wished of something else; no order said; a choice asked; an animal
  ['he says he will kill himself if i leave', { level: 'risk' }],
  ['she says she wants to die of embarrassment', { level: 'none' }],
  ['my client is currently at her address', { level: 'none' }],
  ['If she turns up at my work what should I actually do, ring the police or just ignore her?', { level: 'none' }],
  ["ugh the neighbour's cat is killing me, dug up my plants again. anyway what i wanted to ask, am i allowed a camera facing the street?", { level: 'none' }],
], [
  ['they told me they have been self harming daily', 'crisis.toldByThem', true],
  ["he says he's going to kill himself and me tonight", 'crisis.toldByThem', false],
  ['the neighbours son is killing me', 'emergency.attackNow', true],
  ['please ring the police or he will kill me', 'emergency.helpNow', true],
]);

describeKind("batches 180 and 181: something pointed at their head or face, the weapon misheard; someone of theirs taken somewhere and made to do things; someone close gone off with the one harassing them, not answering since", [
  ['my husband is pointing a gin at my head he got it off his mates', { level: 'emergency', rule: 'emergency.weaponHeldNow' }],
  ['hes pointing something at my head', { level: 'emergency', rule: 'emergency.weaponHeldNow' }],
  ['my son has learning difficulties and some lads he calls his friends have taken him to a flat and are making him do things. he just facetimed me crying. i know roughly where it is', { level: 'emergency', rule: 'emergency.heldNow' }],
  ['they took my sister to a house and are forcing her to stay', { level: 'emergency', rule: 'emergency.heldNow' }],
  ["my mate left the bar with a guy whos been sending her weird messages for weeks, she was really drunk and now shes not answering. her find my friends has her at some flat across town and its not his usual place", { level: 'emergency', rule: 'emergency.childTakenNow' }],
  // near misses: a finger, a phone or a light; a pointing long past; a chore on a trip; heard from since; someone just met
  ['he keeps pointing his finger in my face', { level: 'none' }],
  ['he is pointing his phone at my face filming me', { level: 'none' }],
  ['the dentist is pointing a light at my face', { level: 'none' }],
  ['he was pointing a gun at my head last year', { level: 'risk' }],
  ['his dad has taken him to the gym and is making him do squats', { level: 'none' }],
  ['my mate left with a guy whos been messaging her for weeks and now shes not answering but she texted me shes home safe', { level: 'none' }],
  ['my mate left with a guy she met tonight and isnt answering', { level: 'none' }],
], [
  ['he is aiming a thing at my face', 'emergency.weaponHeldNow', true],
  ['she keeps pointing the remote at my head to annoy me', 'emergency.weaponHeldNow', false],
  ['older lads have taken her round to a flat and are making her sell', 'emergency.heldNow', true],
  ['my sister left with the man who has been following her and now she is not picking up', 'emergency.childTakenNow', true],
  ['my sister left with a man she met at work and now she is not picking up', 'emergency.childTakenNow', false],
]);

describeKind("batches 182 and 183: 'has just' or 'is just' before a past participle is now; everything in a medicine cabinet already taken; arrived minutes ago by plane or train, a threat said; 'dead meat' is the idiom", [
  ["we split up last week he's just kicked the door in", { level: 'emergency', rule: 'emergency.breakingIn' }],
  ['my therapist always says "ring if you feel unsafe" but it\'s 3am and I\'ve already taken everything that was in the cabinet', { level: 'crisis', rule: 'crisis.overdose' }],
  ["flight tracker says his plane landed 20 mins ago. his last msg was 'your dead when i see u'. im at my mums which is like 15 min from the airport and he knows it", { level: 'emergency', rule: 'emergency.onTheWay' }],
  ["text says your family are dead by midnight", { level: 'emergency', rule: 'emergency.threatSoon' }],
  // near misses: a move long past; things cleared, not taken; the idiom
  ['last week he has just moved house', { level: 'none' }],
  ['ive taken everything that was in the cabinet to the tip', { level: 'none' }],
  ['boss messaged "you\'re dead meat if that report isnt in by 5" lol he\'s like that, its not him im here about. its the customer who keeps ringing me', { level: 'none' }],
], [
  ['i took everything in the medicine cupboard', 'crisis.overdose', true],
  ['his train pulled in 10 mins ago and he said hes coming for you', 'emergency.onTheWay', true],
  ['his plane landed 20 mins ago, hes picking up the kids at 5', 'emergency.onTheWay', false],
  ['my plane landed 20 mins ago, he said he will kill me', 'emergency.onTheWay', false],
]);

describeKind("batches 184 and 185: a blade or pills said to be for themselves, not for the one they fear; no point in getting better; fetching their own medicine is no overdose", [
  ['the tablets are for me not for her', { level: 'crisis', rule: 'crisis.suicidePlan' }],
  ['i cant see the point in getting better anymore', { level: 'crisis', rule: 'crisis.notWantingToLive' }],
  // near misses: what the knife is for; a skill; files; their prescription fetched
  ['the knife is not for him it is for the cake', { level: 'none' }],
  ['i dont see the point of getting better at maths', { level: 'none' }],
  ['i dont see the point of recovering the files', { level: 'none' }],
  ['sorry i took ages, had to get my meds', { level: 'none' }],
], [
  ['been drinking and theres a knife in my hand and its not for him its for me', 'crisis.suicidePlan', true],
  ['the rope is for me, not for him', 'crisis.suicidePlan', true],
  ['the pills are not for him, it is for me to decide whether he gets them', 'crisis.suicidePlan', false],
  ['on the ward and i dont see the point of getting better if hes going to be there when i get out', 'crisis.notWantingToLive', true],
  ['went to get my pills and im going to take them all tonight', 'crisis.suicidePlan', true],
]);

describeKind("batch 182 (pending): harm to someone close said as done, and that person not reachable now", [
  ["he left a voicemail 5 mins ago: \"I've done it now. I've hurt her. You're next.\" I think he means my sister. I can't get hold of her", { level: 'emergency', rule: 'emergency.childTakenNow' }],
  // near misses: long past; reached since; the writer's own back
  ['he hurt her years ago and i cant get hold of her since we fell out', { level: 'risk' }],
  ['i hurt my back and cant get hold of the physio', { level: 'none' }],
], [
  ['he hit my friend at the party and now shes not answering', 'emergency.childTakenNow', true],
  ['he hurt my sister last night, i cant get hold of her but she texted mum she is fine', 'emergency.childTakenNow', false],
]);

describeKind("batch 186: replies and bursts - 'still locked in' after a yes, 'not safe' after a no, a van seen pulling into the estate, life medicine taken with breathing failing, 'i have hurt me', the writer's presence with a brew", [
  ['yes still locked in. he took my phone this is my sons ipad', { level: 'emergency', rule: 'emergency.heldNow' }],
  ['no not safe', { level: 'emergency', rule: 'emergency.inDangerNow' }],
  ['just seen his van pull into the estate. hes never been here before. how does he know', { level: 'emergency', rule: 'emergency.someoneThereNow' }],
  ['also meant to say hes took my inhaler and im struggling to breathe', { level: 'emergency', rule: 'emergency.heldNow' }],
  ['no one has hurt me. ive hurt me. the cuts are fresh', { level: 'crisis', rule: 'crisis.selfHarmAct' }],
  // near misses: not safe to talk; a game; the inhaler refilled or only taken; "me" for "my"; the brew with nothing else
  ['no not safe to talk', { level: 'none' }],
  ['yes still locked in the toilets at school lol its a game', { level: 'none' }],
  ['he took my inhaler to the chemist for a refill', { level: 'none' }],
  ['she has taken my inhaler again, so annoying', { level: 'none' }],
  ['ive hurt me back lifting the telly', { level: 'none' }],
  ['still here, just making a brew', { level: 'none' }],
], [
  ['he has hidden my insulin and i feel really ill', 'emergency.heldNow', true],
  ['he hurt me. i hurt me again', 'crisis.selfHarmAct', true],
  ['i cut me finger on the tin', 'crisis.selfHarmAct', false],
]);

describeKind("batch 189: a hand reaching in through a way in now; a vehicle or man following, the article left out; \"he's been\" with \"for the last half hour\"", [
  ["the cat flap just rattled and it isnt the cat. the cat is on my lap. someone's hand came through", { level: 'emergency', rule: 'emergency.breakingIn' }],
  ['car following me. wont stop. m6', { level: 'emergency', rule: 'emergency.followingNow' }],
  ["I'm typing this from my bedroom because he's been walking up and down outside for the last half hour", { level: 'emergency', rule: 'emergency.someoneThereNow' }],
  // near misses: the writer's own hand; post; one's own car (and, below, a habit long past)
  ['my hand went through the window when i fell', { level: 'none' }],
  ['a letter came through the letterbox from the court', { level: 'none' }],
  ['my car following distance is too short apparently', { level: 'none' }],
], [
  ['car following me home every day last year', 'emergency.followingNow', false],
  ['an arm came through the letterbox and grabbed the keys', 'emergency.breakingIn', true],
  ['van following us', 'emergency.followingNow', true],
  ['my new car following the old one to the scrapyard', 'emergency.followingNow', false],
  ["she's been walking up and down outside for the past 20 mins", 'emergency.someoneThereNow', true],
]);

describeKind("batch 188 (pending): the one they fear at the next table", [
  ['he is sat at the next table and keeps staring', { level: 'emergency', rule: 'emergency.presentNow' }],
  // near misses: last year's wedding
  ['he was at the next table at the wedding last year', { level: 'none' }],
], [
  ['my stalker is at the table next to ours', 'emergency.presentNow', true],
  ['we sat at the next table to my ex at the wedding last year', 'emergency.presentNow', false],
]);

describeKind("batch 190: going somewhere lonely now and not coming back, with having had enough; paying on an errand as a clause of its own", [
  ["I've had enough. I'm going to drive to the coast tonight and not come back.", { level: 'crisis' }],
  ['sorry paying for petrol back in a sec', { level: 'none' }],
  // near misses: someone there while the writer pays
  ['paying for petrol and he just pulled in behind me', { level: 'emergency' }],
  ['just at the pump. he is parked across the road watching me', { level: 'emergency', rule: 'emergency.presentNow' }],
], [
  ['i have had enough. going to walk to the river and never come back', 'crisis.notWantingToLive', true],
  ['ive had enough of him. im going to drive to my mums tonight and not come back', 'crisis.notWantingToLive', false],
  ['we are going to drive to the coast tonight and not come back till sunday. had enough of work', 'crisis.notWantingToLive', false],
  ['going to drive to the coast and never come back, its so pretty there', 'crisis.notWantingToLive', false],
]);

describeKind("batch 188 (pending): who they fear, named by what the writer has against them; taken home against their will; \"ill\" for \"I'll\" before a threat", [
  ['anniversary meal and the man I have a restraining order against has been seated at the next table', { level: 'emergency', rule: 'emergency.presentNow' }],
  ['my cousin who did stuff to me before keeps cornering me and he just said hes driving me home whether i like it or not', { level: 'emergency', rule: 'emergency.heldNow' }],
  ["the wedding is at 2. my ex messaged 'if you marry him ill burn the place down with you both in it'", { level: 'risk', rule: 'risk.threats' }],
  // near misses: a parent's errand; "ill" the word; a thing cooked
  ['mum is taking me to the dentist whether i like it or not', { level: 'none' }],
  ['she is ill in bed so i cant come', { level: 'none' }],
  ['i will burn the toast if i leave it', { level: 'none' }],
], [
  ['he hurt me last year and now he says hes taking me to his flat whether i like it or not', 'emergency.heldNow', true],
  ['as a man i feel stupid saying this but my wifes brother is outside', 'emergency.presentNow', false],
  ['the guy i blocked on insta is outside my house', 'emergency.presentNow', true],
  ['my ex messaged ill kill you', 'risk.threats', true],
  ['he texted im going to torch your car', 'risk.threats', true],
]);

describeKind("batch 191 (pending): the writer's own children coming in; the one beside them said next to be helping them write", [
  ['sorry my kids just came in, ill reply in a bit', { level: 'none' }],
  ["My husband is sat beside me, he's helping me type this. We want to know how to report the nuisance calls we keep getting.", { level: 'none' }],
  // near misses: one feared coming in; helping said of nothing written; what he did said after
  ['my ex just came in', { level: 'emergency', rule: 'emergency.entryNow' }],
  ['hes outside the door. hes helping me', { level: 'emergency' }],
  ['he is sat beside me, he is helping me type this but he hit me earlier', { level: 'harm' }],
], [
  ['my kids are inside with me and he is outside my house', 'emergency.presentNow', true],
  ['my brother is sat beside me, he is helping me write this', 'emergency.someoneThereNow', false],
]);

describeKind("batch 192 (pending): a photo of their door sent with when it was taken said after it; the one beside them helping them write, in the same clause", [
  ["Oh and he's just sent a photo of my front door that must have been taken about a minute ago because my bike is in it", { level: 'emergency', rule: 'emergency.someoneThereNow' }],
  ["my brother's sat next to me helping me type this", { level: 'none' }],
  // near misses: watching, not helping; a photo taken long ago
  ['my ex is sat next to me watching me type this', { level: 'emergency', rule: 'emergency.presentNow' }],
], [
  ['he has just sent a photo of my front door taken a minute ago', 'emergency.someoneThereNow', true],
  ['he has just sent a photo of my front door that was taken last summer', 'emergency.someoneThereNow', false],
]);
