/** Every RegExp reachable from a compiled catalogue (objects, arrays, maps, sets), once each. */
export function regexesIn(value: unknown, seen: Set<object> = new Set(), out: RegExp[] = []): RegExp[] {
  if (value === null || typeof value !== 'object' || seen.has(value)) return out;
  seen.add(value);
  if (value instanceof RegExp) out.push(value);
  else if (value instanceof Map) for (const [k, v] of value) (regexesIn(k, seen, out), regexesIn(v, seen, out));
  else if (value instanceof Set || Array.isArray(value)) for (const v of value) regexesIn(v, seen, out);
  else for (const v of Object.values(value)) regexesIn(v, seen, out);
  return out;
}
