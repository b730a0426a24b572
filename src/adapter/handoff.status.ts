/**
 * The Bot Framework handoff protocol's `handoff.status` event from an agent hub:
 * value.state is "accepted", "failed" or "completed", and value.handoffId names the handoff (the id
 * sent in handoff.initiate's value). Anything else is ignored. Who may send it: handoff.hub.ts.
 */
import { z } from 'zod';
import type { HandoffStatus } from '../storage/handoff.store';

const statusSchema = z
  .object({ state: z.enum(['accepted', 'failed', 'completed']), handoffId: z.string().min(1).max(64) })
  .passthrough();

export interface HandoffStatusReport {
  handoffId: string;
  status: Exclude<HandoffStatus, 'new'>;
}

export function handoffStatusFrom(value: unknown): HandoffStatusReport | undefined {
  const parsed = statusSchema.safeParse(value);
  return parsed.success ? { handoffId: parsed.data.handoffId, status: parsed.data.state } : undefined;
}
