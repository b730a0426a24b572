/**
 * How often it happens: "three times a day", "every night", "most days", "now and then",
 * "it stopped in May", "he doesn't call any more", "50 messages a day".
 */
import type { Found, Frequency, FrequencyBand } from '../../dialogs/facts';
import type { CompiledPhrases } from './phrases';
import type { Per } from './phrases/types';
import { clauseEnd, clauseStart, hedgeAfter, hedgeBefore, insideQuote, insideSingleQuote, originalText, overlaps, sentenceEnd, sentenceStart, type Normalised, type Span } from './normalise';
import { matchesIn } from './matches';

export interface FrequencyMatch extends Span {
  frequency: Frequency;
  kind: 'rate' | 'stoppedStrong' | 'stoppedWeak';
  /** For vague words that might be about feelings ("I'm scared all the time"). */
  needsContactContext?: boolean;
  /** Said by the days it happened: its words may be read as dates (FrequencyEntry.datesInside). */
  datesInside?: boolean;
  /** A count over a recent span ("twice in the last fortnight"): where the span's words end. */
  spanEnd?: number;
  /** Read only when no other rate is said (FrequencyEntry.onlyAlone: "rings me at all hours"). */
  onlyAlone?: boolean;
  /** A lull and then more ("nothing for weeks then 30 texts in one night"): the rates said with it are its bursts. */
  lull?: boolean;
}

const BAND_RANK: Record<FrequencyBand, number> = { stopped: 0, occasional: 1, fewWeekly: 2, daily: 3, severalDaily: 4 };
const EPS = 1e-9;
/** "since last Tuesday": a day of the last week, read as a week ago (the clock is not read here). */
const DAYS_SINCE_A_WEEKDAY = 7;

/**
 * Band for a rate in occurrences per day. A count said exactly ("4 times this month", "fourth time since Halloween")
 * of four a month is about once a week (blind writers label it so); a vague one ("a handful of times a month") is not.
 * Five a week is still a few times a week, not about every day (every blind writer who said "about 5", "4 or 5" or
 * "four or five times a week" labelled it so: batches 43, 47, 66, 78, 101, 112); six or more is daily. Five days
 * a week (`countsDays`: "five days a week he waits at the gate") is every working day: daily; "four or five nights
 * a week" is not (batch 113).
 */
export function bandForRate(perDay: number, exact = false, countsDays = false): FrequencyBand {
  if (perDay > 1 + EPS) return 'severalDaily';
  if (perDay > 5 / 7 + EPS || (countsDays && exact && perDay >= 5 / 7 - EPS)) return 'daily';
  if (perDay >= (exact ? 4 / 30 : 1 / 7) - EPS) return 'fewWeekly';
  return 'occasional';
}

interface ParsedNumber {
  value: number;
  /** "a few", "loads": no count is reported. */
  vague: boolean;
  /** "3 or 4", "two-three". */
  range: boolean;
}

function parseSingle(s: string, c: CompiledPhrases): ParsedNumber | undefined {
  const n = c.phrases.numbers;
  const t = s.trim();
  if (/^\d+(?:\.\d+)?$/.test(t)) return { value: Number(t), vague: false, range: false };
  if (t in n.exact) return { value: n.exact[t] as number, vague: false, range: false };
  if (t in n.vague) return { value: n.vague[t] as number, vague: true, range: false };
  if (t in n.multipliers) return { value: n.multipliers[t] as number, vague: false, range: false };
  const compound = /^([a-z]+)[- ]([a-z]+)$/.exec(t);
  if (compound) {
    const tens = n.tens[compound[1] as string];
    const units = n.units[compound[2] as string];
    if (tens !== undefined && units !== undefined) return { value: tens + units, vague: false, range: false };
  }
  return undefined;
}

