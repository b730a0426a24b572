/**
 * A query built and compiled once, then run with new values. Kysely builds a query's operation tree
 * and compiles it to SQL on every call; for the few queries every turn runs (read the state, update
 * it, insert the transcript lines) that was about as much CPU as SQLite's own work (a micro-benchmark
 * of read + commit: ~0.25 ms of the ~0.6 ms). A template is built by Kysely itself, with markers in
 * place of the values, so the SQL (and its placeholders, `?` or `$n`) is exactly what the same query
 * builder makes for that engine; running it swaps the markers for the values, by position.
 */
import { createQueryId, type Compilable, type CompiledQuery } from 'kysely';

/** A marker stands for the n-th argument; compared by identity, so no value can be mistaken for one. */
class Slot {
  constructor(readonly index: number) {}
}

export type QueryTemplate<Args extends unknown[], R> = (...args: Args) => CompiledQuery<R>;

/**
 * `build` receives one marker per argument (`arity` of them) and must use each only as a bound
 * value (`where(col, '=', x)`, `values({ col: x })`, `set({ col: x })`), never to choose the
 * query's shape. Values the builder writes itself (e.g. `version + 1`) stay as compiled.
 */
export function queryTemplate<Args extends unknown[], R>(arity: number, build: (...markers: Args) => Compilable<R>): QueryTemplate<Args, R> {
  const markers = Array.from({ length: arity }, (_, i) => new Slot(i));
  const compiled = build(...(markers as unknown as Args)).compile();
  const used = new Set<number>();
  const plan = compiled.parameters.map((value) => {
    if (value instanceof Slot) {
      used.add(value.index);
      return value.index;
    }
    return { value };
  });
  if (used.size !== arity) throw new Error(`queryTemplate: ${arity - used.size} argument(s) not bound as values in: ${compiled.sql}`);
  const { sql, query } = compiled;
  return (...args: Args) => ({
    query,
    queryId: createQueryId(),
    sql,
    parameters: plan.map((step) => (typeof step === 'number' ? args[step] : step.value)),
  });
}

/** Templates made on first use and kept by a small key (e.g. a row count), at most `max` of them. */
export class TemplateCache<K, T> {
  private readonly kept = new Map<K, T>();
  constructor(private readonly max: number) {}

  get(key: K, make: () => T): T {
    let template = this.kept.get(key);
    if (template === undefined) {
      template = make();
      if (this.kept.size < this.max) this.kept.set(key, template);
    }
    return template;
  }
}
