/**
 * The Bot Framework handoff protocol's `handoff.status` event from an agent hub:
 * value.state is "accepted", "failed" or "completed", and value.handoffId names the handoff (the id
 * sent in handoff.initiate's value). Anything else is ignored. Who may send it: handoff.hub.ts.
 */
import { z } from 'zod/v4';
import type { HandoffStatus } from '../storage/handoff.store';

const statusSchema = z
  .object({ state: z.enum(['accepted', 'failed', 'completed']), handoffId: z.string().min(1).max(64) })
  .passthrough();

export interface HandoffStatusReport {
  handoffId: string;
  /** The hub's own word for it (what the person is told). */
  state: 'accepted' | 'failed' | 'completed';
  /** Where that puts the handoff in the staff console's workflow. */
  status: HandoffStatus;
}

/** The hub's states on the staff console's workflow: failed puts the handoff back in the queue. */
const STATUS_FOR_STATE = { accepted: 'in_progress', completed: 'closed', failed: 'new' } as const satisfies Record<string, HandoffStatus>;

export function handoffStatusFrom(value: unknown): HandoffStatusReport | undefined {
  const parsed = statusSchema.safeParse(value);
  return parsed.success ? { handoffId: parsed.data.handoffId, state: parsed.data.state, status: STATUS_FOR_STATE[parsed.data.state] } : undefined;
}