/** "3", "three", "3-4", "two or three", "a couple of", "once or twice", "twenty-five". */
export function parseNumber(s: string, c: CompiledPhrases): ParsedNumber | undefined {
  const t = s.trim().replace(/\s+times$/, '');
  const single = parseSingle(t, c);
  if (single) return single;
  const parts = t.split(/\s*(?:-|\bto\b|\bor\b|\/)\s*/).filter(Boolean);
  // a day and month, not a range: "since I got home on 14/08 he WhatsApps every day" (blind batch 205; a range goes up and
  // is not written "08": "3/4 times a day")
  const slash = /^(\d{1,2})\/(\d{1,2})$/.exec(t);
  if (slash && (Number(slash[2]) <= Number(slash[1]) || (slash[2] as string).startsWith('0'))) return undefined;
  if (parts.length === 2) {
    const a = parseSingle(parts[0] as string, c);
    const b = parseSingle((parts[1] as string).replace(/\s+times$/, ''), c);
    if (a && b) return { value: Math.max(a.value, b.value), vague: a.vague || b.vague, range: true };
  }
  return undefined;
}

function rateFrequency(count: ParsedNumber, unitWord: string, c: CompiledPhrases, approximate: boolean, countsDays = false): Frequency | undefined {
  const unit = c.phrases.frequency.units[unitWord];
  if (!unit || !(count.value > 0) || !Number.isFinite(count.value)) return undefined;
  // (a range a month reports its upper count, as the span does: "3 or 4 times a month" is about weekly, as "3 or 4 times in the
  // last month" is; a range of days a week stays short of every day, "four or five nights a week")
  let band = bandForRate(count.value * unit.perDay, !count.vague && (!count.range || unit.per === 'month'), countsDays);
  // "many times a week", "lots of times each week": a few times a week, not more than daily - writers say "every day"
  // when it is (blind batch 185: "Many times each week"; not "dozens of times a week", nor "many times a day")
  if (count.vague && count.value <= 10 && unit.per === 'week' && (band === 'severalDaily' || band === 'daily')) band = 'fewWeekly';
  const f: Frequency = { band, approximate: approximate || count.vague || count.range };
  if (!count.vague && unit.per) {
    f.count = count.value;
    f.per = unit.per as Per;
  }
  return f;
}

function collect(re: RegExp, text: string): RegExpMatchArray[] {
  return [...matchesIn(text, re)];
}

