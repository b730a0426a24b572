/**
 * The side effects a turn's outputs ask for - storing a shared summary for staff, deleting the
 * person's data - behind one interface. They run BEFORE the conversation state is saved, so a
 * failure (the handoff store is down) fails the whole turn: the state is not saved as "shared",
 * the person gets the safety message, and can share again. Their results (the handoff reference,
 * how many shared summaries were withdrawn) come back as data for the turn to say.
 */
import { createHash } from 'node:crypto';
import type { Output, SummaryData } from '../../machines/triage.types';
import type { RouteId } from '../../dialogs/routes';
import type { Locale } from '../i18n';
import type { Logger } from '../logger';
import { handoffReference, newHandoffId, type HandoffStore, type NewHandoff } from '../storage/handoff.store';
import { keptForHandoff, type TranscriptEntry } from '../storage/transcript';

type HandoffOutput = Extract<Output, { kind: 'handoff' }>;
type DeleteOutput = Extract<Output, { kind: 'deleteData' }>;

/** What a turn's effects need to know about the turn. */
export interface EffectScope {
  key: string;
  channelId: string;
  locale: Locale;
  now: Date;
  /** The stored state's eTag this turn builds on (null: nothing stored yet). */
  baseETag: string | null;
  /**
   * Handoff ids an earlier attempt at this same turn already used (it lost its commit to another
   * instance and is being redone on the newer state): reused in order, so one share is one record.
   */
  earlierHandoffIds?: string[];
  /** The conversation so far, read only when a handoff includes it. */
  history(): Promise<TranscriptEntry[]>;
}

/** A handoff stored for staff in this turn. */
export interface StoredHandoff {
  id: string;
  /** The short reference the person can quote when they call. */
  reference: string;
  route: RouteId;
  summary: SummaryData & { channel: string; locale: Locale };
  transcript: TranscriptEntry[];
}

export interface EffectResults {
  /** One per `handoff` output, in output order. */
  handoffs: StoredHandoff[];
  /** A `deleteData` output ran. */
  deleted: boolean;
  /** Shared summaries withdrawn by "delete" (staff had not picked them up). */
  withdrawn: number;
}

export interface TurnEffects {
  run(outputs: readonly Output[], scope: EffectScope): Promise<EffectResults>;
}

export interface TurnEffectsDeps {
  handoffs: HandoffStore;
  logger: Logger;
  /** The channel's own copy of the conversation, where one is held (the web chat's Direct Line log). */
  forgetChannelCopy(key: string): Promise<void>;
  /**
   * Whether one more summary may be shared now (false: the client has shared too many lately).
   * Asked only when a new handoff is about to be stored; absent: always.
   */
  admitHandoff?(channelId: string): boolean;
}

/**
 * A share refused by `admitHandoff`: the turn fails like a failed handoff (nothing saved, the person
 * can share again later), but the person is told why and given the numbers (triage.turn.ts).
 */
export class SharesLimitedError extends Error {
  override name = 'SharesLimitedError';
}

/**
 * The id of the n-th handoff a turn stores on top of a stored state. Two instances racing on the
 * same state (one of them will lose the commit and redo the turn) pick the same id, so the one
 * summary is stored once; the eTag is random, so the id stays unguessable. Nothing stored yet:
 * a random id.
 */
export function handoffIdFor(key: string, baseETag: string | null, index: number): string {
  if (baseETag === null) return newHandoffId();
  const hex = createHash('sha256').update(`${key}\u0000${baseETag}\u0000${index}`).digest('hex');
  // Shaped as a version-4-like UUID (the stores and the console expect one).
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

export function createTurnEffects(deps: TurnEffectsDeps): TurnEffects {
  async function storeHandoff(output: HandoffOutput, index: number, scope: EffectScope): Promise<StoredHandoff> {
    const transcript = output.includeTranscript ? keptForHandoff(await scope.history()) : [];
    const summary = { ...output.summary, channel: scope.channelId, locale: scope.locale };
    const id = scope.earlierHandoffIds?.[index] ?? handoffIdFor(scope.key, scope.baseETag, index);
    if (scope.earlierHandoffIds && index >= scope.earlierHandoffIds.length) scope.earlierHandoffIds.push(id);
    const record: NewHandoff = { id, conversationKey: scope.key, channelId: scope.channelId, locale: scope.locale, route: output.route, summary, transcript };
    // Already there: an earlier attempt at this same turn stored it before losing the commit.
    if (!(await deps.handoffs.get(id))) {
      if (deps.admitHandoff && !deps.admitHandoff(scope.channelId)) throw new SharesLimitedError('too many summaries shared lately');
      await deps.handoffs.create(record, scope.now);
    }
    deps.logger.info({ event: 'handoff.initiate', route: output.route, channelId: scope.channelId }, 'handoff stored');
    return { id, reference: handoffReference(id), route: output.route, summary, transcript };
  }

  async function deleteData(output: DeleteOutput, scope: EffectScope): Promise<number> {
    await deps.forgetChannelCopy(scope.key);
    // Unclaimed handoffs are withdrawn; ones staff already picked up are flagged for them.
    return output.includeShared ? deps.handoffs.deleteUnclaimed(scope.key, scope.now) : 0;
  }

  return {
    async run(outputs, scope) {
      const results: EffectResults = { handoffs: [], deleted: false, withdrawn: 0 };
      for (const output of outputs) {
        if (output.kind === 'handoff') results.handoffs.push(await storeHandoff(output, results.handoffs.length, scope));
        else if (output.kind === 'deleteData') {
          results.deleted = true;
          results.withdrawn += await deleteData(output, scope);
        }
      }
      return results;
    },
  };
}

/**
 * The outputs with the effects' results put into words: each handoff's reference right after the
 * machine's confirmation that it was shared (the output the machine emits with the handoff), and
 * "your shared summary was withdrawn" last.
 */
export function sayEffectResults(outputs: readonly Output[], results: EffectResults): Output[] {
  const worded: Output[] = [];
  const references = results.handoffs.map((h): Output => ({ kind: 'say', key: 'handoff.reference', params: { ref: h.reference } }));
  let pending: Output | undefined;
  let handoffs = 0;
  for (const output of outputs) {
    worded.push(output);
    if (pending && output.kind !== 'handoff') {
      worded.push(pending);
      pending = undefined;
    }
    if (output.kind === 'handoff') {
      if (pending) worded.push(pending);
      pending = references[handoffs++];
    }
  }
  if (pending) worded.push(pending);
  if (results.withdrawn > 0) worded.push({ kind: 'say', key: 'delete.sharedWithdrawn' });
  return worded;
}
