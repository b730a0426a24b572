/**
 * In-process wake-ups for open WebSocket streams: "conversation X has something new" or "X is
 * gone". Only a hint - streams always read the store, and also poll it, so an activity stored by
 * another instance still arrives (within the poll interval).
 */
import { EventEmitter } from 'node:events';

export class ActivityFeed {
  private readonly emitter = new EventEmitter();

  constructor() {
    this.emitter.setMaxListeners(0);
  }

  notify(conversationId: string): void {
    this.emitter.emit(`new:${conversationId}`);
  }

  gone(conversationId: string): void {
    this.emitter.emit(`gone:${conversationId}`);
  }

  subscribe(conversationId: string, onNew: () => void, onGone: () => void): () => void {
    this.emitter.on(`new:${conversationId}`, onNew);
    this.emitter.on(`gone:${conversationId}`, onGone);
    return () => {
      this.emitter.off(`new:${conversationId}`, onNew);
      this.emitter.off(`gone:${conversationId}`, onGone);
    };
  }
}