/** All frequency statements in the message, overlapping ones resolved (longest wins). */
export function findFrequencies(n: Normalised, c: CompiledPhrases): FrequencyMatch[] {
  const f = c.frequency;
  const text = n.text;
  const found: FrequencyMatch[] = [];
  const push = (start: number, end: number, frequency: Frequency | undefined, kind: FrequencyMatch['kind'], flags: Pick<FrequencyMatch, 'needsContactContext' | 'datesInside' | 'spanEnd' | 'onlyAlone' | 'lull'> = {}) => {
    if (!frequency) return;
    // "a week later", "a day ago": not a rate (one said with "every" is: "every Sunday after the service")
    if (kind === 'rate' && !f.everyRate.test(text.slice(start, end)) && f.notRateAfter.test(text.slice(end, end + 24))) return;
    const before = text.slice(Math.max(0, start - 16), start);
    // "not every day, maybe twice a week": a rate said to be wrong
    if (kind === 'rate' && f.notThisOftenBefore.test(before)) return;
    // words of theirs quoted: "one had a card saying 'I see you every morning'" (blind batch 207) is what they wrote, not how
    // often they do it (as a date inside quotes is not the start: blind batch 203)
    if (kind === 'rate' && (insideQuote(text, { start, end }) || insideSingleQuote(text, { start, end }))) return;
    // "makes me share my location with him 24/7": how long a thing is kept on, not how often
    if (kind === 'rate' && f.keptOnBefore.test(text.slice(clauseStart(n, start), start))) return;
    // "since I stopped sending her money": the person's own stop, not theirs
    if (kind !== 'rate' && f.ownStopBefore.test(before) && f.stopWords.test(text.slice(start, end))) return;
    // "it just feels like every day": how it feels, a rate only when no other is said
    if (kind === 'rate' && f.feelsLikeBefore.test(text.slice(Math.max(0, start - 30), start))) flags = { ...flags, onlyAlone: true };
    found.push({
      start,
      end,
      frequency,
      kind,
      ...(flags.needsContactContext ? { needsContactContext: true } : {}),
      ...(flags.datesInside ? { datesInside: true } : {}),
      ...(flags.spanEnd !== undefined ? { spanEnd: flags.spanEnd } : {}),
      ...(flags.onlyAlone ? { onlyAlone: true } : {}),
      ...(flags.lull ? { lull: true } : {}),
    });
  };

  // "3 times a week", "twice a day"; "twice last week" is one week's count (approximate), and "last week" stays a date
  for (const [pattern, group] of [[f.counted, 'n'], [f.multiplied, 'm']] as const) {
    for (const m of collect(pattern, text)) {
      const g = m.groups ?? {};
      const count = parseNumber(g[group] ?? '', c);
      const unitWord = g.unit ?? c.phrases.frequency.adverbs[g.adv ?? ''] ?? '';
      if (!count) continue;
      const past = g.unit ? c.frequency.pastSpan.exec(m[0]) : null;
      const end = m.index! + (past ? past.index : m[0].length);
      const rate = rateFrequency(count, unitWord, c, past !== null);
      push(m.index!, end, past && rate ? { band: rate.band, approximate: true } : rate, 'rate');
    }
  }
  // a count and its unit: "20 texts a day", "5 times this month", "three nights a week"
  // (the bare count first: "a dozen a day" is twelve, not "a" dozen)
  for (const pattern of [f.bareCount, f.countedNoun, f.daysPer]) {
    for (const m of collect(pattern, text)) {
      const g = m.groups ?? {};
      const count = parseNumber(g.n ?? '', c);
      // "one came this morning", "another one last night": one on a single day is what happened, not a rate (unlike "5 this
      // morning", several that day, or "one this week")
      if (count && count.value === 1 && !count.range && c.phrases.frequency.units[g.unit ?? '']?.per === 'day' && /\b(?:this|last)\s+\w+$/.test(m[0])) continue;
      if (count) push(m.index!, m.index! + m[0].length, rateFrequency(count, g.unit ?? '', c, false, pattern === f.daysPer), 'rate');
    }
  }
  // "3 times in the last fortnight", "twice in the past 10 days": the count over that span
  for (const m of collect(f.inSpan, text)) {
    const g = m.groups ?? {};
    const count = parseNumber(g.n ?? '', c);
    const spanWord = g.k ?? g.k2;
    const span = spanWord ? parseNumber(spanWord, c) : { value: 1, vague: false, range: false };
    const unitWord = (g.unit ?? '').replace(/s$/, '');
    const unit = c.phrases.frequency.units[unitWord];
    if (!count || !span || !unit || !(count.value > 0) || !(span.value > 0)) continue;
    // the span stays a date ("in the last 2 weeks" is also when it started): only the count is the rate's words
    const countEnd = m[0].search(/ (?:in|over|during|within) the /);
    // a count said (not "a few") over one month is as a month's rate: four is about once a week ("four times in the past month",
    // "3 or 4 times in the last month": blind batches 157 and 196, as "4 times this month" already was)
    const exact = !count.vague && !span.vague && !span.range && span.value === 1 && unit.per === 'month';
    push(m.index!, m.index! + (countEnd > 0 ? countEnd : m[0].length), { band: bandForRate((count.value * unit.perDay) / span.value, exact), approximate: true }, 'rate', {
      spanEnd: m.index! + m[0].length,
    });
  }
  // "Since last Tuesday he's rung me 4 times": a week's worth at most; the day stays a date
  for (const m of collect(f.countSinceDay, text)) {
    const count = parseNumber(m.groups?.n ?? m.groups?.n2 ?? '', c);
    if (!count || !(count.value > 0)) continue;
    push(m.index!, m.index! + m[0].length, { band: bandForRate(count.value / DAYS_SINCE_A_WEEKDAY), approximate: true }, 'rate', { datesInside: true });
  }
  // "Men have been turning up at my door - 3 came last week": that many a week; "last week" stays a date
  for (const m of collect(f.countLastWeek, text)) {
    const count = parseNumber(m.groups?.n ?? '', c);
    if (!count || !(count.value > 0)) continue;
    push(m.index!, m.index! + m[0].trimEnd().length, { band: bandForRate(count.value / 7), approximate: true }, 'rate');
  }
  // "nothing for weeks then bam 30 texts in one night": bursts with lulls between, occasional
  for (const m of collect(f.lullThen, text)) push(m.index!, m.index! + m[0].length, { band: 'occasional', approximate: true }, 'rate', { lull: true });
  // "In October alone he came 9 times", "94 in October": a month's count (only the count is the rate's words: the month stays a date)
  for (const m of collect(f.countInMonth, text)) {
    const g = m.groups ?? {};
    const said = g.c ?? g.c2 ?? '';
    const count = parseNumber((g.n ?? g.n2 ?? '').replace(/^twice$/, '2'), c);
    if (!count || !(count.value > 0) || !said) continue;
    const at = m.index! + (g.c !== undefined ? m[0].lastIndexOf(said) : m[0].indexOf(said));
    push(at, at + said.length, { band: bandForRate(count.value / 30, !count.vague && !count.range), approximate: true }, 'rate');
  }
  for (const m of collect(f.everyN, text)) {
    const g = m.groups ?? {};
    const word = g.n ?? '';
    const every = c.phrases.frequency.everyN[word];
    const interval = every ? { value: every[0], approx: every[1] } : (() => {
      const p = parseNumber(word, c);
      return p ? { value: p.value, approx: p.vague || p.range } : undefined;
    })();
    const unit = c.phrases.frequency.units[g.unit ?? ''];
    if (!interval || !unit || !(interval.value > 0)) continue;
    const frequency: Frequency = { band: bandForRate(unit.perDay / interval.value), approximate: interval.approx };
    push(m.index!, m.index! + m[0].length, frequency, 'rate');
  }
  for (const { entry, re } of f.lexicon) {
    for (const m of collect(re, text)) {
      const frequency: Frequency = { band: entry.band, approximate: entry.approximate };
      if (entry.count !== undefined && entry.per) {
        frequency.count = entry.count;
        frequency.per = entry.per;
      }
      push(m.index!, m.index! + m[0].length, frequency, 'rate', entry);
    }
  }
  for (const re of f.stoppedStrong) {
    for (const m of collect(re, text)) push(m.index!, m.index! + m[0].length, { band: 'stopped', approximate: false }, 'stoppedStrong');
  }
  for (const re of f.stoppedWeak) {
    for (const m of collect(re, text)) push(m.index!, m.index! + m[0].length, { band: 'stopped', approximate: false }, 'stoppedWeak');
  }

  // longest first; drop anything overlapping an already kept match
  found.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: FrequencyMatch[] = [];
  for (const m of found) if (!kept.some((k) => overlaps(k, m))) kept.push(m);
  kept.sort((a, b) => a.start - b.start);

  // a rate corrected by the next one: "Every day - well not every day, 2 or 3 times a week" (the denial is a rate of its
  // own, "not every day", read only alone)
  const corrected = new Set(kept.filter((m, i) => {
    const next = kept[i + 1];
    return m.kind === 'rate' && next?.kind === 'rate' && f.correctedBetween.test(text.slice(m.end, next.start));
  }));
  const read = kept.filter((m) => !corrected.has(m));

  // hedges: "about 3 times a week", "twice a day or so"
  for (const m of read) {
    const hb = hedgeBefore(n, m.start, c);
    const ha = hedgeAfter(n, m.end, c);
    if (m.kind === 'rate' && (hb >= 0 || ha >= 0)) m.frequency = { ...m.frequency, approximate: true };
    if (hb >= 0) m.start = hb;
    if (ha >= 0) m.end = ha;
  }
  return read;
}

