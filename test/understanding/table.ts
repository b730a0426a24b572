/**
 * Phrases and what the understanding step should read from them, at a fixed reference date:
 * Saturday 28 November 2026, 12:00 UK time. `null` means "must not be found".
 * Only the facts listed in `expect` are checked.
 */
import type { Behaviour, Frequency, FrequencyBand, Relationship, SinceBand, StartDate } from '../../dialogs/facts';

export const NOW = new Date('2026-11-28T12:00:00Z');

export interface Expectation {
  startedOn?: StartDate | null;
  frequency?: Frequency | null;
  behaviours?: Behaviour[] | null;
  relationship?: Relationship | null;
}

export interface Row {
  text: string;
  expect: Expectation;
}

const date = (iso: string, approximate: boolean, band: SinceBand): StartDate => ({ iso, approximate, band });
const freq = (band: FrequencyBand, approximate: boolean, count?: number, per?: Frequency['per']): Frequency => ({
  band,
  approximate,
  ...(count !== undefined ? { count } : {}),
  ...(per !== undefined ? { per } : {}),
});

/** A row about what they do only ("he keeps messaging me on discord" -> messages). */
const does = (text: string, behaviours: Behaviour[] | null): Row => ({ text, expect: { behaviours } });
/** A row about who it is only. */
const who = (text: string, relationship: Relationship | null): Row => ({ text, expect: { relationship } });
/** A row about when it started only. */
const since = (text: string, startedOn: StartDate | null): Row => ({ text, expect: { startedOn } });
/** A row about when it started, read as that day. */
const startsOn = (text: string, iso: string, approximate: boolean, band: SinceBand): Row => since(text, date(iso, approximate, band));
/** A row about how often only. */
const often = (text: string, frequency: Frequency | null): Row => ({ text, expect: { frequency } });

export const DATE_ROWS: Row[] = [
  // British numeric formats: day first
  { text: 'since 03/04/2026', expect: { startedOn: date('2026-04-03', false, 'fewMonths') } },
  { text: '3.4.26', expect: { startedOn: date('2026-04-03', false, 'fewMonths') } },
  { text: 'It started on 12/10/2025', expect: { startedOn: date('2025-10-12', false, 'overYear') } },
  { text: 'since 31/12/2025', expect: { startedOn: date('2025-12-31', false, 'fewMonths') } },
  { text: 'since 1.4.26', expect: { startedOn: date('2026-04-01', false, 'fewMonths') } },
  { text: 'from 2026-04-03', expect: { startedOn: date('2026-04-03', false, 'fewMonths') } },
  // named days: the past candidate, never the future one
  { text: 'since the 3rd of April', expect: { startedOn: date('2026-04-03', false, 'fewMonths') } },
  { text: 'since 3rd April', expect: { startedOn: date('2026-04-03', false, 'fewMonths') } },
  { text: 'since the 3rd of December', expect: { startedOn: date('2025-12-03', false, 'fewMonths') } },
  { text: 'since 14 Feb', expect: { startedOn: date('2026-02-14', false, 'fewMonths') } },
  { text: 'since the 22nd', expect: { startedOn: date('2026-11-22', false, 'thisWeek') } },
  { text: 'since Christmas', expect: { startedOn: date('2025-12-25', false, 'fewMonths') } },
  { text: 'since boxing day', expect: { startedOn: date('2025-12-26', false, 'fewMonths') } },
  { text: 'since easter', expect: { startedOn: date('2026-04-05', false, 'fewMonths') } },
  { text: 'ever since bonfire night', expect: { startedOn: date('2026-11-05', false, 'thisMonth') } },
  // relative
  { text: 'three weeks ago', expect: { startedOn: date('2026-11-07', false, 'thisMonth') } },
  { text: 'about two weeks ago', expect: { startedOn: date('2026-11-14', true, 'thisMonth') } },
  { text: 'a fortnight ago', expect: { startedOn: date('2026-11-14', false, 'thisMonth') } },
  { text: 'two days ago', expect: { startedOn: date('2026-11-26', false, 'thisWeek') } },
  { text: 'yesterday', expect: { startedOn: date('2026-11-27', false, 'thisWeek') } },
  { text: 'three months ago', expect: { startedOn: date('2026-08-28', true, 'fewMonths') } },
  { text: 'last week', expect: { startedOn: date('2026-11-16', true, 'thisMonth') } },
  { text: 'this month', expect: { startedOn: date('2026-11-01', true, 'thisMonth') } },
  { text: 'earlier this year', expect: { startedOn: date('2026-01-01', true, 'fewMonths') } },
  { text: 'since last year', expect: { startedOn: date('2025-01-01', true, 'overYear') } },
  { text: 'since 2019', expect: { startedOn: date('2019-01-01', true, 'overYear') } },
  // durations: started that long ago
  { text: 'for about 6 months', expect: { startedOn: date('2026-05-28', true, 'fewMonths') } },
  { text: 'a couple of years', expect: { startedOn: date('2024-11-28', true, 'overYear') } },
  { text: "it's been going on for 3 weeks", expect: { startedOn: date('2026-11-07', false, 'thisMonth') } },
  { text: 'for the last couple of months', expect: { startedOn: date('2026-09-28', true, 'fewMonths') } },
  { text: "it's been going on for months", expect: { startedOn: date('2026-08-28', true, 'fewMonths') } },
  { text: 'more than a year', expect: { startedOn: date('2025-11-27', true, 'overYear') } },
  { text: 'over a year ago', expect: { startedOn: date('2025-11-27', true, 'overYear') } },
  { text: 'the past year', expect: { startedOn: date('2025-11-28', true, 'fewMonths') } },
  // months, seasons, weekdays and the recognizer's quirks
  { text: 'since March', expect: { startedOn: date('2026-03-01', true, 'fewMonths') } },
  { text: 'since December', expect: { startedOn: date('2025-12-01', true, 'fewMonths') } },
  { text: 'it started in January', expect: { startedOn: date('2026-01-01', true, 'fewMonths') } },
  { text: 'since last March', expect: { startedOn: date('2026-03-01', true, 'fewMonths') } },
  { text: 'last summer', expect: { startedOn: date('2026-06-01', true, 'fewMonths') } },
  { text: 'since last summer', expect: { startedOn: date('2026-06-01', true, 'fewMonths') } },
  { text: 'last winter', expect: { startedOn: date('2025-12-01', true, 'fewMonths') } },
  { text: 'since the autumn', expect: { startedOn: date('2026-09-01', true, 'fewMonths') } },
  { text: 'since summer 2024', expect: { startedOn: date('2024-06-01', true, 'overYear') } },
  { text: 'It started around the beginning of October', expect: { startedOn: date('2026-10-01', true, 'fewMonths') } },
  { text: 'last Tuesday', expect: { startedOn: date('2026-11-24', false, 'thisWeek') } },
  { text: 'last Saturday', expect: { startedOn: date('2026-11-21', false, 'thisWeek') } },
  { text: 'since Monday', expect: { startedOn: date('2026-11-23', false, 'thisWeek') } },
  // picking the right date, or none
  { text: "I've known him for 10 years but this started three weeks ago", expect: { startedOn: date('2026-11-07', false, 'thisMonth') } },
  { text: "We split up in 2023 and he's been texting me since June", expect: { startedOn: date('2026-06-01', true, 'fewMonths') } },
  { text: 'It stopped in May', expect: { startedOn: null, frequency: freq('stopped', false) } },
  { text: "I haven't heard from him since October", expect: { startedOn: null, frequency: freq('stopped', false) } },
  { text: 'since 30/11/2026', expect: { startedOn: null } },
  { text: 'he texts me three times a week', expect: { startedOn: null } },
  { text: 'since 1 June 2025', expect: { startedOn: date('2025-06-01', false, 'overYear') } },
  { text: 'It all started around June 2025', expect: { startedOn: date('2025-06-01', true, 'overYear') } },
  { text: 'since the end of September', expect: { startedOn: date('2026-09-16', true, 'fewMonths') } },
  { text: 'about 6 weeks ago-ish', expect: { startedOn: date('2026-10-17', true, 'fewMonths') } },
  { text: 'since 5/11', expect: { startedOn: date('2026-11-05', false, 'thisMonth') } },
  { text: 'I met him at a party 2 years ago and since then he texts me', expect: { startedOn: date('2024-11-28', true, 'overYear') } },
  { text: 'Last week he turned up at my house', expect: { startedOn: date('2026-11-16', true, 'thisMonth') } },
  { text: 'I called the police last week and they said to contact you', expect: { startedOn: null, behaviours: null } },
  { text: 'my dog died last week', expect: { startedOn: null } },
  { text: 'He was my boyfriend for 3 years and we broke up in March', expect: { startedOn: null, relationship: 'exPartner' } },
];

export const FREQUENCY_ROWS: Row[] = [
  { text: 'three times a day', expect: { frequency: freq('severalDaily', false, 3, 'day') } },
  { text: 'twice a week', expect: { frequency: freq('fewWeekly', false, 2, 'week') } },
  { text: 'every night', expect: { frequency: freq('daily', false) } },
  { text: 'most days', expect: { frequency: freq('daily', true) } },
  { text: 'constantly', expect: { frequency: freq('severalDaily', true) } },
  { text: 'all the time', expect: { frequency: freq('severalDaily', true) } },
  { text: 'every few days', expect: { frequency: freq('fewWeekly', true) } },
  { text: 'once a month', expect: { frequency: freq('occasional', false, 1, 'month') } },
  { text: 'now and then', expect: { frequency: freq('occasional', true) } },
  { text: 'it stopped in May', expect: { frequency: freq('stopped', false) } },
  { text: "he doesn't call any more", expect: { frequency: freq('stopped', false), behaviours: null } },
  { text: 'about 3 times a week', expect: { frequency: freq('fewWeekly', true, 3, 'week') } },
  { text: '50 messages a day', expect: { frequency: freq('severalDaily', false, 50, 'day') } },
  { text: 'daily', expect: { frequency: freq('daily', false) } },
  { text: 'every day', expect: { frequency: freq('daily', false) } },
  { text: 'several times a day', expect: { frequency: freq('severalDaily', true) } },
  { text: 'once or twice a week', expect: { frequency: freq('fewWeekly', true, 2, 'week') } },
  { text: 'every other day', expect: { frequency: freq('fewWeekly', false) } },
  { text: '3-4 times a week', expect: { frequency: freq('fewWeekly', true, 4, 'week') } },
  { text: 'a couple of times a month', expect: { frequency: freq('occasional', false, 2, 'month') } },
  { text: 'he texts me every 10 minutes', expect: { frequency: freq('severalDaily', false) } },
  { text: 'weekly', expect: { frequency: freq('fewWeekly', false, 1, 'week') } },
  { text: 'he turns up every weekend', expect: { frequency: freq('fewWeekly', false, 1, 'week') } },
  { text: 'twenty-five calls a day', expect: { frequency: freq('severalDaily', false, 25, 'day') } },
  { text: 'up to 10 times a night', expect: { frequency: freq('severalDaily', true, 10, 'day') } },
  { text: 'he messages me 24/7', expect: { frequency: freq('severalDaily', true) } },
  { text: 'about three times a day', expect: { frequency: freq('severalDaily', true, 3, 'day') } },
  { text: 'he no longer texts me', expect: { frequency: freq('stopped', false), behaviours: null } },
  { text: "it used to be every day but now it's once a week", expect: { frequency: freq('fewWeekly', false, 1, 'week') } },
  { text: "it was every day but it's stopped now", expect: { frequency: freq('stopped', false) } },
  { text: "it stopped for a bit but now it's every day again", expect: { frequency: freq('daily', false) } },
  { text: "he doesn't call any more, he just texts constantly", expect: { frequency: freq('severalDaily', true), behaviours: ['messages'] } },
  { text: "I'm scared all the time", expect: { frequency: null } },
  { text: 'he knows where I am all the time', expect: { frequency: null, behaviours: ['tracking'] } },
  { text: 'sometimes he waits outside my work', expect: { frequency: freq('occasional', true), behaviours: ['following', 'turningUp'] } },
  { text: 'hardly ever', expect: { frequency: null } },
  { text: 'I never reply to his texts but I get about 20 a day', expect: { frequency: freq('severalDaily', true, 20, 'day'), behaviours: ['messages'] } },
  { text: "He hasn't been in touch for 3 weeks", expect: { frequency: freq('stopped', false), startedOn: null } },
  { text: "He used to follow me but he doesn't any more", expect: { frequency: freq('stopped', false), behaviours: null } },
  { text: '2 or 3 times a week', expect: { frequency: freq('fewWeekly', true, 3, 'week') } },
  { text: 'he calls 5 or 6 times every night', expect: { frequency: freq('severalDaily', true, 6, 'day') } },
  { text: 'every couple of weeks', expect: { frequency: freq('occasional', true) } },
];

export const BEHAVIOUR_ROWS: Row[] = [
  { text: 'He keeps turning up at my work', expect: { behaviours: ['turningUp'] } },
  { text: 'He rings me from withheld numbers', expect: { behaviours: ['calls'] } },
  { text: 'She leaves voicemails', expect: { behaviours: ['calls'] } },
  { text: 'He made a fake instagram pretending to be me', expect: { behaviours: ['socialMedia'] } },
  { text: 'He put a tracker on my car', expect: { behaviours: ['tracking'] } },
  { text: 'I found an AirTag in my bag', expect: { behaviours: ['tracking'] } },
  { text: 'He reads my texts', expect: { behaviours: ['tracking'] } },
  { text: 'She keeps posting about me', expect: { behaviours: ['socialMedia'] } },
  { text: "He's been messaging my mum", expect: { behaviours: ['contactingOthers'] } },
  { text: 'He keeps messaging me', expect: { behaviours: ['messages'] } },
  { text: 'He left flowers on my doorstep', expect: { behaviours: ['itemsLeft'] } },
  { text: 'He logs into my email', expect: { behaviours: ['tracking'] } },
  { text: 'He emails me every day', expect: { behaviours: ['emails'], frequency: freq('daily', false) } },
  { text: 'He threatened to share my photos', expect: { behaviours: ['threats', 'imageSharing'] } },
  { text: 'Someone keyed my car', expect: { behaviours: ['propertyDamage'] } },
  { text: 'He follows me home', expect: { behaviours: ['following'] } },
  { text: 'He waits outside my house', expect: { behaviours: ['following', 'turningUp'] } },
  { text: "He said he'd hurt me", expect: { behaviours: ['threats'] } },
  { text: "He hasn't threatened me", expect: { behaviours: null } },
  { text: "He hasn't threatened me but he follows me home from work", expect: { behaviours: ['following'] } },
  { text: "I don't answer when he calls", expect: { behaviours: ['calls'] } },
  { text: "He won't stop calling me", expect: { behaviours: ['calls'] } },
  { text: "He's not stopped texting me", expect: { behaviours: ['messages'] } },
  { text: 'He sends me letters', expect: { behaviours: ['itemsLeft'] } },
  { text: 'He follows me on Instagram and comments on all my posts', expect: { behaviours: ['socialMedia'] } },
  { text: 'He slashed my tyres', expect: { behaviours: ['propertyDamage'] } },
  { text: 'He threatened to turn up at my work', expect: { behaviours: ['threats'] } },
  { text: "He's been texting me and calling my friends", expect: { behaviours: ['messages', 'contactingOthers'] } },
  { text: 'He told my boss lies about me', expect: { behaviours: ['contactingOthers'] } },
  { text: 'He posted my address online', expect: { behaviours: ['socialMedia', 'personalDetails'] } },
  // sitting or standing outside is being at their place, not following (blind batches 2-12 label it `turningUp` only)
  { text: 'He sits outside in his car for hours', expect: { behaviours: ['turningUp'] } },
  { text: 'He keeps knocking on my door', expect: { behaviours: ['turningUp'] } },
  { text: "I think he's put spyware on my phone", expect: { behaviours: ['tracking'] } },
  { text: "He's been phoning me and hanging up", expect: { behaviours: ['calls'] } },
  { text: 'He keeps DMing me on TikTok', expect: { behaviours: ['messages'] } },
  { text: 'He never hurt me, but he keeps following me', expect: { behaviours: ['following'] } },
  { text: "He turned up at my mum's house", expect: { behaviours: ['turningUp'] } },
  { text: 'He smashed my front window', expect: { behaviours: ['propertyDamage'] } },
  { text: "He's hacked my instagram", expect: { behaviours: ['socialMedia', 'tracking'] } },
  { text: 'He keeps sending me presents', expect: { behaviours: ['itemsLeft'] } },
  { text: "He said he'd kill me if I went to the police", expect: { behaviours: ['threats'] } },
  { text: 'He shared my nudes', expect: { behaviours: ['imageSharing'] } },
  { text: 'He drives past my house every night', expect: { behaviours: ['turningUp'], frequency: freq('daily', false) } },
  // (going through their phone as a habit is other as well since blind batch 198: 55 of the 73 blind stories with it label other)
  { text: 'He goes through my phone and checks my location', expect: { behaviours: ['tracking', 'other'] } },
  { text: 'she keeps ringing my sister', expect: { behaviours: ['contactingOthers'] } },
  { text: 'I called the police', expect: { behaviours: null } },
  { text: 'He said he would post the pictures online', expect: { behaviours: ['threats', 'imageSharing'] } },
  { text: 'he set up fake accounts after I blocked him', expect: { behaviours: ['socialMedia'] } },
  { text: 'Can you call me back', expect: { behaviours: null } },
  { text: 'I sent him a message telling him to stop', expect: { behaviours: null } },
  { text: 'I blocked him and he messaged me from a new number', expect: { behaviours: ['messages'] } },
  { text: 'he wrote on my car', expect: { behaviours: ['propertyDamage'] } },
  { text: 'He tried to follow me home', expect: { behaviours: ['following'] } },
  { text: "He's got my nudes and says he'll send them to everyone", expect: { behaviours: ['threats', 'imageSharing'] } },
  { text: 'She keeps following me around the shop', expect: { behaviours: ['following'] } },
  { text: 'Someone posted a bag of dog poo through my letterbox', expect: { behaviours: ['itemsLeft'] } },
  { text: "he's been calling my work pretending to be my husband", expect: { behaviours: ['contactingOthers'], relationship: null } },
  { text: 'my colleague sends me creepy emails and waits for me in the car park', expect: { behaviours: ['emails', 'following', 'turningUp'], relationship: 'workOrStudy' } },
];

export const RELATIONSHIP_ROWS: Row[] = [
  { text: 'my ex', expect: { relationship: 'exPartner' } },
  { text: 'my ex-boyfriend', expect: { relationship: 'exPartner' } },
  { text: 'my ex boyfreind keeps texting', expect: { relationship: 'exPartner', behaviours: ['messages'] } },
  { text: 'my former partner', expect: { relationship: 'exPartner' } },
  { text: 'my kids dad', expect: { relationship: 'exPartner' } },
  { text: 'someone I used to go out with', expect: { relationship: 'exPartner' } },
  { text: 'my husband', expect: { relationship: 'partner' } },
  { text: 'my girlfriend', expect: { relationship: 'partner' } },
  { text: 'a guy I met on Tinder', expect: { relationship: 'metOnline', behaviours: null } },
  { text: 'a woman I met on Facebook', expect: { relationship: 'metOnline', behaviours: null } },
  { text: 'a match from Hinge', expect: { relationship: 'metOnline' } },
  { text: 'someone at work', expect: { relationship: 'workOrStudy' } },
  { text: 'a colleague', expect: { relationship: 'workOrStudy' } },
  { text: 'someone from uni', expect: { relationship: 'workOrStudy' } },
  { text: 'my boss', expect: { relationship: 'workOrStudy' } },
  { text: 'my ex-colleague', expect: { relationship: 'workOrStudy' } },
  { text: 'my collegue', expect: { relationship: 'workOrStudy' } },
  { text: 'my neighbour', expect: { relationship: 'neighbour' } },
  { text: 'my nieghbour', expect: { relationship: 'neighbour' } },
  { text: 'the guy next door', expect: { relationship: 'neighbour' } },
  { text: 'my brother', expect: { relationship: 'family' } },
  { text: "my mum's partner", expect: { relationship: 'family' } },
  { text: 'my stepdad', expect: { relationship: 'family' } },
  { text: "I don't know who it is", expect: { relationship: 'unknown' } },
  { text: 'anonymous accounts', expect: { relationship: 'unknown', behaviours: ['socialMedia'] } },
  { text: 'a stranger', expect: { relationship: 'stranger' } },
  { text: "a man I don't know", expect: { relationship: 'stranger' } },
  { text: 'some random guy', expect: { relationship: 'stranger' } },
  // (someone else's person: their partner's ex is someone else they know since `someoneElse` exists; blind batch 161)
  { text: "my husband's ex keeps messaging me", expect: { relationship: 'someoneElse', behaviours: ['messages'] } },
  { text: 'I told my mum and she said to call you', expect: { relationship: null } },
  { text: 'My ex has been messaging my sister', expect: { relationship: 'exPartner', behaviours: ['contactingOthers'] } },
  { text: "it's someone from my old school", expect: { relationship: 'workOrStudy' } },
  { text: "my daughter's dad won't leave me alone", expect: { relationship: 'exPartner' } },
  { text: 'It was a guy off plenty of fish', expect: { relationship: 'metOnline' } },
  { text: 'the man upstairs bangs on my door', expect: { relationship: 'neighbour', behaviours: ['turningUp'] } },
  { text: "My ex's new girlfriend keeps messaging me", expect: { relationship: 'someoneElse', behaviours: ['messages'] } },
  // a relative's ex is someone they know (blind batch 18 labels "our Gareth's ex" so)
  { text: 'my sister\'s ex keeps texting me', expect: { relationship: 'someoneElse' } },
];

export const STORY_ROWS: Row[] = [
  {
    text: 'My ex has been messaging me on Instagram and turning up at my work about three times a week since 03/04/2026',
    expect: {
      relationship: 'exPartner',
      behaviours: ['messages', 'turningUp'],
      frequency: freq('fewWeekly', true, 3, 'week'),
      startedOn: date('2026-04-03', false, 'fewMonths'),
    },
  },
  {
    text: "There's a man at my gym I don't know who keeps waiting for me outside. It started last Tuesday.",
    expect: { relationship: 'stranger', behaviours: ['following'], startedOn: date('2026-11-24', false, 'thisWeek') },
  },
  {
    text: "A guy I matched with on Hinge won't stop calling and texting me, like 20 times a day, since we went on one date in September",
    expect: {
      relationship: 'metOnline',
      behaviours: ['calls', 'messages'],
      frequency: freq('severalDaily', true, 20, 'day'),
      startedOn: date('2026-09-01', true, 'fewMonths'),
    },
  },
  {
    text: "My neighbour keeps leaving notes through my door and he scratched my car last week. He hasn't threatened me",
    expect: { relationship: 'neighbour', behaviours: ['itemsLeft', 'propertyDamage'] },
  },
  {
    text: "I don't know who it is but someone has made fake accounts and is posting about me, it's been going on for about a year",
    expect: { relationship: 'unknown', behaviours: ['socialMedia'], startedOn: date('2025-11-28', true, 'fewMonths') },
  },
  {
    text: "Since I left him in the summer he has been following me home, he put an airtag in my car and said he'd kill me",
    expect: {
      relationship: 'exPartner',
      behaviours: ['following', 'tracking', 'threats'],
      startedOn: date('2026-06-01', true, 'fewMonths'),
    },
  },
  {
    text: "Hi, I need some advice. My ex husband won't accept that we're over. He messages me constantly on whatsapp, he's created loads of fake facebook profiles to message my friends and he turned up at my new flat on Sunday even though I never told him where I live. This has been going on since we separated in February.",
    expect: {
      relationship: 'exPartner',
      behaviours: ['messages', 'socialMedia', 'turningUp', 'contactingOthers'],
      frequency: freq('severalDaily', true),
      startedOn: date('2026-02-01', true, 'fewMonths'),
    },
  },
  {
    text: "It's my brother, he's been harassing me for years, calls me 30 times a day and turns up at my work shouting",
    expect: {
      relationship: 'family',
      behaviours: ['calls', 'turningUp'],
      frequency: freq('severalDaily', false, 30, 'day'),
      startedOn: date('2024-11-28', true, 'overYear'),
    },
  },
  {
    text: 'honestly not sure, it just feels like something is not right',
    expect: { relationship: null, behaviours: null, frequency: null, startedOn: null },
  },
];

/**
 * Written before running them, as a check that the rules generalise: 23/30 passed on the
 * first run. The general fixes that followed (past periods, "used to work with", possessive
 * "ex-partner's mother", "the windows of my car", "I keep getting calls") now pass them;
 * the last one (a pronoun for an address) was fixed by a general personal-details rule.
 */
export const HELD_OUT_ROWS: Row[] = [
  { text: "He's been ringing my mobile non-stop since Boxing Day", expect: { behaviours: ['calls'], frequency: freq('severalDaily', true), startedOn: date('2025-12-26', false, 'fewMonths') } },
  { text: 'my ex-wife keeps emailing my new partner', expect: { relationship: 'exPartner', behaviours: ['emails', 'contactingOthers'] } },
  { text: 'a bloke from my work keeps hanging around outside my flat', expect: { relationship: 'workOrStudy', behaviours: ['following', 'turningUp'] } },
  // a count since the start is a rate (issue 9): three times since last week is a few times a week
  { text: 'She turned up at my door three times last week', expect: { behaviours: ['turningUp'], frequency: freq('fewWeekly', true), startedOn: date('2026-11-16', true, 'thisMonth') } },
  { text: 'I keep getting silent calls from a private number, maybe 5 a day', expect: { behaviours: ['calls'], frequency: freq('severalDaily', true, 5, 'day') } },
  { text: "Somebody's been leaving gifts at my front door for the last month", expect: { behaviours: ['itemsLeft'], startedOn: date('2026-10-28', true, 'thisMonth') } },
  {
    text: 'He found out my new address and posted it online',
    expect: { behaviours: ['personalDetails'] },
  },
  { text: 'my uncle', expect: { relationship: 'family' } },
  { text: "he's started texting my best friend", expect: { behaviours: ['contactingOthers'] } },
  { text: 'He smashed the windows of my car', expect: { behaviours: ['propertyDamage'] } },
  { text: 'twice daily', expect: { frequency: freq('severalDaily', false, 2, 'day') } },
  { text: 'every morning and every night', expect: { frequency: freq('severalDaily', false) } },
  { text: 'a handful of times a month', expect: { frequency: freq('occasional', true) } },
  { text: 'It happened once or twice', expect: { frequency: null } },
  { text: 'around Easter time', expect: { startedOn: date('2026-04-05', true, 'fewMonths') } },
  { text: 'he followed me onto the bus', expect: { behaviours: ['following'] } },
  { text: 'she messages me from fake accounts on insta', expect: { behaviours: ['messages', 'socialMedia'] } },
  { text: "It's a woman I used to work with", expect: { relationship: 'workOrStudy' } },
  { text: "My ex-partner's mother keeps calling me", expect: { relationship: 'someoneElse', behaviours: ['calls'] } },
  { text: "I'm being harassed by someone I went to school with", expect: { relationship: 'workOrStudy' } },
  { text: 'i dont know who is sending them', expect: { relationship: 'unknown' } },
  { text: 'A random guy on the train keeps trying to talk to me', expect: { relationship: 'stranger' } },
  { text: 'He has threatened me with a knife before', expect: { behaviours: ['threats'] } },
  { text: "he's not threatening or anything, just keeps texting", expect: { behaviours: ['messages'] } },
  { text: 'He waited for me after my shift', expect: { behaviours: ['following'] } },
  { text: 'My ex keeps calling me names on facebook', expect: { relationship: 'exPartner', behaviours: ['socialMedia'] } },
  { text: 'on and off since 2022', expect: { frequency: freq('occasional', true), startedOn: date('2022-01-01', true, 'overYear') } },
  { text: "He's been stalking me on and off for 3 years", expect: { frequency: freq('occasional', true), startedOn: date('2023-11-28', true, 'overYear') } },
  { text: "It's every weekday on my way to work", expect: { frequency: freq('daily', true) } },
  { text: 'my former flatmate keeps sending me messages', expect: { behaviours: ['messages'], relationship: 'someoneElse' } },
];

/** A second blind round, written after the first round's fixes: 19/25 on its first run. */
export const HELD_OUT_2_ROWS: Row[] = [
  { text: "He keeps turning up at my kids' school", expect: { behaviours: ['turningUp'] } },
  { text: 'My ex girlfriend has been sending me threatening voice notes', expect: { relationship: 'exPartner', behaviours: ['messages', 'threats'] } },
  { text: 'a guy from my course keeps messaging me on linkedin', expect: { relationship: 'workOrStudy', behaviours: ['messages'] } },
  { text: "someone scratched 'slag' into my car door", expect: { behaviours: ['propertyDamage'] } },
  { text: "He's been tracking my phone since September", expect: { behaviours: ['tracking'], startedOn: date('2026-09-01', true, 'fewMonths') } },
  { text: "it's roughly once a week", expect: { frequency: freq('fewWeekly', true, 1, 'week') } },
  { text: 'hundreds of times', expect: { frequency: null } },
  { text: 'my step mum', expect: { relationship: 'family' } },
  { text: 'a lady who lives across the road', expect: { relationship: 'neighbour' } },
  { text: 'we only ever spoke online', expect: { relationship: 'metOnline' } },
  { text: "I have no idea who's behind it", expect: { relationship: 'unknown' } },
  { text: "He's been following me for about 3 months, most days", expect: { behaviours: ['following'], frequency: freq('daily', true), startedOn: date('2026-08-28', true, 'fewMonths') } },
  { text: "He told everyone at my work that I'm a liar", expect: { behaviours: ['contactingOthers'] } },
  { text: "he doesn't follow me anymore but he still messages", expect: { behaviours: ['messages'] } },
  { text: 'She said she would tell my husband everything', expect: { behaviours: ['threats'] } },
  { text: 'She rang my boss', expect: { behaviours: ['contactingOthers'] } },
  { text: 'since 2nd Jan', expect: { startedOn: date('2026-01-02', false, 'fewMonths') } },
  { text: 'from about mid-July', expect: { startedOn: date('2026-07-16', true, 'fewMonths') } },
  { text: '4 days ago', expect: { startedOn: date('2026-11-24', false, 'thisWeek') } },
  { text: 'since Halloween last year', expect: { startedOn: date('2025-10-31', false, 'overYear') } },
  { text: 'every few hours', expect: { frequency: freq('severalDaily', true) } },
  { text: 'once every two weeks', expect: { frequency: freq('occasional', false) } },
  { text: 'He left a dead bird on my doorstep', expect: { behaviours: ['itemsLeft'] } },
  { text: 'he hacked my snapchat and read my messages', expect: { behaviours: ['socialMedia', 'tracking'] } },
  { text: 'He never threatened me but he scares me', expect: { behaviours: null } },
];

/**
 * SMS spelling and text-speak: the normaliser's abbreviation map ("txtin", "wrk", "evry",
 * "my x", "2moro", "n"/"&"/"+" for "and", g-dropped verbs), and what it must leave alone.
 */
export const SMS_ROWS: Row[] = [
  { text: 'my x keeps txtin me n turnin up at my wrk evry day', expect: { relationship: 'exPartner', behaviours: ['messages', 'turningUp'], frequency: freq('daily', false) } },
  // who
  { text: 'my ex-bf keeps callin me', expect: { relationship: 'exPartner', behaviours: ['calls'] } },
  { text: 'my exgf msgs me on insta every nite', expect: { relationship: 'exPartner', behaviours: ['messages'], frequency: freq('daily', false) } },
  { text: 'my x hubby', expect: { relationship: 'exPartner' } },
  { text: 'a x of mine keeps ringin me', expect: { relationship: 'exPartner', behaviours: ['calls'] } },
  { text: 'my x said ill regret it', expect: { relationship: 'exPartner', behaviours: ['threats'] } },
  { text: 'my hubby checks my fone', expect: { relationship: 'partner', behaviours: ['tracking'] } },
  { text: 'my husbnd reads all my txts', expect: { relationship: 'partner', behaviours: ['tracking'] } },
  { text: 'my bf n his m8s keep txting me', expect: { relationship: 'partner', behaviours: ['messages'] } },
  { text: 'a guy i met on snap', expect: { relationship: 'metOnline', behaviours: null } },
  { text: 'idk who it is', expect: { relationship: 'unknown' } },
  { text: 'i dont no who it is', expect: { relationship: 'unknown' } },
  { text: 'dunno who keeps sending them', expect: { relationship: 'unknown' } },
  // what
  { text: 'he keeps followin me home from wrk', expect: { behaviours: ['following'] } },
  { text: 'shes been ringin my mam', expect: { behaviours: ['contactingOthers'], relationship: null } },
  { text: 'hes bin waitin outside my hse', expect: { behaviours: ['following', 'turningUp'] } },
  { text: 'she keeps postin about me on fb', expect: { behaviours: ['socialMedia'] } },
  { text: 'he posted my addy online', expect: { behaviours: ['socialMedia', 'personalDetails'] } },
  { text: 'hes threatened to share my pix', expect: { behaviours: ['threats', 'imageSharing'] } },
  { text: 'he gave my num to his mates', expect: { behaviours: ['personalDetails'] } },
  { text: 'i think hes bin readin my msgs', expect: { behaviours: ['tracking'] } },
  { text: 'hes logged into my insta', expect: { behaviours: ['socialMedia', 'tracking'] } },
  { text: 'he msgs every1 i know', expect: { behaviours: ['contactingOthers'] } },
  { text: "he's been textin my bestie", expect: { behaviours: ['contactingOthers'] } },
  { text: 'ur dead', expect: { behaviours: ['threats'] } },
  { text: 'he said hed kill me', expect: { behaviours: ['threats'] } },
  { text: "he says he'll turn up 2moro", expect: { behaviours: null, startedOn: null } },
  // how often
  { text: 'he keeps showin up @ my hse evry wkend', expect: { behaviours: ['turningUp'], frequency: freq('fewWeekly', false, 1, 'week') } },
  { text: 'she msgs me 3x a day on fb', expect: { behaviours: ['messages'], frequency: freq('severalDaily', false, 3, 'day') } },
  { text: '3 x a wk', expect: { frequency: freq('fewWeekly', false, 3, 'week') } },
  // five a week is a few times a week to the blind writers (frequency.ts, bandForRate)
  { text: 'bout 5 times a wk', expect: { frequency: freq('fewWeekly', true, 5, 'week') } },
  { text: 'he texts me like evry 10 mins', expect: { behaviours: ['messages'], frequency: freq('severalDaily', true) } },
  { text: 'he calls + texts me 24-7', expect: { behaviours: ['calls', 'messages'], frequency: freq('severalDaily', true) } },
  { text: "he's blowin up my fone", expect: { behaviours: ['messages'], frequency: freq('severalDaily', true) } },
  { text: 'he messaged me twice last wk & then stopped', expect: { behaviours: ['messages'], frequency: freq('stopped', false) } },
  { text: 'he sent 2 txts in 2 wks ago and stopped', expect: { frequency: freq('stopped', false) } },
  // since when
  { text: 'it started 2 wks ago', expect: { startedOn: date('2026-11-14', false, 'thisMonth') } },
  { text: 'started bout 6 mnths ago', expect: { startedOn: date('2026-05-28', true, 'fewMonths') } },
  { text: 'its been goin on for a yr', expect: { startedOn: date('2025-11-28', true, 'fewMonths') } },
  { text: 'since yday', expect: { startedOn: date('2026-11-27', false, 'thisWeek') } },
  { text: 'he turned up 2day', expect: { behaviours: ['turningUp'], startedOn: date('2026-11-28', false, 'thisWeek') } },
  { text: "he's been textin n callin since tues", expect: { behaviours: ['calls', 'messages'], startedOn: date('2026-11-24', false, 'thisWeek') } },
  { text: 'its been happening evry wkend since xmas', expect: { frequency: freq('fewWeekly', false, 1, 'week'), startedOn: date('2025-12-25', false, 'fewMonths') } },
  // must not match: "x" that is not an ex, someone else's ex, counts that are not rates, "n"/"em"/"snap"/"bin"
  { text: 'x marks the spot', expect: { relationship: null, behaviours: null, frequency: null, startedOn: null } },
  { text: 'my x-ray results came back', expect: { relationship: null } },
  { text: 'he hacked my x account', expect: { relationship: null, behaviours: ['tracking'] } },
  { text: 'he messages me on x', expect: { relationship: null, behaviours: ['messages'] } },
  { text: 'pls help x', expect: { relationship: null, behaviours: null } },
  { text: 'he sent me a msg with a x at the end', expect: { relationship: null, behaviours: ['messages'] } },
  { text: 'his x keeps msging me', expect: { relationship: null, behaviours: ['messages'] } },
  { text: "my x's new gf keeps messagin me", expect: { relationship: 'someoneElse', behaviours: ['messages'] } },
  { text: 'he sent 2 txts in 2 wks', expect: { frequency: null } },
  // (a parent rung with them is contacting others since batch 177: "keeps messaging me and my mum"; a spouse is not)
  { text: 'he calls me n my mum evry nite', expect: { relationship: null, behaviours: ['calls', 'contactingOthers'], frequency: freq('daily', false) } },
  { text: 'he calls me n my husband evry nite', expect: { relationship: null, behaviours: ['calls'], frequency: freq('daily', false) } },
  { text: 'rock n roll', expect: { relationship: null, behaviours: null, frequency: null } },
  { text: 'my friend em said to call you', expect: { behaviours: null } },
  { text: 'he might snap', expect: { behaviours: null } },
  { text: 'we have bin day on monday', expect: { behaviours: null } },
];

/**
 * Kinds the third blind batch showed (issue 9), each said in words no batch used: relationships in
 * other words, someone the list had no place for (`someoneElse`), durations, dates said by events,
 * frequencies said as counts so far or negated.
 */
export const OTHER_WORDS_ROWS: Row[] = [
  // Blind batch 200's kinds (contact that stopped, paused, came back or changed pace). What: a wish of the writer's answered
  // by what they then began is no wish for it (not "he wants to start calling"); copies of their own messages or chats sent
  // on, said at length before who to (contacting others; not to their work as a place, nor the writer's own); anything sent
  // to them from a number (messages; not emails).
  does('When I told her I wanted to end it she started emailing me', ['emails']),
  does('I wanted to move on and he began ringing me at all hours', ['calls']),
  does('he wants to start calling me', null),
  does('she keeps forwarding screenshots of my old whatsapp chats to my sister', ['messages', 'contactingOthers']),
  does('he sent copies of my private texts to my husband', ['messages', 'contactingOthers']),
  does('I sent screenshots of my messages to my mum', null),
  does('they sent pics from different numbers', ['messages']),
  does('he sent me loads of emails from a new number', ['emails']),
  // How often: a count on most or some days with when on those days said between ("most days if I go out he's ringing me
  // like 20 times": several a day; not the writer's own).
  often("some nights when im out she calls me 10 times", freq('severalDaily', true)),
  often('most days if i leave the house he texts me two or three times', freq('severalDaily', true)),
  often('most days when he calls I ring back 3 times', freq('daily', true)),
  // When: a start said by a time of their life and dated just after it ("since year 9 which was like 2 years ago") over an
  // earlier "since october" that says only when it changed (not one known since then); a stop waited at is a place, not a
  // stop to it ("at my bus stop every morning from the start of September"; "put a stop to it in May" still is).
  startsOn("he used to text me but since june hes been coming round. it all started since uni which was about 3 years ago", '2023-11-28', true, 'overYear'),
  startsOn("since october hes been coming round. ive known him since year 9 which was 2 years ago", '2026-10-01', true, 'fewMonths'),
  startsOn('a woman waits at the same tram stop as me every morning from the start of October', '2026-10-01', true, 'fewMonths'),
  since('he messaged me every day until the police put a stop to it in May', null),
  // Blind batch 199's kinds (told from a diary or log: dated entries, counts, times). Who: someone from their study group first
  // in a diary's entry after its date and a dash or colon (not a club of theirs); someone they had been chatting to on a
  // platform.
  who('3 Nov - girl from my tutorial group followed me to the bus', 'workOrStudy'),
  who('12/10: lad from my lab group posted about me', 'workOrStudy'),
  who('Mon 2nd - a guy from my climbing club sat outside my flat', 'someoneElse'),
  who("A lad I had been chatting to on Instagram keeps sending me pics", 'metOnline'),
  who("a guy I'd been talking to on snapchat for a week won't leave me alone", 'metOnline'),
  // How often: a count of incidents, occasions or visits in a span said as near ("in under two weeks", "in just over a week");
  // always falling on one day of the week ("always a Monday"; not "a Monday person"); a diary's days with a count each (more
  // than once each day: several a day).
  often('Four incidents in under two weeks now', freq('fewWeekly', true)),
  often('he has made 3 visits in just over a week', freq('fewWeekly', true)),
  often("the letters come, it's always on a Friday", freq('fewWeekly', true, 1, 'week')),
  often("she's always been a Monday person, he texts her", null),
  often('Log of calls: Sat x4, Sun x6, Mon x3, and the same since', freq('severalDaily', true)),
  often('texts - tues - 4, weds - 6, thurs - 3', freq('severalDaily', true)),
  // What: gifts said sent to a place of theirs with no sender (items left; not "I sent"); their way blocked said by what they
  // could not do (other); names called in front of others; a visit announced quoted as "coming to visit" (threats; not "my
  // mum says she's coming to visit"); a diary entry that says only where they were ("2nd nov - outside college": turning up;
  // not the writer's own day, "12/11 - at work all day"); a relative's home said without "my".
  does('14/10 - a bouquet sent to my work', ['itemsLeft']),
  does('roses were delivered to the house on my birthday', ['itemsLeft']),
  does('she parked in front of my gate so I couldn\'t get out', ['other']),
  does('he calls me fat in front of my kids', ['other']),
  does('he called me in front of my boss', ['calls']),
  does('he texted saying he\'s "coming to visit" soon', ['messages', 'threats']),
  does("my mum says she's coming to visit at christmas", null),
  does('3rd Oct - outside my house\n5th Oct - outside college again', ['turningUp']),
  does('12/11 - at work all day', null),
  does('he turned up at nans last night', ['turningUp']),
  // ...names called in front of others (other); a screenshot or photo of their school or work (tracking; not "my school
  // uniform"); their room smashed (property damage); time running out, quoted whole (threats; not "not long now till
  // christmas", nor "'I see you'" alone, which blind writers do not label a threat).
  does('she keeps calling me a slag in front of everyone at work', ['other']),
  does("he sent me a screenshot of my office on street view", ["messages", "tracking"]),
  does('she sent me a pic of my school uniform', ['messages']),
  does('he trashed my bedroom while I was out', ['propertyDamage']),
  does("another text, 'won't be long now'", ['messages', 'threats']),
  does("a text saying 'not long now till christmas x'", ['messages']),
  does("a note through the door, 'I see you'", ['itemsLeft']),
  // When: the first entry numbered "1st" ("1st incident: 11 Aug"); a partner's tracking app named with its date is what she
  // did, not their shared life; a date inside their quoted words is not when it began.
  startsOn('Log. 1st incident: 2 Sept, rang my work. Since October it is texts twice a week', '2026-09-02', false, 'fewMonths'),
  startsOn('My husband put Life360 on my phone on 3 August. Then 2 Nov he turned up at my work', '2026-08-03', false, 'fewMonths'),
  startsOn('I keep a log. 20 Nov he messaged me on insta "saw you at the gym last night x"', '2026-11-20', false, 'thisMonth'),
  // Blind batch 198's kinds (most typed on the move: fragments, corrections, out of order, two dates). How often: counts said
  // "thirty-odd" or "20 odd" (not "the odd time"); a bus route is no count ("gets on the 38 at my stop every day"); three or more
  // times since the first time are counted over the span as they are (two are one gap); back after half term is the Monday
  // after its week.
  often('she rings my mobile forty-odd times a day', freq('severalDaily', false, 40, 'day')),
  often('he texts me 30 odd times a week', freq('severalDaily', false, 30, 'week')),
  often('I get twenty-odd messages a day off him', freq('severalDaily', false, 20, 'day')),
  often('he comes in the shop the odd time', freq('occasional', true)),
  often('a lad gets on the 38 at my stop every day and sits next to me', freq('daily', false)),
  often('he sends 40 texts every night', freq('severalDaily', false, 40, 'day')),
  often("She's followed me home four times. The first time was Monday 9th Nov.", freq('fewWeekly', true)),
  often("He's turned up at my work three times, the first time was the 16th of November", freq('fewWeekly', true)),
  often("It's happened twice, first time Saturday 14th", freq('occasional', true)),
  often("I've seen him 4 times since the kids went back after half term", freq('fewWeekly', true)),
  startsOn("it's been going on since after half term", '2026-11-02', true, 'thisMonth'),
  startsOn('it started at half term', '2026-10-26', true, 'fewMonths'),
  // Who: a customer where the writer works, typed fast with no article and the work said after it ("man who comes in the
  // bookies, i work there"; not where they only shop, nor with no work said).
  who('man who comes in the bookies, i work there, keeps asking me out', 'workOrStudy'),
  who('old bloke who drinks in the pub - i work there - keeps grabbing my arm', 'workOrStudy'),
  who('a woman who comes in the shop where i buy my milk keeps staring at me', 'stranger'),
  who('man who comes in the garage keeps asking for my number', 'stranger'),
  // What: their classes or sessions joined (following; not the writer's own, nor a class shared anyway); messaging anyone
  // they have spoken to, matched with or follow (contacting others; not the writer's own); going through their phone or
  // messages as a habit (other as well as tracking; not once, not the writer's own, not reading alone); their work made
  // worse reported as said, with or without "will" (threats; done, it stays other).
  does("he's started going to all the same spin classes as me", ['following']),
  does('she signed up for the same evening classes as me', ['following']),
  does('he joined my yoga sessions and stands behind me', ['following']),
  does('I switched to the same classes as my sister', null),
  does('our kids are in the same class and she keeps messaging me', ['messages']),
  does("she texts any lad I've been talking to", ['messages', 'contactingOthers']),
  does('he dms everyone who I follow', ['messages', 'contactingOthers']),
  does("I message anyone I've spoken to about it", null),
  does("he keeps going through my messages when I'm asleep", ['tracking', 'other']),
  does('my husband goes through my emails', ['tracking', 'other']),
  does('I go through my messages and delete them', ['tracking']),
  does('he reads my texts', ['tracking']),
  does("When I said no he said he'd give me the worst shifts", ['threats']),
  does('He say he give me no more shifts', ['threats']),
  does('my manager says she will cut my hours', ['threats']),
  does('When I say no he give me the worst shifts', ['other']),
  does('he gives me bad shifts', ['other']),
  // When: something the two of them did before, with a later date said as when it began, is background ("we went on one
  // date back in august. then this started on monday"; not when nothing later is said as the start); a season made exact by
  // one of its months after a comma or dash ("in the spring, april i think"); a season with the year said at the end of its
  // sentence ("It began the winter my dad died, 2021."); a date with "and since then nothing" after it is when it stopped, and
  // "since then nothing" or "ever since then, not a word" is a stop (not "since then nothing but abuse").
  startsOn('we went on one date back in august. then this started on monday', '2026-11-23', false, 'thisWeek'),
  startsOn('We swapped pics last Tuesday. Big mistake. Now he wants money', '2026-11-24', false, 'thisWeek'),
  startsOn('been like this since the fire alarm business in the spring, april i think', '2026-04-01', true, 'fewMonths'),
  startsOn('started in the autumn - october actually', '2026-10-01', true, 'fewMonths'),
  startsOn('It began the winter my dad died, 2021.', '2021-12-01', true, 'overYear'),
  startsOn('It started the spring we moved here, 2024.', '2024-03-01', true, 'overYear'),
  often('she used to text me all the time. I changed my number in May and since then nothing', freq('stopped', false)),
  often('he rang every day. ever since then, not a word', freq('stopped', false)),
  often('since then nothing but abuse', null),
  // Blind batch 197's kinds (half told as to a friend, the one doing it named by a nickname, a first name or a role). Who: a
  // neighbour said by a pronoun or a name at a house number ("Her at number 14"; not the writer's own place, nor one they saw
  // there); a regular where the writer works, in a bracket or as "this regular" (not a rate, "regular as clockwork"); a
  // relative said through a parent's relative ("mum's sister's son"; not someone else's, nor a parent's friend); the
  // relationship said back to them as others excuse it ("she's still your sister"; not "he's your son too"); a friend's
  // partner said by who they are with ("who's been with my mate Josh").
  who('Her at number 14 has had it in for us since we put the fence up', 'neighbour'),
  who("it's him at no 22, he keeps keying my car", 'neighbour'),
  who('Sandra at number 9 keeps leaving notes through the door', 'neighbour'),
  who("I'm at number 4 on the housing list and a man keeps texting me", 'stranger'),
  who('I saw her at number 14 when I was delivering leaflets and a man keeps texting me', 'stranger'),
  who('I do nights at the Swan and this regular keeps waiting for me after my shift', 'workOrStudy'),
  who("I work in a cafe and there's this bloke, Pete (regular, flat white), who keeps messaging me", 'workOrStudy'),
  who('I work at the Crown and a man keeps texting me every night (regular as clockwork)', 'stranger'),
  who("Ravi (mum's sister's son) keeps messaging me", 'family'),
  who("my dad's brother keeps turning up at my flat", 'family'),
  who("my mum's friend keeps messaging me", 'someoneElse'),
  who("Jade keeps ringing my fiance and mum says she's still your sister", 'family'),
  who("my nan says he's still your dad but he won't stop turning up", 'family'),
  who("my ex keeps turning up and says he's your son too", 'exPartner'),
  who("Carly, who's been with my mate Josh for years, keeps sending me messages", 'someoneElse'),
  who('a girl who is going out with my best friend keeps messaging me', 'someoneElse'),
  // What: a place they came to with a word between ("He come also to my work"; not letters that came); money wanted or else
  // they send them, the pictures named a sentence or two before (not without pictures named).
  does('He come also to my work and shout', ['turningUp']),
  does('she came even to my house', ['turningUp']),
  does('the letters came also to my work', ['itemsLeft']),
  does('We swapped pics last week. Big mistake. Now he wants £500 or he sends them to my work', ['threats', 'contactingOthers', 'imageSharing']),
  does('We swapped numbers last week. Now he wants £500 or he sends his mates round', ['threats']),
  // money or else someone sent round, not pictures (left in the 6 Dec closing note): threats alone
  does('He wants £500 or he will send the bailiffs round', ['threats']),
  does('my landlord is demanding £900 or he will send the debt collectors', ['threats']),
  does('he wants £500 or he will send the pics to my mum', ['threats', 'imageSharing']),
  // How often: the gap between one time and the next ("About a week and a half later, another lot": less than weekly; "a
  // week later, another one": once a week; not a gap before it began).
  often('He left roses on my car. About a week and a half later, another lot', freq('occasional', true)),
  often('A card came in August. Two weeks later there was another one', freq('occasional', true)),
  often('I got a card from him. A week later, another one', freq('fewWeekly', true, 1, 'week')),
  often('We split up and a few months later he started texting me', null),
  // When: "now he ..." after a remark of a few words still dates it by the event before ("Big mistake. Now he wants").
  startsOn('Met a guy online and we swapped pics last Tuesday. Big mistake. Now he wants money or he sends them to my family', '2026-11-24', false, 'thisWeek'),
  // Blind batch 196's kinds (half about someone moving on to the writer's friends, family, new partner, children or work).
  // What: a threat passed on through one of theirs - told to watch their back ("saying ... Dan should watch his back",
  // "telling him to watch his back"; not "my brother said he'd watch his back", nor the writer's own), or words for the writer
  // ("saying 'tell her I know where she is'"; not the writer's own, nor words that promise nothing).
  does('he keeps messaging my boyfriend saying he should watch his back', ['threats', 'contactingOthers']),
  does('she told my brother to watch his back', ['threats', 'contactingOthers']),
  does("my brother said he'd watch his back", null),
  does('I told my son to watch his back at school', null),
  does("keeps ringing my dad saying 'tell her I know where she lives'", ['threats', 'contactingOthers']),
  does("he texted my sister 'tell him he's dead'", ['threats', 'contactingOthers']),
  does('I told him I know where she lives', null),
  does("she said tell your mum she's a liar", null),
  // ...and contacting others: others told too, and something said of the two of them ("telling the vicar and others in the
  // congregation that we are engaged"); their people turned against them with words before who ("turned my whole family
  // against me"); one of a set sent to one of theirs ("he already sent my cousin one of them"; not only threatened, nor the
  // writer's own); a place's people ("sending messages to my office colleagues"; not flowers sent to the office); one of
  // theirs found online and commented on or tagged (not the writer's own).
  does("she's been telling the vicar and others at church that we're getting married", ['contactingOthers']),
  does('he told my boss and the rest of the team that we were sleeping together', ['contactingOthers']),
  does('I told the vicar that we are engaged', null),
  does("he's turned my whole family against me", ['contactingOthers']),
  does('she turned my two eldest against me', ['contactingOthers']),
  does('I turned my whole life around', null),
  does('he sent my cousin one of them', ['contactingOthers']),
  does("he'll send my mum one of them", ['threats']),
  does('I sent my mum one of them', null),
  does("he's sending letters to my office colleagues about me", ['itemsLeft', 'contactingOthers']),
  does('he sent flowers to my office', ['itemsLeft']),
  does('he found my son on tiktok and tags him in videos about me', ['socialMedia', 'contactingOthers']),
  does('she found my daughter on facebook and is commenting on all her photos', ['socialMedia', 'contactingOthers']),
  does('I found my son on tiktok and commented on his videos', ['socialMedia']),
  // ...a review on the page of one of theirs (not the writer's own); their email address among the ways they are reached (not
  // a way changed or read); noise made on purpose, and banging on a ceiling said without "on" or its article (not the
  // writer's own, nor a letter's stamp).
  does("he put a review on my husband's business page calling him a paedo", ['socialMedia']),
  does("she left a review on my sister's salon page saying it's dirty", ['socialMedia']),
  does("I left a review on my mum's business page", null),
  does("she's found me on WhatsApp, Insta and even my work email", ['messages', 'socialMedia', 'emails']),
  does('he messages me on snapchat and my uni email', ['messages', 'emails']),
  does('I changed my number and my email', null),
  does('he reads my messages on facebook and my email', ['tracking']),
  does('They stamp and bang all night on purpose now', ['other']),
  does('the man upstairs stomps about deliberately at night', ['other']),
  does('she bangs on ceiling when I walk about', ['other']),
  does('he bangs the ceiling with a brush', ['other']),
  does('I banged on the wall to get him to stop', null),
  does('the letter had no stamp on it', null),
  does('I banged my head on the wall', null),
  // Who (blind batch 196): a caller or a stranger said with their age ("A young man has been ringing me pretending to be from
  // my bank", "A young man keeps coming to my door"; not the writer's own age); an ex named in what someone says gives way to
  // the writer saying they do not know who it is (not one said to be them).
  who('A young man has been ringing me pretending to be from my bank', 'unknown'),
  who('an elderly woman keeps phoning my house', 'unknown'),
  who('A young man keeps coming to my door saying he is from the council', 'stranger'),
  who('A young woman I helped with directions started coming to my house', 'stranger'),
  who("I'm a young woman and my ex keeps texting me", 'exPartner'),
  who('Someone keeps messaging my girlfriend saying I cheated on my ex. We have no idea who it is', 'unknown'),
  who("Someone keeps messaging me. No idea who it is, but I'm sure it's my ex", 'exPartner'),
  who('Someone slashed my tyres. I know its my ex', 'exPartner'),
  // How often (blind batch 196): a count over the past month, or a range a month, is as a month's rate - four is about weekly
  // ("3 or 4 times in the last month"; not three); hundreds of messages since a day said, and with what they are between
  // "hundreds" and "a day" (not shares).
  often('he has called four times in the past month', freq('fewWeekly', true)),
  often('he has called 3 or 4 times in the last month', freq('fewWeekly', true)),
  often('she has followed me three times in the last month', freq('occasional', true)),
  often('he calls 3 or 4 times a month', freq('fewWeekly', true, 4, 'month')),
  often('he calls 2 or 3 times a month', freq('occasional', true, 3, 'month')),
  { text: "he's sent me hundreds of snaps since the 3rd", expect: { frequency: freq('severalDaily', true), startedOn: date('2026-11-03', false, 'thisMonth') } },
  often('I get hundreds of abusive comments and DMs a day', freq('severalDaily', true)),
  often('his post was shared hundreds of times since monday', null),
  // Blind batch 195's kinds (half about someone met once or briefly, or found again after years). Who: a tradesperson said by
  // the job they came to do at the writer's home ("A plumber came to fix my boiler", "Had a roofer round to quote"; not the
  // writer's own trade, nor one who found what someone else left); a former flatmate said by the home they shared (not one
  // said as a relative); a relative they found they have ("found out I have a half sister"; not news about another's); a
  // passenger said with a word for who they are, the writer a driver ("One lady passenger, I drive her"; not a passenger on
  // the writer's own train); the driver of a taxi they took, said as "the driver" (not a driver of the firm they use); workers
  // on a house near them ("Scaffolders are doing the house across the road": strangers, not neighbours; not those who live there).
  who('An electrician came out to rewire the kitchen and now he keeps texting me', 'someoneElse'),
  who('We had a gas engineer round to service the boiler and he has been messaging me ever since', 'someoneElse'),
  who('the joiner who fitted our kitchen keeps turning up at the house', 'someoneElse'),
  who('got a builder in to quote for the extension, now he wont stop ringing me', 'someoneElse'),
  who("I'm a plumber. A customer keeps ringing me about a job I did", 'workOrStudy'),
  who('I shared a house with a girl in first year and she keeps messaging me', 'someoneElse'),
  who('shared a flat with him for a year at uni, now he keeps turning up', 'someoneElse'),
  who('I shared a flat with my sister in 2019 and now my ex keeps messaging me', 'exPartner'),
  who('Did an ancestry test and discovered I have a half brother. He keeps messaging me', 'family'),
  who('turns out I have a sister I never knew about and she has been turning up at my house', 'family'),
  who("Im a cab driver. A drunk passenger I took home last month keeps ringing the office", 'workOrStudy'),
  who('I drive a taxi in Leeds. One young passenger has been messaging me since', 'workOrStudy'),
  who('I took a cab home from the station and the driver has been texting me since', 'stranger'),
  who('got an uber back from a night out, the driver keeps messaging me on whatsapp', 'stranger'),
  who('The builders working on the house opposite keep shouting at me when I leave for work', 'stranger'),
  who('the builders doing the house next door keep whistling at me', 'stranger'),
  who('the man in the house across the road keeps shouting at me', 'neighbour'),
  who('the lads next door keep shouting at me', 'neighbour'),
  // What (blind batch 195): boarding the bus or train they are on (following; not the writer's own, nor someone else's, nor a
  // passenger of a writer who drives the bus); walking with them uninvited (not one of theirs who walks with them); gifts
  // brought, said in quotes or after when and where (not "with no parcel"); a window "put in" with the room said before it, or
  // "windaes" (not a new one fitted); promised to "deal with" them, or with it in quotes or themselves (not help); "shed" for
  // "she'd" after a verb of saying (not the garden shed); wolf whistles and catcalls (other); their work's main line rung
  // asking for them.
  does('a man keeps getting on my train and sitting opposite me', ['following']),
  does('she got on the same bus as me three times this week', ['following']),
  does('my son gets on the same bus as his friend', null),
  does('I always get on my bus at the same stop', null),
  does("I'm a bus driver and a man gets on my bus every morning and texts me", ['messages']),
  does('he tries to walk with me to the station every night', ['following']),
  does('she keeps walking next to me on my way home', ['following']),
  does('my friend has started walking with me to school', null),
  does('I asked my neighbour to walk with me', null),
  does("he turned up at my work last friday with 'presents' for me", ['turningUp', 'itemsLeft']),
  does('she keeps calling round uninvited with chocolates', ['turningUp', 'itemsLeft']),
  does('He came back to the door on Sunday with no parcel asking if I fancied a drink', ['turningUp']),
  does('he put the back bedroom window in last night', ['propertyDamage']),
  does('she put ma kitchen windaes in', ['propertyDamage']),
  does('the fitter put the new kitchen window in last week', null),
  does("he texted saying he'll 'deal with me'", ['messages', 'threats']),
  does("she said shed 'deal with it' herself", ['threats']),
  does("he said hed deal with it himself", ['threats']),
  does('he says the landlord will deal with it', null),
  does("she said shed 'sort me out'", ['threats']),
  does('he said the shed door was open', null),
  does('the lads on the site wolf whistle at me every morning', ['other']),
  does('a man in a van catcalled me twice this week', ['other']),
  does('I whistled at my dog to come back', null),
  does('she rings the main number asking for me by name', ['calls', 'contactingOthers']),
  // When (blind batch 195): a single occasion said with "once" is not a start said as such ("came in once in the summer ...
  // Started August bank holiday", "from grindr once in the summer ... about 3 weeks ago he started"), still the start when
  // nothing else is said or "since then" follows; a meeting said "met him once" dates it as a brief one does; "gone on" says how
  // long ("this has gone on a long time, maybe 5 years"). How often: the count each time after the verb and a comma, a day said
  // first ("Every day she is calling, 4 or 5 times").
  startsOn('A man came into the shop once in the spring. About a fortnight ago he started sending me letters', '2026-11-14', true, 'thisMonth'),
  startsOn('a lad from tinder once in the summer. 3 weeks ago he started threatening me', '2026-11-07', false, 'thisMonth'),
  startsOn('He fixed my car once in July. Since then he texts me every day', '2026-07-01', true, 'fewMonths'),
  startsOn('I met her once at a wedding in May and now she keeps messaging me', '2026-05-01', true, 'fewMonths'),
  startsOn('met her once in a cafe on bonfire night and she keeps ringing me', '2026-11-05', false, 'thisMonth'),
  startsOn("I met him just once at a barbecue in August, now he won't stop texting", '2026-08-01', true, 'fewMonths'),
  startsOn('I met him once in August, then in October he started texting me', '2026-10-01', true, 'fewMonths'),
  startsOn('he calls me every night. this has gone on a long time, maybe 3 years', '2023-11-28', true, 'overYear'),
  startsOn("she texts every day. it's gone on about 6 months now", '2026-05-28', true, 'fewMonths'),
  often('Every night he is ringing, 6 or 7 times', freq('severalDaily', true)),
  often('every day she texts me, maybe twenty times', freq('severalDaily', true)),
  often('every day he texts me, I have blocked him 3 times', freq('daily', false)),
  // Blind batch 194's kinds (half about someone connected to the writer's work, study or the services they use). Who: a
  // service they paid for, said short or by what was done for them ("Stopped training with my PT", "get my hair done by this
  // guy", "the woman who does my nails", "We had a maths tutor for my daughter"; not the writer's own job, "I'm a PT", nor "PT
  // sessions", nor a tutor at uni); someone met through the writer's own job ("I'm a property manager ... A tenant", "A father
  // from one of my cases"; not their own tenant); someone who coaches with them at their club ("a dad who helps coach the under
  // 10s with me at our football club"; not one who watches there); "Bloke on X" said first with no article.
  who('Stopped training with my PT about a month ago and he keeps texting me', 'someoneElse'),
  who("I'm a PT at a gym. One of my clients keeps texting me", 'workOrStudy'),
  who('I do PT sessions at the gym and a man there keeps texting me', 'stranger'),
  who('i used to get my hair done by this guy at a salon in town. he keeps messaging me', 'someoneElse'),
  who('the woman who does my nails keeps texting me', 'someoneElse'),
  who('my barber keeps texting me', 'someoneElse'),
  who('We had a maths tutor for my daughter and he keeps emailing me', 'someoneElse'),
  who('my tutor at uni keeps emailing me', 'workOrStudy'),
  who("I'm a property manager at a letting agents. A tenant keeps ringing the office", 'workOrStudy'),
  who('My tenant keeps ringing me', 'someoneElse'),
  who("I'm a social worker. A father from one of my cases keeps ringing me", 'workOrStudy'),
  who('Theres a dad who helps coach the under 10s with me at our football club. He keeps messaging me', 'someoneElse'),
  who('a man who watches at our football club keeps messaging me', 'stranger'),
  who('Bloke on X I got into an argument with has posted my home address', 'metOnline'),
  // What (blind batch 194): a visit announced in what they say ("says hes coming round": a threat, not a turning up; not one
  // made, "he's coming round every night", nor for an errand, "coming round to get her stuff"); their address posted with no
  // platform named (social media and personal details; not the writer's own); tyres let down, "let down" first (not "he let
  // me down", nor the writer's own).
  does('Bloke on X has posted my home address and says hes coming round', ['socialMedia', 'threats', 'personalDetails']),
  does('he keeps dming me saying hes coming round', ['messages', 'threats']),
  does("he's coming round every night", ['turningUp']),
  does("she said she's coming round to get her stuff", ['turningUp']),
  does('I posted my address to the council', null),
  does('Last month he let down my tyres', ['propertyDamage']),
  does('he let me down again', null),
  does('I let down my tyres to drive on the sand', null),
  // When (blind batch 194): how long they had a service is no start, its ending is ("We had a maths tutor ... for about a year
  // and stopped him on 17th July. Since then"); what they have been doing since, joined straight on to a date ("moved salons
  // in september and hes been messaging me"; not anyone else, "and my son has been living with us"). How often: "a night out"
  // is no rate.
  startsOn('We had a maths tutor for my daughter for about a year and stopped him on 17th July. Since then he emails me weekly', '2026-07-17', false, 'fewMonths'),
  startsOn('i used to get my hair done by this guy for years. moved salons in september and hes been messaging me', '2026-09-01', true, 'fewMonths'),
  since('we moved house in september and my son has been living with us', null),
  often('met a girl on a night out in town and she messages me constantly', freq('severalDaily', true)),
  often('he texts me three times a night', freq('severalDaily', false, 3, 'day')),
  // Blind batch 193's kinds (half about family members as the ones doing it). Who: their partner's relative said first with
  // no "my" ("wife's sister has it in for me"; not "Wife's friend"); a child said by both parents, "our" ("Our daughter (she's
  // 35) has been putting posts"; not the household described by an age, "our daughter is 4."); the ex's relatives right after
  // the separation that dates it ("Ever since I left my wife her brothers", "Since me and Dan divorced his parents"; not when
  // the ex goes on to do it too, "...and he turns up at my work").
  who("wife's sister has it in for me. emails my boss pretending to be a customer", 'family'),
  who("Husband's brother keeps texting me", 'family'),
  who("Wife's friend keeps texting me", null),
  who("Our daughter (she's 35) has been putting posts on Facebook about me", 'family'),
  who('I live with my wife and our daughter is 4. A man from my course keeps emailing me', 'workOrStudy'),
  who('Ever since I left my wife her brothers have been threatening me', 'family'),
  who('Since me and Dan divorced his parents have been emailing me every few days', 'family'),
  who('Since I left him his family keep ringing me and he turns up at my work', 'exPartner'),
  // What (blind batch 193): a home said by its kind ("comes to my bungalow uninvited"; not the writer's move); their pension
  // card taken ("HE HAS TAKEN MY PENSION CARD"; not the writer's own); their people rung round ("She's rung round all our
  // friends"; not "I rang round my friends"); one of theirs found on a platform and written to ("found my daughter on Facebook
  // and wrote to her"); written to at their home, the letters said by the address ("Grandad writes to my flat"; not "I wrote to
  // my housing association"); said to be coming to harm them ("saying he's coming over to batter me"; not a visit, "she said
  // she's coming round to see the kids").
  does('He has moved back to the area and comes to my bungalow uninvited', ['turningUp']),
  does('I moved to a bungalow last year', null),
  does('HE HAS TAKEN MY PENSION CARD.', ['other']),
  does('I have taken my pension card to the post office', null),
  does("She's rung round all our friends too", ['contactingOthers']),
  does('I rang round my friends to warn them', null),
  does('he found my daughter on Facebook and wrote to her', ['socialMedia', 'contactingOthers']),
  does('Grandad writes to my flat every week', ['itemsLeft']),
  does('I wrote to my housing association', null),
  does("he texted me saying he's coming over to batter me", ['messages', 'threats']),
  does("she said she's coming round to see the kids", ['turningUp']),
  // When (blind batch 193): the ending said before, undated, as what it came after, then dated in a sentence of its own,
  // "before" for "ago" ("since my husband and me moved out ... We moved out 6 weeks before."; not before something named, "6
  // weeks before the wedding"); the season after the year, as in a second language ("from last year summer", the summer of
  // last year). How often: "one time in month" (once a month; not "the one time in weeks").
  startsOn('My mother in law is calling me since my husband and me moved out from her house. We moved out 6 weeks before.', '2026-10-17', false, 'fewMonths'),
  since('We moved out 6 weeks before the wedding', null),
  startsOn('This is from last year summer, maybe June 2025.', '2025-06-01', true, 'overYear'),
  often('Now is less, one time in month maybe.', freq('occasional', false, 1, 'month')),
  often('the one time in weeks he did not ring', null),
  // Blind batch 192's kinds (half about something that began only recently). Who: someone at the place they work, said as a
  // pupil's parent where they teach or typed with no article ("a parent at the school where I teach", "lad at the garage where
  // i work"; not where they only go, "a man at the garage where i take my car", nor a parent at their child's school); a
  // passenger they dropped off ("Passenger I dropped off friday night"; not anyone else, "a man I dropped off at the station",
  // with no word that they drive for work); someone
  // they played in an online game ("some guy i beat on fifa online"; not "a guy i beat at pool in the pub"); WeChat among the
  // platforms ("I meet a man on WeChat").
  who('a parent at the school where I teach has sent me about 30 emails', 'workOrStudy'),
  who('lad at the garage where i work keeps messaging me', 'workOrStudy'),
  who('a man at the garage where i take my car keeps calling me', 'stranger'),
  who('a parent at my sons school keeps messaging me', 'someoneElse'),
  who('Passenger I dropped off friday night has been leaving me voicemails', 'workOrStudy'),
  who('a man I dropped off at the station keeps calling me', 'stranger'),
  who('some guy i beat on fifa online got my number', 'metOnline'),
  who('a guy i beat at pool in the pub keeps texting me', 'stranger'),
  who('I meet a man on WeChat 5 days ago', 'metOnline'),
  who("my wife's cousin messages me on wechat", 'family'),
  // What (blind batch 192): the writer in a clause saying where they work is not who does it ("a parent at the school where I
  // teach has sent me about 30 emails"); waiting at their car ("has been waiting at my car after my shifts"; not the writer's
  // own); a new subject said as "him and his mates" ends a threat's reach ("threatened to smash my face in on saturday, then
  // today him and his mates waited outside the gates"; not "threatened to hurt him and his family and turn up"); access kept
  // to their accounts ("he still has access to my Google account"; not "I have access to my emails again", "I gave him access
  // to my Netflix"); said to their face ("Told me to my face hed make sure we sold up"; not "he'd never liked me"); "given"
  // as "gave" ("She has given me two letters"; not "I have given him two letters", "the police have given me a letter");
  // driving past their yard ("He drive past my yard"; not "I drive past my yard").
  does('a parent at the school where I teach has sent me about 30 emails', ['emails']),
  does('Wee guy fae my work has been waiting at my car after my shifts', ['turningUp']),
  does('I was waiting at my car for the AA', null),
  does('he threatened to smash my face in on saturday, then today him and his mates waited outside the gates for me', ['following', 'turningUp', 'threats']),
  does('he threatened to hurt him and his family and turn up at my house', ['threats']),
  does('I think he still has access to my Google account', ['tracking']),
  does('I have access to my emails again', null),
  does('I gave him access to my Netflix', null),
  does('Told me to my face hed make sure we sold up', ['threats']),
  does("Told me to my face he'd never liked me", null),
  does('She has given me two letters.', ['itemsLeft']),
  does('I have given him two letters', null),
  does('the police have given me a letter', null),
  does('He drive past my yard like every other day too', ['turningUp']),
  does('I drive past my yard every day', null),
  // When (blind batch 192): "since the weekend", the weekend just gone (on a Saturday, the one before; "the weekend before
  // last" a week earlier; not "what I'm doing at the weekend"); "since" ending its clause before what they went on saying
  // ("has sent me 12 messages since, asking what im wearing"). How often: a count of the accounts or dms it came from since
  // the start ("its been about 10 accounts since"); a rating is no count ("leaving 1 star reviews"); the writer in a clause
  // saying where they work is not who the days are about ("lad at the garage where i work threatened ... on monday, then today").
  startsOn('she has been sending me dms since the weekend asking me out', '2026-11-21', true, 'thisWeek'),
  startsOn('hes been texting me since the weekend before last', '2026-11-14', true, 'thisMonth'),
  since("my ex keeps texting me asking what I'm doing at the weekend", null),
  startsOn('my flatmates boyfriend got my number off her phone last night and has sent me 12 messages since, asking what im wearing', '2026-11-27', false, 'thisWeek'),
  often('my flatmates boyfriend got my number off her phone last night and has sent me 12 messages since, asking what im wearing', freq('severalDaily', true)),
  often('the first one was friday night and its been about 10 accounts since', freq('severalDaily', true)),
  often('she has been sending me dms on insta since the weekend and now about 20 messages so far', freq('severalDaily', true)),
  often('it started in september and now shes leaving 1 star reviews on the salon page', null),
  often('lad at the garage where i work threatened to smash my face in on monday, then today he followed me', freq('fewWeekly', true)),
  // Blind batch 191's kinds (half turning on money, business and property). Who: someone they ran a business with, said by
  // name or as a business partner ("Me and Dean ran a cafe together"; not said as a friend, "Me and a mate ran a building
  // firm", nor a partner, "me and my husband ran a pub"); the owner where they worked ("my job at a phone repair shop ... the
  // owner"; not "the owner of the dog"); a client said by the work done for them ("Did a logo + branding job for a client");
  // a client of the writer's own shop said with "have" and no article ("I have small beauty salon"; not "I have a job in a
  // shop"); the buyer of their house ("We sold our house ... the buyer"; not through a selling site); a tradesman they paid
  // ("We paid a builder"; not "the mechanic found an AirTag"); "Girl I was mates with" said first; "an ebay seller" (met
  // online); a partner said by how it leaves them ("my wife is not sleeping": a bystander).
  who('Me and Dean ran a cafe together in Wakefield for 6 years, he keeps ringing me', 'workOrStudy'),
  who('me and my husband ran a pub together for years. My neighbour keeps ringing me', 'neighbour'),
  who('my old business partner keeps turning up at the new shop', 'workOrStudy'),
  who('I left my job at a phone repair shop in June because the owner was paying me cash. Now he messages me', 'workOrStudy'),
  who('the owner of the dog next door keeps shouting at me', 'neighbour'),
  who('Did a logo + branding job for a client in August, he never paid and now emails me daily', 'workOrStudy'),
  who('I have small beauty salon in Glasgow. One customer she come to my salon many times', 'someoneElse'),
  who('I have a job in a shop. One customer keeps ringing me', 'workOrStudy'),
  who('We sold our house in the summer and the buyer is now saying we hid a damp problem', 'someoneElse'),
  who('the couple who bought our house keep ringing me', 'someoneElse'),
  who('Sold a sofa on Facebook Marketplace and the buyer keeps messaging me', 'metOnline'),
  who('We paid a builder a deposit for an extension and he vanished, now he rings me', 'someoneElse'),
  who('the mechanic found an AirTag under my car', null),
  who('Girl I was mates with since school lent me money and now she posts about me', 'someoneElse'),
  who('Left negative feedback for an ebay seller and he has posted me letters', 'metOnline'),
  who('I keep getting calls with nobody on the line. The number is always withheld and my wife is not sleeping', 'unknown'),
  who('my wife keeps ringing me at work', 'partner'),
  // What (blind batch 191): "in2" for "into" ("letting himself in2 the house"); a second thing said, joined by "and that",
  // knowing where their parents live; death promised as where they will see them ("he'll see me 'in court or in a box'"; not
  // "a necklace in a box"); damage said with how many ("smashed both wing mirrors", "slashed all 4 tyres"; not "cut two hours
  // off my shift"); messages to one of theirs as whatsapps ("sends my mum long whatsapps"); their people having had them too
  // ("Some of the neighbours have had them too"; not "my sister got one as well").
  does('my landlord keeps letting himself in2 the house without telling us', ['turningUp']),
  does("he texts me saying if we cause trouble we wont get the deposits back and that he knows where my parents live", ['messages', 'threats']),
  does("He stands at the fence and says he'll see me 'in court or in a box'", ['threats']),
  does('he left a necklace in a box on the counter', ['itemsLeft']),
  does('someone smashed both wing mirrors on our car', ['propertyDamage']),
  does('he cut two hours off my shift', null),
  does('she sends my mum long whatsapps about what a terrible man I am', ['messages', 'contactingOthers']),
  does('Anonymous letters through my door. Some of the neighbours have had them too, about me.', ['itemsLeft', 'contactingOthers']),
  does('my sister got one as well, she loved it', null),
  // How often (blind batch 191): a wish is no stop ("I just want it stopped"; "it's stopped now" still is); what it does to
  // them is a feeling ("it makes me anxious all the time"). When: a thing moved by them is no house move ("He moved the fence
  // posts in the night back in March"; "we moved in March" is still not the start).
  often('He rings me 4 or 5 times a day. I just want it stopped', freq('severalDaily', true, 5, 'day')),
  often('He rang me every day for a month. It has stopped now', freq('stopped', false)),
  often('once or twice a month something new happens but it makes me anxious all the time', freq('occasional', true, 2, 'month')),
  startsOn('He moved the fence posts in the night back in March and pulled up my roses', '2026-03-01', true, 'fewMonths'),
  since('We moved back in March and he keeps ringing me', null),
  // Blind batch 190's kinds (half from rural and small-town life). Who: one of the clients where they work, said with what kind
  // ("One of our farm clients"; not "one of my husbands clients"); someone on the drop they deliver ("One woman on my drop"),
  // the writer's own job not a stranger ("Im a delivery driver"); a member of the council or board the writer works for ("I'm
  // the clerk to a small parish council ... One councillor"; not "I'm a parish councillor"); the husband of one of the people
  // they serve ("The husband of one of my regular ladies"); someone they have known for years ("so I've known him for years";
  // not "I've known about it for years"); a buyer from a selling group online ("Sold a pony through a Facebook selling group
  // to a man"; not posted on one); an engagement broken off, said first ("Broke off the engagement on New Year's Day"); one
  // of theirs set against ("has taken against my daughter": a bystander).
  who('I am a vet nurse at a mixed practice. One of our farm clients has got fixated on me.', 'workOrStudy'),
  who('I run a small salon and one of our regular clients keeps texting me', 'someoneElse'),
  who('Im a delivery driver, do the villages. One woman on my drop started leaving notes for me', 'workOrStudy'),
  who('a delivery driver keeps leaving notes for me', 'stranger'),
  who("I'm the clerk to a small parish council (paid, 8 hours a week). One councillor emails me late at night", 'workOrStudy'),
  who("I'm a parish councillor. Ever since the vote someone has been posting letters through my door", null),
  who('The husband of one of my regular ladies started texting me after I did her hair', 'someoneElse'),
  who("he's done odd jobs for half the street, so I've known him for years. He keeps leaving things on my doorstep", 'someoneElse'),
  who("There's a chap on the allotments, plot next to mine, who I've known ten years. He writes me letters", 'someoneElse'),
  who("I've known about it for years and someone keeps leaving notes", null),
  who('Sold a pony through a Facebook selling group in April to a man from over Brecon way. He keeps messaging me', 'metOnline'),
  who("He's posted my name and address on a local selling group calling me a scammer", null),
  who("Broke off the engagement on New Year's Day. Since then she's emailed my customers", 'exPartner'),
  who('Another mum from pony club has taken against my daughter and posts about us', 'someoneElse'),
  who('my daughter has been posting about me', 'family'),
  // What (blind batch 190): in their room while they are out ("My landlord comes in my room when I am at lecture"; not the
  // writer's own, nor at night); in without knocking; coming by their croft or house (not the bus); over to their car or desk;
  // booked in under a false name to get to them (turning up, not social media; reviews under fake names still are); damage to
  // a farm through gates left open for its stock and slurry tipped on their land (not a gate left open alone), to their crops
  // ("pulled up my leeks"); dog muck through "me" letterbox (dialect "me" for "my"); post opened (other); standing too close,
  // as a habit (not "stood very close" once, in a threat); the worst rows or jobs given (other); their rounds known (tracking).
  does('My landlord comes in my room when I am at lecture, I know because things are moved.', ['turningUp']),
  does('when I go in my room I lock the door', null),
  does('she walks in without knocking several times a day', ['turningUp']),
  does('I walked in without knocking and he was in my chair', null),
  does('Comes by the croft and shouts at me ower the dyke', ['turningUp', 'other']),
  does('the bus comes by the house every hour', null),
  does('every morning at drop off she comes over to my car and starts on me', ['turningUp']),
  does("he's twice booked under a false name just to get me round", ['turningUp']),
  does('she leaves 1 star reviews under fake names', ['socialMedia', 'other']),
  does("She's left reviews online saying I'm a thief", ['socialMedia']),
  does('has left Google reviews saying I assaulted her', ['socialMedia']),
  does('I read the reviews before I booked', null),
  does("He's been leaving the gates open so our ewes get out on the road, tipped slurry across our lane end", ['propertyDamage']),
  does('I left the gate open and the dog got out', null),
  does("he's pulled up my leeks and left a dead rat in my shed", ['itemsLeft', 'propertyDamage']),
  does("she's pit dog muck through me letterbox twice", ['itemsLeft']),
  does('she walks in without knocking, opens our post and reads it', ['turningUp', 'other']),
  does('when I am in the parlour alone he come and stand too close to me', ['other']),
  does("he stood very close to me and said I'd better watch myself", ['threats']),
  does('he take my number and send me messages, i say no. now he give me worst rows', ['messages', 'other']),
  does('He seems to know my rounds because he turns up in whichever village I am in', ['turningUp', 'tracking']),
  // Blind batch 189's kinds (half with several people involved, dates told by events in the writer's life). Who: a relative
  // helping them write it ("My sister's been helping me write everything down"; not "My sister's been helping me. She keeps
  // texting me"); "this guy from my college" with "this" (not a bus); "my da", "ma step da" (Scots); the partner who reported
  // them to the council or the police ("ever since my partner reported their dog to the council"; not "my partner reported me
  // to the police"); a voice on the phone said first as "a man" ("a man keeps telephoning me"; not "a man keeps following me
  // and ringing me", nor "a man I met keeps ringing me").
  who("My sister's been helping me write everything down so here goes. My ex husband Gary turns up outside.", 'exPartner'),
  who("my daughter helped me type this all out. A man from church keeps ringing me", 'someoneElse'),
  who("My sister's been helping me. She keeps texting me", 'family'),
  who('My brother helped me move house and now he keeps turning up', 'family'),
  who('this guy from my college keeps dming me', 'workOrStudy'),
  who('this lad from my college keeps dming me and when i blocked him he made a fake account', 'workOrStudy'),
  who('ma step da keeps messagin me on snap every day', 'family'),
  who('my da keeps turning up at my work', 'family'),
  who('i told my da and a guy from my work keeps texting me', 'workOrStudy'),
  who('The lads at number 14 have been on at us ever since my partner reported their dog to the council', 'neighbour'),
  who('my partner reported me to the police', 'partner'),
  who('my husband reported my car to the council and keeps texting me', 'partner'),
  who("I am 76 and a man keeps telephoning me saying he'll come round", 'unknown'),
  who('A man keeps telephoning my house saying he is from the bank', 'unknown'),
  who('a man keeps following me and ringing me', 'stranger'),
  who('a man I met keeps ringing me', 'stranger'),
  who("a man keeps ringing me. I think it's my ex", 'exPartner'),
  // What (blind batch 189): what they will do if the writer does something, promised, not done ("say if I leave he will
  // call immigration", "says if I ever leave him he'll tell my family": threats only; not a habit told with "will": "if I
  // don't answer he'll ring again and again"); a visit promised after what they say they know ("saying he knows where I live
  // and he'll come round"; "he said hello and he'll come round on Friday" is still read); things said to one of theirs to
  // turn them against the writer; location sharing however said, and never turned off; strangers sent by a fake profile
  // ("so random men message me"; not "loads of men are texting me", labelled messages); no social media in where they met,
  // said in the present ("I meet a man on Facebook dating"), where they play together ("guy i play fortnite with on
  // discord"), where someone is ("someone on insta who i thought was a girl"), nor the way they write to one of theirs ("he
  // write to my daughter on Facebook").
  does('My boss he keep my passport and say if I leave he will call immigration.', ['threats', 'other']),
  does("he says if I ever leave him he'll tell my family and my church that I'm gay", ['threats']),
  does("if I don't answer he'll ring again and again", ['calls']),
  does('if I go out he will follow me', ['following']),
  does("a man keeps telephoning me saying he knows where I live and he'll come round", ['calls', 'tracking', 'threats']),
  does("She's also been saying things to mum to turn her against me.", ['contactingOthers']),
  does('he says stuff to my kids to turn them against me', ['contactingOthers']),
  does('I said things to mum to turn her against him', null),
  does("Turns out I'd never turned off Google location sharing with him.", ['tracking']),
  does('we used to share locations on Find My and he always knows where I am', ['tracking']),
  does('he never turned off his phone and he doesnt call me', null),
  does('My ex keeps making fake Grindr profiles with my photos and my number on so random men message me.', ['socialMedia']),
  does('someone made a tinder profile of me and random men keep ringing and texting me', ['socialMedia']),
  does('loads of men are texting me', ['messages']),
  does('random men message me and he also texts me', ['messages']),
  does('I meet a man on Facebook dating, he say he is engineer', null),
  does('guy i play fortnite with on discord got mad when i left his squad', null),
  does('someone on insta who i thought was a girl my age got me to send pics', ['imageSharing']),
  does('he write to my daughter on Facebook that I am bad woman', ['contactingOthers']),
  does('he writes about me on facebook', ['socialMedia']),
  // When (blind batch 189): "from" their first day, the date in brackets ("From my first day at the new job (Mon 7 Sept)";
  // not "last year (October time)"); how long married, said to be like this from its start ("We've been married 4 years and
  // it's been like this from the start"; not "we've been married 4 years" alone). How often: messages or calls "all night,
  // every night" (several a day; not banging all night every night, read as daily).
  startsOn("From my first day at the new job (Mon 7 Sept) there's been a man on the same platform every morning. Last Thursday he got off at my stop and followed me.", '2026-09-07', false, 'fewMonths'),
  startsOn("My husband checks my phone. We've been married 4 years and it's been like this from the start.", '2022-11-28', true, 'overYear'),
  since("My husband checks my phone. We've been married 4 years.", null),
  often('He send me message all night, every night.', freq('severalDaily', true)),
  often('calling n messaging me all night every night', freq('severalDaily', true)),
  often('Bangs on her ceiling with a broom all night every night', freq('daily', false)),
  // Blind batch 188's kinds (half about someone from a community the writer belongs to). Who: someone from a community of
  // theirs, by the word it uses ("A brother from the masjid", "One of the aunties from our mandir"; not their own brother);
  // someone from a group of theirs said first without an article ("guy from my D&D group"), from a place they go to for what
  // they do there ("A guy from the climbing wall I go to"; not "guy from the gym, dont know his name"), from a band they were
  // in, who runs a group of theirs ("bloke who runs the five a side"; not "the man who runs the shop"), met through
  // volunteering or said as one of the marshals, on the allotment plot next to theirs (not "a man I see at the allotments"),
  // one of the boys from their team and the one they had a scrap with there (not "had a row with my husband about it"):
  // someone else they know; someone from their study group without an article ("guy from my seminar group"): work or study;
  // someone from their clan or guild in a game: met online; the one they "had a drink" with ("My PhD supervisor and I had a
  // drink at a conference"; not "My mum and I had a coffee"); the one asked to do something who has been at them since
  // ("Since I asked my landlord to sort the damp he's been coming round"; not "Since I asked my mum to help, my ex...");
  // someone just named and glossed after a dash is no one ("saw me out with a boy - he's my colleague").
  who('A brother from the masjid who teaches my kids has been messaging me', 'someoneElse'),
  who('One of the aunties from our mandir keeps ringing my parents about me', 'someoneElse'),
  who('a sister from church keeps turning up at my door', 'someoneElse'),
  who('my brother from church keeps ringing me', 'family'),
  who('guy from my D&D group keeps messaging me', 'someoneElse'),
  who('woman from my book club keeps texting me', 'someoneElse'),
  who('A guy from the climbing wall I go to keeps messaging me', 'someoneElse'),
  who('a woman at the pool I swim at keeps waiting for me outside', 'someoneElse'),
  who('guy from the gym, dont know his name, keeps waiting outside', 'stranger'),
  who('The bass player from a band I was in has been emailing me', 'someoneElse'),
  who('theres this bloke who runs the five a side, hes messaging me non stop', 'someoneElse'),
  who('the woman who organises our book club keeps ringing me', 'someoneElse'),
  who('the man who runs the shop keeps asking me out', null),
  who('Met a man through volunteering at parkrun. He messages me every day', 'someoneElse'),
  who("He's one of the marshals and he keeps leaving notes on my car", 'someoneElse'),
  who('The chap on the plot next to mine pulled up my onions', 'someoneElse'),
  who('There is a man I see at the allotments, I dont know his name. He follows me home', 'stranger'),
  who("Had a scrap wi one of the boys fae my Sunday league team. Since then he's put stuff on Facebook", 'someoneElse'),
  who('one of the lads from my football team keeps messaging me', 'someoneElse'),
  who('I had a row with my husband about it and my neighbour keeps shouting at me', 'neighbour'),
  who('guy from my seminar group at uni keeps DMing me', 'workOrStudy'),
  who('a girl in my tutorial group keeps posting about me', 'workOrStudy'),
  who('some guy from my fortnite clan got me to send pics', 'metOnline'),
  who('a guy in our guild keeps messaging me', 'metOnline'),
  who('My PhD supervisor and I had a drink at a conference and since then he emails me', 'workOrStudy'),
  who('My mum and I had a coffee and then a man followed us home', 'stranger'),
  who("Since I asked my landlord to sort the damp in September he's been coming round without notice", 'someoneElse'),
  who('Since I asked my mum to help, my ex has been texting her', 'exPartner'),
  who("A woman from our church rang my parents saying she saw me out with a boy - he's my colleague", 'someoneElse'),
  // What (blind batch 188): messages sent on a work chat ("sends me 'jokes' on Teams"; not "called me on Teams") and "on at
  // me" on a platform ("he's on at me on discord all day": messages, not social media; not "on at me about it on the bus");
  // no call in a place or the phones messages come from ("at the call centre", "messages off his mates phones"; "rings off
  // his mates phones" is still calls); comments left on their pages ("leaving comments on my music pages"); gone to the
  // people over them with a story ("she went to our pastor saying I'd been gossiping"; not the writer, nor the police); a
  // picture the writer sent put by them in a chat, in a later sentence ("Saturday night he put it in the staff group chat";
  // not "I put it in the group chat"); knowing when they go out ("she still seems to know when I'm going"), which house is
  // theirs said to them ("notes saying he knows which house is mine"; not known by following them home, nor their car), an
  // outing they had not posted after turning up there ("I hadn't posted it anywhere"), there even when they have changed
  // their day ("even when I've changed my day last minute"). When: a thing of theirs had for years is their life, not the
  // start ("have had an allotment for over 30 years ... April time it started"; not "I've had texts from him for 3 months").
  does("There's a guy on my shift who sends me 'jokes' on Teams", ['messages']),
  does('he called me on Teams', ['calls']),
  does('she pings me on slack all day', ['messages']),
  does("he's on at me on discord all day every day", ['messages']),
  does('hes on at me every nite on discord', ['messages']),
  does('he was on at me about it on the bus', null),
  does("There's a guy on my shift at the call centre who has been posting about me", ['socialMedia']),
  does('then he messages off his mates phones instead', ['messages']),
  does('if i dont answer he rings off his mates phones', ['calls']),
  does('he has been emailing me and leaving comments on my music pages', ['socialMedia', 'emails']),
  does('he left comments on my channel', ['socialMedia']),
  does("she went to our pastor saying I'd been gossiping about her", ['contactingOthers']),
  does('I went to my boss saying I was scared', null),
  does('he went to the police saying I hit him', null),
  does("I sent a lad from work a pic when we were seeing each other. Saturday night he put it in the staff group chat.", ['imageSharing']),
  does('I sent him a pic. I put it in the group chat myself', null),
  does("I changed my routine and she still seems to know when I'm going", ['tracking']),
  does('he left flowers with notes saying he knows which house is mine', ['itemsLeft', 'tracking']),
  does('he keeps following me home, he knows which house is mine now', ['following']),
  does('he told me he knows which car is mine', null),
  does("Once he turned up outside my friend's birthday drinks and I hadn't posted it anywhere", ['turningUp', 'tracking']),
  does("he shows up at the wall whenever I'm there, even when I've changed my day last minute", ['turningUp', 'tracking']),
  startsOn('I am 74 and have had an allotment for over 30 years. The chap on the next plot has taken against me. April time it started.', '2026-04-01', true, 'fewMonths'),
  startsOn("I've had texts from him for 3 months", '2026-08-28', true, 'fewMonths'),
  // ...touching them on the back, an arm and other parts ("one time he touch my back"; not "he touched my car"); and no
  // item left by the delivery that was someone's job ("Delivery driver who dropped a parcel off last Tuesday got my number
  // off the label"; "a delivery driver keeps leaving flowers at my door" still is).
  does('When I say no he give me worst jobs and one time he touch my back.', ['other']),
  does('at work he stands very close and touches my arm', ['other']),
  does('he touched my car', null),
  does('Delivery driver who dropped a parcel off last Tuesday got my number off the label', null),
  does('a delivery driver keeps leaving flowers at my door', ['itemsLeft']),
  // Blind batch 187's kinds (half told by or for older people, disabled people and carers). Who: the people of a service in
  // their life by role - a warden, "one of the night staff", a member of staff, a driver of the taxi firm they use, a man from
  // the club they go to ("Man from deaf club") - someone else they know, not at the writer's own work, not "a taxi driver",
  // not a night club; another resident where they live is a neighbour, not a resident where the writer works; a relative
  // said to be cared for ("Mum is in a care home", "My son has Down's syndrome and goes to a day centre") gives way to
  // anyone else named, not when it is done to the writer; the partner's relative said by "his" or "her" after the partner
  // is named; the one they look after when no one else is named (not when carers are).
  who('The warden at our sheltered scheme comes into my flat when I am out', 'someoneElse'),
  who('I told the warden and she did nothing. The man in flat 3 keeps knocking on my door', 'neighbour'),
  who('Mum is in a care home, she has dementia. One of the night staff has been phoning me at home', 'someoneElse'),
  who('I work nights at a care home and one of the night staff keeps texting me', 'workOrStudy'),
  who('I live in supported living. One of the staff keeps asking for my bank card', 'someoneElse'),
  who("I use the same taxi firm for dialysis. One of the drivers got my number and texts me", 'someoneElse'),
  who('a driver from the cab company keeps texting me', 'someoneElse'),
  who('a taxi driver keeps texting me after he dropped me home', 'stranger'),
  who('Man from deaf club he video call me every day', 'someoneElse'),
  who('a man from the bowls club keeps ringing me', 'someoneElse'),
  who('guy from the club sat night followed me home', 'stranger'),
  who('a man from the night club keeps messaging me', 'stranger'),
  who("Typing for my grandad who's in a care home. A lady resident keeps going into his room at night", 'neighbour'),
  who('another resident keeps banging on my door at night', 'neighbour'),
  who('I work in a care home and a male resident keeps grabbing me', 'workOrStudy'),
  who("My son has Down's syndrome and goes to a day centre. Another mum there has been posting about us", 'someoneElse'),
  who('My dad has dementia and keeps ringing me at 3am', 'family'),
  who('my husband has dementia and keeps accusing me of stealing', 'partner'),
  who("I care full time for my husband who has Alzheimer's. His brother rings the house every evening", 'family'),
  who("The lad next door throws eggs at my window. His mum doesn't care", 'neighbour'),
  who("I look after my partner since his stroke. Since then he rings me over and over when I'm at work", 'partner'),
  who('I look after my mum. My neighbour keeps shouting at me over the fence', 'neighbour'),
  who('I look after my husband. The agency let one of his carers go and since then she has been messaging me', 'someoneElse'),
  // How often: Scots "o" for "of" ("every couple o days"; not "5 o clock"); "morning and night" (not "every morning and every
  // evening" read any less); how many each day said after a daily rate ("every day like 30 of them"; not "every day, one of
  // them"); each drop-off or pick-up as often as the days of the routine of the one they take ("goes to a day centre Mon Wed
  // Fri"), those days never a start. When: how long with a word of how sure after it ("been about 3 years honestly").
  often('She texts me abuse. Every couple o days.', freq('fewWeekly', true)),
  often('it was 5 o clock when he came', null),
  often('Now he messages morning and night saying he will tell my children', freq('severalDaily', true)),
  often('he sends me bible verses every morning and every evening', freq('severalDaily', false)),
  often('he sends me voice notes every day like 30 of them', freq('severalDaily', true)),
  often('he texts me every day, one of them is always nasty', freq('daily', false)),
  often('My son goes to a day centre Mon Wed Fri. Another mum there has a go at me every drop off.', freq('fewWeekly', true, 3, 'week')),
  since('My son goes to a day centre Mon Wed Fri. Another mum there has a go at me every drop off.', null),
  startsOn('husband tracks my phone and checks my bank. been about 3 years honestly, its most days', '2023-11-28', true, 'overYear'),
  startsOn('my ex keeps texting me, been 6 months tbh', '2026-05-28', true, 'fewMonths'),
  // What: calls to the one a story is typed for from the numbers used ("ringing her off a foreign number"; not "rang her
  // back"); something left on their desk or locker ("left a wig on my desk"); "has a go at me" at a drop-off or in the car
  // park; cash taken out of their wallet, their bank card asked for (not "asked for my card back", the writer's own); harm to
  // them said first and the condition after ("says I will get kicked out if I tell"; not a good outcome); "I'd never see them
  // coming"; a name given with "called" is no call ("One of the staff called Dean"; "a man called me twice" still is).
  does("Typing this for my mum. Since she stopped paying he's been ringing her off a foreign number", ['calls']),
  does('he rang her back', null),
  does("a colleague left a wig on my desk as a 'joke'", ['itemsLeft']),
  does('I left my bag on my desk', null),
  does('every drop off she has a go at me in the car park', ['other']),
  does('She had a go at me in the car park at pick up', ['other']),
  does('He takes cash out of my wallet', ['other']),
  does('One of the staff keeps asking for my bank card', ['other']),
  does('I asked for my card back', null),
  does('he says I will get kicked out if I tell', ['threats']),
  does('she said I would get a bigger flat if I applied', null),
  does("he said I'd never see him coming", ['threats']),
  does("Someone keeps emailing me saying they are watching my house and that I'd never see them coming.", ['emails', 'following', 'threats']),
  does("the e-scooters are so quiet I'd never see them coming", null),
  does('One of the staff called Dean keeps asking for my bank card', ['other']),
  does('a man called me twice last night', ['calls']),
  does('a lad called Josh from my course', null),
  // Their number messaged said as "it" ("got hold of my personal number and now he rings and texts it"; not "texted it to my
  // mum"); what is said to them in a shared chat ("misgendering me in the team chats"), not slagging them off there
  // (contacting others).
  does('About 3 weeks ago he got hold of my personal number and now he rings and texts it', ['calls', 'messages']),
  does('he took my phone and texted it to my mum', ['other']),
  does('a colleague has been deliberately misgendering me in the team chats', ['messages']),
  does("another mum has been slagging me off in the class WhatsApp", ['contactingOthers']),
  // Blind batch 186's kinds (half about contact through technology). What: a threat quoted with double quotes as with
  // single ones ('said he'd "put me in the ground"'); "he'll do me" at the end of what was said (not "she'd do me a plate");
  // how much said before "everything" ("comments on literally everything I post"). How often: a count of one day with who
  // sent it between ("31 notifications from him yesterday alone"); "a rate of several a day" is several, not one; the one
  // this is, with the first one's date ("First one came 5 weeks ago, this is the third"), not "the third time I've rung".
  does('Last one said he\'d "put me in the ground next to her".', ['threats']),
  does("Last one said he'd 'put me in the ground'.", ['threats']),
  does('My cousin said if he sees me in town he\'ll do me.', ['threats']),
  does("she said she'd do me a plate", null),
  does('said she would do me first', null),
  does('there\'s this account that comments on literally everything I post within minutes', ['socialMedia']),
  does('he likes pretty much everything I post', ['socialMedia']),
  does('he comments on literally everything I wear', null),
  often('My screen time says I had 31 notifications from him yesterday alone.', freq('severalDaily', true)),
  often('he sent 20 messages from him yesterday', freq('severalDaily', true)),
  often('Despite a formal warning it continues at a rate of several a day.', freq('severalDaily', true)),
  often('he sends an average of 20 texts a day', freq('severalDaily', false, 20, 'day')),
  often('one text a day', freq('daily', false, 1, 'day')),
  often('Anonymous letters through my letterbox. First one came 5 weeks ago, this is the third.', freq('occasional', true)),
  often('He keeps leaving notes. The first one came three weeks ago, this is the fourth one now.', freq('fewWeekly', true)),
  often('he texts me. this is the third time I\'ve rung you since October', null),
  // Who: a former student with what they studied between ("A former PhD student of mine"), not the writer's own past; a
  // grown-up child living far off, said as why no one is there ("My daughter lives in Leeds and I don't like to worry her",
  // "My son lives in Australia."), not one who lives far off and rings, nor one in the flat above; who someone used to be to
  // the writer ("a young woman who used to come in as my carer", "a man who used to be my neighbour").
  who('A former PhD student of mine has sent me over 200 emails since May', 'workOrStudy'),
  who('a former piano student keeps messaging me', 'workOrStudy'),
  who("I'm a former PhD student and my ex keeps texting", 'exPartner'),
  who('My daughter lives in Leeds and I don\'t like to worry her. My old carer keeps ringing me for money.', 'someoneElse'),
  who('My son lives in Australia. My old carer keeps turning up at my door.', 'someoneElse'),
  who('My children live abroad and I don\'t like to worry them. My neighbour keeps banging on the wall.', 'neighbour'),
  who('my son lives in Leeds and keeps ringing me', 'family'),
  who('My son lives in the flat above me. He keeps banging on the floor.', 'family'),
  who('Dear Sir or Madam, a young woman who used to come in as my carer left the agency in the summer. Since then she telephones me every day', 'someoneElse'),
  who('a man who used to be my neighbour keeps following me', 'neighbour'),
  // (a voice on the phone said first as "a woman" is who it is not known: all five blind stories with it, since batch 189)
  who('a woman keeps ringing me, my carer says to block her', 'unknown'),
  // When: what a partner put on them, or made them do, when the two of them began a shared life ("made me put life360 on
  // when we moved in together in january"), not the writer's own doing.
  startsOn("my boyfriend made me put life360 on when we moved in together in january and now if im anywhere he doesnt expect he texts 'why are u at tesco for 40 mins'. couple of times hes just turned up where i am.", '2026-01-01', true, 'fewMonths'),
  startsOn("my girlfriend put Life360 on my phone 'for safety' when we moved in together in March. Now whenever I'm out she messages every 10 minutes.", '2026-03-01', true, 'fewMonths'),
  since('I put the app on when we moved in together in May. He keeps texting me.', null),
  // Blind batch 185's kinds (half in learners' or word-for-word translated English). How often: a count of times in the
  // singular ("he call me 20 time", "many time"), not "one time" or "a 2 time winner"; a count each time they go somewhere,
  // said in the present ("When I go to my friend house he call me 20 time"), not once in the past; "many times each week" is
  // a few times a week, not "dozens of times a week" nor "many times a day"; occasions counted so far with a start ("on three
  // separate occasions"), not "on special occasions"; "he not do it since two weeks" is stopped, not the writer's own nor
  // "he will not come for two weeks". What: "write me" without "to", not a letter nor "writing me emails"; coming to "the
  // hotel where I am cleaning" (not "he will come to the cafe where I work", nor "my friend who came to the pub where I
  // work"); "and come to my new flat" after "he", not a visit said; "he say he make me lose my visa" with the verb bare;
  // "'we are watching you'" quoted; found in a new city (not "I found a new flat", nor "found me at the park"). Who: "I
  // meet a man in Bumble" (not "met him in the pub"); "my host when I came from Ukraine" (not "my host at the party"). When:
  // "I am moved out on 1 of March"; "We finish on 20 August" after an ex (not "we finish on Friday" of work); "from Eid, end
  // of May" is the Eid in May; "This from after marriage, 2 year".
  often('My ex husband he is calling me every day many many times, 10 or 15 time.', freq('severalDaily', true)),
  often('Every day he message me many time.', freq('severalDaily', true)),
  often('he won a 2 time award for it', null),
  often('When I go to my friend house he call me 20 time.', freq('severalDaily', true)),
  often('When I went to my friend house he called me 20 times.', null),
  often('he calls me. Many times each week.', freq('fewWeekly', true)),
  often('he calls me many times a day', freq('severalDaily', true)),
  often('The gentleman at number 14 has on three separate occasions scratched my car. The first incident was at the very beginning of August.', freq('occasional', true)),
  often('on special occasions he sends flowers', null),
  often('I tell manager and now he is moved to other site, he not do it since two weeks.', freq('stopped', false)),
  often('I not go out since two weeks', null),
  does('but he still write me every day', ['messages']),
  does('can you write me a letter for court', null),
  does('From 2 months he is writing me emails every day', ['emails']),
  does('Also he come to the hotel where I am cleaning', ['turningUp']),
  does('There is a man who come every day to the cafe where I work', ['turningUp']),
  does('he will come to the cafe where I work', null),
  does('my friend who came to the pub where I work', null),
  does('he still phone me every day and come to my new flat', ['calls', 'turningUp']),
  does("When I say I go to HR he say he make me lose my visa.", ['threats']),
  does("I'm scared I will lose my visa", null),
  does("Typed, no stamp, saying vile things about my late wife and that 'we are watching you'.", ['threats']),
  does('my ex husband he find me in new city, I don\'t know how', ['tracking']),
  does('I found a new flat', null),
  does('he found me at the park', null),
  who('I meet a man in Bumble, we go to two dates', 'metOnline'),
  who('I met him in the pub', null),
  who('Man who was my host when I came from Ukraine keeps writing to me', 'someoneElse'),
  who('my host at the party keeps texting me', null),
  startsOn('I am moved out on 1 of March, but he still texts me every day', '2026-03-01', false, 'fewMonths'),
  startsOn('My ex boyfriend he send me screenshot of my location. We finish on 20 August.', '2026-08-20', false, 'fewMonths'),
  since('my colleague keeps texting me. we finish on Friday for christmas', null),
  startsOn('My cousin he is sending me message. This is going from Eid, end of May.', '2026-05-27', true, 'fewMonths'),
  startsOn('he texts me. it started after eid', '2026-03-20', true, 'fewMonths'),
  startsOn('he call me 20 time. This from after marriage, 2 year.', '2024-11-28', true, 'overYear'),
  // Blind batch 184's kinds (the neutral brief). When: "fine until" in other words ("he was sound till halloween"), not
  // "fine" after it; "from when" an event of theirs with its date ("This is from when we move together in February"); a
  // date they blocked or ended it with "and he hasn't been round since" after it is when it stopped, not "he hasn't stopped
  // since" nor "hes not let it go since". What: parking across their drive without the vehicle named (not the writer's own,
  // nor across the road); remarks about them to the rest of the team (not "to my face"); people warned off them ("messaged
  // lads telling them to stay away from me"), not the writer's own; a call to their work to check they are there, not the
  // rota; words about or at them in a group chat ("deadnaming me in the course group chat"), not a picture shared there;
  // the one a story is typed for kept from their money and friends ("wont let her see her friends"), not a child from a
  // parent. Who: in a story written for someone, "her husband (my grandad)" is their partner; not "my mum's husband (my
  // stepdad)" said of the writer. How often: "Every day he call me many many times" (not "every day he reminds me many
  // times"); "posted like 6 more today" (not the writer's own); "He hasn't rung once since" is stopped.
  startsOn('me and my kids dad split in may and he was sound till halloween, now hes texting me all day long', '2026-10-31', false, 'thisMonth'),
  startsOn('we split in may and he has been sound since, but now hes texting me all day', '2026-05-01', true, 'fewMonths'),
  startsOn('Every day he call me. This is from when we move together in February.', '2026-02-01', true, 'fewMonths'),
  startsOn('he kept turning up after I stopped replying at the start of August. I blocked him about 3 weeks ago and he hasn\'t been round since.', '2026-08-01', true, 'fewMonths'),
  startsOn('he started texting me 3 weeks ago and he hasn\'t stopped since.', '2026-11-07', false, 'thisMonth'),
  does('Neighbour two doors down was parking across my drive', ['other']),
  does('I was parking across my drive', null),
  does('he parks across the road from my drive', ['turningUp']),
  does('When I stopped replying he started making comments about me to the rest of the team', ['contactingOthers']),
  does('he makes comments about me to my face', ['other']),
  does('she makes comments about me to the other mums loud enough for me to hear', ['other']),
  does('he went through my phone and messaged lads telling them to stay away from me', ['messages', 'tracking', 'contactingOthers']),
  does('I texted him telling him to stay away from me', null),
  does("She rings my work to check I'm actually there", ['calls', 'contactingOthers']),
  does('she rings my work to check the rota', ['contactingOthers']),
  does('someone on my course keeps deadnaming me in the course group chat', ['messages']),
  does('lads in my year keep putting stuff in the group chat about me', ['messages']),
  does('a lad shared a pic of me in the group chat', null),
  does('her husband wont let her have her own money and wont let her see her friends', ['other']),
  does('my ex wont let her see her dad', null),
  who('im writing this for my nan who is 79. her husband (my grandad) wont let her see her friends', 'partner'),
  who('her husband (my grandad) keeps texting me', 'family'),
  who("my mum's husband (my stepdad) keeps texting me", 'family'),
  often('Every day he call me many many times when I am at work', freq('severalDaily', true)),
  often('every day he reminds me many times to lock the door', freq('daily', false)),
  often('sum1 made a fake acc of me. started yday n theyve posted like 6 more today', freq('severalDaily', true)),
  often('i made 6 more today for the fair', null),
  often("He was ringing me every weekend. He hasn't rung once since he got sent down in September.", freq('stopped', false)),
  // Blind batch 183's kinds (half about work and study). Who: a passenger said by the driving, the writer a driver ("I am
  // taxi driver ... One man I drive him home"), not "a man I drove past"; one of the writer's team ("dismiss a member of my
  // team"), not "a member of my family"; one of the staff by their job, the writer working there ("Work in a hospital as an
  // HCA. One of the porters"), not as a patient; the gaffer's son; a tenant they support, not one in their block. What: a
  // passenger who books them by name or waits on the rank; a customer who comes in most mornings (not a husband who comes in
  // most nights); paper left on the windscreen (not the writer's); "next time is worse" said to them, "you deserve what's
  // coming" (not the writer's fear or wish); "what I wore" known; "I never posted that I was there" (not "...that I was
  // scared"). How often: "texts me like 30 times when Im at work" (not "rang me 15 times when I was at work").
  who('I am taxi driver 12 year. One man I drive him home two three time, now he wait for me', 'workOrStudy'),
  who('I drive a cab. A man I drove home from the station keeps texting me', 'workOrStudy'),
  who('a man I drove past every day keeps staring at me', 'stranger'),
  who('I manage a bank branch and had to dismiss a member of my team. The texts started the next day', 'workOrStudy'),
  who('a member of my family keeps texting me', 'family'),
  who("Work in a hospital as an HCA. One of the porters found out I'm gay and keeps texting me", 'workOrStudy'),
  who('One of the porters when I was in hospital keeps messaging me', null),
  who('im an apprentice sparky, only girl on site. the gaffers son keeps sending me dirty snaps', 'workOrStudy'),
  who("Im a support worker. One of the tenants we support has taken against me and rings my work phone", 'workOrStudy'),
  who('One of the tenants in my block keeps banging on my door', 'neighbour'),
  does('now he book me every time by name and if I say no he wait for me on the rank by station', ['following', 'turningUp']),
  does('I booked him by name', null),
  does('A regular started making comments. He comes in most mornings to do it', ['turningUp']),
  does('my husband comes in most nights drunk', null),
  does('He leave paper on my windscreen, writing I am his friend', ['itemsLeft']),
  does('I put paper on my windscreen for the frost', null),
  does("he say to me 'next time is worse'", ['threats']),
  does("I'm scared next time will be worse", null),
  does("emails saying things like 'you deserve what's coming'", ['emails', 'threats']),
  does("I hope he gets what's coming to him", null),
  does('They know what I wore, where I park', ['tracking']),
  does("he messaged 'enjoy your drink' while I was there. I never posted that I was there.", ['messages', 'tracking']),
  does('I never said that I was scared', null),
  often('he texts me like 30 times when Im at work', freq('severalDaily', true)),
  often('he rang me 15 times when I was at work', null),
  // Blind batch 182's kinds (the neutral brief). When: a partner or ex who moved out, the date straight after ("My
  // ex-husband moved out Easter 2023"), not one who moved out of a parent's; "this is 4 years" is how long; "sat next to
  // me ... about a month ago" ("next to" is no plan to come). What: sent on to their people with no object ("they send to my
  // brother"); someone from their work messaged; their children used to pass on messages (not to pass notes); letters to a
  // relative's home they live in; letters after "emails,"; cards that started coming to their flat (not a visit); a kicked door then its damage;
  // a threat to one of theirs or in quotes ("told my husband they'd 'do him'"), not "do him a favour"; dropping round when
  // they know the writer is alone, not only said. How often: "when I am at work he call me 15, 20 times".
  startsOn('My ex-husband moved out Easter 2023 and has never really let go. He turns up at the house every few weeks.', '2023-04-09', false, 'overYear'),
  since("my boyfriend moved out of his mum's in June and now his ex texts me", null),
  startsOn('he call me every day. this is 4 years, since our marriage.', '2022-11-28', true, 'overYear'),
  since('he calls me. this is 2 weeks until court', null),
  startsOn('a man sat next to me on the train about a month ago and we chatted for 5 mins. somehow he found my instagram and now he DMs me every day', '2026-10-28', true, 'thisMonth'),
  does('they send to my brother and my cousins', ['contactingOthers']),
  does('I send to my brother everything he sends me', null),
  does('messaged me loads and even DMed someone from my work on LinkedIn saying stuff about me', ['messages', 'contactingOthers']),
  does('I messaged someone from my work about it', null),
  does('he uses our grown up children to pass on messages', ['messages', 'contactingOthers']),
  does('hes using the kids to pass me notes', null),
  does('he has sent long emails, handwritten letters to my house', ['emails', 'itemsLeft']),
  does('then cards started coming to my flat', ['itemsLeft']),
  does('he keeps coming to my flat', ['turningUp']),
  does('letters started coming from the council about the rent', null),
  does("if I don't let him in he kicks the door, it is cracked now", ['propertyDamage']),
  does("Smashed our plant pots, keyed the car, said they'd 'do him'.", ['propertyDamage', 'threats']),
  does("he said he'd 'do me'", ['threats']),
  does("they said they'd do him a favour", null),
  does("now and again he'll pop round when he knows I'm home alone", ['turningUp']),
  does("says he'll 'pop round' as he knows the address", null),
  often('when I am at work he call me 15, 20 times', freq('severalDaily', true)),
  often('when I was at work he rang me 15 times', null),
  // Blind batch 181's kinds (half written by men and by LGBT+ writers). Who: "my ex best mate" is a former friend, not an
  // ex; "No ex, no enemies" names no one; "His ex boyfriend" in a sentence after "I live with my partner" is the partner's
  // ex (someone else; not "me and my gf have been together 8 months. her ex...", an ex as batch 179 labels it); the one
  // they rent a room from; "Me and my husband have lived here 11 yrs" is the household, not the one doing it. What: outed
  // to their people ("outed me as bi to my parents"), not only threatened nor on their own story; copying in senior
  // people or head office, not by the writer; menace in set words ("there's more where that came from", "next time it
  // wont be paint", "someone should visit her"), not about food or a problem; "I'd better 'watch myself'"; a visit said
  // as calling on them or a knock when she sees the lights on, not calling on them to resign. When: a date after an
  // event, then "a lady from our church began calling"; an ending without "I" and with an aside in brackets ("Ended things
  // with my ex (he's a man, ...) in the summer"). How often: "2 or 3 time in week"; "not violent every day but every
  // couple of weeks"; "nothing for a fortnight and it starts again" is no stop; "Together it is relentless" after a
  // count is how heavy the whole is. Who (second): a mate they ran a firm with, a former business partner, not a former partner.
  who('So my ex best mate fell out with me at his stag do and now he keeps messaging me', 'someoneElse'),
  who('my ex bestie keeps posting about me', 'someoneElse'),
  who('my ex keeps messaging my best mate', 'exPartner'),
  who('No ex, no enemies that I know of. Someone put a tracker on my car.', 'unknown'),
  who('no, my ex keeps turning up', 'exPartner'),
  who('I live with my partner Tomasz 2 years. His ex boyfriend cannot accept this. He calls me every day.', 'someoneElse'),
  who('me and my gf have been together 8 months. her ex keeps making fake accounts to comment on her posts', 'exPartner'),
  who('I rent a room from man in Leicester. He comes in my room when I am at work', 'someoneElse'),
  who('I rent a room from the council and my neighbour keeps banging on the wall', 'neighbour'),
  who("Me and my husband have lived here 11 yrs no problems. The family next door have decided they don't like us", 'neighbour'),
  who('me and my husband have been together 11 yrs and he checks my phone', 'partner'),
  does('My ex boyfriend outed me as bi to my parents', ['contactingOthers']),
  does('he is threatening to out me to my parents', ['threats']),
  does('I outed myself to my mum and now my ex keeps texting me', ['messages']),
  does('my cousin outed me on his story', ['socialMedia']),
  does('my manager emails me at night and has started copying in senior people', ['emails', 'contactingOthers']),
  does('I started copying in head office when I replied to him', null),
  does("He said there's more where that came from.", ['threats']),
  does('the cake was lovely and there\'s more where that came from', null),
  does('he said next time it wont be paint.', ['threats']),
  does("he said next time it won't be a problem", null),
  does("comments like 'someone should visit her'", ['threats']),
  does("he's followed me out to the car park twice, told me he knows which car is mine and I'd better 'watch myself', and on Thursday my tyres were slashed", ['following', 'propertyDamage', 'threats']),
  does('she knocks if she sees the lights on', ['turningUp']),
  does('they are calling on me to resign', ['calls']),
  startsOn("After my wife's funeral on 12th March a lady from our church began calling on me.", '2026-03-12', false, 'fewMonths'),
  since('Me and my husband moved into our flat at the start of May and within about a fortnight the woman downstairs started leaving notes', null),
  startsOn("Ended things with my ex (he's a man, I'm a man, before anyone asks) in the summer. He put a brick through my windscreen in October.", '2026-06-01', true, 'fewMonths'),
  often('He rings me. It happen 2 or 3 time in week.', freq('fewWeekly', true, 3, 'week')),
  often('he texts me, first time in weeks', null),
  often("He's not violent every day but every couple of weeks he'll go off", freq('occasional', true)),
  often("every couple of weeks he'll go off. Then nothing for a fortnight and it starts again.", freq('occasional', true)),
  often('he texted every day. Then nothing for two weeks.', freq('stopped', false)),
  who('Me and a mate ran a building firm together till we wound it up on 31 March. He rings me daily.', 'someoneElse'),
  // (since batch 191 a business partner is work, as two of the three blind stories of a business run together label it)
  who('my former business partner keeps ringing me', 'workOrStudy'),
  who('my former partner keeps ringing me', 'exPartner'),
  often('He emails me several times a week. On its own each thing is small. Together it is relentless.', freq('fewWeekly', true)),
  often('He emails me. it is relentless.', freq('severalDaily', true)),
  // Blind batch 180's kinds (half written by teenagers and young adults). When: the start of a school year said with the
  // year they are in now is that many school years back, not the same year; the end of the summer term (or of "last term
  // just before summer"); an ending said with its day and no "on" ("left him new years day", "I left him Sept 2024"), not
  // something left for them. Who: a man said as one who comes to the place they work ("an older bloke who drinks at the
  // pub where i work"), not one who turned up there nor a pub elsewhere; a coach from college, not a club's; a parent's
  // boyfriend without the apostrophe ("my mums boyfriend"), not one only messaged; "I left my husband at Christmas", not
  // "at home". What: Scots "slaggin me aff on facebook n messagin aw ma pals", not "aw thanks", nor posted to his mates on
  // a platform (contacting others); spam at them ("spamming my phone"), not spam said as calls; a gift card with its
  // price; "take them and i'll never see them again", not taking them to the park. How often: "4 shift in week".
  startsOn('this girl in my year has had it in for me since the start of year 10 (im in year 11 now)', '2025-09-03', true, 'overYear'),
  startsOn('since i started year 10, im in year 12 now', '2024-09-03', true, 'overYear'),
  startsOn('its been since the start of year 11, im in year 11', '2026-09-03', true, 'fewMonths'),
  startsOn('she has been posting about me since the start of year 10. when i was in year 9 we were friends', '2026-09-03', true, 'fewMonths'),
  startsOn('its been since the end of last term just before summer. most days', '2026-07-22', true, 'fewMonths'),
  startsOn('he has been making my life hell since the end of the summer term', '2026-07-22', true, 'fewMonths'),
  startsOn('my kids dad. left him new years day. he texts every day', '2026-01-01', false, 'fewMonths'),
  startsOn('My ex husband emails me 30 times a day. I left him Sept 2024 and it hasn\'t let up.', '2024-09-01', true, 'overYear'),
  since('my kids dad. i left him a note new years day. he texts every day', null),
  who('theres an older bloke who drinks at the pub where i work part time. he knows my shifts', 'workOrStudy'),
  who('my ex turned up at the pub where i work', 'exPartner'),
  who('a man who drinks at the pub near my house keeps following me', 'stranger'),
  who('My coach from college football keeps turning up where I am', 'workOrStudy'),
  who('my coach at my saturday football club keeps snapchatting me', 'someoneElse'),
  who('my mums boyfriend moved in in september and keeps texting me', 'family'),
  who('he messaged my mums boyfriend about me', null),
  who('I left my husband at Christmas 2023 and he rings me every week', 'exPartner'),
  who('I left my husband at home with the kids and he rings me every hour', 'partner'),
  does("ma cousin's been slaggin me aff on facebook n messagin aw ma pals", ['socialMedia', 'contactingOthers']),
  does('aw thanks, he keeps messaging me', ['messages']),
  does('hes also slaggin me off on fb to all his mates', ['socialMedia']),
  does('she keeps slagging me off to all the other parents', ['contactingOthers']),
  does('she keeps spamming my phone all day', ['messages']),
  does('she spams me with calls', ['calls']),
  does('he sent me a £20 roblox gift card and now he says i owe him', ['itemsLeft']),
  does('he wants me to send him a £50 gift card', null),
  does("says hes going to take them and i'll never see them again", ['threats']),
  does('he says hes going to take them to the park', null),
  often('I do 4 shift in week and every shift is like this', freq('fewWeekly', true, 4, 'week')),
  // Blind batch 179's kinds (half typed on behalf of someone else). Who: the one doing it named through the person the story
  // is about - their relative's or friend's ex, boss or partner doing it to them ("my mum's ex keeps calling her"), "Her ex"
  // as a sentence of its own with nothing done to the writer in it, harassed by her ex, his supervisor emailing him, a woman
  // he works with, a lad on her course, her birth father, his ex's new boyfriend, a man he got friendly with, his old
  // cleaner, teenagers she doesn't know - not the same words where it is done to the writer ("my mams ex has started
  // following me", "His ex girlfriend started to call me", "I'm being harassed by his ex", "His carer says..."). What:
  // calls and messages to them said with how often, following them round campus, seeing where he is - not said once, not
  // the writer's own look.
  who('My aunties ex keeps ringing her from withheld numbers', 'exPartner'),
  who('my mams ex has started following me on tiktok', 'someoneElse'),
  who("I'm typing this for my sister. Her ex boyfriend has been sitting outside her flat every night.", 'exPartner'),
  who('I am married to an English man. His ex girlfriend started to call me from a private number.', 'unknown'),
  who('One of my pupils is being harassed by her ex boyfriend after they split', 'exPartner'),
  who("I'm being harassed by his ex since we got together", null),
  who('My wife is a nurse and her line manager keeps texting her at night', 'workOrStudy'),
  who("My flatmate's boss keeps messaging her at weekends", 'workOrStudy'),
  who('My best mates boss has been messaging me since her leaving do', 'someoneElse'),
  who('My sisters boyfriend is controlling her and reads her phone', 'partner'),
  who('my best mates boyfriend has been DMing me since her 30th', 'someoneElse'),
  who('A man she works with keeps messaging her on Teams', 'workOrStudy'),
  who('My son is 15. A girl on his course keeps posting about him', 'workOrStudy'),
  who('the boy is in foster care and his biological mother keeps finding him online', 'family'),
  who('My daughter is getting threats from her ex boyfriend\'s new girlfriend', 'someoneElse'),
  who('A lad she got friendly with at the gym keeps turning up at her work', 'someoneElse'),
  who('My nan is 88. Her former carer keeps coming round asking for money', 'someoneElse'),
  // (the father introduced by his age and what he gets is the one it is done to, blind batch 214: the withheld number is unknown)
  who("My father is 91 and gets calls from a withheld number. His carer says it's been going on for weeks", 'unknown'),
  who("Some lads he doesn't know keep shouting at him in the street", 'stranger'),
  does('My dad is 80 and a woman rings him most mornings asking for money', ['calls']),
  does('he rang her back once to say sorry', null),
  does('his ex keeps texting him all day long', ['messages']),
  does('he texted her back last week', null),
  does('a lad keeps following her round campus', ['following']),
  does('he showed her round campus on the open day', null),
  does('she got into his icloud and can see where he is', ['tracking']),
  does('I could see where he was going with it', null),
  does('she could see where he was going with it', null),
  // Blind batch 178's kinds (half control and monitoring inside a relationship or family). What: control of money said as
  // taking charge of it or having to ask for it, and the phone bill gone through (other), not the writer's own look nor
  // taking charge of their own money. When: "it's been like this since I was 17" with their age now is that many years
  // back, not whom they have not seen since, nor without their age said.
  does('Since then he has taken charge of my pension card', ['other']),
  does('I have to ask him for money for nappies', ['other']),
  does('he goes through the itemised phone bill every month', ['other']),
  does('I took charge of my pension card after my husband died', null),
  does('I checked the phone bill myself last night', null),
  startsOn('Im 22 and my brother checks my phone. Its been like this since I was about 17', '2021-11-28', true, 'overYear'),
  startsOn('he messages me constantly. its been since i was 13 honestly, im 18 now', '2021-11-28', true, 'overYear'),
  since('Im 22. My dad who I havent seen since I was 17 keeps messaging me', null),
  since('my brother checks my phone. its been like this since i was 17', null),
  // Blind batch 177's kinds (the neutral brief). What: their work made worse for saying no, as done ("he put me on all the
  // worst shifts", "he cut my shifts"), not promised (a threat) nor feared; watched as they come and go (other, not
  // following), not inferred ("so he obvs watches when i come and go"); knock and run is turning up, not the game told as
  // the writer's; a parent contacted with them ("messaging me and my mum"), not a spouse ("me and my husband"); a go at
  // their relative where they went round ("kicked off at her"), not the writer's own visit; tagging all their friends;
  // reported to the children's school; a visit promised and then damage ("he will come back and break my window") is a
  // threat, not damage, unless a habit told with "he'd". Who: the flat next to theirs (not next to their work); how long
  // they have been married, not someone else's marriage; someone by their department at the writer's work (not a place
  // there). How often: a count from him today is several a day; a stop with a fear after "but" is a stop, not with more of
  // it ("...but I'm still getting letters").
  does('When I stopped replying he put me on all the worst shifts', ['other']),
  does('When I say no he give me bad shifts', ['other']),
  does('He cut my shifts after I complained', ['other']),
  does('he said he will give me bad shifts if I dont go with him', ['threats']),
  does("I'm scared if I say anything he'll cut my shifts", null),
  does('He stands at his window and watches me come and go', ['other']),
  does('He stands at his window watching every time I go out', ['other']),
  does('so he obvs watches when i come and go', null),
  does('he watches me from his car', ['following']),
  does('his mates have been doing knock and run at 2 in the morning', ['turningUp']),
  does('the kids next door keep playing knock and run on us', ['turningUp']),
  does('I used to play knock and run as a kid', null),
  does('my biological dad found me on facebook and keeps messaging me and my mum', ['messages', 'contactingOthers']),
  does('My mother-in-law rings me and my husband constantly', ['calls']),
  does('he went round me nans n all and kicked off at her', ['contactingOthers']),
  does("when I went to my brother's without telling her she rang me 30 times", ['calls']),
  does('someone made fake accounts and tagged all my pals in them', ['socialMedia', 'contactingOthers']),
  does('someone keeps tagging me in posts', ['socialMedia']),
  does("she's reported me to the kids school saying I neglect them", ['contactingOthers']),
  does('He say he will come back and break my window', ['threats']),
  does("he says he's gonna come round and smash my car", ['threats']),
  does("when he was drinking he'd come round and smash my windows", ['turningUp', 'propertyDamage']),
  who('The man from the flat next to me scratched my van', 'neighbour'),
  who('the man in the house next to my work keeps staring at me', null),
  who('Been married 45 year. Since he retired he follows me everywhere', 'partner'),
  who("they've been married 40 years and he keeps texting me", null),
  who('A woman in accounts at my work has been spreading rumours about me', 'workOrStudy'),
  who('a man in the car park at my work keeps staring at me', 'stranger'),
  often("3 messages from him today already and it's only lunchtime", freq('severalDaily', true)),
  often("She was texting most nights. Since the court hearing on the 20th it's gone quiet but I'm worried it'll kick off again.", freq('stopped', false)),
  often("She was texting most nights. It's gone quiet but I'm worried because I'm still getting letters.", freq('daily', true)),
  // Blind batch 176's kinds (half the stories with behaviours denied, stopped, feared or done by others). Who: someone off a
  // dating app seen for weeks or months is met online (not years: an ex; not from work); met playing online (not playing
  // football); someone from church whose name they do not know is a stranger (not a surname). When: how long they were seeing
  // someone is not how long this has gone on; a "since" that is the date's own word after "haven't seen" is a stop. How
  // often: a count of messages sent every day is several a day (not "most days", not a count once). What: the writer's own
  // fear ("I'm scared he'll sack me if I complain") is no threat; a threat in Scots ("ye'll get whits comin tae ye");
  // "calling me all sorts / slurs" is name-calling, not calls; a second promise carried over "and he will" after "he say he
  // will" is a threat only; giving him my number and sending him pictures are the writer's own.
  who('I was seeing a man off Tinder for a couple of months and now he keeps messaging me', 'metOnline'),
  who('I was seeing a man off Tinder for 3 years and now he keeps messaging me', 'exPartner'),
  who('I was seeing a man from work for a couple of months and now he keeps messaging me', 'exPartner'),
  who('My son is 13. A man he met playing online was messaging him on Xbox.', 'metOnline'),
  who('a lad I met playing football keeps texting me', 'stranger'),
  who("An older gentleman from church keeps leaving gifts on my car. I don't even know his name.", 'stranger'),
  who("A man from my church keeps leaving flowers. I don't know his surname.", 'someoneElse'),
  startsOn("I was seeing a man off Tinder for a couple of months. I ended it three weeks ago and since then he's been sending me messages.", '2026-11-07', false, 'thisMonth'),
  since("I've been seeing a man for a couple of months and he keeps texting me", null),
  startsOn("He keeps turning up. He used to follow me in his van but I haven't seen the van since the summer. All of this has been since we separated last Christmas.", '2025-12-25', false, 'fewMonths'),
  startsOn("He keeps turning up in his van, it's been since the summer.", '2026-06-01', true, 'fewMonths'),
  often("Every day when I'm at work he sends something like 50 messages", freq('severalDaily', true)),
  often("if i turn it off he sends like 50 messages. happens most days", freq('daily', true)),
  often('Every day he sent me 50 messages.', freq('daily', false)),
  does("I'm scared he'll sack me if I complain", null),
  does("I'm scared they'll find out where I live but nothing like that has happened", null),
  does("He said he'll sack me if I complain", ['threats']),
  does("I'm scared because he said he'll kill me", ['threats']),
  does("a note sayin ye'll get whits comin tae ye", ['threats']),
  does("a note saying you'll get what's coming to you", ['threats']),
  does('My kids dad keeps texting me abuse calling me all sorts', ['messages']),
  does('someone keeps sending me discord messages calling me slurs', ['messages']),
  does('he keeps calling me all sorts of hours', ['calls']),
  does('he keeps calling me from withheld numbers', ['calls']),
  does('He say he will stop me seeing my grandchildren and he will burn my house', ['threats']),
  does("He said he'd leave me alone and then he smashed my car", ['propertyDamage']),
  does('Met a guy on a night out and gave him my number, he rings me most days', ['calls']),
  does('he gave his mates my address', ['personalDetails']),
  does("I'd sent him some pictures when we were together and now he keeps texting me", ['messages']),
  does("I'm terrified he'll share my pictures", null),
  does('he sent my pictures to my mum', ['contactingOthers', 'imageSharing']),
  // Blind batch 175's kinds. When: a part of a month said with its year ("the end of May last year", "the end of April 2025");
  // a start said by how soon after a dated event it came ("started on us more or less the first week", "started the week
  // after", "since day one"), not a time of its own ("since the start of term"), not when nothing began ("...and it's been
  // lovely"), not when the date is said again just after ("started the day after I left, 2nd August"); a first contact said
  // as finding them ("found me on Facebook in May"), not the writer's own finding, and below a start said as such. How
  // often: a count each time they go out ("ringing me 5 or 6 times whenever I go out") with a daily rate is several a day,
  // not a count once ("rang me 5 times when I was out"); how many came last week ("3 came last week") is that many a week.
  // Who: a buyer or seller on a selling app ("bought a coat off me on Vinted", "a buyer on eBay"), not a shop or an ex
  // selling their things; letters said after to be unsigned, not a contract; an ex named only by the divorce going
  // through, not when someone else is named. What: spraying their shutter, keying both sides of their car (not the writer
  // washing them); a word muttered at them (not "sorry"); letters to their house said without a verb (not the writer's own).
  startsOn('We moved in at the end of May last year and the bloke at number 14 started on us more or less the first week', '2025-05-24', true, 'overYear'),
  startsOn('We moved into our flat at the end of April 2025 and the man across the landing has made our lives a misery pretty much since day one', '2025-04-24', true, 'overYear'),
  startsOn('I refused to book her an appointment on 22nd June. The calls to my mobile started the week after.', '2026-06-22', false, 'fewMonths'),
  startsOn('I left him in the summer. The calls started the day after I left, 2nd August', '2026-08-02', false, 'fewMonths'),
  startsOn("She's been messaging me since the start of term", '2026-09-03', true, 'fewMonths'),
  since("We moved in at the end of May last year and it's been lovely.", null),
  startsOn('My dad found me on Facebook in May and keeps sending friend requests. Last month he sent a card to my work.', '2026-05-01', true, 'fewMonths'),
  startsOn('I found him on Facebook in May and he keeps messaging me. Last month he sent a card to my work.', '2026-10-01', true, 'fewMonths'),
  startsOn('My dad found me on facebook in the summer. it was nice at first but about 3 weeks ago he started messaging non stop', '2026-11-07', true, 'thisMonth'),
  often("he started ringing me 5 or 6 times whenever I go out. It's every day now.", freq('severalDaily', true)),
  often("he rang me 5 times when I was out. It's every day now.", freq('daily', false)),
  often('Men have been turning up at my door - 3 came last week.', freq('fewWeekly', true)),
  who("Someone bought a coat off me on Vinted and now won't stop messaging.", 'metOnline'),
  who('a buyer on eBay keeps texting me', 'metOnline'),
  who('I bought a coat from Next and now a man from the shop keeps messaging me', 'stranger'),
  who('My ex sold my bike on eBay', 'exPartner'),
  who('Another letter arrived this morning. They are typed and unsigned.', 'unknown'),
  who('The tenancy agreement was unsigned and the landlord keeps coming round', 'someoneElse'),
  who("He's emailing me 5 or 6 times a day. When the divorce went through on 2nd March it was the odd one.", 'exPartner'),
  who('When the divorce went through my neighbour started banging on the wall', 'neighbour'),
  does('Someone spray my shutter', ['propertyDamage']),
  does('I sprayed my fence with preservative', null),
  does('he keyed both sides of our car', ['propertyDamage']),
  does('I washed both sides of our car', null),
  does("the bloke at number 14 keeps muttering 'f*****s' when we walk past", ['other']),
  does("he muttered 'sorry' and walked off", null),
  does('At first it was letters to my house, about one a month.', ['itemsLeft']),
  does('I took the letters to my house', null),
  does("I've redirected my letters to my new address", null),
  // Blind batch 174's kinds. When: a start said as "since <someone> stopped <doing something> in <month>" after what goes on
  // ("has been ringing me ... since the agency stopped sending her in August"), not a stop of theirs the writer feels better
  // for ("I've been sleeping better since he stopped texting"). How often: a stop said with two verbs joined by "or" ("Hes
  // not been in or emailed since"), and a stop followed by the writer's own fear with "still" ("but im still on edge"), not
  // more of it ("but im still getting letters"). What: their people tagged in posts ("tagging my boyfriend in them"), not
  // the writer tagged, not the writer's own tagging, not a crowd ("tagging ppl from my school", which writers label social
  // media alone); "been in touch with my sister" said of him or her, not the writer's own or denied.
  startsOn('The carer who used to come in to my mum has been ringing me and turning up at our house since the agency stopped sending her in August.', '2026-08-01', true, 'fewMonths'),
  often('He has been ringing me since the agency stopped sending her.', null),
  often("I've been sleeping better since he stopped texting in May.", freq('stopped', false)),
  often('He turned up once a week or so. Hes not been in or emailed since my boss banned him a fortnight ago', freq('stopped', false)),
  often("He texts once a week. he hasn't rung or texted since friday but im still on edge", freq('stopped', false)),
  often("He texts once a week. he hasn't texted since friday but im still getting letters", freq('fewWeekly', false, 1, 'week')),
  does('some account on tiktok keeps posting vids about me saying im a cheater and tagging my boyfriend in them', ['socialMedia', 'contactingOthers']),
  does('he keeps tagging me in posts', ['socialMedia']),
  does('I tagged my sister in it', null),
  does('anon account keeps posting pics of me and tagging ppl from my school in them', ['socialMedia']),
  does('He has also been in touch with my sister and with my GP saying I am not fit to live on my own', ['contactingOthers']),
  does('she got in contact with my boss', ['contactingOthers']),
  does("I've been in touch with my GP", null),
  does("he hasn't been in touch with my mum", null),
  // Blind batch 173's kinds: dates and rates in numbers and shorthand among numbers that are not. How often: the times sign
  // said first ("x3 a week"), not a registration or a sum ("KX19", "3 x 4"); every few days said as a range ("every 2-3
  // days"); a count over a span said with "twice" or "once" ("twice in 5 weeks"), not "twice in a row"; a count on most
  // evenings said "of them" ("most evenings 2 or 3 of them"), not people ("2 of them turn up"); a clock time before a rate is
  // no count ("walk home about 4.15 every day", "at 7.30 every morning"); "not every day" with no other rate is a few a week.
  often('He texts me x3 a week asking when I will be home', freq('fewWeekly', false, 3, 'week')),
  often('This began w/c 12th October and occurs roughly x3 a week, usually around 7am', freq('fewWeekly', true, 3, 'week')),
  often('He parks outside. Reg starts KX19.', null),
  often('he says i owe him 3 x 4 hundred', null),
  often('keeps dming me on insta n snap, every 2-3 days since freshers', freq('fewWeekly', true)),
  often('every 2 or 3 days he leaves something on my car', freq('fewWeekly', true)),
  often('a man on the 38 bus has followed me off it twice in 5 weeks', freq('occasional', true)),
  often('he came round twice in a row', null),
  often('My line manager has sent me 47 emails since my grievance, most evenings 2 or 3 of them.', freq('severalDaily', true)),
  often('most days 2 of them turn up at my door', freq('daily', true)),
  often('he is on the bridge when I walk home about 4.15 every day', freq('daily', false)),
  often('he leaves his van outside at 7.30 every morning', freq('daily', false)),
  often('A girl has been messaging my new friends telling them lies about me. Not every day but a lot.', freq('fewWeekly', true)),
  often('not every night but most nights he texts', freq('daily', true)),
  // When: a day and a month with dots, the UK way round, after a word for a day ("on 02.11", "since 14.09.24"), not a time
  // or a room ("at 02.11 last night", "room 4.12").
  startsOn('My line manager has emailed me every evening since I put my grievance in on 02.11', '2026-11-02', false, 'thisMonth'),
  startsOn('he moved in on 02.11.2025 and has texted since', '2025-11-02', false, 'overYear'),
  startsOn('it started on 4.12', '2025-12-04', false, 'fewMonths'),
  since('he waits outside my lecture in room 4.12', null),
  // Who: a relative with a word for which one ("my older brother", "my little sister"), not one in a clause about someone
  // else ("this guy ... who my little brother gave our address to").
  who("My older brother refuses to accept that I'm trans. He messages me saying I'm disgusting", 'family'),
  who('my little sister keeps texting me', 'family'),
  who('my eldest son keeps ringing me for money', 'family'),
  who('im 15 and theres this guy i play fortnite with who my little brother gave our address to. he sent a pizza to our house', 'metOnline'),
  // What: things about them sent to their people with a longer object ("has sent old photos of me to people I work with");
  // a place of theirs rung asking for them with no article ("rang reception asking for me"), not the writer's own call; a
  // threat said of the people they will send ("her new bf n his mates r gonna do me in"), not help; "he knows where I get off"
  // said as a threat.
  does('he has sent old photos of me to people I work with', ['contactingOthers']),
  does('he found where i work on linkedin and rang reception asking for me', ['calls', 'contactingOthers']),
  does('I rang work asking for help', null),
  does('ex keeps sayin her new bf n his mates r gonna do me in', ['threats']),
  does('he said his mates will batter me', ['threats']),
  does('my mum said her friends are going to help me', null),
  does('he followed me to my platform and said he knows where I get off', ['following', 'threats']),
  // Blind batch 172's kinds. What, said in the terms of technology: a camera or doorbell pointed at their home with the verb
  // first ("has angled his Ring doorbell and a second camera straight at my front door"), not the writer's own, and no
  // turning up from "at my front door" then (a camera that saw him there still is); the doorbell going off ("my ring doorbell
  // keeps going off at like 3am and its him"), not the phone or the police; gifts sent online ("sending him Robux"), not what
  // they ask for; what is said in a game's chat ("put my road name in the party chat") is messages, not the chat they met
  // in; "he's gonna come round" is a visit to come; writing to them with no platform said is letters; a platform they added
  // each other on once is the channel, not social media, unlike adding again and again; made to share a location is tracking.
  does('The man next door has angled his Ring doorbell and a second camera straight at my front door', ['other']),
  does('The bloke opposite has pointed a camera straight at my front door', ['other']),
  does('I pointed my camera at my car after he keyed it', null),
  does('I caught him on the doorbell camera at my front door at 3am', ['turningUp']),
  does('my ring doorbell keeps going off at like 3am and its him. my ex. just stands there', ['turningUp']),
  does('my phone keeps going off at 3am', null),
  does('the doorbell went and it was the police', null),
  does('A man on Roblox has been messaging him every night and sending him Robux', ['messages', 'itemsLeft']),
  does('he wants me to send him robux or he will tell my mum', ['threats', 'contactingOthers']),
  does("some kid on xbox said he's gonna come round and stab me. he put my road name in the party chat", ['messages', 'threats']),
  does('a guy from an Xbox party chat has been ordering takeaways to my house', ['itemsLeft']),
  does("he's gonna turn up at my work", null),
  does('he keeps turning up at my work', ['turningUp']),
  does('the lady who was her carer has been writing to me two or three times a week', ['itemsLeft']),
  does('Since then he is writing to me many times every day asking for pictures', null),
  does('a girl added me on insta and keeps messaging me', ['messages']),
  does('he added me on LinkedIn three times after I removed him', ['socialMedia']),
  does('my boyfriend makes me share my location with him 24/7', ['tracking']),
  does('he shared my address on facebook', ['socialMedia', 'personalDetails']),
  // Who: a relative named only by the home the writer left ("moved out of my dads in june"), when no one else is named;
  // the one doing it not caught on their camera ("My cameras haven't caught anyone") is not known, unless they say who.
  who('im 19 and moved out of my dads in june. hes still got me on family sharing and just turns up', 'family'),
  who("I moved out of my mum's in June and my ex keeps turning up", 'exPartner'),
  who("I moved out of my mum's in June. My ex keeps turning up", 'exPartner'),
  who("found an airtag on my car on the way back from my sister's", null),
  who("Tyres slashed twice. My cameras haven't caught anyone", 'unknown'),
  who("Tyres slashed twice. Doorbell camera doesn't pick up who it is but I know it's my ex", 'exPartner'),
  // When: an ending of the writer's with "I" or "we" said before "and" ("im 19 and moved out of my dads in june", "we were
  // together 10 year and split up at Easter"), not someone else's ("He lost his job and moved out in June").
  startsOn('im 19 and moved out of my dads in june. hes still got me on family sharing and just turns up', '2026-06-01', true, 'fewMonths'),
  startsOn('My ex partner Dennis and I were together 10 year and split up at Easter. He sits outside my house in his van', '2026-04-05', false, 'fewMonths'),
  startsOn('He lost his job and moved out in June. Since October he texts me', '2026-10-01', true, 'fewMonths'),
  // How often: a count said of the whole in a sentence that starts with it ("It's a couple of times a week.") over the routine
  // told elsewhere ("gets on my bus ... every morning"), which alone is daily; with another rate in that sentence, the
  // highest; a thing kept on 24/7 (a location shared) is no rate; "a warning earlier this month" is when, not a count.
  often("There's a man who gets on my bus at the same stop every morning. He's followed me home twice now. It's a couple of times a week.", freq('fewWeekly', false, 2, 'week')),
  often("There's a man who gets on my bus every morning and sits right next to me", freq('daily', false)),
  often('my ex turns up. Its every weekend and most nights in between', freq('daily', true)),
  often('my boyfriend goes through my phone every night, makes me share my location with him 24/7', freq('daily', false)),
  often('my ex keeps ringin n textin me 24/7', freq('severalDaily', true)),
  often('He keyed my car twice. It stopped after the police gave him a warning earlier this month.', freq('stopped', false)),
  often('he has sent me 3 letters this month', freq('occasional', false, 3, 'month')),
  // Blind batch 171's kinds. Who: a relative or partner without "my" at the start, with an -ing verb of contact and "me"
  // ("stepdad texting me from new numbers"), not what they tell the writer ("Mum telling me to report it"); someone worked
  // with said with "I've" or "been" ("a woman I've worked with for two years"); a person not known said as "he" or "she"
  // ("I don't know who he is") is a stranger, "who it is" stays unknown; a person named in a doubt ("I don't even know if
  // its someone from school") is not the one.
  who('stepdad texting me from new numbers since i moved out in june, most days. says hell find me', 'family'),
  who('brother messaging me all night', 'family'),
  who('husband texting me non stop when im out', 'partner'),
  who('Mum telling me to report it. My ex keeps texting me', 'exPartner'),
  who("One of the healthcare assistants, a woman I've worked with for two years, has become fixated on me since I got engaged to my fiance. She's messaged my fiance on Instagram", 'workOrStudy'),
  who("a guy I've been working with keeps texting me", 'workOrStudy'),
  who('a woman I used to work with keeps texting me', 'workOrStudy'),
  who("I don't know who he is, that's the scary part. I first saw him in the car park at Tesco", 'stranger'),
  who('She sits in the park every morning and follows me. No idea who she is.', 'stranger'),
  who('I keep getting texts and I have no idea who it is', 'unknown'),
  who("I don't know who's sending them", 'unknown'),
  who("someone has been making fake insta accounts of me. I don't even know if its someone from school", 'unknown'),
  who("a lad from school keeps messaging me. I don't even know if its serious", 'workOrStudy'),
  // When: a date said after "since <event>," ("Since his girlfriend threw him out, the back end of September, he's been
  // round"); how long something has not been ("No exes in the picture for years", "nothing at all for about 5 weeks") is not
  // the start, unlike "nothing but abuse for months" or a negation that says who ("a man I don't know has been sitting
  // there for a fortnight"); "it's actually been quiet since" is a stop.
  startsOn("My son has had problems with drink for years. Since his girlfriend threw him out, the back end of September, he's been round at all hours banging on the door.", '2026-09-16', true, 'fewMonths'),
  startsOn("Since we split, around the end of March, she's been messaging me", '2026-03-16', true, 'fewMonths'),
  startsOn("I found an AirTag in my bag yesterday. I think the notifications started around then too, maybe 15 Oct. No exes in the picture for years.", '2026-10-15', true, 'fewMonths'),
  startsOn("I've not slept properly for weeks. My boss started emailing me in March", '2026-03-01', true, 'fewMonths'),
  startsOn('nothing but abuse for months from him', '2026-08-28', true, 'fewMonths'),
  startsOn('A man I do not know has been sitting in a white van outside my house most evenings for a fortnight.', '2026-11-14', false, 'thisMonth'),
  startsOn('private number rings me every night about midnight no one talks just breathing about a month now', '2026-10-28', true, 'thisMonth'),
  startsOn("My ex boyfriend, we broke up last Christmas, spent most of this year messaging me. It's actually been quiet since the end of October, nothing at all for about 5 weeks.", '2026-01-01', true, 'fewMonths'),
  often("It's actually been quiet since the end of October", freq('stopped', false)),
  // What: knowing when they are somewhere ("knows when im there somehow", "knows when I'm at my mum's").
  does('my baby dad keeps turnin up at my mums when im there. knows when im there somehow', ['turningUp', 'tracking']),
  does("he always knows when I'm at my mum's", ['tracking']),
  // Blind batch 170's kinds. What: their people reached by them, said as the people of the writer's year or class or as the
  // parents of the children they teach ("DMing people in my year", "sending friend requests to parents of children in my
  // class"), or as a group chat of their people set up by them ("set up a whatsapp group with the other parents"), not the
  // writer's own; writing on their grave is damage, writing on their Facebook wall is not; an ominous "you should lock
  // your door" sent to them is a threat, not advice from their people; a blog or website set up about them is social media;
  // a veiled threat to their living, marked by quotes or hung on what they do, is a threat, not news nor their own fear.
  does('some anon account keeps posting stuff about me. theyve been DMing people in my year about it too', ['socialMedia', 'contactingOthers']),
  does('she keeps messaging the kids in my class about me', ['contactingOthers']),
  does('someone made a fake profile of me and has been sending friend requests to parents of children in my class', ['socialMedia', 'contactingOthers']),
  does('he keeps sending friend requests to my mum and sister', ['socialMedia', 'contactingOthers']),
  does('he sends me friend requests every day', ['socialMedia']),
  does('shes set up a whatsapp group with the other parents slagging me off', ['contactingOthers']),
  does('he made a group chat with people from my work about me', ['contactingOthers']),
  does('I set up a whatsapp group with the other parents to sort lifts', null),
  does("Somebody has also written on my late husband's headstone", ['propertyDamage']),
  does("someone has sprayed paint on our son's grave", ['propertyDamage']),
  does("I wrote on my mum's headstone card", null),
  does('now he has written on my Facebook wall for everyone to see', ['socialMedia']),
  does('texts from a number i dont know saying stuff like nice dress today and you should lock your back door', ['messages', 'threats']),
  does("he messaged saying you'd better keep your doors locked", ['messages', 'threats']),
  does('the police said I should lock my back door', null),
  does('my mum told me you should lock your doors at night, so I do', null),
  does('She has also set up a blog under my name accusing me of abuse', ['socialMedia']),
  does('he put up a web page naming me as a thief', ['socialMedia']),
  does('I started a blog about my experience', null),
  does("When I declined he wrote that my funding may be 'reviewed'", ['threats']),
  does('he told me my placement would be at risk unless i went for a drink with him', ['threats']),
  does("I'm worried my job is at risk", null),
  does('my manager said my contract is under review because of budget cuts', null),
  // ...and what is over-read: a thing that turns up arrives, it is not someone turning up ("a parcel turned up at my
  // house", "something new pops up every few days"); where they found out where the writer works, their people added on a
  // platform and Snap Maps are not social media; a visit said as part of what they said ("saying I owe them and ... will
  // come round") is not a visit made; "says hell hack my account" is a threat, not tracking.
  does('three weeks ago a parcel turned up at my house with a long handwritten letter', ['itemsLeft']),
  does('last week a card turned up at my house', ['itemsLeft']),
  does('The fake profiles appeared straight away. Something new pops up every few days.', ['socialMedia']),
  does('every few weeks something turns up', null),
  does('he turned up at my house with flowers', ['turningUp', 'itemsLeft']),
  does('my ex and his new girlfriend turned up at my house', ['turningUp']),
  does('he found where i work on linkedin and sent flowers there', ['itemsLeft']),
  does('hes added my missus on facebook', ['contactingOthers']),
  does('my bf keeps checkin my location on snap maps', ['tracking']),
  does('he posts about me on facebook', ['socialMedia']),
  does('men ring me from foreign numbers saying I owe them and that they know my address and will come round', ['calls']),
  does('he rings me saying im a slag and comes round', ['calls', 'turningUp']),
  does('he says hell hack my account if i dont', ['threats']),
  does('he hacked my account', ['tracking']),
  // How often: a rate of the writer's own occasions ("every shift") gives way to a count a week said of it elsewhere; the
  // school run most days is about daily; Geordie "neet" is night after a rate word.
  often('this customer comes in every shift im on and asks what time i finish. hes in like 4 or 5 times a week', freq('fewWeekly', true, 5, 'week')),
  often('he is there every shift, texts me twice a week', freq('fewWeekly', false, 2, 'week')),
  often('he comes in every shift', freq('daily', true)),
  often('she glares at me at the gate then follows me back to my car. its most school runs now', freq('daily', true)),
  often('shes there nearly every pick up', freq('daily', true)),
  often('me ex keeps ringin us like ten times a neet', freq('severalDaily', true, 10, 'day')),
  often('she slags me off to the other mums and hardly a day goes by without something', freq('daily', true)),
  often('Not a day goes by without texts from him', freq('daily', true)),
  often("my ex was horrible. not a day goes by that I don't think about it", null),
  often('he rings every neet', freq('daily', false)),
  // When: a date said in so many words, straight after it, to be when it began outranks an earlier meeting; a move out said
  // with whose home it was and where they went dates the start; "that's when" of something else does not.
  startsOn("I got chatting to a man in a Facebook group back in the spring. Over the summer he got possessive. I stopped replying at the beginning of September and that's when it really started. Since then he has emailed me.", '2026-09-01', true, 'fewMonths'),
  startsOn('We separated in April but he only moved out in June and thats when all this started. He parks up most nights.', '2026-06-01', true, 'fewMonths'),
  startsOn("He puts notes through my door saying I'll regret complaining about his dog, which is when it all started, in May. Last month he keyed my car.", '2026-05-01', true, 'fewMonths'),
  startsOn("I moved out of my mum's to live with my dad in April because of my stepdad. Now he keeps turning up at my college.", '2026-04-01', true, 'fewMonths'),
  // Blind batch 169's kinds. Who: another parent said without the place ("It started at the school gate in September. Me
  // and another mum fell out", "one of the other dads"), not the writer nor a likeness ("As another mum I...", "she's like
  // another mum to me"); the one they let a room to ("I rented my spare room to a lodger"), not someone told; going out
  // said with how long it lasted is an ex ("this lad off Hinge, we ended up going out for about 6 months"), not going out
  // for a drink; what someone is now after a change, said outright ("so he's just my neighbour now"), not "also my".
  who('It started at the school gate in September. Me and another mum fell out over a party invite. She made a fake profile with my photos', 'someoneElse'),
  who('one of the other dads keeps messaging me', 'someoneElse'),
  who('another parent keeps posting about me', 'someoneElse'),
  who('As another mum I just want it to stop. A man keeps following me home', 'stranger'),
  who("my auntie is like another mum to me and she keeps ringing me drunk", 'family'),
  who('I rented my spare room to a lodger last year and asked him to leave in July. Since then he keeps coming back', 'someoneElse'),
  who('we let our flat out to a tenant in 2024 and he keeps ringing me', 'someoneElse'),
  who('my ex keeps calling. I told a lodger about it', 'exPartner'),
  who('So this lad off Hinge, we ended up going out for about 6 months. I finished it in July and now he posts about me', 'exPartner'),
  who('a girl off tinder, we were seeing each other for a few weeks. Now she keeps messaging', 'exPartner'),
  who('a guy off tinder, we were going out for a drink when he grabbed my phone', 'metOnline'),
  who("Gary worked with me at the depot and lives three doors down. He doesn't work there any more so he's just my neighbour now", 'neighbour'),
  who("She's only my colleague but she keeps texting me at night", 'workOrStudy'),
  who('My boss is also my neighbour and he keeps texting me', 'workOrStudy'),
  // What: the Find My app by its name alone is tracking, not finding a thing of theirs; "he's coming for me" reported as
  // said is a threat, not the writer's fear; what is done to them on Messenger is messages, not social media, and the
  // writer's own words there are neither; having a go at them at the children's handover is other.
  does('My ex keeps using Find My on our old iPad to see where I am', ['tracking']),
  does('she put Find My on my phone without asking', ['tracking']),
  does("she texted me to say she couldn't find my keys", ['messages']),
  does("his mates message me saying he's coming for me", ['messages', 'threats']),
  does("a note through the door saying they're coming for me", ['itemsLeft', 'threats']),
  does("I'm scared he's coming for me", null),
  does("My ex's new fella keeps threatening me on Messenger", ['messages', 'threats']),
  does('he keeps abusing me on fb messenger', ['messages']),
  does("he knows what I've said to my sister on Messenger", ['tracking']),
  does('every handover he has a go at me in front of him', ['other']),
  does('he has a go at me at the handovers', ['other']),
  does('I had a go at him at the handover', null),
  // How often: a day of the week said with what they do after "and" is weekly; two days still a few times a week; a
  // relationship said to be on and off is not how often it happens.
  often('My grandson comes round every Friday and shouts at me', freq('fewWeekly', true, 1, 'week')),
  often('she rings every sunday and cries down the phone', freq('fewWeekly', true, 1, 'week')),
  often('he rings me every friday and saturday', freq('fewWeekly', true)),
  often('me and my sons dad were on and off for years. he texts me all hours', freq('severalDaily', true)),
  often('we were on and off. he texts me on and off', freq('occasional', true)),
  // When: an ending with the partner named by their name still dates the start.
  startsOn('I ended things with my boyfriend Callum at the start of April. It started with messages. Last month he messaged my mum.', '2026-04-01', true, 'fewMonths'),
  startsOn('I split up with my husband Dave in March. Last week he turned up at my work.', '2026-03-01', true, 'fewMonths'),
  // Blind batch 168's kinds. When: a date with "and nothing since" straight after it is when it stopped, not the start
  // ("I changed all my passwords 3 weeks ago and nothing since"); a date in another sentence before the stop still starts it.
  startsOn('My ex was logging into my accounts after we split in June to see where I was. I changed all my passwords 3 weeks ago and nothing since.', '2026-06-01', true, 'fewMonths'),
  startsOn('Horrible emails every week. Started 5th October. Police gave me a crime number but nothing since.', '2026-10-05', false, 'fewMonths'),
  // What: posting in a local group or page with the platform unsaid is social media; not the writer's own post there.
  does('one of our patients has started posting on the local community page naming me', ['socialMedia']),
  does("I posted on the local community page asking if anyone had seen my cat", null),
  // Blind batch 168's kinds. Who: someone the writer serves in their own trade, said by the work done for them ("One of
  // the men I clean for", "The mum of a boy I tutored", "a man I looked after on the ward"), by the round they serve ("A
  // woman on my round"), by how they are or as one of them ("a male patient", "One client, old man"), or by a sale the
  // writer handles ("Im an estate agent and a buyer..."), is work or study; a client of a shop the writer runs stays
  // someone else, said by what they bought too ("I run my own small florist. A man who bought a few bouquets"); someone
  // in their village's Facebook group was met online; "bloke from my old work" is work; "boy fae ma sunday league team".
  who('I clean houses for a living. One of the men I clean for started leaving me notes', 'workOrStudy'),
  who("I'm a private maths tutor. The mum of a boy I tutored has been messaging me", 'workOrStudy'),
  who('A man I looked after on the ward was discharged and now he messages me', 'workOrStudy'),
  who('Im a postie. A woman on my round has been writing me letters', 'workOrStudy'),
  who('I am care worker. One client, old man, he call the agency every day asking for me', 'workOrStudy'),
  who('I work on reception and an elderly patient keeps ringing me at home', 'workOrStudy'),
  who('Im an estate agent and a buyer who lost out on a house has been emailing me', 'workOrStudy'),
  who('bloke from my old work keeps ringing me off different numbers', 'workOrStudy'),
  who('A woman in our village Facebook group has taken against me', 'metOnline'),
  who('boy fae ma sunday league team has been sendin me abuse', 'someoneElse'),
  who('I run my own small florist. A man who bought a few bouquets keeps coming in', 'someoneElse'),
  who('I run a small salon. One customer keeps coming in after I refused to do her nails', 'someoneElse'),
  // (someone else since blind batch 191: "have" and no article are in `OWN_BUSINESS`, "I have small beauty salon")
  who('I have small shop for phones repair. One customer, after I fix his phone he is angry', 'someoneElse'),
  // ...not a small shop said with "have" (left: no one, as before), the one cared for at home, a buyer off a marketplace, a man who bought something from the writer unsaid as
  // their business, nor "one of the other mums" at a club.
  who('I care for my mum at home and a man keeps texting her', 'stranger'),
  who('Sold a jacket on Vinted and the buyer keeps messaging me', 'metOnline'),
  who('A man who bought my car keeps texting me', 'stranger'),
  // Blind batch 167's kinds. How often: calls, messages or emails at any time of day ("phones me at all hours"), with no
  // other rate said, are several a day; beside a rate said plainly the rate holds ("several times a week at all hours");
  // banging on a wall and loud music at all hours are no contact rate.
  often('He phones me at all hours demanding money', freq('severalDaily', true)),
  often('he has been sending me abusive texts and voice notes at all hours because I said no', freq('severalDaily', true)),
  often('now hes messaging me all hours calling me names', freq('severalDaily', true)),
  often('he has been emailing me several times a week at all hours', freq('fewWeekly', true)),
  often('he rings me every day at all hours', freq('daily', false)),
  often('The woman downstairs bangs on my floor at all hours', null),
  often('The family next door have played loud music at all hours since they moved in', null),
  // What, said in passing. Knocking at a door of theirs said by its room or place ("my hotel room door"); not "banged my
  // head on the door", nor the writer's own knocking.
  does('he knocked on my hotel room door at a conference', ['turningUp']),
  does('she keeps banging on my bedroom door at night', ['turningUp']),
  does('I banged my head on the door', null),
  does('I knocked on my neighbour front door to complain', null),
  // Coming to a place of theirs said before, in a second language ("he find where I work and come there two times"); not a
  // threat of it ("said he'll come there": the threat and what he knows, no visit), nor the writer's fear of it.
  does('he find where I work and come there two times', ['turningUp']),
  does('When I go to my sister house he come there and shout', ['turningUp']),
  does("he knows what school i go to and said he'll come there", ['tracking', 'threats']),
  does('I am scared he will come there', null),
  // Comments said beside DMs ("abusive comments and DMs from accounts I don't know") are posts on a platform; comments said
  // alone are not (in emails; in person they stay \`other\`).
  does("I've been getting abusive comments and DMs from accounts I don't know", ['messages', 'socialMedia']),
  does('he sends me emails full of sexual comments', ['emails']),
  does('our neighbour makes homophobic comments to me over the fence', ['other']),
  // Comments on everything, their posts unsaid ("he messages and comments on everything"); not what they wear, nor the writer.
  does('he found me on Facebook and now he messages and comments on everything', ['messages', 'socialMedia']),
  does('he comments on everything I wear', null),
  does('I comment on everything', null),
  // Run down in a group chat of their people said after another place ("slagging me off on Facebook and in the family
  // WhatsApp group"): contacting others, and the group's WhatsApp is no message to them (when they are run down or fell out
  // there; posting there stays messages, as writers split on it).
  does('My sister has been slagging me off on Facebook and in the family WhatsApp group', ['socialMedia', 'contactingOthers']),
  does('another mum has been spreading rumours about me in the class WhatsApp group', ['contactingOthers']),
  does('she has been posting in the class WhatsApp group that I am a bad mum', ['messages']),
  does('he keeps sending me messages on WhatsApp', ['messages']),
  does('he got my number off the class whatsapp and messages me every night', ['messages']),
  // A platform where something was sold or bought ("sold a sofa on facebook marketplace", "sold a jacket on Vinted") is where
  // they met, not posts (25 of the 37 blind stories with it label no social media, and the rest say posts, reviews or
  // profiles in other words); posting about them there still is, and so is an address posted in a group said by what it is
  // for ("a local buy and sell group").
  does('sold a sofa on facebook marketplace to this bloke and ever since he keeps messaging me', ['messages']),
  does('Sold a jacket on Vinted and the buyer has been messaging me ever since', ['messages']),
  does('he keeps posting about me on facebook', ['socialMedia']),
  does('the buyer posted my address in a local buy and sell group calling me a scammer', ['socialMedia', 'personalDetails']),
  // A threat quoted from its verb, the one it is made to outside the quote ("told my son that I'd 'get what's coming'", "told
  // my wife we'd 'get what's coming'"); not said of someone else ("he'll get what's coming to him").
  does("Last month he told my son that I'd 'get what's coming'", ['threats', 'contactingOthers']),
  does("last month he told my wife we'd 'get what's coming'", ['threats', 'contactingOthers']),
  does("I hope he gets what's coming to him", null),
  // Blind batch 166's kinds. How often: a count said before "since" a day of the last week is a week's worth at most
  // ("40 odd texts since Friday", as "since Friday, 40 texts" was); not a count a day said plainly, nor the writer's own
  // messages (read as before, as a count so far).
  often("I've had 40 odd texts since Friday alone", freq('severalDaily', true)),
  often('Counted 23 withheld calls on my phone log since last Monday', freq('severalDaily', true)),
  often('he sends 10 texts a day since Monday', freq('severalDaily', false, 10, 'day')),
  // Weekends said as what it has calmed down to, or as how it is now, outweigh a rate said in another sentence (not
  // "mostly weekends" about something else).
  often("He used to message me every day. It's calmed down to just weekends now", freq('fewWeekly', true, 1, 'week')),
  often('he texts me every day. mostly weekends he drinks', freq('daily', false)),
  // One on a single day ("one came this morning") is what happened, not one a day; several that morning still are.
  often('First one was three weeks ago, then another last week, and one came this morning', null),
  often('I got 5 texts this morning', freq('severalDaily', false, 5, 'day')),
  // The latest said by its place in the count ("That's the fifth one.") is a count so far (not "the fifth one was worse").
  often("Another letter today. That's the fifth one. The first came on the 3rd of November.", freq('fewWeekly', true)),
  often('the fifth one was worse than the others', null),
  // A rate after a comma that says more of a past rate ("was sending me messages every day, sometimes really late at
  // night") is past too, so a stop said first still holds; said in the present it is not past.
  often('It has stopped now. He was sending me messages every day, sometimes really late at night.', freq('stopped', false)),
  often('he sends me messages every day, sometimes really late at night', freq('daily', false)),
  // Both days of a weekend are twice that week.
  often('He waits outside. This weekend he was there both days.', freq('fewWeekly', true, 2, 'week')),
  // Who: someone named and then said not to be them, in the same sentence ("I split up with my ex in 2024 but honestly I
  // don't think it's him"); not "I don't think it's him alone" (more than one), nor "I think it's my ex".
  who("I split up with my ex in 2024 but honestly I don't think it's him, I have no idea who it is", 'unknown'),
  who("my ex keeps texting me, I don't think it's him alone", 'exPartner'),
  who("I think it's my ex", 'exPartner'),
  // Someone met on an app and out with a count of times ("we went out twice") is met online, not an ex; a relationship
  // said by how long it lasted still is.
  who("Met her on Bumble in Feb, we went out twice, I told her in March I wasn't interested", 'metOnline'),
  who('we went out for 2 years and he keeps texting', 'exPartner'),
  // An ending said for good ("when I ended it properly"); not finishing a course properly.
  who('on and off til 2023 when I ended it properly. then in june he got my new number', 'exPartner'),
  who('I finished the course properly and now a lad from it texts me', 'workOrStudy'),
  // The relationship said by its years alone, as a heading ("Together 2011-2020, divorced 2021"), a span that ended (not
  // "together since 2019", a partner).
  who("Together 2011-2020, divorced 2021, no contact for years. Then he started sending cards to my new house", 'exPartner'),
  who("We've been together since 2019 and he checks my phone", 'partner'),
  // The ex's new partner in Scots ("ma ex's new burd": someone else; "ma ex burd" is the ex herself).
  who("ma ex's new burd keeps messagin me on fb", 'someoneElse'),
  who('ma ex burd keeps postin stuff aboot me on her story', 'exPartner'),
  // A coach said by the sport, theirs or their child's ("my kids football coach"); a child's subject teacher stays work or
  // study; the writer's own job is not them.
  who('ok its my kids football coach. started with liking everything on my insta', 'someoneElse'),
  who("my son's swimming coach keeps messaging me", 'someoneElse'),
  who('my sons PE teacher has been messaging him', 'workOrStudy'),
  who("I'm a football coach and one of the dads keeps texting me", null),
  // The one in a car or van not seen ("I can't see who's driving") is not known (not "can't see who else would").
  who("A white van keeps following me. I can't see who's driving.", 'unknown'),
  who("I can't see who else would do this, it's my ex", 'exPartner'),
  // Name-calling said with "all the names", "every name" is not calls (name-calling alone stays what it was).
  does('she keeps callin me aw the names under the sun', null),
  does('he texts me every night calling me every name under the sun', ['messages']),
  does('he keeps calling me all hours', ['calls']),
  // What: a visit promised after what they say of the writer ("saying I owe the company money and he'll come round") is a
  // threat and no visit; not a wish told as what they would do, nor what they said that is not about the writer.
  does("he keeps sending voice notes saying I owe the company money and he'll come round and collect it himself", ['messages', 'threats']),
  does('he keeps emailing saying I owe him money for a flight and that he will come to my house to get it', ['emails', 'threats']),
  does("he left a note saying I looked lonely and he'd call round again", ['itemsLeft']),
  does("he said hello and he'll come round on Friday", ['turningUp']),
  // Been outside with no place said ("hes been outside 3 times"); not the writer, nor for a smoke.
  does('he knows where i live, hes been outside 3 times', ['turningUp', 'tracking']),
  does("I haven't been outside in weeks", null),
  does("he's been outside for a smoke", null),
  // Found again after the writer moved; not moved at work by others.
  does("I've moved twice and she still finds me", ['tracking']),
  does('they moved me to a different section, but he still finds me', null),
  // Escape said to be no use, in their words ("'you can't hide'"); not the writer's own "I can't hide how scared I am".
  does("she sent me a video with 'you can't hide' written over it", ['messages', 'threats']),
  does("I can't hide how scared I am", null),
  // A presence timed to theirs ("turning up at the exact same times as me") is following too; not the writer's own timing.
  does('a guy at my gym started turning up at the exact same times as me', ['following', 'turningUp']),
  does('we finish at the same time as them', null),

  // Blind batches 164's and 165's kinds: what they do, said in passing. A visit promised to finish what they started (not
  // a builder's "finish it on Monday"); harm promised to someone of theirs, quoted ("'end him'").
  // (since batch 194 an announced visit is a threat only, not a turning up: batch 165 labels this one so)
  does('says hes coming round to finish it', ['threats']),
  does("he says he's coming back to finish what he started", ['threats']),
  does("the builder says he's coming round to finish it on monday", ['turningUp']),
  does("he messaged my new partner saying he'd 'end him'", ['threats', 'contactingOthers']),
  // Things passed round the people of a place; running them down to their people; lies told to someone about them; a
  // child of theirs said by age (not the writer's own talk, nor lies told to the writer, nor the writer's own age).
  does('sum1 keeps makin fake tiktoks of me n sending them round ppl in my school', ['socialMedia', 'contactingOthers']),
  does('he keeps sending his mates round to my house', null),
  does('she has been slagging me off to all the other parents', ['contactingOthers']),
  does("he's been lying about me to my family", ['contactingOthers']),
  does('I talked about him to my mum', null),
  does('Then he told her lies that I came onto him', ['contactingOthers']),
  does('he told me lies about where he was', null),
  does("now he's started messaging my 14 year old as well", ['contactingOthers']),
  does("I'm a 14 year old and he keeps messaging me", ['messages']),
  // Filming them in Scots ("filmin", dropped g); shouting at their household (not the writer at their own kids); a go at
  // them where they meet at school (not on the class chat).
  does('the wumman next door keeps filmin me an ma weans fae her windae', ['other']),
  does("he shouts at my wife when she's putting the bins out", ['other']),
  does("I shout at my kids when I'm stressed", null),
  does('she comes up to have a go at me at pick up', ['other']),
  does('she has a go at me on the class whatsapp', ['messages']),
  // Damage found with how many ("all four tyres"), or said first in a list with no "my" (not a thing that broke).
  does('One morning I came out to find all four tyres let down', ['propertyDamage']),
  does("Car's been scratched twice, dog mess left on the step", ['itemsLeft', 'propertyDamage']),
  does("Phone's been broken for weeks", null),
  // Where they have been read off their car's mileage (not the writer's own mileage claim).
  does('My husband has started checking the mileage on my car', ['tracking']),
  does('I check the mileage before I go', null),

  // Who: the ending told to the partner named (not "over between me and my sister"); the writer's marriage said as who
  // they are, only when no one else is named, not even "someone"; whoever typed it for them; the end of a shift is no
  // break-up; a client of a business they run is someone else they know (of a job they do, work).
  who("I told my husband it was over on Friday and moved to my sister's. He has called me 47 times since then", 'exPartner'),
  who('I told my boyfriend I wanted out and now he turns up at my work', 'exPartner'),
  who('I told my husband it was over between me and my sister', null),
  who("I'm married to a man (6 years). Since about Easter he's put something on my phone", 'partner'),
  who("I'm married to a man and my neighbour keeps banging on the wall", 'neighbour'),
  who("I'm married to a woman and someone keeps texting me", null),
  who('(typed by my daughter for me) My carer from the agency keeps ringing me', 'someoneElse'),
  who('when i finished at 9 he was stood in the car park next to my car', null),
  who('I finished with him in May and he keeps texting', 'exPartner'),
  who('I run a small nail salon and one of my clients has become obsessed with me', 'someoneElse'),
  who('I own a small salon. A client I refused to book keeps leaving reviews', 'someoneElse'),
  who("I'm a self-employed hairdresser and one of my clients won't leave me alone", 'workOrStudy'),

  // Since when: what they do after an event of the law said first with its date (not a stop after it, nor what the writer
  // did); the date the wanted contact turned nasty, over when it began (not a turn said before its own date); "since"
  // alone at the end of one of the next two sentences (a date said between wins).
  startsOn('After the court in September he is calling me from many different numbers', '2026-09-01', true, 'fewMonths'),
  since('After the court in September he stopped contacting me', null),
  since('I met him at work in March. After the court in September I moved house.', null),
  startsOn('A lady from the group started messaging me in August, but when I said I only wanted friendship, around the middle of September, she turned nasty', '2026-09-16', true, 'fewMonths'),
  startsOn('He started following me in May. He got nasty when I told the police in August', '2026-05-01', true, 'fewMonths'),
  startsOn('guy off grindr i met once in august, didnt want to see him again. now he keeps turning up at my flat. non stop since', '2026-08-01', true, 'fewMonths'),
  startsOn('I met him once in August, nothing came of it. In October he started texting me. Non stop since', '2026-10-01', true, 'fewMonths'),
  // How often: a rate said with "every" whatever follows it (not "a week after"); "hes not texted since" is a stop; a burst
  // on an outing of theirs gives way to a rate said plainly (not one said of the outing itself, nor "if I don't reply").
  often('Every Sunday after the service he follows me down to the bus stop', freq('fewWeekly', true, 1, 'week')),
  often('a week after the service he turned up', null),
  often('Was getting one every couple of days but hes not texted since Friday', freq('stopped', false)),
  often('My boyfriend goes through my phone every night and if I go out without him he bombards me with texts', freq('daily', false)),
  often("When I'm out he messages me constantly, every day", freq('severalDaily', true)),
  often("he texts me every day and if I don't reply he rings constantly", freq('severalDaily', true)),

  // Blind batch 163's kinds. How often said through the days it happened, as a list with commas, "an" or "the".
  often('he was sat outside my work again. Thats Monday, Thursday an Friday last week', freq('fewWeekly', true)),
  often('he parked outside on the Tuesday an the Friday', freq('fewWeekly', true)),
  often('I saw him Monday, he was drunk', null),
  // A count each time with the nights it happens between: several a day (not "most nights" alone).
  often('He rings me most nights ten or twelve times wanting money', freq('severalDaily', true)),
  often('He rings me most nights wanting money', freq('daily', true)),
  // A few in one week said with what they were; a count so far "in total so far".
  often('Three new videos last week.', freq('fewWeekly', true)),
  often('three last week', freq('fewWeekly', true)),
  often('First email was 12/06, the latest one was Thursday. Five in total so far.', freq('occasional', true)),
  often('There are five of them in total', null),
  // Each time they go, and the days they go, shortened: that many a week (not "every time I go" alone).
  often("he's at the gym every time i go, which is tues thurs sat", freq('fewWeekly', true, 3, 'week')),
  often("he's at the gym every time i go", null),
  // A stop, then a return counted since a day of the last week: how often now, and the start is the first time round.
  often("Jan to June it was non stop, calls and texts. Then it just stopped over the summer. Since last Tuesday he's rung me 4 times from a new number.", freq('fewWeekly', true)),
  often("It was every day but it's stopped now", freq('stopped', false)),
  startsOn("We broke up on new year's day. Jan to June it was non stop, calls and texts. Then it just stopped over the summer. Since last Tuesday he's rung me 4 times from a new number.", '2026-01-01', false, 'fewMonths'),
  startsOn('He did this before and it stopped. It started again on my birthday, 9th June', '2026-06-09', false, 'fewMonths'),
  // The latest event told first, then going back: the start is told after ("It didnae start like that", "Before that it
  // was letters"); not "Before that he was lovely" (nothing of theirs).
  startsOn("Friday he wis sat outside my work. It didnae start like that tho. When we split it was just texts, then he started phoning just after Easter.", '2026-04-05', false, 'fewMonths'),
  startsOn('Last Tuesday my stepdad turned up at my flat. Before that it was letters through the door. It started in September 2023.', '2023-09-01', true, 'overYear'),
  startsOn('Last Tuesday he turned up. Before that he was lovely.', '2026-11-24', false, 'thisWeek'),
  // A month said straight after how long ago: that month in that year.
  startsOn('It started when I moved out, about 3 years ago, the September I think.', '2023-09-01', true, 'overYear'),
  startsOn('It started 2 years ago. In September he moved', '2024-11-28', true, 'overYear'),
  // The days of a bank holiday weekend before its Monday.
  startsOn('Started at her 40th, which was the August bank holiday Saturday, he tried it on', '2026-08-29', false, 'fewMonths'),
  startsOn('since the august bank holiday sunday', '2026-08-30', false, 'fewMonths'),
  // "a strange one" is no stranger (no longer spelt into one); "a strange man" still is.
  who('Bit of a strange one. My neighbour keeps leaving notes', 'neighbour'),
  who('a strange man keeps following me', 'stranger'),
  // Together, then it ended, said in one breath: an ex (not "we got together with friends ... and I finished it early").
  who('Me an Jordan were best mates, we got together at new year and I finished it in August. He has been texting me since', 'exPartner'),
  who('we got together with friends for a meal and I finished it early', null),
  // Met once on a night out: someone they do not know; a former colleague who moved in opposite: a neighbour.
  who('Met a guy on a night out, gave him my number and now he rings every day', 'stranger'),
  who('Gary used to work with me, then he moved into the flat opposite mine and now he follows me to work', 'neighbour'),

  // Blind batch 162's kinds. A date corrected straight after it, voice-to-text style (only a correction word between):
  // the one said instead, in the first one's place; not two dates with words of their own between.
  startsOn("she's been coming round since the funeral in june no sorry july", '2026-07-01', true, 'fewMonths'),
  startsOn('its been since dad died in the spring last year no this year in april', '2026-04-01', true, 'fewMonths'),
  startsOn('he has texted since may, sorry, since the 3rd of june', '2026-06-03', false, 'fewMonths'),
  startsOn('it started in march no joke, by may he was at my door every day', '2026-03-01', true, 'fewMonths'),
  // "since then" said of a stop after a later event (an order, a police visit): that event is no start.
  startsOn("She was texting me nonstop from when we split on 3rd January. I got a non-molestation order in September and she hasn't contacted me since then.", '2026-01-03', false, 'fewMonths'),
  startsOn('I met him in May and since then he texts me', '2026-05-01', true, 'fewMonths'),
  // "..., and that is when the calls started" later in the date's sentence: the start.
  startsOn('The carer came after my operation in the spring. The agency took her off my care in June because I complained, and that is when the calls started.', '2026-06-01', true, 'fewMonths'),
  since('we moved in March, the house is lovely, and that is when we met him', null),
  // Notting Hill Carnival is the August bank holiday weekend; met at a named event, it dates the start however long ago.
  startsOn('I met a guy at Notting Hill Carnival on the bank holiday Monday and he has sent me snaps every day since', '2026-08-31', false, 'fewMonths'),
  startsOn('it started at notting hill carnival', '2026-08-31', true, 'fewMonths'),
  startsOn('since the august bank holiday monday', '2026-08-31', false, 'fewMonths'),
  // A stop said after "since ...": "Since the police came round he hasn't done anything" (not "...anything but text").
  often("He used to shout over the fence. Since the police came round two weeks ago he hasn't done anything, touch wood.", freq('stopped', false)),
  often("since june he hasn't done anything but text me every day", freq('daily', false)),
  // A count each night and "every night now" said apart: several a day (not a count that was, nor "most days").
  often('he texts me dozens of times a night, and the texts are every night now', freq('severalDaily', true)),
  often('he used to text 20 times a day, now it is every day', freq('daily', false)),
  often('he texts me 5 times a day and it is most days now', freq('daily', true)),
  // Someone else's person said the long way: the parent of their child's friend (the parent of their child is their ex).
  who("The dad of my son's mate from football keeps messaging me on Facebook", 'someoneElse'),
  who('the mum of my daughters best friend keeps texting me', 'someoneElse'),
  who('the dad of my son keeps texting me', 'exPartner'),
  // Someone they went to school or worked with, said with any word for a person.
  who('a lad i went to school with who i only know from facebook now keeps commenting on my posts', 'workOrStudy'),
  who('a lass i used to work with keeps texting me', 'workOrStudy'),
  // A platform's name split in two by voice-to-text.
  does('now shes writing nasty stuff about me on the village face book group', ['socialMedia']),
  does('he keeps messaging me on snap chat', ['messages']),
  does('he messages me on whats app every night', ['messages']),

  // Blind batch 161's kinds. A date taken back and said again: the one said instead, in the first one's place.
  startsOn('I was going to say since the divorce in September but really it started before, when I moved out on Good Friday', '2026-04-03', false, 'fewMonths'),
  startsOn("He's been texting since the end of September - no, actually it was the 1st of October", '2026-10-01', false, 'fewMonths'),
  // ... and one taken back as a break-up told as background stays background.
  startsOn('we split last year, no it was January 2024. about 2 months ago he started turning up at the school', '2026-09-28', true, 'fewMonths'),
  // The first time said with its date wins over a date said as context.
  startsOn('I have lived alone since my husband died in January. The very first note came on Thursday 19th February', '2026-02-19', false, 'fewMonths'),
  startsOn('It has been going on since the summer. The first time was on 3rd July when he followed me home', '2026-07-03', false, 'fewMonths'),
  // A rough date made exact straight after it: the exact one.
  startsOn('First time was when the kids broke up for summer, 22 July, he came round', '2026-07-22', false, 'fewMonths'),
  startsOn('it started at Easter (5th April) and he texts every day', '2026-04-05', false, 'fewMonths'),
  startsOn('From the day he came out of prison, 10th April, he was on at me for money', '2026-04-10', false, 'fewMonths'),
  // ... not a date and "today" said together: "a year ago today".
  startsOn('Started when I moved in, a year ago today.', '2025-11-28', true, 'fewMonths'),
  // How often now, said as "the odd weekend": the now wins over what it was.
  often("Right after he left it was every day, now it's more the odd weekend", freq('occasional', true)),
  often('he only comes round the odd evening now', freq('occasional', true)),
  // Threats said in passing: a promise with a condition, in quotes or with any condition; money or else it goes out.
  does("he leaves notes saying he'll 'shut her up' if I don't", ['itemsLeft', 'threats']),
  does("he told my wife that if the builders block his drive again he'll 'deal with it properly'", ['threats', 'contactingOthers']),
  does('an account keeps messaging me saying pay £500 or they go to everyone i follow', ['messages', 'threats']),
  does('they messaged me saying im a grass and im gonna get it', ['messages', 'threats']),
  does("I'm going to get it back from him", null),
  // ... with pictures named before, that is image sharing too.
  does('someone got hold of pics i sent my girlfriend and now says pay £300 or they go to my family', ['threats', 'contactingOthers', 'imageSharing']),
  does('she said unless I send £2,000 the photos go to my daughter', ['threats', 'contactingOthers', 'imageSharing']),
  // An intimate picture put up, said with "a".
  does('she put a topless photo of me on her close friends story', ['imageSharing']),
  does('he posted a nude picture of me in the group chat', ['imageSharing']),
  // Coming in with no place said, while they are out: turning up.
  does('he has a key and he come inside when I am not there', ['turningUp']),
  does('she comes in while we are at work and moves things', ['turningUp']),

  // damage said by the thing done to it (batch 11-12 kind)
  { text: 'someone keeps egging my front door at night', expect: { behaviours: ['propertyDamage'] } },
  { text: 'my neighbour keyed our van again', expect: { behaviours: ['propertyDamage'] } },
  { text: 'i keyed the door code in and went upstairs', expect: { behaviours: null } },
  // things ordered to their home (batch 11-12 kind)
  { text: 'she keeps having takeaways sent to my flat', expect: { behaviours: ['itemsLeft'] } },
  // relationships said in other words
  { text: "i've just separated from my wife and she keeps ringing me", expect: { relationship: 'exPartner', behaviours: ['calls'] } },
  { text: 'my estranged husband turned up at the house', expect: { relationship: 'exPartner', behaviours: ['turningUp'] } },
  { text: 'me and my girlfriend are still together but she reads all my messages', expect: { relationship: 'partner' } },
  { text: "my wife's sister keeps texting me when my wife is out", expect: { relationship: 'family', behaviours: ['messages'] } },
  { text: "it's not my ex, it's a woman i used to work with", expect: { relationship: 'workOrStudy' } },
  { text: 'one of the customers at the cafe waits for me after every shift', expect: { relationship: 'workOrStudy' } },
  { text: 'a boy in my year 9 class keeps sending me horrible messages', expect: { relationship: 'workOrStudy', behaviours: ['messages'] } },
  { text: 'the old man in the flat below bangs on my door at night', expect: { relationship: 'neighbour' } },
  { text: 'a lad i was chatting to on instagram keeps asking for pics', expect: { relationship: 'metOnline' } },
  { text: 'a woman i play roblox with found my address', expect: { relationship: 'metOnline' } },
  { text: 'i met a man on a gardening forum and now he emails me every day', expect: { relationship: 'metOnline', behaviours: ['emails'] } },
  { text: "a bloke at the bus stop, i've never spoken to him, keeps following me", expect: { relationship: 'stranger', behaviours: ['following'] } },
  { text: 'ma brother keeps turning up at ma work', expect: { relationship: 'family', behaviours: ['turningUp'] } },
  { text: 'somebody keeps leaving notes on my car', expect: { relationship: 'unknown', behaviours: ['itemsLeft'] } },
  { text: 'getting unsigned letters every week', expect: { relationship: 'unknown' } },
  { text: 'a private account messages me every night', expect: { relationship: 'unknown', behaviours: ['messages'] } },
  { text: "i've had men i've never met knocking on my door", expect: { relationship: null } },
  // courtship in older words and a partner lived with, said in the past (batch 62-85 kind); near misses: "we are
  // courting" said by someone else, a partner they live with now
  who('The gentleman I was courting for three years keeps ringing the house', 'exPartner'),
  who('After my husband passed I kept company with a gentleman for four years. Now he writes every week', 'exPartner'),
  who('I lived with a man for twenty years until I asked him to leave in June', 'exPartner'),
  who("a man from my choir has told everyone we are courting, which we are not", 'someoneElse'),
  who('I live with my boyfriend and he reads all my messages', 'partner'),
  // land or a house next to theirs as an adjective (batch 62-88 kind)
  who('Neighbouring farmer has cut my fences three times', 'neighbour'),
  who('the occupants of the neighbouring property play loud music at all hours', 'neighbour'),
  who('my PhD supervisor emails me at 2am about my relationship', 'workOrStudy'),
  // known only online, said by the game or by never having met (batch 67-84 kind)
  who('some guy from a fortnite server found out my real name', 'metOnline'),
  who('A woman I got talking to on Facebook (we never met) asked me for money', 'metOnline'),
  who("some guy i used to squad up with, only ever known him online, won't stop", 'metOnline'),
  who('a man came up to me in the park, I had never met him before', 'stranger'),
  // added them on a platform (batches 54-89); near miss: someone seen first who then added them
  who('some girl added me on snap and we were chatting', 'metOnline'),
  who("guy from the gym, dont know his name, added me on snap and keeps messaging", 'stranger'),
  // a friend no longer, a relationship told by its length (batch 89, with 32's "I was with Marcus for 6 years")
  who('a girl who used to be my best mate keeps spreading stuff about me', 'someoneElse'),
  who('I was with Dean for 9 years, we have 2 kids, I left in the summer', 'exPartner'),
  who('I was with my mum for two weeks and the man next door kept knocking', 'neighbour'),
  does('fella 3 doors up put my windies thru last nite', ['propertyDamage']),
  // the recognizer merges a time of day with a later "... ago" into a range that starts and ends at once (batch 90)
  startsOn('he slows down next to me on my evening run three times now, the first was about a month ago. yesterday he shouted at me', '2026-10-28', true, 'thisMonth'),
  startsOn('i go out in the morning, it started 3 weeks ago', '2026-11-07', false, 'thisMonth'),
  // a past habit told with two verbs keeps its tense in the second ("was phoning and texting me constantly": batches 44, 85, 90)
  often("It's stopped now. My ex was phoning and texting me constantly until the order", freq('stopped', false)),
  often('I think she stopped now. From September she was calling and texting many times every day', freq('stopped', false)),
  often("she's calling and texting me constantly", freq('severalDaily', true)),
  // the date of the event the start is said by, after a comma ("since my birthday, 9th June": batches 23, 30, 44, 58, 71, 90)
  startsOn('A fortnight ago there was a note. It has been about once a week since my birthday, 9th June.', '2026-06-09', false, 'fewMonths'),
  startsOn('Last week he keyed my car. They have had a problem with us since we moved in, October last year.', '2025-10-01', true, 'overYear'),
  // a meeting said to be only once dates it, however long ago (as one at a party does: batch 90, with 58 and 73)
  startsOn('met a guy off grindr once in august, never again. now he keeps turning up at my gym', '2026-08-01', true, 'fewMonths'),
  // harm promised: "make me sorry", "what he'd do to me", a promise in quotes (batches 23, 90); near miss: asking
  does("A fortnight ago there was a note saying she'd 'make me sorry'", ['threats']),
  does("yesterday he shouted out the window about what he'd do to me", ['threats']),
  does("I asked him what he'd do to me if I left", null),
  // a carer said by what she did, a friend said as "besties" (batch 90)
  who('The lady who used to come in to do my care was stopped by the agency. My daughter told me to write', 'someoneElse'),
  who("girl i used to be besties with at school has been making fake accounts", 'someoneElse'),
  // the same, said without "for" or with "I'd" (batch 91)
  who('I was with Maureen 8 years, we never married. Ever since I moved out she rings the house phone', 'exPartner'),
  who("Ended things with a man I'd been seeing for about six months", 'exPartner'),
  // a dating or hook-up profile made with their address (batches 34, 71, 74, 82, 88, 91 label it `other`); near miss:
  // their own profile
  does("someone has made a grindr profile with my pics and my actual address on it", ['socialMedia', 'other']),
  does('my dating profile never had my address on it, so how did he find me', null),
  // someone at work named by their team or department; near miss: a sports team is not work (batch 93)
  who('a guy from the IT department keeps messaging me', 'workOrStudy'),
  who('one of the women in the payroll team leaves notes on my desk', 'workOrStudy'),
  who('a lad in the football team keeps messaging me', 'stranger'),
  // another parent said by the school year; a role said alone to start, as a heading, not the writer's own job (batch 93)
  who('one of the dads in year 6 keeps messaging me', 'someoneElse'),
  who('Old housemate. He keeps emailing me about the deposit', 'someoneElse'),
  who('Landlord here. Someone keeps ringing me from a withheld number', 'unknown'),
  who('Carer here. Someone keeps ringing me from a withheld number', 'unknown'),
  // a demand with "or", and "unless" said of someone else (sextortion of a child): a threat; "post it" for a picture named
  // before (batch 93); near miss: "or" between two acts
  does('they want 300 quid or they send them to everyone', ['threats', 'imageSharing']),
  does('he asked her for photos, she sent one and now he says he will share it unless she sends more', ['threats', 'imageSharing']),
  does('he calls or he sends messages every day', ['calls', 'messages']),
  // the days it happened, named one after another, are a few times a week, and the first of them may be the start
  // (batches 15, 34, 74, 76, 83, 88, 90, 93); near miss: the writer's own days
  often('he was outside on Monday and again on Thursday', freq('fewWeekly', true)),
  often('men keep turning up at my door, three this week alone', freq('fewWeekly', true)),
  often('I work Monday and Friday', null),
  startsOn('a man in a van followed me home wednesday and again friday', '2026-11-25', false, 'thisWeek'),
  // violence promised in slang: "jump me", "knock me out" (batch 94; ten messages of the safety batches say it too);
  // near miss: moved ahead in a queue
  does("kid at school says hes gonna jump me at the gates", ['threats']),
  does("she said she'd knock me out if I went near him", ['threats']),
  does('the nurse said she would jump me up the list', null),
  // a day at their work is a date like any other: "work" said as a place is not their working life together; near miss:
  // "we worked together" still is (batch 95 drew attention to it; batch 41 gains its start)
  startsOn('she turned up at my work on Tuesday', '2026-11-24', false, 'thisWeek'),
  startsOn('my ex kept turning up at my work from about march but its stopped now', '2026-03-01', true, 'fewMonths'),
  startsOn('we worked together for 3 years and since march he messages me', '2026-03-01', true, 'fewMonths'),
  // "from then" after the ending dates the start as "since then" does (batch 95)
  startsOn('My ex boyfriend he send me messages every day. We finished in september and from then it is like this.', '2026-09-01', true, 'fewMonths'),
  // a feeling, whoever has it, is not how often it happens; a phone that does not stop is (batch 95); near miss: a phone that
  // does not stop someone
  often('maybe once every couple of weeks something happens, but my wife is anxious all the time now', freq('occasional', true)),
  often('My dad keeps ringing me. My phone doesnt stop.', freq('severalDaily', true)),
  often('my phone wont stop him finding me', null),
  // a past marriage told as their history (batch 95); near miss: a marriage before, to someone else
  who("I was married 22 years and left him in March. Since then he's told everyone at church I'm having an affair", 'exPartner'),
  who('I was married for ten years before, now my neighbour bangs on my wall', 'neighbour'),
  // anything left at their door (batch 95; +2 in batches 42 and 83); near misses: a camera put at the door, their own note
  does("He's left bacon on our doorstep twice", ['itemsLeft']),
  does('he put dog mess on my front step', ['itemsLeft']),
  does('she put a camera pointing at my front door', ['other']),
  // their employer's HR contacted by them (batch 95; +1 in batch 70); near misses: the writer's own recourse
  does('he has been sending abusive emails to me and to HR', ['emails', 'contactingOthers']),
  does("I haven't told HR because he's pals with the director", null),
  does('my partner wants me to go to HR', null),
  // drawn from batch 96: behind them all the way home; seen outside their building, there every time they leave, coming
  // into their home; letters that arrive; near misses: their own past, a car park named with no habit
  does('last week his car was behind mine all the way home', ['following']),
  does("Now he's in the car park every time I leave", ['turningUp']),
  does('my flatmate saw him outside our building on Friday night', ['turningUp']),
  does('My landlord is entering the flat when I am not there', ['turningUp']),
  does('Letters arrive by post roughly once a week', ['itemsLeft']),
  does("he's in the car park, I think", null),
  // drawn from batch 97: a threat hung on what they might tell or do, said in any tense or without "will"; copied into
  // emails; someone they started talking to online; "3 years this is happening"; "it was fine till X, then it started";
  // their day described back to them; of two that name no one, the earlier (the one behind fake profiles, not the men
  // who answer them). Near misses: help offered on the same condition; a writer who copies others in; a man hiding his name
  does("my tutor keeps messaging me and said he'd fail my coursework if I told anyone", ['messages', 'threats']),
  does('he touch me and say if I complain he give me no more hours', ['threats', 'other']),
  does("she keeps texting me. my sister said she'd come with me if I told the police", ['messages']),
  does("she keeps texting me. my mum said if I tell the school they will help", ['messages']),
  does("A colleague has been cc'ing me into emails with snide comments", ['emails']),
  does("he keeps turning up. I cc'd him into emails about it", ['turningUp']),
  does('anonymous emails describing my day, what time I left the house', ['emails', 'tracking']),
  who("A girl I started talking to on Instagram says she'll send the video to my family", 'metOnline'),
  who('someone has made fake tinder and facebook profiles using my pics and my number so random men keep ringing me', 'unknown'),
  who("this man gets my bus every day. I don't know who he is, never spoken to him", 'stranger'),
  who("Some man keeps ringing reception asking for me. Won't give his name.", 'unknown'),
  who('a man keeps following me from the bus stop', 'stranger'),
  startsOn('He take my phone and check everything. 3 years this is happening, every day.', '2023-11-28', true, 'overYear'),
  startsOn('we split 2 yrs ago and it was fine till his new gf left him in the summer, then it started', '2026-06-01', true, 'fewMonths'),
  // drawn from batch 98: their own work phone rung is a call, not their work contacted; "and hanging up"; a note found
  // on something of theirs; comments on their posts; remarks made for them to hear, abuse shouted; their name and home
  // found out, knowing they were on a date, things they had done that day; a veiled threat said as a pity; "she's gone
  // quiet"; loads sent in a day; nights counted since; HR told in the passive. Near misses: the writer's own call, a
  // pity of their own, a pause that ended, a letter to a relative from someone else
  does('Someone keeps ringing my work phone and hanging up', ['calls']),
  does('he rings my work and asks for me by name', ['calls', 'contactingOthers']),
  does('I rang my work phone to check', null),
  does('there was a note on my bike saying I looked pretty today', ['itemsLeft']),
  does('he found my tiktok and started commenting on my vids', ['socialMedia']),
  does('she stands near me at pick up and makes comments loud enough for me to hear', ['other']),
  does('he knock on my door in the night, he shout bad words about foreigners', ['turningUp', 'other']),
  does('a guy i play fortnite with found out my real name and where i live', ['tracking']),
  does('my ex somehow knew I was on a date and messaged me about it', ['messages', 'tracking']),
  does("the letters started mentioning things I'd done that day", ['tracking']),
  does('she texts me for money and said it would be a shame if mum had a fall when no one was around', ['messages', 'threats']),
  does('she texts me all the time. my sister said it would be a shame if I missed the party', ['messages']),
  does("HR got an email from a fake address saying I've been stealing", ['emails', 'contactingOthers']),
  does('he keeps texting me. my mum got a letter from the council about the bins', ['messages']),
  often("she was emailing me most days. My solicitor wrote to her and she's gone quiet the last fortnight", freq('stopped', false)),
  often('he went quiet for a bit then started texting me every day again', freq('daily', false)),
  often('hes sent loads yesterday and today', freq('severalDaily', true)),
  often('random bloke keeps hanging around outside my house at night. first saw him last monday, 3 nights since', freq('fewWeekly', true)),
  // who, from batch 98: a stranger "I've never met"; someone from church said without "the"; the couple said by how long
  // they have been together; a relative who set them up on a dating site is not the one doing it. Near misses: a time
  // together that ended; a relative who set them up on Facebook and posts about them
  who("A woman I've never met keeps coming into my shop and taking photos of me", 'stranger'),
  who("There's a man there, we've only ever chatted over tea. I feel silly being afraid of someone from church", 'someoneElse'),
  who("We've been together 8 months and he moved in with me in July. Now he texts every half hour", 'partner'),
  who('we have been together 2 years but we split in may and he keeps texting', 'exPartner'),
  who('My daughter set me up on a dating site last year and I started talking to a man. We never met in person. Now he sends me emails', 'metOnline'),
  who('my daughter set me up on facebook and now she keeps posting about me', 'family'),
  // dates, from batch 98: "that's when it all changed"; "since then" two sentences on; after the event named before; the
  // 14th of this month; a role's length is not the start. Near miss: "since then" with a later date between
  startsOn("he moved in with me in July. That's when it all changed. In October he smashed my phone", '2026-07-01', true, 'fewMonths'),
  startsOn('Back in May at her 40th he tried to kiss me. I pushed him off. Since then he sends me messages', '2026-05-01', true, 'fewMonths'),
  startsOn('we divorce in March. After divorce he start to send message to my family', '2026-03-01', true, 'fewMonths'),
  startsOn('Someone keeps ringing my work phone. Started on the 14th of this month', '2026-11-14', false, 'thisMonth'),
  startsOn("One of her carers, who's been coming for about a year, got my number. Three weeks ago she started texting me", '2026-11-07', false, 'thisMonth'),
  // drawn from batch 99: "phoning me a few times a week" is not "calling me a (name)"; the writer's own "haven't told";
  // "if i not go" (a threat's condition in a second language); the third lot this month; a head of department told;
  // "no way of knowing" unsettles a guess; their life said to be short; writing on their locker; images edited to look
  // naked; a rota coordinator. Near misses: a name called; their own edit
  does('Since then she has been phoning me a few times a week, sometimes crying', ['calls']),
  does('he keeps calling me a liar', null),
  does("he keeps texting me and i havent told my mum yet", ['messages']),
  does('he send me messages at night. Now he say if i not go he give me less hours.', ['messages', 'threats']),
  { text: 'someone keeps leaving dead flowers on my doorstep. thats the third lot this month', expect: { frequency: { band: 'occasional', approximate: false, count: 3, per: 'month' } } },
  does('the sender also emailed my head of department making false allegations about me', ['emails', 'contactingOthers', 'other']),
  who('I have received anonymous emails. I assume it is a student but I have no way of knowing.', 'unknown'),
  does("two of the emails have said I 'won't make it to Christmas'", ['emails', 'threats']),
  does('someone wrote stuff on my locker', ['propertyDamage']),
  does('Someone has made fake accounts using photos from my Instagram, edited so I look naked', ['socialMedia', 'imageSharing']),
  does('I edited the photo so I look naked lol', null),
  who('I am care worker. The man from agency, the coordinator who make the rota, he send me messages at night', 'workOrStudy'),
  // drawn from batch 100: driven slowly past; Scots "nicht" and the October holidays; "I finally left him in April";
  // letters "we have had" over a span; "I've rented here since January" is their own life; things thrown over the fence;
  // pictures never asked for. Near misses: left in the car; their own throw
  does('Since about the middle of October he has driven slowly past my house once or twice a week', ['turningUp']),
  often('Ma ex is aye sittin ootside ma hoose in his motor, every nicht near enough', freq('daily', false)),
  startsOn('Been gaun on since aboot the October holidays', '2026-10-12', true, 'fewMonths'),
  who('After 14 years I finally left him in April. He messages me through the kids phones', 'exPartner'),
  who('i left him in the car and went in, my neighbour keeps shouting at me', 'neighbour'),
  startsOn('Over the last couple of months we have had five anonymous letters put through our letterbox', '2026-09-28', true, 'fewMonths'),
  startsOn("My landlord lets himself in. I've rented here since January and this started about 3 months ago.", '2026-08-28', true, 'fewMonths'),
  does('next door keeps chucking dog mess over my fence', ['other']),
  does('I threw the ball back over the fence', null),
  does('hes sent pics I never asked for', ['other']),
  // drawn from batch 101: "one man from my church"; a person denied ("don't have an ex who'd do this"); talk spread
  // round the family; telling others when they come and go; "know exactly where I've been". Near misses: an ex who is
  // the one; the writer's own spreading
  who('One man from my church is sending me messages every day', 'someoneElse'),
  who("Found an AirTag in my car. No idea who put it there - I'm not seeing anyone and don't have an ex who'd do this", 'unknown'),
  who('Found an AirTag in my car. I think my ex put it there', 'exPartner'),
  does("she's been spreading stuff round the rest of the family that I'm after his money", ['contactingOthers']),
  does('I spread the word round the family about the party', null),
  does('He tells the rest of the close when I come and go', ['tracking', 'contactingOthers']),
  does("they know exactly where I've been", ['tracking']),
  // drawn from batch 102: a separation from "their mum"; the one there is trouble with; still with him; an account never
  // spoken to; "no idea who it is" over people only mentioned; their grown-up kids rung; knocking at "the" door; a bag left
  // on the step; a shout through the letterbox is not a thing left; another account popping up is not turning up; a
  // count said after "every shift"; an hour away; none since; durations said with "like this"; the writer's partner who
  // does it dates it; a till is not "until"; the summer and the year before last. Near misses beside them
  who("I'm a dad of two and split from their mum about a year ago. She turns up at my flat. My neighbours have complained", 'exPartner'),
  who('Having trouble with the lad at number 12 for years now. My wife has had enough and wants to sell up', 'neighbour'),
  who('my wife keeps texting me when I go out', 'partner'),
  who("Not sure if this counts as I'm still with him. He rings me 10 times a day", 'partner'),
  who("my ex turned up at the station, I'm still with him at the station now", 'exPartner'),
  who('a random account ive never spoken to messaged me on snapchat', 'unknown'),
  who('Someone emailed my manager and two colleagues about me. I have no idea who it is', 'unknown'),
  who('My manager emails me at midnight. I have no idea who else to tell', 'workOrStudy'),
  does('My ex-husband has been phoning my grown-up kids and my friends trying to get my new address', ['contactingOthers']),
  does('she has been knocking at the door asking to see him', ['turningUp']),
  does('Last time she left a bag of shopping on the step with a note', ['itemsLeft']),
  does('she turns up at my flat and shouts through the letterbox', ['turningUp']),
  does('he pushes notes through the letterbox', ['itemsLeft']),
  does('Someone keeps making fake accounts of me. Every time I report one another one pops up', ['socialMedia']),
  often("he comes to my till every shift I'm on, so about 4 times a week", freq('fewWeekly', true, 4, 'week')),
  often('he turns up wherever I am, even a garden centre an hour away. A couple of times a week', freq('fewWeekly', false, 2, 'week')),
  often('he rings me every hour', freq('severalDaily', true)),
  often('he sent letters over the summer, none since September thank god', freq('stopped', false)),
  startsOn('my ex keeps ringing my mobile. been like this about 3 weeks', '2026-11-07', true, 'thisMonth'),
  startsOn('There is a customer who started coming to my till around Halloween', '2026-10-31', true, 'thisMonth'),
  startsOn("My best mate's boyfriend has been DMing me on insta for about 5 weeks now", '2026-10-24', true, 'fewMonths'),
  startsOn('My wife put a tracking app on my phone about 3 years ago', '2023-11-28', true, 'overYear'),
  since('I met my boyfriend 3 years ago and we are happy', null),
  startsOn('he has been texting me since the summer before last', '2025-06-01', true, 'overYear'),
  startsOn('my ex has been calling me since the year before last', '2024-01-01', true, 'overYear'),
  startsOn('my neighbour has been shouting at me since the summer of last year', '2025-06-01', true, 'overYear'),
  // drawn from batch 104: "we finish relationship" (an ending, not their shared life); "broke the frame"; someone after
  // when it started; the children's nursery; "divorced my husband"; fake accounts with the platform between; copying in
  // a regulator; "hasn't messaged since Friday" and "it's completely stopped" (a stop, not a start); two times a night.
  // Near misses beside them
  startsOn('My ex boyfriend, we finish relationship 2 months ago. He is sending me many messages every day', '2026-09-28', true, 'fewMonths'),
  since('we had a relationship for 2 years and he texts me now', null),
  does('when i dont open the door he kicks it, hes already broke the frame once', ['propertyDamage']),
  does('I broke the door frame when I moved the sofa', null),
  who('Since about mid October someone has been spamming my chat with threats', 'unknown'),
  who('Girls in her year have been sending her nasty messages in a group chat and someone made a fake TikTok of her', 'workOrStudy'),
  does('my ex keeps coming to my daughters nursery at pick up time', ['turningUp']),
  who('I am 67 and divorced my husband ten years ago. He phones every morning', 'exPartner'),
  does('hes still messaging me every day from fake snap accounts', ['messages', 'socialMedia']),
  does('she keeps emailing me and copying in my professional regulator', ['emails', 'contactingOthers']),
  often("Ex boyfriend hasn't messaged since Friday after the police had a word with him", freq('stopped', false)),
  often("He got a restraining order in September and since then it's completely stopped", freq('stopped', false)),
  since("he hasn't called since Friday", null),
  often('Always one at about 11pm and another around 3am, every single night', freq('severalDaily', true)),
  often('he rings every single night', freq('daily', false)),
  // drawn from batch 105: "this kid in my year at college"; "some sort of app on my phone"; a man sitting in a car
  // seen but never met; a key to their home is not keying; pride month. Near misses beside them
  who('this kid in my year at college keeps snapchatting me and hes made a fake insta with my face on it', 'workOrStudy'),
  does('My wife has put some sort of app on my phone that tells her where I am', ['tracking']),
  who("There's a car that keeps parking across from my house with a man sitting in it. I've seen his face but I've never met him", 'stranger'),
  who("we've never met, we only talk on insta and now he messages me all day", 'metOnline'),
  does('he has a key to my flat and lets himself in', ['turningUp']),
  does('he keyed my car', ['propertyDamage']),
  startsOn('I replied to his comments back around pride month and now he is obsessed', '2026-06-01', true, 'fewMonths'),
  // drawn from batch 106: a count over a recent span beside a higher rate said with its count; one or two "a fortnight";
  // "my ma"; a child's dad said as "my lad's dad"; a mum at the children's school; people emailed are not the one doing it;
  // a relationship's own length, a separation said with no "in" and named again, a weekday that is a weekly thing, "since,
  // and"; a stop with a fear after it; "they'd be waiting for me". Near misses beside them
  often('he texts constantly, 30 or 40 a day, and hes turned up at the house twice in the last fortnight', freq('severalDaily', true, 40, 'day')),
  often("There's a man I see on the bus every morning. He's started walking behind me. It's happened 4 times in the last 2 weeks.", freq('fewWeekly', true)),
  often('he sends letters, roughly one a fortnight', freq('occasional', true)),
  often('he rings twice a fortnight', freq('fewWeekly', false, 1, 'week')),
  does("she rings me every night, if I don't answer she rings my ma", ['calls', 'contactingOthers']),
  who('me and my lads dad split up last year and he keeps texting me', 'exPartner'),
  who('my girls dad keeps ringing me', 'exPartner'),
  who("There's a mum at my kids' school who's been posting about me on facebook", 'someoneElse'),
  who('Someone is sending emails to my colleagues', 'unknown'),
  who('a colleague keeps texting me', 'workOrStudy'),
  startsOn('My ex partner harassed me from September until he got a restraining order', '2026-09-01', true, 'fewMonths'),
  startsOn('I was with a gentleman for about four years and we split up in April. He rings the house phone several times a day', '2026-04-01', true, 'fewMonths'),
  startsOn("My ex-husband (separated January 2025) keeps emailing me. It's been like this since we separated", '2025-01-01', true, 'overYear'),
  startsOn('My former partner, with whom I ended a relationship in July, has sent me a letter almost every week since, and she has waited outside my church after the Sunday service', '2026-07-01', true, 'fewMonths'),
  since('she waits outside my church after the Sunday service', null),
  startsOn("We split when our youngest was born so 2019, and he's never been arsed since, barely saw them. Then in June he started turning up at the school gates", '2026-06-01', true, 'fewMonths'),
  often("My ex was sending me abuse all last week. Hasn't sent anything since Friday but I'm waiting for it to kick off again.", freq('stopped', false)),
  often("he hasn't rung since friday but I'm getting letters", null),
  does("someone keeps making fake accounts to message me. one said theyd be waiting for me after my shift", ['messages', 'socialMedia', 'threats']),
  does("she said she'd be waiting for me at the station to give me my stuff back", null),
  // drawn from batch 107: a count on the days it happens, "N times in week", "after the new year" (not "after two
  // years"), a month said after "last year,", knowing where they live said to them, a picture they sent only to him passed
  // on, a child's classmate told by the parent. Near misses beside them
  often('Some days its 10 or 15 calls', freq('severalDaily', true, 15, 'day')),
  often('I see his car outside my work maybe 2 or 3 times in week', freq('fewWeekly', true, 3, 'week')),
  often("I've stopped answering", null),
  startsOn('someone keeps emailing my work. started after the new year', '2026-01-01', false, 'fewMonths'),
  since('we were together and after two years he started checking my phone', null),
  startsOn("he rings me all day. its been like this since we moved in together last year, about october", '2025-10-01', true, 'overYear'),
  does('an anonymous account keeps messaging me and it says it knows where i live', ['messages', 'socialMedia', 'tracking', 'threats']),
  does('he sent a pic i sent him when we were together to a group chat', ['imageSharing']),
  does('he sent me a pic of his new car', ['messages']),
  who('My daughter (14) is getting horrible messages from a girl in her year', 'workOrStudy'),
  who('my son is being bullied by a lad in his class', 'workOrStudy'),
  who('my daughter keeps texting me abuse', 'family'),
  // drawn from batch 108: someone they do not know who came online (not someone seen), "a nude of me", "don't know" is not
  // shared life, "the week I moved in" is not this week, the span it got worse in. Near
  // misses beside them
  who('Someone I dont know messaged me on Instagram last night', 'unknown'),
  who("someone i dont know keeps following me home", 'stranger'),
  does('they have a nude of me that i never sent anyone', ['imageSharing']),
  startsOn('someone i dont know messaged me on instagram last night', '2026-11-27', false, 'thisWeek'),
  startsOn("It started the week I moved in, in May, and it's basically daily now.", '2026-05-01', true, 'fewMonths'),
  since('At first it was just begging texts but over the past year it has escalated', null),
  startsOn("hes always been a bit jealous but since we moved in together last january its got worse", '2026-01-01', true, 'fewMonths'),
  // drawn from batch 109: threats said without a harm verb ("itd be a shame if...", "I'll do you", "they'd poison him"),
  // a van parked across from their home, money is not a year. Near misses beside them
  does("one said itd be a shame if something happened to my car", ['threats']),
  does("he shouts over the fence 'I'll do you'", ['threats']),
  // (the letter put through is itemsLeft as well, as batch 109's label has it: read since batch 207)
  does("they put a letter through saying they'd poison him", ['itemsLeft', 'threats']),
  does("i'll do you a favour and not tell him", null),
  does('Since January he has parked his blue van across from my bungalow several times a day', ['turningUp']),
  since('theyll send it to all my contacts unless i pay £1500 in bitcoin', null),
  startsOn('it started in 2019', '2019-01-01', true, 'overYear'),
  // drawn from batch 110: their own ending said right before "... ago", a school's year group is not this year, a
  // neighbour by a house number without a space, a threat to jump or batter someone else, someone they don't know holding
  // pictures of them. Near misses beside them
  startsOn('my ex wont leave me alone. i ended it 3 weeks ago and he was messaging non stop', '2026-11-07', false, 'thisMonth'),
  since("now hes saying he'll send my nudes round the year group if i dont get back with him", null),
  who('man at no.14 has a camera pointed straight at my garden', 'neighbour'),
  does("One said they'd jump him after school", ['threats']),
  does('she jumped the queue in front of me again', null),
  who('someone i dont know has got pics of me and says theyll send them to my family', 'unknown'),
  who('someone i dont know keeps sitting next to me on the bus', 'stranger'),
  // drawn from batch 111: "it started after about a month" counts on from the date before, "hasn't been in touch at all
  // since", "I ended my engagement". Near misses beside them
  startsOn('I moved in April and it started after about a month. she bangs on the ceiling every day', '2026-05-02', true, 'fewMonths'),
  since('it started after about a month', null),
  often("She hasn't been in touch at all since her court date 2 weeks ago.", freq('stopped', false)),
  who("I ended my engagement on Valentine's Day. Since then he has sent flowers to my office", 'exPartner'),
  who('someone keeps messaging me about my engagement party', 'unknown'),
  // drawn from batch 112: a relative's ex; tweeting and tagging their work; put into a group chat; new numbers to ring
  // from; past a relative's house; an allotment; five a week; "haven't had any since"; a habit of the writer's own after
  // a stop; "the last message was ..." is not the start. Near misses beside them
  who('my mums ex keeps turning up at my work', 'someoneElse'),
  who('my stepdad, well my mums ex now, keeps ringing me', 'family'),
  who('my sisters ex-boyfriend keeps messaging me', 'someoneElse'),
  who('my ex keeps texting my mum', 'exPartner'),
  does('he has been tweeting about me every night', ['socialMedia']),
  does('she keeps tagging my employer in posts about me', ['socialMedia', 'contactingOthers']),
  does('they added me to a group chat to laugh at me', ['messages']),
  does('i added her to our group chat', null),
  does('he keeps buying new sims to call me', ['calls']),
  does('he walks past my nans house where im living', ['turningUp']),
  does('hes always waiting by my allotment', ['following', 'turningUp']),
  often('he emails about 5 times a week', freq('fewWeekly', true, 5, 'week')),
  often('he rings 6 times a week', freq('daily', false, 6, 'week')),
  often('he sent cards every week. i havent had any since october', freq('stopped', false)),
  often("i haven't had any since october but he still texts every day", freq('daily', false)),
  often('it stopped in may but i still check the windows every night', freq('stopped', false)),
  often('it stopped in may but i get something from her most weeks', freq('fewWeekly', true, 1, 'week')),
  since('he messages me. the last text was about a week ago', null),
  startsOn('she left in June and has been texting me ever since. the last message was two days ago', '2026-06-01', true, 'fewMonths'),
  // drawn from batch 113: a range of nights a week; a count "this past fortnight"; "DMd"; the couple it happens to; a year
  // said before the holiday; when it got worse is not the start; "i told him its over"; calling at the house; "emails and
  // letters"; dragged home. Near misses beside them
  often('he calls four or five nights a week', freq('fewWeekly', true, 5, 'week')),
  often("I've seen him three or four times this past fortnight", freq('fewWeekly', true)),
  does("They've DMd me too", ['messages']),
  who('Me and my wife have had abuse from the lads in the house opposite', 'neighbour'),
  who('me and my husband split up and he keeps calling', 'exPartner'),
  startsOn('we split up last yr around bonfire night and hes been texting me since', '2025-11-05', true, 'overYear'),
  startsOn('he started texting me in march. it got worse since i got a new job in august', '2026-03-01', true, 'fewMonths'),
  startsOn('it got worse since i got a new job in august', '2026-08-01', true, 'fewMonths'),
  who('hes still calling me evry nite i told him its over in feb', 'exPartner'),
  who('i told him its over between his sister and me', null),
  does('She calls at the house uninvited', ['turningUp']),
  does('he calls at night', ['calls']),
  does('she keeps sending me horrible emails and letters', ['emails', 'itemsLeft']),
  does('he says hes going to come and drag me home', ['threats']),
  // drawn from batches 114 and 115: written about, an ended relationship, a friend no longer, someone seen for a while,
  // worked with, "me and jay was together"; a relationship's own length; a stop said with "at all" or "heard from or
  // seen"; a split in brackets. Near misses beside them
  who('I am writing about my son who is 45. He telephones me at all hours', 'family'),
  who('I ended a relationship with a lady in February and she keeps writing to me', 'exPartner'),
  who('Woman who used to be my friend keeps ringing my family', 'someoneElse'),
  who('I saw a gentleman from church for a few months, and I ended it in the spring. He still writes', 'exPartner'),
  who('i saw a man at the gym for a few weeks, he keeps staring', 'stranger'),
  who('A nurse I used to work with keeps turning up at my flat', 'workOrStudy'),
  who('me and jay was together 6 yrs and he keeps messaging me', 'exPartner'),
  since('Lad I was seeing for a few months keeps making TikToks about me', null),
  often("She was messaging me constantly until October. She hasn't contacted me at all since the 2nd of November.", freq('stopped', false)),
  often("I haven't heard from or seen him since", freq('stopped', false)),
  startsOn('my ex (we were together 3 yrs, split in august) made a fake insta of me', '2026-08-01', true, 'fewMonths'),
  // drawn from batch 116: a marriage said "to my husband", leaving him "on New Year's Day"; "2 more notes since". Near
  // misses beside them
  who('I was married to my husband for 31 years and I left him on New Year\'s Day. Since then he rings me', 'exPartner'),
  who('I left him on the bus', null),
  // drawn from batch 117: "I am separate from my husband" (second-language English); near miss: work kept separate
  who('I am separate from my husband since March. He calls me many times every day', 'exPartner'),
  who('i like to keep work separate from my partner', 'partner'),
  // drawn from batches 118 and 119 (each with near misses): a past habit of ringing said with "used to"; being "in my
  // dms"; "on there story"; "liking and commenting"; details the writer gave themself; threats said as "teach me a
  // lesson", "im getting stabbed", "I'll be 'sorted out'"; what is said about them to the family, complaints to the
  // council, regulars tagged, fakes sent to people they follow; a neighbour who bought the land next to theirs; the
  // couple described as such; the start of "from June until October", a start said with a hedge between commas, a
  // break-up by "me and my kids dad", a match on an app that moved to another, one date "and every day since"; a stop
  // "since" is not the start; the children's weekends give way to how often the texts come
  does('A man from my old job used to ring me every night', ['calls']),
  does('he used to call me names', ['other']),
  does("she's in my DMs every day", ['messages']),
  does('the screenshots are in my dms', null),
  does('they keep putting it on there story', ['socialMedia']),
  does('he has been liking and commenting on everything', ['socialMedia']),
  does('I never gave him my address and he turned up at my house', ['turningUp']),
  does('she gave my address to her mates', ['personalDetails']),
  does("he'll come to Manchester and teach me lesson", ['threats']),
  does('I want to teach him a lesson', null),
  does('texts from random numbers saying im getting stabbed', ['messages', 'threats']),
  does("he keeps shouting that I'll be 'sorted out'.", ['threats']),
  does("the council said I'll be sorted out with a new flat", null),
  does('she is saying bad things about me to all the family', ['contactingOthers']),
  does('I said bad things about him to my mum', null),
  does('they complained about me to the council twice', ['contactingOthers']),
  does('I complained about him to the council', null),
  does('they tag my regulars in everything', ['contactingOthers']),
  does('someone made fake pictures of me and sent them to people I follow', ['contactingOthers', 'imageSharing']),
  does("she says she'll send them to everyone i follow unless i pay", ['threats', 'imageSharing']),
  who('The chap who bought the holding next to ours has had it in for me', 'neighbour'),
  who('Me and my wife are the only gay couple in the village and the woman across the road posts about us', 'neighbour'),
  who('me and my wife are still together but she checks my phone', 'partner'),
  startsOn('He was texting me and turning up at my work from June until October, and it has stopped since.', '2026-06-01', true, 'fewMonths'),
  startsOn('My ex was ringing me constantly from February this year. The last call was three weeks ago and nothing since.', '2026-02-01', true, 'fewMonths'),
  since('The last call was three weeks ago and nothing since.', null),
  startsOn('My former wife, from whom I was divorced in 2009, sends me emails. This began, I believe, at Easter.', '2026-04-05', false, 'fewMonths'),
  startsOn('Me and my kids dad split up at Easter and he has turned up at the house', '2026-04-05', false, 'fewMonths'),
  startsOn('i matched with a girl on tinder on wednesday we moved to snap and now she says pay 500 quid', '2026-11-25', false, 'thisWeek'),
  startsOn("Met a man off an app for one date on the 10th of October. He's messaged me every day since, and a fortnight ago he turned up", '2026-10-10', false, 'fewMonths'),
  often('he still has the kids every other weekend and the texts are constant, like 50 a day', freq('severalDaily', true, 50, 'day')),
  often('I have the kids every other weekend and every time I have them she turns up at my flat', freq('occasional', false)),
  // drawn from batches 120 and 121 (each with near misses): quoted threats without a threat word ("we know where you
  // live", "accidents happen", "whether I like it or not", "end up in the slurry pit"); damage said of the thing damaged
  // (tyres "let down", a brick "through the front window", "scratched ... along my car"); Scots "aw day"; "most nights
  // after she's had a drink"; "heard nothing from him since"; "a lady I was seeing for a few months"; someone they do
  // not want "to find out" is not who does it
  does("texts from different numbers saying 'we know where you live'", ['messages', 'threats']),
  does('the letters mention my daughter\'s school and say accidents happen', ['threats']),
  does('accidents happen all the time on that road', null),
  does("he says we're getting back together whether i like it or not", ['threats']),
  does('I go to the gym whether i like it or not', null),
  does("he told me I'd end up in the river", ['threats']),
  does("he'll end up in hospital if he keeps drinking like that", null),
  does('the tyres on my car had been let down again', ['propertyDamage']),
  does('a brick came through the front window', ['propertyDamage']),
  does('he scratched the word liar along my car', ['propertyDamage']),
  often('ma ex is textin us aw day', freq('severalDaily', true)),
  often('Most nights after she has had a drink I get texts', freq('daily', true)),
  often("The police warned him and I've heard nothing from him since", freq('stopped', false)),
  who('A lady I was seeing for a few months and I parted company in September. Since then she leaves cakes on my doorstep', 'exPartner'),
  who('some lads in my year keep snapping me saying theyll batter me. i dont want my dad to find out', 'workOrStudy'),
  // drawn from batch 122: children in Scots ("me bairns dad"); near miss: the children alone are no one
  who('me bairns dad has been outside the school gates every morning', 'exPartner'),
  who('the weans are at school so I can type', null),
  // drawn from batches 124 and 125: damage promised to a thing of theirs (near miss: a repair promised); luck said to run
  // out (near miss: the writer's own luck); worse said to come (near miss: the worst said to be over); a pity if something
  // happened, said without "it would be" (near miss: the weather)
  // drawn from batches 124 and 125: a year said with an apostrophe (near miss: a quote that starts with a number); a month
  // "before last"; a day of the month after a month named just before it (near miss: with no month, this month's); an "ex"
  // who worked for them is no ex-partner
  startsOn("she's been spreading rumours about me since Christmas '24", '2024-12-25', false, 'overYear'),
  startsOn('the texts started in March ’25 and never stopped', '2025-03-01', true, 'overYear'),
  since("he texted '20 mins away' and then nothing", null),
  startsOn('it all began the May before last when he moved in downstairs', '2025-05-01', true, 'overYear'),
  startsOn('We matched in August, and on the 14th I blocked him. He has been making new accounts since', '2026-08-14', false, 'fewMonths'),
  startsOn('he has been making new accounts since the 14th', '2026-11-14', false, 'thisMonth'),
  startsOn('he said he may come round. It started on the 14th', '2026-11-14', true, 'thisMonth'),
  who('the reviews could be from an ex employee', null),
  does("she told me she'd slash my tyres", ['threats']),
  does("he keeps saying he'll put a stone through our front window", ['threats']),
  does("he said he'd fix my fence", null),
  does("he shouted that I won't be so lucky next time", ['threats']),
  does("I won't be so lucky with the weather", null),
  does('she warned me the worst is still to come', ['threats']),
  does('he says the worst is over', null),
  does("a note on the car saying shame if something happened to your kids", ['itemsLeft', 'threats']),
  does('shame if it rains at the weekend', null),
  // drawn from batches 126 and 127: a rate said by the writer's own schedule with how many a week ("nearly every shift, 4
  // or 5 times a week", "most nights I work, that's 4 nights a week", "which is Thurs to Sun"; near miss: "most nights"
  // alone is daily); a count said as a sentence of its own for today ("3 today alone"; near miss: one today); a bare "x" at
  // the start doing something is an ex (near miss: "x marks the spot")
  often('she turns up at the pub nearly every shift, 3 or 4 times a week', { band: 'fewWeekly', approximate: true, count: 4, per: 'week' }),
  often("he waits outside most nights I work, that's 3 nights a week", { band: 'fewWeekly', approximate: true, count: 3, per: 'week' }),
  often('he messages every shift I do which is Mon to Wed', { band: 'fewWeekly', approximate: true, count: 3, per: 'week' }),
  often('he texts me most nights', { band: 'daily', approximate: true }),
  often('Withheld calls again. 5 today alone.', { band: 'severalDaily', approximate: true }),
  often('Withheld call again, one today alone', null),
  who('x keeps messaging my mum about me', 'exPartner'),
  who('x marks the spot where he parks', null),
  // drawn from batches 128 and 129: neighbours said by the flats across from them (near miss: an ex who lives there now);
  // a threat to make the one they write for pay (near miss: paying a bill); tracking said by what is known of them -
  // everything they say, their timetable, something put on the children's tablet (near miss: the writer's own)
  who('the kids from the flats across from us keep throwing eggs', 'neighbour'),
  who('my ex lives in the flats across from us now', 'exPartner'),
  does("he said he would 'make her pay' for leaving", ['threats']),
  does('she will make him pay the bill', null),
  does('he seems to know my timetable', ['tracking']),
  does("she knows everything I say, I think she's put something on the kids' tablet", ['tracking']),
  does('I put something on the kids tablet to stop them buying games', null),
  // drawn from batches 130 and 131: a holiday or season counted back ("two Christmases ago"); a day and a month with a
  // slash and no year ("21/06"; near miss: "24/7" is a rate); a start said as "that same night" after a date
  startsOn('we split up two Christmases ago and she has been posting about me since', '2024-12-25', false, 'overYear'),
  startsOn('it all started 3 summers ago', '2024-06-01', true, 'overYear'),
  startsOn('he shared the pics on 14/09 and has not stopped since', '2026-09-14', false, 'fewMonths'),
  since('he texts me 24/7', null),
  startsOn('we broke up on 3 May and it all kicked off the same week', '2026-05-03', false, 'fewMonths'),
  // drawn from batches 134 and 135: a relative of the writer introduced by their age in a sentence of their own, or
  // "writing for my mum", is the one it happens to (near miss: the relative who does it to them, "My son is 17. He keeps
  // threatening me"); "our team leader", "another nurse on my ward"; a stranger as "some fella" or "a commuter on my
  // train"; Scots "aff" for "off"; a count of times "in a fortnight"; "40+ messages"; "a fortnight since." for "ago"
  // (near miss: "about once a week since." is a rate)
  who('My son is 14. Someone he got talking to on Fortnite keeps messaging him', 'metOnline'),
  who('My dad is 91. He keeps getting calls from a withheld number', 'unknown'),
  who('My son is 17. He keeps threatening me', 'family'),
  who('our team leader keeps posting about me in the group chat', 'workOrStudy'),
  who('another nurse on my ward keeps texting me', 'workOrStudy'),
  who('some fella in a van keeps parking outside', 'stranger'),
  who('a commuter on my train keeps taking photos of me', 'stranger'),
  who('a guy aff snapchat keeps messaging me', 'metOnline'),
  often('he has followed me home three times in a fortnight', freq('fewWeekly', true)),
  often('she says she will be back in a fortnight', null),
  often('ex keeps texting, 40+ messages since sunday', freq('severalDaily', true)),
  startsOn('he started knocking on my door a fortnight since.', '2026-11-14', false, 'thisMonth'),
  { text: 'he has knocked about once a week since.', expect: { startedOn: null, frequency: freq('fewWeekly', true, 1, 'week') } },
  // drawn from batches 136 and 137: a dead animal put at their place (near miss: the cat's); fire promised to their place,
  // not living to see a time, being seen gone (near miss: a fire that happened); "it seems to have stopped"; their new
  // partner messaged with them (near miss: a couple rung together), their things passed round a place (near miss: only
  // threatened), their headteacher messaged
  does('someone keeps leaving dead crows tied to our gate', ['itemsLeft']),
  does('our cat brought in a dead mouse', null),
  does("he said my shop will 'go up in flames one night'", ['threats']),
  does('the barn went up in flames last year', null),
  does("he told me I'd 'not see another lambing'", ['threats']),
  often('touch wood it seems to have stopped', freq('stopped', false)),
  does('she keeps messaging me and my new girlfriend', ['messages', 'contactingOthers']),
  does('she keeps ringing me and my husband', ['calls']),
  does('she has been sending screenshots of my chats round school', ['contactingOthers']),
  does('he says he will send round the school the pics', ['threats', 'imageSharing']),
  does('last month he messaged my headteacher', ['contactingOthers']),
  // drawn from batches 142 and 143: threats in other words - being "dealt with", a face burst, messages shown to family or
  // put online (near misses: said of a complaint, of a visit); their old posts liked; a phone "tracked"; a grave damaged;
  // back at theirs again and again, or in at their work to watch them (near miss: back in touch); photographs of the
  // house, "he take pictures" (near miss: the writer's own); one of theirs found online and added, complaints sent to their
  // employer, their people messaged "about me"; a count in one night (near miss: with a rate said now elsewhere);
  // "seems to have gone quiet" with no subject; "diff numbers"
  does("he put a note through the door saying I would be 'dealt with' if I reported him", ['itemsLeft', 'threats']),
  does('the police said it would be dealt with', null),
  does("he said he'd burst ma face", ['threats']),
  does('now says he will show my family what I wrote and put it on the internet', ['threats']),
  does('he said he will show me his new flat', null),
  does('he liked like 40 of my old pics at 3am', ['socialMedia']),
  does('she has my phone tracked', ['tracking']),
  does("my late husband's headstone has been pushed over", ['propertyDamage']),
  does('I visit my husbands grave every week', null),
  does("now he's been back three times asking me out", ['turningUp']),
  does("he's been back in touch three times", null),
  does('one of our regulars comes in most days just to stare at me', ['turningUp']),
  does('he has been standing at the end of my drive taking photographs of the house', ['turningUp', 'other']),
  does('he take pictures of my children in garden', ['other']),
  does('I take pictures of my children in the garden', null),
  does('he found my sisters fb and added her', ['socialMedia', 'contactingOthers']),
  does('she has sent my new employer made-up complaints about me', ['contactingOthers', 'other']),
  does('a fake account is following everyone in my year and dming them about me', ['socialMedia', 'contactingOthers']),
  often('silent calls from a withheld number, sometimes ten in one night', freq('severalDaily', true)),
  often('he emails, sometimes several in one evening. Over the last month it has been roughly three times a week', freq('fewWeekly', true, 3, 'week')),
  often('last thing was 2 weeks ago, seems to have gone quiet now', freq('stopped', false)),
  { text: 'texts off loads of diff numbers calling me a grass', expect: { relationship: 'unknown' } },
  // drawn from batch 145: the one helping them write is not the one doing it (near miss: no help from them); a friend
  // said without an article or as "of mine"; someone from their team
  { text: 'I am writing this with help from my neighbour. My grandson keeps ringing me', expect: { relationship: 'family', behaviours: ['calls'] } },
  { text: 'I get no help from my neighbour, he keeps shouting at me', expect: { relationship: 'neighbour' } },
  { text: 'Old school friend of mine started turning up at my flat', expect: { relationship: 'someoneElse', behaviours: ['turningUp'] } },
  { text: 'Lad from my five a side keeps ringing me', expect: { relationship: 'someoneElse', behaviours: ['calls'] } },
  { text: 'a lad from my street keeps texting me', expect: { relationship: 'neighbour' } },
  // drawn from batch 147: a single flower or rose left, a thing "posted me" (near miss: a price that rose); a weapon drawn
  // on what they sent; their comings and goings known (near miss: the writer's own question);
  // every night for a run of nights
  does('last week he left a single rose under my wiper', ['itemsLeft']),
  does('the rent rose again this year', null),
  does('he posted me a dead flower last week', ['itemsLeft']),
  does('one of the letters had a gun drawn on it', ['threats']),
  does('the bloke across the road always knows when im going out', ['tracking']),
  does("I asked him when I'm home alone what I should do", null),
  often('a man has sat in a car outside my flat 3 nights running, just watching', freq('daily', true)),
  // kinds from blind batches 148 and 149, in other words (NOW is Saturday 28 November 2026)
  does('my ex said if he cant have the kids nobody will', ['threats']),
  does('shes reported me to police twice for stuff i didnt do', ['other']),
  who('a man I know from a Twitter/X community (never met him) keeps replying to my posts', 'metOnline'),
  who("a man from the group, who I've never met in person, has become obsessed with me", 'metOnline'),
  who('A new guy started at our warehouse in September and has fixated on me', 'workOrStudy'),
  who('a new guy started at the gym and keeps staring', null),
  who("I don't know who he is but I'd recognise him", 'stranger'),
  who('same white van outside every night, man just sitting in it', 'stranger'),
  does("now he's on the platform every morning waiting for me", ['following', 'turningUp']),
  does('he finds reasons to come to my section every shift', ['turningUp']),
  does("he's had an app on my phone that shows him where I am", ['tracking']),
  does('he is watching me from his window all the time', ['following', 'other']),
  does('I watched the match from the window', null),
  does("He rang my office pretending to be a client so they'd put him through to me", ['calls', 'contactingOthers']),
  does('My cousin has been spreading lies about me on Facebook and messaging my wife', ['socialMedia', 'contactingOthers']),
  does('my ex keeps spamming me on snap and messaging all my mates about me', ['messages', 'contactingOthers']),
  often('not heard anything for a couple of weeks now', freq('stopped', false)),
  often('this is the 4th one this month', freq('fewWeekly', false, 4, 'month')),
  often("that's the third letter this week", freq('fewWeekly', false, 3, 'week')),
  often("the first note came in the summer holidays and there's been 6 now", freq('occasional', true)),
  since('I divorced my husband 15 years ago and he has never really stopped. It goes quiet for months then starts again.', date('2011-11-28', true, 'overYear')),
  since('he disappears for weeks then the messages start again', null),
  startsOn('back in the summer, July maybe, he started sitting next to me at the gym', '2026-07-01', true, 'fewMonths'),
  startsOn('I split with my ex in May. At first it was fine. Then in November it all kicked off.', '2026-11-01', true, 'thisMonth'),
  startsOn("We split up in May. At first it was drunk texts, now it's threats", '2026-05-01', true, 'fewMonths'),
  startsOn('We broke up in March. It started with texts in June.', '2026-06-01', true, 'fewMonths'),
  startsOn('I moved in April and it started after about a month', '2026-05-02', true, 'fewMonths'),
  // kinds from blind batches 150 and 151, in other words (NOW is Saturday 28 November 2026)
  startsOn('its been like this since year 10 started', '2026-09-03', true, 'fewMonths'),
  startsOn("she's been at it since the back end o last year", '2025-10-01', true, 'overYear'),
  startsOn("it's been since late last year", '2025-10-01', true, 'overYear'),
  startsOn('my biological dad who ive never met found me on facebook in october and messages me every day', '2026-10-01', true, 'fewMonths'),
  startsOn('ex keeps ringin me n threatenin 2 smash my windows in. started sat', '2026-11-21', false, 'thisWeek'),
  startsOn('I ended my engagement in April. At first he just sent long emails begging me to come back.', '2026-04-01', true, 'fewMonths'),
  since('I moved back in with my parents in October. Since then it has been quieter, just the odd email', null),
  { text: 'The wumman doonstairs has been batterin oan ma door', expect: { relationship: 'neighbour', behaviours: ['turningUp'] } },
  does("she's telt the whole street I'm a junkie", ['contactingOthers']),
  does("my car's been scratched twice", ['propertyDamage']),
  does('The man upstair he wait for me on the stairs every evening', ['following', 'turningUp']),
  does('she started sat next to me', ['other']),
  does('private numbers sayin there gonna get me', ['calls', 'threats']),
  does('is there going to be a hearing', null),
  does('attaching photos of our house taken from the road', ['other']),
  does("Now she's reporting me to HR over nothing", ['contactingOthers', 'other']),
  // (the class WhatsApp is where they are run down, no message to them: no blind story labels messages for it, since batch 167)
  does('she has been slagging me off in the class whatsapp', ['contactingOthers']),
  // (the random men are sent by the profile, not the one doing it: blind batches 95, 114 and 150 label no turning up, since batch 189)
  does('fake profiles of me on Tinder and random men keep coming to my door', ['socialMedia', 'other']),
  does('he sent old photos of me pre-transition to my new job', ['contactingOthers']),
  does('he sent flowers to my work', ['itemsLeft']),
  who('someone I used to chat with on Reddit (never met them) has started posting my photos', 'metOnline'),
  who('Hello. My husband before, we are divorce. He send me message every day', 'exPartner'),
  who('my husband before we married was kind', 'partner'),
  often('he rings 4 or 5 times most nights', freq('severalDaily', true, 5, 'day')),
  often("he knew where I had been every weekend. Now it's just the odd email, maybe once every couple of weeks", freq('occasional', true)),
  // kinds from blind batches 152 and 153, in other words (NOW is Saturday 28 November 2026)
  does('He shouts foul language at me when I am in the garden', ['other']),
  does("she's come up to me at pick up and shouted in my face", ['other']),
  does('keep getting txts from diff numbers sayin im a grass n they no where i live', ['messages', 'tracking', 'threats']),
  does('he said he knows what school i go to', ['tracking', 'threats']),
  does("hes told my new fella hell 'sort him out'", ['threats', 'contactingOthers']),
  does('last week he went round my mums and told her i was cheating on him', ['turningUp', 'contactingOthers']),
  does('he sent the link to people I work with', ['contactingOthers']),
  does('now hes at my stop every morning', ['turningUp']),
  does('He books appointments just to see me', ['turningUp']),
  does('hes also sending me threats', ['messages', 'threats']),
  who("Met this guy once at a mates party, dont even know his surname. Hes come in to the pub where i work twice now.", 'stranger'),
  who('a man came into the shop where i work and keeps coming back', 'workOrStudy'),
  who('wee guy fae ma work keeps turnin up at ma door', 'workOrStudy'),
  who('Old man on my school bus sits right next to me, yesterday he got off at my stop and walked behind me', 'stranger'),
  who('A girl who used to be in my friendship group has been spreading lies about me', 'someoneElse'),
  startsOn("It has been going on since lockdown really but it's got worse the last few months", '2020-03-23', true, 'overYear'),
  since('we had a lockdown party', null),
  startsOn('This has been going on for years, probably since 2019.', '2019-01-01', true, 'overYear'),
  startsOn("it's been going on for months, since March", '2026-03-01', true, 'fewMonths'),
  // kinds from blind batches 154 and 155, in other words (NOW is Saturday 28 November 2026)
  does('sends me long essays by email', ['emails']),
  does('since then he sends me massive paragraphs every night', ['messages']),
  does('he went round my nans asking for my address', ['contactingOthers']),
  does('Yesterday he said he knows what road I live on.', ['tracking', 'threats']),
  { text: 'random no. keeps txtin me sayin ur dead', expect: { relationship: 'unknown', behaviours: ['messages', 'threats'] } },
  does('He goes through my banking app too', ['other']),
  does('last week it said it will find me and make me regret existing', ['threats']),
  does('For the past fortnight the telephone has been going at all hours', ['calls']),
  does('bf sends me pics of him holding a knife', ['messages']),
  who('The son of our neighbour, he is teenager, he throw stones on our windows. He and his friends shout bad words on my wife', 'neighbour'),
  startsOn('My former husband, from whom I separated in 2019, has recently begun telephoning me again. This resumed in September.', '2026-09-01', true, 'fewMonths'),
  { text: 'My old boss has been messaging me every day since I left. Hasn\'t done it since Friday though.', expect: { startedOn: null, frequency: freq('stopped', false) } },
  // kinds from blind batch 159, in other words: a partner's relative said the long way; an address not recognised
  who('The father of my wife keeps ringing my work and telling them lies about me', 'family'),
  who('the sister of my boyfriend is posting about me', 'family'),
  who('i keep getting emails from an email address i dont recognise', 'unknown'),
  who('letters keep coming from an address i do not know', 'unknown'),
  // a threat shouted at them, said with "at me" (batch 95)
  does("The father has twice shouted at me that I'll 'get what's coming'", ['threats', 'other']),
  // someone the list had no place for
  { text: 'my landlady keeps letting herself into the flat', expect: { relationship: 'someoneElse' } },
  { text: "my nan's carer keeps texting me", expect: { relationship: 'someoneElse', behaviours: ['messages'] } },
  { text: "my best friend's boyfriend keeps messaging me", expect: { relationship: 'someoneElse', behaviours: ['messages'] } },
  { text: 'another dad from the nursery keeps posting about me on facebook', expect: { relationship: 'someoneElse' } },
  { text: 'an old friend from school has started turning up at my house', expect: { relationship: 'someoneElse', behaviours: ['turningUp'] } },
  { text: 'a guy i know from church keeps calling me', expect: { relationship: 'someoneElse', behaviours: ['calls'] } },
  { text: "my lodger reads my post", expect: { relationship: 'someoneElse' } },
  { text: 'i told my friend and she said to contact you. my ex keeps calling', expect: { relationship: 'exPartner' } },
  // durations and dates said in other words (NOW is Saturday 28 November 2026)
  { text: "It's been since the summer hols, so about three months.", expect: { startedOn: date('2026-07-22', true, 'fewMonths') } },
  { text: 'he messages me all the time. been going on for ages, like a year and a half', expect: { startedOn: date('2025-05-28', true, 'overYear') } },
  { text: 'i bought a bike off him in june. since he came round to collect it he keeps texting me', expect: { startedOn: date('2026-06-01', true, 'fewMonths') } },
  { text: 'she left a note on my car on the 2nd. after that she kept turning up at my work', expect: { startedOn: date('2026-11-02', true, 'thisMonth') } },
  { text: 'my neighbour found my number in september and now he rings me every night', expect: { startedOn: date('2026-09-01', true, 'fewMonths'), frequency: freq('daily', false) } },
  { text: 'she rings me at work. every single day. three weeks now', expect: { startedOn: date('2026-11-07', false, 'thisMonth') } },
  { text: 'he sends me letters. About 4 months.', expect: { startedOn: date('2026-07-28', true, 'fewMonths') } },
  { text: 'he sat outside for an hour', expect: { startedOn: null } },
  { text: 'I left my wife of twenty years in March and she has been calling me since', expect: { relationship: 'exPartner', startedOn: date('2026-03-01', true, 'fewMonths') } },
  { text: 'he shouts at me over the fence. This has been going on the best part of two years.', expect: { startedOn: date('2024-11-28', true, 'overYear') } },
  // (a customer of a business they run is someone else they know, as the label says and blind batches 3, 74, 160 and 165
  // label it, since batch 165; one where they work is work)
  { text: 'i run a cafe and one of my customers won\'t leave me alone', expect: { relationship: 'someoneElse' } },
  { text: 'i work in a cafe and one of my customers won\'t leave me alone', expect: { relationship: 'workOrStudy' } },
  { text: 'getting texts off a withheld number since like the 9th', expect: { startedOn: date('2026-11-09', false, 'thisMonth') } },
  { text: 'the calls started when the clocks went back', expect: { startedOn: date('2026-10-25', false, 'fewMonths') } },
  { text: "it's been every day since the august bank holiday", expect: { startedOn: date('2026-08-31', false, 'fewMonths'), frequency: freq('daily', false) } },
  { text: 'it started after half term', expect: { startedOn: date('2026-10-26', true, 'fewMonths') } },
  // kinds blind batch 5 showed, in new sentences
  { text: 'my FIL keeps ringing the house', expect: { relationship: 'family', behaviours: ['calls'] } },
  { text: 'i left my partner in the spring and he keeps messaging my sister', expect: { relationship: 'exPartner' } },
  { text: 'i left my husband in the car and went in', expect: { relationship: 'partner' } },
  { text: 'she put our kitchen window through last night', expect: { behaviours: ['propertyDamage'] } },
  { text: 'someone cut our washing line again', expect: { behaviours: ['propertyDamage'] } },
  { text: 'a car keeps crawling past us on the school run', expect: { behaviours: ['following'] } },
  { text: 'the letter said he knows when im home alone', expect: { behaviours: ['tracking', 'threats'] } },
  { text: 'he texts me every other day', expect: { frequency: freq('fewWeekly', false) } },
  { text: 'she emails me dozens a day', expect: { frequency: freq('severalDaily', true) } },
  { text: "I've lived here since 2019 but this only started a few weeks ago", expect: { startedOn: date('2026-11-07', true, 'thisMonth') } },
  { text: 'Found a tracker in my handbag on Tuesday. Then on Thursday my tyres were let down.', expect: { startedOn: date('2026-11-24', false, 'thisWeek') } },
  { text: 'Since I stopped answering in March he has been emailing my boss', expect: { startedOn: date('2026-03-01', true, 'fewMonths'), frequency: null } },
  // images threatened for money or taken or faked (sextortion is image abuse)
  { text: 'he got me to send a video and now he wants £200', expect: { behaviours: ['imageSharing'] } },
  { text: 'she asked for nudes, i sent some, now shes saying shell post them online', expect: { behaviours: ['threats', 'imageSharing'] } },
  { text: 'someone made edited nudes of me', expect: { behaviours: ['imageSharing'] } },
  { text: 'he filmed me getting changed', expect: { behaviours: ['imageSharing'] } },
  // a photo sent to them is a message (blind batch 20 labels "sent me a photo of it" so)
  { text: 'he sent me a photo of his dog and i sent it to my mum', expect: { behaviours: ['messages'] } },
  // behaviours said in other words
  { text: 'my old flatmate still has a key and lets herself in', expect: { behaviours: ['turningUp'] } },
  { text: 'last night he was sat outside my mums in his van', expect: { behaviours: ['turningUp'] } },
  { text: 'he keeps coming back to my door asking for me', expect: { behaviours: ['turningUp'] } },
  { text: "she told me she'll make sure i lose my job", expect: { behaviours: ['threats'] } },
  { text: "he said if i block him he'll come and find me", expect: { behaviours: ['threats'] } },
  { text: 'he messaged saying im dead', expect: { behaviours: ['messages', 'threats'] } },
  { text: 'she knows which train i get every morning', expect: { behaviours: ['tracking'] } },
  { text: 'he texts me describing what im wearing', expect: { behaviours: ['messages', 'tracking'] } },
  { text: 'he has written to my new employer about me', expect: { behaviours: ['contactingOthers'] } },
  { text: 'the man opposite has a camera pointed at my door and photographs my car', expect: { behaviours: ['other'] } },
  // how often, said as a count so far, negated, or per shift
  { text: 'he has come to my door 4 or 5 times since the 1st', expect: { frequency: freq('fewWeekly', true) } },
  { text: 'there have been three letters since the start of september', expect: { frequency: freq('occasional', true) } },
  { text: 'seen him outside 6 times this month', expect: { frequency: freq('fewWeekly', false, 6, 'month') } },
  { text: "it's not every day, more like once a week", expect: { frequency: freq('fewWeekly', true, 1, 'week') } },
  { text: 'she texts every day, usually 3 or 4 times', expect: { frequency: freq('severalDaily', true) } },
  { text: 'he waits by my car every shift', expect: { frequency: freq('daily', true) } },
  { text: 'about 20+ messages a day', expect: { frequency: freq('severalDaily', true, 20, 'day') } },
  { text: 'the account was deleted and there has been nothing since', expect: { frequency: freq('stopped', false) } },
  { text: 'he sat outside my flat every night. it went on until the police spoke to him', expect: { frequency: freq('stopped', false) } },
  // after the batch 4 fixes: relationships said in dialect, without "my", or beside a bystander
  { text: 'the lad from next doors keeps throwing eggs at my windows', expect: { relationship: 'neighbour', behaviours: ['propertyDamage'] } },
  { text: "next door's teenage son shouts at my kids", expect: { relationship: 'neighbour' } },
  { text: 'the couple at number 7 keep putting rubbish in my garden', expect: { relationship: 'neighbour' } },
  { text: 'the missus goes through my phone every night', expect: { relationship: 'partner', behaviours: ['tracking', 'other'] } },
  { text: 'Husband checks my bank statements and takes my car keys', expect: { relationship: 'partner' } },
  { text: 'childrens dad keeps turning up drunk', expect: { relationship: 'exPartner', behaviours: ['turningUp'] } },
  { text: 'sons dad sends me abusive voice notes', expect: { relationship: 'exPartner', behaviours: ['messages'] } },
  { text: 'my cuzzy keeps posting about me', expect: { relationship: 'family', behaviours: ['socialMedia'] } },
  { text: 'my sister-in-law keeps messaging my boss when my husband is away', expect: { relationship: 'family', behaviours: ['contactingOthers'] } },
  { text: 'another parent from my daughter\'s swimming lessons keeps following me to my car', expect: { relationship: 'someoneElse', behaviours: ['following'] } },
  { text: 'me and my old flatmate fell out and she keeps texting my mum', expect: { relationship: 'someoneElse', behaviours: ['contactingOthers'] } },
  { text: 'a customer comes into my work every day and waits until i finish', expect: { relationship: 'workOrStudy', frequency: freq('daily', false) } },
  { text: 'one of my tutors keeps emailing me at night', expect: { relationship: 'workOrStudy', behaviours: ['emails'] } },
  { text: 'a boy i play minecraft with, never met him in real life, keeps asking where i live', expect: { relationship: 'metOnline' } },
  { text: "we've never met face to face, just chatted on discord", expect: { relationship: 'metOnline' } },
  { text: 'a private number keeps ringing at 4am, my partner picked up once and it went dead', expect: { relationship: 'unknown' } },
  { text: "the lad across the road has been shouting at me ever since my husband passed away", expect: { relationship: 'neighbour' } },
  { text: 'my boyfriend wants to have a word with him, the bloke across the road who keeps following me', expect: { relationship: 'neighbour' } },
  { text: 'he let my van tyres down again', expect: { behaviours: ['propertyDamage'] } },
  { text: 'withheld calls, no caller id, every evening', expect: { relationship: 'unknown', behaviours: ['calls'], frequency: freq('daily', false) } },
  { text: "texts keep coming from a number i don't recognise", expect: { relationship: 'unknown', behaviours: ['messages'] } },
  // behaviours said without their keyword
  { text: 'he let my tyres down and keyed the bonnet', expect: { behaviours: ['propertyDamage'] } },
  { text: 'someone cracked the glass in my back door', expect: { behaviours: ['propertyDamage'] } },
  { text: 'she tracked down my new flat and left flowers', expect: { behaviours: ['itemsLeft', 'tracking'] } },
  { text: 'he sent me a picture of my own car parked at work', expect: { behaviours: ['messages', 'tracking'] } },
  { text: 'he fitted a hidden camera in the bedroom', expect: { behaviours: ['tracking'] } },
  { text: 'he listens in on my phone calls', expect: { behaviours: ['calls', 'tracking'] } },
  { text: 'i think my ex has found out my address and posted it online', expect: { behaviours: ['personalDetails'] } },
  { text: 'she spat on my car and called me names in the street', expect: { behaviours: ['other'] } },
  { text: 'he took a video up my dress on the escalator', expect: { behaviours: ['other'] } },
  { text: "cant get away fae him, he's always ootside ma work", expect: { behaviours: ['turningUp'] } },
  { text: 'a van keeps pulling up beside me on my way to work', expect: { behaviours: ['following'] } },
  { text: 'he was waiting with a bunch of flowers at my door', expect: { behaviours: ['turningUp', 'itemsLeft'] } },
  { text: 'she slid into my dms again', expect: { behaviours: ['messages'] } },
  { text: "he's been threatening me by email", expect: { behaviours: ['emails', 'threats'] } },
  { text: 'i know he\'ll post the photos if i ever report him', expect: { behaviours: ['threats', 'imageSharing'] } },
  { text: "She used to text me every night but it's all stopped since the injunction", expect: { behaviours: ['messages'], frequency: freq('stopped', false) } },
  { text: "my brother's been leaving me voicemails", expect: { relationship: 'family', behaviours: ['calls'] } },
  { text: 'he keeps sliding cards under my front door', expect: { behaviours: ['itemsLeft'] } },
  { text: 'a parcel came from her on my birthday', expect: { behaviours: ['itemsLeft'] } },
  { text: 'woke up to my car windows smashed', expect: { behaviours: ['propertyDamage'] } },
  { text: 'all 4 tyres were let down overnight', expect: { behaviours: ['propertyDamage'] } },
  { text: 'she put my kitchen window in', expect: { behaviours: ['propertyDamage'] } },
  { text: 'he telephones me at all hours', expect: { behaviours: ['calls'] } },
  { text: 'she screamed at me across the car park', expect: { behaviours: ['other'] } },
  { text: 'my letters have been opened before i get them', expect: { behaviours: ['other'] } },
  { text: "he keeps 'bumping into me' at the shops", expect: { behaviours: ['following', 'turningUp'] } },
  { text: 'she can see where i am on her phone', expect: { behaviours: ['tracking'] } },
  { text: "he's been messaging all the other parents about me", expect: { behaviours: ['contactingOthers'] } },
  { text: 'she makes reels about me', expect: { behaviours: ['socialMedia'] } },
  { text: 'i keep getting threatening voicemails off him', expect: { behaviours: ['calls', 'threats'] } },
  // how often: a count each time with a daily habit, a count of one day, weekly denied, "in the week"
  { text: 'she phones me like fifteen times, every single evening', expect: { frequency: freq('severalDaily', true) } },
  { text: 'he has called 9 times already today', expect: { frequency: freq('severalDaily', true) } },
  { text: "it's been a lot, though not every week", expect: { frequency: freq('occasional', true) } },
  { text: 'maybe twice in the week he sends something', expect: { frequency: freq('fewWeekly', true, 2, 'week') } },
  // when it started: by a life event after "started when", a relationship state skipped, "the first time was"
  { text: 'It all kicked off when my dad died in June', expect: { startedOn: date('2026-06-01', true, 'fewMonths') } },
  { text: 'we are separated since 2023 but the texts began in august', expect: { startedOn: date('2026-08-01', true, 'fewMonths') } },
  { text: 'the first time was the 3rd', expect: { startedOn: date('2026-11-03', false, 'thisMonth') } },
  { text: 'the messages started in the spring of last year', expect: { startedOn: date('2025-03-01', true, 'overYear') } },
  // a recent meeting is the start when nothing else says it; an old one is not
  { text: 'I met him through work drinks on the 20th. He keeps ringing me at all hours.', expect: { startedOn: date('2026-11-20', true, 'thisMonth') } },
  { text: 'we met at a wedding in 2019 and he keeps calling', expect: { startedOn: null } },
  // kinds blind batch 7 showed, in new sentences: people said by role or by where they live
  { text: 'the night supervisor keeps putting notes in my locker', expect: { relationship: 'workOrStudy', behaviours: ['itemsLeft'] } },
  { text: 'our head of year messages me on whatsapp at weekends', expect: { relationship: 'workOrStudy', behaviours: ['messages'] } },
  { text: 'my chemistry teacher waits by my car', expect: { relationship: 'workOrStudy' } },
  { text: "i told the duty manager and he didn't care. a customer keeps calling the shop", expect: { relationship: 'workOrStudy' } },
  { text: 'lass from my course keeps texting me at 3am', expect: { relationship: 'workOrStudy', behaviours: ['messages'] } },
  { text: 'the old boy along the landing keeps shouting at me', expect: { relationship: 'neighbour', behaviours: ['other'] } },
  { text: 'i was walking down the corridor at work when he grabbed me', expect: { relationship: null } },
  { text: "a woman i'd never laid eyes on before started walking beside me every morning", expect: { relationship: 'stranger' } },
  { text: 'a girl who i have never spoken to keeps taking pictures of me in the canteen', expect: { relationship: 'stranger' } },
  { text: "a lad i've never met walked up to me in the park and said he knows my address", expect: { relationship: 'stranger' } },
  { text: "a woman i've never met messages me on twitter every day", expect: { relationship: 'metOnline' } },
  { text: 'i got talking to a guy in a whatsapp group for dog owners and now he wont leave me alone', expect: { relationship: 'metOnline' } },
  { text: 'a man in a car keeps following me', expect: { relationship: 'stranger' } },
  { text: 'i met her in a facebook group for new mums and now she posts about me', expect: { relationship: 'metOnline' } },
  { text: 'an account on snapchat claiming to be a 16 year old girl wants money', expect: { relationship: 'metOnline' } },
  { text: 'we chatted for months, even though we never met', expect: { relationship: 'metOnline' } },
  { text: 'he keeps pretending to be me online', expect: { relationship: null, behaviours: ['socialMedia'] } },
  // (ringing their workplace asking for them is contacting others too since the batch 40-47 work: writers label it both ways, and the brief names the employer)
  { text: 'a woman rings the office asking for me and refuses to give her name', expect: { relationship: 'unknown', behaviours: ['calls', 'contactingOthers'] } },
  { text: 'the emails come from various hotmail addresses', expect: { relationship: 'unknown', behaviours: ['emails'] } },
  { text: 'they said they know what nursery my son goes to', expect: { relationship: null } },
  { text: 'my brother goes to the same pub and keeps starting on me', expect: { relationship: 'family' } },
  // behaviours said without their keyword
  { text: "she sent my boss screenshots of our chats", expect: { behaviours: ['contactingOthers'] } },
  { text: 'he forwarded the photos to my husband', expect: { behaviours: ['contactingOthers', 'imageSharing'] } },
  { text: 'i sent my dad a screenshot of what he said', expect: { behaviours: null } },
  { text: 'he sent a bunch of roses to my work', expect: { behaviours: ['itemsLeft'] } },
  { text: "she's been texting most of my friends", expect: { behaviours: ['contactingOthers'] } },
  { text: 'he phoned a few of my customers pretending to be the council', expect: { behaviours: ['contactingOthers'] } },
  { text: 'now shes commenting on my sisters instagram photos', expect: { behaviours: ['socialMedia', 'contactingOthers'] } },
  { text: 'he uploaded a tape of me and him in bed to an adult website', expect: { behaviours: ['imageSharing'] } },
  { text: 'she reckons he spends all night on porn sites', expect: { behaviours: null } },
  { text: 'he said he knows where my kids play and i had better watch myself', expect: { behaviours: ['threats'] } },
  { text: 'you had better be careful walking home', expect: { behaviours: ['threats'] } },
  { text: 'you had better ring the police', expect: { behaviours: null } },
  { text: "he keeps saying if he can't have me then nobody can", expect: { behaviours: ['threats'] } },
  { text: "they'll put the recording on youtube unless we transfer the money", expect: { behaviours: ['socialMedia', 'threats'] } },
  { text: 'she goes through my bank app and takes my wages', expect: { behaviours: ['other'] } },
  { text: 'he hides my car keys so i cant go out', expect: { behaviours: ['other'] } },
  { text: 'the man above stamps and bangs on the floor when i have a shower', expect: { behaviours: ['other'] } },
  { text: 'he makes comments about my weight every shift', expect: { behaviours: ['other'] } },
  { text: 'he installed an app on my laptop', expect: { behaviours: ['tracking'] } },
  { text: 'he knows stuff i only texted my sister', expect: { behaviours: ['tracking'] } },
  { text: 'i downloaded an app on my phone to block his number', expect: { behaviours: null } },
  { text: 'the auld fella keeps chappin ma door', expect: { behaviours: ['turningUp'] } },
  { text: 'he hangs around at the staff entrance when i finish', expect: { behaviours: ['turningUp'] } },
  { text: 'i sat in the car park after my shift crying', expect: { behaviours: null } },
  { text: 'she parks opposite and stares at my windows', expect: { behaviours: ['following', 'turningUp', 'other'] } },
  { text: 'he kicked the back door in', expect: { behaviours: ['propertyDamage'] } },
  { text: 'she sends me snaps all night', expect: { behaviours: ['messages'] } },
  { text: 'a fella keeps leaving one-star reviews under different usernames', expect: { behaviours: ['socialMedia', 'other'] } },
  { text: 'she left messages on the answerphone', expect: { behaviours: ['calls'] } },
  { text: 'my uncle who i have not seen since i was a baby texted me on my birthday', expect: { relationship: 'family', behaviours: ['messages'], frequency: null } },
  { text: "i haven't seen him since march", expect: { frequency: freq('stopped', false) } },
  // how often: days a week, a count so far said as "twice", a count this week, a vague "non stop" beside a said rate
  { text: 'she rings the bell two or three evenings a week', expect: { behaviours: ['turningUp'], frequency: freq('fewWeekly', true, 3, 'week') } },
  { text: 'five days a week he waits at the gate', expect: { frequency: freq('daily', false, 5, 'week') } },
  { text: 'the letters come one a month', expect: { frequency: freq('occasional', false, 1, 'month') } },
  { text: 'she has been round twice since the 2nd', expect: { frequency: freq('occasional', true), startedOn: date('2026-11-02', false, 'thisMonth') } },
  { text: 'this week alone she has knocked three times', expect: { frequency: freq('fewWeekly', true) } },
  { text: 'when i go out he texts non stop. this happens most weekends', expect: { frequency: freq('fewWeekly', true, 1, 'week') } },
  { text: 'he rings non stop every day', expect: { frequency: freq('severalDaily', true) } },
  // people said without "my", by role or place, or named only as the reason or by a break-up
  { text: 'my fiance and i have been together since school but he checks my phone', expect: { relationship: 'partner' } },
  { text: 'my boyfriend and i are terrified of his ex', expect: { relationship: null } },
  { text: 'wife locked me out again', expect: { relationship: 'partner' } },
  { text: 'Stepmum keeps posting about me', expect: { relationship: 'family', behaviours: ['socialMedia'] } },
  { text: 'Dad says i should ring you', expect: { relationship: null } },
  { text: 'we had to move house because of my brother-in-law', expect: { relationship: 'family' } },
  { text: "a few boys in my son's year 8 class keep sending him threats", expect: { relationship: 'workOrStudy' } },
  { text: 'a previous customer keeps leaving reviews', expect: { relationship: 'workOrStudy' } },
  { text: 'clients from the salon keep messaging me', expect: { relationship: 'workOrStudy', behaviours: ['messages'] } },
  { text: 'lads at college keep filming me', expect: { relationship: 'workOrStudy', behaviours: ['other'] } },
  { text: 'a woman i know from a knitting group on facebook emails me daily', expect: { relationship: 'metOnline' } },
  { text: 'i ended things with her in may and she keeps ringing', expect: { relationship: 'exPartner', behaviours: ['calls'] } },
  { text: 'we finished the job and he keeps texting me', expect: { relationship: null } },
  { text: 'the girl from the chippy keeps staring at me', expect: { relationship: 'stranger' } },
  { text: 'some geezer i dont know keeps parking outside', expect: { relationship: 'stranger' } },
  // when it started: a break-up date gives way to a said start, "right after", "fine until", the end of a span,
  // how long they were together, what they began after a date, a span of friendly talk, late/mid season
  { text: 'we broke up three years ago but the calls only started when she got engaged in september', expect: { startedOn: date('2026-09-01', true, 'fewMonths') } },
  { text: 'we separated 2 years ago. It started right after that', expect: { startedOn: date('2024-11-28', true, 'overYear') } },
  { text: 'things were fine up until the start of october, now she rings daily', expect: { startedOn: date('2026-10-01', true, 'fewMonths') } },
  { text: 'he rang every night from august up until about a fortnight ago', expect: { startedOn: date('2026-08-01', true, 'fewMonths') } },
  { text: 'after 8 years together i left him in march. since then he texts me', expect: { startedOn: date('2026-03-01', true, 'fewMonths') } },
  { text: 'when i blocked her in july she began messaging my sister', expect: { startedOn: date('2026-07-01', true, 'fewMonths') } },
  { text: 'we chatted online for six months and then it turned nasty 2 weeks ago', expect: { startedOn: date('2026-11-14', false, 'thisMonth') } },
  { text: 'it started in late spring', expect: { startedOn: date('2026-05-01', true, 'fewMonths') } },
  { text: 'been 10 days, every night', expect: { startedOn: date('2026-11-18', false, 'thisMonth') } },
  { text: 'he has been calling for about 8 month now', expect: { startedOn: date('2026-03-28', true, 'fewMonths') } },
  { text: 'I moved here in 2020 and in may he started turning up. Since then it\'s daily', expect: { startedOn: date('2026-05-01', true, 'fewMonths') } },
  // behaviours from batches 5-6 said without their keyword
  { text: "he yelled that he'd burn my car", expect: { behaviours: ['threats'] } },
  { text: "he'll ruin me if i go to the police", expect: { behaviours: ['threats'] } },
  { text: 'he said he would help if i asked', expect: { behaviours: null } },
  { text: 'i keep spotting his van opposite my flat', expect: { behaviours: ['turningUp'] } },
  { text: 'cards with no return address keep coming for me', expect: { relationship: 'unknown' } },
  { text: 'she keeps reporting us to the housing about noise that never happened', expect: { behaviours: ['contactingOthers'] } },
  { text: 'he follows my sister on instagram', expect: { behaviours: ['socialMedia', 'contactingOthers'] } },
  { text: 'there was a letter taped to our gate', expect: { behaviours: ['itemsLeft'] } },
  { text: 'the back window was smashed in overnight', expect: { behaviours: ['propertyDamage'] } },
  { text: 'they keep lobbing eggs at our windows', expect: { behaviours: ['propertyDamage'] } },
  { text: 'she rang everyone in the netball group chat about me', expect: { behaviours: ['contactingOthers'] } },
  { text: 'he writes complaints to my employer', expect: { behaviours: ['contactingOthers'] } },
  { text: 'i wrote complaints to my employer about him', expect: { behaviours: null } },
  { text: 'he follows my husband when he walks to work', expect: { behaviours: ['following'] } },
  { text: "she moves stuff around in my room while i'm at work", expect: { behaviours: ['other'] } },
  { text: 'he grabbed my bum at the christmas do', expect: { behaviours: ['other'] } },
  { text: 'i touched his arm to calm him down', expect: { behaviours: null } },
  { text: 'an anon account keeps replying to me', expect: { relationship: 'unknown', behaviours: ['socialMedia'] } },
  { text: 'me mam says i should report it but me ex keeps ringing', expect: { relationship: 'exPartner', behaviours: ['calls'] } },
  // how often: a daily time of day, a count so far, nothing done since
  { text: 'she texts every single break', expect: { frequency: freq('daily', true) } },
  { text: 'he waits at the gates every day after school', expect: { frequency: freq('daily', false) } },
  { text: 'there have been four so far since the 1st', expect: { frequency: freq('fewWeekly', true) } },
  { text: 'it happened twice. the first was the 4th', expect: { frequency: freq('occasional', true) } },
  { text: "they haven't tried anything since the weekend", expect: { frequency: freq('stopped', false) } },
  // kinds blind batch 8 showed, in new sentences (near misses that must not change included)
  // relationships: the writer's own job is not the one; "one of my old clients"; someone they cut off; someone told
  // as a threat is a bystander; "a lad in the <place>"; met on a platform by what they did there; from their church
  { text: "I'm a personal trainer and one of my old clients keeps texting me", expect: { relationship: 'workOrStudy', behaviours: ['messages'] } },
  { text: 'my carer keeps texting me', expect: { relationship: 'someoneElse' } },
  { text: 'i went no contact with my dad in the spring and now he is at my door every week', expect: { relationship: 'family' } },
  { text: 'i told my dad and he said to ring you. my ex keeps texting', expect: { relationship: 'exPartner' } },
  { text: 'the texts say my boyfriend will be told about it, i have no idea who sends them', expect: { relationship: 'unknown', behaviours: ['messages', 'threats'] } },
  { text: 'a lad in the chip shop queue shouted at me and now he follows me home', expect: { relationship: 'stranger' } },
  { text: 'a guy i had a row with on facebook found my address', expect: { relationship: 'metOnline' } },
  { text: 'someone on tiktok said he was a boy my age and asked for pics', expect: { relationship: 'metOnline' } },
  { text: 'someone on facebook keeps posting about me', expect: { relationship: null, behaviours: ['socialMedia'] } },
  { text: 'a woman from our mosque keeps turning up at my door', expect: { relationship: 'someoneElse', behaviours: ['turningUp'] } },
  { text: 'an account with no profile picture keeps messaging me', expect: { relationship: 'unknown', behaviours: ['messages'] } },
  // behaviours: calling "to" someone of theirs, lies about us; comments on every photo; standing by their car or
  // outside a room, waiting at the end of a shift; a condition said; someone of theirs "will be informed";
  // "watch my step"; going through their post; made to unlock the phone; "knows when I come and go"
  { text: "she's been ringing to my mum and telling lies about us", expect: { behaviours: ['contactingOthers'] } },
  { text: 'he keeps calling to say sorry', expect: { behaviours: ['calls'] } },
  { text: 'he likes and comments on every photo i upload', expect: { behaviours: ['socialMedia'] } },
  { text: 'he stands next to my car in the staff car park', expect: { behaviours: ['turningUp'] } },
  { text: "he's standing in front of the door and won't let me out", expect: { behaviours: null } },
  { text: 'he hangs around outside my classroom', expect: { behaviours: ['following', 'turningUp'] } },
  { text: 'she waits for me at the end of my lectures', expect: { behaviours: ['following', 'turningUp'] } },
  { text: "he told me if i go to the police he'll burn the house down", expect: { behaviours: ['threats'] } },
  { text: "he said if i need anything he'll help", expect: { behaviours: null } },
  { text: 'the email said my employer will be informed', expect: { behaviours: ['emails', 'threats'] } },
  { text: 'she told me i should watch my step', expect: { behaviours: ['threats'] } },
  { text: "he goes through my post when i'm out", expect: { behaviours: ['tracking', 'other'] } },
  { text: 'he made me unlock my phone', expect: { behaviours: ['other'] } },
  { text: 'she always knows when i come and go', expect: { behaviours: ['tracking'] } },
  // how often: one weekday, weekends, school days; a count whose first time is the start (N - 1 gaps)
  { text: "he's outside my work every Tuesday", expect: { frequency: freq('fewWeekly', true, 1, 'week') } },
  { text: "usually at weekends when he's been drinking", expect: { frequency: freq('fewWeekly', true, 1, 'week') } },
  { text: 'he drives past at weekends. the texts come every night', expect: { frequency: freq('daily', false) } },
  { text: 'is this service open at weekends?', expect: { frequency: null } },
  { text: "she's at the school gate most school days", expect: { frequency: freq('daily', true) } },
  { text: "she's come to the house twice, the first time was saturday the 14th", expect: { frequency: freq('occasional', true) } },
  { text: 'she has come to the house twice since the 14th', expect: { frequency: freq('fewWeekly', true) } },
  // when it started: "the weekend before last", "the wednesday before last", "Tuesday 10th", back after the
  // summer holidays, "it started that same week", not "the last one"
  { text: "he's been texting since the weekend before last", expect: { startedOn: date('2026-11-14', true, 'thisMonth') } },
  { text: 'it started the wednesday before last', expect: { startedOn: date('2026-11-18', false, 'thisMonth') } },
  { text: 'first time was Tuesday 10th', expect: { startedOn: date('2026-11-10', false, 'thisMonth') } },
  { text: 'since we came back after the summer holidays', expect: { startedOn: date('2026-09-03', true, 'fewMonths') } },
  { text: 'we split in march and it started that same week. the latest was on thursday', expect: { startedOn: date('2026-03-01', true, 'fewMonths') } },
  { text: 'he turned up twice, the last one was on Monday', expect: { startedOn: null } },
  // kinds blind batch 9 showed, in new sentences (near misses that must not change included)
  // behaviours: threats reported as what will happen to them ("i'm going to get beaten up"), "make my life
  // difficult", a parting "see me around", "says he knows where we live", "theyd dox me"; things pushed "under it",
  // dog mess left; seen outside their work; sent "2" the family group chat
  { text: "the messages say i'm going to get beaten up after work", expect: { behaviours: ['messages', 'threats'] } },
  { text: "she said i'm going to get a new phone", expect: { behaviours: null } },
  { text: "he wrote that he'd make my life very difficult", expect: { behaviours: ['threats'] } },
  { text: "her last text said she'd see me around.", expect: { behaviours: ['messages', 'threats'] } },
  { text: "he said he'd see me at the weekend", expect: { behaviours: null } },
  { text: 'his email says he knows where we live', expect: { behaviours: ['threats'] } },
  { text: 'he slides letters under it every night', expect: { behaviours: ['itemsLeft'] } },
  { text: 'she keeps leaving dog poo on our doorstep', expect: { behaviours: ['itemsLeft'] } },
  { text: 'he left a mess in the kitchen', expect: { behaviours: null } },
  { text: "I've seen him outside my work three times", expect: { behaviours: ['turningUp'] } },
  { text: 'he sent it 2 my mum', expect: { behaviours: ['contactingOthers'] } },
  { text: 'she sent 2 messages', expect: { behaviours: ['messages'] } },
  // relationships: someone known by a passing service job (stranger); someone they used to be friends with;
  // accounts with no photo; a child's age then "her/his <teacher>"; someone who looks after one of theirs;
  // after the writer's own job, "and a patient ..." is the one
  { text: 'a delivery driver keeps texting me', expect: { relationship: 'stranger', behaviours: ['messages'] } },
  { text: 'my courier account got hacked', expect: { relationship: null } },
  { text: 'a woman i used to be friends with keeps posting about me', expect: { relationship: 'someoneElse' } },
  { text: 'a lad i was mates with at school keeps calling', expect: { relationship: 'someoneElse' } },
  { text: 'someone replies to all my posts from accounts with no photo', expect: { relationship: 'unknown' } },
  { text: 'my daughter is 12 and her maths teacher has been texting her', expect: { relationship: 'workOrStudy' } },
  { text: 'my son is 15 and keeps hitting me', expect: { relationship: 'family' } },
  { text: 'the cleaner who looks after my nan keeps texting me', expect: { relationship: 'someoneElse' } },
  { text: "i'm a nurse and a patient i looked after last year keeps messaging me", expect: { relationship: 'workOrStudy' } },
  { text: "i'm a mum and a friend told me to call", expect: { relationship: null } },
  // when it started: a date then a rate after a comma ("since October, 3 times a week"); part of a year said
  // with its number ("the start of 2025", "mid-2024"); "the beginning of term"
  { text: 'since the second week of september, 4 times a week', expect: { startedOn: date('2026-09-14', true, 'fewMonths'), frequency: freq('fewWeekly', false, 4, 'week') } },
  { text: 'since march, 2 texts a day', expect: { startedOn: date('2026-03-01', true, 'fewMonths') } },
  { text: "it's been going on since early 2025", expect: { startedOn: date('2025-01-01', true, 'overYear') } },
  { text: 'he started again in mid-2024', expect: { startedOn: date('2024-06-01', true, 'overYear') } },
  { text: 'ever since the beginning of the school year', expect: { startedOn: date('2026-09-03', true, 'fewMonths') } },
  // passing their place is turning up at it (batches 3 and 9); following them along is still following
  { text: 'she keeps walking past my flat', expect: { behaviours: ['turningUp'] } },
  { text: 'he drove past me on the high street', expect: { behaviours: null } },
  // a break-up date in a sentence of its own dates it only when nothing else does
  { text: 'she keeps ringing my mum. we separated at easter.', expect: { startedOn: date('2026-04-05', false, 'fewMonths') } },
  { text: 'she rang my mum on tuesday. we separated at easter.', expect: { startedOn: date('2026-11-24', false, 'thisWeek') } },
  { text: 'he keeps calling. we got married in june.', expect: { startedOn: null } },
  // kinds blind batch 10 showed, in new sentences (near misses that must not change included)
  // when: a date said with an event in a clause about something else, then "has since ..." or "it started right
  // after the <event>" (its word or one of its family); "12 January this year" is a date, not 12 a year
  { text: 'she was my flatmate until her eviction in march and has since been leaving notes on my car', expect: { startedOn: date('2026-03-01', true, 'fewMonths') } },
  { text: 'I moved to Leeds on 3 March and I have since changed my number. he rings every day', expect: { startedOn: null } },
  { text: 'we broke up on the 2nd of august, then i went away for a week. it all started soon after the break up', expect: { startedOn: date('2026-08-02', false, 'fewMonths') } },
  { text: 'she got fired on 9 september. it started right after her sacking', expect: { startedOn: date('2026-09-09', false, 'fewMonths') } },
  { text: 'we split on 14 june. it started after the wedding in august', expect: { startedOn: date('2026-08-01', true, 'fewMonths') } },
  { text: 'he has written to me since 12 january this year', expect: { startedOn: date('2026-01-12', false, 'fewMonths'), frequency: null } },
  // what they know, said by telling or posting it (not asking, not a comment on clothes); shown in what they send
  { text: 'the texts say what i had on at the gym and who i was with', expect: { behaviours: ['messages', 'tracking'] } },
  { text: 'he keeps asking where i am', expect: { behaviours: null } },
  { text: "she says what i'm wearing is too revealing", expect: { behaviours: null } },
  { text: 'he wrote about my comings and goings on the street whatsapp group', expect: { behaviours: ['messages', 'tracking'] } },
  { text: 'a letter arrived containing my new postcode', expect: { behaviours: ['itemsLeft', 'tracking'] } },
  { text: 'he posted a message containing my address on facebook', expect: { behaviours: ['messages', 'socialMedia'] } },
  // a camera trained on their home is watching (`other`, as batches 2 and 7 label a camera pointed at it)
  { text: 'he has a camera angled at my front door', expect: { behaviours: ['other'] } },
  // being at their place said with "at" (he, she, they); not a relative there, not a colleague at work
  { text: "she's always at my gate when i get home", expect: { behaviours: ['turningUp'] } },
  { text: 'my daughter is at the school gates', expect: { behaviours: null } },
  { text: "she's at my work every day but we work together", expect: { behaviours: null } },
  // calls for them made to their work are calls; telling their work things is contacting others; their people's phones
  { text: 'he keeps phoning the salon asking to speak to me', expect: { behaviours: ['calls'] } },
  { text: 'he rang my work and told my boss i steal', expect: { behaviours: ['contactingOthers'] } },
  { text: "she texts my son's phone to get at me", expect: { behaviours: ['contactingOthers'] } },
  { text: "she DM'd my sister", expect: { behaviours: ['contactingOthers'], relationship: null } },
  // a visit promised to harm them is a threat, not turning up ("come round and batter me", "they say they're going to
  // come to my flat"); a visit for something else is turning up; "pure" (Scots: very) is no threat
  { text: "she said she'd come round and batter me", expect: { behaviours: ['threats'] } },
  { text: "he's going to come over and sort me out", expect: { behaviours: ['threats'] } },
  { text: "he'll come round and fix the fence tomorrow", expect: { behaviours: ['turningUp'] } },
  { text: "the messages say they're going to come to my flat", expect: { behaviours: ['messages', 'threats'] } },
  { text: "he's been sending pure nasty messages", expect: { behaviours: ['messages'] } },
  // who: a flat number; a pupil by school year; met on a dating site said with another word for a person; someone
  // written about on another's behalf, or who is frightened, is not the one ("Gran is frightened"), the one feared is
  { text: 'the woman in flat 12b keeps banging on my door', expect: { relationship: 'neighbour' } },
  { text: 'i live in flat 3 and a man keeps following me', expect: { relationship: 'stranger' } },
  { text: 'a year 10 boy keeps messaging me', expect: { relationship: 'workOrStudy' } },
  { text: "i'm a lecturer and a fresher keeps waiting outside my office", expect: { relationship: 'workOrStudy' } },
  { text: 'a widower I met on a christian dating site keeps ringing', expect: { relationship: 'metOnline' } },
  { text: "I'm writing on behalf of my gran. her cleaner keeps asking her for money. Gran is frightened", expect: { relationship: 'someoneElse' } },
  { text: 'my nan is terrified of my uncle', expect: { relationship: 'family' } },
  { text: "Dad's carer keeps texting me at night", expect: { relationship: 'someoneElse' } },
  // how often: "every shift" with how often they work; "twice more since"; a clock time is not a count; "just when I
  // think it's over" is no stop; "I've had 12 texts since Monday" (a count and its start, not the person's own life)
  { text: 'he messages every shift. i work 3 days a week', expect: { frequency: freq('fewWeekly', true, 3, 'week') } },
  { text: 'he messages me every day. i work 3 days a week', expect: { frequency: freq('daily', false) } },
  { text: 'he came round on the 3rd and has been back twice more since', expect: { frequency: freq('occasional', true) } },
  { text: 'he is on the 8.15 bus every morning', expect: { frequency: freq('daily', false) } },
  { text: "just when i think it's over, another letter arrives", expect: { frequency: null } },
  { text: "i think it's over now", expect: { frequency: freq('stopped', false) } },
  { text: "I've had 12 texts from her since Monday", expect: { startedOn: date('2026-11-23', false, 'thisWeek'), frequency: freq('severalDaily', true) } },
  { text: "I've had this phone since March", expect: { startedOn: null } },
  // how often (batches 11-14 kinds, in new words): a daily habit with a count on some days; a count in a span said with
  // it; "every half hour"; every shift with how many a week they work; watching all day is once a day, contacts all day
  // are several; "it's happened N times" since a start; "the last four Saturdays"
  { text: "he rings me daily and on bad days it's 40 calls", expect: { frequency: freq('severalDaily', true, 40, 'day') } },
  { text: "on bad days i can't get out of bed", expect: { frequency: null } },
  { text: 'she emails every single day, sometimes 8, 9 emails', expect: { frequency: freq('severalDaily', true) } },
  { text: 'she emails every single day, some days i just cry', expect: { frequency: freq('daily', false) } },
  { text: "he's been at my door four times in the past ten days", expect: { frequency: freq('fewWeekly', true), startedOn: date('2026-11-18', false, 'thisMonth') } },
  { text: 'he came round once in the last month', expect: { frequency: freq('occasional', true) } },
  { text: "three times in the last fortnight he's followed me", expect: { frequency: freq('fewWeekly', true) } },
  { text: "she texts every half hour when i'm out", expect: { frequency: freq('severalDaily', true) } },
  { text: 'i waited half an hour for the bus', expect: { frequency: null } },
  { text: "she comes in every shift i'm on, which is 2 days a week", expect: { frequency: freq('fewWeekly', true, 2, 'week') } },
  { text: 'he messages every shift. I do 3 a week', expect: { frequency: freq('fewWeekly', true, 3, 'week') } },
  { text: 'he waits for me every shift, i work mondays and fridays', expect: { frequency: freq('fewWeekly', true, 2, 'week') } },
  { text: 'he waits for me every shift. mondays are the worst', expect: { frequency: freq('daily', true) } },
  { text: 'she stands at her window staring at my garden all day', expect: { frequency: freq('daily', true) } },
  { text: 'she messages me all day', expect: { frequency: freq('severalDaily', true) } },
  { text: "it began about a month ago and it's happened three times", expect: { frequency: freq('occasional', true) } },
  { text: "it's happened three times a week", expect: { frequency: freq('fewWeekly', false, 3, 'week') } },
  { text: 'it happened a few months back, a lad followed me home from the station', expect: { frequency: null } },
  // a count's own "this week" is not a newer habit than a rate said with it; "now" around a rate still is
  { text: "she rings every night, and twice this week she's been at the door", expect: { frequency: freq('daily', false) } },
  { text: "he messaged every day in the summer but now it's twice a week", expect: { frequency: freq('fewWeekly', false, 2, 'week') } },
  { text: "the last four saturdays he's been outside the pub", expect: { frequency: freq('fewWeekly', true, 1, 'week') } },
  { text: 'last saturday he was outside the pub', expect: { frequency: null, startedOn: date('2026-11-21', false, 'thisWeek') } },
  // stops: "nothing new since", "not heard a peep since", "nothing for the past two weeks", "it all stopped after...";
  // a halt in one scene is no stop ("once he stopped and stared")
  { text: 'nothing new since the injunction', expect: { frequency: freq('stopped', false) } },
  { text: "i haven't heard a peep since the summer", expect: { frequency: freq('stopped', false), startedOn: null } },
  { text: 'Nothing for the past two weeks', expect: { frequency: freq('stopped', false) } },
  { text: 'It all stopped after he was cautioned', expect: { frequency: freq('stopped', false) } },
  { text: 'It all started after he was cautioned', expect: { frequency: null } },
  { text: 'when she stopped to talk to me at the bus stop', expect: { frequency: null } },
  { text: 'once he stopped and stared at me', expect: { frequency: null } },
  // when: feasts of other calendars and the nations' days; "the start of this term"; how long said first ("Now 3 weeks
  // like this", "been about five weeks,"); "this morning" after "my ex boyfriend texted"; how long they have talked is not
  // the start; a split in brackets; the event that started it, then its date after a comma
  { text: "it's been going on since Ramadan", expect: { startedOn: date('2026-02-18', true, 'fewMonths') } },
  { text: 'after Ramadan ended he started ringing me', expect: { startedOn: date('2026-03-20', true, 'fewMonths') } },
  { text: "he said he'd stop after Ramadan", expect: { startedOn: null } },
  { text: "she's been posting about me since diwali", expect: { startedOn: date('2026-11-08', true, 'thisMonth') } },
  { text: "it started just after st patrick's day", expect: { startedOn: date('2026-03-17', false, 'fewMonths') } },
  { text: "he's been waiting for me since the start of this term", expect: { startedOn: date('2026-09-03', true, 'fewMonths') } },
  { text: 'he rings my mum. now 3 weeks like this', expect: { startedOn: date('2026-11-07', false, 'thisMonth') } },
  { text: 'Been about five weeks, every night', expect: { startedOn: date('2026-10-24', true, 'fewMonths'), frequency: freq('daily', false) } },
  { text: "He keeps ringing. Now two weeks until my court date and I'm terrified", expect: { startedOn: null } },
  { text: 'about two months of this', expect: { startedOn: date('2026-09-28', true, 'fewMonths') } },
  { text: "honestly i can't face another week of this", expect: { startedOn: null } },
  { text: 'my ex boyfriend texted me this morning saying he knows where i live', expect: { startedOn: date('2026-11-28', false, 'thisWeek') } },
  { text: "i've been with my boyfriend since 2019 and his ex keeps messaging me", expect: { startedOn: null } },
  { text: "a woman I've been chatting to on Facebook for about a year started threatening me three weeks ago", expect: { startedOn: date('2026-11-07', false, 'thisMonth') } },
  { text: "he's been messaging me for about a year", expect: { startedOn: date('2025-11-28', true, 'fewMonths') } },
  { text: 'Please help. My ex-wife (we divorced in 2023) keeps sending letters to my new address', expect: { startedOn: date('2023-01-01', true, 'overYear') } },
  { text: 'he keeps texting me since june (we split in may)', expect: { startedOn: date('2026-06-01', true, 'fewMonths') } },
  { text: 'Divorced two years ago. The messages began around her wedding, 4th October.', expect: { startedOn: date('2026-10-04', false, 'fewMonths') } },
  { text: 'Divorced two years ago. We started dating around my birthday, 19th July, and then he changed.', expect: { startedOn: date('2024-11-28', true, 'overYear') } },
  // "..., that's when it all started" dates it from the date before; "fri night" is the most recent Friday
  { text: 'My stepdad was fine with me until I came out in the spring, that\'s when the texts began', expect: { startedOn: date('2026-03-01', true, 'fewMonths') } },
  { text: "I reported him to the police in October, that's when they gave me a crime number", expect: { startedOn: null } },
  { text: 'she followed me out of the pub fri night and has been outside my house since', expect: { startedOn: date('2026-11-27', false, 'thisWeek') } },
  { text: 'we had a lovely sat morning at the park', expect: { startedOn: null } },
  // batch 11-12 kinds, in other words. Threats said as a consequence or an intention, without a threat word
  { text: "he says he is going to take us to court and ruin my name", expect: { behaviours: ['threats'] } },
  { text: "he took me to court over the fence last year", expect: { behaviours: null } },
  { text: "she shouted that i would 'regret this' and slammed the gate", expect: { behaviours: ['threats'] } },
  { text: "he told my nan he's going to 'batter me' when he sees me", expect: { behaviours: ['threats', 'contactingOthers'] } },
  { text: "the letters warn me that we 'will never be safe' on this estate", expect: { behaviours: ['threats'] } },
  { text: "my counsellor says i will be safe here", expect: { behaviours: null } },
  { text: "he told me lads like me could have a nasty accident", expect: { behaviours: ['threats'] } },
  { text: "i had an accident at work last year", expect: { behaviours: null } },
  { text: "she texted 'see you around' after I blocked her", expect: { behaviours: ['messages', 'threats'] } },
  { text: "she texted to say see you around friday for the kids", expect: { behaviours: ['messages'] } },
  { text: "she keeps saying she's coming over to deal with me", expect: { behaviours: ['threats'] } },
  { text: "she says she's coming over to pick up the kids", expect: { behaviours: null } },
  { text: "he wrote that he got fired because of me and he knows where i stay", expect: { behaviours: ['threats'] } },
  { text: "he said he'd leave me and then tell everyone my secret", expect: { behaviours: ['threats'] } },
  // contacting others said through the others, their place or their workplace
  { text: "she rang my line manager and said i was stealing", expect: { behaviours: ['contactingOthers'] } },
  { text: "he has emailed three of my old employers", expect: { behaviours: ['emails', 'contactingOthers'] } },
  { text: "he is telling the rest of the estate that i'm a grass", expect: { behaviours: ['contactingOthers'] } },
  { text: "he keeps messaging other staff saying i'm unreliable", expect: { behaviours: ['contactingOthers'] } },
  { text: "she went to the head and said my son is a bully", expect: { behaviours: ['contactingOthers'] } },
  { text: "he hit his head on the door", expect: { behaviours: null } },
  { text: "she rang social services on me again", expect: { behaviours: ['contactingOthers'] } },
  { text: "he phoned also my brother in Poland", expect: { behaviours: ['contactingOthers'] } },
  { text: "she rings him saying i'm cheating on him", expect: { behaviours: ['contactingOthers'] } },
  { text: "she texts me saying i'm cheating on her", expect: { behaviours: ['messages'] } },
  { text: "he tagged my salon's page in a post calling me a fraud", expect: { behaviours: ['contactingOthers'] } },
  { text: "he keeps showing up at my nan's asking where I've moved to", expect: { behaviours: ['turningUp', 'contactingOthers'] } },
  { text: "he keeps showing up at my nan's with shopping for her", expect: { behaviours: ['turningUp'] } },
  { text: "she wrote horrible things about me in the street whatsapp group", expect: { behaviours: ['messages', 'contactingOthers'] } },
  { text: "she posted a birthday message in the family group chat", expect: { behaviours: ['messages'] } },
  // turning up said as where they wait, linger or come back
  { text: "he hovers by my van in the depot yard", expect: { behaviours: ['turningUp'] } },
  { text: "she waits outside, every single night", expect: { behaviours: ['following', 'turningUp'] } },
  { text: "he stands outside the library every day", expect: { behaviours: null } },
  { text: "he loiters outside the gym waiting for me", expect: { behaviours: ['following', 'turningUp'] } },
  { text: "he walked into the pharmacy where i work and stared at me", expect: { behaviours: ['following', 'turningUp', 'other'] } },
  { text: "i walked into the pharmacy to get my prescription", expect: { behaviours: null } },
  { text: "he comes back most afternoons and stands by the till", expect: { behaviours: ['turningUp'] } },
  { text: "she was swearing at the window at midnight", expect: { behaviours: ['turningUp'] } },
  { text: "she keeps walking past the house with her dog", expect: { behaviours: ['turningUp'] } },
  { text: "we drove past the house we used to live in", expect: { behaviours: null } },
  // tracking said by knowing; things that arrive; harassing acts that fit no other label
  // (following too since blind batch 209: there whenever they are is following in 6 of the 8 blind stories with it, 24, 45, 99,
  // 182 and 209's two)
  { text: "she's at the pool whenever i am, even if i switch my days", expect: { behaviours: ['following', 'tracking'] } },
  { text: "i switch my days at work a lot", expect: { behaviours: null } },
  { text: "he figured out my full name and address from my profile", expect: { behaviours: ['tracking'] } },
  { text: "a necklace arrived at my flat with no name on it", expect: { behaviours: ['itemsLeft'] } },
  { text: "nasty cards keep coming through the post", expect: { behaviours: ['itemsLeft'] } },
  { text: "my new passport arrived", expect: { behaviours: null } },
  { text: "he gobbed right over my windscreen", expect: { behaviours: ['other'] } },
  { text: "the lads on the corner scream things at me every time i pass", expect: { behaviours: ['other'] } },
  { text: "the baby was screaming and things got on top of me", expect: { behaviours: null } },
  { text: "she keeps dragging my bins into the middle of the road", expect: { behaviours: ['other'] } },
  { text: "he blocks my driveway with his lorry", expect: { behaviours: ['other'] } },
  { text: "i put my bins out on a tuesday", expect: { behaviours: null } },
  { text: "he finally blocked me in the end", expect: { behaviours: null } },
  // who: the one who is the subject of their clause when nobody else is named; possessive chains; people words
  { text: "my girlfriend says if i go out with my mates she'll smash my phone", expect: { relationship: 'partner' } },
  { text: "my girlfriend says i should ring you", expect: { relationship: null } },
  { text: "I am 80 and my husband of fifty years has started reading all my post", expect: { relationship: 'partner' } },
  { text: "I am 80 and my husband says I should ring you", expect: { relationship: null } },
  { text: "I manage a pub and one of our regulars, a quiet lad, has started waiting for me", expect: { relationship: 'workOrStudy' } },
  { text: "my sister in law is furious because I left my wife and she keeps texting me", expect: { relationship: 'family' } },
  { text: "my mum's old cleaner keeps asking her for cash. Mum has dementia", expect: { relationship: 'someoneElse' } },
  { text: "my wife's mate keeps sending me messages", expect: { relationship: 'someoneElse' } },
  { text: "my wife keeps sending me messages", expect: { relationship: 'partner' } },
  { text: "one of the dads from my daughter's nursery has been shouting at me. she says im spoiling my daughter", expect: { relationship: 'someoneElse' } },
  { text: "a lass on tiktok keeps duetting my videos", expect: { relationship: 'metOnline' } },
  { text: "a kid from roblox keeps messaging me", expect: { relationship: 'metOnline' } },
  { text: "the chap over the road keeps filming my house", expect: { relationship: 'neighbour' } },
  { text: "the boys who live on our close keep kicking balls at my car", expect: { relationship: 'neighbour' } },
  { text: "a nurse i work alongside keeps messaging me", expect: { relationship: 'workOrStudy' } },
  { text: "a nurse keeps messaging me", expect: { relationship: null } },
  { text: "me and the weans dad split last year and he keeps texting", expect: { relationship: 'exPartner' } },
  { text: "an anon account keeps posting about me. might be a lad from work but i dont know", expect: { relationship: 'unknown' } },
  { text: "i think it's a lad from work, he keeps staring at me", expect: { relationship: 'workOrStudy' } },
  { text: "my sun keeps texting me for money", expect: { relationship: 'family' } },
  // damage to the glass or door said with "the"; threats sent; Scots "slowin doon"
  { text: "she's cracked the windscreen again", expect: { behaviours: ['propertyDamage'] } },
  { text: "i cracked the windscreen reversing", expect: { behaviours: null } },
  { text: "he keeps sending me threats", expect: { behaviours: ['messages', 'threats'] } },
  { text: "a van keeps slowin down next to me when i walk to work", expect: { behaviours: ['following'] } },
  // batch 13-16 kinds, in other words. Things left said as written, posted, handed in, found on coming home, never
  // ordered, a pizza sent, a bag of their things, notes on the motor; unordered parcels arriving are no visit
  { text: "she keeps writing me poems and leaving them at reception", expect: { behaviours: ['itemsLeft'] } },
  { text: "she wrote a letter to my manager", expect: { behaviours: ['contactingOthers'] } },
  { text: "he posted a package to my mum's with my old jumper in it", expect: { behaviours: ['itemsLeft'] } },
  { text: "I posted a parcel to my sister", expect: { behaviours: null } },
  { text: "a man handed in a card for me at the front desk", expect: { behaviours: ['itemsLeft'] } },
  { text: "I woke up to a teddy bear tied to the gate", expect: { behaviours: ['itemsLeft'] } },
  { text: "I came home to an empty flat", expect: { behaviours: null } },
  { text: "boxes we never ordered keep turning up", expect: { behaviours: ['itemsLeft'] } },
  { text: "the parcels i ordered keep arriving late", expect: { behaviours: null } },
  { text: "someone sent three pizzas to my work", expect: { behaviours: ['itemsLeft'] } },
  { text: "he left a bin bag of my stuff in the hall", expect: { behaviours: ['itemsLeft'] } },
  { text: "she keeps putting notes on my motor", expect: { behaviours: ['itemsLeft'] } },
  // control said as not letting them see their people; sitting beside them on purpose
  { text: "he never lets me visit my sisters", expect: { behaviours: ['other'] } },
  { text: "he never lets me pay for dinner", expect: { behaviours: null } },
  { text: "this man keeps sitting right beside me in the canteen", expect: { behaviours: ['other'] } },
  { text: "my friend sat beside me at the meeting", expect: { behaviours: null } },
  // telling everyone something about them (not a threat to tell); a profile made with their pictures
  { text: "he tells everybody that i'm a thief", expect: { behaviours: ['contactingOthers'] } },
  { text: "i told everyone i was fine", expect: { behaviours: null } },
  { text: "there's an account on bumble with my holiday photos", expect: { behaviours: ['socialMedia'] } },
  { text: "my account has my photos on it", expect: { behaviours: null } },
  // threats said as what follows a report, or what they will lose
  { text: "she said if i report it to anyone she'll come for my kids", expect: { behaviours: ['threats'] } },
  { text: "if i go to the police they won't believe me", expect: { behaviours: null } },
  { text: "my supervisor messaged that i'm going to lose my job if i complain", expect: { behaviours: ['messages', 'threats'] } },
  // who: a neighbour said as "wifey upstairs"; a partner who has left; a bystander partner "at work" or who "just says"
  { text: "the wifey downstairs keeps banging on my ceiling", expect: { relationship: 'neighbour' } },
  { text: "wifey keeps reading my texts", expect: { relationship: 'partner' } },
  { text: "my husband of thirty years walked out in march and now he rings my work", expect: { relationship: 'exPartner' } },
  { text: "my boyfriend moved out of his flat and keeps reading my texts", expect: { relationship: 'partner' } },
  { text: "my stepbrother keeps turning up when my husband's at work", expect: { relationship: 'family' } },
  { text: "my cousin sends me horrible texts and my wife just says block him", expect: { relationship: 'family' } },
  // tracking said as knowing where they had been
  { text: "she knew i was at the dentist that morning", expect: { behaviours: ['tracking'] } },
  { text: "she knew i was upset", expect: { behaviours: null } },
  // batch 17 kinds, in other words. How often: a count with a plus, days of the week as a habit (not the writer's own
  // week), a count last week (and "last week" still dates it), the Nth time this month, each time not a count so far
  { text: "she emails me 15+ times a day", expect: { behaviours: ['emails'], frequency: freq('severalDaily', false, 15, 'day') } },
  { text: "he follows me home mondays and fridays", expect: { behaviours: ['following'], frequency: freq('fewWeekly', true) } },
  { text: "she turns up on Saturdays", expect: { behaviours: ['turningUp'], frequency: freq('fewWeekly', true) } },
  { text: "I work Mondays and Fridays", expect: { frequency: null } },
  { text: "he was outside my flat twice last week", expect: { behaviours: ['turningUp'], frequency: freq('fewWeekly', true), startedOn: date('2026-11-16', true, 'thisMonth') } },
  { text: "it's the 4th time this month he's slashed my tyres", expect: { behaviours: ['propertyDamage'], frequency: freq('fewWeekly', false, 4, 'month') } },
  { text: "it's the 3rd time this month he's slashed my tyres", expect: { behaviours: ['propertyDamage'], frequency: freq('occasional', false, 3, 'month') } },
  { text: "a handful of times a month", expect: { frequency: freq('occasional', true) } },
  { text: "he rings me 40 times in a row when I don't answer", expect: { behaviours: ['calls'], frequency: null } },
  { text: "he checks my location on snap map all the time", expect: { behaviours: ['tracking'], frequency: freq('severalDaily', true) } },
  { text: "I'm scared all the time", expect: { frequency: null } },
  { text: "it stopped in the summer, nothing has happened since august", expect: { frequency: freq('stopped', false), startedOn: null } },
  // when it started: their own break-up named as the start
  { text: "it started when i finished with him 2 weeks ago", expect: { relationship: 'exPartner', startedOn: date('2026-11-14', false, 'thisMonth') } },
  // what they do: likes on old videos, coming in to where they work to see them, things received, an emoji, photos
  // taken from outside; emailing other people is emails too (blind writers label it so, 10 to 5)
  { text: "he liked all my old reels", expect: { behaviours: ['socialMedia'] } },
  { text: "a regular comes into the cafe every day just to see me", expect: { relationship: 'workOrStudy', behaviours: ['turningUp'], frequency: freq('daily', false) } },
  { text: "i keep getting cards with no name", expect: { relationship: 'unknown', behaviours: ['itemsLeft'] } },
  { text: "I got a letter from the council", expect: { behaviours: null } },
  { text: "he sent me a winking emoji", expect: { behaviours: ['messages'] } },
  { text: "a bloke sits in his car opposite and takes pictures.", expect: { relationship: 'stranger', behaviours: ['other'] } },
  { text: "she took pictures at my wedding", expect: { behaviours: null } },
  { text: "she keeps emailing my sister", expect: { behaviours: ['emails', 'contactingOthers'] } },
  // who: a husband or wife they separated from; a man seen, said without "a"
  { text: "me and my wife separated in june and she keeps texting", expect: { relationship: 'exPartner', behaviours: ['messages'] } },
  { text: "Bloke in a red car follows me to work. no idea who he is.", expect: { relationship: 'stranger', behaviours: ['following'] } },
  // batch 18-19 kinds, in other words. Dialect "me"/"ma" for "my" and an in-law without the possessive
  { text: "me nephew keeps coming round for money", expect: { relationship: 'family', behaviours: ['turningUp'] } },
  { text: "ma boyfriend keeps checkin ma phone", expect: { relationship: 'partner', behaviours: ['tracking'] } },
  { text: "my wife brother keeps calling me", expect: { relationship: 'family', behaviours: ['calls'] } },
  // how often: the Nth time since, named days with "every", a weekly day of their own, "the calls are constant", "sometimes 10
  // times" on a daily habit, a time of night after "every night"; a stop said with the contact left out (not a visit only)
  { text: "he's turned up the third time since Easter", expect: { behaviours: ['turningUp'], frequency: freq('occasional', true), startedOn: date('2026-04-05', false, 'fewMonths') } },
  { text: "he turns up every tues and thurs night", expect: { behaviours: ['turningUp'], frequency: freq('fewWeekly', true) } },
  { text: "she comes round every bin day", expect: { behaviours: ['turningUp'], frequency: freq('fewWeekly', true, 1, 'week') } },
  { text: "the calls are constant", expect: { behaviours: ['calls'], frequency: freq('severalDaily', true) } },
  { text: "he rings most days, sometimes 10 times", expect: { behaviours: ['calls'], frequency: freq('severalDaily', true) } },
  { text: "he bangs on the door every night after 10", expect: { behaviours: ['turningUp'], frequency: freq('daily', false) } },
  { text: "he hasn't since the police had a word", expect: { frequency: freq('stopped', false) } },
  { text: "he hasn't been round since june but the letters still come", expect: { frequency: null, startedOn: date('2026-06-01', true, 'fewMonths') } },
  // days of the nations: the Twelfth, the tattie holidays (not "the twelfth of March")
  { text: "it started after the twelfth", expect: { startedOn: date('2026-07-12', false, 'fewMonths') } },
  { text: "since the tattie holidays", expect: { startedOn: date('2026-10-12', true, 'fewMonths') } },
  { text: "the twelfth of March", expect: { startedOn: date('2026-03-12', false, 'fewMonths') } },
  // who: someone they "used to go with", an ex's new partner or a named person's ex, the writer's fellow workers, a passenger;
  // "somebody's", a relative "down in London" who "thinks", a child "in year 6", things with "no name" or "no card"
  { text: "a lad I used to go with keeps texting", expect: { relationship: 'exPartner', behaviours: ['messages'] } },
  { text: "my ex's new bird keeps ringing me", expect: { relationship: 'someoneElse', behaviours: ['calls'] } },
  { text: "our Jodie's ex keeps messaging me", expect: { relationship: 'someoneElse', behaviours: ['messages'] } },
  { text: "one of the other nurses keeps texting me", expect: { relationship: 'workOrStudy', behaviours: ['messages'] } },
  { text: "a passenger keeps messaging me", expect: { relationship: 'workOrStudy', behaviours: ['messages'] } },
  { text: "he was in the passenger seat", expect: { relationship: null } },
  { text: "Somebody's been ringing me and hanging up", expect: { relationship: 'unknown', behaviours: ['calls'] } },
  { text: "My son down in London thinks it's kids", expect: { relationship: null } },
  { text: "my daughter's in year 6 and a mum keeps shouting at me", expect: { relationship: null, behaviours: ['other'] } },
  { text: "flowers on my step, no card", expect: { relationship: 'unknown' } },
  // what: threatening letters, rubbish left at the door, things found damaged, put on a group, new accounts, on snap map, an
  // app put on their phone, a picture of their street sent to them, seen on their way, others contacted, money or else
  { text: "hateful letters, no name", expect: { relationship: 'unknown' } },
  { text: "anonymous letters keep coming", expect: { behaviours: ['itemsLeft'] } },
  { text: "he put his rubbish at my door", expect: { behaviours: ['itemsLeft'] } },
  { text: "I put my rubbish out", expect: { behaviours: null } },
  { text: "I keep finding my fence kicked in", expect: { behaviours: ['propertyDamage'] } },
  { text: "she put me on the local group", expect: { behaviours: ['socialMedia'] } },
  { text: "she made like 5 new accounts", expect: { behaviours: ['socialMedia'] } },
  { text: "he had me on snap map", expect: { behaviours: ['tracking'] } },
  { text: "he put an app on my phone", expect: { behaviours: ['tracking'] } },
  { text: "I put an app on my phone", expect: { behaviours: null } },
  { text: "he sent me a pic of my street", expect: { behaviours: ['messages', 'tracking'] } },
  { text: "she posted a pic of my street", expect: { behaviours: null } },
  { text: "I keep seeing him when I walk to work", expect: { behaviours: ['following'] } },
  { text: "my mums had calls off him", expect: { behaviours: ['contactingOthers'] } },
  { text: "he's been dming girls i know", expect: { behaviours: ['messages', 'contactingOthers'] } },
  { text: "pay £200 or i send them to your mum", expect: { behaviours: ['threats'] } },
  { text: "my landlord comes in my room when I'm out", expect: { relationship: 'someoneElse', behaviours: ['turningUp', 'other'] } },
  // batch 20-21 kinds, in other words. When: a couple's years together are no start; the event, then its date; a day and
  // month "last year"; "in my year" is a school year, not this year. How often: four since a day is about weekly; a stop
  // after "it started ... and"; the police's "nothing since" is no stop; a count "of them since"
  { text: "we were together 6 years. since she moved out in the summer she posts about me", expect: { relationship: 'exPartner', behaviours: ['socialMedia'], startedOn: date('2026-06-01', true, 'fewMonths') } },
  { text: "its been since our wedding, 14th June last year", expect: { startedOn: date('2025-06-14', false, 'overYear') } },
  { text: "since the 3rd of may last year", expect: { startedOn: date('2025-05-03', false, 'overYear') } },
  { text: "a girl in my year keeps messaging me", expect: { relationship: 'workOrStudy', behaviours: ['messages'], startedOn: null } },
  { text: "he keyed my car, the fourth time since Halloween", expect: { behaviours: ['propertyDamage'], frequency: freq('fewWeekly', true), startedOn: date('2026-10-31', false, 'thisMonth') } },
  { text: "it started in june and stopped after he was arrested", expect: { frequency: freq('stopped', false), startedOn: date('2026-06-01', true, 'fewMonths') } },
  { text: "i think they've stopped, nothing for 3 weeks", expect: { frequency: freq('stopped', false), startedOn: null } },
  { text: "he smashed my window. police took a statement but nothing since", expect: { behaviours: ['propertyDamage'], frequency: null } },
  { text: "14 of them since October", expect: { frequency: freq('fewWeekly', true) } },
  { text: "i must have blocked 30 of them", expect: { frequency: null } },
  // what: graffiti on their things, letters to them, a photo or video sent, a comment quoted, added on every platform, ringing
  // their family's house asking for them, "you're next", a photo in underwear shared, a fake OnlyFans, rubbish thrown in
  { text: "he wrote 'liar' on my car in paint", expect: { behaviours: ['propertyDamage'] } },
  { text: "she keeps writing letters to me", expect: { behaviours: ['itemsLeft'] } },
  { text: "he sent me a video of it", expect: { behaviours: ['messages'] } },
  { text: "I sent him a video of it", expect: { behaviours: null } },
  { text: "she commented 'nice dress' on all my pics", expect: { behaviours: ['socialMedia'] } },
  { text: "he's added me on every platform", expect: { behaviours: ['socialMedia'] } },
  { text: "keeps ringing my mum's house asking for me", expect: { behaviours: ['calls', 'contactingOthers'] } },
  { text: "he told me to my face you're next", expect: { behaviours: ['threats'] } },
  { text: "he shared a photo of me in my underwear", expect: { behaviours: ['imageSharing'] } },
  { text: "there's a fake onlyfans with my face", expect: { behaviours: ['socialMedia', 'imageSharing'] } },
  { text: "they threw rubbish and a dead rat into my garden", expect: { behaviours: ['itemsLeft'] } },
  // who: "I think somebody has", "girls in my year"
  { text: "I think somebody has been in my shed", expect: { relationship: 'unknown' } },
  { text: "girls in my year keep posting about me", expect: { relationship: 'workOrStudy', behaviours: ['socialMedia'], startedOn: null } },
  // batch 22-23 kinds, in other words. Who: people named who help (noticed him, wants me to go to HR, has started staying
  // over because..., has been really supportive) are bystanders, not the one doing it; one who only stays over is not
  { text: "A lad at work keeps texting me. My partner Tom wants me to go to HR", expect: { relationship: 'workOrStudy', behaviours: ['messages'] } },
  { text: "a man keeps following me from the station. My friend Aisha noticed him first", expect: { relationship: 'stranger', behaviours: ['following'] } },
  { text: "my landlord keeps texting me at night. My boyfriend has started staying over because I don't feel safe", expect: { relationship: 'someoneElse', behaviours: ['messages'] } },
  { text: "someone keeps emailing me. My manager has been really supportive", expect: { relationship: 'unknown', behaviours: ['emails'] } },
  { text: "my flatmate's boyfriend stays over a lot and keeps coming into my room", expect: { relationship: 'someoneElse' } },
  { text: "my dad found out im gay and hes going to kill me", expect: { relationship: 'family', behaviours: ['threats'] } },
  { text: "he found my sister on instagram and messaged her", expect: { relationship: null, behaviours: ['socialMedia', 'contactingOthers'] } },
  { text: "girl from my year keeps posting about me", expect: { relationship: 'workOrStudy', behaviours: ['socialMedia'] } },
  { text: "a van is parked outside with a man in it. I don't recognise him", expect: { relationship: 'stranger' } },
  { text: "one viewer keeps sending me parcels", expect: { relationship: 'metOnline', behaviours: ['itemsLeft'] } },
  // what: appearing wherever they are, knowing where they'll be, "say I will pay", signing their email up, looking in their
  // windows, adding them on everything, images threatened are a threat too; when: "split in May. Ever since, ..."
  { text: "he keeps appearing wherever I am", expect: { behaviours: ['following', 'turningUp'] } },
  { text: "he keeps turning up wherever I am", expect: { behaviours: ['turningUp'] } },
  { text: "she seems to know where I'll be", expect: { behaviours: ['tracking'] } },
  { text: "the letters say I will pay", expect: { behaviours: ['threats'] } },
  { text: "I will pay the fine", expect: { behaviours: null } },
  { text: "she signed my email up to dating sites", expect: { behaviours: ['other'] } },
  { text: "he keeps looking in my windows", expect: { behaviours: ['other'] } },
  { text: "she keeps adding me on everything", expect: { behaviours: ['socialMedia'] } },
  { text: "he says he'll post my nudes", expect: { behaviours: ['threats', 'imageSharing'] } },
  { text: "we split in May. Ever since, she keeps messaging me", expect: { relationship: 'exPartner', behaviours: ['messages'], startedOn: date('2026-05-01', true, 'fewMonths') } },
  // batch 24-25 kinds, in other words. Others contacted: written to as well, found on a platform and written to, a
  // professional told about them, their workplace tagged, things passed through a friend
  { text: "she writes letters to me and to my daughter", expect: { behaviours: ['itemsLeft', 'contactingOthers'] } },
  { text: "he found my sister on facebook and is messaging her", expect: { behaviours: ['socialMedia', 'contactingOthers'] } },
  { text: "she told the health visitor I'm not coping", expect: { behaviours: ['contactingOthers'] } },
  { text: "I told the health visitor I'm not coping", expect: { behaviours: null } },
  { text: "she keeps tagging the salon I work at", expect: { behaviours: ['contactingOthers'] } },
  { text: "he sends me stuff through my pal", expect: { behaviours: ['itemsLeft', 'contactingOthers'] } },
  // who: silent calls are unknown; a neighbour who got his reg and a husband who won't say anything are bystanders; the
  // manager they reported is the one doing it
  { text: "the calls come and nobody speaks", expect: { relationship: 'unknown', behaviours: ['calls'] } },
  { text: "a man keeps parking outside. My neighbour managed to get his reg", expect: { relationship: 'stranger', behaviours: ['turningUp'] } },
  { text: "my mother in law rings me daily. My husband won't say anything to her", expect: { relationship: 'family', behaviours: ['calls'], frequency: freq('daily', false) } },
  { text: "I reported my manager and now he keeps emailing me", expect: { relationship: 'workOrStudy', behaviours: ['emails'] } },
  // how often: most afternoons, before that (the stop wins), every shift with how many a week after it; when: a duration
  // said first ("Six month this has gone on")
  { text: "it happens most afternoons", expect: { frequency: freq('daily', true) } },
  { text: "it's stopped now, but before that he was texting all day", expect: { behaviours: ['messages'], frequency: freq('stopped', false) } },
  { text: "he comes in every shift I do (3 a week)", expect: { behaviours: ['turningUp'], frequency: freq('fewWeekly', true, 3, 'week') } },
  { text: "Six month this has gone on", expect: { startedOn: date('2026-05-28', true, 'fewMonths') } },
  // what: a note on their bed, writing to them on a platform, their phone thrown, waiting at pick up, hanging around their
  // desk, images threatened unless they pay are a threat too
  { text: "once there was a note on my bed", expect: { behaviours: ['itemsLeft'] } },
  { text: "he write to me on facebook every day", expect: { behaviours: ['messages', 'socialMedia'], frequency: freq('daily', false) } },
  { text: "she threw my phone and cracked the screen", expect: { behaviours: ['propertyDamage'] } },
  { text: "she waits for me at pick up", expect: { behaviours: ['following', 'turningUp'] } },
  { text: "he keeps hanging around my desk", expect: { behaviours: ['turningUp'] } },
  { text: "they've got a video and will send it unless I pay", expect: { behaviours: ['threats', 'imageSharing'] } },
  // batch 26-27 kinds (dates), in other words: "the next day" after a named date; "since the divorce" named again (not
  // when it has its own date); "the next farm" is a place; "2 months since it started"; the Christmas rota is no Christmas;
  // the writer's own years ("part of a forum for years") and an age ("13 year old") are no start
  { text: "We split on the 22nd of August and it started the next day", expect: { relationship: 'exPartner', startedOn: date('2026-08-22', false, 'fewMonths') } },
  { text: "We divorced in March. Since the divorce went through he has been posting about me", expect: { relationship: 'exPartner', behaviours: ['socialMedia'], startedOn: date('2026-03-01', true, 'fewMonths') } },
  { text: "We separated in 2023 but since the divorce came through on 9th April she's been texting me", expect: { relationship: 'exPartner', behaviours: ['messages'], startedOn: date('2026-04-09', false, 'fewMonths') } },
  { text: "the man on the next farm has had it in for us for 2 years", expect: { startedOn: date('2024-11-28', true, 'overYear') } },
  { text: "he messages me every night. been about 2 months since it started", expect: { behaviours: ['messages'], frequency: freq('daily', false), startedOn: date('2026-09-28', true, 'fewMonths') } },
  { text: "he's been texting me since the Christmas rota went up three weeks ago", expect: { behaviours: ['messages'], startedOn: date('2026-11-07', false, 'thisMonth') } },
  { text: "I've been part of an online forum for years and she has been emailing me since about March", expect: { behaviours: ['emails'], startedOn: date('2026-03-01', true, 'fewMonths') } },
  { text: "ive had weird texts from unknown numbers for a couple weeks", expect: { relationship: 'unknown', startedOn: date('2026-11-14', true, 'thisMonth') } },
  // (their child said with an age is someone of theirs as "my son" is, since batch 165: contacting others, as blind
  // batches 110, 117 and 165 label it)
  { text: "a player has been messaging my 13 year old son every day since half term", expect: { behaviours: ['contactingOthers'], frequency: freq('daily', false), startedOn: date('2026-10-26', true, 'fewMonths') } },
  // batch 28-29 kinds, in other words: the writer's own role ("I am a student") is not the one doing it; a workmate
  // without "a"; friends messaged with them ("me n my mates"; not "me and my mum", as batches 1 and 5 label it) or
  // others written to as well as their house; a relationship's length is no start; "the back end of summer"
  { text: "My landlord keeps texting me. I am a student from Nigeria", expect: { relationship: 'someoneElse', behaviours: ['messages'] } },
  { text: "he rings me and my mates every night", expect: { behaviours: ['calls', 'contactingOthers'], frequency: freq('daily', false) } },
  { text: "I've never met him but he messages me on insta every day", expect: { relationship: 'metOnline' } },
  { text: "bloke i used to work with keeps ringing me", expect: { relationship: 'workOrStudy', behaviours: ['calls'] } },
  { text: "im a student in halls, a lad off my course has been messaging loads", expect: { relationship: 'workOrStudy', behaviours: ['messages'] } },
  { text: "I'm a teacher. My neighbour keeps shouting at me", expect: { relationship: 'neighbour' } },
  { text: "ex keeps msging me n my mates on insta", expect: { relationship: 'exPartner', behaviours: ['messages', 'socialMedia', 'contactingOthers'] } },
  { text: "someone is sending letters to my house and to my employer", expect: { relationship: 'unknown', behaviours: ['itemsLeft', 'contactingOthers'] } },
  { text: "my ex, who I was with for 4 years, keeps emailing me", expect: { relationship: 'exPartner', behaviours: ['emails'], startedOn: null } },
  { text: "it's been going on since the back end of summer", expect: { startedOn: date('2026-08-31', true, 'fewMonths') } },
  // batch 30-31 kinds (who), in other words: the one doing it is named first and the people around them later
  // ("a woman I work with ... my wife believes me"); the rules' priority decides only between mentions close together
  // ("my ex, who I met on Tinder"); "someone" or "a man" gives way to an ex or someone met online named anywhere, and
  // to a mention said outright as who it is ("pretty sure it's the neighbour"; not what someone claims, "saying he's my
  // brother", or a mistake, "thinking it was the postman"); an aside at the start ("... lol. anyway") is not the one;
  // someone on their street is a neighbour
  { text: "A lad from my gym won't stop messaging me. My girlfriend thinks I should block him", expect: { relationship: 'stranger' } },
  { text: "a girl in my class keeps posting about me. my mum and dad are really worried", expect: { relationship: 'workOrStudy' } },
  { text: "Our landlord keeps leaving notes on my door. My husband is livid", expect: { relationship: 'someoneElse' } },
  { text: "My ex, who I met on Hinge, keeps ringing me", expect: { relationship: 'exPartner' } },
  { text: "Somebody keeps letting my tyres down. I'm certain it's my ex husband", expect: { relationship: 'exPartner' } },
  { text: "someone put a dead bird through my letterbox, I reckon it's the family at number 9", expect: { relationship: 'neighbour' } },
  // (a voice on the phone said first as "a man": who it is not known, as all five blind stories with it say, since batch 189)
  { text: "A man keeps ringing my mobile. My sister has been brilliant", expect: { relationship: 'unknown' } },
  { text: "someone keeps posting lies about me online. my brother is furious", expect: { relationship: 'unknown' } },
  { text: "my ex turned up at the hospital telling the nurses he's my husband", expect: { relationship: 'exPartner' } },
  { text: "a man keeps knocking, I opened the door thinking it was my neighbour", expect: { relationship: 'stranger' } },
  { text: "my dad will go mad if he sees my phone bill haha. anyway a guy off Tinder keeps texting me", expect: { relationship: 'metOnline' } },
  { text: "my sister keeps borrowing my charger, so I'll be quick. my ex keeps emailing me", expect: { relationship: 'exPartner' } },
  { text: "My brother has been texting me threats since Easter, calling me names and saying he'll smash my windows in. Anyway my neighbour has been kind", expect: { relationship: 'family' } },
  { text: "a woman on our road keeps shouting at my kids", expect: { relationship: 'neighbour' } },
  { text: "a woman on my course keeps shouting at me", expect: { relationship: 'workOrStudy' } },
  // batch 30-31 kinds (how often, when, what), in other words: a daily habit with its peaks ("every day, sometimes ten
  // or more"; not "sometimes two hours"); a count in one day ("rang 47 times yesterday") is several a day and leaves the
  // day a date; "the start of this school year"; "since we moved in, October last year"; treats left for them (not by
  // the writer); sent to them in a group chat (not posted there about them); "next time it'll be you"
  { text: "she emails me every day, sometimes fifteen or more", expect: { frequency: freq('severalDaily', true) } },
  { text: "he's outside every night, sometimes three hours at a time", expect: { frequency: freq('daily', false) } },
  { text: "she sent 30 messages last night", expect: { frequency: freq('severalDaily', true) } },
  { text: "ever since the start of this school year he's been picking on my son", expect: { startedOn: date('2026-09-03', true, 'fewMonths') } },
  { text: "they've had it in for me since I moved in, March last year", expect: { startedOn: date('2025-03-01', true, 'overYear') } },
  { text: "he keeps leaving chocolates on my car", expect: { behaviours: ['itemsLeft'] } },
  { text: "I left sweets on the wall for the kids next door", expect: { behaviours: null } },
  { text: "he messages me all the time in the football group chat", expect: { behaviours: ['messages'] } },
  { text: "he said next time it will be me that gets hurt", expect: { behaviours: ['threats'] } },
  // a break-up that opens a first phase is the start, not the getting worse after it
  { text: "we split up in April. at first it was just a few texts but since September it's got much worse", expect: { startedOn: date('2026-04-01', true, 'fewMonths') } },
  { text: "we split up in April and since September it's got much worse", expect: { startedOn: date('2026-09-01', true, 'fewMonths') } },
  // batch 32-33 kinds, in other words: their job said to be at risk; "you'll end up in the canal" said by them (not the
  // writer's own "I'll end up in hospital"); others turned against them or told something about them at work; "not
  // allowed to see my friends"; "since the summer hols ended"; "all the day"; "N weeks in a row"; "was with Dean for 5 years"
  { text: "she keeps hinting my job isn't safe if I report her", expect: { behaviours: ['threats'] } },
  { text: "he texted that I'd end up in the canal", expect: { behaviours: ['messages', 'threats'] } },
  { text: "I'll end up in hospital with the stress of it", expect: { behaviours: null } },
  { text: "she's turned half the office against me", expect: { behaviours: ['contactingOthers'] } },
  { text: "he told my manager I was a liar", expect: { behaviours: ['contactingOthers'] } },
  { text: "I told my manager I was scared", expect: { behaviours: null } },
  { text: "we're not allowed to see our friends without him", expect: { behaviours: ['other'] } },
  { text: "ever since the summer holidays finished she's been posting about me", expect: { startedOn: date('2026-09-03', true, 'fewMonths') } },
  { text: "she ring me all the day", expect: { frequency: freq('severalDaily', true) } },
  { text: "a card through the door every Friday, this is four weeks in a row", expect: { startedOn: date('2026-10-31', false, 'thisMonth') } },
  { text: "I was with Dean for 5 years and left him in March. since then he messages me", expect: { startedOn: date('2026-03-01', true, 'fewMonths') } },
  // Snapchat messages said as a verb ("keeps snapping me"; not "snapped me in half"); at the stop they use
  { text: "this girl from my course snaps me every single night", expect: { behaviours: ['messages'] } },
  { text: "he nearly snapped me in half with that hug", expect: { behaviours: null } },
  { text: "a lad from the year above stands at my bus stop every morning", expect: { behaviours: ['turningUp'] } },
  { text: "I wait at my bus stop on my own", expect: { behaviours: null } },
  // batch 34-35 kinds, in other words: control of money, keys, passwords and whom they see ("she's got my bank card",
  // "controls all the money", "has my email password", "decides who I can see", "took money out of my account"; not the
  // writer's own "I have my bank card"); veiled threats ("it'd be a shame if something happened to your car", "I know what
  // time you leave work", "she'll be sorry"); money demanded for images said as "unless I send him £200"
  { text: "my partner has got all my bank cards and my passport", expect: { relationship: 'partner', behaviours: ['other'] } },
  { text: "he controls all of the money in our house", expect: { behaviours: ['other'] } },
  { text: "I have my bank card back now", expect: { behaviours: null } },
  { text: "she decides who I can see and when", expect: { behaviours: ['other'] } },
  { text: "my nephew took money from my pension account again", expect: { relationship: 'family', behaviours: ['other'] } },
  { text: "he said it'd be a shame if something happened to your car", expect: { behaviours: ['threats'] } },
  { text: "the note said I know what time you leave work", expect: { behaviours: ['tracking', 'threats'] } },
  { text: "unless I send him £200 he will post the video", expect: { behaviours: ['threats', 'imageSharing'] } },
  // at their home or work in other words ("comes in whenever she likes", "parked on my road", "she's outside again", "been
  // at my work"; not "he's outside the pub"); left on their car, brought to the door or arriving ("a note under my
  // wiper", "turned up with flowers", "another letter came"); appearing wherever they go is following (not "turns up
  // wherever I am": turning up)
  { text: "my mother in law has a key and comes in whenever she likes", expect: { relationship: 'family', behaviours: ['turningUp'] } },
  { text: "I keep seeing his van parked on my road", expect: { behaviours: ['turningUp'] } },
  { text: "she's outside again, just standing there", expect: { behaviours: ['turningUp'] } },
  { text: "my husband's outside the pub having a smoke", expect: { behaviours: null } },
  { text: "there was another note under my wiper this morning", expect: { behaviours: ['itemsLeft'] } },
  { text: "he turned up at my flat with flowers", expect: { behaviours: ['turningUp', 'itemsLeft'] } },
  { text: "another letter came today", expect: { behaviours: ['itemsLeft'] } },
  { text: "he keeps appearing wherever I go", expect: { behaviours: ['following', 'turningUp'] } },
  { text: "he turns up wherever I am", expect: { behaviours: ['turningUp'] } },
  // batch 36-37 kinds: neighbours by doors away or what they live next to; at their door, gate or window ("my ex is at the
  // school gates every morning"; not the writer's own "I'm at the school gates"); coming to their stall; a dropped-g
  // "threatnin"; dead lambs at the gate
  { text: "the woman three doors down keeps reporting me to the council", expect: { relationship: 'neighbour' } },
  { text: "the couple next to our farm keep blocking the lane", expect: { relationship: 'neighbour' } },
  { text: "my ex partner is at my front door again", expect: { relationship: 'exPartner', behaviours: ['turningUp'] } },
  { text: "I'm at the school gates waiting for my son", expect: { behaviours: null } },
  { text: "she keeps coming to my counter at the bank just to stare", expect: { behaviours: ['turningUp'] } },
  { text: "hes been threatnin my mum", expect: { behaviours: ['threats', 'contactingOthers'] } },
  { text: "someone keeps leaving dead pigeons by my door", expect: { relationship: 'unknown', behaviours: ['itemsLeft'] } },
  // batch 38-39 kinds, in other words: a neighbour by the house they moved into (not the writer's own move); a
  // withheld caller said as "no number showing" or a burner; someone met once at an event; the ex who was sent the
  // images is not the one doing it; the writer's own hyphenated job before a client; damage to a part of their car said
  // with "the"; a threat to put their windows in; hanging around at their places; messages sent to their people; an
  // image altered to look naked; found where they hid; what time they came in; reviews (posts that harass: socialMedia and other); following on foot (not on a
  // platform); what they depend on made conditional; at the door of one of their people
  { text: "the woman who moved into the flat above has been banging on my ceiling at night", expect: { relationship: 'neighbour' } },
  { text: "we moved into the flat above the shop and my ex found out where", expect: { relationship: 'exPartner' } },
  { text: "my phone rings every night with no number showing", expect: { relationship: 'unknown', behaviours: ['calls'] } },
  { text: "they're messaging me off a burner account", expect: { relationship: 'unknown' } },
  { text: "my ex rings with no number showing", expect: { relationship: 'exPartner' } },
  { text: "I met a woman at a wedding on 6 June, we spoke for ten minutes and now she emails me daily", expect: { relationship: 'stranger', startedOn: date('2026-06-06', false, 'fewMonths') } },
  { text: "I met my ex at a party in 2015 and since we split in March he calls me", expect: { relationship: 'exPartner', startedOn: date('2026-03-01', true, 'fewMonths') } },
  { text: "my flatmate found the photos I sent my ex and says she'll show everyone", expect: { relationship: 'someoneElse' } },
  { text: "my ex still has the photos I sent him and says he'll post them", expect: { relationship: 'exPartner' } },
  { text: "I'm a self-employed plumber and a customer I fell out with keeps ringing me", expect: { relationship: 'workOrStudy' } },
  { text: "she's keyed the paintwork and snapped the wipers", expect: { behaviours: ['propertyDamage'] } },
  { text: "I scratched the paintwork reversing into a post", expect: { behaviours: null } },
  { text: "he said he'd put my windows in if I don't answer", expect: { behaviours: ['threats'] } },
  { text: "he's been hanging around at the school gates", expect: { behaviours: ['turningUp'] } },
  { text: "we were hanging around at the park after school", expect: { behaviours: null } },
  { text: "he sends my sister horrible messages about me", expect: { behaviours: ['messages', 'contactingOthers'] } },
  { text: "whenever I make a new friend she messages them", expect: { behaviours: ['contactingOthers'] } },
  { text: "someone edited a photo of me so it looks like I'm naked", expect: { behaviours: ['imageSharing'] } },
  { text: "I'm in a refuge and he's not supposed to know where I am", expect: { behaviours: ['tracking'] } },
  { text: "she always knows what time I got in", expect: { behaviours: ['tracking'] } },
  { text: "he found my car keys in the hall", expect: { behaviours: null } },
  { text: "she's been leaving bad reviews on my shop's page", expect: { behaviours: ['socialMedia', 'other'] } },
  { text: "a man was following me on my way home from the station", expect: { behaviours: ['following'] } },
  { text: "my manager says my contract depends on whether I go for drinks with him", expect: { behaviours: ['threats'] } },
  { text: "he turned up at my dad's house at midnight", expect: { behaviours: ['turningUp'] } },
  { text: "I was at my mum's house when he texted", expect: { behaviours: ['messages'] } },
  { text: "we split in June and the texts started a few weeks after", expect: { startedOn: date('2026-06-22', true, 'fewMonths') } },
  { text: "a few weeks after, I told the police", expect: { startedOn: null } },
  { text: "he was outside four nights this week", expect: { frequency: freq('fewWeekly', false, 4, 'week') } },
  { text: "since he moved out 2 months past", expect: { startedOn: date('2026-09-28', true, 'fewMonths') } },
  // batch 40-41 kinds, in other words: a threat shouted that they would be sorry (not the writer's own "I said I'd be
  // sorry"), "next time it's you", their work made hard; letters written; knocking at their door; at one of their people's
  // homes said without "'s"; a word or their name shouted at them; a house said with a word before it; videos made on a
  // platform, added on every platform; a holiday's thing is no date; messages to their people, their images sent on to
  // them; someone at the place they work; "this boy in my year"; a rate per shift; images said
  // as rude; the teacher of one of their people
  { text: "she screamed at me that we'd regret it", expect: { behaviours: ['threats', 'other'] } },
  { text: "I said I would be sorry to leave the job", expect: { behaviours: null } },
  { text: "there was a note on the car saying next time its you", expect: { behaviours: ['itemsLeft', 'threats'] } },
  { text: "my team leader said she could make my probation really hard", expect: { behaviours: ['threats'] } },
  { text: "the snow could make my journey difficult", expect: { behaviours: null } },
  { text: "he's started writing letters to my work", expect: { behaviours: ['itemsLeft', 'contactingOthers'] } },
  { text: "I've been writing letters to the council about it", expect: { behaviours: null } },
  { text: "she bangs on my door at 2am", expect: { behaviours: ['turningUp'] } },
  { text: "he came to my sister house looking for me", expect: { behaviours: ['turningUp'] } },
  { text: "they shout 'freak' at me every time I walk past", expect: { behaviours: ['other'] } },
  { text: "the lads in the student house across the road keep egging my car", expect: { relationship: 'neighbour' } },
  { text: "she's making tiktoks about me", expect: { behaviours: ['socialMedia'] } },
  { text: "he keeps adding me on every platform", expect: { behaviours: ['socialMedia'] } },
  { text: "it started on Friday after the christmas market", expect: { startedOn: date('2026-11-27', false, 'thisWeek') } },
  { text: "it started after the christmas party at work", expect: { startedOn: date('2025-12-25', false, 'fewMonths') } },
  { text: "he's been sending messages to my mum asking about me", expect: { behaviours: ['messages', 'contactingOthers'] } },
  { text: "she's been sending them to people at my church", expect: { behaviours: ['contactingOthers'] } },
  { text: "a woman at the hospital where I work keeps messaging me", expect: { relationship: 'workOrStudy' } },
  { text: "a woman at the hospital keeps staring at me", expect: { relationship: 'stranger' } },
  { text: "this girl in my year keeps posting about me", expect: { relationship: 'workOrStudy' } },
  { text: "she texts me like 20 times a shift", expect: { frequency: freq('severalDaily', true, 20, 'day') } },
  { text: "he says he'll send my boss rude photos of me", expect: { behaviours: ['threats', 'imageSharing'] } },
  { text: "my daughter's PE teacher keeps texting her", expect: { relationship: 'workOrStudy' } },
  // batch 40-43 kinds, how often and when: a bare count since a date ("Three since Halloween", "6 or 7 since the start of
  // november") and a count the writer saw ("I've seen him outside twice since"; not the writer's own "I've called the
  // police twice since") are a rate over the time since; since an event of their life then its date ("since my husband
  // passed in April") dates the start (not how long they have been together)
  { text: "Nasty notes through the door. Three since Halloween.", expect: { frequency: freq('occasional', true), startedOn: date('2026-10-31', false, 'thisMonth') } },
  { text: "I've had five since my husband passed in April", expect: { frequency: freq('occasional', true), startedOn: date('2026-04-01', true, 'fewMonths') } },
  { text: "we've been together since we met in 2015", expect: { startedOn: null } },
  { text: "my ex has been fine since we split in january, it's his brother, since nov 1st", expect: { startedOn: date('2026-11-01', false, 'thisMonth') } },
  { text: "I saw her at the gym on Monday and I've seen her outside my flat twice since", expect: { frequency: freq('fewWeekly', true) } },
  { text: "I've called the police twice since", expect: { frequency: null } },
  // batch 42-43 kinds: "dont no" before more words; a habit after the shift; one of the people on their ward, shift or
  // course (not a thing there); a bare "Girl I used to be friends with" at the start
  { text: "i dont no the man but he waits by my car", expect: { relationship: 'stranger' } },
  { text: "she rings me every evening after the shift", expect: { frequency: freq('daily', false) } },
  { text: "a lad on my shift keeps messaging me", expect: { relationship: 'workOrStudy' } },
  { text: "there's a leak on my floor and the landlord won't fix it", expect: { relationship: 'someoneElse' } },
  { text: "Girl I used to be friends with keeps posting about me", expect: { relationship: 'someoneElse' } },
  // batch 44-45 kind: presence at a place of theirs said with any verb of coming or being there (he, she or they; not the
  // writer's own; not at a window or gate of their own)
  { text: "she came onto the site and screamed at me", expect: { behaviours: ['turningUp', 'other'] } },
  { text: "he landed at my work last week", expect: { behaviours: ['turningUp'] } },
  { text: "she's been on my doorstep twice", expect: { behaviours: ['turningUp'] } },
  { text: "he walked into reception asking for me", expect: { behaviours: ['turningUp'] } },
  { text: "he stands at the window filming me", expect: { behaviours: ['other'] } },
  { text: "he walks to the bus stop with me most mornings", expect: { behaviours: null } },
  { text: "he's been waiting at the bus stop outside my flat", expect: { behaviours: ['following', 'turningUp'] } },
  { text: "I was standing on my street waiting for a taxi", expect: { behaviours: null } },
  // batch 46-47 kinds (who): a possessive at the start with no "my"; neighbours by what they farm next to or the end of
  // their lane; "I don't know their names"; an account known only by its platform (a person there is met online); a
  // subject said by what it made after "and"; "one carer"
  { text: "Ex wife's new fella rings me every few days", expect: { relationship: 'someoneElse' } },
  { text: "the family at the end of our road keep parking across my drive", expect: { relationship: 'neighbour' } },
  { text: "Bloke farms next to us and keeps cutting my fences", expect: { relationship: 'neighbour' } },
  { text: "some teenagers, I don't know their names, keep throwing eggs at my car", expect: { relationship: 'stranger' } },
  { text: "there's this account on insta that comments on all my posts", expect: { relationship: 'unknown' } },
  { text: "a guy on insta keeps messaging me", expect: { relationship: 'metOnline' } },
  { text: "I'm new here and someone in my class made a group chat about me", expect: { relationship: 'workOrStudy' } },
  { text: "one carer at the home keeps turning up at my flat", expect: { relationship: 'someoneElse' } },
  // near misses found by a second reviewer of the evening's patterns (each read wrongly before its mend)
  { text: "Mum's boyfriend is lovely. My ex keeps texting her.", expect: { relationship: 'exPartner' } },
  { text: "The kids were at my mum's house when he rang", expect: { behaviours: ['calls'] } },
  { text: "She was at my sister's wedding", expect: { behaviours: null } },
  { text: "He's not supposed to know where I live and as far as I know he doesn't", expect: { behaviours: null } },
  { text: "I've forwarded them to my boss", expect: { behaviours: null } },
  { text: "I showed the texts to my mum asking if it was normal", expect: { behaviours: null } },
  { text: "I've been off work since my operation in March", expect: { startedOn: null } },
  { text: "My visa depends on me staying in this job", expect: { behaviours: null } },
  { text: "He told me we'd pay half each for the school trip", expect: { behaviours: null } },
  { text: "A stone cracked the windscreen", expect: { behaviours: null } },
  { text: "I met a guy at a party in 2019, we were together three years", expect: { startedOn: null } },
  { text: "he's following me on my new account", expect: { behaviours: ['socialMedia'] } },
  { text: "I do reels for my business", expect: { behaviours: null } },
  { text: "Next time it's you who has to ring them", expect: { behaviours: null } },
  // an ending of theirs just before a date dates the start like something they did (blind batches 50-53: a break-up,
  // a wedding called off, a carer let go, replies stopped), unless it was calm after it or began again later; "left"
  // only a partner, not a job
  { text: 'We called the engagement off in June and he leaves flowers at my door every week', expect: { startedOn: date('2026-06-01', true, 'fewMonths') } },
  { text: 'When I stopped replying in October she turned up at my gym', expect: { startedOn: date('2026-10-01', true, 'fewMonths') } },
  { text: 'Our cleaner kept coming round after we let her go in July', expect: { startedOn: date('2026-07-01', true, 'fewMonths') } },
  { text: 'I left my husband in May and he keeps ringing my mum', expect: { startedOn: date('2026-05-01', true, 'fewMonths') } },
  { text: 'We split up in 2019, it was all amicable, and last week he turned up drunk', expect: { startedOn: date('2026-11-16', true, 'thisMonth') } },
  // the same for a falling-out or a refusal of theirs (blind batches 54 and 55), and an ending said with no one named
  { text: 'I complained about her in July and now she rings me every day', expect: { startedOn: date('2026-07-01', true, 'fewMonths') } },
  { text: 'I turned him down in March and he keeps turning up at the gym', expect: { startedOn: date('2026-03-01', true, 'fewMonths') } },
  { text: "We fell out just after New Year over a party invite. Since then she's been posting about me", expect: { startedOn: date('2026-01-01', false, 'fewMonths') } },
  { text: "Finished 14/08. He's rung me 200+ times since", expect: { startedOn: date('2026-08-14', false, 'fewMonths') } },
  { text: 'We had a row in 2019 but we get on fine now', expect: { startedOn: null } },
  // property damage as one composition (blind batches 50-57): a damaging verb done to a thing of theirs, through a
  // part of it, the thing said with what was done to it, a thing thrown, put or poured onto it, a part giving way
  { text: 'he scratched the whole length of my van', expect: { behaviours: ['propertyDamage'] } },
  { text: 'she ripped up three of my dresses', expect: { behaviours: ['propertyDamage'] } },
  { text: "both our front tyres were let down and the dog's hutch was smashed", expect: { behaviours: ['propertyDamage'] } },
  { text: 'he dragged a key along the side of my motor', expect: { behaviours: ['propertyDamage'] } },
  { text: 'she poured paint stripper all over my car', expect: { behaviours: ['propertyDamage'] } },
  { text: 'he leaned on the gate until the hinges snapped', expect: { behaviours: ['propertyDamage'] } },
  { text: 'he booted me wing mirror clean off', expect: { behaviours: ['propertyDamage'] } },
  // near misses: the writer's own doing, a threat of it, an accident, a thing put somewhere, a car breaking down
  { text: 'I cut up my old bank cards', expect: { behaviours: null } },
  { text: "she says she'll smash my windscreen", expect: { behaviours: ['threats'] } },
  { text: 'the wind broke the fence panels last winter', expect: { behaviours: null } },
  { text: 'he put his foot in the door so I could not shut it', expect: { behaviours: null } },
  { text: 'my car broke down on the motorway', expect: { behaviours: null } },
  // threats reported as said, as one composition (blind batches 50-59): who said or sent it, then what it promised, in any
  // person; near misses: a joke about murder, a shift, the writer's own words
  does("the lad from the chippy told me he'll wait for me and break my jaw", ['threats']),
  does("someone left a card in the porch reading 'your days are numbered'", ['itemsLeft', 'threats']),
  does("she shouted that I'd be 'sorry' and slammed the gate", ['threats']),
  does('his mate messaged saying they know where my daughter works', ['messages', 'threats']),
  does('the comments say people like me should be shot', ['threats']),
  does("lol my nan said she'd murder me if I forgot her birthday", null),
  does('he said he would finish his shift at ten', null),
  // the people around them said more ways (blind batches 50-59): dialect possessives, a partner's family, professionals,
  // part of a group ("half the department", "people at chapel", "lads on my darts team"), "got on to"; near misses: the
  // writer's own intention, "me" before a word that only starts like "da"
  does('she keeps ringing me maw an ma pals', ['contactingOthers']),
  does("he's told half the department I'm unstable", ['contactingOthers']),
  does('she told people at chapel that we are engaged', ['contactingOthers']),
  does("he's been on to my landlord twice about me", ['contactingOthers']),
  does("she got on to my husband's family saying I'd left the kids", ['contactingOthers']),
  does('I meant to ring my social worker about it', null),
  does('he keeps ringing me daily', ['calls']),
  // being at a place of theirs as one composition (blind batches 50-61): a verb of being or coming somewhere, then near,
  // across from, at the end of or in the place; near misses: the writer's own, their own car, a visit to come, their room
  does('a woman has been sitting in her car at the end of my drive most nights', ['turningUp']),
  does('he keeps turning up near my accommodation', ['turningUp']),
  does('she comes into the cafe where I work and just stares', ['turningUp', 'other']),
  does('I keep seeing him outside my kids school', ['following', 'turningUp']),
  does("I'm stood at the bus stop", null),
  does('he says he is going to be waiting at the gym', null),
  does('my flatmate is standing at my bedroom door', null),
  // start dates (blind batches 56-61): how long said in a clause of its own after a comma, days of the church year, the
  // writer's estrangement as an ending, their own life's durations are not the start
  { text: 'my sister keeps ringing me, been about 5 weeks', expect: { startedOn: date('2026-10-24', true, 'fewMonths') } },
  { text: "Since Shrove Tuesday there's been a card through the door every week", expect: { startedOn: date('2026-02-17', false, 'fewMonths') } },
  { text: "I cut ties with my dad in July. Since then he's been emailing my boss", expect: { startedOn: date('2026-07-01', true, 'fewMonths') } },
  { text: "He parks by the gate most mornings. I've farmed here for 40 years", expect: { startedOn: null } },
  { text: 'no contact since june thank god', expect: { frequency: freq('stopped', false) } },
  // `other` (blind batches 56-63): remarks made to them where they meet, their way blocked, their things taken; near
  // misses: what messages say, a thing in the way
  does('she makes nasty comments to me in the canteen', ['other']),
  does('he parks his van across my drive so I cannot get out', ['other']),
  does('the lads on the estate took my bike off me', ['other']),
  does('things keep going missing from my shed', ['other']),
  does('she sends me texts saying horrible things about me', ['messages']),
  does('my mobility scooter is blocking the path', null),
  // who sent them here, in the first sentence, is not the one doing it (blind batch 65); near misses: what the one doing
  // it says, a referral by someone else after "and"
  who('My nephew set this up for me. The man next door keeps phoning me', 'neighbour'),
  who('my support worker told me to write it in here. my ex wont stop texting', 'exPartner'),
  who("my boyfriend has a knife and says he's going to use it", 'partner'),
  who('The man texting me is a colleague and my manager told me to contact you', 'workOrStudy'),
  // the threats composition with "ll" unmarked and dialect "gonnae", "ganna"; and "sort me out" (blind batches 66-67)
  does('her brother said hell sort me out when he sees me', ['threats']),
  does("he's shoutin he's gonnae batter me", ['threats']),
  does("my mum said she'd sort me out with a lift", null),
  does('he said hell be late tonight', null),
  // A platform that is only the way messages come is `messages`, not social media (posts, comments,
  // profiles): the blind batches' writers label it so, and "social media" in the summary would be wrong.
  does('he keeps messaging me on discord every day', ['messages']),
  does('she found my instagram and DMs me about ten times a day', ['messages']),
  does('I keep getting instagram dms from him', ['messages']),
  does('he sends me slurs on insta every few days', ['messages']),
  does('a girl in my year keeps sending me mean stuff on snap', ['messages']),
  does('he writes to me on facebook messenger every night', ['messages']),
  // ... and posting, commenting, liking and profiles still are.
  does('he posts about me on instagram', ['socialMedia']),
  does('she messages me and posts stuff on tiktok', ['messages', 'socialMedia']),
  does('he posted my real name in a server', ['socialMedia']),
  does("he's found my insta and been likin everything back to 2019", ['socialMedia']),
  does('she comments on all my photos on facebook', ['socialMedia']),
  // In-laws said through the partner, with a word between ("younger", "elder"); the partner named again is a bystander.
  who("My husband's younger brother is making problems for me. My husband is not supporting me.", 'family'),
  who("my wife's elder sister keeps ringing me", 'family'),
  who("My ex husband's mother is sending me voice notes", 'family'),
  // Someone else's partner said with "of".
  who('The husband of my best friend started to message me after my birthday', 'someoneElse'),
  // Telling anyone but them something about them: the contact, then what it said about them.
  does('he told the agency I am stealing', ['contactingOthers']),
  does('She also write to my boss at the hotel saying I drink at work', ['contactingOthers']),
  does("now they have started emailing the council leader too claiming I'm corrupt", ['emails', 'contactingOthers']),
  does('he made complaints about me to the operations manager', ['contactingOthers']),
  does('he messages me and my flatmates', ['messages', 'contactingOthers']),
  does('she tagged my mam and the rugby club in it', ['contactingOthers']),
  does('he got my flatmates number and was messaging her asking where i was', ['contactingOthers']),
  // ... not their own bell, not the writer, not the household rung with them, not the school as an audience, not the police.
  does('he keeps ringing my bell saying he is from the water board', ['turningUp']),
  does('I told my boss that I was being followed', null),
  does('he rings me and my husband every night', ['calls']),
  does('anon account keeps tagging people from my school in posts about me', ['socialMedia']),
  does('my sister called the police saying I was in danger', null),
  // Turning up, said round at theirs, without "to", in where they work, or appearing where they go.
  does("he's been round to the house twice", ['turningUp']),
  does('he come my flat and knock the door', ['turningUp']),
  does('a customer comes into the chemist where I work nearly every day', ['turningUp']),
  does('she kept appearing in the same pub as me', ['turningUp']),
  does("my ex keeps 'bumping into' me", ['turningUp']),
  // ... not a visit threatened, not the writer going round; their room while they are out is turning up as well as other
  // (since batch 190: 20 of the 25 blind stories with it label turning up).
  does('he say he will come to my house tonight and hurt me', ['threats']),
  does('my landlord come in my room when I am not there', ['turningUp', 'other']),
  does('I went round to his house to get my things', null),
  // A camera aimed at their home, with words between.
  does('he has put a camera on their fence pointing straight at our bedroom window', ['other']),
  // An ex said by the marriage, the child or the wedding called off.
  who('the man I was married to has turned up at my work three times', 'exPartner'),
  who('The father of my wee boy keeps sending me messages', 'exPartner'),
  who('We called off the wedding last Christmas and she posts about me', 'exPartner'),
  // ... not someone else's child or wedding, not a friend.
  who('the mother of his weans keeps messaging me', null),
  who('the woman I was friends with keeps texting me', 'someoneElse'),
  // Someone at work said by what they do there.
  who('The man who is in charge of our shift sends me messages every night', 'workOrStudy'),
  who('One senior in my research group is sending me emails every day', 'workOrStudy'),
  // ... not someone in charge of the case.
  who('The man who is in charge of the investigation has not rung me back. A stranger keeps following me', 'stranger'),
  // The possessive without "'s" ("my daughter school"): the relative owns what follows and is not the one doing it.
  who('Another father from my daughter school waits in his car outside my house', 'someoneElse'),
  who('my son teacher keeps messaging me', 'workOrStudy'),
  // ... a relative doing it is still family.
  who('my daughter keeps texting me', 'family'),
  // A date after the rate, read again from the words after it ("every night ... 10 days ago").
  startsOn('he has come every night since we broke up, 10 days ago', '2026-11-18', false, 'thisMonth'),
  startsOn('she rings most nights, since I left, two weeks ago', '2026-11-14', false, 'thisMonth'),
  // ... a date before the rate is unchanged.
  startsOn('he rings every night since the 20th', '2026-11-20', false, 'thisMonth'),
  // "after the summer" is when it was over; university terms and Vaisakhi by name.
  startsOn('he started after the summer', '2026-09-01', true, 'fewMonths'),
  startsOn('since the start of Michaelmas term', '2026-10-05', true, 'fewMonths'),
  startsOn('It start after Vaisakhi this year', '2026-04-14', true, 'fewMonths'),
  // ... "since the summer" and the summer holidays unchanged.
  startsOn('since the summer', '2026-06-01', true, 'fewMonths'),
  startsOn('after the summer holidays', '2026-09-03', true, 'fewMonths'),
  // "for" between a count and its unit makes a span, not a rate: how long, not how often.
  { text: 'they have made my life a misery for over a year', expect: { frequency: null, startedOn: date('2025-11-27', true, 'overYear') } },
  often('He sat outside in a taxi for an hour on Saturday night', null),
  // ... a count said per its unit is still a rate.
  often('he sends me 20 messages a day', freq('severalDaily', false, 20, 'day')),
  // A date inside the words of a stop is where it ran from ...
  { text: 'It went on from March until October.', expect: { startedOn: date('2026-03-01', true, 'fewMonths'), frequency: freq('stopped', false) } },
  // ... not a date after the stop, nor how long it has stopped.
  since("I haven't heard from him since October", null),
  since("i think they've stopped, nothing for 3 weeks", null),
  // A neighbour said by the land next to theirs.
  who('The farmer on the next holding has been cutting our fences', 'neighbour'),
  who('Chap with the farm next to ours has had it in for us', 'neighbour'),
  who('the man on the next allotment keeps shouting at me', 'neighbour'),
  // ... not their own land bought next to theirs.
  who('we bought the farm next to ours and a stranger keeps following me', 'stranger'),
  // A count said bare or with "-odd" before its unit: "a dozen a day" is twelve, "several a week", "fifty-odd".
  often('she started sending fifty-odd messages a day', freq('severalDaily', false, 50, 'day')),
  often('sometimes a dozen a day', freq('severalDaily', false, 12, 'day')),
  often('he sends emails, several a week', freq('fewWeekly', true)),
  // ... one thing a day is still daily.
  often('he sends me a text a day', freq('daily', false, 1, 'day')),
  // A step-relation with a hyphen; someone by their job at the place they work.
  who('my step-mum keeps texting me', 'family'),
  who('A porter at the hospital where I work keeps calling me', 'workOrStudy'),
  // Who sent them here, in any sentence and with words between: not the one doing it.
  who('Phone rings every evening, number withheld. My daughter in Plymouth made me write this.', 'unknown'),
  who("I'm not good with computers, my grandson set this up for me. Some man keeps ringing my house", 'unknown'),
  // ... a relative doing it in a later sentence is still read.
  who('Number withheld at first. Now my daughter in Plymouth keeps ringing me', 'family'),
  // A count on the days it happens is several a day.
  often('My brother keeps ringing me, 20 calls some days', freq('severalDaily', true)),
  often('withheld number, 6 or 7 times some days, also in the night', freq('severalDaily', true)),
  // ... not "some days" alone.
  often('I go to work some days', null),
  // Two dates as strong as each other: one said by its month, day or event beats one said only in years (how long
  // they have been together, lived or worked somewhere, or apart), and today's is never the start.
  startsOn('We are not together since 2022 but from October she is texting me every night', '2026-10-01', true, 'fewMonths'),
  startsOn('at odds with them for years but since the tribunal on 4th May it has got nasty', '2026-05-04', false, 'fewMonths'),
  startsOn('Living here since 2015, and since Bonfire Night the lads on the corner throw eggs at my windows', '2026-11-05', false, 'thisMonth'),
  startsOn('My fella, 8 years now, since the 3rd of March he reads all my messages', '2026-03-03', false, 'fewMonths'),
  // ... years said of it are how long it has gone on; years alone are still read; today's date gives way to them.
  startsOn("It's been going on about four years now but it got worse after Halloween", '2022-11-28', true, 'overYear'),
  startsOn('my ex has been messaging me for years', '2024-11-28', true, 'overYear'),
  startsOn('It has been two years of fake accounts. Tonight he posted my address', '2024-11-28', true, 'overYear'),
  // "Since then" in the sentence after a date points back to it, with words before it in that sentence.
  startsOn('On 2nd of October he found me online. I never answered and since then he messages me every day, and two weeks ago he came to my work', '2026-10-02', false, 'fewMonths'),
  // The summer holiday said in the singular; the Eleventh Night (11 July).
  startsOn('It start again after the summer holiday', '2026-09-03', true, 'fewMonths'),
  startsOn('Since the Eleventh Night they have been shouting at me in the street', '2026-07-11', false, 'fewMonths'),
  // "the day" names no day (the recognizer reads today).
  since('Someone at the day centre keeps calling me names', null),
  // The in-law said without the possessive, with an age word between.
  who('My wife older sister keeps texting me', 'family'),
  // Half term named by its month; the Jewish festivals by year; "the Christmas before last".
  startsOn('Since about February half term one of the dads keeps messaging me', '2026-02-16', true, 'fewMonths'),
  startsOn('Since Rosh Hashanah someone leaves notes on our door', '2026-09-12', true, 'fewMonths'),
  startsOn('Since the Christmas before last he has been texting me', '2024-12-25', false, 'overYear'),
  // ... half term alone is still the most recent; a holiday planned for dates nothing.
  startsOn('since half term he waits outside', '2026-10-26', true, 'fewMonths'),
  since('She messages me every week and says she will come for Christmas', null),
  // Weeks before a holiday, a clause about what is to come means the coming one; it dates nothing ...
  since("He keeps ringing. I don't want him near the kids at Christmas", null),
  // ... but said as when it started, or as what happened, it is the last one.
  startsOn("From New Year he is saying 'go home' to me", '2026-01-01', false, 'fewMonths'),
  startsOn('At Christmas he turned up drunk and since then he texts every night', '2025-12-25', false, 'fewMonths'),
  // A sibling's or child's boyfriend or girlfriend is someone else's partner; their husband or wife is an in-law.
  who('my sisters boyfriend keeps snapchatting me', 'someoneElse'),
  who("my daughter's girlfriend keeps messaging me", 'someoneElse'),
  who("my sister's husband keeps messaging me", 'family'),
  // Someone where they work, typed fast with no article.
  who('bloke on my shift keeps leaving notes in my locker', 'workOrStudy'),
  // Someone from the writer's own club or group is someone they know; a study group is study.
  who('a man from my walking group keeps texting me', 'someoneElse'),
  who('Someone from my book club keeps emailing me', 'someoneElse'),
  who('a girl in my study group keeps messaging me', 'workOrStudy'),
  // ... not someone at "the" club, nor the writer's work.
  who('a man at the club keeps staring at me and follows me out', 'stranger'),
  who('a guy from my work group chat messages me', 'workOrStudy'),
  // Blind batch 161's kinds. Someone else's person: their partner's ex is someone else they know, whoever's ex it is
  // (the partner is a bystander), said with or without the apostrophe.
  who('my boyfriends ex wife keeps commenting on my posts', 'someoneElse'),
  who("My girlfriend's ex has been turning up at our flat", 'someoneElse'),
  who('my partners ex told my boss lies about me', 'someoneElse'),
  // ... and a partner's relative is still family.
  who("my husband's brother keeps calling me when my husband is at work", 'family'),
  // A partner or relative who died, named or not, or "lost", is context, not the one doing it.
  who('I have lived alone since my husband Gareth passed away. The man opposite keeps knocking on my door', 'neighbour'),
  who('Since my wife Mary died a woman from church keeps ringing me', 'someoneElse'),
  who('Since I lost my husband last year a man from church keeps calling me', 'someoneElse'),
  who('the gentleman at number 14 keeps putting notes through my door', 'neighbour'),
  who('the gentleman opposite keeps knocking after dark', 'neighbour'),
  // "a friend request" is how someone reached them, not a friend; "turned out to be my dad" says who it is.
  who('I got a friend request from a man who turned out to be my biological dad and now he messages me', 'family'),
  // The one the message is about, said as advice or help wanted.
  who('I need advice about my landlord. He has a key and comes in when I am out', 'someoneElse'),
  who('Need some help with my neighbour, he bangs on the wall every night', 'neighbour'),
  // Blind batch 201's kinds (someone they live with or right beside). Who: someone in the same building or block, a person
  // word only; the van or pitch next to theirs on a caravan site ("tae" too); another tenant in their shared house or HMO.
  who('Woman from same block, she keeps knocking on my door at night', 'neighbour'),
  who('a lad from the same block of flats keeps waiting for me by the lifts', 'neighbour'),
  who('the family in the static next to mine keep filming me', 'neighbour'),
  who('the man on the pitch next tae ours lets my tyres down', 'neighbour'),
  who('one of the other tenants in our house share keeps taking my post', 'someoneElse'),
  who('a tenant in my HMO keeps going through my room', 'someoneElse'),
  // ... not someone said with no person word ("someone in my block" is not known), nor a van parked beside them.
  who('someone in my block keeps putting notes in my pigeonhole', null),
  who('a man in a van next to me at the lights shouted at me', 'stranger'),
  // A relative's husband or wife, an in-law, said with the relative or by "his wife" after "my son and his wife"; a time
  // someone else is at work is not where the one doing it is from.
  who("my son's wife keeps telling people at church I'm losing my mind", 'family'),
  who('my daughters husband rings me every night', 'family'),
  who('I moved in with my daughter and her husband last year. Her husband reads my post', 'family'),
  who('She shouts at me when he is at work and locks the kitchen', null),
  // ... not a relative's boyfriend, nor someone from their work ("he is at my work").
  who("my daughter's boyfriend keeps messaging me", 'someoneElse'),
  who('he is at my work and keeps staring at me', 'workOrStudy'),
  // Blind batch 202's kinds (who it is uncertain, hidden or only known online). Threats: harm to someone of theirs said
  // as "will pay"; harm left unsaid ("things will happen to the house"); telling everyone after what they say of the writer,
  // "tell to" in a second language; being watched, quoted whole.
  does('he keeps texting saying my son will pay for it', ['messages', 'threats']),
  does("he keeps saying things will happen to the house if we don't move", ['threats']),
  does('she texts me saying I am a liar and she will tell to everyone at the gurdwara', ['messages', 'threats']),
  does("a card came with 'someone is always watching' written inside", ['itemsLeft', 'threats']),
  // ... not the writer's own fear, nor people watching something.
  does("I'm worried something will happen to my kids", null),
  does('people are watching the match in the pub', null),
  // Letters with no name on them are things sent (not one from an office); one of theirs found on a platform and told
  // things; where they live described back to them; an account adding them that says things to them.
  does('we keep getting letters with no return address', ['itemsLeft']),
  does('I got a letter from the council with no name on it', null),
  does('he looked up my best friend on Instagram and messaged her lies about me', ['socialMedia', 'contactingOthers']),
  does('a viewer sent me a message describing my house and my road', ['messages', 'tracking']),
  does('I described my street to the police', null),
  does("someone keeps requesting me on tiktok from new accounts and says stuff like 'u ignoring me?'", ['messages', 'socialMedia']),
  // Who: a worker the writer let go or sacked (not the writer let go); someone else's ex said outright as the one doing it
  // (a relative's husband stays family, above); a guess given up ("could be anyone", "no idea") leaves it not known.
  who("we sacked a barista in the summer and the shop gets abusive emails, I'm sure it's her", 'workOrStudy'),
  who('My manager let me go in October and now my ex keeps texting', 'exPartner'),
  who("My niece split up with him in June. I'm pretty sure it's her ex making the silent calls", 'someoneElse'),
  who('texts from different numbers, could be my ex, could be his sister, i have no idea', 'unknown'),
  who('I think it might be my ex because he hated my new job but honestly it could be anyone', 'unknown'),
  // ... a guess with no such words still names them.
  who('withheld calls every night, could be my ex, he never took the break up well', 'exPartner'),
  // When: a span of the writer's own chatting with them, said first or in the present ("since two years"), is not the
  // start; "has been messaging ever since" goes back to the meeting said before it; the day they said they did not want
  // it, "and now" or "after this" they go on.
  startsOn('For about two years I talked with a man on a chess site. Since I blocked him in March he emails me every day.', '2026-03-01', true, 'fewMonths'),
  startsOn('I am chatting with a woman from Reddit since two years. Two weeks ago I tell her stop, after this she send me messages all day', '2026-11-14', false, 'thisMonth'),
  startsOn('Got talking to a guy at a barbecue on 9 August. He added me on Instagram and has been messaging ever since.', '2026-08-09', false, 'fewMonths'),
  startsOn("On Monday I told her I didn't want to see her again and now she rings me all night", '2026-11-23', false, 'thisWeek'),
  // Blind batch 203's kinds (unusual channels and everyday services). Words sent inside a payment's reference or note, or as
  // the new name of their profile or playlist on a shared account, are messages; not a reference number, nor the writer's
  // own renaming.
  does("he transfers me 1p every night and the payment reference says 'pick up your phone'", ['messages']),
  does('she pays the rent share by bank transfer and the reference is always something horrible', ['messages']),
  does('he keeps renaming my profile on our disney plus to "cheater"', ['messages']),
  does('I gave the police the crime reference number he paid', null),
  does('I renamed my profile to "kids" so he would not see it', null),
  // An app or account, often a shared or kept one, used to see where they are or what they do is tracking; so are the
  // apps of doorbells or cameras kept by whoever fitted them. Not the writer's own use.
  does('he uses the family Life app on his tablet to see exactly where I have been', ['tracking']),
  does('my ex still logs into the Garmin account to see where I run every morning', ['tracking']),
  does("My ex fitted the camera doorbell when we lived together and he's still got the apps", ['tracking']),
  does('I use the bus app to see where the bus is', null),
  // Their home's devices worked from someone else's phone is other; not the writer's own.
  does('the lights keep going off from his phone when my friends are round', ['other']),
  does('I turn the heating on from my phone before I get home', null),
  // Food or goods ordered to their door by someone else, said as it arriving, and a thing said with whom it is from
  // before it came, are things sent; the thing coming is not them turning up.
  does("takeaways keep arriving that I didn't order", ['itemsLeft']),
  does('a card from her came to my flat on my birthday', ['itemsLeft']),
  does('the pizza I ordered never came', null),
  // Coming back to their home, coming to their new job or home (a verb left bare), buzzing their intercom: turning up.
  does("she's been back to the flat three times asking for me", ['turningUp']),
  does('he come to my new work and shout', ['turningUp']),
  does('someone keeps buzzing our building intercom at 3am', ['turningUp']),
  does('I went back to the house to get my things', null),
  // An ultimatum: "or we'll make you leave".
  does("a note through the door said 'move out or we'll make you'", ['itemsLeft', 'threats']),
  does('my mum said tidy your room or she will make you do it', null),
  // Who: someone who messaged them or came to collect through a marketplace sale is met online; the one they work for,
  // said as a man or a woman, is work; a carer who comes to one of theirs is someone else (the relative is helped).
  who('someone messaged me on vinted about my boots and now they message me every day', 'metOnline'),
  who('I sold a sofa on facebook marketplace and the man who came to pick it up keeps texting me', 'metOnline'),
  who('I worked for this woman cleaning offices and she still rings me every night', 'workOrStudy'),
  who('I work for a charity and a man keeps following me', 'stranger'),
  who('the support worker who comes to help my dad keeps texting me', 'someoneElse'),
  who('I help my brother with his shopping and my ex keeps ringing me', 'exPartner'),
  // How often: the second day said after what happened on the first, with "again"; many said of one day just gone; "a
  // couple of days later" again is a few times a week.
  often('he was outside my work on tuesday, waiting by the car, then again on friday', freq('fewWeekly', true)),
  often('she keeps sending me friend requests, there were like 12 yesterday', freq('severalDaily', true)),
  often('I block his account and a couple of days later there is another one', freq('fewWeekly', true)),
  often('there were 6 of us at the party yesterday', null),
  // When: words of theirs in single quotes are not a start ("my parents' house" closes no quote); "he moved out" at the
  // start of a sentence ends a relationship, and what follows dates from it.
  since("he texts me things like 'saw you last night'", null),
  startsOn("He moved out 4 weeks ago but he still changes the wifi name to say he misses me", '2026-10-31', false, 'thisMonth'),  // Blind batch 204's kinds (first language not English). A day and a month with a dot, after a weekday or with the full
  // stop that closes the sentence after it, is that day (day first); a one-digit "month" before a full stop stays a decimal.
  startsOn('First time was on Wednesday 7.10. After this every week something.', '2026-10-07', false, 'fewMonths'),
  startsOn('he message me at night. This start from 15.08.', '2026-08-15', false, 'fewMonths'),
  since('the price went up from 1.5. Then he stopped paying', null),
  // The lunar new year is not 1 January; "new year" alone still is.
  startsOn('She calls every night, from Chinese New Year until now', '2026-02-17', true, 'fewMonths'),
  startsOn('he has been texting me since new year', '2026-01-01', false, 'fewMonths'),
  // "N years before" closing a sentence about something of theirs together, or about "this", is that long ago; not
  // another's.
  startsOn('He checks my phone every day. This from our wedding, 2 years before.', '2024-11-28', true, 'overYear'),
  since('his dad died 2 years before.', null),
  // The children taken abroad or away, said by them with the article dropped, is a threat; not a school run.
  does('He say he will take children to Poland and I will never see them again', ['threats']),
  does('she says she will take the kids to Pakistan', ['threats']),
  does('he takes children to school every morning', null),
  // An accusation, then a promise to tell the police or their work, or "tell to" / "report me to": a threat.
  does('he say i steal from hotel and he will tell to the police and to my new work', ['threats']),
  does('she said she will report me to immigration', ['threats']),
  does('he said he will go to the police with me', null),
  // Telling "all people" in a place that they are something: contacting others; not the writer's own telling.
  does('he is telling all people in our community in Leeds that I am bad woman', ['contactingOthers']),
  does('I told all people at work that I am scared', null),
  // Pictures of theirs held, then sent on unless they do what is asked, the object left out: image sharing and a threat.
  does('he have my nude photo and he post online if I not pay him', ['threats', 'imageSharing']),
  does('I have his photo on my phone and I send to police', null),
  // Who: "see" for met in person, and known only from a platform, is met online; not someone no longer seen, nor known from
  // a place.
  who('i know this guy only from instagram, he comments on everything', 'metOnline'),
  who('someone keeps writing to me, we never see in person', 'metOnline'),
  who('he keeps texting me, I never see him in person any more', null),
  who('i only know him from the gym, he waits for me outside', null),
  // A man or a woman said before "customer" or "client" is work; not a resident of a home.
  who('One man customer come to the nail shop every day and wait outside', 'workOrStudy'),
  who('a lady resident in my care home keeps coming into my room at night', 'neighbour'),
  // Their sponsor (Homes for Ukraine) is someone else they know, like a host; not a sponsor of something.
  who('The man who was my sponsor, he is writing me every night', 'someoneElse'),
  who('my sponsor at AA told me to call the helpline', null),
  // How often: "by" for "a"; the verb bare and the count said with a comma after "every day".
  often('she appears at my accommodation 2 or 3 times by week', freq('fewWeekly', true, 3, 'week')),
  often('every day he call 5, 6 times', freq('severalDaily', true)),
  often('it gets worse by the day', null),
  // Blind batch 205's kinds (brief or casual relationships). A fling, "a thing with", a holiday thing, a few dates, dinner or
  // lunch a few times, someone they were "kind of seeing" or saw without being exclusive, someone they were set up with or
  // spent a weekend with: someone else they know; at work or study, next door, an app, or called an ex, those win.
  who('I had a fling with one of the waiters at the hotel and now he WhatsApps every day', 'someoneElse'),
  who('I had a holiday thing with a guy in Zante, now he messages me constantly', 'someoneElse'),
  who('Three dates with a friend of a friend, then I said no more. Now he turns up at my work', 'someoneElse'),
  who('we went out twice and I told him I was not feeling it. He texts every day', 'someoneElse'),
  who('I went for dinner three or four times with a lady from my salsa class. She rings several times a week', 'someoneElse'),
  who('There is a woman I was kind of seeing over the spring. Since I ended it she turns up at my flat', 'someoneElse'),
  who("I was seeing someone for six weeks, we weren't exclusive. He messages every few days", 'someoneElse'),
  who('Guy my auntie set me up with has rung me ten times a day', 'someoneElse'),
  who('spent the weekend with a lad from Bristol and now he messages my sister about me', 'someoneElse'),
  who('I lost my husband two years ago. At church I met a gentleman and we had lunch together a couple of times. He comes to my door', 'someoneElse'),
  who('I had a thing with a guy at work for a few weeks, now he tells people I am unstable', 'workOrStudy'),
  who('had a bit of a fling with the fella two doors down, now he puts notes through my letterbox', 'neighbour'),
  who('guy i went on one date with off hinge keeps messaging me', 'metOnline'),
  who('My ex - we were only together five weeks - keeps calling me', 'exPartner'),
  who('my husband keeps calling me at work', 'partner'),
  who('My auntie keeps ringing me ten times a day', 'family'),
  // ...and one known by a first name and nothing else is a stranger.
  who("I went home with a guy from a club, I only know his first name. He keeps messaging me", 'stranger'),
  // The time of the fling or of seeing them is not the start; "since" the month they ended it is.
  startsOn('Had a short fling with a woman from my gym in the spring and I ended it in June. Since June she has rung me', '2026-06-01', true, 'fewMonths'),
  // A day and a month with a slash is a date, not a count: "14/08 he WhatsApps every day" is daily since then; "3/4 times"
  // is still a range.
  startsOn('Since I got home on 14/08 he WhatsApps every day', '2026-08-14', false, 'fewMonths'),
  often('Since I got home on 14/08 he WhatsApps every day', freq('daily', false)),
  often('he calls 3/4 times a day', freq('severalDaily', true, 4, 'day')),
  // A relative of their partner's ("my husband cousin") is no shared life: how long it has gone on is the start.
  startsOn("My husband's brother has called me every day for 2 months", '2026-09-28', true, 'fewMonths'),
  startsOn('My husband cousin he call me every day from 2 month', '2026-09-28', true, 'fewMonths'),
  since('My husband and I have been married for 2 months', null),
  // Promising to make sure they regret it is a threat; the writer making sure of something is not.
  does("she shouted she'd make sure we regret staying", ['threats']),
  does('I make sure we lock the door every night', null),
  // Told unevenly (blind batch 206): a rate corrected by the next one is the next one; how it feels is no rate when one is said.
  often('she texts me every day, well not every day, more like 3 times a week', freq('fewWeekly', true, 3, 'week')),
  often('he rings twice a day - no, actually about 5 times a day', freq('severalDaily', true, 5, 'day')),
  often('its a few times a week but it feels like every day', freq('fewWeekly', true)),
  often('he used to message every day but it is stopped now', freq('stopped', false)),
  // ...the partner of someone they name as not them, said outright, is someone else; a guess between two of one household
  // is still who they are; a man never met who knocks at the door is a stranger, one who follows them on a platform met online.
  who("It isn't my boss, it's his wife. She keeps messaging me", 'someoneElse'),
  who("Not sure if it's the woman at number 6 or her daughter. Someone keeps leaving notes", 'neighbour'),
  who("A woman I've never met keeps knocking on my door", 'stranger'),
  who('A girl who follows me on tiktok keeps messaging me', 'metOnline'),
  who("He keeps ringing from a withheld number. I wonder if it's someone from my course but I honestly don't know", 'unknown'),
  who("My cousin got screenshots from my ex's laptop and is sending them round", 'family'),
  // ...a warning quoted, a phone call said as being on the phone every hour, waiting for them to finish, friends added.
  does("Her texts say things like 'watch your back'", ['messages', 'threats']),
  does("If I go out he's on the phone to me every hour", ['calls']),
  does('someone is adding all my frends on facebook', ['contactingOthers']),
  // ...a weekday told by its event, then its date; a start a week after an event dated after a dash; a date said not to be it.
  startsOn('It started the Tuesday after the party, 13th October.', '2026-10-13', false, 'fewMonths'),
  startsOn('it all started the week after I moved - I moved on the 3rd of August', '2026-08-03', false, 'fewMonths'),
  startsOn('The first one came at Easter - the April one, not the summer', '2026-04-01', false, 'fewMonths'),
  // Counts over a period and app shorthand (blind batch 207): a rate in words of theirs quoted is no rate; things counted so
  // far ("5 bunches since", "comments like that since", "N more from different addresses") over the time since the start.
  often("He left a card saying 'I see you every morning'", null),
  often('Someone keeps leaving flowers, 4 bunches since the start of November', freq('fewWeekly', true)),
  often("Someone keeps commenting on my runs. 3 or 4 comments like that since the start of the year", freq('occasional', true)),
  often('Got an email last Monday saying they have a video of me. Since then 20 more from different addresses', freq('severalDaily', true)),
  // ...a daily rate then only "many"; a rate since a time "he's been" is as current as one said "still ... now".
  often('he texts every day, many many, about money', freq('severalDaily', true)),
  often("Emails since last year, still weekly now. Since the summer she's been calling most days as well", freq('daily', true)),
  // ...knowing where they run; a note put through with the door unsaid, letters hand delivered; the children said, then "them".
  does('They obviously know where I run and when', ['tracking']),
  does('he knows where I walk the dog', null),
  does("Then she put a note through saying 'move out'", ['itemsLeft']),
  does('Handwritten, no stamp so hand delivered', ['itemsLeft']),
  does('I put a note through', null),
  does('he goes on about the kids and says he will take them from me', ['threats']),
  // ...someone not known acting only on their accounts is unknown; one who watches their streams is met online.
  who("Someone I don't know keeps liking all my Strava runs", 'unknown'),
  who('A woman who watches my twitch streams keeps messaging me', 'metOnline'),
  // Replies to a question not shown, quotes, lists, two people named where one does it (blind batch 208): the partner's ex said
  // with "the"; a relative of someone else's ex; a partner of someone from work said as a sentence of its own; their friend
  // said outright; one who worked under them; one who bought the home opposite them; never seen before in their life; a
  // relative who saw or filmed them, or whom someone else is angry with, is a bystander.
  who("Like I said it's the wife's ex, not mine. He rings me late at night", 'someoneElse'),
  who("It's my son Callum she's really angry with. It's his ex's mother. She rings me every evening", 'someoneElse'),
  who("my son's ex's mum keeps ringing me", 'someoneElse'),
  who("My supervisor's husband. He sends me emails.", 'someoneElse'),
  who("My boss's husband told me to ignore it. My ex keeps texting", 'exPartner'),
  who("naw it's no him it's his pal. My ex Ryan's sound. His pal Connor's been texting me", 'someoneElse'),
  who("it's his friend's car that's parked there. my ex keeps texting", 'exPartner'),
  who('A chap who used to work under me until I let him go in March. He emails me', 'workOrStudy'),
  who('A man who works for the council keeps emailing me', 'stranger'),
  who('Yes, it is the man who bought the bungalow opposite me. He stands at the end of my drive', 'neighbour'),
  who('I never saw this man before in my life. Now he comes to my house', 'stranger'),
  who('My wife Abena filmed him the last time. He has come three times now', null),
  who('My daughter Susan has seen him do it. He puts notes through my door', null),
  // ...a phone of theirs named with a word between; a dead man said to them; pictures of them posted edited; waiting outside
  // a place with the article dropped; standing somewhere glaring at them.
  does("He's been ringing my work van number", ['calls', 'contactingOthers']), // (contactingOthers: "ringing my work", as before)
  does("He sent 'ur a dead man walking', that was Saturday.", ['threats']),
  does('my dad is a dead man now', null),
  does('@realzarafacts - posts edited pics of me every day with nasty captions', ['socialMedia']),
  does('He also wait outside library for me.', ['following', 'turningUp']), // (following: "wait ... for me", as before)
  does('He comes in most Fridays and stands at the bar glaring at me', ['turningUp']),
  // ...told in their words they won't be here much longer; one of theirs has had one about them too.
  does("he put notes through my door saying that I 'won't be here much longer'", ['itemsLeft', 'threats']),
  does("my nan won't be here much longer", null),
  does('The letters are typed. My friend June has had one about me too.', ['contactingOthers']),
  does('my friend has had one too', null),
  // ...a farm's gates said left open so the stock get out, without who (as batches 59, 83 and 190 label it: damage).
  does('Fence wire cut, gates left open so the sheep get out', ['propertyDamage']),
  does('I left the gate open so the sheep could get out', null),
  // Someone known through work, study or a service (blind batch 209): a trade said as "the" after the job done at their home;
  // one from the agents who let them their home; the client they stopped training is the one, not a bystander.
  who('had a new boiler put in back in june and the fitter has been texting me ever since', 'someoneElse'),
  who('the electrician keeps texting me', null),
  who('Bloke from the letting agents who showed me round my flat on 14/08 started texting me that same night', 'someoneElse'),
  who('a man from the council keeps texting me', 'stranger'),
  who('I work at the letting agents and a man keeps texting me', 'stranger'),
  who("I'm a PT. I stopped training one of my clients at the end of May because of his comments. Since then he made a fake account pretending to be a client", 'workOrStudy'),
  who('I stopped seeing my friends. a fake account keeps messaging me', 'unknown'),
  // ...waiting for them at the end of their working day or at a gate on their round; things in envelopes; a photo of them he
  // took; there whenever they are; their car going past slowly.
  does("theres this regular, Gaz, whos started waiting for me at closing", ['following', 'turningUp']), // (following: "waiting for me", as before)
  does('I waited for him at closing', null),
  does("There's a man on my walk who for about six weeks now waits at his gate for me every day", ['turningUp']),
  does('has started leaving envelopes with my name on in his box for me to find', ['itemsLeft']),
  does('the brown envelope from the council came today', null),
  does("One had a photo of me he'd taken outside the delivery office gates", ['other']),
  does("a photo of me I'd taken", null),
  does('hes got pics of me he took without me knowing and hes gonna send them to my mum', ['threats', 'imageSharing']),
  does('since september hes there every time i am (i go 3 or 4 times a week at different times)', ['following']),
  does("he's been at the park when I'm running on my own on non club days", ['following']),
  does('my mum is there every time I am ill', null),
  does("she's always there when I'm sad", null),
  does('i see his van go past slow most days', ['turningUp']),
  does('the cars go past slowly in the snow', null),
  does('he used to follow me home from work, walking behind me or driving slowly past', ['following']),
  // ...a picture they sent, threatened into a group chat; pictures held and to be sent on with the one doing it left out;
  // what is coming to people like them; their job held over them when they said they would report; being put out of their home.
  does('got a pic i sent one of them and theyre saying theyll put it in the year group chat if i dont send more', ['threats', 'imageSharing']),
  does("he showed me a pic and said he'd put it in the group chat", null),
  does("she messaged my girlfriend saying she has 'private' photos of me and will send them to my work", ['threats', 'contactingOthers', 'imageSharing']),
  does('he has my number and will ring me at 3am', ['calls']),
  does("He texts me every week saying he'll have me out and 'people like you get whats coming'", ['messages', 'threats']),
  does("people like him get what's coming", null),
  does("when i said id go to HR he said 'think about whether you want a job in january'", ['threats']),
  does('my mum said think about whether you want a job in retail', null),
  // ...from morning to night, several a day.
  often('my kids dad wont accept were over. he texts from morning to night', freq('severalDaily', true)),
  often('he rang from morning to night on Saturday', null),
  // Family and the people around a family (blind batch 210): a boyfriend's or girlfriend's relative doing it to the writer is
  // someone else (not an in-law: a husband's, wife's or partner's is family, as in batches 3 and 61; nor one doing it to the
  // girlfriend the story is about, family in batch 179: read so since batch 211).
  who("My girlfriend's dad doesn't accept us being together and about a month ago he started ringing me from different numbers", 'someoneElse'),
  who('my boyfriends mum texts me saying i turned her son gay', 'someoneElse'),
  who("my gf's brother keeps threatening me", 'someoneElse'),
  who("my partner's mum put life360 on my phone", 'family'),
  who('my husbands brother keeps coming round', 'family'),
  who('my boyfriend keeps texting me', 'partner'),
  who("My boyfriend's mum is lovely, but my ex keeps texting me", 'exPartner'),
  who("My girlfriend's stepdad has been texting her since she moved in with me", 'family'),
  // ...a parent's new boyfriend or girlfriend is someone else (batches 208 and 210); a parent's partner or boyfriend said with
  // no "new" stays family (batch 180), and a parent's new husband or wife, a step-parent, is not read so.
  who('my dads new girlfriend is trying to stop me seeing him. shes been messaging my boyfriend on insta', 'someoneElse'),
  who("its me mam's new fella. threatenin me over text", 'someoneElse'),
  who('my mums boyfriend moved in at the start of september and hes been weird with me', 'family'),
  who("my mum's boyfriend keeps texting me", 'family'),
  who("my mum's new husband keeps texting me", null),
  // ...a late husband's or wife's relative, said by "his" or "her" right after the death that dates it, is family (an
  // in-law, as batch 142's "Since my husband died, his father has been..."); not a boyfriend's, nor "her" after a husband.
  who('My husband passed away in March and since then his brother has been coming round uninvited', 'family'),
  who('Since my husband died, his father has been sending me nasty texts', 'family'),
  who('since my wife died her sister keeps texting me', 'family'),
  who('My boyfriend passed away in March and since then his brother has been messaging me', null),
  who('my husband died and her sister keeps texting me', null),
  // ...their job lost promised, said as the second thing in what they say.
  does('my boyfriends mum texts me saying i turned her son gay and that shell make sure i lose my job at the council', ['messages', 'threats']),
  does("he'll make sure i lose my job", ['threats']),
  does("she'll make sure i never see him again", null),
  does("she'll make sure i get home safe", null),
  // Told for the person receiving it (blind batch 211): who it is, is who they are to that person. A relative of one of the
  // writer's people doing it to them is family (as batch 179 labels it); to the writer it stays someone else.
  who("My girlfriend's stepdad sent her loads of horrible messages after she moved out", 'family'),
  who("my best friend's dad keeps messaging her horrible things", 'family'),
  who("my gf's brother keeps threatening me", 'someoneElse'),
  who("my husband's sister has been posting lies about me", 'family'),
  // ...the partner of one of their people said to be controlling, with nothing in the sentence done to the writer, is a partner.
  who("my little brother's boyfriend is so controlling. has his location on find my", 'partner'),
  who("my sister's boyfriend is really controlling, he checks her phone every night", 'partner'),
  who("my sister's boyfriend is so rude to me", 'someoneElse'),
  who('my best mates boyfriend is controlling and now hes messaging me', 'someoneElse'),
  // ...the partner one of their people left or split from, said by "her" or "his", or one they went out with and split from, is
  // an ex; not a job they left.
  who('my daughter left her babys dad at the start of august and since then he turns up', 'exPartner'),
  who('my sister split up with her husband in may and hes been texting her nonstop', 'exPartner'),
  who("My son (17) went out with a girl for a few months, they split up in the summer. Since then she's been posting about him", 'exPartner'),
  who('my daughter was seeing a lad from her college, she dumped him and he keeps messaging her', 'exPartner'),
  who('my daughter left her job in june and her old boss keeps ringing her', 'workOrStudy'),
  // ...one met through the job of one of their people, named after it, is work or study; not with the writer the one in it.
  who('My wife works on reception at a GP surgery. One of the patients has started waiting for her', 'workOrStudy'),
  who('my daughter works in a pub. one of the regulars keeps following her home', 'workOrStudy'),
  who('My wife works at the hospital. One of the patients relatives keeps messaging me', 'partner'),
  who('My wife works at Tesco and my ex keeps texting me', 'exPartner'),
  // ...someone at them they do not know, or have never spoken to, is a stranger (not one from their class or work).
  who("my flatmate (they/them) has a man following them from the bus stop. they don't know him", 'stranger'),
  who("My best friend has this bloke from her gym who she's never actually spoken to. He DMs her every day", 'stranger'),
  who("a lad from her class who she's never spoken to keeps messaging her", 'workOrStudy'),
  // ...and their person said with a name: "my housemate priya's ex wont leave her alone" is an ex.
  who("my housemate priya's ex wont leave her alone", 'exPartner'),
  who("my mate dan's ex keeps messaging me", 'someoneElse'),
  // ...what is done to them said by "him" or "her": messages with the platform or "every single day" between, knocking at their
  // door, where they are known all the time, waiting for them where they finish.
  does('Someone he was playing Fortnite with has been messaging him on Discord most evenings', ['messages']),
  does('since then this guy has messaged him every single day', ['messages']),
  does('she texted him back once', null),
  does('He knocks on her door several times a day', ['turningUp']),
  does('I knocked on his door to complain', null),
  does('he always seems to know where she is', ['tracking']),
  does('he knows where she lives', null),
  does('One of the patients has started waiting for her at the end of her shift', ['following', 'turningUp']),
  does('he waited for her after her shift', null),
  // Several dates besides the start (blind batch 212): the start is when the contact began. Something of their own they
  // started, said just before its date, is a date in passing (not someone else starting, nor their contact started).
  startsOn('I started seeing someone new in August and from the 2nd of September my ex has been messaging him', '2026-09-02', false, 'fewMonths'),
  startsOn('Started my apprenticeship in September. My manager started texting me at night from the 5th of October', '2026-10-05', false, 'fewMonths'),
  startsOn('She started seeing my ex in August', '2026-08-01', true, 'fewMonths'),
  startsOn('I started getting messages in September', '2026-09-01', true, 'fewMonths'),
  startsOn('my dad put life360 on my phone when i started college in september and if im late he rings me', '2026-09-01', true, 'fewMonths'),
  startsOn('started a new job on the 5th of jan and my manager has been like this since week one', '2026-01-05', false, 'fewMonths'),
  // ...what they do themselves, said to have gone on since ("have done since"), is how long they have done it; not anyone else.
  startsOn('I play guitar on youtube, have done since March. About a month ago an account started leaving horrible comments', '2026-10-28', true, 'thisMonth'),
  startsOn('We do a podcast, have done since 2024. In October a listener started emailing me every day', '2026-10-01', true, 'fewMonths'),
  startsOn('He messages me every night, has done since January. About a month ago he started turning up too', '2026-01-01', true, 'fewMonths'),
  startsOn('My sister messages me every day, has done since March', '2026-03-01', true, 'fewMonths'),
  // ...a rough date made exact in a bracket that opens with a hedge; not one said later.
  startsOn('it started in week 2 (around the 14th September)', '2026-09-14', true, 'fewMonths'),
  startsOn('it started in the summer, about the 14th of July', '2026-07-14', true, 'fewMonths'),
  startsOn('it started in the summer (my birthday is the 14th of July)', '2026-06-01', true, 'fewMonths'),
  startsOn('it started at half term, then about the 14th November it got worse', '2026-10-26', true, 'fewMonths'),
  // ...a move said with its date, then named again as the day it began ("since the day I moved"); not another event.
  startsOn("We broke up in March. I moved to my mum's on the 2nd of May and since the day I moved he has been ringing me", '2026-05-02', false, 'fewMonths'),
  since('I moved on the 2nd of May. He has been ringing me since the day we met', null),
  // ...what they began, said after the date's own bracket or "then that same day"; not what the writer did then, nor a later date.
  startsOn('He was arrested on 2nd July. He stayed away until the case was dropped on 3 Sept, then that same day he started texting again', '2026-09-03', false, 'fewMonths'),
  startsOn("We fell out in January 2025. When my dad's will was read (that was 12th March) she started phoning me", '2026-03-12', false, 'fewMonths'),
  startsOn("We fell out in January 2025. When my dad's will was read (that was 12th March) nothing happened, she started phoning me in June", '2026-06-01', true, 'fewMonths'),
  startsOn('He was arrested on 2nd July. He stayed away until the case was dropped on 3 Sept, then that same day I rang my sister', '2026-07-02', false, 'fewMonths'),
  // Bursts with lulls between (blind batch 213): "nothing for weeks, then" a burst is occasional, the burst's count how bad
  // each one is; near misses: a lull that is the end, and a rate said as how it is now after the lull.
  often('nothin for weeks then bam 30 odd txts in one nite from a number i dont know', freq('occasional', true)),
  often('he messages loads for a few days, I block him, then nothing for a month or two, then a new profile pops up', freq('occasional', true)),
  often('she goes quiet for a couple of weeks and then sends 20 messages in a day', freq('occasional', true)),
  often("there's been nothing for weeks", freq('stopped', false)),
  often('he texted every day in the summer, then nothing for a month', freq('stopped', false)),
  often('nothing for weeks then he started again and now he texts every day', freq('daily', false)),
  often('It goes quiet for months then starts again. Recently he has been driving past my house several times a week', freq('fewWeekly', true)),
  // A count in a month named (blind batch 213): that month's count, not a count over all the time since it started; near
  // misses: a month and its year, an age.
  { text: 'It began in April. In October alone he came and hammered on my front door 9 times.', expect: { frequency: freq('fewWeekly', true), startedOn: date('2026-04-01', true, 'fewMonths') } },
  { text: 'It started in March. She rang me 15 times in September.', expect: { frequency: freq('fewWeekly', true), startedOn: date('2026-03-01', true, 'fewMonths') } },
  { text: 'It started in March. He came round twice in September.', expect: { frequency: freq('occasional', true), startedOn: date('2026-03-01', true, 'fewMonths') } },
  { text: 'he checks where I am every day. Since I came to the UK in March 2024.', expect: { frequency: freq('daily', false), startedOn: date('2024-03-01', true, 'overYear') } },
  often('he turned 40 in October and since then he rings me', null),
  often('I did a job for him in August, he never paid the invoice which is £900.', null),
  // A count said first on its own, then what it counts (blind batch 213): with the start, a rate; near miss: the writer's own.
  { text: "212. That's how many messages my ex has sent me since the 1st of this month.", expect: { frequency: freq('severalDaily', true) } },
  { text: "40 - that's how many times he's rung me since Monday.", expect: { frequency: freq('severalDaily', true) } },
  { text: "12. That's how many messages I've sent him since the 1st of this month.", expect: { frequency: null } },
  // The one doing it arriving where the writer is, with its month (blind batch 213: "My supervisor got moved to our team in
  // September and whenever..."): the start, as "joined our team in September" is; near misses: the writer's own move, a move
  // of everyone to a new place.
  startsOn("My supervisor got moved to our team in September and whenever we're on the same nights he follows me out", '2026-09-01', true, 'fewMonths'),
  startsOn('a new lad was moved into my class in January and he has been messaging me every night', '2026-01-01', true, 'fewMonths'),
  since('I was moved to my team in September, he messages me', null),
  since('We got moved to our new office in September and he follows me out every night', null),
  // Back after the summer holidays said without "the" (blind batch 213: "its been since we went back after summer hols"): the
  // start of the school year; near miss: the holidays themselves.
  startsOn('its been since we went back after summer hols', '2026-09-03', true, 'fewMonths'),
  startsOn('it started when school went back after summer break', '2026-09-03', true, 'fewMonths'),
  startsOn('it started in the summer hols', '2026-07-22', true, 'fewMonths'),
  // "some times in the month" (blind batch 213): a few times a month; near miss: "sometimes in the morning".
  often('he send me whatsapp at 1am. Not every day, some times in the month.', freq('occasional', true)),
  often('she turns up sometimes a month, not more', freq('occasional', true)),
  often('sometimes in the morning he waits outside', freq('occasional', true)),
  // Blind batch 214's kinds (older and younger voices). Who: a relative introduced by their age and how they live is the one it
  // is done to ("My mum is 81 and lives on her own. ... a man knocked"); not one who is said to do it after the age ("my dad is
  // 50 and keeps turning up at my work"). How often: an intensifier read as "every single" ("every blessed day"); a count left
  // singular ("3 or 4 night per week", "every day maybe 30 call"); a relayed account in quotes is the story, not their words
  // ("In his words: '... two or three times a week'"). When: "since year 9" with the year they are in now.
  who("My mum is 81 and lives on her own. A man knocked and did her gutters without asking. She'd never seen him before", 'stranger'),
  who("My grandfather is 88 and I'm writing this with him. He gets calls from a withheld number", 'unknown'),
  who('my dad is 50 and keeps turning up at my work', 'family'),
  often('he knocks at my door every blessed day, sometimes twice', freq('daily', false)),
  often('he texts every bloody night', freq('daily', false)),
  often('he send me whatsapp at night. Like 3 or 4 night per week', freq('fewWeekly', true, 4, 'week')),
  often('he is calling me every day maybe 30 call', freq('severalDaily', true)),
  often('he texts every day, one text', freq('daily', false)),
  often("I'm typing this for my dad. In his words: 'Somebody rings the house, mostly late at night, two or three times a week.'", freq('fewWeekly', true, 3, 'week')),
  startsOn('shes been making group chats about me since year 9. im in year 10 now', '2025-09-03', true, 'overYear'),
  startsOn('Been going on since year 11 so like 3 years.', '2023-11-28', true, 'overYear'),
  // Blind batch 215: "sat" and "sun" for the days after "since", "last" or "this" ("since sat hes sayin hell send it round");
  // near misses: the verb and the star
  startsOn('a boy in my yr has a pic i sent him n since sat hes sayin hell send it round', '2026-11-21', false, 'thisWeek'),
  startsOn('since sun hes been texting me', '2026-11-22', false, 'thisWeek'),
  does('he sat on the wall outside my house', ['turningUp']),
  since('he sat next to me on the bus and has been messaging me', null),
];

export const ALL_ROWS: { group: string; rows: Row[] }[] = [
  { group: 'dates', rows: DATE_ROWS },
  { group: 'frequency', rows: FREQUENCY_ROWS },
  { group: 'behaviours', rows: BEHAVIOUR_ROWS },
  { group: 'relationship', rows: RELATIONSHIP_ROWS },
  { group: 'stories', rows: STORY_ROWS },
  { group: 'held-out', rows: HELD_OUT_ROWS },
  { group: 'held-out 2', rows: HELD_OUT_2_ROWS },
  { group: 'sms spelling', rows: SMS_ROWS },
  { group: 'other words', rows: OTHER_WORDS_ROWS },
];
