/**
 * The Bot Framework handoff protocol's `handoff.status` event from an agent hub:
 * value.state is "accepted", "failed" or "completed", and value.handoffId names the handoff (the id
 * sent in handoff.initiate's value). Anything else is ignored. Who may send it: handoff.hub.ts.
 * The hub's states map onto the console's workflow: accepted -> in_progress, completed -> closed,
 * failed -> new (back to the queue).
 */
import { z } from 'zod';
import type { HandoffStatus } from '../storage/handoff.store';

const statusSchema = z
  .object({ state: z.enum(['accepted', 'failed', 'completed']), handoffId: z.string().min(1).max(64) })
  .passthrough();

export interface HandoffStatusReport {
  handoffId: string;
  status: HandoffStatus;
  /** The hub's own word for it, for logs. */
  state: 'accepted' | 'failed' | 'completed';
}

const CONSOLE_STATUS: Record<HandoffStatusReport['state'], HandoffStatus> = {
  accepted: 'in_progress',
  completed: 'closed',
  failed: 'new',
};

export function handoffStatusFrom(value: unknown): HandoffStatusReport | undefined {
  const parsed = statusSchema.safeParse(value);
  return parsed.success
    ? { handoffId: parsed.data.handoffId, status: CONSOLE_STATUS[parsed.data.state], state: parsed.data.state }
    : undefined;
}
