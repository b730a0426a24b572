/**
 * Phrase sets per locale, compiled once. A locale without its own set is read with the default's
 * (the helpline is British; the date recognizer is always run day-first), picked by the one
 * locale resolver (src/i18n/locale.ts).
 */
import { DEFAULT_LOCALE, pickLocale } from '../../i18n/locale';
import { enGB } from './en-GB';
import type { BehaviourRule, DateContextPhrases, FrequencyEntry, HolidayDay, PhraseSet, RelationshipRule } from './types';

export type { PhraseSet } from './types';

const LOCALES: Record<string, PhraseSet> = { [DEFAULT_LOCALE]: enGB };
export { DEFAULT_LOCALE };

export interface CompiledPhrases {
  phrases: PhraseSet;
  phraseReplacements: [RegExp, string][];
  /** Whole-word replacements: `normalise.words` plus the g-dropped forms of `normalise.droppedG`. */
  words: Map<string, string>;
  fuzzyExclude: Set<string>;
  fuzzyKeywords: Set<string>;
  clauseBoundary: RegExp;
  negators: RegExp;
  notNegation: RegExp[];
  newSubject: RegExp;
  saidCarriesOver: RegExp;
  saidBefore: RegExp;
  visitAnnounced: RegExp;
  visitCarriesOver: RegExp;
  conditionThen: RegExp;
  firstPerson: RegExp;
  receiving: RegExp;
  hypothetical: RegExp;
  fearedOnly: RegExp;
  othersSent: RegExp;
  selfAction: RegExp;
  hedgeBefore: RegExp;
  hedgeAfter: RegExp;
  vague: RegExp;
  behaviours: { rule: BehaviourRule; patterns: RegExp[] }[];
  relationships: { rule: RelationshipRule; patterns: RegExp[] }[];
  indirectPerson: RegExp;
  bystanders: { writingFor: RegExp; glossBefore: RegExp; referredAfter: RegExp; livesAway: RegExp; caredFor: RegExp; feelingAfter: RegExp; fearedBefore: RegExp; threatSaidAfter: RegExp; guessBefore: RegExp; guessEitherAfter: RegExp; sourceOwnerBefore: RegExp; sourceOwnerAfter: RegExp; notKnown: RegExp; objectBefore: RegExp; after: RegExp; possessor: RegExp; subjectAfter: RegExp; fellOutAfter: RegExp; cutOffBefore: RegExp; askedBefore: RegExp; askedThenAfter: RegExp; relativeClauseBefore: RegExp; withMeBefore: RegExp; writtenAboutBefore: RegExp; sufferedAfter: RegExp; ownJobBefore: RegExp; clauseSubjectAfter: RegExp; reasonBefore: RegExp; separatedTheirFamilyAfter: RegExp; separatedBefore: RegExp; notThemBefore: RegExp; notThemAfter: RegExp; identifiedBefore: RegExp; asideEnds: RegExp; };
  frequency: {
    lexicon: { entry: FrequencyEntry; re: RegExp }[];
    counted: RegExp;
    multiplied: RegExp;
    countedNoun: RegExp;
    bareCount: RegExp;
    /** "three or four nights a week". */
    daysPer: RegExp;
    everyN: RegExp;
    stoppedStrong: RegExp[];
    stoppedWeak: RegExp[];
    countSoFar: RegExp;
    everyOccasion: RegExp;
    ownSchedule: RegExp;
    ownScheduleDays: RegExp;
    ownScheduleRange: RegExp;
    inSpan: RegExp;
    countSinceDay: RegExp;
    countLastWeek: RegExp;
    lullThen: RegExp;
    countInMonth: RegExp;
    firstTime: RegExp;
    perOccasion: RegExp;
    pastHabit: RegExp;
    pastLead: RegExp;
    occasion: RegExp;
    countPerOccasion: RegExp;
    verbGoesOnJoin: RegExp;
    verbGoesOnStart: RegExp;
    ownScheduleAside: RegExp;
    pastSpan: RegExp;
    notRateAfter: RegExp;
    everyRate: RegExp;
    notThisOftenBefore: RegExp;
    feelsLikeBefore: RegExp;
    correctedBetween: RegExp;
    ownStopBefore: RegExp;
    stopWords: RegExp;
    current: RegExp;
    contactWords: RegExp;
    firstPersonSubject: RegExp;
    thirdPersonSubject: RegExp;
    childArrangement: RegExp;
    onOccasionBefore: RegExp;
    keptOnBefore: RegExp;
    saidOfWholeBefore: RegExp;
    feelingBefore: RegExp;
    numberRe: string;
  };
  dates: {
    cue: RegExp;
    cueAll: RegExp;
    startCues: RegExp;
    strongStartCues: RegExp;
    sinceThen: RegExp;
    eventReference: RegExp;
    /** Each family's words and a pattern that finds any of them. */
    eventFamilies: { words: Set<string>; re: RegExp }[];
    agent: RegExp;
    notStart: RegExp;
    nonIncident: RegExp;
    durationBlockers: RegExp;
    ownDuration: RegExp;
    ageAfter: RegExp;
    holidayPlanBefore: RegExp;
    holidayBeforeLast: RegExp;
    holidaysAgo: RegExp;
    dayMonthSlash: RegExp;
    dayMonthDot: RegExp;
    holidayPlanClause: RegExp;
    thingsNamedForTimes: { said?: RegExp; after: RegExp }[];
    moneyBefore: RegExp;
    moneyAfter: RegExp;
    leadIn: RegExp;
    holidays: { re: RegExp; month?: number; day?: number; easterOffset?: number; days?: HolidayDay[]; approximate?: boolean }[];
    vagueDurations: { re: RegExp; unit: 'D' | 'W' | 'M' | 'Y'; amount: number }[];
    pastPeriods: { re: RegExp; unit: 'D' | 'W' | 'M' | 'Y'; amount: number }[];
    dayOfMonth: RegExp;
    monthBeforeDay: RegExp;
    weekdayDayOfMonth: RegExp;
    beforeLast: RegExp;
    weekendJustGone: RegExp;
    shortWeekday: RegExp;
    lastWeekday: RegExp;
    lastMonth: RegExp;
    lastSeason: RegExp;
    season: RegExp;
    holidayYear: RegExp;
    holidayYearBefore: RegExp;
    dayOfThisMonth: RegExp;
    sinceAge: RegExp;
    ageNow: RegExp;
    dayMonthLastYear: RegExp;
    partOfMonthWithYear: { re: RegExp; days: Record<string, number> };
    yearGroup: RegExp;
    schoolYearNow: RegExp;
    schoolYearIn: RegExp;
    seasonOfLastYear: RegExp;
    seasonParts: { re: RegExp; months: number }[];
    partOfYear: { re: RegExp; months: Record<string, number> };
    coarseAgo: RegExp;
    bareDay: RegExp;
    inYears: RegExp;
    yearsOfIt: RegExp;
    hedgeOlder: RegExp;
    hedgeYounger: RegExp;
    context: Record<keyof DateContextPhrases, RegExp>;
  };
}