/** Is this vague word about the contact, or about how the person feels ("I'm scared all the time")? */
function aboutContact(n: Normalised, m: FrequencyMatch, c: CompiledPhrases): boolean {
  const cs = clauseStart(n, m.start);
  const clause = n.text.slice(cs, clauseEnd(n, m.end));
  if (c.frequency.contactWords.test(clause)) return true;
  const prefix = n.text.slice(cs, m.start);
  if (c.frequency.feelingBefore.test(prefix)) return false;
  const first = lastMatch(prefix, c.frequency.firstPersonSubject);
  const third = lastMatch(prefix, c.frequency.thirdPersonSubject);
  return !(first !== undefined && first.index! > (third?.index ?? -1));
}

/** The last match of a global pattern in the text. */
function lastMatch(text: string, re: RegExp): RegExpMatchArray | undefined {
  let last: RegExpMatchArray | undefined;
  for (const m of text.matchAll(re)) last = m;
  return last;
}

/**
 * A rate of something the writer does, not of the contact: "I still check every morning" (not "I get something from
 * him most weeks", what they receive).
 */
function writersOwnHabit(n: Normalised, m: FrequencyMatch, c: CompiledPhrases): boolean {
  if (aboutContact(n, m, c)) return false;
  const prefix = n.text.slice(clauseStart(n, m.start), m.start);
  const subject = lastMatch(prefix, c.frequency.firstPersonSubject);
  return subject !== undefined && !c.receiving.test(prefix.slice(subject.index! + subject[0].length));
}

