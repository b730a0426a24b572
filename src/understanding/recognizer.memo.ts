/**
 * The date recognizer (@microsoft/recognizers-text-date-time 1.3.2) repeats the same work inside
 * one `parse` call: its merged extractor builds the date-time, period and set extractors, each of
 * which holds its own copy of the date, time and duration extractors, and each copy reads the same
 * text again. Measured on "since 03/04/2026": the date extractor ran 8 times, the duration
 * extractor 14 times and the time extractor 10 times, every time on the same text and reference
 * date, with identically built configurations.
 *
 * `shareRepeatedExtraction` makes those copies share one answer, only while one `parse` call runs:
 *
 * - an extractor's answer is keyed by its class, a fingerprint of its whole configuration (every
 *   regex source, flag, list and value in it: two copies share only if they are built the same),
 *   the text and the reference date;
 * - every caller gets its own deep copy (the library adjusts offsets on the objects it is given);
 * - the cache is emptied when the `parse` call ends, so no text outlives the call.
 *
 * The answers are the same as the library's own (test/understanding/recognizer.memo.test.ts
 * compares both on every blind story); `npm run bench` prints the cost per message.
 */

/** The extractor classes whose copies repeat work within one parse. */
const SHARED_EXTRACTORS = ['BaseDateExtractor', 'BaseTimeExtractor', 'BaseDurationExtractor', 'BaseDateTimeExtractor'] as const;

interface Extractor {
  extract(source: string, referenceDate?: Date): unknown[];
}
type ExtractorClass = { prototype: Extractor; name: string };
interface Parser {
  parse(query: string, referenceDate?: Date): unknown[];
}

/** Per parse call: key -> the first answer (callers get copies). Undefined outside a parse call. */
let active: Map<string, unknown[]> | undefined;

/** Configuration fingerprint -> a short id; instance -> its id (computed once per instance). */
const fingerprintIds = new Map<string, number>();
const instanceIds = new WeakMap<object, number>();

/** Everything that can change what an extractor finds, as one string. */
function fingerprint(value: unknown, seen: Set<object> = new Set()): string {
  if (value === null || value === undefined) return String(value);
  if (value instanceof RegExp) return `/${value.source}/${value.flags}`;
  if (typeof value === 'function') return `fn:${(value as { name?: string }).name ?? ''}`;
  if (typeof value !== 'object') return JSON.stringify(value);
  if (seen.has(value)) return '^';
  seen.add(value);
  if (value instanceof Map) return `Map{${[...value].map(([k, v]) => `${fingerprint(k, seen)}=${fingerprint(v, seen)}`).join(',')}}`;
  if (value instanceof Set) return `Set{${[...value].map((v) => fingerprint(v, seen)).join(',')}}`;
  if (Array.isArray(value)) return `[${value.map((v) => fingerprint(v, seen)).join(',')}]`;
  const record = value as Record<string, unknown>;
  const keys = Object.keys(record).sort();
  return `${value.constructor?.name ?? ''}{${keys.map((k) => `${k}:${fingerprint(record[k], seen)}`).join(',')}}`;
}

function idOf(instance: object): number {
  let id = instanceIds.get(instance);
  if (id === undefined) {
    const print = fingerprint(instance);
    id = fingerprintIds.get(print);
    if (id === undefined) {
      id = fingerprintIds.size + 1;
      fingerprintIds.set(print, id);
    }
    instanceIds.set(instance, id);
  }
  return id;
}

/** A deep copy that keeps each object's class (results are class instances with nested data). */
function copy<T>(value: T): T {
  if (value === null || typeof value !== 'object') return value;
  if (value instanceof Date) return new Date(value.getTime()) as T;
  if (value instanceof RegExp) return value;
  if (Array.isArray(value)) return value.map(copy) as T;
  if (value instanceof Map) return new Map([...value].map(([k, v]) => [k, copy(v)])) as T;
  const out = Object.create(Object.getPrototypeOf(value) as object | null) as Record<string, unknown>;
  for (const key of Object.keys(value as object)) out[key] = copy((value as Record<string, unknown>)[key]);
  return out as T;
}

const patched = new WeakSet<object>();

function share(extractorClass: ExtractorClass): void {
  const proto = extractorClass.prototype;
  if (patched.has(proto) || typeof proto.extract !== 'function') return;
  patched.add(proto);
  const original = proto.extract;
  proto.extract = function sharedExtract(this: Extractor, source: string, referenceDate?: Date): unknown[] {
    if (!active || typeof source !== 'string') return original.call(this, source, referenceDate);
    const when = referenceDate instanceof Date ? referenceDate.getTime() : 'none';
    const key = `${extractorClass.name}|${idOf(this)}|${when}|${source}`;
    let found = active.get(key);
    if (!found) {
      found = original.call(this, source, referenceDate);
      active.set(key, found);
    }
    return copy(found);
  };
}

/**
 * The model, its `parse` sharing repeated extraction (see above). `recognizers` is the loaded
 * @microsoft/recognizers-text-date-time module; classes it does not export are left as they are.
 */
export function shareRepeatedExtraction<M extends Parser>(recognizers: object, model: M): M {
  for (const name of SHARED_EXTRACTORS) {
    const extractorClass = (recognizers as Record<string, unknown>)[name];
    if (typeof extractorClass === 'function') share(extractorClass as unknown as ExtractorClass);
  }
  const parse = (query: string, referenceDate?: Date): unknown[] => {
    if (active) return model.parse(query, referenceDate); // a parse inside a parse: share the outer one's
    active = new Map();
    try {
      return model.parse(query, referenceDate);
    } finally {
      active = undefined;
    }
  };
  return Object.assign(Object.create(model) as M, { parse });
}
