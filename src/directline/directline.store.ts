/**
 * Where Direct Line conversations and their activity logs live, behind one small interface so any
 * store can hold them: in memory (one process, tests) now; a SQL table of conversations and a table
 * of activities keyed by (conversation, seq) later, shared by every bot instance.
 *
 * Nothing outside this interface may be assumed to be shared between instances: a second instance
 * sees exactly what these methods return.
 */

/** A Direct Line activity as stored and sent to clients (JSON-safe: timestamps are ISO strings). */
export interface DirectLineActivity {
  type: string;
  /** `<conversationId>|<seq>` - set by the store on append. */
  id: string;
  channelId: 'webchat';
  conversation: { id: string };
  from: { id: string; name?: string; role: 'user' | 'bot' };
  recipient?: { id: string; name?: string; role?: string };
  timestamp: string;
  serviceUrl?: string;
  replyToId?: string;
  [field: string]: unknown;
}

/** An activity before the store has given it a sequence number and id. */
export type NewDirectLineActivity = Omit<DirectLineActivity, 'id'>;

export interface DirectLineConversation {
  id: string;
  /** The person's user id, bound to the conversation when it was created (tokens carry it too). */
  userId: string;
  createdAt: string;
  /** Set once the bot has been told the person joined (the welcome); see `markStarted`. */
  started: boolean;
}

export interface ActivityPage {
  activities: DirectLineActivity[];
  /** The seq of the last activity returned, or the watermark asked for when there was none. */
  watermark: number;
}

export interface DirectLineStore {
  createConversation(conversation: Omit<DirectLineConversation, 'started'>): Promise<void>;
  getConversation(id: string): Promise<DirectLineConversation | undefined>;
  /** True for exactly one caller per conversation (across instances): that caller sends the welcome. */
  markStarted(id: string): Promise<boolean>;
  /**
   * Appends to the conversation's log with the next sequence number (1, 2, ...), which is the
   * watermark; the stored activity's id is `<conversationId>|<seq>`. Undefined when the conversation
   * does not exist (deleted by quick exit while a turn was running): nothing is stored then.
   */
  append(conversationId: string, activity: NewDirectLineActivity): Promise<DirectLineActivity | undefined>;
  /** Activities with seq > `after`, oldest first, at most `limit`. Undefined for an unknown conversation. */
  activitiesAfter(conversationId: string, after: number, limit: number): Promise<ActivityPage | undefined>;
  /**
   * Empties the conversation's log but keeps the conversation, and its numbering: the next activity
   * still gets the next seq, so watermarks only ever grow. ("delete my data" in the chat itself.)
   */
  clearLog(id: string): Promise<void>;
  /** Deletes the conversation and its whole log. True when there was one. */
  deleteConversation(id: string): Promise<boolean>;
  /** Deletes conversations with no activity (or creation) since `now - ms`. Returns how many. */
  purgeOlderThan(ms: number, now?: number): Promise<number>;
  close(): Promise<void>;
}

/** The id a stored activity gets: the conversation id and its sequence number. */
export function activityId(conversationId: string, seq: number): string {
  return `${conversationId}|${String(seq).padStart(7, '0')}`;
}
