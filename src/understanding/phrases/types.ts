/**
 * The shape of one locale's phrase data. Patterns are regular-expression sources (matched
 * against the normalised, lower-case message) that may use `{MACRO}` placeholders from
 * `macros`. They are compiled once per locale by `compile.ts`.
 */
import type { Behaviour, FrequencyBand, Relationship } from '../../../dialogs/facts';

export type Per = 'day' | 'week' | 'month';

export interface BehaviourRule {
  behaviour: Behaviour;
  patterns: string[];
  /** Also counts when only threatened or promised ("threatened to share my photos"). */
  countsWhenThreatened?: boolean;
  /**
   * Only threatened, it is also a threat ("he'll post my nudes", "unless I pay": blind writers label both, 48 stories to 1);
   * the threat may be said inside the words matched ("...or they'll send them, unless I pay").
   */
  threatenedIsThreat?: boolean;
  /** Not counted when the person is the one doing it ("I sent him a message"). */
  notSelf?: boolean;
}

export interface RelationshipRule {
  relationship: Relationship;
  patterns: string[];
  /**
   * Ignore a match when the person is clearly a bystander or the object of the sentence
   * ("I told my mum", "he keeps messaging my sister", "my husband says I should call").
   */
  bystanderGuard?: boolean;
  /**
   * Among mentions that name no one ("some man", "someone", "random men"), this rule's wins wherever it is said:
   * "Some man keeps ringing ... Won't give his name" is someone hiding who they are.
   */
  decidesAmongNoOne?: boolean;
  /**
   * The writer says they do not know who it is ("I have no idea who it is"): this rule's mention wins over a person
   * named only where people are often mentioned in passing (a `bystanderGuard` rule's mention not said outright as the
   * one doing it: "emailed my manager and two colleagues ... I have no idea who it is").
   */
  saysWhoIsNotKnown?: boolean;
  /**
   * This rule's mention is the one doing it only when no one else is named: the writer's own life said as who they are
   * ("I'm married to a man (6 years)") gives way to anyone named ("...and my neighbour keeps banging on the wall").
   */
  onlyWhenNoOneElse?: boolean;
  /**
   * Said through the person it is done to, in a story typed for them: "my mum's ex keeps calling her", "her ex husband has
   * found out where we live" (after "I'm writing this for my flatmate"), "his supervisor has been emailing him". The
   * relationship is theirs, so this rule's mention is read as said outright (it wins over the writer's own tie to
   * them named first: "My husband is doing a PhD and his supervisor...").
   */
  throughTarget?: boolean;
}

export interface FrequencyEntry {
  pattern: string;
  band: FrequencyBand;
  approximate: boolean;
  count?: number;
  per?: Per;
  /** A vague word that is often about feelings ("I'm scared all the time"): needs a contact word or a third-person subject. */
  needsContactContext?: boolean;
  /**
   * The rate is said by naming the days it happened ("Wednesday and again Saturday"): those days are dates too, so
   * the start date may be read from inside it (other rates' words are never dates: "every Monday").
   */
  datesInside?: boolean;
  /**
   * Read only when no other rate is said in the message: a word that says the contact comes at any time of day, not how
   * often ("rings me at all hours": several a day alone; "emailing me several times a week at all hours" is a few a week).
   */
  onlyAlone?: boolean;
}

export interface FrequencyUnit {
  /** How many of this unit fit in a day (week = 1/7). */
  perDay: number;
  /** How to report a count given per this unit; `factor` converts (fortnight: per week, factor 1/2). */
  per?: Per;
  factor?: number;
}

export interface HolidayRule {
  pattern: string;
  /** Fixed day of the year (month 1-12). */
  month?: number;
  day?: number;
  /** Moveable feast computed from Easter Sunday, offset in days (Good Friday = -2). */
  easterOffset?: number;
  /**
   * Days that move with the weekday, or events with several dates in a year (half term: the most
   * recent one is meant): `weekday` 0 = Sunday, `nth` 1 = first, -1 = last in `month`; or a `day`.
   */
  days?: HolidayDay[];
  /** The day differs by school, university or year (half term, freshers): an approximate date. */
  approximate?: boolean;
}

