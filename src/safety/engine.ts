/**
 * The rule engine: run a locale pack's rules over normalised clauses and apply the guards.
 * Pure and synchronous. Every match is checked against a small window of words around it, cut
 * short at a scope-breaking word ("but", "and", "now") so "two years ago he followed me but now
 * he's outside" still fires on the second half.
 */
import { normalise } from './normalise';
import { beginningsIndexOf, patternBeginnings, wordBeginnings } from '../text/prefilter';
import { type MatchStarts, StartsIndex, stickyOf } from '../text/word.starts';
import type { GuardVocabulary, LocalePack, SafetyMatch, SafetyRule } from './types';

/** Compiled per pack once: token sets for O(1) lookups. */
interface CompiledGuards {
  vocab: GuardVocabulary;
  negators: ReadonlySet<string>;
  transparent: ReadonlySet<string>;
  breakers: ReadonlySet<string>;
  contrasts: ReadonlySet<string>;
}

const compiled = new WeakMap<LocalePack, CompiledGuards>();

function guardsOf(pack: LocalePack): CompiledGuards {
  let c = compiled.get(pack);
  if (!c) {
    c = {
      vocab: pack.guards,
      negators: new Set(pack.guards.negators),
      transparent: new Set(pack.guards.transparent),
      breakers: new Set(pack.guards.scopeBreakers),
      contrasts: new Set(pack.guards.contrasts),
    };
    compiled.set(pack, c);
  }
  return c;
}

/** Tokens before the match, nearest last, stopping at a scope breaker or the window size. */
function backScope(before: string, g: CompiledGuards): string[] {
  if (before.length === 0) return [];
  const tokens = before.split(' ');
  const out: string[] = [];
  for (let i = tokens.length - 1; i >= 0 && out.length < g.vocab.windowTokens; i--) {
    const t = tokens[i] as string;
    if (t.length === 0) continue;
    if (g.breakers.has(t)) break;
    out.unshift(t);
  }
  return out;
}

/** Tokens after the match, nearest first, stopping at a scope breaker or the window size. */
function forwardScope(after: string, g: CompiledGuards): string[] {
  if (after.length === 0) return [];
  const tokens = after.split(' ');
  const out: string[] = [];
  for (const t of tokens) {
    if (out.length >= g.vocab.windowTokens) break;
    if (t.length === 0) continue;
    if (g.breakers.has(t)) break;
    out.push(t);
  }
  return out;
}

/**
 * The scope breaker right after the match, within `NOW_STOPPER_TOKENS` words ("he keeps following
 * me NOW", "...me home RIGHT NOW"), or ''. Not further: "he keeps following me what do I do now".
 */
const NOW_STOPPER_TOKENS = 2;
function forwardStopper(after: string, g: CompiledGuards): string {
  if (after.length === 0) return '';
  let seen = 0;
  for (const t of after.split(' ')) {
    if (seen > NOW_STOPPER_TOKENS) return '';
    if (t.length === 0) continue;
    if (g.breakers.has(t)) return t;
    seen++;
  }
  return '';
}

/** How far a now-marker reaches: the rest of the clause up to a contrast ("but"), through "and". */
const NOW_REACH_AFTER = 12;

/**
 * The words either side of a match where a now-marker still speaks about it: "he has been watching
 * my house AND HE IS STILL THERE", "RIGHT NOW he keeps following me", but not across "but".
 */
function nowWindow(before: string, after: string, g: CompiledGuards): string {
  const back: string[] = [];
  const bt = before.length > 0 ? before.split(' ') : [];
  for (let i = bt.length - 1; i >= 0 && back.length < g.vocab.windowTokens; i--) {
    const t = bt[i] as string;
    if (t.length === 0) continue;
    if (g.contrasts.has(t)) break;
    back.unshift(t);
  }
  const fwd: string[] = [];
  for (const t of after.length > 0 ? after.split(' ') : []) {
    if (fwd.length >= NOW_REACH_AFTER) break;
    if (t.length === 0) continue;
    if (g.contrasts.has(t)) break;
    fwd.push(t);
  }
  return `${back.join(' ')} | ${fwd.join(' ')}`;
}