/** Pick the frequency that describes the contact now. */
export function chooseFrequency(n: Normalised, matches: FrequencyMatch[], c: CompiledPhrases): FrequencyMatch | undefined {
  const aboutIt = matches.filter((m) => m.kind === 'rate' && (!m.needsContactContext || aboutContact(n, m, c)));
  // "rings me at all hours": at any time of day, several a day only when no other rate is said
  const contactRates = aboutIt.some((m) => !m.onlyAlone) ? aboutIt.filter((m) => !m.onlyAlone) : aboutIt;
  // the children's time with a parent gives way to any other rate ("has the kids every other weekend ... the texts are
  // constant"); alone, it is how often it happens ("every time I have them she turns up")
  const arrangement = (m: FrequencyMatch) => c.frequency.childArrangement.test(n.text.slice(clauseStart(n, m.start), m.start));
  const rates = contactRates.some((m) => !arrangement(m)) ? contactRates.filter((m) => !arrangement(m)) : contactRates;
  const strong = matches.filter((m) => m.kind === 'stoppedStrong');
  const weak = matches.filter((m) => m.kind === 'stoppedWeak');
  if (rates.length === 0) return strong[strong.length - 1] ?? weak[weak.length - 1];

  const clauseOf = (m: FrequencyMatch) => n.text.slice(clauseStart(n, m.start), clauseEnd(n, m.end));
  // a clause that goes on the verb of the one before ("my ex was phoning | and texting me constantly") has its tense
  const verbClauseStart = (pos: number) => {
    const cs = clauseStart(n, pos);
    return cs > 0 && c.frequency.verbGoesOnJoin.test(n.text.slice(Math.max(0, cs - 5), cs)) && c.frequency.verbGoesOnStart.test(n.text.slice(cs, pos))
      ? clauseStart(n, cs - 1)
      : cs;
  };
  const saidPast = (m: FrequencyMatch) =>
    c.frequency.pastHabit.test(n.text.slice(verbClauseStart(m.start), m.start)) || c.frequency.pastLead.test(n.text.slice(sentenceStart(n.text, m.start), m.start));
  // "was sending me messages every day, sometimes really late at night": a rate after a comma with no words of its own
  // before it says more of the past rate just before it in the sentence
  const addsToPast = (m: FrequencyMatch) => {
    const cs = clauseStart(n, m.start);
    if (!/^\s*$/.test(n.text.slice(cs, m.start)) || !/,\s*$/.test(n.text.slice(Math.max(0, cs - 3), cs))) return false;
    const from = sentenceStart(n.text, m.start);
    const before = rates.filter((o) => o !== m && o.start >= from && o.end <= cs);
    const last = before[before.length - 1];
    return last !== undefined && n.text.slice(last.end, cs).trim() === ',' && saidPast(last);
  };
  const isPast = (m: FrequencyMatch) => saidPast(m) || addsToPast(m);
  // "now", "still", "in the last 2 weeks" said around the rate; a count's own "this week" ("30+ a day, and she's been at my
  // door twice this week") is how many so far this week, not a newer habit than the other rate; nor is a count's own span
  // ("texts 30 or 40 a day ... turned up twice in the last fortnight"), when a rate said with its count is higher; with
  // none, the span is how it is now ("I see him on the bus every morning ... 4 times in the last 2 weeks")
  const topCountedRank = Math.max(-1, ...rates.filter((o) => o.frequency.count !== undefined).map((o) => BAND_RANK[o.frequency.band]));
  const isCurrent = (m: FrequencyMatch) => {
    if (m.spanEnd !== undefined && topCountedRank <= BAND_RANK[m.frequency.band]) return true;
    const cs = clauseStart(n, m.start);
    const after = m.spanEnd ?? m.end;
    const ce = clauseEnd(n, after);
    return c.frequency.current.test(`${n.text.slice(cs, m.start)} \u0000 ${n.text.slice(after, ce)}`);
  };
  const present = rates.filter((m) => !isPast(m));
  const current = present.length > 0 ? present : rates;
  // "If I'm late she calls non stop. ... It's every day": a vague "non stop" in another sentence than a
  // rate they say is how hard it is when it happens, not how often; in the same sentence both count
  const sentenceOf = (m: FrequencyMatch) => sentenceStart(n.text, m.start);
  const said = current.filter((m) => !m.needsContactContext);
  const saidTogether = said.length > 0
    ? current.filter((m) => !m.needsContactContext || said.some((s) => sentenceOf(s) === sentenceOf(m)))
    : current;
  // "nothin for weeks then bam 30 odd txts in one nite": the rates said in a lull's sentence are its bursts; a lull is read
  // only when every other rate is one of them (not "It goes quiet for months then starts again. Recently he has been driving
  // past, several times a week", nor one said as how it is now: "nothing for weeks then he started again and now he texts
  // every day")
  const lulls = saidTogether.filter((m) => m.lull);
  const inLull = (m: FrequencyMatch) => lulls.some((l) => sentenceOf(l) === sentenceOf(m));
  const notBurst = lulls.length > 0 && saidTogether.every((m) => m.lull || (inLull(m) && !isCurrent(m)))
    ? lulls
    : saidTogether.filter((m) => !m.lull);
  const plain = notBurst.filter((m) => !burstOnOccasion(n, m, notBurst, c));
  const candidates = plain.length > 0 ? plain : notBurst;

  const lastStop = strong[strong.length - 1];
  // "It was every day but it's stopped now": a stop after everything else (or after only past habits) wins; so does one
  // followed only by a habit of the writer's own ("I haven't had any since September but I still check every morning")
  if (lastStop && (present.length === 0 || candidates.every((m) => m.start < lastStop.start || writersOwnHabit(n, m, c)))) return lastStop;

  // "There's a man who gets on my bus at the same stop every morning. ... It's a couple of times a week.": a count said of
  // the whole, in a sentence that starts with it, over the routine told elsewhere (every rate of that sentence: "Its every
  // weekend and most nights in between" is most nights)
  const wholeSentence = (m: FrequencyMatch) => {
    const from = sentenceStart(n.text, m.start);
    const first = candidates.find((o) => o.start >= from && o.start <= m.start);
    return first !== undefined && c.frequency.saidOfWholeBefore.test(n.text.slice(from, first.start));
  };
  const ofWhole = (m: FrequencyMatch) =>
    wholeSentence(m) && candidates.some((o) => o.frequency.count !== undefined && sentenceStart(n.text, o.start) === sentenceStart(n.text, m.start) && wholeSentence(o));
  const chosen = [...candidates].sort(
    (a, b) =>
      Number(isCurrent(b)) - Number(isCurrent(a)) ||
      Number(ofWhole(b)) - Number(ofWhole(a)) ||
      BAND_RANK[b.frequency.band] - BAND_RANK[a.frequency.band] ||
      Number(b.frequency.count !== undefined) - Number(a.frequency.count !== undefined) ||
      a.start - b.start,
  )[0];
  return chosen && countEachOccasion(n, countedForOccasion(n, chosen, candidates, c), candidates, c);
}

