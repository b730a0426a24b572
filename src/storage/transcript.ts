/**
 * The bot's own record of a conversation (for handoffs the person agreed to share), committed with
 * the turn's state (StateStore.commitTurn): one row per line, appended, never rewritten.
 * Kept minimal: who spoke, when, and the words shown or typed.
 */
export const TRANSCRIPT_SENDERS = ['user', 'bot'] as const;

export interface TranscriptEntry {
  /** 'user' typed or chose; 'bot' replied. */
  from: (typeof TRANSCRIPT_SENDERS)[number];
  at: string;
  text: string;
  /** Set on bot replies that carried emergency guidance. */
  importance?: 'high';
  /** Only on the marker a shared transcript has where lines were left out (`keptForHandoff`): how many. */
  omitted?: number;
}

/**
 * What a shared summary keeps of a long conversation: its first and its last lines, with a marker for those
 * between. One person typing for an hour could otherwise put tens of megabytes into one handoff and one
 * console page. Lines that carried emergency guidance are kept wherever they are.
 */
export const HANDOFF_TRANSCRIPT_HEAD = 60;
export const HANDOFF_TRANSCRIPT_TAIL = 240;

export function keptForHandoff(lines: readonly TranscriptEntry[]): TranscriptEntry[] {
  if (lines.length <= HANDOFF_TRANSCRIPT_HEAD + HANDOFF_TRANSCRIPT_TAIL) return [...lines];
  const head = lines.slice(0, HANDOFF_TRANSCRIPT_HEAD);
  const middle = lines.slice(HANDOFF_TRANSCRIPT_HEAD, lines.length - HANDOFF_TRANSCRIPT_TAIL);
  const tail = lines.slice(lines.length - HANDOFF_TRANSCRIPT_TAIL);
  const emergencies = middle.filter((line) => line.importance === 'high');
  const marker: TranscriptEntry = { from: 'bot', at: middle[0]!.at, text: '', omitted: middle.length - emergencies.length };
  return [...head, marker, ...emergencies, ...tail];
}
