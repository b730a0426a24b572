/**
 * Running the machine one event at a time, as a bot turn does: restore, send, collect outputs,
 * persist. Pure: the caller loads and saves the persisted value.
 */
import { createActor, type Snapshot } from 'xstate';
import { MACHINE_VERSION, triageMachine } from './triage.machine';
import type { Output, TriageContext, TriageEvent } from './triage.types';

/** What is stored between turns. */
export interface PersistedConversation {
  machineVersion: number;
  snapshot: Snapshot<unknown>;
}

export interface StepResult {
  outputs: Output[];
  persisted: PersistedConversation;
  /** The conversation ended with exit or delete: forget it. */
  done: boolean;
  context: TriageContext;
  /** The state path, e.g. "conversation.askingWho.asking" (for logs and tests). */
  state: string;
  /** A stored conversation from another machine version (or unreadable) was replaced. */
  restarted: boolean;
}

export function isCurrent(persisted: unknown): persisted is PersistedConversation {
  return (
    typeof persisted === 'object' &&
    persisted !== null &&
    (persisted as PersistedConversation).machineVersion === MACHINE_VERSION &&
    typeof (persisted as PersistedConversation).snapshot === 'object'
  );
}

function stateString(value: unknown): string {
  if (typeof value === 'string') return value;
  if (value && typeof value === 'object') {
    return Object.entries(value)
      .map(([key, child]) => `${key}.${stateString(child)}`)
      .join(',');
  }
  return '';
}

/**
 * Applies events to a conversation. `stored` is what the last turn persisted (or undefined for a
 * new conversation). An unknown or older snapshot starts a fresh conversation (`restarted`).
 */
/** Creates a started actor that collects outputs; undefined when the snapshot can't be restored. */
function startActor(snapshot: Snapshot<unknown> | undefined, outputs: Output[]) {
  let actor;
  try {
    actor = snapshot ? createActor(triageMachine, { snapshot }) : createActor(triageMachine);
  } catch {
    return undefined;
  }
  // An observer for errors stops XState from re-throwing them globally; we check status instead.
  actor.subscribe({ error: () => undefined });
  if (actor.getSnapshot().status === 'error') return undefined;
  actor.on('output', (event) => outputs.push(event.output));
  actor.start();
  return actor.getSnapshot().status === 'error' ? undefined : actor;
}

export class MachineError extends Error {
  override name = 'MachineError';
}

/**
 * Applies events to a conversation. `stored` is what the last turn persisted (or undefined for a
 * new conversation). An unknown or older snapshot starts a fresh conversation (`restarted`).
 * Throws MachineError if the machine itself fails (the adapter then sends the safety message).
 */
export function runTurn(stored: unknown, events: TriageEvent[]): StepResult {
  const outputs: Output[] = [];
  let actor = isCurrent(stored) ? startActor(stored.snapshot, outputs) : undefined;
  const restarted = stored !== undefined && !actor;
  actor ??= startActor(undefined, outputs);
  if (!actor) throw new MachineError('the triage machine could not start');
  for (const event of events) {
    if (actor.getSnapshot().status !== 'active') break;
    actor.send(event);
  }
  const snapshot = actor.getSnapshot();
  if (snapshot.status === 'error') throw new MachineError('the triage machine failed on an event');
  const persisted: PersistedConversation = { machineVersion: MACHINE_VERSION, snapshot: actor.getPersistedSnapshot() };
  actor.stop();
  return {
    outputs,
    persisted,
    done: snapshot.status === 'done',
    context: snapshot.context,
    state: stateString(snapshot.value),
    restarted,
  };
}
