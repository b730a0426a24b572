/**
 * Who is doing it: ex-partner, partner, family, work or study, neighbour, met online,
 * someone else they know (a landlord, a carer, a friend's partner, another parent), stranger, unknown. Rules are tried in priority order (en-GB.ts `relationships`); the first
 * that matches wins, so "my ex, who I met on Tinder" is an ex-partner.
 */
import type { Found, Relationship } from '../../dialogs/facts';
import type { CompiledPhrases } from './phrases';
import { clauseStart, originalText, type Normalised } from './normalise';
import { matchesIn } from './matches';

/**
 * The mention is a bystander or the target of the behaviour, not the person doing it:
 * "I told my mum", "he keeps messaging my sister", "my husband says I should call".
 */
const OBJECT_BEFORE =
  /\b(?:told|tell|tells|telling|asked|ask|asking|with|to|for|and|about|protect|protecting|worried about|scared for|afraid for|near|outside|round|at|of|follows|followed|following|messag\w*|text\w*|dm\w*|whatsapp\w*|call\w*|ring\w*|rang|phon\w*|contact\w*|e-?mail\w*|visit\w*|threaten\w*|sent|sends|send|sending|showed|shows|show|forwarded|hurt|kill|harm|attack\w*|like|than|behind|besides|supported by|helped by|look(?:s|ed|ing)? after|car(?:e|es|ed|ing) for|staying with|live with|living with|lives with|be|being|as|how|where|tagged|tags|tagging|tag|posing as|pretending to be|pretends to be|(?!(?:nothing|something|anything|everything|morning|evening|during|according|concerning|regarding|involving|including|thing|king|ring|sibling|darling|ceiling|building|wedding|pudding|ding|being)\b)[a-z]{3,}ing)\s+(?:all\s+)?$/;
const BYSTANDER_AFTER =
  /^(?:'s(?! (?:been|got|started|sent|put|gone|just|always|never|still|now|also|kept|left|become|taken|made|told|done|turned|moved|back|outside|at|in|on)\b)|s')|^'s (?:at work|out|away|not (?:home|in)|in (?:year \d+|reception|nursery|primary|secondary|(?:the )?(?:same )?class)|at (?:school|nursery|college|uni|primary|secondary))\b|^\s+(?:up|down|over|back|out|away) (?:in|at|on) [a-z]+ (?:says|said|thinks|thought|reckons|told me)\b|^\s+(?:(?:just|also|only|always|even) (?=says|said|thinks|told me|wants me to))?(?:and i(?! (?:are|have|'ve|been|live|still) (?:\w+ ){0,2}?(?:together|married|engaged)\b)|and me|says|said|thinks|thought|told me|suggested|is worried|was worried|is scared|helped|helps|knows|doesn't know|does not know|is supportive|has been supportive|has been great|noticed|saw it|has seen|wants me to|made me|gave me|found your|is here|is with me|was with me|will be (?:informed|told|contacted|sent (?:them|it|copies))|would be (?:informed|told)|(?:will|would|is going to|'ll) find out|called the police|rang the police|is (?:only |just )?\d+(?: years? old| yrs? old| yo)?,? (?:and|but) (?:her|his|their) \w+|and the kids|and kids|told (?:him|her|them)|has told (?:him|her|them)|confronted|spoke to (?:him|her|them)|has spoken to|went round|is (?:at work|out|away|home|working|on nights)|was (?:at work|out|away|working)|'s (?:at work|out|away)|isn't (?:home|in|around|there)|is not (?:home|in|around|there)|gets home|got home|comes home|came home|goes (?:out|to work)|left for work|works (?:nights|away|late|shifts)|say|answered|picked up|died|passed away|passed|(?:goes|go|went) to(?=\s*(?:[.,!?]|$|and\b|but\b|so\b))|(?:goes|go|went|started) (?:to )?(?:school|nursery|college|uni)|attends|(?:wants|wanted|is going|was going|offered) to (?:go round|go over|sort (?:him|her|them) out|have a word|confront|report|call|ring|speak|talk|deal))\b/;

/**
 * People named as the possessor of the one doing it ("my husband's brother", "my best mates boyfriend",
 * "my dads carer"): elsewhere in the message they are bystanders ("...when my husband is at work").
 */
