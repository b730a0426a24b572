/**
 * The deterministic safety detector: does this message say someone is in danger now (emergency),
 * at risk of suicide or self-harm (crisis), or describe serious but not immediate risk (risk)?
 *
 * Pure, synchronous, no I/O. Explainable: every verdict names the rule that fired, and every rule
 * is a few patterns with a one-line rationale in `rules/<locale>.ts`. Never throws.
 */
import type { SafetyLevel, SafetyVerdict } from '../../dialogs/facts';
import { highRiskKindOf } from '../../dialogs/safety';
import { CLAUSE_JOIN, regexesRun, runRules, runRulesOnClauses } from './engine';
import { compileBetweenTurns } from '../text/compile.between.turns';
import { hasBackReference } from '../text/prefilter';
import { nativeCompileSubject } from '../text/native.subject';
import { normalise } from './normalise';
import { DEFAULT_LOCALE, locales, packFor } from './rules';
import type { LocalePack, SafetyMatch, SafetyRule } from './types';
import { featuresOfClauses, scoreFeatures } from './model';

export type { Guard, LocalePack, SafetyMatch, SafetyRule } from './types';
export { normalise, HEAD_CHARS, TAIL_CHARS } from './normalise';
export { DEFAULT_LOCALE, locales };

const RANK: Readonly<Record<SafetyLevel, number>> = { emergency: 0, crisis: 1, harm: 2, risk: 3, none: 4 };

/** Ids of the learned signal's verdicts (they name no rule in the pack: see src/safety/model.ts). */
export const LEARNED_SIGNALS = ['emergency.learnedSignal', 'crisis.learnedSignal'] as const;

/**
 * A pack's `modelSkipClauses` as one test, built once per pack: the patterns joined as one
 * alternation, so each clause is scanned once instead of once per pattern. The same answer (a clause
 * is skipped when any pattern matches it): an alternation matches wherever one of its parts would.
 * Patterns with flags or a backreference (whose group number would shift) are kept apart and tested
 * one by one; the en-GB ones have neither.
 */
const skipClauseTests = new WeakMap<LocalePack, (clause: string) => boolean>();
function skipClauseTest(pack: LocalePack, patterns: readonly RegExp[]): (clause: string) => boolean {
  let test = skipClauseTests.get(pack);
  if (!test) {
    const joinable = (r: RegExp) => r.flags === '' && !hasBackReference(r.source);
    const apart = patterns.filter((r) => !joinable(r));
    const joined = patterns.filter(joinable);
    const one = joined.length > 0 ? new RegExp(joined.map((r) => `(?:${r.source})`).join('|')) : undefined;
    test = (clause) => (one?.test(clause) ?? false) || apart.some((r) => r.test(clause));
    skipClauseTests.set(pack, test);
  }
  return test;
}

/**
 * The learned model adds a level only where no rule already gave it: it raises recall and never
 * lowers or replaces what a rule said. Its "match" lists the features that weighed most.
 */
function learnedSignals(clauses: readonly string[], pack: LocalePack, ruledLevels: ReadonlySet<string>): SafetyMatch[] {
  if (!pack.model || ruledLevels.has('emergency')) return [];
  const joined = clauses.join(CLAUSE_JOIN);
  if (pack.modelQuiet?.some((r) => r.test(joined))) return [];
  let read = clauses;
  if (pack.modelReadAfter) {
    const after = pack.modelReadAfter;
    const last = clauses.findLastIndex((c, i) => i > 0 && after.test(c));
    if (last > 0) read = clauses.slice(last + 1);
  }
  if (pack.modelSkipClauses) {
    const skip = skipClauseTest(pack, pack.modelSkipClauses);
    read = read.filter((c) => !skip(c));
  }
  // With a clause left out, what is left may be only a plea or a sign-off ("oh it's just the postman | pls help", "my boss
  // will kill me if I'm late!!! pls help"): read alone, it would weigh as if it were the whole message
  const pleaOnly = pack.modelAfterSkip;
  if (pleaOnly && read.length < clauses.length) read = read.filter((c) => !pleaOnly.test(c));
  if (read.length === 0) return [];
  const features = featuresOfClauses(read, pack.concepts);
  const found: SafetyMatch[] = [];
  for (const level of ['emergency', 'crisis'] as const) {
    if (ruledLevels.has(level)) continue;
    const { score, because } = scoreFeatures(pack.model[level], features);
    if (score >= pack.model[level].threshold) found.push({ rule: `${level}.learnedSignal`, level, match: because.join(', ') });
  }
  return found;
}