const cache = new Map<string, CompiledPhrases>();

/**
 * `{NAME}` -> the macro's body in a non-capturing group. A name no macro has is an error, not a literal
 * "{NAME}" that would silently never match (a name with an underscore once went unexpanded that way).
 */
export function expand(source: string, macros: Record<string, string>, depth = 0): string {
  if (depth > 4) return source;
  return source.replace(/\{([A-Z][A-Z0-9_]*)\}/g, (_whole, name: string) => {
    const body = macros[name];
    if (body === undefined) throw new Error(`understanding phrases: no macro {${name}}`);
    return `(?:${expand(body, macros, depth + 1)})`;
  });
}

function alternation(words: string[]): string {
  return [...words]
    .sort((a, b) => b.length - a.length)
    .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('|');
}

function wordMap(p: PhraseSet): Map<string, string> {
  const words = new Map<string, string>();
  for (const w of p.normalise.droppedG) if (w.endsWith('ing')) words.set(w.slice(0, -1), w);
  for (const [from, to] of Object.entries(p.normalise.words)) words.set(from, to);
  return words;
}

function compile(p: PhraseSet): CompiledPhrases {
  const x = (s: string, flags = 'g') => new RegExp(expand(s, p.macros), flags);
  const n = p.numbers;
  const compound = `(?:${alternation(Object.keys(n.tens))})[- ](?:${alternation(Object.keys(n.units))})`;
  const numberRe = `(?:\\d+(?:\\.\\d+)?|${compound}|${alternation([...Object.keys(n.exact), ...Object.keys(n.vague)])})`;
  const range = `${numberRe}(?:\\s*(?:-|to|or|/)\\s*${numberRe})?`;
  // a count inside a counted noun's words ("a rate of | several | a day"): any number word but "a", "an"
  const innerCount = `(?:\\d+|${compound}|${alternation([...Object.keys(n.exact), ...Object.keys(n.vague)].filter((w) => w !== 'a' && w !== 'an'))})`;
  const units = alternation(Object.keys(p.frequency.units));
  const singularUnits = alternation(Object.keys(p.frequency.units).filter((u) => !u.endsWith('s')));
  const adverbs = alternation(Object.keys(p.frequency.adverbs));
  const mult = alternation(Object.keys(n.multipliers));
  const per = p.frequency.per;
  const countedPer = p.frequency.countedPer;
  const timeNouns = `(?:${units}|times?|hours?|minutes?)`;
  // "12 January this year" is a date, not 12 of something this year
  const calendarWords = alternation([...p.dates.months, ...p.dates.monthAbbreviations, ...p.dates.weekdays]);
  const everyWords = alternation(Object.keys(p.frequency.everyN));
  const dates = p.dates;
  return {
    phrases: p,
    phraseReplacements: p.normalise.phrases.map(([s, rep]) => [x(s), rep]),
    words: wordMap(p),
    fuzzyExclude: new Set(p.normalise.fuzzyExclude),
    fuzzyKeywords: new Set(p.normalise.fuzzyKeywords),
    clauseBoundary: x(p.clauseBoundary),
    negators: x(p.negation.negators),
    notNegation: p.negation.notNegation.map((s) => x(s)),
    newSubject: x(p.negation.newSubject, ''),
    saidCarriesOver: x(p.negation.saidCarriesOver, ''),
    saidBefore: x(p.negation.saidBefore, ''),
    visitAnnounced: x(p.negation.visitAnnounced, ''),
    visitCarriesOver: x(p.negation.visitCarriesOver, ''),
    conditionThen: x(p.negation.conditionThen, ''),
    firstPerson: x(p.negation.firstPerson, ''),
    receiving: x(p.negation.receiving, ''),
    hypothetical: x(p.hypothetical, ''),
    fearedOnly: x(p.fearedOnly, ''),
    othersSent: x(p.othersSent, ''),
    selfAction: x(p.selfAction, ''),
    hedgeBefore: x(p.hedges.before, ''),
    hedgeAfter: x(p.hedges.after, ''),
    vague: x(p.vague, ''),
    behaviours: p.behaviours.map((rule) => ({ rule, patterns: rule.patterns.map((s) => x(s)) })),
    relationships: p.relationships.map((rule) => ({ rule, patterns: rule.patterns.map((s) => x(s)) })),
    indirectPerson: x(p.indirectPerson),
    bystanders: { writingFor: x(p.bystanders.writingFor), glossBefore: x(p.bystanders.glossBefore ?? '(?!)', ''), referredAfter: x(p.bystanders.referredAfter, ''), livesAway: x(p.bystanders.livesAway, ''), caredFor: x(p.bystanders.caredFor ?? '(?!)', ''), feelingAfter: x(p.bystanders.feelingAfter, ''), fearedBefore: x(p.bystanders.fearedBefore, ''), threatSaidAfter: x(p.bystanders.threatSaidAfter, ''), guessBefore: x(p.bystanders.guessBefore, ''), guessEitherAfter: x(p.bystanders.guessEitherAfter ?? '(?!)', ''), sourceOwnerBefore: x(p.bystanders.sourceOwnerBefore ?? '(?!)', ''), sourceOwnerAfter: x(p.bystanders.sourceOwnerAfter ?? '(?!)', ''), notKnown: x(p.bystanders.notKnown, ''), objectBefore: x(p.bystanders.objectBefore, ''), after: x(p.bystanders.after, ''), possessor: x(p.bystanders.possessor, 'g'), subjectAfter: x(p.bystanders.subjectAfter, ''), fellOutAfter: x(p.bystanders.fellOutAfter, ''), cutOffBefore: x(p.bystanders.cutOffBefore, ''), askedBefore: x(p.bystanders.askedBefore ?? '(?!)', ''), askedThenAfter: x(p.bystanders.askedThenAfter ?? '(?!)', ''), relativeClauseBefore: x(p.bystanders.relativeClauseBefore, ''), withMeBefore: x(p.bystanders.withMeBefore, ''), writtenAboutBefore: x(p.bystanders.writtenAboutBefore, ''), sufferedAfter: x(p.bystanders.sufferedAfter, ''), ownJobBefore: x(p.bystanders.ownJobBefore, ''), clauseSubjectAfter: x(p.bystanders.clauseSubjectAfter, ''), reasonBefore: x(p.bystanders.reasonBefore, ''), separatedTheirFamilyAfter: x(p.bystanders.separatedTheirFamilyAfter ?? '(?!)', ''), separatedBefore: x(p.bystanders.separatedBefore ?? '(?!)', ''), notThemBefore: x(p.bystanders.notThemBefore, ''), notThemAfter: x(p.bystanders.notThemAfter, ''), identifiedBefore: x(p.bystanders.identifiedBefore, ''), asideEnds: x(p.bystanders.asideEnds, 'g') },
    frequency: {
      lexicon: p.frequency.lexicon.map((entry) => ({ entry, re: x(entry.pattern) })),
      // "3 times a week", "two or three times per day", "5 times daily", "10+ times a day", "thirty-odd times a day" (blind batch 198)
      counted: new RegExp(`\\b(?<n>${range})(?:${p.frequency.countSuffix})?\\+?\\s*(?:times?|x)\\s*(?:(?:${countedPer})\\s*(?<unit>${singularUnits})|(?<adv>${adverbs}))\\b`, 'g'),
      // "once a month", "twice a week", "once or twice a day"
      multiplied: new RegExp(`\\b(?<m>(?:${mult})(?:\\s+or\\s+(?:${mult}|(?:${numberRe})\\s+times))?)\\s*(?:(?:${countedPer})\\s*(?<unit>${singularUnits})|(?<adv>${adverbs}))\\b`, 'g'),
      // "50 messages a day", "about 20 calls every night"
      // (not a clock time: "the 7.40 train every morning", nor a bus: "gets on the 47 at my stop every morning", blind batch
      // 198; nor a count said by a word before it: "a rate of several a day", "an average of 20 a day" are several and 20, not
      // one - blind batch 186)
      countedNoun: new RegExp(`(?<![\\d.:])(?<!\\bthe )\\b(?!\\d{1,2}[.:]\\d{2}\\b)(?<n>${range})(?:${p.frequency.countSuffix})?\\+?\\s+(?:(?!${timeNouns}\\b)(?!(?:${calendarWords})\\b)(?!(?:${p.frequency.spanBeforeRate})\\b)(?!${innerCount}\\b)[a-z']+\\s+){1,3}?(?:${per})\\s+(?<unit>${singularUnits})\\b`, 'g'),
      // "I get about 20 a day" (not a clock time: "walk home about 4.15 every day")
      bareCount: new RegExp(`(?<![\\d.:])(?<!\\bthe )\\b(?!\\d{1,2}[.:]\\d{2}\\b)(?<n>${range})(?:${p.frequency.countSuffix})?\\s+(?:a|per|every|each)\\s+(?<unit>${singularUnits})\\b`, 'g'),
      // "three or four nights a week", "5 days a week": that many times a week
      daysPer: new RegExp(`\\b(?<n>${range})\\s+(?:days|nights|evenings|mornings|afternoons|weekends|shifts)\\s+(?:a|per|every|each|in a|in the)\\s+(?<unit>week|month)\\b`, 'g'),
      // "every few days", "every other day", "every 10 minutes", "every 2-3 days" (a range: the longer gap)
      everyN: new RegExp(`\\b(?:every|each)\\s+(?<n>${everyWords}|${range})\\s+(?<unit>${units})\\b`, 'g'),
      stoppedStrong: p.frequency.stoppedStrong.map((s) => x(s)),
      stoppedWeak: p.frequency.stoppedWeak.map((s) => x(s)),
      countSoFar: x(p.frequency.countSoFar),
      everyOccasion: x(p.frequency.everyOccasion, ''),
      ownSchedule: x(p.frequency.ownSchedule),
      ownScheduleDays: x(p.frequency.ownScheduleDays),
      ownScheduleRange: x(p.frequency.ownScheduleRange),
      inSpan: x(p.frequency.inSpan),
      countSinceDay: x(p.frequency.countSinceDay),
      countLastWeek: x(p.frequency.countLastWeek),
      lullThen: x(p.frequency.lullThen),
      countInMonth: x(p.frequency.countInMonth),
      firstTime: x(p.frequency.firstTime, ''),
      perOccasion: x(p.frequency.perOccasion),
      pastHabit: x(p.frequency.pastHabit, ''),
      pastLead: x(p.frequency.pastLead, ''),
      occasion: x(p.frequency.occasion, ''),
      countPerOccasion: x(p.frequency.countPerOccasion, ''),
      verbGoesOnJoin: x(p.frequency.verbGoesOnJoin, ''),
      verbGoesOnStart: x(p.frequency.verbGoesOnStart, ''),
      ownScheduleAside: x(p.frequency.ownScheduleAside),
      pastSpan: x(p.frequency.pastSpan, ''),
      notRateAfter: x(p.frequency.notRateAfter, ''),
      everyRate: x(p.frequency.everyRate, ''),
      notThisOftenBefore: x(p.frequency.notThisOftenBefore, ''),
      feelsLikeBefore: x(p.frequency.feelsLikeBefore, ''),
      correctedBetween: x(p.frequency.correctedBetween, ''),
      ownStopBefore: x(p.frequency.ownStopBefore, ''),
      stopWords: x(p.frequency.stopWords, ''),
      current: x(p.frequency.current, ''),
      contactWords: x(p.frequency.contactWords, ''),
      firstPersonSubject: x(p.frequency.firstPersonSubject, 'g'),
      thirdPersonSubject: x(p.frequency.thirdPersonSubject, 'g'),
      childArrangement: x(p.frequency.childArrangement, ''),
      onOccasionBefore: x(p.frequency.onOccasionBefore, ''),
      keptOnBefore: x(p.frequency.keptOnBefore, ''),
      saidOfWholeBefore: x(p.frequency.saidOfWholeBefore, ''),
      feelingBefore: x(p.frequency.feelingBefore, ''),
      numberRe,
    },
    dates: {
      cue: x(dates.cue, ''),
      cueAll: x(dates.cue, 'g'),
      startCues: x(dates.startCues, ''),
      strongStartCues: x(dates.strongStartCues, ''),
      sinceThen: x(dates.sinceThen, ''),
      eventReference: x(dates.eventReference),
      eventFamilies: dates.eventFamilies.map((words) => ({ words: new Set(words), re: new RegExp(`\\b(?:${alternation(words)})\\b`) })),
      agent: x(dates.agent, ''),
      notStart: x(dates.notStart, ''),
      nonIncident: x(dates.nonIncident, ''),
      durationBlockers: x(`\\b${dates.durationBlockers}`, ''),
      ownDuration: x(dates.ownDuration, ''),
      ageAfter: x(dates.ageAfter, ''),
      holidayPlanBefore: x(dates.holidayPlanBefore, ''),
      holidayBeforeLast: x(dates.holidayBeforeLast, ''),
      holidaysAgo: x(dates.holidaysAgo),
      dayMonthSlash: x(dates.dayMonthSlash),
      dayMonthDot: x(dates.dayMonthDot),
      holidayPlanClause: x(dates.holidayPlanClause, ''),
      thingsNamedForTimes: dates.thingsNamedForTimes.map((t) => ({ ...(t.said === undefined ? {} : { said: x(t.said, '') }), after: x(t.after, '') })),
      moneyBefore: x(dates.moneyBefore, ''),
      moneyAfter: x(dates.moneyAfter, ''),
      leadIn: x(`(?:^|\\s)${dates.leadIn}`, ''),
      holidays: dates.holidays.map((h) => ({ ...h, re: x(h.pattern) })),
      vagueDurations: dates.vagueDurations.map((v) => ({ re: x(v.pattern), unit: v.unit, amount: v.amount })),
      pastPeriods: dates.pastPeriods.map((v) => ({ re: x(v.pattern), unit: v.unit, amount: v.amount })),
      dayOfMonth: x(dates.dayOfMonth),
      monthBeforeDay: x(dates.monthBeforeDay),
      weekdayDayOfMonth: x(dates.weekdayDayOfMonth),
      beforeLast: x(dates.beforeLast),
      weekendJustGone: x(dates.weekendJustGone),
      shortWeekday: x(dates.shortWeekday),
      lastWeekday: new RegExp(`\\blast (${alternation(dates.weekdays)})\\b`),
      lastMonth: new RegExp(`\\blast (${alternation(dates.months)})\\b`),
      lastSeason: new RegExp(`\\blast (${alternation(Object.keys(dates.seasons))})\\b`),
      season: new RegExp(`\\b(${alternation(Object.keys(dates.seasons))})\\b(?:\\s+(\\d{4}))?`),
      holidayYear: x(dates.holidayYear, ''),
      holidayYearBefore: x(dates.holidayYearBefore, ''),
      dayOfThisMonth: x(dates.dayOfThisMonth),
      sinceAge: x(dates.sinceAge),
      ageNow: x(dates.ageNow),
      dayMonthLastYear: x(dates.dayMonthLastYear),
      partOfMonthWithYear: { re: x(dates.partOfMonthWithYear.pattern), days: dates.partOfMonthWithYear.days },
      yearGroup: x(dates.yearGroup),
      schoolYearNow: x(dates.schoolYearNow),
      schoolYearIn: x(dates.schoolYearIn),
      seasonOfLastYear: x(dates.seasonOfLastYear, ''),
      seasonParts: dates.seasonParts.map((sp) => ({ re: x(sp.pattern, ''), months: sp.months })),
      partOfYear: { re: x(dates.partOfYear.pattern, ''), months: dates.partOfYear.months },
      coarseAgo: x(dates.coarseAgo, ''),
      bareDay: x(dates.bareDay, ''),
      inYears: x(dates.inYears, ''),
      yearsOfIt: x(dates.yearsOfIt, ''),
      hedgeOlder: x(dates.hedgeOlder, ''),
      hedgeYounger: x(dates.hedgeYounger, ''),
      context: {
        ownLifeSubject: x(dates.context.ownLifeSubject, ''),
        durationSentence: x(dates.context.durationSentence, ''),
        durationNow: x(dates.context.durationNow, ''),
        durationAlone: x(dates.context.durationAlone, ''),
        sharedLife: x(dates.context.sharedLife, ''),
        began: x(dates.context.began, ''),
        startedWhen: x(dates.context.startedWhen, ''),
        imposedWhenShared: x(dates.context.imposedWhenShared, ''),
        ownStartedBefore: x(dates.context.ownStartedBefore, ''),
        ownStartedDatesIt: x(dates.context.ownStartedDatesIt, ''),
        ownDoneSince: x(dates.context.ownDoneSince, ''),
        sinceEventDate: x(dates.context.sinceEventDate, ''),
        endedThen: x(dates.context.endedThen, ''),
        calmAfterEnding: x(dates.context.calmAfterEnding, ''),
        cameAfterEnding: x(dates.context.cameAfterEnding, ''),
        endingNamedAsStart: x(dates.context.endingNamedAsStart ?? '(?!)', 'g'),
        met: x(dates.context.met, ''),
        durationAfterEvent: x(dates.context.durationAfterEvent, ''),
        briefMeeting: x(dates.context.briefMeeting, ''),
        startedThenDate: x(dates.context.startedThenDate, ''),
        beganSinceWhichWas: x(dates.context.beganSinceWhichWas, ''),
        durationLead: x(dates.context.durationLead, ''),
        durationLeadAfter: x(dates.context.durationLeadAfter, ''),
        durationToCome: x(dates.context.durationToCome, ''),
        durationPause: x(dates.context.durationPause, ''),
        negatedDuration: x(dates.context.negatedDuration, ''),
        itBegan: x(dates.context.itBegan, ''),
        quieterAfter: x(dates.context.quieterAfter, ''),
        durationAfterEventBefore: x(dates.context.durationAfterEventBefore, ''),
        endedAgo: x(dates.context.endedAgo, ''),
        escalatedAfter: x(dates.context.escalatedAfter, ''),
        worseSinceBefore: x(dates.context.worseSinceBefore, ''),
        recentSpan: x(dates.context.recentSpan, ''),
        stoppedThen: x(dates.context.stoppedThen, ''),
        split: x(dates.context.split, ''),
        splitSentence: x(dates.context.splitSentence, ''),
        notSince: x(dates.context.notSince, ''),
        goesOnAfter: x(dates.context.goesOnAfter, ''),
        fineUntil: x(dates.context.fineUntil, ''),
        hedgeAside: x(dates.context.hedgeAside, ''),
        firstPhaseAfter: x(dates.context.firstPhaseAfter, ''),
        toldBack: x(dates.context.toldBack, ''),
        startedAgain: x(dates.context.startedAgain, ''),
        spanEnd: x(dates.context.spanEnd, ''),
        theyBeganAfter: x(dates.context.theyBeganAfter, ''),
        turnedAfter: x(dates.context.turnedAfter, ''),
        beganSoonAfter: x(dates.context.beganSoonAfter, ''),
        foundThemBefore: x(dates.context.foundThemBefore, ''),
        onceBefore: x(dates.context.onceBefore, ''),
        onlyNowAfter: x(dates.context.onlyNowAfter, ''),
        afterEventBefore: x(dates.context.afterEventBefore, ''),
        theyGoOnAfter: x(dates.context.theyGoOnAfter, ''),
        firstTime: x(dates.context.firstTime, ''),
        retractedBefore: x(dates.context.retractedBefore, ''),
        retractedAfter: x(dates.context.retractedAfter, ''),
        notThisDateBefore: x(dates.context.notThisDateBefore, ''),
        correctionBefore: x(dates.context.correctionBefore, ''),
        correctedBetween: x(dates.context.correctedBetween, ''),
        stoppedSinceThen: x(dates.context.stoppedSinceThen, ''),
        afterYears: x(dates.context.afterYears, ''),
        talked: x(dates.context.talked, ''),
        relationshipState: x(dates.context.relationshipState, ''),
        wholeTimeAfter: x(dates.context.wholeTimeAfter, ''),
        workPlace: x(dates.context.workPlace, 'g'),
      },
    },
  };
}

/** The compiled phrase set for a locale (the default's when it has none). */
export function getPhrases(locale: string | undefined): CompiledPhrases {
  const key = pickLocale<string>(locale, Object.keys(LOCALES), DEFAULT_LOCALE);
  let c = cache.get(key);
  if (!c) {
    c = compile(LOCALES[key] ?? enGB);
    cache.set(key, c);
  }
  return c;
}
