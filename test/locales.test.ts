/**
 * Every key the bot can use exists in every locale with the same placeholders, command words
 * never collide with SMS carrier keywords, and the numbers in the copy are the ones in FACTS.md.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { getShortestPaths } from 'xstate/graph';
import { describe, expect, it } from 'vitest';
import { COMMANDS, SMS_RESERVED_WORDS } from '../dialogs/commands';
import { BEHAVIOURS, FREQUENCY_BANDS, RELATIONSHIPS, SINCE_BANDS } from '../dialogs/facts';
import { HARM_CHECK_CHOICES, QUESTION_IDS, RISK_FACTORS, choiceLabelKey, getQuestion, questionKeys } from '../dialogs/questions';
import { HIGH_RISK_KINDS } from '../dialogs/safety';
import { EXTRA_SERVICES, ROUTES, ROUTE_CHOICES } from '../dialogs/routes';
import { SUMMARY_LINES } from '../dialogs/summary';
import { TOPICS } from '../dialogs/topics';
import { buildStateDiagram } from '../machines/diagram';
import { currentPrompt } from '../machines/prompt';
import { runTurn } from '../machines/snapshot';
import { triageMachine } from '../machines/triage.machine';
import type { TriageEvent } from '../machines/triage.types';
import { CATALOGUES, DEFAULT_LOCALE, phoneNumbers, PSEUDO_LOCALE, SUPPORTED_LOCALES, translator } from '../src/i18n';
import { pseudoCatalogue } from '../src/i18n/pseudo';
import { defaultServices } from '../src/services';
import { choose, command, harm, join, say, urgent } from './support/events';

function flatten(value: unknown, prefix = ''): Record<string, string> {
  if (typeof value === 'string') return { [prefix]: value };
  if (Array.isArray(value)) return Object.fromEntries(value.map((v, i) => [`${prefix}.${i}`, String(v)]));
  return Object.assign({}, ...Object.entries(value as object).map(([k, v]) => flatten(v, prefix ? `${prefix}.${k}` : k)));
}

const placeholders = (text: string) => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();

/** Every key the code can ask for, derived from the conversation design. */
function designKeys(): string[] {
  const keys: string[] = [];
  for (const id of QUESTION_IDS) {
    const q = getQuestion(id);
    const k = questionKeys(id);
    keys.push(k.prompt, k.reask);
    if (q.parser) keys.push(k.confirm);
    const choices = id === 'summaryLine' ? [...SUMMARY_LINES, 'cancel'] : q.choices;
    for (const c of choices) keys.push(choiceLabelKey(id, c));
  }
  for (const c of ['yes', 'no']) keys.push(`common.choices.${c}`);
  for (const t of TOPICS) keys.push(`topics.${t}.text.0`, `topics.${t}.asks`);
  for (const c of COMMANDS) keys.push(`commands.${c}.words`);
  for (const r of ROUTES) keys.push(`options.recommend.${r}`);
  for (const e of EXTRA_SERVICES) keys.push(`options.extra.${e}`);
  for (const r of RELATIONSHIPS) keys.push(`facts.relationship.${r}`);
  for (const b of FREQUENCY_BANDS) keys.push(`facts.band.${b}`);
  for (const b of SINCE_BANDS) keys.push(`facts.since.${b}`);
  for (const f of RISK_FACTORS) keys.push(`facts.risk.${f}`);
  for (const b of BEHAVIOURS) keys.push(`questions.what.choices.${b}`);
  for (const l of SUMMARY_LINES) keys.push(`summary.lines.${l}`);
  for (const r of ROUTE_CHOICES) keys.push(`summary.values.route.${r}`);
  keys.push(
    'emergency.lead', 'emergency.silentSolution', 'emergency.bsl', 'emergency.emergencySms', 'emergency.relayUk',
    'emergency.crisisLead', 'emergency.notAPerson', 'emergency.silentShort', 'emergency.brief', 'riskReminder', 'common.failsafe', 'common.restarted', 'common.tooLong',
    'common.unsupported', 'common.numberHint', 'common.multiHint', 'common.multiSubmit', 'summary.title',
    'summary.titleKeep', 'summary.empty', 'facts.startedOn', 'facts.startedAround', 'facts.perCount',
    'common.clarify', 'common.answerAfterNo', 'common.leadingYes', 'common.leadingNo', 'end.emergencySmsTip',
  );
  for (const status of ['notSure', 'skipped', 'preferNotToSay', 'notAnswered']) keys.push(`facts.answer.${status}`);
  for (const kind of HIGH_RISK_KINDS) keys.push(`summary.values.highRisk.${kind}`);
  for (const check of HARM_CHECK_CHOICES) keys.push(`summary.values.harmCheck.${check}`);
  keys.push('summary.highRisk', 'summary.values.moment.harm', 'summary.values.moment.harmChecked', 'harm.lead', 'signals.cannotSpeak');
  return keys;
}