export interface HolidayDay {
  /** Only in this year (feasts of a lunar calendar: Ramadan, Eid, Diwali). */
  year?: number;
  month: number;
  day?: number;
  weekday?: number;
  nth?: number;
  /** Days from that day: the Saturday of a bank holiday weekend is its Monday's -2. */
  offset?: number;
}

export interface VagueDurationRule {
  pattern: string;
  unit: 'D' | 'W' | 'M' | 'Y';
  amount: number;
}

/** The words around a date that say whether it is the start (each a pattern source). */
export interface DateContextPhrases {
  /**
   * The person's own life, said as a state that has lasted ("I've worked there since February", "we've
   * lived here since 2019"), not what they do; an event ("since I moved out in April") can be the start.
   */
  ownLifeSubject: string;
  /** A sentence that says how long it has been going on ("It's been since freshers, so about 2 months"). */
  durationSentence: string;
  /** After a duration: "6 weeks now", "two years so far". */
  durationNow: string;
  /** After a duration said on its own ("About 3 months.", "a year or so."): the end of the sentence. */
  durationAlone: string;
  /** "we broke up in March": a date of their life together, not of what they do. */
  sharedLife: string;
  /** Words that say it began ("started", "kicked off", "been going on"). */
  began: string;
  /**
   * The start dated by an event of their life: "it started when our baby was born on 2 September", "it
   * all began after he retired in the summer". The event's own clause may be about their life (born,
   * moved); the start cue before it says it began then.
   */
  startedWhen: string;
  /**
   * Sentence before a date: a hold they put on the writer when the two of them began a shared life ("My boyfriend made me
   * put Life360 on when we moved in together in | May"): the date is the start, though shared life words are around it.
   */
  imposedWhenShared: string;
  /** "I started seeing someone in September", "Started my masters in September": their own thing started, not the contact. */
  ownStartedBefore: string;
  /** "...since week one", "from the start": the contact said to have gone on from the start of what they started. */
  ownStartedDatesIt: string;
  /** "I stream on twitch, have done since january": what they do themselves, since then (not the contact). */
  ownDoneSince: string;
  /** "I've had five since my husband passed in April": since an event of their life, then its date; the event dates the start. */
  sinceEventDate: string;
  /** "Me and Dean broke up in August and...": an ending by the writer or both just before the date; it dates the start like something they did. */
  endedThen: string;
  /** "...and it was fine for ages", "...has started writing again": after an ending, calm or a later start (the ending does not date it). */
  calmAfterEnding: string;
  /** "kept phoning after we let her go in July": the ending said as what it came after (it dates the start even at a sentence's end). */
  cameAfterEnding: string;
  /** "since my husband and me moved out ... We moved out 6 weeks before": the ending said before, undated, as what it came after. */
  endingNamedAsStart?: string;
  /** "met a girl on insta yesterday": a meeting. */
  met: string;
  /** "I moved in in January and it started a couple of months after": a duration counted on from the date before it, not back from today. */
  durationAfterEvent: string;
  /** "met a guy at a gig on 17 October, chatted for 5 mins": a brief meeting with someone they do not know (its date is the start however long ago). */
  briefMeeting: string;
  /** "It began around my birthday, 19th July", "since we moved in, October last year": the event that started it, then its date after a comma. */
  startedThenDate: string;
  beganSinceWhichWas: string;
  /** "Now 2 month like this", "Been about six weeks, ...": a duration led by these words alone... */
  durationLead: string;
  /** ...and followed by these: "like this", "of this", punctuation or the end. */
  durationLeadAfter: string;
  /** "another day of this": a span to come, never the start. */
  durationToCome: string;
  /** Just before a duration: a pause, not how long it has gone on ("it goes quiet for months then starts again"). */
  durationPause: string;
  /** Before a duration in its clause: a negation, how long something has not been ("no contact for years"), not the start. */
  negatedDuration: string;
  /** The whole of it said to begin ("it all kicked off"), not one thing they began doing ("he started turning up"). */
  itBegan: string;
  /** After "since then": calmer since, not a start ("Since then it has been quieter"). */
  quieterAfter: string;
  /** Before a span, "after" counts on from the date before it ("I moved in April and it started after about a month"). */
  durationAfterEventBefore: string;
  /** An ending of theirs said right before an "... ago" ("i ended it 3 weeks ago"): the start, like endedThen. */
  endedAgo: string;
  /** After a date or span, what got worse then ("over the past year it's escalated"): not when it started. */
  escalatedAfter: string;
  /** A point it got worse from, said before the date ("got worse since i got a new fella in august"). */
  worseSinceBefore: string;
  /** A span said as the recent past ("over the past year"), which `escalatedAfter` may make the span it got worse in. */
  recentSpan: string;
  /** "it started again after it stopped in May": the event is a stop, not the start. */
  stoppedThen: string;
  /** "we split 2 yrs ago", "we finished at Easter": the end of their relationship, not of itself the start. */
  split: string;
  /** "We split last Christmas." said as a sentence of its own. */
  splitSentence: string;
  /** Right before a date: "he hasn't called since": the day it stopped, not the start... */
  notSince: string;
  /** ...unless the sentence goes on after the date: "...but the letters still come". */
  goesOnAfter: string;
  /** "it was fine until the end of July": the date it changed is the start. */
  fineUntil: string;
  /**
   * A hedge said between commas right before a date's clause: "This began, I believe, at Easter". The clause before
   * it is read with the date's ("began ... at Easter"), not cut off by the aside.
   */
  hedgeAside: string;
  /**
   * After a break-up's date, the contact's first phase: "we broke up on New Year's Day... For the first few months it was
   * drunk texts, but since June it's got worse": the break-up dates the start, not the getting worse.
   */
  firstPhaseAfter: string;
  /**
   * The story going back after the latest event told first: "Friday he was sat outside my work ... It didnae start like
   * that tho", "Last Tuesday he turned up ... Before that it was letters". Dates said before it are the latest, not the start.
   */
  toldBack: string;
  /** "It started again on my birthday, 9th June": a return said as the start, before its date (the clause). */
  startedAgain: string;
  /** "The very first one came on Thursday 19th February": the first time, said with its date (the sentence before it). */
  firstTime: string;
  /** "I was going to say since September but really...": a date taken back (the words before it; `retractedAfter`: after it). */
  retractedBefore: string;
  retractedAfter: string;
  /** "the October one, not the summer": a date named to say it is not the one (the words before it). */
  notThisDateBefore: string;
  /** "...but really it started before, when I moved out on Good Friday": the date said instead (the words before it). */
  correctionBefore: string;
  /**
   * "in june no sorry july", "the spring last year no this year in april": only a correction word between two dates (as a
   * voice-to-text story says it, no comma, no "it was"): the first taken back, the second said instead.
   */
  correctedBetween: string;
  /**
   * "I got a non-molestation order in September and she hasn't contacted me since then": "since then" said of a stop (the
   * words after the date, up to "since then"): the date is when it stopped, not when it started.
   */
  stoppedSinceThen: string;
  /** "from June right up until about 3 weeks ago": the end of a span, not its start. */
  spanEnd: string;
  /** "When I stopped replying in August he began emailing me": a date followed by what they began. */
  theyBeganAfter: string;
  /** "around the middle of September, she turned nasty": the date the wanted contact turned (above a start said otherwise). */
  turnedAfter: string;
  /**
   * "moved in at the end of May last year and the bloke at number 14 started on us more or less the first week", "refused
   * her an appointment on 22nd June ... The calls started the week after": a start said by how soon after the date it came
   * (after the date, in its sentence or the next).
   */
  beganSoonAfter: string;
  /** "found me on Facebook in May and keeps sending friend requests": their first contact said as finding them (before the date). */
  foundThemBefore: string;
  /**
   * "A client came in once in the summer", "hooked up w a guy from grindr once in the summer": a single occasion said with
   * "once" (before the date, in its clause), not a start said as such.
   */
  onceBefore: string;
  /** "...once in the summer and now she's convinced I ruined her nails": what follows only says it goes on now (after the date). */
  onlyNowAfter: string;
  /** "After the court in September": an event said first with its date (before the date)... */
  afterEventBefore: string;
  /** ...then what they do, going on: "he is calling me", "she keeps" (after the date). */
  theyGoOnAfter: string;
  /** "after 11 years", "after six years together": how long the relationship lasted. */
  afterYears: string;
  /** "we talked every day for four months": a span of their own contact with them, before it went bad. */
  talked: string;
  /** "we are divorced since 2024", "we've been separated since March": the state of their relationship. */
  relationshipState: string;
  /** "...and it's been like this from the start": after how long the relationship has been, its start is the start. */
  wholeTimeAfter: string;
  /** "turned up at my work": work said as a place, which does not make a date there part of their shared life. */
  workPlace: string;
}

