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
}
