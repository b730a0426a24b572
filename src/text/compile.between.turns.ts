/**
 * Work done after ready, a few milliseconds at a time between turns: each slice runs items until
 * `sliceMs` has passed, then yields to the event loop (a turn waits at most one slice). `work` may
 * answer with a promise (awaited before the next item).
 */
export async function betweenTurns<T>(items: readonly T[], work: (item: T) => unknown, sliceMs = 5): Promise<void> {
  for (let i = 0; i < items.length; ) {
    await new Promise((resolve) => setImmediate(resolve));
    const until = performance.now() + sliceMs;
    for (; i < items.length && performance.now() < until; i++) {
      const done = work(items[i]!);
      if (done instanceof Promise) await done;
    }
  }
}

/**
 * V8 compiles a regex on its first run (10-30 ms for a large combined alternation). Patterns that
 * start-up's warm-up does not reach would be compiled by the first real messages after start; this
 * runs each once, between turns. Used by the safety detector and the understanding step (their
 * `...InBackground` warm-ups).
 */
export function compileBetweenTurns(regexes: readonly RegExp[], sample: string, sliceMs = 5): Promise<void> {
  return betweenTurns(
    regexes,
    (re) => {
      re.lastIndex = 0;
      re.test(sample);
      re.lastIndex = 0;
    },
    sliceMs,
  );
}