export interface PhraseSet {
  locale: string;
  /** Culture passed to @microsoft/recognizers-text-date-time. en-GB reads 03/04 as 3 April. */
  recognizerCulture: string;
  macros: Record<string, string>;

  normalise: {
    /** Multi-word replacements applied before word fixes: [pattern, replacement]. */
    phrases: [string, string][];
    /** Whole-word replacements (spelling, text-speak, missing apostrophes). */
    words: Record<string, string>;
    /**
     * "-ing" words also understood without their g ("turnin", "followin", "messagin"). Each
     * entry adds `word minus g -> word` to `words` (an explicit `words` entry wins).
     */
    droppedG: string[];
    /** Long key words matched with one typo (boyfreind, nieghbour). */
    fuzzyKeywords: string[];
    /** Real words one typo away from a key word that must be left alone (stronger, massage). */
    fuzzyExclude: string[];
  };

  /** Where a clause starts: negation and hedges never reach across one. */
  clauseBoundary: string;
  negation: {
    negators: string;
    /** Phrases that contain a negator but mean "keeps on" or "I'm unsure": blanked out before the test. */
    notNegation: string[];
    /** A subject pronoun between negator and behaviour starts a new statement ("I can't sleep, he keeps calling"). */
    newSubject: string;
    /** A future promised after what they say ("saying I owe money and he'll come round"): the clause's words before the behaviour. */
    saidCarriesOver: string;
    /** Words that report what they said, in the sentence before such a clause. */
    saidBefore: string;
    /** A visit promised just before "and", carrying the promise over to what they will do there ("he will come back and
     *  break my window"): the sentence's words before the behaviour. */
    /** A visit announced in what they say ("says hes coming round"): tested from the clause start to the sentence end;
     *  a match overlapping the behaviour makes it announced, not made. */
    visitAnnounced: string;
    visitCarriesOver: string;
    /** A condition on what the writer might do, then what they will do ("if I leave he will call immigration"): the
     *  sentence's words before the behaviour. */
    conditionThen: string;
    /** "I don't reply to his messages": a first-person negator is about the person, not the behaviour... */
    firstPerson: string;
    /** ...unless it is about receiving ("I haven't had any threats"). */
    receiving: string;
  };
  /** The person's own action before a calls/messages/emails phrase ("I sent him a message"). */
  selfAction: string;
  /** Clause prefixes that make what follows hypothetical ("threatened to", "said he'd"). */
  hypothetical: string;
  /** The person's own fear just before a threat or an act ("I'm scared he'll sack me", "terrified they'll find out where I
   *  live"): what they fear, not what was said or done. */
  fearedOnly: string;
  /** Strangers sent to them by what was made of them ("so random men message me"): not what the one doing it does. */
  othersSent: string;
  hedges: { before: string; after: string };
  /** Words that make a date or frequency vague ("a couple of", "few"). */
  vague: string;

