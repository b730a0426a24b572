/**
 * Model-based tests: xstate's graph utilities enumerate the conversation from the events a
 * person can actually send at each step, then check properties from every reachable state.
 */
import { getShortestPaths } from 'xstate/graph';
import { describe, expect, it } from 'vitest';
import { COMMANDS } from '../../dialogs/commands';
import { QUESTION_IDS } from '../../dialogs/questions';
import { currentPrompt } from '../../machines/prompt';
import { stateOf } from '../../machines/steps';
import { CONVERSATION_STATES, TOP_STATES } from '../../machines/targets';
import { triageMachine } from '../../machines/triage.machine';
import type { TriageEvent } from '../../machines/triage.types';
import { choose, command, harm, join, say, urgent } from '../support/events';
import { MachineDriver, keysOf } from '../support/machine';

type Snapshot = ReturnType<typeof triageMachine.resolveState>;

function stateString(value: unknown): string {
  if (typeof value === 'string') return value;
  return Object.entries(value as Record<string, unknown>)
    .map(([k, v]) => `${k}.${stateString(v)}`)
    .join(',');
}

/** What a person can do at a state: each offered choice, an unclear message, a join. */
function personEvents(snapshot: Snapshot): TriageEvent[] {
  const state = stateString(snapshot.value);
  const prompt = currentPrompt(state, snapshot.context);
  const events: TriageEvent[] = [];
  if (state === 'conversation.notStarted') events.push(join());
  if (prompt) for (const choice of prompt.choices) events.push(choose(prompt.question, choice));
  events.push(say('hmm'));
  // How but not where, read by the adapter on a web chat: the bot asks for the number or email.
  if (prompt?.question === 'contactSafe') {
    events.push(say('text me after 6pm', { contactHasNoAddress: true }));
    // words that may rule contact out: checked (with and without a number or email in them)
    events.push(say("best if you don't, I'll ring", { contactMaybeRefused: true }));
    events.push(say("best if you don't, I'll ring", { contactMaybeRefused: true, contactHasNoAddress: true }));
  }
  return events;
}

/** Bounded serialisation: the state and the few context fields that change behaviour. */
function serializeState(snapshot: Snapshot): string {
  const c = snapshot.context;
  return JSON.stringify({
    v: stateString(snapshot.value),
    unclear: Math.min(c.unclear, 1),
    editing: c.editing ?? null,
    started: c.step !== 'start',
    consent: c.consent ?? null,
  });
}

const paths = getShortestPaths(triageMachine, { events: personEvents, serializeState });

/** Replays a path's events through the persisting driver, as real turns would. */
function replay(events: TriageEvent[]): MachineDriver {
  const driver = new MachineDriver();
  driver.send(...events);
  return driver;
}

const reached = paths.map((p) => ({ state: stateString(p.state.value), events: p.steps.map((s) => s.event) }));

/** One representative path per resting state (the shortest). */
const byState = new Map<string, TriageEvent[]>();
for (const r of reached) {
  if (!byState.has(r.state) || byState.get(r.state)!.length > r.events.length) byState.set(r.state, r.events);
}
const restingStates = [...byState.keys()].filter((s) => s !== 'closed');

describe('every state is reachable by answering only with offered options', () => {
  it('reaches every question, in both asking and (where it has a parser) confirming form', () => {
    const asked = new Set(restingStates.map((s) => s.split('.')[1]));
    for (const id of QUESTION_IDS) {
      if (id === 'carryOn' || id === 'harmCheck') continue; // asked in the emergency and harm-check states
      expect(asked, `question ${id}`).toContain(stateOf(id));
    }
    expect(restingStates).toContain('emergency');
    expect(restingStates).toContain('conversation.askingAfterEnd.asking');
    expect(reached.some((r) => r.state === 'closed')).toBe(true);
  });

  it('a generated path reaches the end with a handoff only through "share"', () => {
    const toEnd = reached.filter((r) => r.state === 'conversation.askingAfterEnd.asking');
    expect(toEnd.length).toBeGreaterThan(0);
    const shared = paths.find((p) => p.steps.some((s) => s.event.type === 'user.choice' && s.event.question === 'contactSafe'));
    expect(shared).toBeDefined();
  });
});