/**
 * "comes in every shift im on ... hes in like 4 or 5 times a week": each of the writer's occasions (a shift, a school day)
 * is as often as those occasions are, and a count a week said elsewhere of it says how often that is (not a count a day:
 * "every shift, 3 or 4 calls a day" is the calls each time).
 */
function countedForOccasion(n: Normalised, chosen: FrequencyMatch, candidates: readonly FrequencyMatch[], c: CompiledPhrases): FrequencyMatch {
  if (chosen.frequency.count !== undefined || !c.frequency.everyOccasion.test(n.text.slice(chosen.start, chosen.end + OCCASION_WORDS_AFTER))) return chosen;
  // not how often the writer works ("every shift. i work 3 days a week": fromOwnSchedule reads that)
  const own = [c.frequency.ownSchedule, c.frequency.ownScheduleAside, c.frequency.ownScheduleDays, c.frequency.ownScheduleRange].flatMap((re) =>
    [...matchesIn(n.text, re)].map((m) => ({ start: m.index, end: m.index + m[0].length })),
  );
  return candidates.find((m) => m !== chosen && m.frequency.count !== undefined && m.frequency.per === 'week' && !own.some((o) => overlaps(o, m))) ?? chosen;
}

/**
 * "if I go out without him he bombards me with texts": a burst with no count, on an outing of theirs, with no rate said of
 * that outing itself ("When I'm out he messages me constantly, every day" is several a day).
 */