function isNegated(back: string[], matchText: string, g: CompiledGuards): boolean {
  if (back.length === 0) return false;
  // "no" right before a noun phrase negates it ("no tracker"), but "no he's outside" does not.
  if (back[back.length - 1] === 'no' && !g.vocab.noIsNotNegationBefore.test(matchText)) return true;
  // Remove phrases that look negative but are not ("not sure if", "don't know what to do").
  const scoped = back.join(' ').replace(g.vocab.notNegation, ' ').split(' ').filter((t) => t.length > 0);
  for (let i = scoped.length - 1; i >= 0; i--) {
    const t = scoped[i] as string;
    if (g.negators.has(t)) return true;
    if (!g.transparent.has(t)) return false;
  }
  return false;
}

/** The longest relative clause read as describing the one doing it ("who has been stalking me for a year"). */
const RELATIVE_CLAUSE_MAX_TOKENS = 12;

function guarded(
  rule: SafetyRule,
  back: string[],
  fwd: string[],
  before: string,
  after: string,
  matchText: string,
  g: CompiledGuards,
  next: () => string,
): boolean {
  const v = g.vocab;
  const backText = back.join(' ');
  const fwdText = fwd.join(' ');
  // the match and the words after it read as one ("never see them | again" is not a now)
  const nowSaid = v.presentNow.test(fwdText.length > 0 ? `${matchText} ${fwdText}` : matchText) || (v.recentSpan?.test(after) ?? false);
  // the words before, less a relative clause describing the one doing it when the match is its main verb
  const mainBack = (): string => {
    if (!v.relativeClauseVerb.test(matchText)) return backText;
    const clause = v.relativeClause.exec(before);
    const inClause = clause ? clause[0].split(' ').filter((t) => t.length > 0).length : 0;
    if (inClause === 0 || inClause > RELATIVE_CLAUSE_MAX_TOKENS) return backText;
    return back.slice(0, Math.max(0, back.length - inClause)).join(' ');
  };
  for (const guard of rule.guards) {
    switch (guard) {
      case 'negation':
        if (isNegated(back, matchText, g)) return true;
        // (a presence denied now takes back a now, not a pattern: risk matches stay)
        if (v.retraction.test(after) && !(rule.level === 'risk' && (v.presenceDeniedNow?.test(after) ?? false))) return true;
        if (v.retractionNext.test(next())) return true;
        if (v.retractionLater?.test(after.length > 0 ? `${matchText} ${after}` : matchText)) return true;
        break;
      case 'past':
        if (nowSaid) break;
        if (v.pastRecent.test(mainBack()) || v.pastRecent.test(fwdText) || v.pastFar.test(mainBack()) || v.pastFar.test(fwdText)) {
          return true;
        }
        if (v.pastAux.test(back.slice(-3).join(' '))) return true;
        break;
      case 'pastFar':
        if (v.pastFar.test(mainBack()) || v.pastFar.test(fwdText)) return true;
        break;
      case 'hypothetical':
        if (v.hypothetical.test(backText)) return true;
        break;
      case 'habitual':
        // "tonight he's been banging on the door for ages": a time said first still means now
        if (nowSaid || v.ongoingNow.test(nowWindow(before, '', g))) break;
        if (v.habitual.test(mainBack()) || v.habitual.test(fwdText)) return true;
        break;
      case 'habitualAspect': {
        // "he KEEPS following me", "he HAS BEEN WATCHING my house": a pattern, unless it is said to
        // be happening now ("...right now", "...for 20 minutes", "...and he's still there").
        const lead = back.slice(-2).join(' ');
        if (!v.habitualAspect.test(lead.length > 0 ? `${lead} ${matchText}` : matchText)) break;
        if (nowSaid) break;
        const stopper = forwardStopper(after, g);
        if (stopper.length > 0 && v.presentNow.test(stopper)) break;
        if (v.ongoingNow.test(matchText) || v.ongoingNow.test(nowWindow(before, after, g))) break;
        if (v.ongoingNowNext?.test(next()) ?? false) break;
        return true;
      }
      case 'future':
        if (v.future.test(backText) || v.future.test(fwdText)) return true;
        break;
    }
  }
  return false;
}