describe('from every reachable state', () => {
  it.each(restingStates.map((s) => [s]))('%s: an emergency comes first and the conversation can resume', (state) => {
    const driver = replay(byState.get(state)!);
    const before = driver.state;
    const outputs = driver.send(urgent());
    expect(outputs[0]).toMatchObject({ kind: 'emergency', level: 'emergency' });
    expect(outputs.filter((o) => o.kind === 'emergency')).toHaveLength(1);
    expect(driver.state).toBe('emergency');
    const resumed = driver.send(choose('carryOn', 'yes'));
    expect(keysOf(resumed)[0]).toBe('say:emergency.resuming');
    // Resumes the interrupted question (emergency -> emergency resumes that question's step).
    const question = before === 'emergency' ? undefined : before.split('.')[1];
    // An urgent message at the story question is kept as the story, so the next question follows.
    const expected = question === 'askingStory' ? 'askingWho' : question;
    if (question && before !== 'conversation.notStarted') expect(driver.state.split('.')[1]).toBe(expected);
    expect(resumed.at(-1)?.kind).toBe('ask');
  });

  it.each(restingStates.map((s) => [s]))('%s: serious harm gets the 999 line and "is this happening now?"; "not now" resumes', (state) => {
    const driver = replay(byState.get(state)!);
    const before = driver.state;
    const outputs = driver.send(harm());
    if (before === 'emergency') {
      // Already in an emergency: the 999 lines stay in front; the harm is kept for the summary.
      expect(outputs[0]).toMatchObject({ kind: 'emergency', form: 'repeat' });
      expect(driver.context.riskRules).toContain('harm.strangulation');
      return;
    }
    expect(keysOf(outputs)).toEqual(['say:harm.lead', 'ask:harmCheck:ask']);
    expect(outputs.some((o) => o.kind === 'emergency' || o.kind === 'riskReminder')).toBe(false);
    expect(driver.state).toBe('checkingHarm');
    expect(driver.context.moments.at(-1)).toMatchObject({ level: 'harm', reason: 'harm.strangulation' });
    const resumed = driver.send(choose('harmCheck', 'notNow'));
    expect(keysOf(resumed)[0]).toBe('say:harm.notNow');
    expect(resumed.at(-1)?.kind).toBe('ask');
    expect(driver.context.moments.at(-1)).toMatchObject({ level: 'harm', check: 'notNow' });
    const question = before.split('.')[1];
    // Words told at the story question are kept as the story, so the next question follows.
    const expected = question === 'askingStory' ? 'askingWho' : question;
    if (before.startsWith('conversation.asking')) expect(driver.state.split('.')[1]).toBe(expected);
  });

  it.each(restingStates.filter((s) => s !== 'emergency').map((s) => [s]))('%s: serious harm happening now gets full emergency guidance', (state) => {
    for (const check of ['now', 'soon'] as const) {
      const driver = replay(byState.get(state)!);
      driver.send(harm());
      const outputs = driver.send(choose('harmCheck', check));
      expect(outputs[0]).toMatchObject({ kind: 'emergency', level: 'emergency', reason: `harmCheck.${check}` });
      expect(outputs[0]).not.toHaveProperty('form');
      expect(driver.state).toBe('emergency');
    }
  });

  it.each(restingStates.map((s) => [s]))('%s: every global command works', (state) => {
    const events = byState.get(state)!;
    for (const name of COMMANDS) {
      const driver = replay(events);
      const outputs = driver.send(command(name));
      const keys = keysOf(outputs);
      // After emergency guidance the 999 lines stay in front of anything but a clear answer (issue 8).
      const first = state === 'emergency' ? 1 : 0;
      if (state === 'emergency' && (name === 'help' || name === 'language')) {
        expect(outputs[0]).toMatchObject({ kind: 'emergency', form: 'repeat' });
        expect(driver.state).toBe('emergency');
      }
      switch (name) {
        case 'help':
          expect(keys[first]).toBe('say:help.text');
          expect(outputs.at(-1)?.kind).toBe('ask');
          break;
        case 'language':
          expect(keys[first]).toBe('say:language.onlyOne');
          break;
        case 'restart':
          // Starting again forgets the transcript too (not a summary already shared).
          expect(keys).toEqual(['deleteData', 'say:restart.done', 'ask:safety:ask']);
          expect(outputs[0]).toEqual({ kind: 'deleteData', includeShared: false });
          expect(driver.context.answers).toEqual({ risk: {} });
          break;
        case 'back':
          expect(outputs.at(-1)?.kind).toBe('ask');
          break;
        case 'person':
          // ...in danger, after the 999 lines (a conversation review: they were dropped)
          if (state === 'emergency') expect(outputs[0]).toMatchObject({ kind: 'emergency', form: 'repeat' });
          expect(keys.slice(first, first + 2)).toEqual(['say:person.intro', 'summary:review']);
          break;
        case 'delete':
        case 'exit':
          expect(keys[0]).toBe('deleteData');
          expect(driver.last.done).toBe(true);
          break;
        case 'danger':
          expect(outputs[0]).toMatchObject({ kind: 'emergency' });
          break;
      }
    }
  });

  it.each(restingStates.filter((s) => s.startsWith('conversation.asking')).map((s) => [s]))(
    '%s: can be left with an offered answer (skip or not sure where offered)',
    (state) => {
      const driver = replay(byState.get(state)!);
      const prompt = currentPrompt(driver.state, driver.context);
      expect(prompt).toBeDefined();
      const escape = ['skip', 'notSure', 'no', 'cancel', 'moveOn'].find((c) => prompt!.choices.includes(c)) ?? prompt!.choices[0]!;
      driver.send(choose(prompt!.question, escape));
      expect(driver.state).not.toBe(state);
    },
  );
});

describe('the states transitions may name (machines/targets.ts)', () => {
  it('are exactly the machine states: the conversation own states plus one per question', () => {
    const root = triageMachine.root;
    expect(Object.keys(root.states).sort()).toEqual([...TOP_STATES].sort());
    const questionStates = QUESTION_IDS.filter((id) => id !== 'carryOn' && id !== 'harmCheck').map(stateOf);
    expect(Object.keys(root.states.conversation!.states).sort()).toEqual([...CONVERSATION_STATES, ...questionStates].sort());
  });
});
