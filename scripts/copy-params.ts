/**
 * src/i18n/copy.params.json from the en-GB catalogue: the `{{placeholders}}` each message needs
 * (phone numbers are filled by the translator itself). `npx tsx scripts/copy-params.ts --write`
 * regenerates it; test/i18n/copy.keys.test.ts fails while it is stale.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import enGB from '../locales/en-GB/translation.json';

/** Filled by the translator from the services configuration, never passed by callers. */
const PHONE_VARIABLES = new Set([
  'helplinePhone',
  'policePhone',
  'policeTextphone',
  'paladinPhone',
  'revengePornPhone',
  'domesticAbusePhone',
  'mensAdviceLinePhone',
  'galopPhone',
  'samaritansPhone',
  'childlinePhone',
  'liveFearFreePhone',
  'liveFearFreeText',
  'scotlandDomesticAbusePhone',
  'northernIrelandDomesticAbusePhone',
]);
const VARIANT = /_(sms|webchat|msteams|zero|one|two|few|many|other)$/;

function placeholdersByKey(value: unknown, prefix: string, found: Map<string, Set<string>>): void {
  if (typeof value === 'string') {
    const names = [...value.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]!).filter((n) => !PHONE_VARIABLES.has(n));
    if (names.length === 0) return;
    const key = prefix.replace(VARIANT, '');
    const set = found.get(key) ?? new Set<string>();
    for (const name of names) set.add(name);
    found.set(key, set);
    return;
  }
  if (Array.isArray(value) || value === null || typeof value !== 'object') return;
  for (const [k, v] of Object.entries(value)) placeholdersByKey(v, prefix ? `${prefix}.${k}` : k, found);
}

/** The placeholders of every message that has some, as `{ "<key>": { "<name>": true } }`. */
export function copyParamsSource(): string {
  const found = new Map<string, Set<string>>();
  placeholdersByKey(enGB, '', found);
  const entries = [...found.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([key, names]) => [key, Object.fromEntries([...names].sort().map((n) => [n, true]))]);
  return `${JSON.stringify(Object.fromEntries(entries), null, 2)}\n`;
}

export const COPY_PARAMS_FILE = path.join(__dirname, '..', 'src', 'i18n', 'copy.params.json');

if (process.argv.includes('--write')) {
  writeFileSync(COPY_PARAMS_FILE, copyParamsSource());
  console.log('src/i18n/copy.params.json updated');
}