  numbers: {
    exact: Record<string, number>;
    /** No count is reported for these; the value only picks a band. */
    vague: Record<string, number>;
    multipliers: Record<string, number>;
    tens: Record<string, number>;
    units: Record<string, number>;
    /** Counts said as which one this is ("this is the third"): read only where a pattern names them (`countSoFar` group `ord`). */
    ordinals?: Record<string, number>;
  };

  frequency: {
    units: Record<string, FrequencyUnit>;
    /** "a", "per", "every" between count and unit. */
    per: string;
    /** `per` after a count of times ("twice last week"): may also name a past span. */
    countedPer: string;
    /** After a count, still that count: "fifty-odd", "20ish". */
    countSuffix: string;
    /**
     * A word between a count and its unit that makes it no rate: a span ("a misery for a year"), or when it was ("a warning
     * earlier this month") - not "a message a day".
     */
    spanBeforeRate: string;
    /** The past span that ends a count ("twice| last week"): a date, not part of the rate's words. */
    pastSpan: string;
    /** After a count and its unit: "a week later", "a day ago" - not a rate. */
    notRateAfter: string;
    /** A rate said with "every" or "each": never "a week later" ("Every Sunday after the service he follows me"). */
    everyRate: string;
    /** Right before a rate: "not every day", "isn't always daily" - a rate said to be wrong. */
    notThisOftenBefore: string;
    /** Right before a rate: "it just feels like" - how it feels, read only when no other rate is said. */
    feelsLikeBefore: string;
    /** Between two rates: "every day - well, | 2 or 3 times a week" - the first corrected by the second, which is read. */
    correctedBetween: string;
    /** Right before a stop: "I", "we've" - the writer's own stop ("since I stopped sending her money"), not theirs. */
    ownStopBefore: string;
    /** The words of a stop that `ownStopBefore` may make the writer's own: "stopped", "gave up". */
    stopWords: string;
    /** Adverbs after a count: "3 times daily". */
    adverbs: Record<string, string>;
    lexicon: FrequencyEntry[];
    /** "every other day", "every few weeks": [word, interval in units, approximate]. */
    everyN: Record<string, [number, boolean]>;
    /** "It stopped in May", "haven't heard from him since": the contact as a whole has stopped. */
    stoppedStrong: string[];
    /** "He doesn't call any more": one kind of contact stopped; used only if nothing else is said. */
    stoppedWeak: string[];
    /**
     * A count so far ("he's come back 3 or 4 times", "there have been four"): with a start date, a rate
     * (groups `n`, `m` or `t`; `r`: that many more since the first, "he has come back once more since"; `ord`: the one
     * this is, "this is the third", in `numbers.ordinals`),
     * read only when nothing else says how often.
     */
    countSoFar: string;
    /**
     * "every shift", "nearly every shift", "most nights I work": a rate that is how often the occasion comes; with `ownSchedule`
     * ("I do 4 nights a week", "I work four days", group `n`) it is that many a week.
     */
    everyOccasion: string;
    ownSchedule: string;
    /** "I do Tuesdays, Thursdays and Saturdays": the weekdays named (group `days`) are how many a week. */
    ownScheduleDays: string;
    /** "which is Thurs to Sun", "I work Monday to Friday": a run of weekdays (groups `from`, `to`, short or full), how many a week. */
    ownScheduleRange: string;
    /** "3 times in the last fortnight": a count (`n`) in a span (`k` `unit`s) said with it. */
    /** A count since a day of the last week: "Since last Tuesday he's rung me 4 times" (group `n`). */
    countSinceDay: string;
    /** "Men have been turning up at my door - 3 came last week": how many came in the last week (group `n`), that many a week. */
    countLastWeek: string;
    /**
     * A lull and then more: "nothing for weeks then bam 30 texts in one night", "then nothing for a month or two, then a new
     * profile pops up" - it comes in bursts with weeks between, occasional; the burst's own count is how bad each one is.
     */
    lullThen: string;
    /** A count in a month named: "In October alone he came 9 times", "94 in October", "rang 15 times in September" (groups `c`, `n`). */
    countInMonth: string;
    inSpan: string;
    /** "first time was Saturday 21st": the start is the first of the times counted (N times are N - 1 gaps). */
    firstTime: string;
    /**
     * A count each time it happens ("he rings me about ten times", group `n`), with no unit: with a
     * daily rate said elsewhere ("This is every day now"), more than once a day.
     */
    perOccasion: string;
    pastHabit: string;
    /** "before that": the rate said after it was before, even in another clause of the sentence. */
    pastLead: string;
    /**
     * The occasion a daily rate says is every one (group 1: "night" in "every night"): with a count said per such occasion
     * ("dozens of times a night") apart from it, one habit, several a day.
     */
    occasion: string;
    /** A count said per occasion (group 1: "night" in "dozens of times a night", "20 texts a night"). */
    countPerOccasion: string;
    /** Just before a clause ("... and"), and its start ("texting"): the verb of the clause before goes on, with its tense. */
    verbGoesOnJoin: string;
    verbGoesOnStart: string;
    /** "every shift I do, 3 or 4 a week": how often they work, said after the occasion (group n). */
    ownScheduleAside: string;
    current: string;
    contactWords: string;
    firstPersonSubject: string;
    thirdPersonSubject: string;
    /**
     * Before a rate in its clause: the children's time with a parent ("he still has the kids every other weekend"): how
     * often the arrangement runs, not how often the contact comes, when another rate says that.
     */
    childArrangement: string;
    /**
     * What a burst said with no count hangs on, in its sentence before it: "if I go out without him he bombards me with
     * texts" is how hard it is when they go out, not how often; a rate said plainly wins ("goes through my phone every night").
     */
    onOccasionBefore: string;
    /**
     * Before a rate in its clause: a thing kept on all the time ("makes me share my location with him 24/7", "keep snap map on
     * 24/7"): how long it is on, not how often the contact comes.
     */
    keptOnBefore: string;
    /**
     * Before a rate, from its sentence's start: how often said of the whole, in a sentence of its own ("It's a couple of times a
     * week.", "Its 3 or 4 mornings a week."): a count it gives wins over a rate of the writer's routine said elsewhere.
     */
    saidOfWholeBefore: string;
    /** A feeling before a vague rate, whoever has it ("my wife is anxious all the time"): not the contact. */
    feelingBefore: string;
  };