/**
 * Guards and `unless` checks only ever look this far either side of a match (the guard window is
 * a few words). Bounding it keeps the cost linear on long unpunctuated text.
 */
const CONTEXT_CHARS = 160;
/** A clause with hundreds of rejected matches ("he is he is he is...") stops being checked. */
const MAX_MATCHES_PER_PATTERN = 200;

/** Clauses are joined with this marker so each pattern runs once per message. */
export const CLAUSE_JOIN = ' | ';

/** The words of the same clause before `index`, at most CONTEXT_CHARS (whole words only). */
function contextBefore(text: string, index: number): string {
  const boundary = text.lastIndexOf(CLAUSE_JOIN, index - 1);
  const clauseStart = boundary < 0 ? 0 : boundary + CLAUSE_JOIN.length;
  const from = index - CONTEXT_CHARS;
  if (from <= clauseStart) return text.slice(clauseStart, index).trim();
  // Drop the first, possibly cut, word.
  const slice = text.slice(from, index);
  const space = slice.indexOf(' ');
  return (space < 0 ? '' : slice.slice(space + 1)).trim();
}

/** Pause clauses skipped on the way to the next clause ("hang on | wait | oh it's the postman"). */
const MAX_PAUSES = 2;
/**
 * The clause after the one `index` is in ('' when it is the last), at most CONTEXT_CHARS (whole words only), past up to
 * MAX_PAUSES clauses that only pause ("there's someone at the door | hang on | oh it's the Amazon guy").
 */
function nextClause(text: string, index: number, pause?: RegExp): string {
  let from = index;
  for (let hop = 0; hop <= MAX_PAUSES; hop++) {
    const boundary = text.indexOf(CLAUSE_JOIN, from);
    if (boundary < 0) return '';
    const clause = contextAfter(text, boundary + CLAUSE_JOIN.length);
    if (!pause?.test(clause)) return clause;
    from = boundary + CLAUSE_JOIN.length;
  }
  return '';
}

/** The words of the same clause after `index`, at most CONTEXT_CHARS (whole words only). */
function contextAfter(text: string, index: number): string {
  const boundary = text.indexOf(CLAUSE_JOIN, index);
  const clauseEnd = boundary < 0 ? text.length : boundary;
  const to = index + CONTEXT_CHARS;
  if (to >= clauseEnd) return text.slice(index, clauseEnd).trim();
  const slice = text.slice(index, to);
  const space = slice.lastIndexOf(' ');
  return (space < 0 ? '' : slice.slice(0, space)).trim();
}

/**
 * The first match of `pattern` in `text` that `accept` takes, trying the matches in order, each found from where the last
 * one ended (as `exec` with the global flag finds them), at most MAX_MATCHES_PER_PATTERN. With `starts` and a pattern whose
 * matches start at known words, it is tried only where those words start (../text/word.starts.ts): the same matches,
 * without scanning every position; a place where it does not match costs a `test`, not an `exec`.
 */
function firstAccepted(pattern: RegExp, text: string, starts: MatchStarts, accept: (m: RegExpExecArray) => boolean): string | undefined {
  const places = starts.of(pattern);
  let tries = 0;
  if (places === undefined) {
    pattern.lastIndex = 0;
    try {
      let m: RegExpExecArray | null;
      while ((m = pattern.exec(text)) !== null) {
        if (m[0].length === 0) {
          if (!pattern.global) return undefined; // it would find the same empty match again
          pattern.lastIndex++;
          continue;
        }
        if (++tries > MAX_MATCHES_PER_PATTERN) return undefined;
        if (accept(m)) return m[0];
        if (!pattern.global) return undefined;
      }
    } finally {
      pattern.lastIndex = 0;
    }
    return undefined;
  }
  if (places.length === 0) return undefined;
  const sticky = stickyOf(pattern);
  let from = 0;
  for (const at of places) {
    if (at < from) continue;
    sticky.lastIndex = at;
    if (!sticky.test(text)) continue;
    sticky.lastIndex = at;
    const m = sticky.exec(text) as RegExpExecArray;
    from = at + Math.max(1, m[0].length);
    if (m[0].length === 0) continue;
    if (++tries > MAX_MATCHES_PER_PATTERN) return undefined;
    if (accept(m)) return m[0];
    if (!pattern.global) return undefined;
  }
  return undefined;
}

