/**
 * V8 compiles a regex on its first run (10-30 ms for a large combined alternation). Patterns that
 * start-up's warm-up does not reach would be compiled by the first real messages after start; this
 * runs each once, after ready, a few milliseconds at a time between turns (a turn waits at most one
 * slice). Used by the safety detector and the understanding step (their `...InBackground` warm-ups).
 */
export async function compileBetweenTurns(regexes: readonly RegExp[], sample: string, sliceMs = 5): Promise<void> {
  for (let i = 0; i < regexes.length; ) {
    await new Promise((resolve) => setImmediate(resolve));
    const until = performance.now() + sliceMs;
    for (; i < regexes.length && performance.now() < until; i++) {
      const re = regexes[i]!;
      re.lastIndex = 0;
      re.test(sample);
      re.lastIndex = 0;
    }
  }
}
