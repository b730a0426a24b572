/**
 * The vocabulary of the conversation: the values a question can hold and the facts that
 * detectors and extractors in src/ hand to the machine. Pure types and constant lists only.
 */

export const RELATIONSHIPS = [
  'exPartner',
  'partner',
  'family',
  'workOrStudy',
  'neighbour',
  'metOnline',
  /** Someone they know whom the list has no place for: a landlord, a carer, a friend's partner, another parent. */
  'someoneElse',
  'stranger',
  'unknown',
] as const;
export type Relationship = (typeof RELATIONSHIPS)[number];

export const BEHAVIOURS = [
  'calls',
  'messages',
  'socialMedia',
  'emails',
  'following',
  'turningUp',
  'itemsLeft',
  'tracking',
  'propertyDamage',
  'threats',
  'contactingOthers',
  /** Intimate images shared or threatened (including for money: sextortion). */
  'imageSharing',
  /** Personal details published or passed on: an address, a phone number (doxxing). */
  'personalDetails',
  'other',
] as const;
export type Behaviour = (typeof BEHAVIOURS)[number];

/** Behaviours that happen online or through devices: they trigger the cyber-stalking explanation. */
export const ONLINE_BEHAVIOURS: readonly Behaviour[] = [
  'messages',
  'socialMedia',
  'emails',
  'tracking',
  'imageSharing',
  'personalDetails',
];

/** Coarse answer bands for "when did it start?". */
export const SINCE_BANDS = ['thisWeek', 'thisMonth', 'fewMonths', 'overYear'] as const;
export type SinceBand = (typeof SINCE_BANDS)[number];

/** Coarse answer bands for "how often?". */
export const FREQUENCY_BANDS = ['severalDaily', 'daily', 'fewWeekly', 'occasional', 'stopped'] as const;
export type FrequencyBand = (typeof FREQUENCY_BANDS)[number];

/** How old the person is, as far as their own words say ("I'm 15", "I'm at school", "I'm 24"). */
export const AGE_GROUPS = ['under18', 'adult'] as const;
export type AgeGroup = (typeof AGE_GROUPS)[number];

/** Where the person lives, when they say so: the services differ by nation. */
export const NATIONS = ['england', 'wales', 'scotland', 'northernIreland'] as const;
export type Nation = (typeof NATIONS)[number];

/** A fact found in the person's own words, with the words that gave it (kept for the summary). */
export interface Found<T> {
  value: T;
  /** The part of the message that gave this fact. */
  text: string;
}

/** When it started, resolved against the reference date. */
export interface StartDate {
  /** ISO 8601 calendar date, YYYY-MM-DD. */
  iso: string;
  /** The person said "about", "around", "roughly"... or the phrase is vague ("last summer"). */
  approximate: boolean;
  /** The band the date falls in, relative to the reference date. */
  band: SinceBand;
}

/** How often it happens, normalised. */
export interface Frequency {
  band: FrequencyBand;
  /** Count per unit when the person gave one ("three times a day" -> 3 per day). */
  count?: number;
  per?: 'day' | 'week' | 'month';
  approximate: boolean;
}

/** Everything the understanding step found in one message. All parts are optional. */
export interface UnderstoodFacts {
  relationship?: Found<Relationship>;
  behaviours?: Found<Behaviour[]>;
  startedOn?: Found<StartDate>;
  frequency?: Found<Frequency>;
  /** About the person, not the unwanted contact: they pick the services, never a question's answer. */
  age?: Found<AgeGroup>;
  nation?: Found<Nation>;
  /**
   * The words rule out being contacted at all ("please don't contact me, I'll ring you", "no"): read
   * only where a safe way to contact them is asked for (src/contact/refusal.ts).
   */
  refusesContact?: true;
  /**
   * Where the channel has no address of its own (web chat), the contact words hold no phone number
   * or email ("text only, after 6pm"): the team could not use them (src/contact/address.ts).
   */
  contactHasNoAddress?: true;
  /**
   * The contact words may rule contact out but don't plainly ("Best is you don't. I'll ring you when I can",
   * "nobody should contact me, my sister can take a message"): the person is asked, never guessed about
   * (src/contact/refusal.ts `readContactRefusal`). With `contactHasNoAddress` too when that applies.
   */
  contactMaybeRefused?: true;
}

export function hasAnyFact(facts: UnderstoodFacts): boolean {
  return Boolean(facts.relationship || facts.behaviours || facts.startedOn || facts.frequency);
}

/** Something about the person (age, where they live) that picks the services. */
export function hasPersonFact(facts: UnderstoodFacts): boolean {
  return Boolean(facts.age || facts.nation);
}

/**
 * `harm`: serious harm described with no time given ("he attacked me", "he set fire to my car"):
 * the 999 line first and "is this happening now, or could they come back soon?".
 */
export const SAFETY_LEVELS = ['emergency', 'crisis', 'harm', 'risk', 'none'] as const;
export type SafetyLevel = (typeof SAFETY_LEVELS)[number];

/**
 * The safety detector's verdict on one message; `rule` names the rule that fired
 * (`<level>.<name>`; dialogs/safety.ts says which names are always high risk).
 */
export interface SafetyVerdict {
  level: SafetyLevel;
  rule?: string;
  /** An emergency whose words also speak of suicide or self-harm: the guidance adds Samaritans. */
  alsoCrisis?: true;
}

export const SAFE: SafetyVerdict = { level: 'none' };