const POSSESSOR =
  /\bmy ((?:best |close |old |late )?[a-z]+?)(?:'s|s'|s) (?:new |current |old |former |ex |previous |best |close )?(?:husband|wife|partner|boyfriend|girlfriend|fiance|fiancee|missus|brother|sister|mum|dad|mother|father|son|daughter|cousin|nephew|niece|uncle|aunt|auntie|carer|cleaner|childminder|babysitter|nanny|tenant|neighbour|colleague|teacher|coach|friend|mate|ex|landlord|lodger|boss)\b/g;

/** A verb right after the mention: it is the subject ("...and one of my clients won't leave me alone"). */
const SUBJECT_AFTER = /^\s+(?:has|have|keeps|kept|is|was|won't|wont|will not|started|starts|has been|'s been|became|has become|just|always|never|still|now|keeps on|found (?:my|me|out where)|got hold of|tracked (?:me|down)|turned up|showed up|(?:messaged|texted|called|rang|followed|added|contacted|emailed|sent) me)\b|^'s (?:been|started|become)\b/;
/** "me and my old best mate fell out and now she...", "me and my husband separated": the one they fell out with or left, not a bystander. */
const FELL_OUT_AFTER = /^\s+(?:separated|split up|split|broke up|divorced|got divorced|fell out|have fallen out|had a (?:falling out|fall out|fight|row|big row|argument)|stopped (?:talking|speaking|being friends)|aren't (?:friends|talking)|are not (?:friends|talking)|don't talk|don't speak|no longer (?:talk|speak))\b/;

/** "I cut contact with my mother last Christmas... since then she...": the one they cut off, not a bystander. */
const CUT_OFF_BEFORE = /\b(?:cut (?:off )?(?:all )?(?:contact|ties) with|went no contact with|gone no contact with|(?:stopped|stop) (?:all )?(?:talking|speaking) to|fell out with|(?:i|we) (?:blocked|cut off|disowned))\s+$/;

/** "I'm a nurse and a patient...": the writer's own job, then the one met through it. */
const OWN_JOB_AND = /\b(?:i'm|i am|im|i work as|i worked as) (?:a|an) (?:\w+ ){1,3}and (?:(?:a|an|one of my) )?$/;

/**
 * The mention is the subject of its clause: a verb follows, after at most an "of ..." or an aside between commas
 * ("...and my wife of forty years has become", "...and one of our regulars, an older man, has started").
 */
const CLAUSE_SUBJECT_AFTER =
  /^(?:,[^,.!?;]{1,40},|\s+(?:of|from|at|in|on|who|that)\b[^,.!?;]{0,30}?)?\s+(?:has|have|had|keeps|kept|will|would|won't|wont|just|always|never|still|started|starts|became|'s been|has been|is (?:always|constantly|now|still|being|very|so|getting|becoming)|was (?:always|constantly|being)|says|said|tells|told|texts|texted|rings|rang|calls|called|messages|messaged|sends|sent|turns up|turned up|follows|followed|threatens|threatened|won't)\b/;
/** "because I left my husband": the writer's own act given as the reason, not the one doing it. */
const REASON_BEFORE = /\b(?:because|cos|coz|cuz|cause|'cause)\s+$/;

/** "it's not my ex", "it isn't my husband": a person named to say it is not them. */
const NOT_THEM = /\b(?:not|isn't|it's not|wasn't|it wasn't)\s+$/;

export function extractRelationshipFrom(n: Normalised, c: CompiledPhrases): Found<Relationship> | undefined {
  const text = n.text;
  c.indirectPerson.lastIndex = 0;
  const indirect = [...text.matchAll(c.indirectPerson)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
  const possessors = new Set([...text.matchAll(POSSESSOR)].map((m) => m[1] as string));
  // "I'm writing on behalf of my mum ... Mum is terrified": the one they write for is a bystander everywhere
  const writtenFor = new Set([...matchesIn(text, c.bystanders.writingFor)].map((m) => m.groups?.who ?? ''));
  const possessorWords = new Set([...possessors].map((p) => /([a-z]+)$/.exec(p)?.[1] ?? p));
  // "think its someone from school but dont know who": a guess in a message that says it does not know
  const notKnown = c.bystanders.notKnown.test(text);
  // second pass: the first mention guarded away only weakly, when it is the subject of its clause
  let weak: Found<Relationship> | undefined;

  for (const { rule, patterns } of c.relationships) {
    for (const re of patterns) {
      for (const m of matchesIn(text, re)) {
        const start = m.index;
        const end = start + m[0].length;
        // "my husband's ex", "her new boyfriend": someone else's person
        if (indirect.some((i) => start > i.start && start < i.end)) continue;
        // "he is very angry because I left my husband": the writer's act given as the reason
        const cs1 = clauseStart(n, start);
        if (/^\s*(?:i|we)\b/.test(text.slice(cs1, start) + m[0]) && REASON_BEFORE.test(text.slice(Math.max(0, cs1 - 12), cs1 + 1))) continue;
        if (notKnown && c.bystanders.guessBefore.test(text.slice(Math.max(0, start - 40), start))) continue;
        if (rule.bystanderGuard) {
          const cs = clauseStart(n, start);
          // from just before the clause start, so a boundary word counts ("he calls me and my mum")
          const before = text.slice(Math.max(0, cs - 5), start);
          // "...and one of the regulars has become obsessed": after "and", a mention that a verb follows is the subject
          const after = text.slice(end, end + 30);
          // "i moved out cos of my stepdad": the reason is the one doing it
          const because = /\b(?:because|cos|coz|cuz|cause|'cause|due to) of\s+$|\bdue to\s+$/.test(text.slice(Math.max(0, start - 20), start));
          // "mum is terrified of my brother": the one feared
          const feared = c.bystanders.fearedBefore.test(text.slice(Math.max(0, start - 20), start));
          const cutOff = CUT_OFF_BEFORE.test(text.slice(Math.max(0, start - 40), start));
          // "I'm a support worker and a client I worked with...": after the writer's own job, the one they met through it
          const ownJob = OWN_JOB_AND.test(text.slice(Math.max(0, start - 50), start));
          const det0 = /(?:\b(?:my|our|a|an|the|this|some|one of (?:my|our|the)) )$/.exec(text.slice(Math.max(0, start - 16), start));
          const from0 = det0 ? start - det0[0].length : start;
          // the subject of its clause: only a joining word before it ("and", "but"), a verb after it
          const subject = /^\W*(?:(?:and|but|so|then|now|also|plus|n)\s+)?$/.test(text.slice(cs, from0)) && CLAUSE_SUBJECT_AFTER.test(text.slice(end, end + 60));
          const bystanderAfter = BYSTANDER_AFTER.test(text.slice(end, end + 40)) || c.bystanders.feelingAfter.test(text.slice(end, end + 60));
          if (!because && !feared && !cutOff && !ownJob && OBJECT_BEFORE.test(before) && !(/\band\s+$/.test(before) && (SUBJECT_AFTER.test(after) || FELL_OUT_AFTER.test(after)))) {
            // "...and my wife of forty years has become...": kept for the second pass
            if (!weak && subject && !bystanderAfter && /\band\s+$/.test(text.slice(Math.max(0, cs - 5), from0))) weak = found(n, text, rule.relationship, start, end);
            continue;
          }
          if (BYSTANDER_AFTER.test(text.slice(end, end + 40))) {
            // "my boyfriend says if i break up with him he'll...": what they say is the threat
            if (!weak && subject && c.bystanders.threatSaidAfter.test(text.slice(end, end + 40))) weak = found(n, text, rule.relationship, start, end);
            continue;
          }
          if (c.bystanders.feelingAfter.test(text.slice(end, end + 60))) continue;
          if (writtenFor.has(/([a-z]+)$/.exec(text.slice(start, end))?.[1] ?? '')) continue;
        }
        // include a leading "my" / "a" in the person's words ("my ex", not "ex")
        const det = /(?:\b(?:my|our|a|an|the|this|some) )$/.exec(text.slice(Math.max(0, start - 6), start));
        const from = det ? start - det[0].length : start;
        if (NOT_THEM.test(text.slice(Math.max(0, from - 12), from))) continue;
        // "my husband" after "my husband's brother": the possessor, not the one doing it
        const named = /^(?:my|our) (.+)$/.exec(text.slice(from, end));
        if (named && possessors.has(named[1] as string) && !/^(?:'s|s'|s)\b/.test(text.slice(end))) continue;
        // "My dad's former carer ... Dad has dementia": the possessor named without "my"
        if (!named && possessorWords.has(/([a-z]+)$/.exec(text.slice(from, end))?.[1] ?? '') && !/^(?:'s|s'|s)\b/.test(text.slice(end))) continue;
        return { value: rule.relationship, text: originalText(n, from, end) };
      }
    }
  }
  return weak;
}

function found(n: Normalised, text: string, value: Relationship, start: number, end: number): Found<Relationship> {
  const det = /(?:\b(?:my|our|a|an|the|this|some) )$/.exec(text.slice(Math.max(0, start - 6), start));
  const from = det ? start - det[0].length : start;
  return { value, text: originalText(n, from, end) };
}
