/**
 * Who is doing it: ex-partner, partner, family, work or study, neighbour, met online,
 * someone else they know (a landlord, a carer, a friend's partner, another parent), stranger, unknown.
 *
 * Each pattern of each rule (en-GB.ts `relationships`, in priority order) offers its first mention
 * that is not a bystander (the guards below); then `chooseMention` picks one: people name the one doing it first
 * and the people around them later ("a woman I work with ... my wife believes me"), so the earliest
 * mention wins, with the rules' priority deciding between mentions close together ("my ex, who I met
 * on Tinder" is an ex-partner). A mention said outright as who it is ("pretty sure it's the
 * neighbour") wins; so does one after an aside ends ("my boss will kill me if I'm late. anyway my
 * ex..."). A mention that names no one ("someone", "a man") gives way to a close one that does, and
 * to an ex or someone met online named anywhere ("Someone slashed my tyres. I know its my ex").
 */
import type { Found, Relationship } from '../../dialogs/facts';
import type { CompiledPhrases } from './phrases';
import { clauseStart, originalText, sentenceEnd, wordBeginningsOf, type Normalised } from './normalise';
import { matchesIn } from './matches';
import { patternsIndex } from '../text/prefilter';

// The English cue words (who is a bystander, who is the subject) are in the phrase set: en-GB.ts `bystanders`.