/** The first accepted match of one rule in the (joined) clauses, or undefined. */
function matchRule(rule: SafetyRule, text: string, g: CompiledGuards, starts: MatchStarts): string | undefined {
  const accept = (m: RegExpExecArray): boolean => {
    const matched = m[0];
    const before = contextBefore(text, m.index);
    const after = contextAfter(text, m.index + matched.length);
    return !(
      (rule.unlessBefore?.some((r) => r.test(before)) ?? false) ||
      (rule.unlessAfter?.some((r) => r.test(after)) ?? false) ||
      guarded(rule, backScope(before, g), forwardScope(after, g), before, after, matched, g, () => nextClause(text, m.index + matched.length, g.vocab.pauseClause))
    );
  };
  for (const pattern of rule.patterns) {
    const match = firstAccepted(pattern, text, starts, accept);
    if (match !== undefined) return match;
  }
  return undefined;
}

export interface RunOptions {
  /** Run every rule even when its trigger words are absent (tests use it to check the triggers). */
  ignoreTriggers?: boolean;
}

/** Rules with a pattern that looks into other clauses (`[^]` crosses the " | " marker). */
const spanning = new WeakMap<SafetyRule, boolean>();
function spansClauses(rule: SafetyRule): boolean {
  let spans = spanning.get(rule);
  if (spans === undefined) {
    spans = rule.patterns.some((p) => p.source.includes('[^]'));
    spanning.set(rule, spans);
  }
  return spans;
}

/**
 * The clauses (joined) in which the rule's trigger occurs, or undefined if none. A rule whose
 * patterns look across clauses ("he said tonight. | he knows I'm home alone") gets them all.
 */
function clausesWith(rule: SafetyRule, clauses: readonly string[], joined: string, starts: MatchStarts): string | undefined {
  const trigger = rule.triggers as RegExp;
  const places = starts.of(trigger);
  if (places === undefined) {
    if (!trigger.test(joined)) return undefined;
    if (clauses.length === 1 || spansClauses(rule)) return joined;
    const hit = clauses.filter((c) => trigger.test(c));
    return hit.length === clauses.length ? joined : hit.join(CLAUSE_JOIN);
  }
  // Known places (../text/word.starts.ts): the trigger is tried only where its words start, in the message and in a clause.
  if (!matchesAt(trigger, joined, places)) return undefined;
  if (clauses.length === 1 || spansClauses(rule)) return joined;
  // A clause with none of those places cannot hold a match on its own: its words start where they do in the message.
  const hit: string[] = [];
  let clauseStart = 0;
  let next = 0;
  for (const clause of clauses) {
    const clauseEnd = clauseStart + clause.length;
    while (next < places.length && (places[next] as number) < clauseStart) next++;
    if (next < places.length && (places[next] as number) < clauseEnd && trigger.test(clause)) hit.push(clause);
    clauseStart = clauseEnd + CLAUSE_JOIN.length;
  }
  return hit.length === clauses.length ? joined : hit.join(CLAUSE_JOIN);
}

/** Whether `pattern` matches `text` at one of `places` (where its matches can start). */
function matchesAt(pattern: RegExp, text: string, places: readonly number[]): boolean {
  const sticky = stickyOf(pattern);
  for (const at of places) {
    sticky.lastIndex = at;
    if (sticky.test(text)) return true;
  }
  return false;
}

/**
 * The word beginnings one of which the message must hold for the rule to fire (src/text/prefilter.ts):
 * its trigger's, or for a rule without a trigger the union of its patterns'; undefined when they
 * cannot be read (the rule then always runs). Read once per rule.
 */
const beginningsOfRule = new WeakMap<SafetyRule, ReadonlySet<string> | null>();
function ruleBeginnings(rule: SafetyRule): ReadonlySet<string> | undefined {
  let needed = beginningsOfRule.get(rule);
  if (needed === undefined) {
    const each = rule.triggers ? [patternBeginnings(rule.triggers)] : rule.patterns.map((p) => patternBeginnings(p));
    needed = each.every((b) => b !== undefined) ? new Set(each.flatMap((b) => [...b!])) : null;
    beginningsOfRule.set(rule, needed);
  }
  return needed ?? undefined;
}

