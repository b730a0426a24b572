/**
 * The shapes of the safety detector's data. A locale pack is pure data: how to normalise text
 * in that language, the words that scope a match (negation, past, hypothetical...), and the rules.
 */
import type { SafetyLevel } from '../../dialogs/facts';
import type { SafetyModel } from './model';
import type { ConceptLexicon } from '../learned/linear';

/** The levels a rule can raise (a rule never says "none"). */
export type RuleLevel = Exclude<SafetyLevel, 'none'>;

/**
 * A guard cancels a match when its words are found in the small window around the match
 * (same clause, up to a scope-breaking word such as "but", "and", "now").
 *
 * - `negation`: "I don't think he's coming", "nobody is outside".
 * - `past`: any past time ("used to", "last week", "two years ago", "yesterday", "anymore").
 * - `pastFar`: only long-ago time ("when I was 15", "years ago", "used to", "in 2019"); a recent
 *   past such as "last night" still counts (an overdose last night is still a crisis).
 * - `hypothetical`: "if", "what if", "in case", "when", "should I".
 * - `habitual`: "every night", "all the time", "for months": a pattern, not happening right now.
 * - `habitualAspect`: the match itself is worded as a pattern ("he KEEPS following me", "he's
 *   ALWAYS outside my work", "he HAS BEEN WATCHING my house"), unless a now-marker or a duration in
 *   minutes or hours is near ("...right now", "...and he's still there", "...for 20 minutes").
 *   Only for rules about where someone is (present, following, on the way), not for an attack on
 *   the door ("he keeps banging on my door" is someone at the door now).
 * - `future`: "tomorrow", "next week", "one day": not in the next few hours.
 */
export type Guard = 'negation' | 'past' | 'pastFar' | 'hypothetical' | 'habitual' | 'habitualAspect' | 'future';

export interface SafetyRule {
  /** `<level>.<camelCaseName>`, e.g. `emergency.presentNow`. Stable: logs and tests use it. */
  id: string;
  level: RuleLevel;
  /** One line: why this rule exists and what it is meant to catch. */
  rationale: string;
  /**
   * Matched against each normalised clause (lowercase ASCII words separated by single spaces, no
   * punctuation). Patterns must be global (`g`) so every occurrence in a clause is checked.
   */
  patterns: readonly RegExp[];
  /**
   * Optional fast gate: the rule runs only when this (non-global) pattern is found somewhere in the
   * normalised message. It must list words that EVERY match of every pattern contains (a superset
   * is fine); the tests run all rules with and without triggers and require identical verdicts.
   */
  triggers?: RegExp;
  /** Guards applied to every match; a guarded match is dropped (other rules may still fire). */
  guards: readonly Guard[];
  /** Tested against the clause text before the match: a hit drops the match (anchor with `$`). */
  unlessBefore?: readonly RegExp[];
  /** Tested against the clause text after the match: a hit drops the match (anchor with `^`). */
  unlessAfter?: readonly RegExp[];
  /**
   * Tested against the whole normalised message (clauses joined by " | "): a hit drops every match
   * of the rule. For what the writer says elsewhere about the same moment ("...I'm safe").
   */
  unlessMessage?: readonly RegExp[];
}

/** How a locale's text is brought to a canonical form before the rules run. */
/** A phrase's replacement: text with $1-style groups, or a function of the match and its groups. */
export type PhraseReplacement = string | ((match: string, ...groups: string[]) => string);

export interface NormalisationData {
  /**
   * Contractions written with an apostrophe, applied before apostrophes are removed
   * (so "he'll" -> "he will" and not "hell"). [pattern, replacement] on lowercase text.
   */
  contractions: readonly (readonly [RegExp, string])[];
  /** Whole-token replacements: SMS shorthand and common typos ("rn" -> "right now"). */
  tokens: Readonly<Record<string, string>>;
  /** Phrase-level fixes after token replacement, e.g. ["no one", "noone"]. */
  phrases: readonly (readonly [RegExp, PhraseReplacement])[];
  /** Emoji or symbols that carry meaning, replaced by a word (e.g. a knife emoji -> "knife"). */
  symbols: Readonly<Record<string, string>>;
  /** Words the locale knows, to split words typed without spaces (segment.ts). */
  dictionary?: ReadonlySet<string>;
  /** Danger words read through one typo (normalise.ts). */
  spelling?: SpellingData;
  /**
   * Whole messages whose meaning only their case or punctuation carries, tested on the raw text before anything else;
   * a match is read as the replacement ("HELP" shouted is a plea; "help" typed plainly is the help command).
   */
  wholeMessage?: readonly (readonly [RegExp, string])[];
}

/** Words a typo must not hide, and the real words a typo step must leave alone. */
export interface SpellingData {
  /** Lowercase a-z words, each at least `minLength` letters: a word one typo from one of them (same first letter) is read as it. */
  words: readonly string[];
  /** Real words one typo from a danger word ("widow", "tapped"): never changed. */
  realWords: ReadonlySet<string>;
  /** Shorter words are never changed. */
  minLength: number;
  /**
   * Short words people run into the next one ("hesoutsidee"): a word the locale does not know that starts with one of
   * them is split when the rest is a known word or a danger word with one typo. Each maps to what it stands for.
   */
  gluedStarts?: Readonly<Record<string, string>>;
}