export function extractRelationshipFrom(n: Normalised, c: CompiledPhrases): Found<Relationship> | undefined {
  const text = n.text;
  c.indirectPerson.lastIndex = 0;
  const indirect = [...text.matchAll(c.indirectPerson)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
  const possessors = new Set([...text.matchAll(c.bystanders.possessor)].map((m) => m[1] as string));
  // "I'm writing on behalf of my mum ... Mum is terrified": the one they write for is a bystander everywhere
  const writtenFor = new Set([...matchesIn(text, c.bystanders.writingFor)].map((m) => m.groups?.who ?? ''));
  const possessorWords = new Set([...possessors].map((p) => /([a-z]+)$/.exec(p)?.[1] ?? p));
  // "think its someone from school but dont know who": a guess in a message that says it does not know
  const notKnown = c.bystanders.notKnown.test(text);
  // second pass: the first mention guarded away only weakly, when it is the subject of its clause
  let weak: Found<Relationship> | undefined;
  const mentions: Mention[] = [];

  // A pattern none of whose first words begins a word of the message cannot match: its regex is skipped.
  const mayMatch = patternsIndex(c.relationships, () => c.relationships.flatMap((r) => r.patterns)).mask(wordBeginningsOf(n));
  let k = 0;
  for (const [priority, { rule, patterns }] of c.relationships.entries()) {
    patterns: for (const re of patterns) {
      if (!mayMatch[k++]) continue;
      for (const m of matchesIn(text, re)) {
        const start = m.index;
        const end = start + m[0].length;
        // "my husband's ex", "her new boyfriend": someone else's person
        if (indirect.some((i) => start > i.start && start < i.end)) continue;
        // "im writing this for my nan ... her husband (my grandad)": the writer's word for their partner, not another one
        if (writtenFor.size > 0 && c.bystanders.glossBefore.test(text.slice(Math.max(0, start - 40), start))) continue;
        // "he is very angry because I left my husband": the writer's act given as the reason
        const cs1 = clauseStart(n, start);
        if (/^\s*(?:i|we)\b/.test(text.slice(cs1, start) + m[0]) && c.bystanders.reasonBefore.test(text.slice(Math.max(0, cs1 - 12), cs1 + 1))) continue;
        // "Ever since I left my wife her brothers have been threatening me": the ex in the separation that dates it, their
        // relatives the ones doing it (the wife there is no partner either)
        const sinceBefore = c.bystanders.separatedBefore.test(text.slice(Math.max(0, start - 40), start));
        if ((rule.relationship === 'exPartner' || rule.relationship === 'partner') && sinceBefore && c.bystanders.separatedTheirFamilyAfter.test(text.slice(end, end + 200))) continue;
        // (not a choice between two of one household: "not sure if it's the man at no. 14 or his son")
        if (notKnown && c.bystanders.guessBefore.test(text.slice(Math.max(0, start - 40), start)) && !c.bystanders.guessEitherAfter.test(text.slice(end, end + 40))) continue;
        // "pics from my ex's phone": the owner of what was taken, not the one doing it
        if (c.bystanders.sourceOwnerBefore.test(text.slice(Math.max(0, start - 12), start)) && c.bystanders.sourceOwnerAfter.test(text.slice(end, end + 30))) continue;
        // where the mention's sentence ends (read by the bystander checks below)
        const sentenceStop = sentenceEnd(text, end);
        let caredFor = false;
        if (rule.bystanderGuard) {
          const cs = clauseStart(n, start);
          // from just before the clause start, so a boundary word counts ("he calls me and my mum"), to the mention's own
          // "my" ("emails to my colleagues": a rule that matches "colleagues" alone)
          const ownMy = /\b(?:my|our) $/.exec(text.slice(Math.max(0, start - 4), start))?.[0].length ?? 0;
          const before = text.slice(Math.max(0, cs - 5), Math.max(cs, start - ownMy));
          // "...and one of the regulars has become obsessed": after "and", a mention that a verb follows is the subject
          const after = text.slice(end, end + 30);
          // "i moved out cos of my stepdad": the reason is the one doing it
          const because = /\b(?:because|cos|coz|cuz|cause|'cause|due to) of\s+$|\bdue to\s+$/.test(text.slice(Math.max(0, start - 20), start));
          // "mum is terrified of my brother": the one feared
          const feared = c.bystanders.fearedBefore.test(text.slice(Math.max(0, start - 20), start));
          const cutOff = c.bystanders.cutOffBefore.test(text.slice(Math.max(0, start - 40), start));
          // "Since I asked my landlord to sort the damp in September he's been coming round": the one asked, then doing it
          const asked = c.bystanders.askedBefore.test(text.slice(Math.max(0, start - 30), start)) && c.bystanders.askedThenAfter.test(text.slice(end, sentenceStop));
          // "I'm a support worker and a client I worked with...": after the writer's own job, the one they met through it
          const ownJob = c.bystanders.ownJobBefore.test(text.slice(Math.max(0, start - 50), start));
          // "I am writing about my son who is 45": the one the message is about
          const writtenAbout = c.bystanders.writtenAboutBefore.test(text.slice(Math.max(0, start - 40), start));
          // "a guy i play fortnite with who my little brother gave our address to": their relative in a clause about another
          const mine = ownMy > 0 || /^(?:my|our) /.test(text.slice(start, start + 4));
          if (mine && c.bystanders.relativeClauseBefore.test(text.slice(Math.max(0, start - ownMy - 8), start - ownMy))) continue;
          // "Me and my wife have had abuse from...": the two of them it happens to
          if (c.bystanders.withMeBefore.test(text.slice(Math.max(0, start - 12), start)) && c.bystanders.sufferedAfter.test(after)) continue;
          const from0 = mentionStart(text, start, true);
          // the subject of its clause: only a joining word before it ("and", "but"), a verb after it
          const subject = /^\W*(?:(?:and|but|so|then|now|also|plus|n)\s+)?$/.test(text.slice(cs, from0)) && c.bystanders.clauseSubjectAfter.test(text.slice(end, end + 60));
          const bystanderAfter = c.bystanders.after.test(text.slice(end, end + 40)) || c.bystanders.feelingAfter.test(text.slice(end, end + 60));
          // "a man who turned out to be my biological dad", "it's my neighbour": said outright as who it is
          const saidToBe = c.bystanders.identifiedBefore.test(text.slice(Math.max(0, from0 - 30), from0));
          if (!because && !feared && !cutOff && !asked && !ownJob && !writtenAbout && !saidToBe && c.bystanders.objectBefore.test(before) && !(/\band\s+$/.test(before) && (c.bystanders.subjectAfter.test(after) || c.bystanders.fellOutAfter.test(after)))) {
            // "...and my wife of forty years has become...": kept for the second pass
            if (!weak && subject && !bystanderAfter && /\band\s+$/.test(text.slice(Math.max(0, cs - 5), from0))) weak = found(n, text, rule.relationship, start, end);
            continue;
          }
          if (c.bystanders.after.test(text.slice(end, end + 40))) {
            // "my boyfriend says if i break up with him he'll...": what they say is the threat
            if (!weak && subject && c.bystanders.threatSaidAfter.test(text.slice(end, end + 40))) weak = found(n, text, rule.relationship, start, end);
            continue;
          }
          if (c.bystanders.feelingAfter.test(text.slice(end, end + 60))) continue;
          if (writtenFor.has(/([a-z]+)$/.exec(text.slice(start, end))?.[1] ?? '')) continue;
          // "My daughter has set this up for me", "My daughter in Plymouth made me write this": in its own sentence,
          // the one who sent them here
          if (c.bystanders.referredAfter.test(text.slice(end, sentenceStop))) continue;
          // "My daughter lives in Leeds and I don't like to worry her": far off, not the one doing it
          if (c.bystanders.livesAway.test(text.slice(start, sentenceStop))) continue;
          // "Mum is in a care home in Devon, she has dementia", "My son has Down's syndrome and goes to a day centre": the one
          // they care for or the story is about, the one doing it only when no one else is named
          caredFor = c.bystanders.caredFor.test(text.slice(start, sentenceStop));
        }
        const from = mentionStart(text, start);
        if (c.bystanders.notThemBefore.test(text.slice(Math.max(0, from - 24), from))) continue;
        if (c.bystanders.notThemAfter.test(text.slice(end, sentenceStop))) continue;
        // "my husband" after "my husband's brother": the possessor, not the one doing it
        const named = /^(?:my|our) (.+)$/.exec(text.slice(from, end));
        if (named && possessors.has(named[1] as string) && !/^(?:'s|s'|s)\b/.test(text.slice(end))) continue;
        // "My dad's former carer ... Dad has dementia": the possessor named without "my"
        if (!named && possessorWords.has(/([a-z]+)$/.exec(text.slice(from, end))?.[1] ?? '') && !/^(?:'s|s'|s)\b/.test(text.slice(end))) continue;
        const identified = Boolean(rule.throughTarget) || c.bystanders.identifiedBefore.test(text.slice(Math.max(0, from - 30), from));
        mentions.push({
          value: rule.relationship,
          priority,
          start,
          end,
          guarded: Boolean(rule.bystanderGuard),
          identified,
          decides: Boolean(rule.decidesAmongNoOne),
          notKnown: Boolean(rule.saysWhoIsNotKnown),
          onlyWhenNoOneElse: Boolean(rule.onlyWhenNoOneElse) || caredFor,
        });
        continue patterns; // the rule's first mention for this pattern
      }
    }
  }
  const chosen = chooseMention(text, mentions, asideEnd(text, c));
  return chosen ? found(n, text, chosen.value, chosen.start, chosen.end) : weak;
}

interface Mention {
  value: Relationship;
  /** The rule's place in the priority order (0 first). */
  priority: number;
  start: number;
  end: number;
  /** Its rule guards against bystanders (a partner, family, work...: people who are often only mentioned). */
  guarded: boolean;
  /** Said outright as who it is: "it's the neighbour", "he's a lad from my course". */
  identified: boolean;
  /** Among mentions that name no one, this one wins wherever it is (its rule's `decidesAmongNoOne`). */
  decides: boolean;
  /** The writer saying they do not know who it is (its rule's `saysWhoIsNotKnown`). */
  notKnown: boolean;
  /** Read only when no one else is named (its rule's `onlyWhenNoOneElse`). */
  onlyWhenNoOneElse: boolean;
}

/** Mentions this close after the first one, in its sentence, are read together with it: the rules' priority decides between them. */
const CLOSE_CHARS = 60;

/** Who names no one: "someone", "a man", "withheld numbers" (the two kinds of relationship that say nobody they know). */
const namesNoOne = (m: Mention) => m.value === 'unknown' || m.value === 'stranger';

/** The mention of the one doing it (see the header). */
function chooseMention(text: string, found: readonly Mention[], pointStart: number): Mention | undefined {
  const all = anyoneElseNamed(found);
  // after an aside ("... anyway"), only what is said after it
  const afterAside = all.filter((m) => m.start >= pointStart);
  const mentions = afterAside.length > 0 ? afterAside : all;
  const identified = mentions.filter((m) => m.identified);
  const pool = identified.length > 0 ? identified : mentions;
  const byPriority = [...pool].sort((a, b) => a.priority - b.priority || a.start - b.start);
  // the earliest (of two at one place, the one first in the rules' order: byPriority is in that order)
  const first = byPriority.reduce<Mention | undefined>((best, m) => (!best || m.start < best.start ? m : best), undefined);
  if (!first) return undefined;
  // in the same sentence and near: "my ex, who I met on Hinge" (not "a girl in my class ... My mum is worried")
  const close = (m: Mention) => m.start - first.start <= CLOSE_CHARS && !/[.!?\n]/.test(text.slice(first.end, m.start));
  if (namesNoOne(first)) {
    // an ex or someone met online named anywhere, unless the writer says they do not know who it is and it is not said to be
    // them ("Someone keeps messaging my girlfriend ... saying I cheated on my ex with her ... We genuinely have no idea who it
    // is", blind batch 196: 289 of the 290 blind stories saying they do not know who it is label it so)
    const saysNotKnown = mentions.some((m) => m.notKnown);
    // of those that name no one, the earliest ("someone has made fake tinder and facebook profiles using my pics ... so
    // random men keep ringing"), unless one decides ("Some man keeps ringing ... Won't give his name") or is close after it
    // and first in the rules' order ("I don't know who he is, never spoken to him")
    return (
      byPriority.find((m) => !namesNoOne(m) && (close(m) || (!m.guarded && (!saysNotKnown || m.identified)))) ??
      byPriority.find((m) => m.decides) ??
      byPriority.find((m) => namesNoOne(m) && close(m)) ??
      first
    );
  }
  const chosen = byPriority.find(close) ?? first;
  // "...emailed my manager and two colleagues. I have no idea who it is": a person named where people are often only
  // mentioned gives way to the writer saying they do not know who it is
  const notKnown = mentions.find((m) => m.notKnown);
  return notKnown && chosen.guarded && !chosen.identified ? notKnown : chosen;
}

/** The mentions without those read only when no one else is named, if anyone else is ("I'm married to a man ... my neighbour"). */
function anyoneElseNamed(mentions: readonly Mention[]): readonly Mention[] {
  const others = mentions.filter((m) => !m.onlyWhenNoOneElse);
  return others.length > 0 ? others : mentions;
}

/** An aside is a line or so at the start ("my boss will kill me if I'm late lol. anyway"); later, "anyway" goes on with the story. */
const ASIDE_WITHIN = 100;

/** Where the point starts after an aside at the start ("... anyway"), or 0. */
function asideEnd(text: string, c: CompiledPhrases): number {
  let end = 0;
  for (const m of matchesIn(text, c.bystanders.asideEnds)) if (m.index < ASIDE_WITHIN) end = m.index + m[0].length;
  return end;
}

/** Where the mention starts with its "my" / "a" ("my ex", not "ex"); `oneOf` also takes "one of my". */
function mentionStart(text: string, start: number, oneOf = false): number {
  const det = (oneOf ? /(?:\b(?:my|our|a|an|the|this|some|one of (?:my|our|the)) )$/ : /(?:\b(?:my|our|a|an|the|this|some) )$/).exec(
    text.slice(Math.max(0, start - (oneOf ? 16 : 6)), start),
  );
  return det ? start - det[0].length : start;
}

/** The person's words for a mention, with its "my" / "a". */
function found(n: Normalised, text: string, value: Relationship, start: number, end: number): Found<Relationship> {
  return { value, text: originalText(n, mentionStart(text, start), end) };
}