/** The rules that fired (see detectSafetyAll), with the words that fired them, highest level first. Never throws. */
export function explainSafety(text: string, locale: string = DEFAULT_LOCALE): SafetyMatch[] {
  try {
    if (typeof text !== 'string' || text.length === 0) return [];
    const pack = packFor(locale);
    const clauses = normalise(text, pack.normalisation);
    const ruled = runRulesOnClauses(clauses, pack);
    const matches = [...ruled, ...learnedSignals(clauses, pack, new Set(ruled.map((m) => m.level)))];
    // Highest level first; within a level, a high-risk kind (strangulation, a threat to kill) first,
    // so the one verdict the conversation records carries it.
    const highRisk = (m: SafetyMatch) => (highRiskKindOf(m.rule) ? 0 : 1);
    return matches.sort((a, b) => RANK[a.level] - RANK[b.level] || highRisk(a) - highRisk(b));
  } catch {
    // A detector bug must never break the conversation: fall back to "nothing detected".
    return [];
  }
}

/**
 * The rules that fired, highest level first: the first emergency rule (one is enough to route the
 * message, so the others are not run), then every crisis, harm and risk rule. `detectSafety` uses
 * it to add the crisis lines (Samaritans) when an emergency also speaks of suicide or self-harm.
 * Empty when nothing fired.
 */
export function detectSafetyAll(text: string, locale: string = DEFAULT_LOCALE): SafetyVerdict[] {
  return explainSafety(text, locale).map((m) => ({ level: m.level, rule: m.rule }));
}

/** The highest verdict for a message: emergency > crisis > risk > none. Never throws. */
export function detectSafety(text: string, locale: string = DEFAULT_LOCALE): SafetyVerdict {
  const all = detectSafetyAll(text, locale);
  const [top] = all;
  if (!top) return { level: 'none' };
  return top.level === 'emergency' && all.some((v) => v.level === 'crisis') ? { ...top, alsoCrisis: true } : top;
}

/** The rules for a locale (for tests, docs and audits). */
export function safetyRules(locale: string = DEFAULT_LOCALE): readonly SafetyRule[] {
  return packFor(locale).rules;
}

const WARM_UP_BENIGN = 'he keeps messaging me and he is always outside my work and i do not know what to do';
const WARM_UP_DANGER = "warm up: he's outside my door with a knife, I want to die, he threatened me";

/**
 * Compile the patterns every message runs before real traffic (call once at startup, before the
 * health check says ready; then warmUpSafetyInBackground). V8 runs a RegExp in its bytecode
 * interpreter first and compiles it to native code once used again; cold, the first messages took
 * seconds (measured 7 Dec 2026 on Node 20, V8's default tier-up: "hi" 1.4 s, the next message 4.5 s).
 * Each text here is read longest first, past 1,000 characters, so the patterns it reaches compile
 * straight to native code without the costly bytecode step (../text/native.subject.ts): the rules
 * to the first emergency with their triggers ignored, then the whole path - normaliser, every rule
 * whose words are there, the learned signal - on a message with no emergency. ~0.5-0.8 s; before,
 * every pattern run three rounds, short text first, ~3.5 s, and the first messages after it no faster
 * (nine different first messages: 3-100 ms each after this one, 2-286 ms after the old one). What no
 * warm-up text reaches compiles between turns after ready.
 */
export function warmUpSafety(): void {
  const benignLong = nativeCompileSubject(WARM_UP_BENIGN, '. ');
  const dangerLong = `${benignLong}. ${WARM_UP_DANGER}`;
  for (const locale of locales()) {
    const pack = packFor(locale);
    for (const text of [dangerLong, WARM_UP_DANGER]) runRules(text, pack, { ignoreTriggers: true });
    for (const text of [benignLong, dangerLong, WARM_UP_BENIGN, WARM_UP_DANGER]) explainSafety(text, locale);
  }
}

let restWarmedUp: Promise<void> | undefined;

/**
 * After ready, in the background: what warmUpSafety leaves. Its runRules stops at the first
 * emergency rule and tries each pattern only where its words are, so most patterns were never run, and the first story
 * after start-up paid ~170-200 ms compiling them. Compiled here between turns (compileBetweenTurns), then
 * the whole path once on a message with no emergency (the learned signal's tests and model). Not
 * before ready: it would add ~300 ms to start-up. Runs once per process; resolves when done.
 */
export function warmUpSafetyInBackground(): Promise<void> {
  restWarmedUp ??= (async () => {
    for (const locale of locales()) {
      const pack = packFor(locale);
      const sample = normalise(WARM_UP_BENIGN, pack.normalisation).join(CLAUSE_JOIN);
      await compileBetweenTurns(regexesRun(pack), sample);
      await new Promise((resolve) => setImmediate(resolve));
      explainSafety(WARM_UP_BENIGN, locale);
    }
  })();
  return restWarmedUp;
}
