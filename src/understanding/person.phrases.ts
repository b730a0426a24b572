/**
 * What a person says about themselves that picks the services: their age ("I'm 15", "I'm at
 * school") and where they live ("I live in Glasgow", "is there a helpline in Wales?"). Regular
 * expression sources per locale, matched against the normalised, lower-case message.
 */
import type { Nation } from '../../dialogs/facts';

export interface PersonPhrases {
  /** Group 1 is the age in years. */
  ageNumber: string[];
  /** Words that mean under 18 without a number ("I'm still at school", "I'm in year 10"). */
  under18: string[];
  /** Group 1 is a place; `places` says which nation it is in. */
  livesIn: string[];
  places: Record<Nation, string[]>;
}

/** Words after "I'm 5" that make it not an age ("I'm 5 minutes away"). */
const NOT_AGE = `(?! ?(?:mins?|minutes?|hours?|hrs?|secs?|seconds?|days?|weeks?|months?|miles?|metres?|meters?|km|feet|ft|%|percent|times?|quid|pounds?|streets?|doors?|houses?|stops?|am\\b|pm\\b|o'clock|:|\\.\\d|,\\d|th\\b|st\\b|nd\\b|rd\\b))`;

/** A place said after "in", as a group: optional "north", "south"... then the place. */
const PLACE = `((?:north |south |east |west |mid |rural |central |the )?[a-z]+(?: [a-z]+)?)`;

export const enGBPerson: PersonPhrases = {
  ageNumber: [
    `\\bi(?:'m| am)(?: only| just| nearly| almost)? (\\d{1,2})(?:[- ]?(?:years?|yrs?)[- ]?old|[- ]?y/?o\\b)?${NOT_AGE}(?=$|[\\s.,!?;)])`,
    `\\bi(?:'m| am) an? (\\d{1,2})[- ]?(?:years?|yrs?)[- ]?old\\b`,
    `\\b(?:my age is|i'm aged|i am aged) (\\d{1,2})\\b`,
  ],
  under18: [
    `\\bi(?:'m| am) (?:still )?(?:under 18|under eighteen|a minor|a child|a kid|underage|not 18 yet|not eighteen yet)\\b`,
    `\\bi(?:'m| am) (?:still )?(?:at|in) (?:secondary |high |primary |middle )?school\\b`,
    `\\bi (?:go to|attend) (?:secondary |high |primary |middle )?school\\b`,
    `\\bi(?:'m| am) in (?:year|yr) (?:[5-9]|1[0-3])\\b`,
    `\\bi(?:'m| am) (?:at|in) (?:the )?sixth form\\b`,
  ],
  livesIn: [
    `\\b(?:i|we) (?:live|lived|living|stay|staying|moved|have moved|'ve moved)(?: \\w+){0,2}? (?:in|to) ${PLACE}`,
    `\\b(?:i'm|i am|we're|we are)(?: based| living| staying| up| over| down)? (?:in|from) ${PLACE}`,
    `\\b(?:here in|up here in|over here in|based in|my home is in|my house is in|my flat is in) ${PLACE}`,
    `\\b(?:is there|are there|what about|how about|anything|anyone|services?|helplines?|numbers?|support|help)(?: \\w+){0,4}? (?:in|for) ${PLACE}`,
    `\\bwhat about ${PLACE}`,
  ],
  places: {
    england: ['england', 'london'],
    wales: ['wales', 'cardiff', 'swansea', 'wrexham', 'aberystwyth', 'snowdonia'],
    scotland: ['scotland', 'glasgow', 'edinburgh', 'aberdeen', 'dundee', 'inverness', 'stirling', 'fife', 'the highlands', 'highlands'],
    northernIreland: ['northern ireland', 'n ireland', 'belfast', 'derry', 'londonderry', 'newry', 'lisburn', 'armagh', 'antrim', 'tyrone', 'fermanagh'],
  },
};