  dates: {
    /** A segment is sent to the recognizer only if it matches this (keeps warm calls cheap). */
    cue: string;
    startCues: string;
    /** Cues that win over `nonIncident` ("since we split up 6 months ago"). */
    strongStartCues: string;
    /** "stopped in May", "until", "the last time": this date is not when it started. */
    notStart: string;
    /** Later in the sentence: "...2 years ago and since then he texts me" makes the date a start. */
    sinceThen: string;
    /**
     * A later "it started right after the split" (named group `event`): the date said with that event
     * (or a word of its family in `eventFamilies`) before it is the start.
     */
    eventReference: string;
    /** Words for the same event ("split", "broke up", "separated"): one names it, another dates it. */
    eventFamilies: string[][];
    /** A date with no start cue counts only in a short answer or a clause about what they did. */
    agent: string;
    shortAnswerWords: number;
    /** "we were together for 5 years", "I've known him for": not the unwanted contact. */
    nonIncident: string;
    /** Words right before a duration that make it a frequency or a future ("times a week", "in 2 weeks"). */
    durationBlockers: string;
    /** Before a duration: the writer's own life ("I've been part of a forum for years"), not how long it has gone on. */
    ownDuration: string;
    /** After a duration: an age ("13 year old"). */
    ageAfter: string;
    /** After a holiday's name: a thing of it ("the Christmas rota"), not the day. */
    /** Right before a holiday: a plan for it ("coming for Christmas"), not a day that has been. */
    holidayPlanBefore: string;
    /** Right after a holiday: "the Christmas before last", a year before the most recent one. */
    holidayBeforeLast: string;
    /** "two Christmases ago", "3 summers ago" (groups `n`, `name`: a holiday or a season, singular). */
    holidaysAgo: string;
    /** "21/06": a day and a month, two digits each, no year (groups `day`, `month`). */
    dayMonthSlash: string;
    /**
     * "on 02.11", "since 2.11.25": a day and a month with dots, the UK way round, after a word that says a day follows (groups
     * `day`, `month`, optional `year`); not a time ("at 02.11", "6.30am").
     */
    dayMonthDot: string;
    /** A clause about what is to come: weeks before the holiday it names, it means the coming one (`dates.ts`). */
    holidayPlanClause: string;
    /**
     * A time word followed by a thing named for it ("the Christmas rota", "after the Sunday service", "round the year
     * group"): the thing, not a date. `after` starts where the date words end; `said`, when given, is what those words
     * must be (a weekday alone, "year").
     */
    thingsNamedForTimes: { said?: string; after: string }[];
    /** Around a number: money, not a year ("unless i pay £1500", "1500 quid"); `before` ends at the number, `after` starts there. */
    moneyBefore: string;
    moneyAfter: string;
    /** Words that may lead into a date phrase and belong in its `text`. */
    leadIn: string;
    months: string[];
    weekdays: string[];
    /** Short month names ("jan", "sept"): with `months` and `weekdays`, never the thing counted ("12 jan this year"). */
    monthAbbreviations: string[];
    /** Season name -> first month (UK meteorological seasons). */
    seasons: Record<string, number>;
    /** The recognizer's season codes (timex SP, SU, FA, WI) -> a season name in `seasons`. */
    seasonCodes: Record<string, string>;
    holidays: HolidayRule[];
    vagueDurations: VagueDurationRule[];
    /** "the past year", "for the last month": that long ago, not the previous calendar year/month. */
    pastPeriods: VagueDurationRule[];
    /** "since the 22nd": a day of the month with no month. */
    dayOfMonth: string;
    /** A month name (group 1), looked for shortly before a `dayOfMonth`: "in September and on the 26th" is that month's. */
    monthBeforeDay: string;
    /** "Saturday 21st": a weekday and a day of the month (groups: weekday, day); the weekday picks the month. */
    weekdayDayOfMonth: string;
    /** "the weekend before last", "the tues before last", "the summer before last", "the year before last", "the September before last" (named groups: `day`, a weekday from `weekdays`; `weekend`; `week`; `season`, a key of `seasons`; `year`; `month`, a name from `months`). */
    beforeLast: string;
    /** "since the weekend": the weekend just gone (its Saturday; not "the weekend before last", "the weekend of the 14th"). */
    weekendJustGone: string;
    /** "sat night": a weekday said short with a time of day (group `day`). */
    shortWeekday: string;
    /** "Halloween last year", "Christmas 2024": right after a holiday (groups: 1 "last year", 2 a year). */
    holidayYear: string;
    holidayYearBefore: string;
    /** "the 14th of this month": a day of the month we are in (group: day). */
    dayOfThisMonth: string;
    /** "its been like this since I was 17" (group `then`), with `ageNow` "Im 22" (group `now`): that many years back. */
    sinceAge: string;
    ageNow: string;
    /** "14th June last year": a day and month with "last year" (groups: day, month word). */
    dayMonthLastYear: string;
    /** "the end of May last year", "mid November 2025" (groups: 1 or 2 the part, 3 the month word, 4 "last year" or a year); `days` maps the part to a day. */
    partOfMonthWithYear: { pattern: string; days: Record<string, number> };
    /** "a girl in my year": a school year group, never a date. */
    yearGroup: string;
    /** "(im in year 11 now)": the school year the writer or the one targeted is in now (group `now`); with a school-year
     *  event ("the start of year 10", its year in `schoolYearIn`, group `then`) said of an earlier year: that many years back. */
    schoolYearNow: string;
    schoolYearIn: string;
    /** "the summer of last year", "summer last year": tried from the start of the date's words ("since the summer of last year"). */
    seasonOfLastYear: string;
    /** "late summer" (its last month), "mid summer" (its middle one): the words before a season; the first that matches gives `months` after its start. */
    seasonParts: { pattern: string; months: number }[];
    /** "the start of 2025", "early 2025", "mid-2024" (groups: 1 the part, 2 the year); `months` maps the part to a month (1-12). */
    partOfYear: { pattern: string; months: Record<string, number> };
    /** "three months ago", "2 years ago": a day the recognizer resolves that nobody means exactly. */
    coarseAgo: string;
    /**
     * A date said in years of two or more ("for years", "6 years", "two years ago"): with a bare year ("since 2019",
     * "last year"), how long people have known each other or when they split, more than when it started (`dates.ts`).
     */
    /** Words the recognizer reads as today that name no day ("the day"). */
    bareDay: string;
    inYears: string;
    /** Right before a span in years, says the years are how long it has gone on ("it's been going on about 3 years"). */
    yearsOfIt: string;
    /** A hedge before a date that makes it older ("over a year ago") or younger ("nearly a month"), by a day. */
    hedgeOlder: string;
    hedgeYounger: string;
    /** What the words around a date say it is (dates.ts `contextScore`). */
    context: DateContextPhrases;
  };