function burstOnOccasion(n: Normalised, m: FrequencyMatch, rates: readonly FrequencyMatch[], c: CompiledPhrases): boolean {
  if (m.frequency.band !== 'severalDaily' || m.frequency.count !== undefined) return false;
  const from = sentenceStart(n.text, m.start);
  const occasion = c.frequency.onOccasionBefore.exec(n.text.slice(from, m.start));
  if (!occasion) return false;
  const saidOfIt = { start: from + occasion.index, end: sentenceEnd(n.text, m.end) };
  return !rates.some((o) => o !== m && o.start >= saidOfIt.start && o.start < saidOfIt.end);
}

/** The occasion a daily rate says is every one ("night" in "every night"), if any. */
function occasionOf(n: Normalised, m: FrequencyMatch, c: CompiledPhrases): string | undefined {
  return c.frequency.occasion.exec(n.text.slice(m.start, m.end))?.[1];
}

/**
 * "texts me dozens of times a night ... the texts are every night now": "every night now" says which nights, the count
 * how many each night; together, several a day. Only for a daily rate with no count and a count said of the same
 * occasion that is not past (not "it used to be 20 times a day, now it's every day").
 */
function countEachOccasion(n: Normalised, chosen: FrequencyMatch, present: readonly FrequencyMatch[], c: CompiledPhrases): FrequencyMatch {
  if (chosen.frequency.band !== 'daily' || chosen.frequency.count !== undefined) return chosen;
  const occasion = occasionOf(n, chosen, c);
  if (occasion === undefined) return chosen;
  return (
    present.find((m) => m !== chosen && m.frequency.band === 'severalDaily' && c.frequency.countPerOccasion.exec(n.text.slice(m.start, m.end))?.[1] === occasion) ??
    chosen
  );
}

/**
 * A count so far ("he came back 3 or 4 times", "there have been four since the end of August"): with
 * the day it started, a rate. Read only when nothing else in the message says how often.
 */
export function frequencyFromCountSoFar(n: Normalised, c: CompiledPhrases, days: number): Found<Frequency> | undefined {
  if (!(days >= 1)) return undefined;
  for (const m of matchesIn(n.text, c.frequency.countSoFar)) {
    const more = m.groups?.r;
    const words = m.groups?.cl ?? m.groups?.n ?? m.groups?.m ?? m.groups?.t ?? m.groups?.h ?? m.groups?.o ?? m.groups?.big ?? more;
    const ordinal = m.groups?.ord !== undefined ? c.phrases.numbers.ordinals?.[m.groups.ord] : undefined;
    const count = ordinal !== undefined ? { value: ordinal, vague: false, range: false } : words ? parseNumber(words, c) : undefined;
    if (!count || !(count.value > 0)) continue;
    // when the start is the first time, it opens the span: two times are one gap ("twice, first time Saturday 21st"); three
    // or more are counted over the span as they are ("followed me three times ... the first time was Wednesday 11th", "there
    // have been 4 now": about weekly, as 6 of the 7 blind stories with it label - blind batch 198); "N more since" and
    // "twice since" are N after the first
    const after = n.text.slice(m.index + m[0].length);
    const gaps = more === undefined && count.value < 3 && !/^\s+(?:more )?since\b/.test(after) && c.frequency.firstTime.test(n.text) ? Math.max(1, count.value - 1) : count.value;
    return { value: { band: bandForRate(gaps / days, !count.vague && !count.range), approximate: true }, text: originalText(n, m.index, m.index + m[0].length) };
  }
  return undefined;
}