/** Every `say` key the machine emits on any generated path (plus a few interruptions). */
function emittedKeys(): Set<string> {
  const keys = new Set<string>();
  const events = (snapshot: ReturnType<typeof triageMachine.resolveState>): TriageEvent[] => {
    const value = JSON.stringify(snapshot.value);
    const prompt = currentPrompt(flattenState(snapshot.value), snapshot.context);
    const list: TriageEvent[] = value.includes('notStarted') ? [join()] : [];
    if (prompt) list.push(...prompt.choices.map((c) => choose(prompt.question, c)));
    return list;
  };
  const paths = getShortestPaths(triageMachine, {
    events,
    serializeState: (s) => JSON.stringify([s.value, s.context.editing ?? null, s.context.step === 'start']),
  });
  for (const p of paths) {
    const path = p.steps.map((s) => s.event);
    // Every transition out of every reachable state, not only the ones on a shortest path.
    const offered = events(p.state).map((e) => [e]);
    const harmPaths = [[harm()], [harm(), say('hmm'), say('hmm')], ...['now', 'soon', 'notNow', 'notSure', 'stale'].map((c) => [harm(), choose('harmCheck', c)])];
    const emergencyPaths = [[urgent(), say('what now')], [urgent(), choose('carryOn', 'gone')], [urgent(), command('help')]];
    for (const extra of [[], [urgent()], [say('hmm'), say('hmm')], ...harmPaths, ...emergencyPaths, ...COMMANDS.map((c) => [command(c)]), ...offered]) {
      for (const o of runTurn(undefined, [...path, ...extra]).outputs) if (o.kind === 'say') keys.add(o.key);
    }
  }
  return keys;
}

function flattenState(value: unknown): string {
  if (typeof value === 'string') return value;
  return Object.entries(value as Record<string, unknown>).map(([k, v]) => `${k}.${flattenState(v)}`).join(',');
}

const reference = flatten(CATALOGUES['en-GB']);

/** Catalogue keys nothing in the code names, kept on purpose (none today). */
const KEPT_ON_PURPOSE: string[] = [];

/** A catalogue key without its list index, plural or channel suffix. */
const baseKey = (key: string) => key.replace(/\.\d+$/, '').replace(/_(zero|one|two|few|many|other|webchat|msteams|sms)$/, '');

function existsInCatalogue(key: string): boolean {
  return Object.keys(reference).some((k) => k === key || k.startsWith(`${key}.`) || k.startsWith(`${key}_`));
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const file = path.join(dir, name);
    if (statSync(file).isDirectory()) return sourceFiles(file);
    return /\.(ts|njk|html)$/.test(name) ? [file] : [];
  });
}

/**
 * The keys the code names: `exact` - literal keys handed to a translator or put in an output
 * (`t('a.b')`, `say('a.b')`, `key: 'a.b'`); `literals` - every quoted dotted name (some are
 * keys); `prefixes` - keys built at run time (`\`hours.${x}\`` names everything under "hours.").
 */