/** Every trigger and pattern of the pack's rules. */
function rulesRegexes(pack: LocalePack): RegExp[] {
  return pack.rules.flatMap((rule) => (rule.triggers ? [rule.triggers, ...rule.patterns] : rule.patterns));
}

/** Where each pattern of the pack's rules can start a match (../text/word.starts.ts), built once per pack. */
const startsIndexes = new WeakMap<LocalePack, StartsIndex>();
function startsIndexOf(pack: LocalePack): StartsIndex {
  let index = startsIndexes.get(pack);
  if (!index) {
    index = new StartsIndex(rulesRegexes(pack));
    startsIndexes.set(pack, index);
  }
  return index;
}

/**
 * The regexes the engine runs for a pack's rules: the sticky twins of the patterns and triggers it tries at their places,
 * and the few it cannot place, as they are (for warm-ups that compile them before real messages do).
 */
export function regexesRun(pack: LocalePack): RegExp[] {
  const index = startsIndexOf(pack);
  return rulesRegexes(pack).map((pattern) => (index.knows(pattern) ? stickyOf(pattern) : pattern));
}

/** Every rule of the pack that fires on the text, in the pack's order. Never throws. */
export function runRules(text: string, pack: LocalePack, options: RunOptions = {}): SafetyMatch[] {
  return runRulesOnClauses(normalise(text, pack.normalisation), pack, options);
}

/** The same, on text already normalised into clauses (so the learned signal can share them). */
export function runRulesOnClauses(clauses: readonly string[], pack: LocalePack, options: RunOptions = {}): SafetyMatch[] {
  if (clauses.length === 0) return [];
  const g = guardsOf(pack);
  // One pass per pattern over all clauses: patterns cannot cross the " | " marker (their words are
  // [a-z0-9]+ and they anchor to clause edges with START/END), and guards clip their context to
  // the clause (contextBefore / contextAfter).
  const joined = clauses.join(CLAUSE_JOIN);
  const found: SafetyMatch[] = [];
  let emergencyFound = false;
  // where each text's words start (the joined clauses, or the few a rule's trigger is in), built once per text
  const startsOf = new Map<string, MatchStarts>();
  const joinedStarts = startsIndexOf(pack).placesIn(joined);
  startsOf.set(joined, joinedStarts);
  // A word-level look first (no regex): most rules' words are not in the message at all.
  const words = options.ignoreTriggers ? undefined : wordBeginnings(joined);
  const rulesMayMatch = words === undefined ? undefined : beginningsIndexOf(pack.rules, () => pack.rules.map(ruleBeginnings)).mask(words);
  for (const [i, rule] of pack.rules.entries()) {
    // One emergency is enough to route the message: the other emergency rules need not run (the
    // crisis, harm and risk rules still do, for the Samaritans line and the high-risk kinds).
    if (emergencyFound && rule.level === 'emergency') continue;
    // Cheap gate first: most messages contain none of a specialised rule's words. A rule's
    // patterns then run only over the clauses holding one (a trigger is a necessary part of every
    // match, and matches and their guards stay in their clause unless a pattern says otherwise),
    // so a long story costs little more than the sentence that matters.
    const gated = rule.triggers !== undefined && !options.ignoreTriggers;
    if (rulesMayMatch && !rulesMayMatch[i]) continue;
    const text = gated ? clausesWith(rule, clauses, joined, joinedStarts) : joined;
    if (text === undefined) continue;
    if (rule.unlessMessage?.some((r) => r.test(joined))) continue;
    let starts = startsOf.get(text);
    if (starts === undefined) {
      starts = startsIndexOf(pack).placesIn(text);
      startsOf.set(text, starts);
    }
    const match = matchRule(rule, text, g, starts);
    if (match !== undefined) {
      found.push({ rule: rule.id, level: rule.level, match });
      if (rule.level === 'emergency') emergencyFound = true;
    }
  }
  return found;
}
