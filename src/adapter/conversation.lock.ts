/**
 * Runs one turn at a time per conversation in this process, so two quick messages can't race
 * on the same stored snapshot. (Across processes the store's eTag check catches the race.)
 */
export class ConversationLock {
  private readonly tails = new Map<string, Promise<unknown>>();

  async run<T>(key: string, work: () => Promise<T>): Promise<T> {
    const previous = this.tails.get(key) ?? Promise.resolve();
    const current = previous.catch(() => undefined).then(work);
    this.tails.set(key, current);
    try {
      return await current;
    } finally {
      if (this.tails.get(key) === current) this.tails.delete(key);
    }
  }

  get size(): number {
    return this.tails.size;
  }
}