function codeKeys(): { exact: Set<string>; literals: Set<string>; prefixes: Set<string> } {
  const exact = new Set<string>();
  const literals = new Set<string>();
  const prefixes = new Set<string>();
  const root = path.join(__dirname, '..');
  for (const dir of ['src', 'machines', 'dialogs']) {
    for (const file of sourceFiles(path.join(root, dir))) {
      // Comments quote examples, not keys.
      const text = readFileSync(file, 'utf8')
        .split('\n')
        .filter((line) => !/^\s*(\*|\/\/|\/\*)/.test(line))
        .join('\n');
      for (const m of text.matchAll(/(['"`])([a-zA-Z]\w*(?:\.\w+)*)\1/g)) literals.add(m[2]!);
      for (const m of text.matchAll(/`([a-zA-Z]\w*(?:\.\w+)*\.)\$\{/g)) prefixes.add(m[1]!);
      for (const m of text.matchAll(/(?:\b(?:t|say|has|list|words)\(\s*|\bkey:\s*)(['"])([a-zA-Z]\w*(?:\.\w+)+)\1/g)) exact.add(m[2]!);
    }
  }
  return { exact, literals, prefixes };
}

describe('locale catalogues', () => {
  it('have every key the conversation design uses', () => {
    const missing = designKeys().filter((k) => !(k in reference));
    expect(missing).toEqual([]);
  });

  it('have every key the machine emits on any path', () => {
    const keys = [...emittedKeys()];
    expect(keys).toEqual(
      expect.arrayContaining(['welcome.intro', 'help.text', 'restart.done', 'exit.done', 'delete.done', 'consent.kept', 'emergency.resuming']),
    );
    expect(keys.filter((k) => !(k in reference))).toEqual([]);
  });

  it('every other locale, and the pseudo-locale, has the same keys and placeholders as en-GB', () => {
    const others: [string, Record<string, string>][] = [
      ...SUPPORTED_LOCALES.filter((l) => l !== DEFAULT_LOCALE).map((l): [string, Record<string, string>] => [l, flatten(CATALOGUES[l])]),
      [PSEUDO_LOCALE, flatten(pseudoCatalogue(CATALOGUES[DEFAULT_LOCALE]))],
    ];
    for (const [locale, flat] of others) {
      expect(Object.keys(flat).sort(), locale).toEqual(Object.keys(reference).sort());
      for (const [key, text] of Object.entries(reference)) expect(placeholders(flat[key]!), `${locale} ${key}`).toEqual(placeholders(text));
      // A translation that is still the English is caught for real locales; the pseudo one differs everywhere.
      if (locale === PSEUDO_LOCALE) for (const [key, text] of Object.entries(reference)) expect(flat[key], key).not.toBe(text);
    }
  });

  it('every key the code names exists (in a call to t/say/has/list/words, or as an output key)', () => {
    const missing = [...codeKeys().exact].filter((key) => !existsInCatalogue(key));
    expect(missing).toEqual([]);
  });

  it('every catalogue key is used by the code or the conversation design, or listed here as kept on purpose', () => {
    const { literals, prefixes } = codeKeys();
    const design = new Set([...designKeys(), ...emittedKeys()].map(baseKey));
    const unused = [...new Set(Object.keys(reference).map(baseKey))].filter(
      (key) =>
        !design.has(key) &&
        !KEPT_ON_PURPOSE.includes(key) &&
        ![...literals].some((l) => key === l || key.startsWith(`${l}.`)) &&
        ![...prefixes].some((p) => key.startsWith(p)),
    );
    expect(unused).toEqual([]);
  });

  it('command words never include words an SMS carrier consumes', () => {
    const tr = translator('en-GB');
    for (const c of COMMANDS) {
      for (const word of tr.words(`commands.${c}.words`)) expect(SMS_RESERVED_WORDS).not.toContain(word);
    }
  });
});

describe('facts in the copy (FACTS.md)', () => {
  const all = Object.values(reference).join('\n');

  it('every phone number is one FACTS.md lists', () => {
    const allowed = ['999', '55', '101', '18000', '18001 101', '116 123', '0808 802 0300', '020 3866 4107', '0345 6000 459', '0808 2000 247'];
    const numbers = all.match(/\b\d[\d ]{1,12}\d\b/g) ?? [];
    const unknown = numbers.filter((n) => !allowed.includes(n.trim()) && !/^\d{1,2}$/.test(n.trim()));
    expect(unknown).toEqual([]);
  });

  it('the Silent Solution is told correctly: cough or tap, press 55, silence alone is not enough', () => {
    // One key, worded from two short messages (emergency.silentCall, emergency.silentWhere).
    const text = translator('en-GB').t('emergency.silentSolution');
    expect(text).toMatch(/cough or tap/);
    expect(text).toMatch(/press 55/);
    expect(text).toMatch(/won't bring help|does not bring help|not bring help/);
    // Pressing 55 does not give the police your location (FACTS.md).
    expect(text).toMatch(/55 doesn't tell the police where you are/);
    expect(text).toMatch(/whisper/);
    expect(reference['emergency.lead']).toBe("If you're in danger now, call 999.");
  });

  it('emergencySMS is only offered if already registered (registration advice elsewhere), and crisis adds Samaritans 116 123', () => {
    const tr = translator('en-GB');
    expect(reference['emergency.emergencySms']).toMatch(/already registered/);
    expect(reference['emergency.emergencySms']).not.toMatch(/"register"|to register/i);
    expect(reference['end.emergencySmsTip']).toMatch(/"register" to 999/);
    expect(tr.t('emergency.crisisLead')).toContain('116 123');
    expect(tr.t('emergency.crisisLead')).toContain('999');
    expect(reference['emergency.relayUk']).toContain('18000');
  });

  it('service numbers in messages come from the services configuration', () => {
    const tr = translator('en-GB');
    expect(tr.t('end.numbers')).toBe('National Stalking Helpline: 0808 802 0300. Police (not an emergency): 101. In danger now: 999.');
    expect(tr.t('end.next.police')).toContain('18001 101');
    expect(tr.t('options.extra.paladin')).toContain('020 3866 4107');
    expect(tr.t('options.extra.revengePorn')).toContain('0345 6000 459');
    expect(tr.t('options.extra.domesticAbuse')).toContain('0808 2000 247');
    expect(tr.t('common.failsafe')).toContain('0808 802 0300');
    // A charity's own services file changes the number everywhere.
    const own = defaultServices();
    const phones = phoneNumbers({ ...own, services: { ...own.services, nationalStalkingHelpline: { ...own.services.nationalStalkingHelpline, phone: '0800 000 0000' } } });
    const charity = translator({ locale: 'en-GB', phones });
    expect(charity.t('end.numbers')).toContain('0800 000 0000');
    expect(charity.t('common.failsafe')).toContain('0800 000 0000');
    // Data, not a setting: the bundled numbers are unchanged for everyone else.
    expect(tr.t('common.failsafe')).toContain('0808 802 0300');
    expect(tr.t('options.extra.domesticAbuse')).toContain('0808 801 0327');
    expect(tr.t('options.extra.domesticAbuse')).toContain('0800 999 5428');
    expect(tr.t('options.extra.reportRemove')).toContain('0800 1111');
    expect(tr.t('options.extra.domesticAbuseWales')).toContain('07860 077333');
    expect(tr.t('options.extra.domesticAbuseScotland')).toContain('0800 027 1234');
    // No message is left with an unfilled phone placeholder (other placeholders are the caller's).
    const phone = /\{\{\w+Phone\}\}|\{\{policeTextphone\}\}|\{\{liveFearFreeText\}\}/;
    for (const key of Object.keys(reference)) {
      if (phone.test(reference[key]!)) expect(tr.t(key), key).not.toMatch(phone);
    }
  });
});

describe('README', () => {
  it('embeds the current state diagram', () => {
    const readme = readFileSync(path.join(__dirname, '..', 'README.md'), 'utf8');
    const block = readme.split('<!-- state-diagram:start -->')[1]?.split('<!-- state-diagram:end -->')[0] ?? '';
    expect(block.trim()).toBe(['```mermaid', buildStateDiagram(), '```'].join('\n'));
  });
});
