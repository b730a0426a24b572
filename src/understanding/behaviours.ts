/**
 * What they are doing: calls, messages, turning up, tracking... (facts.ts BEHAVIOURS).
 * A behaviour that is negated in its clause ("he doesn't call any more", "he hasn't
 * threatened me") or only threatened ("threatened to turn up at my work") is not counted,
 * except image sharing, where the threat itself is the behaviour.
 */
import { BEHAVIOURS, type Behaviour, type Found } from '../../dialogs/facts';
import type { CompiledPhrases } from './phrases';
import { clauseStart, isHypothetical, isNegated, originalText, overlaps, sentenceStart, wordBeginningsOf, type Normalised, type Span } from './normalise';
import { matchesIn } from './matches';
import { patternsIndex } from '../text/prefilter';

export interface BehaviourMatch extends Span {
  behaviour: Behaviour;
}

/** "He used to follow me but he doesn't any more": a past habit that has stopped. */
function isPastOnly(n: Normalised, span: Span): boolean {
  const cs = clauseStart(n, span.start);
  if (!/\bused to\b/.test(n.text.slice(cs, span.start))) return false;
  const rest = n.text.slice(span.end);
  const stop = rest.search(/[.!?\n]/);
  const sentence = stop >= 0 ? rest.slice(0, stop) : rest;
  return /\b(?:any more|no longer|not now|stopped|not any ?more)\b/.test(sentence);
}

const WHOLE_CONTACT_STOPPED = /\b(?:it|this|that|everything|it all|all of it)(?:'s| has| had)? (?:all |finally |mostly |just )?(?:stopped|ended|went quiet|gone quiet|came to an end)\b/;

export function findBehaviours(n: Normalised, c: CompiledPhrases): BehaviourMatch[] {
  const out: BehaviourMatch[] = [];
  // "My ex used to message me every day but it stopped...": when everything has stopped, what it was
  const pastOnly: BehaviourMatch[] = [];
  // A pattern none of whose first words begins a word of the message cannot match: its regex is skipped.
  const mayMatch = patternsIndex(c.behaviours, () => c.behaviours.flatMap((b) => b.patterns)).mask(wordBeginningsOf(n));
  let k = 0;
  for (const { rule, patterns } of c.behaviours) {
    for (const re of patterns) {
      if (!mayMatch[k++]) continue;
      for (const m of matchesIn(n.text, re)) {
        if (m[0].length === 0) continue;
        const span = { start: m.index, end: m.index + m[0].length };
        if (isNegated(n, span, c)) continue;
        // "I'm scared he'll sack me if I complain": the person's fear, not a threat made nor a thing done
        if (c.fearedOnly.test(n.text.slice(clauseStart(n, span.start), span.start))) continue;
        // "so random men message me": strangers sent by a fake profile, not the one doing it
        if ((rule.behaviour === 'messages' || rule.behaviour === 'calls' || rule.behaviour === 'turningUp') && c.othersSent.test(n.text.slice(Math.max(sentenceStart(n.text, span.start), span.start - 60), span.start))) continue;
        // "who I haven't seen since I was 6 messaged me": done to them, whatever comes before
        const toThem = /^ (?:me|us)\b/.test(n.text.slice(span.end, span.end + 4));
        if (rule.notSelf && !toThem && c.selfAction.test(n.text.slice(clauseStart(n, span.start), span.start))) continue;
        const threatened = isHypothetical(n, span, c) || (rule.threatenedIsThreat === true && c.hypothetical.test(m[0]));
        if (!rule.countsWhenThreatened && rule.behaviour !== 'threats' && threatened) continue;
        (isPastOnly(n, span) ? pastOnly : out).push({ ...span, behaviour: rule.behaviour });
        if (threatened && rule.threatenedIsThreat) out.push({ ...span, behaviour: 'threats' });
      }
    }
  }
  // only when the contact as a whole stopped ("...but it stopped when the police warned him"), not one
  // habit of it ("he used to follow me but he doesn't any more")
  return out.length > 0 || !WHOLE_CONTACT_STOPPED.test(n.text) ? out : pastOnly;
}

export function extractBehavioursFrom(n: Normalised, c: CompiledPhrases): Found<Behaviour[]> | undefined {
  const matches = findBehaviours(n, c);
  if (matches.length === 0) return undefined;
  const found = new Set(matches.map((m) => m.behaviour));
  const value = BEHAVIOURS.filter((b) => found.has(b));

  // the person's words: each distinct phrase once, in message order
  const spans = [...matches].sort((a, b) => a.start - b.start || b.end - a.end);
  const merged: Span[] = [];
  for (const s of spans) {
    const last = merged[merged.length - 1];
    // join phrases a couple of words apart ("messaging" + "me on" + "Instagram")
    const gap = last ? n.text.slice(last.end, s.start) : '';
    c.clauseBoundary.lastIndex = 0;
    const near =
      last !== undefined &&
      (overlaps(last, s) || (/^[a-z' ]*$/.test(gap) && !c.clauseBoundary.test(gap) && gap.trim().split(/\s+/).filter(Boolean).length <= 2));
    if (last && near) last.end = Math.max(last.end, s.end);
    else merged.push({ start: s.start, end: s.end });
  }
  const text = merged.map((s) => originalText(n, s.start, s.end)).filter(Boolean).join('; ');
  return { value, text };
}
