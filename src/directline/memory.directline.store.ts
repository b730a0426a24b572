/**
 * The Direct Line store in this process's memory: one instance only (a second instance would not
 * see these conversations), and everything is lost on restart. For local use and tests.
 */
import {
  activityId,
  type ActivityPage,
  type DirectLineActivity,
  type DirectLineConversation,
  type DirectLineStore,
  type NewDirectLineActivity,
} from './directline.store';

interface Entry {
  conversation: DirectLineConversation;
  log: DirectLineActivity[];
  /** The seq before the first activity in `log` (raised when the log is cleared). */
  base: number;
  touchedAt: number;
}

const clone = <T>(value: T): T => structuredClone(value);

export class MemoryDirectLineStore implements DirectLineStore {
  private readonly conversations = new Map<string, Entry>();

  constructor(private readonly nowMs: () => number = () => Date.now()) {}

  async createConversation(conversation: Omit<DirectLineConversation, 'started'>): Promise<void> {
    if (this.conversations.has(conversation.id)) throw new Error('Direct Line conversation id already exists');
    this.conversations.set(conversation.id, { conversation: { ...conversation, started: false }, log: [], base: 0, touchedAt: this.nowMs() });
  }

  async getConversation(id: string): Promise<DirectLineConversation | undefined> {
    const entry = this.conversations.get(id);
    return entry ? clone(entry.conversation) : undefined;
  }

  async markStarted(id: string): Promise<boolean> {
    const entry = this.conversations.get(id);
    if (!entry || entry.conversation.started) return false;
    entry.conversation.started = true;
    return true;
  }

  async append(conversationId: string, activity: NewDirectLineActivity): Promise<DirectLineActivity | undefined> {
    const entry = this.conversations.get(conversationId);
    if (!entry) return undefined;
    const stored = { ...clone(activity), id: activityId(conversationId, entry.base + entry.log.length + 1) } as DirectLineActivity;
    entry.log.push(stored);
    entry.touchedAt = this.nowMs();
    return clone(stored);
  }

  async activitiesAfter(conversationId: string, after: number, limit: number): Promise<ActivityPage | undefined> {
    const entry = this.conversations.get(conversationId);
    if (!entry) return undefined;
    const from = Math.max(0, Math.floor(after));
    const start = Math.max(0, from - entry.base);
    const activities = entry.log.slice(start, start + limit).map(clone);
    return { activities, watermark: Math.max(from, entry.base + start) + activities.length };
  }

  async clearLog(id: string): Promise<void> {
    const entry = this.conversations.get(id);
    if (!entry) return;
    entry.base += entry.log.length;
    entry.log = [];
  }

  async deleteConversation(id: string): Promise<boolean> {
    return this.conversations.delete(id);
  }

  async purgeOlderThan(ms: number, now = this.nowMs()): Promise<number> {
    let count = 0;
    for (const [id, entry] of this.conversations) {
      if (entry.touchedAt < now - ms) {
        this.conversations.delete(id);
        count++;
      }
    }
    return count;
  }

  async close(): Promise<void> {
    this.conversations.clear();
  }
}