/** Words and phrases that scope a match; all lowercase, in the normalised form. */
export interface GuardVocabulary {
  /** How many tokens either side of a match the guards look at (within the clause). */
  windowTokens: number;
  /** Tokens that negate what follows ("not", "never", "nobody"). */
  negators: readonly string[];
  /**
   * Tokens allowed between a negator and the match for the negation to still apply
   * ("I do NOT THINK he's coming"); any other token ends the negation's reach.
   */
  transparent: readonly string[];
  /** Phrases containing a negator that are not a negation of what follows ("not sure if"). */
  notNegation: RegExp;
  /** Tokens that end a guard window: a new idea starts ("but", "and", "now"). */
  scopeBreakers: readonly string[];
  /** Any past time, recent or far. */
  pastRecent: RegExp;
  /** Long-ago past only. */
  pastFar: RegExp;
  /** Past auxiliaries checked only in the 3 tokens right before a match ("he WAS banging"). */
  pastAux: RegExp;
  /**
   * A relative clause that describes the one doing it, at the end of the words before a match that starts with a
   * present or perfect verb ("the man WHO HAS BEEN STALKING ME FOR A YEAR | has come into A&E"): its time is not the
   * match's, so the past and habitual guards read the words before it only. `relativeClause` is matched at the end of
   * the text before the match (the clause from its pronoun on); `relativeClauseVerb` at the start of the match.
   */
  relativeClause: RegExp;
  relativeClauseVerb: RegExp;
  hypothetical: RegExp;
  habitual: RegExp;
  /**
   * Pattern wording inside a match (or the two words before it): "keeps", "always", a perfect
   * progressive such as "has been watching" ("has been standing" is one episode, so not this).
   */
  habitualAspect: RegExp;
  /**
   * Strong markers that it is happening now, which override `habitualAspect`: "right now", "still
   * there", "behind me", "for 20 minutes", "for the last hour", "since 8pm", "all night". Looked for
   * in the match and in the rest of the clause up to a `contrast` word (through "and").
   */
  ongoingNow: RegExp;
  /** Words after which a now-marker no longer applies to the match ("but", "though"). */
  contrasts: readonly string[];
  future: RegExp;
  /**
   * A retraction later in the clause cancels a match ("I keep thinking he's outside but he isn't").
   * Tested on the whole rest of the clause (through "but"); anchor at the end with `$`.
   */
  retraction: RegExp;
  /**
   * A retraction that only denies someone is there now ("...most evenings this week but he is not there now"): it takes back
   * a now, not a pattern, so matches of risk rules (a habit, a threat) keep their level. Anchor at the end with `$`.
   */
  presenceDeniedNow?: RegExp;
  /**
   * A match taken back by the next clause: "someone's at the door | it's just my shopping
   * delivery". Tested on the next clause from its start; anchor with `^`.
   */
  retractionNext: RegExp;
  /** A clause that only pauses ("hang on", "wait", "one sec"): the clause after it is read as the next one. */
  pauseClause?: RegExp;
  /** The clause after a pattern said as now: "he keeps circling the block | thats the 5th time". Anchor with `^`. */
  ongoingNowNext?: RegExp;
  /**
   * The same, later in the match's own clause, typed with no stop between: "someones knocking brb its just my amazon
   * order". Tested on the match and the rest of its clause ("someone is knocking brb its ..."); anchor with `^`.
   */
  retractionLater?: RegExp;
  /** Words saying "this is happening now": they override the past and habitual guards. */
  presentNow: RegExp;
  /**
   * A span of time up to now, said anywhere later in the clause ("4 times in the last 10 minutes"):
   * it makes a repeated act current, so the past and habit guards stand down.
   */
  recentSpan?: RegExp;
  /** Subjects that are never negated by an adjacent "no" ("no he's outside" is not a negation). */
  noIsNotNegationBefore: RegExp;
}

/**
 * Classes of words for the learned signal (rules/<locale>.concepts.ts): concept name -> words,
 * phrases of up to three words, or stems ending in "*".
 */
export type { ConceptLexicon } from '../learned/linear';

export interface LocalePack {
  locale: string;
  normalisation: NormalisationData;
  guards: GuardVocabulary;
  rules: readonly SafetyRule[];
  /** The learned recall signal for this locale (src/safety/model.ts), if one has been trained. */
  model?: SafetyModel;
  /** Word classes the learned signal also reads (so it generalises past the words it was trained on). */
  concepts?: ConceptLexicon;
  /** Messages the learned signal stays quiet on (tested on the normalised text, clauses joined). */
  modelQuiet?: readonly RegExp[];
  /**
   * Sentences the learned signal leaves out of its reading: the writer's own calm words about the
   * rest ("it's just a nuisance", "I don't want to get him in trouble"). The other sentences are
   * still read, so danger said elsewhere in the message still counts.
   */
  modelSkipClauses?: readonly RegExp[];
  /**
   * A clause after which the learned signal reads only what follows: whoever was at the door named as harmless ("someone's
   * at the door | hang on | oh it's the Amazon guy"), so only a later clause can alarm ("... | hes just pushed his way in").
   * Tested on each clause after the first; anchor with `^`.
   */
  modelReadAfter?: RegExp;
  /** Clauses that only plead or sign off ("pls help", "back in a sec"): once any clause is left out, they add nothing to read. */
  modelAfterSkip?: RegExp;
}

/** One rule firing on one message, with the words that fired it (for debugging and logs). */
export interface SafetyMatch {
  rule: string;
  level: RuleLevel;
  /** The normalised words that matched. */
  match: string;
}