/**
 * "he rings me about ten times ... This is every day now": a daily habit of several each time. A count of messages sent
 * ("Every day when I'm at work he sends something like 50 messages") is so only with a rate said of every day, not "if i
 * turn it off he sends like 50 messages. happens most days" (the day's peak).
 */
function severalEachTime(n: Normalised, c: CompiledPhrases, chosen: FrequencyMatch): boolean {
  const everyDay = c.frequency.occasion.test(n.text.slice(chosen.start, chosen.end));
  for (const m of matchesIn(n.text, c.frequency.perOccasion)) {
    const count = parseNumber(m.groups?.n ?? '', c);
    if (count && count.value > 1 && (/\btimes$/.test(m[0]) || everyDay)) return true;
  }
  return false;
}

/** How many characters after a rate are read for the occasion it names ("most nights | I work"). */
const OCCASION_WORDS_AFTER = 24;

/**
 * "keeps sending me snapchats every shift ... I do 4 nights a week": each time they work is how often, and
 * they say how often they work. The most days a week counted is 7.
 */
function fromOwnSchedule(n: Normalised, c: CompiledPhrases, chosen: FrequencyMatch): Found<Frequency> | undefined {
  // the rate and the few words after it ("most nights | I work")
  if (!c.frequency.everyOccasion.test(n.text.slice(chosen.start, chosen.end + OCCASION_WORDS_AFTER))) return undefined;
  for (const m of [...matchesIn(n.text, c.frequency.ownSchedule), ...matchesIn(n.text, c.frequency.ownScheduleAside)]) {
    const count = parseNumber(m.groups?.n ?? '', c);
    if (!count || !(count.value > 0 && count.value <= 7)) continue;
    const frequency = rateFrequency(count, 'week', c, true);
    if (frequency) return { value: frequency, text: originalText(n, m.index, m.index + m[0].length) };
  }
  for (const m of matchesIn(n.text, c.frequency.ownScheduleDays)) {
    // each day by its first three letters: "tuesdays", "tues" and "tue" are one day
    const days = new Set(c.phrases.dates.weekdays.filter((d) => new RegExp(`\\b${d.slice(0, 3)}`).test(m.groups?.days ?? '')));
    const frequency = days.size > 0 ? rateFrequency({ value: days.size, vague: false, range: false }, 'week', c, true, true) : undefined;
    if (frequency) return { value: frequency, text: originalText(n, m.index, m.index + m[0].length) };
  }
  for (const m of matchesIn(n.text, c.frequency.ownScheduleRange)) {
    const weekdays = c.phrases.dates.weekdays;
    const from = weekdays.findIndex((d) => d.startsWith((m.groups?.from ?? '').slice(0, 3)));
    const to = weekdays.findIndex((d) => d.startsWith((m.groups?.to ?? '').slice(0, 3)));
    if (from < 0 || to < 0) continue;
    const days = ((to - from + 7) % 7) + 1;
    const frequency = rateFrequency({ value: days, vague: false, range: false }, 'week', c, true, true);
    if (frequency) return { value: frequency, text: originalText(n, m.index, m.index + m[0].length) };
  }
  return undefined;
}

/**
 * "its every time i go tbh, which is tues thurs sat": each occasion of theirs, said with no rate of its own, is how often
 * when they say how often those occasions are.
 */
function eachOccasionAlone(n: Normalised, c: CompiledPhrases): Found<Frequency> | undefined {
  const m = c.frequency.everyOccasion.exec(n.text);
  return m ? fromOwnSchedule(n, c, { start: m.index, end: m.index + m[0].length, frequency: { band: 'fewWeekly', approximate: true }, kind: 'rate' }) : undefined;
}

export function extractFrequencyFrom(n: Normalised, c: CompiledPhrases, matches?: FrequencyMatch[]): Found<Frequency> | undefined {
  const chosen = chooseFrequency(n, matches ?? findFrequencies(n, c), c);
  if (!chosen) return eachOccasionAlone(n, c);
  const scheduled = fromOwnSchedule(n, c, chosen);
  if (scheduled) return scheduled;
  if (chosen.frequency.band === 'daily' && severalEachTime(n, c, chosen)) {
    return { value: { band: 'severalDaily', approximate: true }, text: originalText(n, chosen.start, chosen.end) };
  }
  return { value: chosen.frequency, text: originalText(n, chosen.start, chosen.end) };
}
