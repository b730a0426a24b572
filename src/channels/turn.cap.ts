/**
 * At most 3 messages in a turn (CONVERSATION.md), emergency guidance excepted: when a turn would
 * send more, its plain messages (no question, card or emergency guidance) are joined, each run of
 * them into as few messages as the budget leaves, split where the parts are most even. The
 * question, cards and emergency guidance are never joined or held back. SMS pages its own way
 * (sms.pages.ts); Teams joins every run of plain messages anyway.
 */
import type { RenderedMessage } from './message';

export const MAX_MESSAGES_PER_TURN = 3;

const isPlain = (m: RenderedMessage) => !m.card && !m.buttons && !m.question && !m.importance;
const join = (parts: readonly RenderedMessage[]): RenderedMessage => ({
  text: parts.map((p) => p.text).join('\n\n'),
  ...(parts.every((p) => p.deferrable) ? { deferrable: true as const } : {}),
});

/** The smallest "longest group" when `lengths` are cut into `groups` runs in order (and the cuts). */
function evenSplit(lengths: readonly number[], groups: number): { longest: number; sizes: number[] } {
  if (groups <= 1 || lengths.length <= 1) return { longest: lengths.reduce((a, b) => a + b, 0), sizes: [lengths.length] };
  let best = { longest: Infinity, sizes: [lengths.length] };
  for (let first = 1; first <= lengths.length - groups + 1; first++) {
    const head = lengths.slice(0, first).reduce((a, b) => a + b, 0);
    const rest = evenSplit(lengths.slice(first), groups - 1);
    const longest = Math.max(head, rest.longest);
    if (longest < best.longest) best = { longest, sizes: [first, ...rest.sizes] };
  }
  return best;
}

/** Runs of consecutive plain messages, and the messages between them. */
function runsOf(messages: readonly RenderedMessage[]): (RenderedMessage | RenderedMessage[])[] {
  const parts: (RenderedMessage | RenderedMessage[])[] = [];
  for (const message of messages) {
    const last = parts[parts.length - 1];
    if (isPlain(message) && Array.isArray(last)) last.push(message);
    else parts.push(isPlain(message) ? [message] : message);
  }
  return parts;
}

export function capTurn(messages: readonly RenderedMessage[], max = MAX_MESSAGES_PER_TURN): RenderedMessage[] {
  const counted = messages.filter((m) => !m.importance);
  if (counted.length <= max) return [...messages];
  const parts = runsOf(messages);
  const runs = parts.filter((p): p is RenderedMessage[] => Array.isArray(p));
  const fixed = counted.length - runs.reduce((n, run) => n + run.length, 0);
  // Each run keeps at least one message; what the budget leaves goes where the text is longest.
  const groups = new Map(runs.map((run) => [run, 1]));
  const lengths = (run: RenderedMessage[]) => run.map((m) => m.text.length);
  for (let spare = max - fixed - runs.length; spare > 0; spare--) {
    const candidates = runs.filter((run) => groups.get(run)! < run.length);
    if (candidates.length === 0) break;
    const widest = candidates.reduce((a, b) =>
      evenSplit(lengths(b), groups.get(b)!).longest > evenSplit(lengths(a), groups.get(a)!).longest ? b : a,
    );
    groups.set(widest, groups.get(widest)! + 1);
  }
  return parts.flatMap((part) => {
    if (!Array.isArray(part)) return [part];
    const { sizes } = evenSplit(lengths(part), groups.get(part)!);
    let at = 0;
    return sizes.map((size) => {
      const group = part.slice(at, (at += size));
      return group.length === 1 ? group[0]! : join(group);
    });
  });
}
