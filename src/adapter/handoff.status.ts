/**
 * The Bot Framework handoff protocol's `handoff.status` event from an agent hub:
 * value.state is "accepted", "failed" or "completed" (anything else is ignored).
 */
import { z } from 'zod';
import type { HandoffStatus } from '../storage/handoff.store';

const statusSchema = z.object({ state: z.enum(['accepted', 'failed', 'completed']) }).passthrough();

export function handoffStatusFrom(value: unknown): Exclude<HandoffStatus, 'new'> | undefined {
  const parsed = statusSchema.safeParse(value);
  return parsed.success ? parsed.data.state : undefined;
}