  behaviours: BehaviourRule[];
  /** In priority order: the first relationship that matches wins. */
  relationships: RelationshipRule[];
  /** "my husband's ex", "her ex": someone related to someone else; suppresses relationship matches that overlap. */
  indirectPerson: string;
  /** People named as the ones it happens to or who feel it, not the one doing it (relationship rules with `bystanderGuard`). */
  bystanders: {
    /** relationship.ts: see the en-GB comment. */
    objectBefore: string;
    /** relationship.ts: see the en-GB comment. */
    after: string;
    /** relationship.ts: see the en-GB comment. */
    possessor: string;
    /** relationship.ts: see the en-GB comment. */
    subjectAfter: string;
    /** relationship.ts: see the en-GB comment. */
    fellOutAfter: string;
    /** relationship.ts: see the en-GB comment. */
    /** Before a "my X" mention: a relative clause about someone else ("a guy who my brother gave our address to"). */
    relativeClauseBefore: string;
    cutOffBefore: string;
    /** Before a mention: the writer asked them to do something, the start of it ("Since I asked my landlord to sort the damp"). */
    askedBefore?: string;
    /** ...and after it, in its sentence, "he" or "she" doing it with no one else named ("...in September he's been coming round"). */
    askedThenAfter?: string;
    /** relationship.ts: see the en-GB comment. */
    writtenAboutBefore: string;
    /** relationship.ts: see the en-GB comment. */
    withMeBefore: string;
    /** relationship.ts: see the en-GB comment. */
    sufferedAfter: string;
    /** relationship.ts: see the en-GB comment. */
    ownJobBefore: string;
    /** relationship.ts: see the en-GB comment. */
    clauseSubjectAfter: string;
    /** relationship.ts: see the en-GB comment. */
    reasonBefore: string;
    /** relationship.ts: the ex in the separation that dates it, their relatives the subject after ("since I left my wife her brothers have been..."); see the en-GB comment. */
    separatedTheirFamilyAfter?: string;
    /** relationship.ts: the words before that separation that make it when it started ("since", "after"). */
    separatedBefore?: string;
    /** relationship.ts: see the en-GB comment. */
    notThemBefore: string;
    /** relationship.ts: see the en-GB comment. */
    notThemAfter: string;
    /** "I'm writing on behalf of my mum" (named group `who`): a bystander everywhere in the message ("Mum is terrified"). */
    writingFor: string;
    /** In a message written for someone, before a bracketed gloss of their partner: "her husband (my grandad)" (optional). */
    glossBefore?: string;
    /**
     * After a mention in the message's first sentence: "My daughter has set this up for me", "my support worker fae womens
     * aid telt me tae type it in here", "My mate who volunteers at Citizens Advice pointed me here": the one who sent them
     * to the chat, not the one doing it.
     */
    referredAfter: string;
    /**
     * From the mention to the end of its sentence: a grown-up child or the family living far off, said as why no one is
     * there ("My daughter lives in Leeds and I don't like to worry her", "My son lives in Australia."): not the one doing it.
     */
    livesAway: string;
    /**
     * From the mention to the end of its sentence: a relative said to be cared for, by where they live or what they live
     * with ("Mum is in a care home in Devon, she has dementia", "My son has Down's syndrome and goes to a day centre"),
     * nothing in it done to the writer: the one doing it only when no one else is named.
     */
    caredFor?: string;
    /** Right after a mention: "Mum is terrified", "my sister was really shaken": how they feel. */
    feelingAfter: string;
    /** Right before a mention: "terrified of my brother", "trouble with the lad at number 12": the one feared (or had trouble with) is the one doing it, not a bystander after "of" or "with". */
    fearedBefore: string;
    /** Right after a mention: "says if I leave...", "says he'll...": what they say is the threat, so they are the one (a weak guard). */
    threatSaidAfter: string;
    /** Right before a mention: "think it's someone from school": a guess ... */
    guessBefore: string;
    /** ... that the message says it does not know ("but don't know who"): the writer does not know who it is. */
    notKnown: string;
    /** After a guess: ", or his son" - the choice between two people of one household, who is doing it then known (`guessBefore` does not skip it). */
    guessEitherAfter?: string;
    /** Around a mention: "pics from my ex's phone" - the owner of the thing something came from ("from my |ex|'s phone"), not the one doing it. */
    sourceOwnerBefore?: string;
    sourceOwnerAfter?: string;
    /** Right before a mention (with its "my" / "a"): "pretty sure it's the neighbour", "he's a lad from my course": who it is, said outright. */
    identifiedBefore: string;
    /** "anyway", "that's not why I'm messaging": what comes before it is an aside; the one doing it is named after. */
    asideEnds: string;
  };
}
