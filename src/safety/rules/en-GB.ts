/**
 * Safety rules for British English. Pure data: normalisation tables, guard words, and rules.
 *
 * Patterns run on NORMALISED clauses: lowercase a-z/0-9 words, single spaces, no punctuation,
 * contractions expanded ("he's" -> "he is", "won't" -> "will not"), SMS shorthand and common typos
 * fixed ("rn" -> "right now", "comming" -> "coming", "ma" -> "my"). So write patterns in plain
 * expanded English: `he is outside`, never `he's`.
 *
 * Fragments below (SUBJ, BE, FILL, ...) keep the rules readable; `rx()` joins fragments with single
 * spaces and compiles a global, word-bounded RegExp.
 */
import type { GuardVocabulary, LocalePack, NormalisationData, SafetyRule } from '../types';
import { alt, anywhereWithin, endOr, END, gate, gatedBy, notFollowedBy, opt, orEnd, rx, some, START, W } from './regex';
import { ACCIDENT_BEFORE, ACROSS_ROAD_NO_ARTICLE, DURATION_NUM, DURATION_UNIT, FOR_MINUTES, EVERY_SOUND_BEFORE, ROUTINE_WHEN_AFTER, WHILE_AWAY_AFTER, ASIDE_BETWEEN_SUBJECT_AND_VERB, HELP_COMING_CLAUSE, CAME_TO, MOMENTS_AGO, TOOL_USE_AFTER, WAKING_UP, TOY_WEAPON_GAME_BEFORE, TURNED_OUT_HARMLESS, DELIVERY_NAMED_LATER, frameRules, HARMLESS_AFTER_CONJUNCTION, HARMLESS_CALLER, MEDICINES, KNOCK_AND_RUN_AFTER, LEARNED_SIGNAL_QUIET, MODERATED_EACH_TIME, NOT_PARKING_ASKED_ABOUT, LEARNED_SIGNAL_SKIP_CLAUSES, NOT_LIVE_TO_SEE, ONLINE_TRACE, SEEN_ONLINE_AFTER, TIMES_IN_A_SPAN_AFTER, ALARM_WAS_HARMLESS, NOT_DAY_LEFT_OPEN_AFTER, WHEN_NEXT_SEEN_AFTER_NOW, SANCTION_LAUGHED_OFF, SANCTION_THEN_LAUGH, SERVICE_CALLER_WAS_THERE, SERVICE_PERSON_CORRECTION, WHILE_WRITING, WRITER_SAYS_HARMLESS } from './en-GB.frames';
import { MONTH_NAMES_BUT_MAY, WEEKDAY_NAMES } from './en-GB.calendar';
import model from '../models/en-GB.json';
import { concepts } from './en-GB.concepts';
import { spelling } from './en-GB.spelling';

// ---------------------------------------------------------------------------------------------
// Fragments
// ---------------------------------------------------------------------------------------------

const EX = `ex(?: ${alt('partner', 'husband', 'wife', 'boyfriend', 'girlfriend', 'fiance', 'fiancee')})?`;
/** The person causing harm, as people write it. */
/** Words people put before "man" ("a young man", "some big drunk bloke"): the person is the same. */
const PERSON_ADJ = some(alt('young', 'old', 'older', 'big', 'tall', 'strange', 'drunk', 'masked', 'weird', 'creepy', 'scary', 'random', 'huge', 'angry', 'hooded', 'little'), 2);
/** Helping the writer write this very message: "helping me type this", "typing this for me" (the one there is on their side). */
const HELPING_THEM_WRITE = `(?:(?:helping me|here to help me|here helping me) (?:to )?(?:type|write|send|do|fill in|with) (?:this|it|the message|these messages)|typing (?:this )?for me|writing (?:this )?for me)`;
const SUBJ = alt(
  'he',
  'she',
  'they',
  'someone',
  'somebody',
  // ...a boy or girl too ("the boy from school is outside my house", batch 157)
  `${alt('a', 'this', 'that', 'the', 'some')} ${PERSON_ADJ}${alt('man', 'woman', 'guy', 'bloke', 'person', 'stranger', 'lad', 'group', 'gang', 'men', 'boy', 'girl', 'teenager')}`,
  `${alt('some', 'two', 'three', 'four', '[0-9]+', 'a couple of', 'a few', 'a group of', 'a gang of', 'loads of', 'these', 'those', 'the')} ${PERSON_ADJ}${alt('lads', 'blokes', 'guys', 'men', 'women', 'people', 'youths', 'strangers', 'fellas')}`,
  `${alt('my', 'the', 'her', 'his', 'their', 'our')} ${alt(EX, 'stalker')}`,
  EX,
  'stalker',
);
/** Those who do it for them, as a pattern ("his mates keep driving past my house", "her family keep sitting outside"). */
const PROXY = `${alt('his', 'her', 'their', 'my exs', 'my ex is')} ${alt('mates', 'mate', 'friends', 'friend', 'brother', 'brothers', 'sister', 'sisters', 'family', 'cousin', 'cousins', 'dad', 'mum', 'new girlfriend', 'new boyfriend', 'new partner', 'new wife', 'new husband', 'boys', 'lads', 'gang', 'crew')}`;
/** Family, a partner or someone they live with, as nouns (KIN with "my", "our" or "the"; said bare in VIOLENT_WHO). */
const KIN_NOUNS = alt('partner', 'husband', 'wife', 'boyfriend', 'girlfriend', 'fiance', 'fiancee', 'dad', 'father', 'stepdad', 'step dad', 'mum', 'mother', 'stepmum', 'brother', 'son', 'uncle', 'neighbour', 'flatmate', 'housemate', 'landlord');
/** Family or partner: for violence now (domestic abuse happens at home). */
const KIN = `${alt('my', 'our', 'the')} ${KIN_NOUNS}`;
/** Who lives where, said after them: "the man next door strangled me in 2021", "the woman upstairs hit my son". */
const NEIGHBOUR_BY_WHERE = opt(alt('next door', 'upstairs', 'downstairs', 'across the road', 'over the road', 'across the street', 'across the landing', 'opposite', 'below me', 'above me', 'two doors down', 'a few doors down', 'round the corner'));
/**
 * Who did it, in risk.violencePast: one of theirs, family or a partner (with "my" or said bare, as people type: "dad punched me
 * last year", "stepdad used to beat me"), or a neighbour named by where they live.
 */
const VIOLENT_WHO = alt(SUBJ, KIN, KIN_NOUNS) + NEIGHBOUR_BY_WHERE;
/** Partners only: a threat from a partner is a threat; "my mum will kill me" is an idiom. */
const PARTNER = `${alt('my', 'our')} ${alt('partner', 'husband', 'boyfriend', 'girlfriend', 'fiance', 'fiancee')}`;
const SUBJ_ANY = alt(SUBJ, KIN);
/** Someone else (third person): crisis words after these are about them, not the writer. */
const THIRD_PERSON_BEFORE = new RegExp(
  `\\b(?:he|she|they|his|her|their|ex|husband|wife|boyfriend|girlfriend|partner|friend|mum|mother|dad|father|brother|sister|son|daughter|cousin|someone|somebody)(?: (?:is|was|has|had|have|been|says|said|keeps|always|often|gets|got|feels|felt|seems|became|becomes|threatened|threatens|threatening|will|would|tried|tries|attempted|wants|to|going|just|also|once|even|nearly|almost|might|may|could|again|he|she|they|that)){0,8}$`,
);
/** Another person telling them to do it ("he told me to kill myself"): abuse, not their intent. */
const TOLD_TO_BEFORE = /\b(?:told me to|tells me to|telling me to|keeps telling me to|said i should|says i should|wants me to|want me to|dared me to|go and|go)$/;
/** Present-tense "to be", including the perfect ("he's been outside for an hour"). */
const BE = alt('is', 'are', 'has been', 'have been', 'is been', 'are been');
/** Words people put between "he is" and where he is. Never includes a negation. */
const FILL = some(
  alt(
    'just',
    'still',
    'now',
    'right',
    'currently',
    'literally',
    'actually',
    'really',
    'definitely',
    'probably',
    'again',
    'back',
    'here',
    'stood',
    'standing',
    'sat',
    'sitting',
    'seated',
    'waiting',
    'parked',
    'parked up',
    'hanging around',
    'hanging about',
    'lurking',
    'loitering',
    'pacing',
    'leaning',
    'shouting',
    'screaming',
    'yelling',
    'watching',
    'outside',
    `in ${alt('his', 'her', 'their', 'a', 'the')} ${alt('car', 'van')}`,
  ),
  4,
);
/** Vehicles, whose "'s" is "has" before "been" and is never a person's "is" (the rules read a vehicle as its driver). */
const VEHICLE_WORDS = 'car|van|motor|truck|lorry|taxi|cab|motorbike|jeep';
/** Which part or side of the property, said before it: "smashed my front window", "keyed my car door". */
const PROPERTY_PART = opt(alt('front', 'back', 'side', 'bedroom', 'kitchen', 'bathroom', 'living room', 'lounge', 'downstairs', 'upstairs', 'car', 'van', 'passenger', 'drivers', 'new', 'brand new', 'garden', 'shop', 'patio'));
const PLACE_NOUN = alt(
  'front door',
  'back door',
  'door',
  'doors',
  'house',
  'home',
  'flat',
  'front window',
  'window',
  'windows',
  'gate',
  'front gate',
  'lawn',
  'front lawn',
  // the wall round their garden; not a bare 'wall' (a social media wall)
  'front wall',
  'garden wall',
  'back wall',
  'back lawn',
  'step',
  'front step',
  'back step',
  'steps',
  'path',
  'front path',
  'garden path',
  'balcony',
  'back gate',
  'garden gate',
  'front garden',
  'back garden',
  'garden',
  'street',
  'road',
  'building',
  'block',
  'work',
  'workplace',
  'office',
  'school',
  'kids school',
  'childrens school',
  'college',
  'uni',
  'car',
  'place',
  'doorstep',
  'drive',
  'driveway',
  'stairs',
  'stairwell',
  'hallway',
  'landing',
  'room',
  'bedroom',
  'kitchen',
  'bathroom',
  'car park',
  'carpark',
  'bus stop',
  'station',
  'shop',
  'gym',
  'estate',
  'letterbox',
  'porch',
  'yard',
  'mums',
  'mums house',
  'parents',
  'parents house',
  'friends house',
  'shed',
  'garage',
  'loft',
  'attic',
  'cellar',
  'basement',
  'conservatory',
  'living room',
  'lounge',
  'hall',
  'front room',
  'back room',
  'spare room',
  'balcony',
  'lift',
  'alley',
  'back alley',
);
const OWN = alt('my', 'our', 'the', 'her', 'his', 'their');
/**
 * Places of a journey, where someone waiting or stood is there with the writer as much as at their door (batch 141: "hes at
 * the platform", "shes at the barriers", "hes waiting at the taxi rank", "they are in the services"): read with "the" in
 * `PLACE` beside the station and the bus stop.
 */
const TRANSPORT_PLACES = ['platform', 'platforms', 'stop', 'tram stop', 'bus station', 'train station', 'coach station', 'tube station', 'railway station', 'services', 'service station', 'petrol station', 'arrivals', 'arrivals hall', 'departures', 'departure lounge', 'barriers', 'ticket barriers', 'ticket barrier', 'ticket office', 'ticket machines', 'ticket machine', 'taxi rank', 'rank', 'concourse', 'terminal', 'ferry terminal', 'waiting room', 'underpass', 'layby', 'lay by', 'exit', 'station exit', 'footbridge', 'escalator', 'escalators', 'interchange', 'bus shelter', 'shelter', 'cashpoint', 'cash machine'];
/** A step of a journey (batch 141): getting off or on a bus or train, changing carriages. */
const JOURNEY_STEP = alt('got off', 'get off', 'got on', 'get on', 'jumped off', 'jumped on', 'hopped off', 'hopped on', 'stepped off', 'stepped on', 'changed carriages', 'moved carriages', 'switched carriages', 'changed trains', 'changed buses', 'changed seats', 'moved seats', 'moved downstairs', 'moved upstairs', 'crossed the road', 'crossed over');
/** A time days or more back, said before (the story told afterwards, not now). */
const DAYS_BACK_WORDS = alt('last week', 'last month', 'last year', 'last summer', 'last christmas', 'years ago', 'months ago', 'weeks ago', 'days ago', 'used to', 'when i was', 'once', 'in 20[0-9]{2}', 'in 19[0-9]{2}');
/** Where the person is when they are a danger now. */
const PLACE = alt(
  `outside(?: ${OWN} ${PLACE_NOUN}|(?! ${alt('the country', 'this country', 'the uk', 'the area', 'the eu', 'the city', 'the town', 'the county', 'of', 'working hours', 'office hours', 'london', 'england', 'britain', 'my league', 'the law', 'the rules', 'court')}\\b))`,
  'downstairs',
  'upstairs',
  'next door',
  'nearby',
  'close by',
  `${alt('round', 'around', 'at')} the corner`,
  `down ${alt('the', 'my')} ${alt('road', 'street', 'hall', 'corridor')}`,
  `${alt('across', 'over', 'opposite')} the ${alt('road', 'street', 'way')}`,
  // "opposite" said alone as the place, at the clause's end or before what they are doing there: "He's sat in his car opposite
  // with the engine running" (not "the opposite of", "the opposite direction")
  `opposite(?=$| \\|| ${alt('with', 'now', 'again', 'and', 'watching', 'staring', 'looking', 'waiting', 'right now')}\\b)`,
  ACROSS_ROAD_NO_ARTICLE,
  `at the ${alt('end', 'bottom', 'top')} of ${OWN} ${alt('road', 'street', 'drive', 'garden', 'stairs')}`,
  `in front of ${OWN} ${PLACE_NOUN}`,
  `${alt('at', 'by', 'in', 'on', 'near', 'behind', 'inside', 'outside', 'around', 'round', 'opposite', 'in front of', 'next to', 'against')} ${alt('my', 'our')} ${PLACE_NOUN}`,
  `${alt('at', 'in', 'inside', 'by', 'near', 'outside', 'on')} the ${alt('door', 'front door', 'back door', 'window', 'house', 'flat', 'garden', 'building', 'hallway', 'stairwell', 'doorstep', 'drive', 'driveway', 'porch', 'path', 'stairs', 'landing', 'balcony', 'car park', 'carpark', 'entrance', 'main entrance', 'lobby', 'reception', 'foyer', 'lift', 'gate', 'front gate', 'bus stop', 'station', 'school gate', 'school gates', 'corner', 'queue', 'counter', 'checkout', 'till', 'tills', ...TRANSPORT_PLACES)}(?: of ${alt('my', 'our')} ${PLACE_NOUN})?`,
  // ...a transport place named without "the" (batch 141): "hes at arrivals", "she is on platform 4"
  `${alt('at', 'on', 'by', 'near', 'outside')} ${alt('arrivals', 'departures', 'platform [0-9]+[a-z]?', 'stand [0-9]+[a-z]?', 'gate [0-9]+[a-z]?', 'stop [0-9]+[a-z]?')}`,
  // a car park named by what it serves: "in the gym car park", "at the hospital car park"
  `${alt('at', 'in', 'by', 'near', 'outside', 'on')} the ${W} ${alt('car park', 'carpark')}`,
  'waiting for me(?! to (?:reply|answer|respond|call|text|message|decide|get back|forgive|change))',
  `${alt('behind', 'near', 'next to', 'beside', 'right behind', 'close to', 'near to')} me`,
  // at the table beside theirs, out (batch 188: "the man I have a restraining order against has been seated at the next table")
  `${alt('at', 'on')} the ${alt('next table', 'table next to ours', 'table next to us', 'table next to me', 'table behind us', 'table behind me')}`,
  // over the writer, bodily (not "he is over me": moved on)
  `${alt('standing', 'stood', 'leaning', 'hovering', 'towering', 'looming', 'kneeling', 'crouching', 'crouched', 'sat', 'sitting')} ${alt('over', 'on top of', 'right over')} ${alt('me', 'my bed', 'the bed')}`,
  // at their bed, in their room (batch 147: "is it stalking if hes standing at the end of my bed", read as "in my bedroom" is)
  `${alt('at', 'by')} the ${alt('end', 'foot', 'side', 'bottom', 'edge')} of ${alt('my', 'our')} bed`,
  `${alt('by', 'next to', 'beside')} ${alt('my', 'our')} bed`,
  `${alt('in', 'on')} my ${alt('street', 'road', 'area', 'building', 'block', 'doorstep', 'estate')}`,
);
/** Places at or around home: for "there's someone ..." (not "there's a guy at my college who..."). */
const HOME_PLACE = alt(
  'outside',
  'downstairs',
  'upstairs',
  `${alt('at', 'by', 'outside', 'in', 'inside', 'on', 'behind', 'near')} ${alt('my', 'our', 'the')} ${alt('door', 'front door', 'back door', 'window', 'windows', 'front window', 'house', 'flat', 'garden', 'front garden', 'back garden', 'doorstep', 'drive', 'driveway', 'gate', 'front gate', 'back gate', 'garden gate', 'hallway', 'stairs', 'stairwell', 'landing', 'porch', 'letterbox', 'car')}`,
  `${alt('across', 'over', 'opposite')} the ${alt('road', 'street', 'way')}`,
  ACROSS_ROAD_NO_ARTICLE,
  `in ${alt('my', 'our', 'the')} ${alt('building', 'block', 'car park', 'street', 'road')}`,
  `${alt('behind', 'next to', 'near')} me`,
);
/** "here" is a place too, but not "here with me", "here for me", "here in the UK". */
const HERE_NOT_SUPPORT = /^(?:with me|for me|to (?:help|support|look after|visit|see me)|in (?:the uk|england|wales|this country|britain|london)|on holiday)\b/;
const KIDS = alt('kids', 'children', 'child', 'baby', 'son', 'daughter', 'boy', 'girl', 'little one', 'toddler', 'twins', 'little boy', 'little girl');
const KID = `${alt('my', 'our', 'the', 'her', 'his')} ${KIDS}`;
const OBJ_PEOPLE = alt('me', 'us', 'you', KID, `my ${alt('mum', 'dad', 'mother', 'father', 'sister', 'brother', 'family', 'partner', 'friend', 'nan', 'gran')}`);
/** A weapon someone has with them (singular: "he's got a knife"). */
const WEAPON_ONE = alt('knife', 'gun', 'weapon', 'blade', 'machete', 'baseball bat', 'cricket bat', 'bat', 'hammer', 'axe', 'crowbar', 'screwdriver', 'acid', 'shotgun', 'rifle', 'pistol', 'firearm', 'taser', 'crossbow', 'sword', 'broken bottle', 'meat cleaver', 'cleaver');
/** Weapons someone owns or has used. */
const WEAPONS = alt('knife', 'knives', 'gun', 'guns', 'weapon', 'weapons', 'blade', 'blades', 'machete', 'machetes', 'shotgun', 'shotguns', 'rifle', 'rifles', 'pistol', 'firearm', 'firearms', 'taser', 'crossbow', 'sword', 'swords', 'axe', 'acid');
const WEAPON_ADJ = alt('big', 'huge', 'kitchen', 'massive', 'small', 'large', 'sharp', 'loaded', 'real', 'long', 'bread');
const HARM_VERB = alt('kill', 'murder', 'hurt', 'stab', 'shoot', 'attack', 'beat', 'batter', 'strangle', 'burn', 'end', 'smash', 'rape', 'slit', 'kidnap', 'take');
const HARM_OBJ = alt(OBJ_PEOPLE, 'him', 'her', 'them', 'everyone', `${alt('my', 'the', 'our')} ${alt('house', 'flat', 'car', 'home', 'place')}`);
/** Within the next few hours. */
const IMMEDIATE = alt(
  'tonight',
  'today',
  'right now',
  'now(?! that)',
  `this ${alt('morning', 'afternoon', 'evening')}`,
  // Not "later this week", "later in the year", "later in life".
  `later(?! ${alt('this', 'next', 'in the', 'on in the', 'on this', 'in life')} ${alt('week', 'month', 'year', 'life', 'term')})`,
  'soon(?! after)',
  'any minute',
  'any second',
  'in a minute',
  `in ${alt('a', 'an', 'a few', 'a couple of', 'ten', 'five', 'twenty', 'thirty', '[0-9]+')} ${alt('minutes', 'mins', 'min', 'hour', 'hours', 'secs', 'seconds')}`,
  `when ${alt('he', 'she', 'they')} ${alt('gets', 'get')} ${alt('here', 'home', 'back', 'in', 'over', 'round')}`,
  // asleep or drunk now, and at it again within hours: "he said when he wakes up he's finishing what he started"
  `when ${alt('he', 'she', 'they')} ${alt(...WAKING_UP, 'get up', 'comes round', 'come round', 'comes to')}`,
  `on ${alt('his', 'her', 'their', 'the')} way`,
  'when i get home',
);
const SAID = alt('said', 'says', 'saying', 'told me', 'texted', 'text', 'messaged', 'wrote', 'posted', 'threatened', 'is threatening', 'keeps saying', 'swears', 'swore', 'shouted', 'screamed', 'voicemail', 'rang', 'called');
const REPORT = alt(SAID, 'that', 'he', 'she', 'they', 'i', 'am', 'is', 'will', 'would', 'going', 'to', 'gonna', 'come', 'coming', 'round', 'over', 'and', 'just');
/** What a threat can promise for a later time. Not "take" ("he'll take the kids tomorrow" is contact). */
const NEAR_HARM_VERB = alt('kill', 'murder', 'hurt', 'stab', 'shoot', 'attack', 'beat', 'batter', 'strangle', 'burn', 'end', 'smash', 'rape', 'slit', 'kidnap');
const WEEKDAY = alt('monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday');
/**
 * A day or so away. A threat to harm with one of these times is planned and close: an emergency
 * (999 guidance now), like IMMEDIATE. Day names only with "this" ("on Saturday" may be a past one);
 * "next week", "next month", "when he gets out next year" are further away (risk).
 */
const NEAR_FUTURE = alt(
  `tomorrow${opt(alt('night', 'morning', 'afternoon', 'evening', 'lunchtime', 'first thing'))}`,
  `first thing${opt(alt('tomorrow', 'in the morning'))}`,
  'in the morning',
  'this time tomorrow',
  `${alt('by', 'before')} ${alt('tomorrow', 'the morning', 'morning', 'the weekend')}`,
  `this (?:coming )?${alt('weekend', WEEKDAY)}`,
);
/**
 * Near-future words that can open a threat ("tomorrow he's going to kill me"). Not "this weekend",
 * "this Saturday", "in the morning": before "he said..." those often tell when it was said.
 */
const NEAR_FUTURE_LEAD = alt(`tomorrow${opt(alt('night', 'morning', 'afternoon', 'evening'))}`, 'this time tomorrow', `${alt('by', 'before')} tomorrow`);
/** When a threat says it will happen: within hours or a day or so. */
const THREAT_TIME = alt(IMMEDIATE, NEAR_FUTURE);
const GAMES = alt('squash', 'tennis', 'badminton', 'golf', 'football', 'five a side', 'snooker', 'pool', 'darts', 'chess', 'poker', 'cards', 'scrabble', 'monopoly', 'fifa', 'the quiz', 'quiz night', 'the gym', 'training', 'netball', 'bowling', 'karaoke', 'mario kart', 'the game', 'the match');
/**
 * After "kill me" / "hurt me": words that make it an idiom, not a threat ("my mum will kill me if
 * I'm late", "he'll kill me for being late", "I'll kill him at squash", "shoot me a text").
 */
const THREAT_IDIOM = alt(
  'if i am late',
  'if i forget',
  `if i do not ${alt('finish', 'get', 'come', 'tidy', 'clean', 'do my')}`,
  `if ${alt('she', 'he', 'they')} ${alt('finds', 'find', 'sees', 'see')} out`,
  `for ${alt('being late', 'forgetting', 'missing', 'losing', 'breaking', 'eating', 'spending')}`,
  `when ${alt('she', 'he', 'they')} ${alt('sees', 'see', 'reads', 'read', 'gets', 'get')} ${alt('my', 'the')} ${alt('homework', 'grades', 'marks', 'results', 'report', 'school report', 'report card', 'bill', 'phone bill', 'mess', 'room', 'dent', 'scratch', 'haircut', 'hair', 'tattoo', 'credit card bill', 'bank statement')}`,
  `with ${alt('work', 'laughter', 'kindness', 'this (?:work|job|homework|noise|music)')}`,
  `${alt('at', 'in')} ${GAMES}`,
  `in ${alt('the race', 'a race', 'the final', 'the exam', 'the test', 'the election', 'court', 'the meeting', 'the hearing', 'the interview', 'the group chat', 'the comments')}`,
  `${alt('a', 'an')} ${alt('text', 'message', 'email', 'line', 'call', 'dm', 'pm', 'photo', 'pic', 'picture', 'cd')}`,
  'online',
  `on ${alt('social media', 'facebook', 'instagram', 'twitter', 'tiktok', 'whatsapp', 'snapchat')}`,
);
/**
 * Words between a threat and its time ("kill me when he gets out tomorrow"). It does not run
 * across an idiom, a negation or a new idea ("he said he'd kill me but I have court tomorrow").
 */
const THREAT_GAP = `(?:(?!${alt(
  THREAT_IDIOM,
  'but',
  'because',
  'so',
  'though',
  'although',
  'which',
  'not',
  'never',
  // "kill me and the kids tomorrow", not "kill me and the police are coming tomorrow".
  `and(?! ${alt(`${alt('the', 'my', 'our', 'your', 'his', 'her')} ${alt('kids', 'children', 'family', 'baby', 'son', 'daughter', 'mum', 'dad', 'partner', 'boyfriend', 'girlfriend', 'husband', 'wife', 'friend', 'friends', 'sister', 'brother', 'dog', 'cat', 'house', 'flat', 'car')}`, 'him', 'her', 'them', 'everyone', 'me', 'us', 'you')}\\b)`,
  `i ${alt('have', 'had', 'am', 'was', 'got', 'need', 'want', 'called', 'rang', 'told', 'reported', 'think', 'feel', 'do not')}`,
)}\\b)${W} ){0,6}`;
/** A quoted threat in the first person is to "you" ("he texted: I'll kill you tomorrow"). */
const YOU_OBJ = alt('you', `your ${alt('kids', 'children', 'family', 'mum', 'dad', 'son', 'daughter', 'baby', 'partner', 'boyfriend', 'girlfriend', 'husband', 'wife', 'new boyfriend', 'new girlfriend', 'new partner', 'house', 'flat', 'car', 'home')}`);
/** "dead" used as an intensifier ("dead tired", "dead on my feet"), not death. */
/** Where medicine is kept, and whose (crisis.overdose: everything in it meant to be taken, or taken). */
const MEDICINE_PLACE = alt('medicine cabinet', 'medicine cupboard', 'medicine box', 'medicine drawer', 'medicines cabinet', 'bathroom cabinet', 'bathroom cupboard', 'first aid box', 'first aid kit', 'pill box', 'dosette box', 'meds box', 'meds drawer', 'meds cupboard', 'tablet box');
const WHOSE_MEDICINE = some(alt('the', 'my', 'his', 'her', 'their', 'our', 'mums', 'mams', 'dads', 'nans', 'grans', 'my mums', 'my dads', 'my nans'), 1);
const DEAD_NOT_DEATH = ['to me', 'to us', 'to him', 'to her', 'to them', 'to everyone', 'tired', 'beat', 'on my feet', 'on your feet', 'on our feet', 'bored', 'jealous', 'lucky', 'busy', 'excited', 'chuffed', 'proud', 'nervous', 'good', 'nice', 'easy', 'funny', 'serious', 'set', 'keen', 'right', 'against', 'to the world', 'asleep', 'inside', 'quiet', 'cold', 'on time'];
/** After "I'll be dead tomorrow": worn out, not dying ("...after the night shift", "...from all this walking"). */
/** A thing named for the evening or night after it, not the time: "till evening shift", "before night class" (batch 171). */
const NOT_A_THING_OF_THE_EVENING = String.raw`(?! (?:before|of|after|that|when|class|classes|shift|shifts|bus|train|out|prayer|prayers|service|meal|news)\b)`;
const DEAD_AFTER_NOT_DEATH = ['lol', 'haha', 'lmao', 'jk', 'from', 'at work', 'on my feet', `after ${alt('the', 'that', 'this', 'a', 'my', 'all', 'work', 'school', 'training', 'tonight', 'today')}`];
/**
 * Someone coming (now, later, tomorrow, on Saturday...): "is coming", "will come", "is driving
 * down". Present or future only ("he was coming" is a story, unless reported: see comingToHarm).
 */
const COME_ADV = some(alt('definitely', 'actually', 'really', 'literally', 'still', 'now', 'apparently', 'seriously', 'just'), 1);
const COMES = alt(
  `${alt('is', 'are')} ${COME_ADV}${alt('coming', 'heading', 'driving', 'travelling', 'flying', 'walking', 'getting the train', 'getting a train', 'getting a taxi', 'getting a cab')}`,
  `${alt('will', 'is going to', 'are going to', 'is about to', 'are about to', 'is planning to', 'are planning to', 'plans to', 'plan to')} ${COME_ADV}${alt('come', 'be coming', 'be round', 'be over', 'be here', 'be back', 'turn up', 'show up', 'head', 'drive', 'fly', 'travel')}`,
);
/** Words between "coming" and "to kill me" ("coming round tomorrow"), not across a negation or a new idea. */
const COME_GAP = `(?:(?!${alt('not', 'never', 'but', 'because', 'so', 'though', 'although', 'or', 'if', 'unless', 'and')}\\b)${W} ){0,6}?`;
/**
 * After "coming to get me": only a time or a new idea ("get me tomorrow", "get me and the kids"),
 * not "get me a lift", "get me from the station", "get me at 5", "get me arrested".
 */
const COME_GET_END = endOr('tomorrow', 'tonight', 'today', 'later', 'soon', 'now', 'right now', 'next', 'this', `on ${WEEKDAY}`, 'again', 'too', 'as well', 'and (?:the|my|our) (?:kids|children|family|baby)', 'because', 'i', 'he', 'she', 'they', 'please', 'help', 'omg', 'whatever', 'no matter', 'for (?:this|that|what|it|leaving|reporting|calling|telling|talking)');
/** What they are coming to do: harm someone or something of theirs. */
const COME_HARM = alt(
  `${alt('kill', 'murder', 'hurt', 'stab', 'shoot', 'attack', 'beat', 'batter', 'strangle', 'burn', 'rape', 'kidnap', 'finish', 'end', 'slit')} ${alt(OBJ_PEOPLE, 'him', 'her', 'them', 'everyone')}`,
  `${alt('burn', 'smash', 'torch', 'petrol bomb')} ${alt('my', 'the', 'our')} ${alt('house', 'flat', 'car', 'home', 'place')}`,
  `sort ${alt('me', 'us')} out`,
  `teach ${alt('me', 'us')} a lesson`,
);
/** "Coming to get me": a threat from him, she, they, my ex (from "my boyfriend" it is usually a lift). */
const COME_GET = `${alt('get', 'grab', 'find')} ${alt('me', 'us')}${COME_GET_END}`;
// "someone outside the uk": a country or jurisdiction, not outside their home
const OUTSIDE_A_COUNTRY = /^(?:of )?(?:the )?(?:uk|u k|united kingdom|country|eu|european union|europe|usa|united states|america|britain|great britain|england|scotland|wales|northern ireland|ireland|jurisdiction|continent)\b/;
const ONLINE = /^(?:on |at |in )?(?:online|on line|social media|instagram|insta|facebook|fb|twitter|tiktok|snapchat|snap|whatsapp|my (?:posts|stories|story|page|profile|account|accounts)|the internet|on (?:instagram|insta|facebook|fb|twitter|x|tiktok|snapchat|snap|whatsapp|social|social media|my phone|the phone|the internet|the app|apps)|in (?:the )?(?:comments|group chat|posts))\b/;

// ---------------------------------------------------------------------------------------------
// Normalisation
// ---------------------------------------------------------------------------------------------

/** Verbs after which "hell", "shell" and "shed" are "he will", "she will" and "she would" ("hell kill me"). */
const CONTRACTION_VERBS = 'kill|hurt|come|be|find|get|do|go|turn|break|take|never|not|just|probably|definitely|try|see|know|show|stab|shoot|murder|end|burn|smash|attack|beat|kidnap|make|post|share|send|leak|tell|ruin|destroy|pay|hunt|track|wait|watch|follow|kick|set|put|stop|regret|leave|always|still|really|finish|be';
/** ...and after which only "hell" and "shell" are (the threat rules read "he will deal with me", "...sort me out"). */
const WILL_ONLY_VERBS = 'deal|sort|teach|batter|punch|strangle';
/** "hell kill me" (no apostrophe) -> "he will kill me"; the same for "shell", "shed" (she'd); not "the hell", "a shed". */
const CONTRACTED_WITHOUT_APOSTROPHE: [RegExp, string][] = (
  [
    ['hell', 'he will ', `${CONTRACTION_VERBS}|${WILL_ONLY_VERBS}`],
    ['shell', 'she will ', `${CONTRACTION_VERBS}|${WILL_ONLY_VERBS}`],
    ['shed', 'she would ', CONTRACTION_VERBS],
  ] as const
).map(([word, reading, verbs]) => [
  new RegExp(`(?<!\\b(?:the|a|my|our|his|her|their|like|to|of|from|as|in|garden|what) )${word}\\b (?=(?:${verbs})\\b)`, 'g'),
  reading,
]);

/** The means named as with them ("the bleach", "some pills"), read by crisis.means with the wish to end it. */
const MEANS_AT_HAND = `${alt('the', 'some', 'a bottle of', 'my')} ${alt('bleach', 'pills', 'tablets', 'paracetamol', 'painkillers', 'rope', 'razor', 'blades')}`;
/** A means of self-harm there with them, read by crisis.means with the wish to use it. */
const MEANS_THERE = alt('blade', 'blades', 'razor', 'razors', 'razor blade', 'razor blades', 'knife', 'knives', 'pills', 'tablets', 'meds', 'paracetamol', 'painkillers', 'rope', 'noose');
/** The wish to end it or die, said plainly: read by crisis.means with the means at hand. */
const WISH_TO_END = alt('i want it to end', 'i want this to end', 'i want it all to end', 'i want everything to end', 'i want to die', 'i want to end it', 'i just want to die');

const normalisation: NormalisationData = {
  contractions: [
    [/\bwon't\b/g, 'will not'],
    [/\bcan't\b/g, 'can not'],
    [/\bshan't\b/g, 'shall not'],
    [/\bain't\b/g, 'is not'],
    [/\b([a-z]+)n't\b/g, '$1 not'],
    [/'re\b/g, ' are'],
    [/'ve\b/g, ' have'],
    [/'ll\b/g, ' will'],
    [/\bi'm\b/g, 'i am'],
    [/\bod'(?:e)?d\b/g, 'overdosed'],
    [/'d\b/g, ' would'],
    [/\blet's\b/g, 'let us'],
    [/\b(he|she|it|that|there|here|who|what|where|someone|somebody|everyone|nobody|noone|no one|something|nothing|this|ex|stalker)'s\b/g, '$1 is'],
    // The h dropped in speech (London, the North, the Midlands): "'e's at the door", "ye e's ere" ("he is"); without the apostrophe
    // only where a sentence's subject stands (not the pills: "took 2 e's"); and with the apostrophe only the words a quote mark
    // cannot open ("'ouse", "'ome", "'urt"; not "'it", "'is", "'im", "'er": a quote can start "'it is over'", "'im outside'").
    // "ere" alone and "me ouse" are read among the tokens and phrase fixes.
    [/(?<![a-z0-9])'e's\b/g, 'he is'],
    [/(?<=(?:^|\|) *|\b(?:and|but|so|now|then|ye|yeah|yes|yep|aye|an|n|cos|coz|cause|because|when|if|that|think|reckon|well|said|says|innit|oi|mate|till|until|where|while) )e's\b/g, 'he is'],
    [/(?<![a-z0-9])'e\b(?![-'])/g, 'he'],
    [/(?<![a-z0-9])'(ere|ouse|ome|urt|urting|elp|ead|ammer|ospital|iding)\b/g, 'h$1'],
    // ...and a person before a past participle no possessive takes (batch 166): "neighbour's come over the fence with a machete",
    // "my dad's got a knife", "the lad's just grabbed my bag" ("has"; not "left" or "hit", which a possessive can take: "my
    // sister's left arm")
    [/\b([a-z]+)'s (?=(?:just )?(?:come|gone|got|climbed|broken|smashed|kicked|taken|turned up|followed|found|grabbed|pushed|punched|stabbed)\b)/g, '$1 has '],
    // ...and a vehicle: "a car's been parked at the bottom of our track" is "a car has been", not a possessive
    [new RegExp(`\\b(${VEHICLE_WORDS})'s been\\b`, 'g'), '$1 has been'],
    // ...and a vehicle doing something now: "his van's circling the block" (not a possessive before a verb)
    [new RegExp(`\\b(${VEHICLE_WORDS}|bike)'s (?=(?:circling|driving|crawling|idling|following|pulling|prowling|cruising|creeping|revving|reversing|coming|doing laps)\\b)`, 'g'), '$1 is '],
    // ...and any other noun, where a place, "ready", "still" or "going" follows: "rope's in the shed", "my mum's at work", "door's
    // going" (not a home named by whose it is: "staying at my mum's in Leeds", "round my nan's on Sunday"; not a vehicle, read as
    // its driver by the rules: "the car's in the garage"; not "going to", the idiom's "my mum's going to kill me for telling you")
    [new RegExp(`(?<!\\b(?:at|to|from|round|over|near|by|in|into|outside|past|stay at|staying at) (?:my|his|her|their|our|the|a|your|ur) [a-z]+)(?<!\\b(?:${VEHICLE_WORDS}|bike))(?<=\\b[a-z]+)'s (?=(?:in|on|under|upstairs|downstairs|outside|inside|here|there|ready|still|behind|next to|at|coming(?! to\\b)|going(?! to\\b)|sat|stood|standing|sitting|gone|now)\\b)`, 'g'), ' is '],
  ],
  tokens: {
    // SMS shorthand
    u: 'you',
    ya: 'you',
    ur: 'your',
    yr: 'your',
    // "sum guy put sumthin in my drink": "something" (and "sum" before a person is "some", among the phrase fixes)
    sumthin: 'something',
    sumthing: 'something',
    somethin: 'something',
    summat: 'something',
    r: 'are',
    n: 'and',
    rn: 'right now',
    heer: 'here',
    hre: 'here',
    rite: 'right',
    nw: 'now',
    atm: 'at the moment',
    pls: 'please',
    plz: 'please',
    plse: 'please',
    pleas: 'please',
    pleae: 'please',
    pleease: 'please',
    pleasee: 'please',
    plez: 'please',
    pleaz: 'please',
    plees: 'please',
    plese: 'please',
    pleese: 'please',
    im: 'i am',
    ive: 'i have',
    id: 'i would',
    hes: 'he is',
    hez: 'he is',
    shes: 'she is',
    shez: 'she is',
    theyre: 'they are',
    theyve: 'they have',
    theyll: 'they will',
    youre: 'you are',
    youll: 'you will',
    ull: 'you will',
    hed: 'he would',
    weve: 'we have',
    whos: 'who is',
    thats: 'that is',
    theres: 'there is',
    whats: 'what is',
    wheres: 'where is',
    its: 'it is',
    dont: 'do not',
    doesnt: 'does not',
    didnt: 'did not',
    cant: 'can not',
    cannot: 'can not',
    wont: 'will not',
    isnt: 'is not',
    arent: 'are not',
    wasnt: 'was not',
    werent: 'were not',
    havent: 'have not',
    hasnt: 'has not',
    hadnt: 'had not',
    couldnt: 'could not',
    wouldnt: 'would not',
    shouldnt: 'should not',
    aint: 'is not',
    gonna: 'going to',
    gunna: 'going to',
    gna: 'going to',
    wanna: 'want to',
    gotta: 'got to',
    tryna: 'trying to',
    dunno: 'do not know',
    '2nite': 'tonight',
    '2night': 'tonight',
    tonite: 'tonight',
    tonigh: 'tonight',
    '2day': 'today',
    '2moro': 'tomorrow',
    '2morrow': 'tomorrow',
    tmrw: 'tomorrow',
    tmr: 'tomorrow',
    tomoz: 'tomorrow',
    tomorow: 'tomorrow',
    tommorow: 'tomorrow',
    tommorrow: 'tomorrow',
    yday: 'yesterday',
    yest: 'yesterday',
    b4: 'before',
    cos: 'because',
    coz: 'because',
    cuz: 'because',
    becuz: 'because',
    becos: 'because',
    bc: 'because',
    thru: 'through',
    ppl: 'people',
    tho: 'though',
    wiv: 'with',
    wid: 'with',
    ma: 'my',
    mah: 'my',
    bf: 'boyfriend',
    gf: 'girlfriend',
    hubby: 'husband',
    sum1: 'someone',
    some1: 'someone',
    sumone: 'someone',
    someon: 'someone',
    no1: 'noone',
    nobodys: 'nobody is',
    somebodys: 'somebody is',
    someones: 'someone is',
    everyones: 'everyone is',
    thier: 'their',
    nite: 'night',
    agen: 'again',
    agian: 'again',
    agin: 'again',
    wen: 'when',
    // SMS spellings of common words
    wil: 'will',
    ova: 'over',
    sed: 'said',
    sez: 'says',
    finsh: 'finish',
    finishs: 'finishes',
    wrk: 'work',
    kms: 'kill myself',
    // common typos
    comming: 'coming',
    comin: 'coming',
    climbin: 'climbing',
    windw: 'window',
    windo: 'window',
    winda: 'window',
    te: 'the',
    commin: 'coming',
    cmoing: 'coming',
    outsid: 'outside',
    outsyd: 'outside',
    outisde: 'outside',
    ouside: 'outside',
    outsde: 'outside',
    outide: 'outside',
    owtside: 'outside',
    outsie: 'outside',
    oustide: 'outside',
    outsdie: 'outside',
    infront: 'in front',
    dor: 'door',
    dore: 'door',
    doorr: 'door',
    hous: 'house',
    hse: 'house',
    houes: 'house',
    polic: 'police',
    pollice: 'police',
    polise: 'police',
    poilce: 'police',
    plice: 'police',
    knif: 'knife',
    knive: 'knife',
    nife: 'knife',
    knifes: 'knives',
    skared: 'scared',
    scard: 'scared',
    scaired: 'scared',
    scarred: 'scared',
    sacred: 'scared',
    terified: 'terrified',
    terrifed: 'terrified',
    kil: 'kill',
    mysef: 'myself',
    myslef: 'myself',
    myslf: 'myself',
    meself: 'myself',
    suicidel: 'suicidal',
    sucidal: 'suicidal',
    suicidle: 'suicidal',
    suacidal: 'suicidal',
    sucide: 'suicide',
    suiside: 'suicide',
    sucicide: 'suicide',
    pils: 'pills',
    folowing: 'following',
    bein: 'being',
    bloking: 'blocking',
    blokin: 'blocking',
    followin: 'following',
    follwing: 'following',
    folloing: 'following',
    hitin: 'hitting',
    hittin: 'hitting',
    hiting: 'hitting',
    heelp: 'help',
    hellp: 'help',
    helpp: 'help',
    halp: 'help',
    tryin: 'trying',
    thinkin: 'thinking',
    nt: 'not',
    jus: 'just',
    jst: 'just',
    w: 'with',
    bk: 'back',
    bck: 'back',
    ootside: 'outside',
    oot: 'out',
    fae: 'from',
    wi: 'with',
    hoose: 'house',
    doon: 'down',
    aboot: 'about',
    noo: 'now',
    wean: 'child',
    weans: 'children',
    bairn: 'child',
    bairns: 'children',
    bout: 'about',
    walkin: 'walking',
    lookin: 'looking',
    shoutin: 'shouting',
    screamin: 'screaming',
    kickin: 'kicking',
    cuttin: 'cutting',
    stabbin: 'stabbing',
    chokin: 'choking',
    standin: 'standing',
    sittin: 'sitting',
    goin: 'going',
    nothin: 'nothing',
    dangerr: 'danger',
    dnager: 'danger',
    dangar: 'danger',
    hurtin: 'hurting',
    breakin: 'breaking',
    bangin: 'banging',
    knockin: 'knocking',
    waitin: 'waiting',
    soo: 'so',
    // Scots, Northern and street spellings
    ahm: 'i am',
    feart: 'scared',
    windae: 'window',
    chappin: 'knocking',
    chapping: 'knocking',
    cannae: 'can not',
    maw: 'mum',
    canny: 'can not',
    dinnae: 'do not',
    didnae: 'did not',
    wasnae: 'was not',
    isnae: 'is not',
    wouldnae: 'would not',
    willnae: 'will not',
    gonnae: 'going to',
    wantae: 'want to',
    intae: 'into',
    mysel: 'myself',
    masel: 'myself',
    killin: 'killing',
    babby: 'baby',
    yow: 'you',
    shank: 'stab',
    shanked: 'stabbed',
    thers: 'there is',
    til: 'till',
    kys: 'kill yourself',
    // the h dropped in speech: "ye hes ere now", "is ere", "'e's ere" (here; "ere we go again" reads "here we go again", harmless
    // either way); "'ouse" and "'e's" with the apostrophe, among the contractions; "me ouse" among the phrase fixes
    ere: 'here',
  },
  phrases: [
    // "not safe" as the whole message is said of oneself: "not safe", "not safe here" (not "not safe to talk", nor a clause in
    // a longer message: "Ladder's wobbly. Not safe.", "cant stop thinking about ending it. not safe" keeps its crisis)
    // ...after a bare no, answering "are you safe?" (batch 186: "no not safe")
    [/^ (?:(?:no|nope|nah|no no)(?: \|)? )?not (safe|safe here|safe now|safe right now|safe at home|safe at all|safe anymore|safe any more)(?: \|)? $/g, ' i am not $1 '],
    // The h dropped from "house" after whose it is: "outside me ouse", "at our ouse" (not "the ouse", the river)
    [/\b(me|my|our|his|her|their|your|ur) ouse\b/g, '$1 house'],
    // "me garden", "me kids" (my); "ahm no safe" (not); "the man's outside" (is)
    [/\bme (garden|house|flat|door|front door|back door|car|window|windows|kids|bairns|mum|mam|dad|phone|room|bedroom|gate|street|road|work|baby|babby|sister|brother)\b/g, 'my $1'],
    [/\b(am|is|are|i am) no (safe|well|ok|okay|alright|going to|gonna|able to|coming|feeling|here)\b/g, '$1 not $2'],
    // "in front" with "of" left out, as learners write it (batch 116, read again after 145): "he is in front my house now"
    [/\bin front (?=(?:my|our|the|his|her|your|ur|their|me) )/g, 'in front of '],
    // "no" for "know" before what is to be known (batch 145, dyslexia): "i jus want to no how to blok a number", "i dont no what to
    // do", "does any1 no if" (not the answer: "no how dare he", "no what he did was wrong" with nothing before that asks to know)
    [/\b(want to|wanna|need to|needed to|like to|would like to|do not|did not|does not|do you|does anyone|does any1|anyone|to) no (?=(?:how|what|if|whether|where|who|why|when|which)\b)/g, '$1 know '],
    // Scots "aw" for "all" before what is all done: "av got it aw planned oot" (not the sigh: "aw no", "aw thanks")
    [/\baw (?=(?:planned|sorted|ready|over|done|finished|gone|worked out|of it|of them)\b)/g, 'all '],
    // ...but not a plural after a number or a quantity: "2 blokes in hoodies", "some lads outside"
    [/(?<!\b(?:[0-9]+|two|three|four|five|six|seven|eight|nine|ten|some|few|several|many|these|those|of|more|other|both|all) )\b(man|guy|bloke|lad|fella|ex|someone|somebody|stalker|neighbour|boss|dad|mum|mam|brother|husband|boyfriend|girlfriend|wife|partner|stepdad|son|uncle|landlord|fiance)s (outside|here|at|in|back|behind|coming|got|just|on|round|downstairs|upstairs|still|(?!going\b)[a-z]+ing)\b/g, '$1 is $2'],
    // Threats typed without the apostrophe: "ur dead tonight" (you're dead), not "your dead mum"
    [/\byour (dead|finished|done for)\b(?! (?:mum|mam|dad|mother|father|nan|gran|grandad|grandma|brother|sister|son|daughter|wife|husband|partner|friend|dog|cat|pet|relatives?|family|body|people|phone|battery|plant|plants|account)\b| to (?:me|us|him|her|them|everyone)\b)/g, 'you are $1'],
    // An answer, then the news: "not really he's on his way" is "no" and then a sentence
    [/(^ |\| )(not really|nope|no not really|not at all|not exactly|not right now|not rn) (?=(?:he|she|they|someone|somebody|(?:my|the|his|her) [a-z]+) (?:is|are|has|have|will|just)\b)/g, '$1$2 | '],
    // "not tryna be here no more"
    [/\bnot trying to be (here|alive|around)\b/g, 'do not want to be $1'],
    [/\b(thinking|thinkin|sick|tired|one|day|bit|lot|all|out|full|top) o\b/g, '$1 of'],
    [/\bno one\b/g, 'noone'],
    // "he is at this moment on my front lawn", "she's as we speak sat outside": a now, said the long way
    [/\b(?:at this (?:very )?moment|as we speak)\b/g, 'right now'],
    // "I'll" typed without the apostrophe before a threat's verb (batch 188: "if you marry him ill burn the place down with you
    // both in it"); not "ill" the word ("she is ill", "ill health", "feel ill") before anything else
    [/\bill (?=(?:burn|kill|hurt|smash|stab|torch|shoot|bury|wreck|ruin|strangle|batter|petrol bomb|set fire)\b)/g, 'i will '],
    // Voice-to-text: a word split in two ("hes out side"), and a word corrected as it is said ("with a nice I mean knife")
    [/\bout side\b/g, 'outside'],
    // A hedged relative clause with no "who": "the guy i think put it there is stood at the end of my road" is "the guy who put it
    // there ..." (the rules read who is there through "who")
    [/\b(the|that|this) (guy|man|woman|bloke|lad|person|fella|one) (?:i think|i reckon|i know|i am sure|i bet|probably|prob) (?=(?:put|sent|left|did|has|had|keeps|was|is|[a-z]+ed)\b)/g, '$1 $2 who '],
    // The noun for the verb, a real word the typo step leaves alone: "she cant breath" (not "a deep breath")
    [/\b(can not|could not|cannot|unable to|struggling to|fighting to|trying to|hard to|barely|not able to) breath\b/g, '$1 breathe'],
    // An age, not a time: "hes obviously about 12 lol" (not "he is about 10 mins away")
    [/\b(he|she|they) (is|are) (obviously|probably|clearly|only|prob|defo|definitely|literally) (?:about |around |like )?([0-9]{1,2})\b(?! ?(?:am|pm|o clock|oclock|mins?|minutes|hours?|hrs?|secs?|seconds|[:.][0-9]))/g, '$1 $2 $3 aged $4'],
    [/\b[a-z]+ i mean (knife|gun|blade|axe|hammer|bat|machete|crowbar|outside|inside|here|downstairs|upstairs)\b/g, '$1'],
    // English as a second language: "he is wait outside", "they are come" (be + plain verb)
    [/\b(is|are|am) (wait|stand|follow|watch|shout|knock|bang|kick|punch|try|look|stay|scream|threaten|hurt|attack|push|pull|drink)\b/g, '$1 $2ing'],
    [/\b(is|are|am) (come|take|drive|chase|smoke|hide|strangle|choke)\b/g, (_m: string, be: string, verb: string) => `${be} ${verb.slice(0, -1)}ing`],
    [/\b(is|are|am) (sit|hit|run|stab|grab|drag)\b/g, (_m: string, be: string, verb: string) => `${be} ${verb}${verb.slice(-1)}ing`],
    // "what if someone was outside... no, not hypothetically": the question was the real thing, in
    // the present ("what if he was" is the subjunctive of "he is")
    [/\b(?:hypothetically|hypothetical|what if|asking for a friend)\b((?:(?!\bnot (?:hypothetical|for a friend)).)*)\bnot (?:hypothetical(?:ly)?|for a friend)\b/g, (_m: string, told: string) => `${told.replace(/\b(?:hypothetically|what if)\b/g, '').replace(/\bwas\b/g, 'is').replace(/\bwere\b/g, 'are')} it is real`],
    // A long-ago time said as a clause of its own goes on the clause after it: "Years ago, 2015ish, an ex put my window
    // through" is told of then (not when the clause after says its own now: "years ago. now he is outside")
    [/(?<=(?:^|\|) )((?:(?:(?:a few|many|some|[0-9]+|two|three|four|five|six|seven|eight|nine|ten) )?(?:years|yrs|decades) ago|ages ago|a long time ago|years back|way back|(?:back )?in (?:19|20)[0-9]{2}|(?:19|20)[0-9]{2}(?:ish)?|(?:back )?when i was (?:[0-9]+|younger|a teenager|a kid|at school|at uni|at college))(?: \| (?:(?:(?:a few|many|some|[0-9]+|two|three|four|five|six|seven|eight|nine|ten) )?(?:years|yrs|decades) ago|ages ago|a long time ago|years back|way back|(?:back )?in (?:19|20)[0-9]{2}|(?:19|20)[0-9]{2}(?:ish)?|(?:back )?when i was (?:[0-9]+|younger|a teenager|a kid|at school|at uni|at college)))*) \| (?![^|]*\b(?:now|tonight|today|again|this (?:morning|evening|afternoon)|just|at the moment|currently|still|rn)\b)/g, (_m: string, time: string) => `${time.replace(/ \| /g, ' ')} `],
    // A harmless explanation after "but" or "and" begins a clause of its own, read as the explanation of the one before (the
    // guards' retractionNext; the learned signal reads only what follows it): "there's a car outside but it's just my husband
    // back from work", "a car's been parked outside for an hour but I checked and it's the neighbours' visitors"
    [HARMLESS_AFTER_CONJUNCTION, ' | '],
    // ...and the laugh after a sanction said after a comma joins its clause: "cos i took his controller, honestly the drama lol"
    [SANCTION_THEN_LAUGH, '$1 '],
    // "Help! Help!" arrives as two clauses: join them back into one plea.
    [/(?<=(?:^|\|) (?:(?:omg|oh god|oh my god|oh|god|please|someone|somebody) )?)help(?: me)?(?: \| (?:please \| )?help(?: me)?)+\b/g, 'help help'],
    // Filler "like" inside a time: "in like an hour", "for like 20 mins" (the time is what counts)
    [/\b(in|for|about|within|under) like (?=(?:an?|[0-9]+|half|ten|five|fifteen|twenty|thirty|two|three|four|a few|a couple)\b)/g, '$1 '],
    [/\bany more\b/g, 'anymore'],
    [/\b(be here|be alive|alive|live|living|exist|do this|go on|carry on|take it|cope|want to be here) no more\b/g, '$1 anymore'],
    [/\bair tags?\b/g, 'airtag'],
    [/\bairtags\b/g, 'airtag'],
    [/\bmy x\b/g, 'my ex'],
    // Kisses at the end of a text ("he's here x", "thanks xx") are a sign-off, not a word.
    [/ x{1,5}(?= \| | $)/g, ''],
    // Why they cannot speak, said after a comma: "I can't speak out loud, he'll hear me" is one whisper
    [/\b(can not (?:speak|talk|call|ring|phone)(?: (?:out loud|loud|properly|right now|now))?) \| (?=(?:he|she|they) (?:will|would|might|can|could|is going to|are going to) hear\b)/g, '$1 '],
    // A clause with no subject after an aside goes back to its subject, the aside after it: "my ex - the one with the order -
    // is at the door now" (ASIDE_BETWEEN_SUBJECT_AND_VERB)
    [ASIDE_BETWEEN_SUBJECT_AND_VERB, '$1 $3 | $2 '],
    // A clause of movement with no subject goes on the one before it, and its "now": "he be down the lane now, walking up
    // toward the caravan" (only someone else's, and only toward where they live: not "at the pub now, walking over to the
    // bar", "im in town now, walking back to my flat")
    [/\b(?=now \| )(?<=(?:^ ?|\| )(?:he|she|they|him|her|them|my ex|his car|her car|their car)\b[^|]{0,60}?)now \| (?=(?:walking|driving|heading|coming|running|marching|storming|creeping|making (?:his|her|their) way) (?:(?:up|down|over|back|straight) )?(?:towards?|to|up to|for) (?:the|my|our) (?:caravan|house|home|flat|door|front door|back door|gate|drive|driveway|place|cottage|bungalow|farm|van|tent|room|street|road|close|lane)\b)/g, 'now '],
    [/\bself harm(?:ing|ed)?\b/g, 'selfharm'],
    [/\bselfharm(?:ing|ed)\b/g, 'selfharm'],
    [/\bover dos(e|ed|ing)\b/g, 'overdos$1'],
    [/\bun alive\b/g, 'unalive'],
    [/\bmy self\b/g, 'myself'],
    ...CONTRACTED_WITHOUT_APOSTROPHE,
    [/\bill (?=kill|hurt|end|take|do it|cut|jump|overdose|be dead)/g, 'i will '],
    // SMS "2" for "to" before a verb: "comin 2moro 2 kill me".
    [/\b2 (?=(?:kill|hurt|stab|get|come|find)\b)/g, 'to '],
    [/\b(is|are) hear\b/g, '$1 here'],
    // Text speak "b" for "be" where a place or a wait follows: "b on my street in 5", "will b there"
    [/(^ |\| |\b(?:will|gonna|going to|to|wanna|might|could|would|should|must|can) )b (?=(?:there|here|round|over|back|outside|waiting|home|on|at|in|with you|with u)\b)/g, '$1be '],
    // "want die", "going kill myself": the "to" left out (texting, English as a second language)
    [/\b(want|wants|going|trying|try|need|ready) (?=(?:die|kill myself|end it|end my life|hurt myself|cut myself|jump)\b)/g, '$1 to '],
    // ...a count of minutes or hours said in the singular, as a time: "in 20 minute he come", "since 2 hour", "10 minute ago"
    // (not a length: "a 20 minute walk")
    [/\b(in|for|since|within|after|about|around|under|over|last|past|next) ([2-9]|[1-9][0-9]+|two|three|four|five|six|seven|eight|nine|ten|fifteen|twenty|thirty|forty|fifty) (minute|hour)\b(?! (?:walk|drive|ride|journey|bus|train|trip|meeting|call|break|appointment|session|slot|wait|delay)\b)/g, '$1 $2 $3s'],
    [/\b([2-9]|[1-9][0-9]+|two|three|four|five|six|seven|eight|nine|ten|fifteen|twenty|thirty|forty|fifty) (minute|hour) (?=ago\b)/g, '$1 $2s '],
    // ...a verb denied without "do": "if I not answer in 20 minute he come", "he not stop" (not "he not here now")
    [/\b(i|you|we|they|he|she) not (?=(?:answer|reply|pick up|open|come|go|want|know|like|send|pay|give|call|text|see|stop|leave|listen|understand|speak|talk|eat|sleep|agree|accept|marry|return|respond|move|let|care)\b)/g, (_m: string, who: string) => `${who} ${who === 'he' || who === 'she' ? 'does' : 'do'} not `],
    // Dictation (speech to text): the words it writes for the ones said - "can you here me" (hear), "he does not no i am here"
    // (know)...
    [/\b(can|could|can not|could not) (you|u|anyone|anybody|someone|somebody) here (?=(?:me|us|this|him|her|them)\b)/g, '$1 $2 hear '],
    [/\b(do|does|did) not no (?=(?:i am|we are|where|what|who|how|that|if|about|i have|we have|yet|anything)\b)/g, '$1 not know '],
    // ...punctuation said aloud ("...and I can't lose him full stop", "hes outside comma hes got a knife")...
    [/\b(?:full stop|question mark|exclamation mark|exclamation point|new line|new paragraph|comma)\b/g, ' | '],
    // ...and a check on the line or a plea run into what comes next: "can you hear me i mean read me im in the wardrobe"
    // (the writer's own "i am" starts a clause of its own, as it would after a full stop)
    [/\b(hear|read|see|help|call|ring|phone|text|answer) me (?=i am\b)/g, '$1 me | '],
    // Following close behind on the road: "the same black audi has been on my bumper for twenty miles"
    [/\b(is|are|was|were|has been|have been|been|is still|was still|right|stayed|stays) on (?:my|our) (?:back )?(?:bumper|tail)\b/g, '$1 following me'],
    // A reaction feared, not happening: "how do i take it off without him kicking off" (the idiom for getting angry, said of
    // what is avoided)
    [/\bwithout (him|her|them|my ex|he|she|they) (?:kicking off|kicks off|kicked off|going mad|going off on one)\b/g, 'without $1 getting angry'],
    // Removing someone from a shared account or a group, said with "kick ... off": "how do i kick him off our netflix", "kick her
    // off the group chat without..." (only off an account, a service or a group, or with nothing after: not "kicked her off
    // the bed", "kicked him off me")
    [/\bkick(s|ed|ing)? (him|her|them|my ex) off(?=(?: (?:the|our|my|his|her|their))? (?:netflix|spotify|disney|prime|amazon|sky|account|accounts|plan|family plan|family sharing|sharing|wifi|wi fi|internet|broadband|router|group|group chat|groupchat|chat|server|discord|xbox|playstation|ps5|app|contract|phone contract|icloud|google)\b| without\b| \||$)/g, (_m: string, ending: string | undefined, who: string) => `${{ s: 'removes', ed: 'removed', ing: 'removing' }[ending ?? ''] ?? 'remove'} ${who} off`],
    // ...and "the" left out before "same": "now he is in same restaurant where I am"
    [/\b(in|at|on|into|from|to) same\b/g, '$1 the same'],
    // An age run together: "my 9yo", "my 9yr old" -> "my 9 year old" (batch 157), read by the two below
    [/\b([0-9]{1,2}) ?(?:yo|yrs? ?old)\b/g, '$1 year old'],
    // A child by age: "our 4 yr old" -> "our child" (not before a noun: "my 15 year old son")
    [/\b(my|our|her|his|their) (?:[0-9]{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen) (?:yr|yrs|your|year|years|yo|y o|month|months) old\b(?! (?:son|daughter|boy|girl|kid|child|baby|brother|sister|grandson|granddaughter|niece|nephew|twins?)\b)/g, '$1 child'],
    // ...and said with "the" or "a", under 18: "The 14 yr old I foster has been missing" -> "the child I foster" (not before a
    // noun: "a 15 year old lad", "the 12 year old girl"; not an adult: "a 40 yr old")
    [/\b(the|a) (?:[1-9]|1[0-7]|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen) (?:yr|yrs|your|year|years|yo|y o) old\b(?! (?:son|daughter|boy|girl|kid|child|baby|brother|sister|grandson|granddaughter|niece|nephew|twins?|lad|lass|man|woman|guy|bloke|youth|teen|teenager|student|pupil|cousin)\b)/g, '$1 child'],
    // "SH" for self-harm, said as an act or an urge: "SH again tonight", "relapsed with sh", "sh urges" (batch 156; not "sh" alone)
    [/\bsh(?= (?:again|tonight|today|last night|urges?|scars?|cuts?|relapse|free|clean)\b)|(?<=\b(?:did|done|relapsed(?: with| into)?|urge to|urges to|want to|wanna|stop|stopped|started|i)\b )sh\b(?! \w+ing\b)/g, 'self harm'],
    // "inside" for prison, with prison or a sentence said before: "he's been given 2 years ... even tho hes inside" (batch 156; not
    // "hes inside my house")
    [/(?<=\b(?:prison|jail|gaol|sentenced|locked up|banged up|remanded|on remand|(?:given|got|serving|doing) (?:[0-9]+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|twelve) (?:years?|yrs?|months?))\b[^]{0,200}?\b(?:he|she|they|my ex)(?:'s|s| is| are) (?:still )?)inside(?=\s*[^a-z\s]|\s*$| (?:for|till|until|til|now|at the moment|atm|though)\b)/g, 'in prison'],
    // Scots and Northern: "the night" for tonight after a threat or plan said ("he's gonnae torch ma motor the night", batch 156;
    // not "the night before", "the night of the party", "the night we split", "tonight's the night"), and "motor" for the car
    [/(?<=\b(?:going to|gonna|will|is coming|are coming|coming|be)\b[^|.]{0,60})(?<!\b(?:is|was|be|tonights|tonight's|tonight is)) the night\b(?! (?:before|of|after|that|when|we|i|he|she|they|you|it|was|is|in|out|shift)\b)/g, ' tonight'],
    // A time later today with the article left out or said by the light, as learners and some native writers put it (batch
    // 171: "he will find me before night"): "before night", "till evening", "by nightfall", "before sunset", "this night",
    // "today night" are tonight; "today evening" is this evening (not "by night", night-time in general, "the night before";
    // not a noun after it: "before evening class", "till night shift")
    [new RegExp(String.raw`\b(before|till|until|untill) (?:the )?(?:night|nightfall|sunset|sundown|dusk|evening)\b${NOT_A_THING_OF_THE_EVENING}`, 'g'), '$1 tonight'],
    [new RegExp(String.raw`\bby (?:the )?(?:nightfall|sunset|sundown|dusk|evening)\b${NOT_A_THING_OF_THE_EVENING}`, 'g'), 'by tonight'],
    [/\b(?:this|today) night\b(?! (?:before|of|after|shift|shifts|bus|train|out)\b)/g, 'tonight'],
    [/\btoday evening\b/g, 'this evening'],
    [/\b(my|his|her|their|your|our) motor\b(?! (?:insurance|trade|show|racing|bike|home|skills|neurone)\b)/g, '$1 car'],
    // Scots "ma" and "da" for "my" and "dad": "ma da is battering ma maw an i cannae stop him" (not "ma" alone, a mother)
    [/\bma (?=(?:da|dad|mum|wee|brother|sister|boyfriend|man|wife|bairn|wean|weans|pal|flat|hoose|house|door|window)\b)/g, 'my '],
    [/\b(my|her|his|their|oor|our|yer|your) da\b/g, '$1 dad'],
    // "sum" before a person is "some": "sum guy put sumthin in my drink" (not a sum of money: "a sum of 500")
    [/\bsum (?=(?:guy|man|lad|bloke|girl|woman|one|body|people|lads|guys|men|randoms?|stranger|creep|weirdo)\b)/g, 'some '],
    // A medicine by name is pills: "a load of my sertraline"
    [/\b(sertraline|citalopram|escitalopram|fluoxetine|prozac|amitriptyline|mirtazapine|venlafaxine|duloxetine|diazepam|valium|lorazepam|temazepam|zopiclone|propranolol|quetiapine|olanzapine|lithium|pregabalin|gabapentin|tramadol|codeine|morphine|oxycodone|naproxen|aspirin|nurofen|panadol|cocodamol|co codamol|dihydrocodeine|sleepers)\b(?! (?:pills|tablets|meds|capsules)\b)/g, '$1 pills'],
    // "brake" for "break" before a body part: "he will brake my legs"
    [/\bbrake (?=(?:my|your|his|her|their|ur|me)\b (?:[a-z]+ )?(?:legs?|arms?|neck|face|jaw|nose|fingers?|hands?|ribs?|back|skull|head|bones?|teeth)\b)/g, 'break '],
    [/\bhe s\b/g, 'he is'],
    [/\bshe s\b/g, 'she is'],
    [/\bi m\b/g, 'i am'],
  ],
  // A shouted plea as the whole message ("HELP", "help!!"); "help" typed plainly is the help command (CONVERSATION.md)
  wholeMessage: [[/^[\s"'\u2018\u2019\u201C\u201D]*(?:HELP[\s!.]*|[Hh]elp\s*!+[\s!.]*)$/, 'help help']],
  symbols: {
    '\u{1F52A}': 'knife', // kitchen knife
    '\u{1F5E1}': 'knife', // dagger
    '\u{1F52B}': 'gun', // pistol
    '\u{1F198}': 'sos', // SOS button
  },
};

// ---------------------------------------------------------------------------------------------
// Guards
// ---------------------------------------------------------------------------------------------

const DAYS = alt(...WEEKDAY_NAMES, 'mon', 'tues', 'wed', 'thurs', 'fri', 'sat', 'sun');
const MONTHS = alt(...MONTH_NAMES_BUT_MAY, 'may');
const SEASONS = alt('summer', 'winter', 'spring', 'autumn', 'christmas', 'xmas', 'easter', 'new year', 'halloween', 'bonfire night');
const NUM = alt('a', 'an', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'a few', 'a couple of', 'few', 'couple of', 'several', 'many', 'some', '[0-9]+');

/**
 * A count said of the last few minutes, as the clause or the one after: "he keeps circling the block in his car, thats the
 * 5th time" (not "...the 5th time this week", "the third time he has done it").
 */
const COUNT_ORDINAL = alt('[2-9](?:nd|rd|th)?', '1[0-9](?:th)?', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth');
const COUNT_NOW = `(?:${alt('that is', 'this is', 'thats', 'that makes', 'this makes')} ${alt('the', 'like the', 'about the')} ${COUNT_ORDINAL} time\\b(?! ${alt('this', 'in', 'since', 'today', 'that', 'he has', 'she has', 'they have', 'i have', 'we have', 'ever', 'over', 'after', 'of', 'for', 'last', 'at', 'on', 'round')}\\b)|${COUNT_ORDINAL} ${alt('time', 'lap')} ${alt('now', 'just now', 'tonight', 'in the last hour', 'in (?:like |about |the last )?[0-9]+ (?:mins|minutes|min)')}\\b|${alt('that makes', 'thats', 'that is')} [0-9]+${alt('', ' now', ' times now', ' times tonight')}(?:$| \\|))`;
/** "Since I got home", "since I left work": earlier today, so it is going on now (not "since I left him"). */
const SINCE_I_TODAY = alt(
  `got ${alt('home', 'back', 'in', 'off', 'out', 'up', 'here', 'there', 'to work', 'to the station')}`,
  `came ${alt('home', 'back', 'in', 'out', 'here')}`,
  'woke up',
  `left ${alt('work', 'home', 'the house', 'my house', 'my flat', 'the flat', 'the office', 'the pub', 'the bar', 'the club', 'the party', 'the shop', 'the shops', 'the station', 'the gym', 'school', 'college', 'uni', 'the hospital')}`,
  'finished work',
  'arrived',
  `${alt('walked', 'stepped', 'went')} out`,
  'opened the door',
  'looked out',
);
/** The first word of each of those. */
const SINCE_I_TODAY_START = alt('got', 'came', 'woke', 'left', 'finished', 'arrived', 'walked', 'stepped', 'went', 'opened', 'looked');
/** A pattern, not now: shared by the habitual guard and the patterns of risk.loitering. */
const HABITUAL = [
  `\\bevery ${alt('day', 'night', 'morning', 'evening', 'afternoon', 'week', 'weekend', 'time', 'so often', 'other day', 'single day', DAYS)}\\b`,
  `\\b${alt('all the time', 'most days', 'most nights', 'most mornings', 'most evenings', 'most weekends', 'sometimes', 'usually', 'often', 'always', 'regularly', 'whenever', 'everywhere', 'wherever', 'at weekends', 'on weekends', 'every now and then', 'now and again', 'from time to time', 'constantly', 'daily', 'nightly', 'weekly')}\\b`,
  `\\b${NUM} times\\b`,
  // "the third time this month he's turned up at my work"
  `\\b${COUNT_ORDINAL} time ${alt('this', 'in a', 'in the last', 'in the past')} ${alt('week', 'month', 'year', 'fortnight', 'few weeks', 'few months')}\\b`,
  `\\bfor ${alt('weeks', 'months', 'years', 'ages', 'a while', 'a long time', 'a year', 'a month', 'some time', `${NUM} ${alt('weeks', 'months', 'years')}`)}\\b`,
  // Not "since I got home" (tonight, now): see ongoingNow. The guards see a few words either side, so "since I" or
  // "since I got" cut off at the window's end may be "since I got off the bus": not read as a pattern.
  `\\bsince ${alt('we', `i(?! ${SINCE_I_TODAY}\\b)(?!(?: ${SINCE_I_TODAY_START}(?: ${alt('the', 'my', 'a', 'off', 'out', 'to', 'up', 'in', 'back')})?)?$)`, 'christmas', 'the summer', 'the spring', 'the autumn', 'the winter', 'the break up', 'the breakup', MONTHS)}\\b`,
];
/**
 * After "has been": things done in one sitting, at one place, that say he is there now ("he's
 * been standing at my door", "he's been banging on the window"), unlike a pattern ("he's been
 * following me", "he's been watching my house").
 */
const EPISODE_ING = ['asking', 'standing', 'sitting', 'waiting', 'pacing', 'shouting', 'screaming', 'yelling', 'swearing', 'banging', 'knocking', 'hammering', 'pounding', 'kicking', 'ringing', 'buzzing', 'staring', 'looking', 'peering', 'chasing', 'running', 'trying', 'breaking', 'smashing', 'hiding', 'crying', 'parking', 'pulling', 'hitting', 'punching', 'attacking', 'hurting', 'strangling', 'choking'];
/** How a door act is said to be going on: "he's been", "he keeps", "she will not stop". */
const DOOR_ACT_BE = alt('is', 'are', 'has been', 'have been', 'is been', 'are been', 'been', 'keeps', 'keep', 'will not stop');
/** The door (or the home) named after a door act: "on the door", "my flat", "the bell" (ends with a space). */
const doorNamed = (...nouns: string[]) => `(?:${alt('on', 'at')} )?(?:${alt('my', 'the', 'our')} )(?:${alt('front', 'back')} )?${alt(...nouns)} `;
/** ...optional, after knocking or banging (a window or the letterbox too). */
const DOOR_OBJECT = `(?:${doorNamed('door', 'doors', 'doorbell', 'door bell', 'bell', 'buzzer', 'intercom', 'window', 'windows', 'flat', 'house', 'gate', 'letterbox')})?`;
/** ...required after ringing or buzzing (else it may be a phone). */
const DOOR_OBJECT_NAMED = doorNamed('door', 'doorbell', 'door bell', 'bell', 'buzzer', 'intercom', 'flat', 'house', 'gate');
/** Words between the act's verb and its "-ing": "he's still banging", "he is now trying". */
const DOOR_ACT_FILL = some(alt('still', 'now', 'literally', 'just'), 2);
/** Not the words of a phone call ("ringing me", "my phone"). */
const NOT_A_PHONE = `(?!${alt('me', 'us', 'my phone', 'my mobile', 'his phone', 'her phone', 'the phone', 'phone', 'mobile')}\\b)`;
/** Saying they will not go: "and saying he's not leaving". */
const NOT_LEAVING_SAID = `and ${alt('saying', 'says', 'is saying', 'keeps saying', 'shouting', 'yelling')} ${alt('he is', 'she is', 'they are', 'he', 'she', 'they')} ${alt('not leaving', 'not going anywhere', 'not going away', 'will not leave', 'will not go', 'not going until')}`;

const guards: GuardVocabulary = {
  windowTokens: 6,
  negators: ['not', 'never', 'nobody', 'noone', 'nothing', 'neither', 'nor', 'none', 'hardly', 'doubt', 'unlikely', 'nowhere', 'without'],
  transparent: [
    'i', 'it', 'do', 'does', 'did', 'is', 'am', 'are', 'was', 'were', 'will', 'would', 'can', 'could', 'should', 'shall',
    'have', 'has', 'had', 'be', 'been', 'think', 'thought', 'believe', 'reckon', 'expect', 'suppose', 'guess', 'imagine',
    'feel', 'felt', 'say', 'said', 'says', 'saying', 'that', 'really', 'actually', 'even', 'ever', 'want', 'wanted',
    'to', 'going', 'coming', 'gonna', 'about', 'he', 'she', 'they', 'plan', 'planning', 'intend', 'try', 'trying', 'mean', 'seem', 'seems', 'there', 'anyone',
    'anybody', 'one', 'at', 'all', 'any', 'longer', 'more', 'seen', 'see', 'heard', 'hear', 'told', 'worried', 'sure',
  ],
  notNegation:
    /\b(?:not sure|not certain|do not know|does not know|did not know|can not tell|can not believe|could not believe|can not stop|not know|not even sure|can not breathe|can not think|can not move|can not get out|can not leave|can not escape|can not call|can not talk|can not speak)\b/g,
  scopeBreakers: [
    'but', 'and', 'now', 'then', 'because', 'though', 'although', 'however', 'yet', 'anyway', 'please', 'help',
    'omg', 'oh', 'today', 'tonight', 'whereas', 'except', 'until', 'til', 'till',
  ],
  pastRecent: new RegExp(
    [
      `\\b(?!(?:minutes?|mins?|seconds?|secs?)\\b)[a-z0-9]+ ago\\b`,
      // (not "since last night": from then until now)
      `\\blast ${alt('night', 'week', 'weekend', 'month', 'year', 'time', 'term', DAYS, SEASONS, MONTHS)}\\b(?<!\\bsince last night)`,
      // not "since yesterday", "since last night": from then until now ("he lock me in my room since yesterday")
      `\\b(?<!\\bsince )${alt('yesterday', 'previously', 'formerly', 'anymore', 'earlier')}\\b`,
      // "he's done it before", not "before the night is out", "before your shift ends"
      `\\bbefore\\b(?! ${alt('the', 'your', 'ur', 'my', 'his', 'her', 'their', 'i', 'you', 'he', 'she', 'they', 'we', '[0-9]+', 'midnight', 'morning', 'dark', 'bedtime', 'closing', 'tonight', 'long', 'it gets')}\\b)`,
      `\\b${alt('back then', 'at the time', 'that night', 'that day', 'that time', 'the other day', 'the other night', 'no longer', 'once', 'in the past', 'a while back', 'in the end', 'when we were together', 'when we lived together', 'when i lived')}\\b`,
      `\\b${alt('on', 'that')} ${DAYS}\\b`,
      `\\bin ${MONTHS}\\b`,
    ].join('|'),
  ),
  pastFar: new RegExp(
    [
      `\\bused to\\b`,
      `\\b${alt('years', 'months', 'year', 'ages', 'decades')} ago\\b`,
      `\\b${alt('last year', 'a long time ago', 'back in', 'back when', 'years back', 'when i was younger', 'in my teens', 'as a teenager', 'as a teen', 'as a kid', 'as a child', 'in the past')}\\b`,
      `\\bwhen ${alt('i was', 'we were')} ${alt('young', 'younger', 'a teenager', 'a teen', 'a kid', 'a child', 'little', 'at school', 'at uni', 'in school', '[0-9]+', 'pregnant', 'together', 'married', 'with him', 'with her', 'with them', 'living together', 'living with him', 'living with her', 'engaged', 'dating', 'going out')}\\b`,
      `\\bin ${alt('19', '20')}[0-9]{2}\\b`,
      `\\b[0-9]+ years\\b`,
    ].join('|'),
  ),
  pastAux: /\b(?:was|were|had|used|did)\b/,
  // "the man who has been stalking me for a year | has come into A&E", "my ex who I split from last year | is outside"
  relativeClause: /\b(?:who|whom)\b(?:(?!\b(?:who|whom)\b)[^|.!?])*$/,
  relativeClauseVerb: /^(?:has|have|is|are)\b/,
  // (not "if" after a question of what it counts as, which asks about what is happening: "is it stalking if hes standing at the
  // end of my bed" - batch 147; the other guards still read it: "is it stalking if he waits outside every night" is a pattern)
  // ...and a story told about a film, a book or a game: "watched a horror film where the stalker's in the house",
  // or what someone in it shouts: "watching a horror film screaming 'HE'S IN THE HOUSE' lol"
  // (not the condition of whether to ring 999 now, "is it overreacting to call 999 if he's just standing in my garden", nor
  // the "when" of a how-to asked about what is going on, "how do i get out of the flat when shes standing in the doorway with a
  // knife": batch 168)
  hypothetical: /\b(?:(?<!\b(?:sorry|apologies|apologise|apologize|excuse me) |\b(?:is|does) (?:it|this|that) (?:still |really |even |actually |legally |technically )?(?:count as |counts as |classed as |class as )?(?:stalking|harassment|harrassment|abuse|a crime|an offence|illegal|against the law) |\b(?:overreacting|over reacting|too much|too far|silly|stupid|daft|dramatic|mad|wrong|ok|okay|alright|all right|a waste of time|wasting (?:their|police|your) time) (?:for me |of me )?to (?:call|ring|phone|dial|text) (?:999|the police|police|911)(?: now| tonight)? )if|what if|in case|whether|suppose|supposing|imagine|imagining|(?<!\b(?:how (?:do|can|should|shall|am) (?:i|we)|what (?:do|should|can) (?:i|we) do|where (?:do|can|should) (?:i|we) go|(?:get|getting) out(?: of (?:the|my|our|this) [a-z]+)?|get away|get past|escape)\b[^|]{0,60})when(?! (?:i|we) (?:just )?(?:looked|glanced|peeked|peered|checked|opened the curtains?|opened the blinds|opened the door)\b)|whenever|unless|keep thinking|kept thinking|dreamt|dreamed|dream|nightmare|nightmares|paranoid|pretend|pretending|(?:film|movie|programme|program|show|series|episode|book|novel|game|documentary|podcast|play|drama|cartoon) (?:where|about|in which))\b|\b(?:film|movie|programme|show|series|episode|documentary|drama|cartoon|telly|tv) (?:(?!(?:he|she|they|someone|somebody|my|his|her|i)\b)[a-z']+ ){0,3}?(?:screaming|shouting|yelling|saying|says|said|goes|went|like)(?: (?:he|she|they|someone|somebody|there|it))?$/,
  habitual: new RegExp(HABITUAL.join('|')),
  habitualAspect: new RegExp(
    // Not in a relative clause ("the man who's been stalking me is outside" is about now).
    `(?<!\\b${alt('who', 'that', 'which')} (?:${alt('is', 'are', 'has', 'have', 'had')} )?)\\b(?:${alt('keeps', 'keep', 'always', 'constantly', 'continually', 'forever', 'repeatedly', 'regularly', 'often', 'usually')}|${alt('has', 'have', 'had', 'is', 'are')} been (?:${alt('just', 'really', 'literally', 'actually', 'basically', 'constantly', 'always')} )*(?!${alt(...EPISODE_ING)}\\b|${alt('no', 'some', 'any', 'every')}thing\\b)[a-z]+ing)\\b`,
  ),
  ongoingNow: new RegExp(
    [
      `\\b${alt('right now', 'as we speak', 'as i type', 'as i write', 'this minute', 'this second', 'at this moment', 'tonight', 'this evening')}\\b`,
      `\\bstill ${alt('there', 'here', 'outside', 'out there', 'behind', 'at', 'in', 'on', 'around', 'following', 'watching', 'sat', 'sitting', 'stood', 'standing', 'waiting', 'parked')}\\b`,
      `\\b(?:right )?behind me\\b`,
      `\\boutside now\\b`,
      // the writer's own journey now is the scene it keeps happening in: "im walking home now and a car keeps slowing down"
      `\\b${alt('i am', 'we are')} ${alt('walking', 'driving', 'cycling', 'running', 'jogging', 'on my way', 'on our way', 'heading', 'waiting')} (?:${W} ){0,3}?now\\b`,
      `\\b${alt('for', 'in the last', 'in the past')} (?:${alt('the last', 'the past', 'the', 'last', 'past')} )?(?:${alt('about', 'over', 'nearly', 'almost', 'like', 'around', 'at least', 'more than', 'a good')} )?(?:${DURATION_NUM} )?${DURATION_UNIT}\\b`,
      `\\bfor [0-9]+ ?${alt('mins', 'min', 'minutes', 'hrs', 'hr', 'hours', 'h', 'm')}\\b`,
      `\\b${COUNT_NOW}`,
      // A distance on a journey: "following my car for about 3 miles", "since junction 9"
      `\\bfor (?:${alt('about', 'over', 'nearly', 'almost', 'like', 'around', 'at least', 'more than', 'the last', 'the past')} )?(?:${DURATION_NUM} )?${alt('miles', 'mile', 'junctions', 'stops', 'km')}\\b`,
      `\\bsince ${alt('junction', 'the last junction', 'the roundabout', 'the last stop', 'the station', 'i left')}\\b`,
      `\\b(?:${DURATION_NUM} )?${DURATION_UNIT} now\\b`,
      `\\bsince ${alt('[0-9]{1,2}(?: ?(?:am|pm|oclock|o clock|ish|30))?', '[0-9]{1,2}(?:am|pm)', 'this morning', 'this afternoon', 'this evening', 'earlier', 'earlier on', 'lunchtime', 'lunch', 'teatime', 'tea time', 'dinner', 'dinnertime', 'midnight', `i ${SINCE_I_TODAY}`)}\\b`,
      `\\ball ${alt('night', 'evening', 'day', 'afternoon', 'morning')}\\b`,
      // the time it has taken to write: "he's been sat on the wall outside since I started typing this"
      `\\b${WHILE_WRITING}\\b`,
    ].join('|'),
  ),
  contrasts: ['but', 'though', 'although', 'however', 'yet', 'except', 'whereas', 'until', 'til', 'till', 'because', 'anyway', 'otherwise', 'unless'],
  future: new RegExp(
    [
      `\\b${alt('tomorrow', 'one day', 'someday', 'some day', 'eventually', 'one of these days', 'in the future', 'at some point')}\\b`,
      `\\bnext ${alt('week', 'weekend', 'month', 'year', 'time', DAYS, SEASONS)}\\b`,
      `\\bon ${DAYS}\\b`,
      `\\b${alt('at', 'for', 'this', 'over')} ${alt('the weekend', 'christmas', 'xmas', 'easter', 'weekend', 'new year')}\\b`,
      `\\bin ${NUM} ${alt('days', 'weeks', 'months', 'years', 'day', 'week', 'month', 'year')}\\b`,
      `\\blater ${alt('this', 'in the')} ${alt('week', 'month', 'year')}\\b`,
      `\\b${alt('gets out', 'is released', 'comes out', 'out of prison', 'out of jail', 'out from prison', 'out from jail', 'released from prison', 'released from jail', 'court date', 'the hearing')}\\b`,
    ].join('|'),
  ),
  retraction: new RegExp(
    [
      /\bbut (?:he|she|they|it|there|noone|nobody) (?:is|are|was|were|has|have)? ?(?:not|never|noone|nobody)(?: (?:really|actually|there|here|outside|anymore|now|at all|been)){0,4}$/.source,
      // what it turned out to be, later in the clause: "tapping on the window turned out to be a moth lol"
      TURNED_OUT_HARMLESS,
      // the one there helping them write, straight after (batch 192: "my brother's sat next to me helping me type this")
      `^\\s*(?:and )?${HELPING_THEM_WRITE}\\b`,
      // a child's tantrum over a sanction, laughed off ("because I took his xbox controller lol teenagers")
      SANCTION_LAUGHED_OFF,
      // a shout from a game or the telly: "my son's screaming 'hes got a gun hes behind you' but it's just Fortnite"
      `\\bbut ${alt('it is', 'it was', 'that is', 'they are', 'he is', 'she is')} ${alt('just', 'only', 'all')} ${alt('a game', 'the game', 'his game', 'her game', 'their game', 'fortnite', 'roblox', 'minecraft', 'call of duty', 'cod', 'gta', 'warzone', 'the xbox', 'xbox', 'the playstation', 'playstation', 'the ps5', 'ps5', 'the telly', 'telly', 'the tv', 'tv', 'a film', 'the film', 'a movie', 'the movie', 'a programme', 'the programme', 'a show', 'the show', 'the radio', 'a podcast', 'a video', 'youtube', 'on the telly', 'on tv', 'in the game', 'in a game', 'in fortnite', 'pretend', 'a joke', 'a prank', 'messing', 'messing about', 'playing')}(?: ${alt('lol', 'haha', 'thank god', 'phew', 'sorry')})?$`,
    ].join('|'),
  ),
  presenceDeniedNow: /\bbut (?:he|she|they) (?:is|are)? ?not(?: (?:there|here|outside|around|about))?(?: (?:now|right now|at the moment|tonight|today|anymore))$/,
  // ...or the one there said next to be helping them write (batch 191: "My husband is sat beside me, he's helping me type this")
  retractionNext: new RegExp(`^(?:${HARMLESS_CALLER}|(?:he|she|they) (?:is|are) (?:just |only )?${HELPING_THEM_WRITE}\\b)`),
  ongoingNowNext: new RegExp(`^${COUNT_NOW}`),
  pauseClause: /^(?:(?:hang on|hold on|wait|one sec|one second|one moment|one min|1 sec|a sec|a second|just a sec|brb|back in a sec|bear with me|give me a sec|give me a second|give me a minute|give me a min|gimme a sec|hmm|um|erm|uh|lol|omg|oh god|wait a sec|wait a minute|hang on a sec|hold on a sec|ok|okay|right|its ok|it is ok|its fine|it is fine)(?: |$))+$/,
  retractionLater: new RegExp(`^${DELIVERY_NAMED_LATER}`),
  // Said to be now, which no past time said before takes back; among them "has just" or "is just" ("he's" normalised) before a
  // past participle: "we split up last week he's just kicked the door in" (batch 182)
  presentNow: new RegExp(`\\b(?:right now|now|at the moment|(?:at )?this (?:very )?moment|currently|(?<!\\b(?:see|seeing|hear from|hearing from) (?:[a-z]+ ){0,2})again|as we speak|${WHILE_WRITING}|i am driving|we are driving|still|tonight|this minute|this second|in the (?:last|past) (?:[0-9]+|few|ten|five|twenty|half an|an) ?(?:minutes|mins|min|hour)|(?:has|have|is|are) just(?= [a-z]+(?:ed|en)\\b))\\b`),
  recentSpan: /\b(?:in|within) (?:the )?(?:last|past) (?:[0-9]+ |few |ten |five |twenty |half an |an )?(?:minutes|mins|min|hour)\b/,
  noIsNotNegationBefore: /^(?:he|she|they|i|we|someone|somebody|my|the|a|there|his|her|their|please|help|call|get|send)\b/,
};

// ---------------------------------------------------------------------------------------------
// Rules (the API sorts by level: emergency > crisis > risk)
// ---------------------------------------------------------------------------------------------

/** The place where the writer is now, said by it: "where i am", "where we are". */
const WHERE_THEY_ARE = `where ${alt('i am', 'we are')}`;
/** A place of the writer's home or where they are staying, said as "in my stairwell", "outside my door". */
const AT_MY_PLACE = `${alt('in', 'at', 'outside', 'on')} ${alt('my', 'our')} ${alt('stairwell', 'stairs', 'landing', 'hallway', 'corridor', 'door', 'front door', 'back door', 'flat', 'house', 'garden', 'building', 'block', 'tent', 'room', 'window', 'drive', 'driveway')}`;
/** Someone finding out, seeing or catching what the writer did: the condition of a threat ("if he finds out..."). */
const FINDS_OUT = alt('finds', 'find', 'found', 'finds out', 'find out', 'found out', 'sees', 'see', 'saw', 'catches', 'catch', 'caught', 'hears', 'hear', 'heard', 'reads', 'read');
/**
 * A condition still open earlier in the clause, the threat its consequence: "if my mum finds out ive been on here shes going
 * to murder me" (the guards' window of a few words does not reach back to the "if").
 */
const OPEN_CONDITION_BEFORE = new RegExp(`\\bif (?:[a-z]+ ){1,3}?(?:ever )?${FINDS_OUT}\\b[^|]{0,100}$`);
const EMERGENCY_GUARDS = ['negation', 'past', 'hypothetical', 'habitual', 'future'] as const;
/**
 * Where someone is (outside, following, on the way): "he keeps following me", "he's always outside
 * my work", "he's been watching my house" describe a pattern (risk.loitering), not danger now,
 * unless a now-marker or a duration in minutes or hours says it is happening now. Not for an attack
 * on the door ("he keeps banging on my door", "he keeps trying to get in": he is there now).
 */
const WHERE_GUARDS = [...EMERGENCY_GUARDS, 'habitualAspect'] as const;
const LIVE = alt('be alive', 'be alive anymore', 'live', 'live anymore', 'be here anymore', 'be here now', 'be here tomorrow', 'be around anymore', 'exist', 'exist anymore', 'wake up', 'wake up tomorrow', 'wake up again', 'go on living', 'go on anymore', 'carry on living', 'carry on anymore', 'keep living', 'keep going anymore', 'be on this earth', 'be in this world', 'be alive tomorrow');

/** Pattern wording before what someone does: "he KEEPS following me", "he IS ALWAYS outside". */
const HABIT_ASPECT = alt('keeps', 'keep', 'keeps on', 'keep on', 'is always', 'are always', 'always', 'is constantly', 'are constantly', 'constantly', 'is forever', 'is often', 'often', 'regularly', 'repeatedly', 'has been', 'have been', 'is been', 'are been', 'has started', 'have started', 'is started', 'are started', 'started', 'has taken to', 'has been always', 'is always just');
const HABIT_ADV = some(alt('just', 'really', 'literally', 'actually', 'basically', 'constantly', 'always', 'still', 'also', 'even', 'now'), 2);
/** Before a verb in the simple present ("he ALWAYS waits for me"). */
const HABIT_PRESENT_ADV = some(alt('always', 'often', 'sometimes', 'regularly', 'constantly', 'still', 'even', 'now', 'just'), 2);
/** Following and watching someone or their home, as a pattern. */
const FOLLOW_ING = alt('following', 'chasing', 'tailing', 'watching', 'staring at', 'spying on', 'filming', 'photographing', 'taking photos of', 'taking pictures of', 'driving after', 'walking behind', 'driving behind', 'coming after', 'waiting for', 'turning up on', 'sitting outside', 'parking outside');
const FOLLOW_OBJ = alt('me', 'us', KID, `${alt('my', 'our')} ${alt('car', 'house', 'flat', 'home', 'place', 'window', 'windows', 'door', 'front door', 'family', 'mum', 'partner', 'kids', 'children')}`, `the ${alt('house', 'flat')}`);
/** Being somewhere as a pattern: "keeps turning up at my door", "has been sitting outside my flat". */
const HANG_ING = alt('turning up', 'showing up', 'appearing', 'hanging around', 'hanging about', 'lurking', 'loitering', 'sitting', 'sat', 'standing', 'stood', 'waiting', 'parking', 'parked', 'parked up', 'pacing', 'watching', 'in his car', 'in her car', 'in their car', 'in a car', 'in the car', 'coming', 'coming round', 'coming over', 'coming back');
/** The same in the simple present ("he turns up at my work", "he sits outside my flat"). */
const HANG_PRESENT = alt('turns up', 'shows up', 'appears', 'hangs around', 'hangs about', 'lurks', 'loiters', 'sits', 'stands', 'waits', 'parks', 'parks up', 'comes round', 'comes over', 'comes to');
/** "He keeps coming round": at home, unasked (not "to see the kids"). */
const CALL_ROUND = alt('coming round', 'coming over', 'coming back', 'turning up', 'showing up', 'popping round', 'popping over', 'dropping round', 'dropping by', 'coming to the door', 'coming to my door', 'coming to the house', 'coming to my house', 'coming to my flat', 'coming to my work');
const CALL_ROUND_END = endOr('unannounced', 'uninvited', 'not just', 'instead', 'as well', 'too', 'drunk', 'again', 'all the time', 'every', 'whenever', 'when', 'even', 'without', 'and', 'at (?:my|our|mine|all hours|night|the door|the house|the flat|home|work)', 'to (?:my|our|mine)', 'round mine', 'outside', 'late', 'in the middle of the night', 'here', 'there', 'asking', 'demanding', 'shouting', 'banging', 'knocking', 'trying', 'so', 'i', 'it', 'he', 'she', 'they', 'please', 'what', 'how');
const DOOR = `${alt('my', 'our', 'the')} ${alt('door', 'front door', 'back door', 'doorbell', 'door bell', 'bell', 'buzzer', 'intercom', 'window', 'windows', 'letterbox')}`;
/**
 * Being AT or IN work, school, the gym every day is what colleagues and classmates do ("she's at my
 * work every day because we work together"); OUTSIDE them, or turning up there, is not.
 */
const NOT_DAY_PLACE = `(?!${alt('at', 'in', 'on')} ${alt('my', 'our', 'the')} ${alt('work', 'workplace', 'office', 'school', 'kids school', 'childrens school', 'college', 'uni', 'gym', 'class', 'course', 'shop', 'station', 'bus stop', 'estate', 'street', 'road', 'building', 'block', 'car park', 'carpark', 'area')}\\b)`;
/** A pattern phrase ("every night", "for weeks", "all the time") within a few words. */
const HABIT_LATER = `(?:${W} ){0,4}?(?:${HABITUAL.join('|')})`;
/** After following or watching: online, not in person ("keeps following me on Instagram with new accounts"). */
const ONLINE_NEAR = /^(?:[a-z0-9]+ ){0,4}?(?:online|on line|(?:on|in|via|through) (?:social|social media|insta|instagram|twitter|x|facebook|fb|tiktok|snap|snapchat|whatsapp|linkedin|strava|youtube|twitch|reddit|the app|apps|my (?:posts|stories|story|page|profile|account|accounts|phone))|(?:new|fake|different|other) accounts?)\b/;

/** Fragments of `emergency.presentNow`, named so its trigger lists the same words (see `gate`). */
const CAR_PLACE = alt(PLACE, 'parked', 'here');
const CAN_SEE = `can ${alt('see', 'hear')}`;
const JUST_SEEN = alt('have just seen', 'just saw', 'just seen', 'have just spotted', 'just spotted');
const WATCHING = alt('watching', 'staring at', 'filming', 'looking at', 'photographing');
const WATCHED = alt('me', 'us', 'my house', 'my flat', 'the house', 'my window', 'my windows', 'the window', 'my door', 'my kids', 'my children');
const DOOR_OPENING = `${alt('the', 'my', 'our')} ${alt('letterbox', 'door', 'front door', 'back door', 'window', 'windows', 'keyhole', 'intercom', 'buzzer')}`;
const REFUSES = alt('will not', 'is refusing to', 'refuses to', 'is not going to');
/** An empty or far place a person goes to alone: the coast, the woods, the cliffs. */
const LONELY_PLACE = alt('coast', 'sea', 'seaside', 'beach', 'cliffs', 'cliff', 'woods', 'forest', 'hills', 'moors', 'bridge', 'river', 'lake', 'reservoir', 'quarry', 'viaduct', 'railway', 'tracks', 'motorway', 'docks', 'pier', 'middle of nowhere');
/** Having had enough, said of their own life: "I've had enough", "I can't do this anymore" ("any more" is normalised to "anymore"). */
const HAD_ENOUGH = alt('had enough', 'can not do this anymore', 'can not take anymore', 'can not take it anymore', 'can not take this anymore', 'can not cope anymore', 'there is no point', 'no point anymore', 'nothing left', 'done with everything', 'done with it all', 'so tired of everything', 'sick of everything');
const ARRIVED = alt('turned up', 'shown up', 'showed up', 'arrived', 'appeared', 'rocked up', 'pulled up', 'come round', 'come over', 'come back');
const ARRIVED_PAST = alt('turned up', 'showed up', 'arrived', 'appeared', 'rocked up', 'pulled up', 'came round', 'came over', 'came back', 'is back');
/** Devices at home that hear or see who is there (a name alone, "ring" or "camera", needs "my" or "the"). */
/** What a door camera did a moment ago, whom it showed, and where or what they were doing. */
const CAMERA_SHOWED = alt('showed', 'shows', 'caught', 'picked up', 'recorded', 'flagged', 'pinged with');
const CAMERA_SHOWED_WHO = alt('him', 'her', 'them', 'my ex', 'someone', 'somebody', 'a man', 'a woman', 'a guy', 'a person', 'a figure', 'his car', 'her car');
const CAMERA_SHOWED_DOING = alt('standing', 'stood', 'at', 'on', 'outside', 'in', 'by', 'walking', 'trying', 'looking', 'ringing', 'knocking', 'banging', 'waiting', 'lurking', 'hanging', 'coming', 'going', 'peering', 'creeping', 'sat', 'sitting');
/** A camera at the door: what it shows is who is there (not a baby monitor's "him", which is often the child). */
const DOOR_CAMERA = alt('doorbell camera', 'doorbell cam', 'ring doorbell', 'ring camera', 'security camera', 'cctv', 'nest cam', `${alt('my', 'the', 'our')} ${alt('doorbell', 'ring', 'camera', 'cameras', 'cam', 'intercom')}`);
const HOME_DEVICE = alt('baby monitor', 'the baby monitor', 'my baby monitor', 'the monitor', DOOR_CAMERA, `${alt('my', 'the', 'our')} ${alt('alexa', 'motion sensor', 'alarm')}`);
/** A device of theirs, which shows they are within range when it joins the writer's network ("his phone", "her car"). */
const THEIR_DEVICE = `${alt('his', 'her', 'their', `my ${EX}(?:s| is)`, 'the stalkers', 'stalkers', 'my stalkers')} ${alt('phone', 'iphone', 'mobile', 'laptop', 'ipad', 'tablet', 'watch', 'apple watch', 'airpods', 'earbuds', 'headphones', 'car', 'van')}`;
const NETWORK = alt('wifi', 'wi fi', 'network', 'home network', 'bluetooth', 'router', 'hotspot', 'hub');
/** A lock or alarm at home whose app says when it is opened (a name alone, "lock" or "alarm", needs "my" or "the"). */
const HOME_LOCK = alt('smart lock', 'lock app', 'door lock', 'keypad', 'key safe', 'keysafe', 'door sensor', 'alarm app', 'alarm', 'yale', 'nest', 'hive', 'ring app', `${alt('my', 'the', 'our')} (?:${W} )?${alt('lock', 'alarm', 'alarm system', 'app', 'door')}`, 'notification', 'alert');
/** ...opened by someone who should not be able to: a code taken away, at night, the writer in bed or out. */
const NOT_THE_WRITER = alt('guest code', 'his code', 'her code', 'their code', 'old code', 'deleted', 'removed him', 'removed her', 'removed his', 'removed her', 'changed the code', 'changed it', 'changed the codes', 'not me', 'was not me', 'i did not', 'nobody else', 'no one else', 'only i', 'only me', 'in bed', 'asleep', 'not home', 'not in', 'at work', 'on nights', 'away', '[0-9]{1,2} ?am', 'middle of the night');
/** Violence said in the message, for someone there who is asleep now ("every time i try to get up he grabs my throat"). */
const VIOLENCE_SAID = alt('grabs my throat', 'grabbed my throat', 'by the throat', 'by my throat', 'strangles me', 'strangled me', 'strangling me', 'chokes me', 'choked me', 'choking me', 'hits me', 'hit me', 'hitting me', 'punches me', 'punched me', 'kicks me', 'kicked me', 'beats me', 'beat me', 'hurts me', 'hurt me', 'attacked me', 'knife', 'will kill me', 'going to kill me', 'gonna kill me', 'threatened to kill');
/** Asleep or passed out, for now: a moment to get out while they do not see. */
const ASLEEP_NOW = alt('dozed off', 'fallen asleep', 'fell asleep', 'asleep', 'passed out', 'gone to sleep', 'sleeping', 'nodded off', 'conked out', 'gone to bed');
/** A vehicle of theirs, said without a verb ("his car outside", "car outside | his car | engine running"). */
const VEHICLE = alt('car', 'van', 'motor', 'truck', 'lorry', 'motorbike', 'bike', 'taxi');
const ENGINE = alt('engine', 'motor', 'lights');
const RUNNING = `${opt(alt('is', 'still', 'is still'))}${alt('running', 'on', 'idling', 'ticking over', 'going')}(?! ${alt('fire', 'and off', 'about')}\\b)`;
/** The writer in the vehicle ("sitting in the van with the engine running": crisis, not someone there). */
const WRITER_INSIDE = `in ${alt('my', 'our', 'the', 'a', 'this')}`;
const ENGINE_PAST = alt('last night', 'yesterday', 'ago', 'was', 'were', 'sat', 'had', 'used to', 'the other day', 'the other night', 'last week', 'last time', 'once');
/**
 * Not told of a time before: no past word within 100 characters before `word`, which has just matched. Checked right
 * after the word (not at the start of the pattern, where V8 would run it at every position of every message).
 */
const notToldBefore = (word: string) => `(?<!\\b${ENGINE_PAST}\\b[^|]{0,100}${word})`;
/** Going past their home again and again just now: "driving past the house | 4 times in the last half hour". */
const PASSING = alt('driving past', 'driven past', 'drove past', 'drives past', 'walking past', 'walked past', 'walks past', 'gone past', 'going past', 'been past', 'came past', 'come past', 'coming past', 'circling', 'circled', 'driving round', 'drove round', 'driving up and down', 'drove up and down', 'walking up and down', 'knocked', 'knocking', 'rang the bell', 'ringing the bell', 'rang the doorbell');
/** Who or what goes past them again and again (`emergency.presentNow`). */
const PASSER = alt(VEHICLE, 'man', 'guy', 'bloke', 'person', 'lad', 'woman');
const TIMES = `${alt('[0-9]+', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'ten', 'a few', 'a couple of', 'several', 'loads of')} ${alt('times', 'x')}`;
const JUST_NOW_SPAN = `${alt('in', 'within', 'over')} the ${alt('last', 'past')} ${alt('half hour', 'half an hour', 'hour', 'few minutes', 'couple of minutes', 'ten minutes', '[0-9]+ mins', '[0-9]+ minutes', 'twenty minutes', 'fifteen minutes', 'five minutes')}`;
/** Where, in a fragment with no verb ("someone in the garden", "someone in the barn"). */
const THERE_SMS = alt('outside', `here ${alt('now', 'right now')}`, `at ${alt('my', 'the')} ${alt('door', 'front door', 'window')}`, `in ${alt('my', 'the')} ${alt('house', 'flat', 'garden', 'shed', 'garage', 'barn', 'stable', 'stables', 'byre', 'yard', 'outbuildings')}`);
const NAMED_PLACE = alt(`outside ${OWN} ${PLACE_NOUN}`, `at my ${PLACE_NOUN}`, `in my ${alt('house', 'flat', 'garden', 'home', 'room')}`);

/** Who is not gone (emergency.hereNow): the one there, said as people write them. */
const NOT_GONE_WHO = alt('he', 'she', 'they', 'someone', 'somebody', `my ${EX}`, 'stalker', 'the man', 'that man', 'the guy', 'whoever it was', 'whoever it is');

const rules: SafetyRule[] = [
  // ------------------------------------------------------------------ emergency
  {
    id: 'emergency.presentNow',
    level: 'emergency',
    rationale: 'The person is there now (outside, at the door, in the house, nearby, watching): danger now, call 999.',
    // One fragment each pattern needs, in pattern order (a speed gate: see `gate`).
    triggers: gate(PLACE, HOME_PLACE, CAR_PLACE, CAN_SEE, JUST_SEEN, WATCHING, DOOR_OPENING, REFUSES, 'not (?:leaving|going|moving|budging)', 'in (?:there|here)', ARRIVED, ARRIVED_PAST, THERE_SMS, NAMED_PLACE, HOME_DEVICE, VEHICLE, PASSING, PASSER, NETWORK, HOME_LOCK, ASLEEP_NOW, WHERE_THEY_ARE, AT_MY_PLACE),
    patterns: [
      rx(SUBJ, BE, `${FILL}${PLACE}`),
      // The person named with what they have done: "the bloke who's been leaving notes on my car is stood at the bus stop"
      // ...or with what the writer has against them, "who" left out (batch 188: "the man I have a restraining order against has
      // been seated at the next table")
      // (the words of a clause of its own only: not "as a man i feel stupid saying this but my wifes brother is outside")
      rx(`${SUBJ} (?:${alt('who', 'that')}(?: [a-z0-9]+){1,8}?|${alt('i', 'we')}(?: (?!${alt('but', 'and', 'so', 'because', 'cos', 'though', 'then')}\\b)[a-z0-9]+){1,8}?)`, BE, `${FILL}${PLACE}`),
      rx(`there ${alt('is', 'are')}`, alt('someone', 'somebody', `${alt('a', 'some')} ${PERSON_ADJ}${alt('man', 'woman', 'guy', 'bloke', 'person', 'stranger', 'lad')}`, 'people', 'men', 'his car', 'her car', 'their car'), `${FILL}${HOME_PLACE}`),
      rx(HOME_PLACE, `(?:${W} ){0,6}?${alt('it is', 'i think it is', 'i am sure it is', 'i know it is', 'pretty sure it is', 'definitely')}`, alt('him', 'her', 'them', 'his', 'hers', 'theirs', 'my ex', 'his car', 'her car', 'their car', 'his van')),
      // (not where it is parked, asked about: "complaining about where her van is parked")
      rx(`${alt('his', 'her', 'their')} ${alt('car', 'van')}`, BE, `${FILL}${CAR_PLACE}${NOT_PARKING_ASKED_ABOUT}`),
      // (not what is theirs online or a point of view: "i can see her stuff", "i can see his point")
      rx(`${alt('i', 'we')} ${CAN_SEE}`, alt('him', 'her', 'them', 'someone', 'somebody', 'his car', 'her car', 'their car', 'my ex', 'the man', 'a man'), `${notFollowedBy('stuff', 'things', 'messages', 'texts', 'emails', 'posts', 'profile', 'account', 'photos', 'pics', 'pictures', 'story', 'stories', 'location', 'screen', 'history', 'searches', 'likes', 'comments', 'followers', 'page', 'feed', 'status', 'point', 'side', 'view', 'reasoning', 'online', 'on snapchat', 'on instagram', 'on facebook', 'on the app', 'on the map')}${opt(alt(PLACE, 'right now', 'now', 'from my window', 'from the window', 'through the window', 'at the door', 'in the street', 'out there', 'breathing'))}`),
      rx(`${alt('i', 'we')} ${JUST_SEEN}`, alt('him', 'her', 'them', 'my ex', 'his car', 'her car', 'their car'), `(?! ${ONLINE_TRACE})`, SEEN_ONLINE_AFTER),
      // "he's watching me" (not reported: "he messaged saying he's watching me" is a threat, risk).
      rx(`(?<!\\b(?:saying|said|says|texted|messaged|wrote|posted|told me|tells me|claims|claimed)(?: that)? )${SUBJ}`, BE, `${FILL}${WATCHING}`, WATCHED, notFollowedBy('every move', 'stories', 'story', 'posts')),
      // ...said in a relative clause, of someone there: "theres a van outside with two men in it whove been watching my house"
      // (not someone told of: "i reported the man who has been watching me")
      rx(`${alt(START, '(?<=\\b(?:there is|there are|with|i can see|we can see|i see) )')}${SUBJ}(?: ${W}){0,4}? ${alt('who', 'that')}`, BE, `${FILL}${WATCHING}`, WATCHED, notFollowedBy('every move', 'stories', 'story', 'posts')),
      rx(SUBJ, BE, some(alt('just', 'still', 'now', 'literally'), 2) + alt('shouting', 'screaming', 'yelling', 'swearing', 'looking', 'peering', 'staring', 'pushing something', 'posting something', 'talking', 'calling', 'whispering'), alt('through', 'in through', 'at', 'into', 'in'), DOOR_OPENING),
      rx(SUBJ, REFUSES, alt('leave', 'go away from', 'move from', 'get off', 'go from'), `${OWN} ${PLACE_NOUN}`),
      // ...until the writer comes out or lets them in: "is sat outside my sister's, where I'm staying, and isn't leaving till I
      // come out" (whoever is waiting is there now)
      rx(alt('is not', 'are not', 'will not be', 'not'), alt('leaving', 'going anywhere', 'going away', 'moving', 'budging'), alt('till', 'until', 'unless'), alt('i', 'we'), alt('come out', 'come down', 'go out', 'open the door', 'open up', 'let him in', 'let her in', 'let them in', 'talk to him', 'talk to her', 'speak to him', 'speak to her', 'see him', 'see her')),
      // ...where the writer or the one written about is, said as "in there" or "in here": "the guy whos been stalking her is
      // in there and wont leave" (not somewhere else named: "my husband is in the pub and wont leave")
      rx(`${SUBJ}(?: ${alt('who', 'that')}(?: [a-z0-9]+){1,8}?)?`, BE, some(alt('still', 'just', 'now'), 1) + alt('in there', 'in here'), 'and', alt(REFUSES, 'is not'), alt('leave', 'leaving', 'go away', 'going away')),
      // SMS without a verb: "he outside", "he at my door" (not the question "is he outside").
      // (not what they do each time the writer bans or blocks them, said in the present: "i ban them and they just come back" - a
      // new account; "i blocked him and he just come back in the shop" is the past of dialect, and stays)
      rx(`${MODERATED_EACH_TIME}${SUBJ}`, alt('has just', 'just', 'has', 'is just', 'is', 'has now'), ARRIVED, opt(alt(PLACE, 'here', 'again', 'unannounced', 'drunk'))),
      rx(SUBJ, ARRIVED_PAST, `(?:${W} ){0,5}${alt('just now', 'right now', 'a minute ago', 'minutes ago', 'a few minutes ago', 'seconds ago', 'now')}`),
      rx(`(?<!\\b(?:is|are|was|were) )${alt('he', 'she', 'they', 'someone', 'somebody', `my ${EX}`, 'stalker')}`, THERE_SMS),
      // ...anywhere named, with "now": "stalker in my building lobby NOW", "the man from the bus at my work right now"
      rx(`(?<!\\b(?:is|are|was|were) )${SUBJ}`, PLACE, `(?:${W} ){0,3}?${alt('now', 'right now', 'as we speak', 'this minute', 'this second')}`),
      // Any name as the subject ("jake is outside my house right now") needs a "now" word.
      rx(W, alt('is', 'are'), `${FILL}${NAMED_PLACE}`, alt('right now', 'now', 'again', 'as we speak', 'this minute')),
      // Said without a verb, as a clause of its own: "his car outside", "him outside my house" (not "I saw his car outside")
      new RegExp(`(?:^|\\| )(?:${alt('his', 'her', 'their')} ${VEHICLE}|${alt('him', 'her', 'them')})(?: ${alt('parked', 'parked up', 'sat', 'sitting', 'stood', 'standing', 'again', 'back')})? ${PLACE}(?= \\||$| ${alt('now', 'right now', 'again', 'engine', 'lights', 'help', 'please', 'pls')}\\b)`, 'g'),
      // A vehicle in the message with its engine running now: "car outside | his car | engine running"
      // (not told of a time before: "last night he sat outside in his car with the engine running"; not the writer inside it)
      new RegExp(`(?<!\\b${WRITER_INSIDE} )\\b${VEHICLE}\\b${notToldBefore(VEHICLE)}[^]{0,80}?\\b${ENGINE} ${RUNNING}\\b|\\b${ENGINE}\\b${notToldBefore(ENGINE)} ${RUNNING}\\b[^]{0,40}?(?<!\\b${WRITER_INSIDE} )\\b${VEHICLE}\\b`, 'g'),
      // Going past again and again just now: "he keeps driving past the house | 4 times in the last half hour"
      new RegExp(`\\b${PASSING}\\b[^]{0,80}?\\b${TIMES} ${JUST_NOW_SPAN}\\b`, 'g'),
      // ...said with "has", while they are out: "im at the bus stop on my own and the same car has gone past 3 times"
      // (not over days: "has gone past my house 3 times this week")
      new RegExp(`\\b(?:same|that|a|the|his|her|their) ${PASSER} (?:has|have|is) (?:now |just )?${alt('gone', 'driven', 'walked', 'come', 'been', 'circled')} (?:past|by|round)(?: (?:me|us|${alt('my', 'our', 'the')} ${alt('house', 'flat', 'door', 'window', 'car', 'stop', 'bus stop')}))? ${TIMES}\\b(?! ${alt('this week', 'this month', 'last week', 'in the last few days', 'in the past few days', 'over the', 'since', 'in a week', 'a week', 'a day')}\\b)`, 'g'),
      // Their vehicle named in one clause and placed at the writer's in another: "its his motorbike. i'd know it anywhere. its on my road"
      // (not left in storage: "its his motorbike, its still in my garage")
      new RegExp(`\\b(?:it is|that is) (?:${alt('his', 'her', 'their')}) ${VEHICLE}\\b[^]{0,80}?\\bit is (?:${alt('now', 'just', 'parked', 'sat', 'sitting')} )?(?!${alt('in', 'at', 'inside')} ${alt('my', 'our', 'the', 'his', 'her')} ${alt('garage', 'shed', 'barn', 'lock up', 'lockup', 'storage', 'unit', 'car park', 'carpark', 'work')}\\b|next door at\\b)${PLACE}`, 'g'),
      // A vehicle heard outside tonight: "I keep hearing a car rev outside on and off since midnight"
      rx(alt('hear', 'hearing', 'can hear'), alt('a', 'his', 'her', 'their', 'the', 'that'), VEHICLE, alt('rev', 'revving', 'revving up', 'idling', 'ticking over', 'engine running'), `(?:${W} ){0,3}?${PLACE}`, `(?:${W} ){0,6}?${alt('since midnight', 'all night', 'tonight', 'right now', 'as we speak', 'this minute', 'for the last hour', 'for an hour', 'for hours')}`),
      // ...or a door camera names who is there now: "Ring went 5 times, doorbell camera shows its him with a crowbar" (not
      // a baby monitor's "its him crying", nor who it showed before: "the camera showed it was him last week", "the cctv
      // shows its them from number 12", "the ring camera shows its him thats been leaving the notes")
      rx(DOOR_CAMERA, alt('shows', 'is showing', 'just showed', 'can see', 'says'), 'it is', some(alt('defo', 'deffo', 'def', 'definitely', 'really', 'actually', 'deffinitely'), 1) + alt('him', 'her', 'them', 'my ex', 'my stalker', 'the same man', 'the same guy', 'the same woman'), orEnd('at', 'outside', 'on the', 'again', 'with', 'holding', 'trying', 'ringing', 'knocking', 'banging', 'shouting', 'stood', 'standing', 'now', 'right now', 'and')),
      // ...or showed them there a moment ago: "About five minutes ago my doorbell camera showed him standing on my step", "the
      // ring just caught her at my door" (not who it showed before: "showed him on my step last week") (led by what the camera
      // did, the rarer words; the camera and the moment are looked for behind it)
      new RegExp(`\\b(?:${CAMERA_SHOWED}|showing) ${CAMERA_SHOWED_WHO} ${CAMERA_SHOWED_DOING}\\b(?<=\\b${DOOR_CAMERA} (?:(?:just|has just|is) )?(?:${CAMERA_SHOWED}|showing) ${CAMERA_SHOWED_WHO} ${CAMERA_SHOWED_DOING})(?:(?<=\\b(?:just|has just|is) (?:${CAMERA_SHOWED}|showing) ${CAMERA_SHOWED_WHO} ${CAMERA_SHOWED_DOING})|(?<=\\b(?:${MOMENTS_AGO})(?: ${W}){2,12}?)|(?=(?: ${W}){0,6}? (?:${MOMENTS_AGO})\\b))`, 'g'),
      // The one who hurts them there and asleep for now, with the violence said: "every time i try to get up he grabs my
      // throat. hes dozed off on the sofa for a minute" (not asleep with nothing done: "my husband has dozed off on the sofa")
      new RegExp(`\\b${alt('he', 'she', 'they', `my ${EX}`, 'my partner', 'my husband', 'my boyfriend', 'my wife', 'my girlfriend')} (?:${alt('is', 'has', 'has just', 'is just', 'just', 'has finally', 'is finally', 'finally')} )?${ASLEEP_NOW}\\b(?=[^|]{0,40}?\\b${alt('on the sofa', 'on the couch', 'in the chair', 'next to me', 'beside me', 'in bed', 'upstairs', 'downstairs', 'in the other room', 'in the next room', 'for a minute', 'for a bit', 'now', 'right now', 'finally', 'at last')}\\b)${anywhereWithin(`\\b${VIOLENCE_SAID}\\b`, 300)}`, 'g'),
      // A device at home hears or sees someone there: "baby monitor just picked up a man's voice in the nursery"
      rx(HOME_DEVICE, alt(`${alt('just', 'has just', 'is just', 'literally just')} ${alt('picked up', 'caught', 'showed', 'heard', 'recorded', 'detected', 'spotted')}`, `(?:is )?${alt('picking up', 'catching', 'showing', 'hearing', 'recording', 'detecting')}`), alt('a mans voice', 'a womans voice', 'a male voice', 'a voice', 'voices', 'someone', 'somebody', 'a man', 'a woman', 'a person', 'a figure', 'movement', 'footsteps', 'breathing', 'whispering', 'him', 'her', 'them', 'my ex')),
      // A device of theirs has just joined the writer's network or bluetooth: they are within range now ("his phone just
      // connected to my wifi", "her car popped up on my bluetooth"; not how it used to, nor the writer's own device)
      rx(`(?<!\\b${alt('stop', 'stops', 'stopping', 'block', 'blocking', 'prevent', 'keep', 'kick', 'kicked', 'remove', 'removed', 'ban', 'banned')}(?: ${W})? )${THEIR_DEVICE}`, some(alt('just', 'has', 'is', 'now', 'literally', 'has just', 'is just', 'has now'), 2) + `(?:${alt('connected', 'joined', 'popped up', 'showed up', 'shown up', 'come up', 'came up', 'appeared', 'showing', 'showing up', 'connecting', 'trying to connect', 'tried to connect', 'auto connected', 'connected itself')} )?${alt('to', 'on', 'in')}`, `${alt('my', 'our')} ${NETWORK}`, notFollowedBy('when', 'while', 'whenever', 'every time', 'before', 'last', 'yesterday', 'the other', 'once', 'at christmas')),
      // ...said of the network: "my wifi just showed his phone", "the router app says his iphone is connected"
      rx(`${alt('my', 'our', 'the')} ${NETWORK}${opt(alt('app', 'devices', 'device list', 'list'))}`, some(alt('just', 'now', 'literally'), 1) + alt('shows', 'says', 'is showing', 'showed', 'lists', 'is listing'), THEIR_DEVICE),
      // ...or of a new device, then whose it is: "my router app just pinged that a new device joined - its my ex's galaxy"
      new RegExp(`\\b${alt('my', 'our', 'the')} ${NETWORK}(?: ${alt('app', 'devices', 'device list', 'list')})? (?:${alt('just', 'now')} )?${alt('pinged', 'said', 'says', 'shows', 'showed', 'told me', 'flagged', 'alerted me')}(?: that)? ${alt('a new device', 'a device', 'a new phone', 'a phone', 'something new')}(?: has| just| has just){0,2} ${alt('joined', 'connected', 'come on', 'appeared', 'popped up')}\\b(?=[^]{0,60}?\\b${alt('it is', 'that is', 'its')} ${alt('his', 'her', 'their', `my ${EX}(?:s| is)`)}\\b)`, 'g'),
      // A lock or alarm at home just opened by someone who should not be able to: "smart lock app says 'unlocked by guest
      // code' but i deleted his code months ago. im in bed, its 3am" (not by the writer or someone named: "unlocked by me")
      new RegExp(`\\b${HOME_LOCK}\\b(?: [a-z0-9]+){0,8}? ${alt('unlocked', 'opened', 'disarmed', 'door open', 'been unlocked', 'been opened', 'been disarmed')}\\b(?! ${alt('by me', 'by my', 'with my', 'when i', 'for my', 'it myself', 'the app', 'my phone')}\\b)(?:(?=[^]{0,160}?\\b${NOT_THE_WRITER}\\b)|(?<=\\b${NOT_THE_WRITER}\\b[^]{0,240}?))`, 'g'),
      // At the place where the writer is now, named by its use: "my ex just messaged that hes at the hospital where im visiting my
      // nan" (not where they work, which they may not be at, nor was: "he was at the pub where i am now")
      rx(SUBJ, alt('is', 'are', 'is now', 'are now', 'is just', 'is already', 'is literally'), alt('at', 'in', 'inside'), `${alt('the', 'this', 'that', 'a')} (?:${W} ){0,3}?${WHERE_THEY_ARE}`),
      // Said in fragments: who, then where, then help: "gym guy. in my stairwell. the one who sends the pics. help" (the place a
      // clause of its own, a person named before it, a call for help after; not "in my room | he is fine | help me with the form")
      new RegExp(`${START}${AT_MY_PLACE}${END}(?<=\\b${alt('guy', 'man', 'bloke', 'lad', 'lads', 'he', 'him', 'she', 'her', 'ex', 'stalker', 'they', 'them', 'woman', 'girl')}\\b[^]{0,80})(?=[^]{0,120}?\\b${alt('help', 'pls', 'please', 'sos', 'help me', 'scared', 'terrified')}${END})`, 'g'),
    ],
    guards: WHERE_GUARDS,
    // The writer corrects themselves: "he's outside... the office I mean, we work together, he's fine"
    unlessMessage: [WRITER_SAYS_HARMLESS],
    // ...and a count of times later in the clause makes it a pattern: "hes been sat outside my mams house in his van a few times
    // this week" (the guards see only a few words after the match)
    // ...or a when that makes it a routine: "hes at the bus stop when i leave" (in the same clause; not "hes outside. when i leave..."),
    // or while they are away: "someone's been in my flat while I'm at work"
    unlessAfter: [HERE_NOT_SUPPORT, ONLINE, OUTSIDE_A_COUNTRY, TIMES_IN_A_SPAN_AFTER, ROUTINE_WHEN_AFTER, WHILE_AWAY_AFTER],
    unlessBefore: [EVERY_SOUND_BEFORE],
  },
  {
    id: 'emergency.hereNow',
    level: 'emergency',
    rationale: '"He\'s here" (not "here with me to help"): the person is present now.',
    triggers: /\b(?:here|back|in the house|hear|listening|room|next to|outside|other side|right there|still be|gone|left|driven off|walked off)\b/,
    patterns: [
      rx(alt('he', 'she', 'they', 'someone', 'somebody', `my ${EX}`, 'stalker', 'the man', 'that man', 'the guy'), BE, `${FILL}${alt('here', 'back here', 'in here', 'out here', 'in the house', 'back')}`, endOr('again', 'now', 'right now', 'please', 'help', 'i', 'and', 'he', 'she', 'they', 'what', 'oh', 'omg', 'call', 'outside', 'already', 'too', 'as well')),
      // Maybe still there, after they have been in (batch 140): "hes been in. he might still be here", "they could still be
      // in the house" (not later or elsewhere: "might still be here next week", "might still be here if he had stopped
      // drinking", "could still be in prison",
      // nor said in grief: "my dad died last year, i keep thinking he might still be here")
      rx(`(?<!\\b${alt('died', 'dead', 'passed away', 'passed on', 'funeral', 'grave', 'rip', 'lost him', 'lost her', 'miss him', 'miss her', 'cancer')}\\b[^]{0,200})${alt('he', 'she', 'they', 'someone', 'somebody', `my ${EX}`, 'stalker', 'the man', 'that man', 'the guy', 'whoever it was', 'whoever did it')}`, alt('might', 'may', 'could', 'must'), '(?:well )?still be', alt('here', 'in here', 'in the house', 'in my house', 'in the flat', 'in my flat', 'in the building', 'inside', 'upstairs', 'downstairs', 'in my room', 'in the garden', 'hiding', 'hiding here', 'hiding somewhere', 'in the loft', 'in the attic'), endOr('now', 'right now', 'please', 'help', 'i', 'and', 'hiding', 'somewhere', 'what', 'oh', 'omg', 'call', 'upstairs', 'downstairs', 'i do not know', 'i am scared', 'scared')),
      // Not gone, said as the end of a clause (batch 150): "The footprints ... go round the side to the back of the house and don't
      // come back. I don't think they've gone", "he hasnt left", "not sure hes gone yet" (not gone for good, to the police or
      // abroad, nor "hasn't left me alone": more after it; nor one who has not moved out: "we split in june but he still hasnt left")
      new RegExp(`\\b(?:${alt('i do not think', 'i am not sure', 'not sure', 'i doubt', 'i am not convinced', 'not convinced')} (?:${alt('if', 'that', 'whether')} )?${NOT_GONE_WHO} ${alt('has', 'have', 'is', 'are')} |${NOT_GONE_WHO} ${alt('has', 'have', 'is', 'are')} (?:still )?not |${NOT_GONE_WHO} ${alt('has', 'have')} still not )${alt('gone', 'left', 'gone away', 'driven off', 'walked off')}(?: ${alt('yet', 'anywhere', 'at all')})?(?= \\||$)(?<!\\b${alt('split', 'split up', 'broke up', 'broken up', 'separated', 'divorced', 'divorce', 'divorcing', 'move out', 'moved out', 'moving out', 'kicked him out', 'kicked her out', 'asked him to leave', 'asked her to leave', 'told him to leave', 'told her to leave', 'ended it', 'notice', 'evict', 'evicted', 'eviction', 'tenancy', 'the house is in')}\\b[^]{0,120})`, 'g'),
      // A whisper: "cant talk he'll hear", "can't speak, she's listening", "he's in the next room"
      rx(alt('can not', 'can not really', 'daren not', 'dare not', 'too scared to'), alt('talk', 'speak', 'call', 'ring', 'phone', 'answer', 'say much', 'type much'), some(alt('now', 'right now', 'properly', 'out loud', 'loud', 'much'), 1) + alt('he', 'she', 'they', 'he is', 'she is', 'they are'), alt('will hear', 'would hear', 'might hear', 'can hear', 'could hear', 'will hear me', 'is listening', 'are listening', 'listening', 'is in the next room', 'is in the other room', 'is right there', 'is next to me', 'is sat next to me', 'in the next room', 'in the other room', 'right there', 'next to me')),
      rx(alt('he', 'she', 'they', `my ${EX}`), alt('is', 'are'), some(alt('just', 'right', 'literally', 'still', 'sat', 'sitting', 'stood', 'standing'), 2) + alt('in the next room', 'in the other room', 'on the other side of the door', 'outside the bathroom door', 'outside the door', 'listening at the door', 'listening outside', 'right next to me', 'next to me'), endOr('now', 'i', 'so', 'and', 'he', 'she', 'they', 'can not', 'please', 'help', 'listening', 'i can not')),
      // Their vehicle back when they seemed gone: "thought he'd left but the car's back", "his car is back outside"
      rx(alt('thought', 'i thought'), alt('he', 'she', 'they'), `(?:${W} ){0,2}?${alt('left', 'driven off', 'drove off')}`, `(?:${W} ){0,4}?but`, `(?:now )?${alt('the', 'his', 'her', 'their')}`, `${VEHICLE}(?:s| is)`, `(?:${alt('now', 'just')} )?back`),
      rx(alt('his', 'her', 'their'), `${VEHICLE}(?:s| is)`, `(?:${alt('now', 'just')} )?back`, `${alt('outside', 'parked outside', 'outside my', 'on my', 'at my', 'in my', 'across the road', 'opposite', 'down my', 'up my', 'at the end of my', 'at the bottom of my')}`),
    ],
    guards: WHERE_GUARDS,
    unlessMessage: [SERVICE_PERSON_CORRECTION],
    unlessAfter: [HERE_NOT_SUPPORT],
  },
  {
    id: 'emergency.followingNow',
    level: 'emergency',
    rationale: 'Being followed or chased right now.',
    triggers: /\b(?:follow\w*|chas\w*|tail\w*|after|behind|slowing|crawling|pulling|(?:got|get|getting|jumped|hopped|stepped) (?:off|on)|so did|did (?:too|the same|as well)|carriages?|seats|downstairs|upstairs|crossed|bus(?:es)?|trains?|trams?|tube|coach|ferry|boat|plane|flight)\b/,
    patterns: [
      rx(SUBJ, alt('is', 'are', 'has been', 'have been', 'is been', 'are been', 'keeps', 'keep'), some(alt('still', 'now', 'literally', 'actually', 'just', 'right')) + alt('following', 'chasing', 'tailing', 'driving after', 'running after', 'coming after', 'walking behind', 'driving behind'), alt('me', 'us', 'my car', 'our car', KID)),
      rx(`${alt('i', 'we')} ${alt('am', 'are', 'think i am', 'think we are', 'think i am being')}`, some(alt('still', 'now', 'literally')) + alt('being followed', 'followed', 'being chased', 'chased', 'being tailed')),
      // The same with the article and "is" left out, as a clause of its own beginning (batch 189: "car following me. wont stop.
      // m6"; not one's own: "my car"; the guards still read "every day", "last week")
      rx(`${START}${alt('car', 'van', 'motorbike', 'man', 'guy', 'bloke', 'lad', 'woman', 'stranger')}`, some(alt('still', 'now', 'literally', 'just'), 2) + alt('following', 'chasing', 'tailing'), alt('me', 'us')),
      // The same with "I am" left out, and now said in the clause: "being followed on the bus rn", "still being chased by him
      // right now" (not how long: "being followed home for months now" - no "for" or "since" before the "now"; not online:
      // "being followed on instagram by fake accounts now")
      rx(`${START}${some(alt('still', 'i think', 'think', 'pretty sure'), 2)}${alt('being followed', 'being chased', 'being tailed')}`, `(?:(?!${alt('for', 'since', 'online', 'on instagram', 'on insta', 'on facebook', 'on twitter', 'on tiktok', 'on snapchat', 'on snap', 'on social media')}\\b)${W} ){0,6}?${alt('right now', 'as we speak', 'this minute', 'now')}`),
      rx(SUBJ, some(alt('just', 'has', 'has just', 'is')) + alt('followed', 'chased'), alt('me', 'us'), alt('here', 'home', 'to my house', 'into', `to ${alt('my', 'the')} ${W}`, 'off the bus', 'off the train'), `(?:${W} ){0,3}${alt('just now', 'tonight', 'today', 'right now', 'now', 'this evening', 'a minute ago', 'minutes ago')}`),
      rx(SUBJ, alt('has followed', 'has just followed', 'just followed', 'is followed'), alt('me', 'us'), alt('here', 'home', 'to my house', 'into the shop')),
      // Trying to get away from who follows them now: "car. following. again. cant lose him. m6" (not "i cant lose him"
      // about someone they love: the following is said within the message)
      new RegExp(`\\b(?:can not|cannot|trying to|try to) ${alt('lose', 'shake', 'shake off', 'get away from', 'get rid of')} ${alt('him', 'her', 'them', 'the car', 'this car', 'the van', 'it')}\\b${anywhereWithin(`\\b(?:follow[a-z]*|chas[a-z]*|tail[a-z]*|behind)\\b`, 80)}`, 'g'),
      // A vehicle following or crawling beside them now: "theres a car following me", "a car keeps slowing down next to me"
      // (not a car behind them at the lights, not last week's)
      rx(`${alt('a', 'the', 'this', 'that', 'some', 'his', 'her', 'their', 'the same', 'there is a', 'there is the same', 'there is this')} (?:${W} ){0,2}?${alt('car', 'van', 'motorbike', 'lorry', 'truck', 'taxi', 'suv', 'jeep', 'transit')}`, some(alt('is', 'has been', 'keeps', 'still', 'now', 'just')) + alt('following', 'tailing', 'chasing', 'slowing down next to', 'slowing down beside', 'crawling next to', 'crawling beside', 'crawling along beside', 'pulling up next to', 'pulling up beside'), alt('me', 'us')),
      // Followed into where they are, said as the end of the clause: "in the ladies at the pub he followed me in"
      rx(SUBJ, alt('followed', 'has followed', 'has just followed', 'just followed', 'has followed me and'), alt('me', 'us'), `${alt('in', 'inside', 'in here', 'into here', 'in there')}${END}`),
      // Off or on a bus or train and they did the same, a moment ago (batch 141): "i got off at the wrong stop to lose him but he
      // got off too", "jumped off the tram early n so did he", "changed carriages and she followed me through", "got on the
      // 42 and he got on behind me" (not habit or long ago: "he used to get the same bus", "last year ... he got off too")
      new RegExp(`(?<!\\b${DAYS_BACK_WORDS}\\b[^|]{0,120})(?:\\bi |${START})(?:just |have just |quickly )?${JOURNEY_STEP}\\b[^|]{0,100}?\\b(?:(?:he|she|they|${SUBJ}) (?:has |have )?(?:just |also |only |then )?(?:${JOURNEY_STEP}|followed (?:me|us))(?: ${W}){0,4}? ${alt('too', 'as well', 'aswell', 'also', 'behind me', 'behind us', 'after me', 'after us', 'straight after', 'with me', 'with us', 'at the same stop', 'at the same time', 'through')}|so did (?:he|she|they)|(?:he|she|they) did (?:too|as well|the same))\\b`, 'g'),
      // ...the writer with others ("we"), the one who followed named apart from them: "we got off early and he got off too" (not
      // "we got off the coach and they got off too", the rest of the party)
      new RegExp(`(?<!\\b${DAYS_BACK_WORDS}\\b[^|]{0,120})\\bwe (?:just |have just |quickly )?${JOURNEY_STEP}\\b[^|]{0,100}?\\b(?:(?!they\\b)${SUBJ} (?:has )?(?:just |also |only |then )?(?:${JOURNEY_STEP}|followed us)(?: ${W}){0,4}? ${alt('too', 'as well', 'aswell', 'also', 'behind us', 'after us', 'straight after', 'with us', 'at the same stop', 'at the same time', 'through')}|so did (?:he|she)|(?:he|she) did (?:too|as well|the same))\\b`, 'g'),
      // ...or saying, on the bus or train now, that they will get off where the writer does (batch 144): "hes just stood up and
      // said he's getting off at my stop with me", "she says shell get off when i do" (not a friend or family who will walk them
      // home: "my mate said hes getting off at my stop so we can walk together"; not another day: the future guard)
      rx(`(?<!\\b${alt('friend', 'friends', 'mate', 'mates', 'mum', 'mam', 'dad', 'sister', 'brother', 'nan', 'gran', 'husband', 'wife', 'partner', 'boyfriend', 'girlfriend', 'son', 'daughter', 'carer', 'support worker')}\\b[^|]{0,80})${SUBJ}`, some(alt('is', 'are', 'will', 'is going to', 'is gonna', 'are going to', 'just', 'now'), 2) + alt('getting off', 'get off', 'getting out', 'get out'), alt('at my stop', 'at the same stop', 'at my station', 'where i get off', 'where i do', 'where i am getting off', 'when i get off', 'when i do', 'with me', 'after me', 'behind me')),
      // ...on the same bus or train as them now: "hes on the same bus as me", "shes on my train again", "the guy from the club is
      // in my carriage" (a vehicle of the journey, not a car: "he is in my car" is presentNow's)
      rx(SUBJ, BE, `${FILL}${alt('on', 'in', 'sat on', 'sitting on', 'stood on', 'standing on', 'sat in', 'sitting in', 'getting on', 'getting off')}`, `${alt('the same', 'my', 'our')} ${alt('bus', 'train', 'tram', 'tube', 'coach', 'carriage', 'ferry', 'boat', 'plane', 'flight', 'night bus', 'last bus', 'last train')}`),
      // On the road now, a vehicle behind them: "I'm driving on the M6 and the same black Audi has been behind me since Stafford"
      new RegExp(`\\b(?:i am|we are) driving\\b[^|]{0,80}?\\b(?:has been|is|keeps|been|is still|has stayed|stayed) (?:right )?behind (?:me|us|my car|our car)\\b`, 'g'),
    ],
    guards: WHERE_GUARDS,
    unlessAfter: [ONLINE, /^(?:on|around|about) (?:social|insta|instagram|twitter|facebook|tiktok|snap|online)\b/],
  },
  {
    id: 'emergency.breakingIn',
    level: 'emergency',
    rationale: 'Someone is getting in or attacking the door or windows now.',
    triggers: /\b(?:hands?|arms?|fingers|break\w*|broke\w*|brick\w*|get in|getting in|got in|get into|forc\w*|kick\w*|climb\w*|open(?:ing)? the door|trying the|trying (?:keys|a key|his key|her key|their key|different keys|my lock|our lock)|pick\w* (?:the|my|our) lock|fiddl\w* with (?:the|my|our) lock|smash\w*|bash\w*|batter\w*|bang\w*|hammer\w*|pound\w*|knock\w*|thump\w*|rattl\w*|ringing|buzzing|intruders?|burglars?|(?:someone|somebody|a man|a person|people|a stranger|an intruder)(?: \w+){0,4} (?:in|inside) (?:my|the))\b/,
    patterns: [
      rx(SUBJ, alt('is', 'are', 'keeps', 'has', 'has just', 'just', 'will not stop'), some(alt('trying to', 'still', 'now', 'literally', 'just')) + alt('break in', 'breaking in', 'get in', 'getting in', 'force the door', 'forcing the door', 'forcing his way in', 'forcing her way in', 'kick the door in', 'kicking the door', 'kicked the door in', 'kick in the door', 'broken in', 'climb in', 'climbing in', 'climbing through', 'open the door', 'opening the door', 'trying the door', 'trying the handle', 'break the door', 'breaking the door', 'break down the door', 'breaking down the door', `${alt('smash', 'smashing', 'smashed', 'break', 'breaking', 'broken')} ${alt('the', 'my', 'our')} ${alt('window', 'windows', 'door', 'front door', 'back door')}`, 'breaking into', 'broken into', 'get into')),
      rx(SUBJ, alt('is', 'are', 'keeps', 'has', 'has just', 'just', 'will not stop'), some(alt('trying to', 'still', 'now', 'literally', 'just', 'going to')) + alt('kick', 'kicking', 'break', 'breaking', 'smash', 'smashing', 'force', 'forcing', 'bash', 'bashing', 'batter', 'battering'), alt('down', 'in', 'open'), opt(alt('my', 'the', 'our')), alt('front door', 'back door', 'door', 'window', 'windows', 'gate')),
      rx(SUBJ, alt('is', 'are', 'keeps', 'has', 'has just', 'just', 'will not stop'), some(alt('trying to', 'still', 'now', 'literally', 'just', 'going to')) + alt('kick', 'kicking', 'break', 'breaking', 'smash', 'smashing', 'force', 'forcing', 'bash', 'bashing', 'batter', 'battering'), `${alt('my', 'the', 'our')} ${alt('front door', 'back door', 'door', 'window', 'windows', 'gate')}`, alt('down', 'in', 'open', 'off')),
      rx(some(alt('is', 'are', 'keeps', 'he', 'she', 'they', 'someone', 'somebody', 'still', 'now', 'literally', 'just', 'has been', 'been', 'started', 'will not stop'), 4) + alt('banging', 'hammering', 'pounding', 'kicking', 'smashing', 'knocking', 'thumping', 'bashing', 'rattling'), alt('on', 'at', 'down', 'in'), `${alt('my', 'the', 'our', 'every', 'each', 'all the', 'all my', 'all our')} ${alt('front ', 'back ', 'bedroom ', 'bathroom ', '')}${alt('door', 'doors', 'window', 'windows', 'letterbox', 'handle')}`),
      rx(alt('someone', 'somebody', 'a man', 'a person', 'people'), alt('is', 'are'), some(alt('trying to', 'still', 'now')) + alt('in my', 'in the', 'inside my', 'inside the'), alt('house', 'flat', 'home', 'garden', 'building', 'room', 'hallway')),
      rx(alt('there is', 'there are'), alt('someone', 'somebody', 'a man', 'a stranger', 'people', 'an intruder', 'intruders'), alt('in my', 'in the', 'inside my', 'inside the', 'trying to get in', 'breaking in')),
      rx(alt('somebody', 'someone', 'he', 'she', 'they', 'people'), alt('is', 'are', 'has', 'have'), alt('broken in', 'breaking in', 'broken into', 'breaking into', 'kicked in', 'kicking in')),
      rx(`${alt('he', 'she', 'they', 'someone', 'somebody')} ${alt('is', 'are', 'keeps', 'has been', 'is been', 'have been', 'are been')} ${alt('ringing', 'buzzing')}`, `${alt('my', 'the')} ${alt('doorbell', 'bell', 'buzzer', 'intercom')}${opt(alt('tonight', 'again', 'now'))}`, alt('non stop', 'nonstop', 'over and over', 'again and again', 'and will not stop', 'and banging', 'and shouting', 'right now', 'now')),
      // Without "on": "he's kicking my door", "he keeps hammering the door".
      rx(SUBJ, alt('is', 'are', 'keeps', 'keep', 'has been', 'have been', 'is been', 'are been', 'will not stop', 'started'), some(alt('still', 'now', 'literally', 'just'), 2) + alt('banging', 'hammering', 'pounding', 'kicking', 'thumping', 'bashing', 'battering', 'knocking'), `${alt('my', 'the', 'our')} ${alt('front ', 'back ', 'bedroom ', 'bathroom ', '')}${alt('door', 'doors', 'window', 'windows', 'letterbox')}`),
      // A door act gone on for minutes, or with a refusal to go: "he's been banging on the door for 20 minutes", "someone has
      // been buzzing my flat for the last half hour", "hes been ringing for 10 mins and saying hes not leaving" (not "for months":
      // FOR_MINUTES has no days; not "ringing me for 10 mins": a phone, so ringing and buzzing name the door or say "not leaving")
      rx(SUBJ, DOOR_ACT_BE, DOOR_ACT_FILL + alt('knocking', 'banging', 'hammering', 'pounding', 'kicking', 'thumping', 'bashing', 'rattling'), `${DOOR_OBJECT}(?:${alt(FOR_MINUTES, `(?:${NOT_A_PHONE}${W} ){0,4}?${NOT_LEAVING_SAID}`)})`),
      rx(SUBJ, DOOR_ACT_BE, DOOR_ACT_FILL + alt('ringing', 'buzzing'), `(?:${DOOR_OBJECT_NAMED}${FOR_MINUTES}|(?:${NOT_A_PHONE}${W} ){0,4}?${NOT_LEAVING_SAID})`),
      // Working at the lock now: "someone's trying keys in my lock one after another", "he is picking the lock" (not the
      // writer's own keys: SUBJ is never "i")
      rx(SUBJ, alt('is', 'are', 'keeps', 'has been', 'is been', 'have been', 'are been', 'is now', 'is just'), DOOR_ACT_FILL + alt(`trying ${alt('keys', 'a key', 'his key', 'her key', 'their key', 'different keys', 'a key', 'the key')} ${alt('in', 'on')} ${alt('my', 'our', 'the')} ${alt('lock', 'door', 'front door', 'back door')}`, `trying ${alt('my', 'our')} lock`, `picking ${alt('the', 'my', 'our')} lock`, `fiddling with ${alt('the', 'my', 'our')} lock`)),
      // "He keeps ringing the doorbell": he is at the door now (a pattern only with "every night"...).
      rx(`${alt('he', 'she', 'they', 'someone', 'somebody', `my ${EX}`, 'stalker')} ${alt('keeps', 'keep', 'keeps on', 'will not stop', 'is constantly', 'are constantly')} ${alt('ringing', 'buzzing')}`, `${alt('my', 'the', 'our')} ${alt('doorbell', 'door bell', 'bell', 'buzzer', 'intercom')}`),
      rx(alt('intruder', 'intruders', 'burglar', 'burglars'), alt('in my', 'in the', 'right now', 'now', 'downstairs', 'upstairs')),
      // A hand or arm reaching in through a way in, now (batch 189: "the cat flap just rattled ... someone's hand came through";
      // not the writer's own: "my hand went through the window")
      rx(`(?<!\\b(?:my|our|your|i) )(?:${alt('a', 'an', 'his', 'her', 'their', 'someone is', 'somebody is', 'someones', 'a mans', 'a man is')} )?${alt('hand', 'hands', 'arm', 'arms', 'fingers')}`, some(alt('just', 'has', 'has just', 'is', 'are', 'was'), 2) + alt('came', 'come', 'coming', 'reached', 'reaching', 'poked', 'poking', 'pushed', 'pushing', 'slid', 'sliding', 'got'), `${alt('in through', 'through', 'in')}${opt(`${alt('the', 'my', 'our')} ${alt('letterbox', 'letter box', 'cat flap', 'dog flap', 'window', 'door', 'gap', 'hatch')}`)}`),
      // ...got in, said as a clause of its own: "in wardrobe. he got in", "hes got in somehow" (not a place applied to: "she
      // applied to leeds and she got in"; not "got in touch", "got in his car")
      // (after a plea or a cry, "please he got in", "omg hes got in", and by a way in named as the whole rest of the clause, "he got in
      // thru the kitchen", "she got in through my bedroom window": batch 169; not more after it, "got in through clearing", "got
      // in through the back of the queue")
      new RegExp(`${START}(?<!\\b${alt('applied', 'application', 'uni', 'university', 'college', 'course', 'interview', 'audition', 'trials', 'team', 'school', 'offer', 'exam', 'exams', 'grades', 'results')}\\b[^]{0,200})(?:${alt('please', 'omg', 'oh god', 'oh my god', 'oh no', 'oh shit', 'shit', 'fuck', 'quick', 'god')} )?(?:${alt('he', 'she', 'they', 'someone', 'somebody', `my ${EX}`, 'stalker', 'the man', 'a man')}) (?:${alt('has', 'have', 'just', 'has just', 'has now')} )?got in(?: ${alt('somehow', 'again', 'anyway', 'now', 'through the back', 'the house', 'the flat', 'my house', 'my flat', `through ${alt('the', 'my', 'our')}(?: ${W}){1,2}`)})?${END}`, 'g'),
      // A window or door smashed a moment ago, by whoever is there: "hes just smashed the back door", or said as a clause of
      // its own with no one named, "just smashed the window | glass everywhere" (not a story: "my son just smashed the
      // window playing football" has no SUBJ and does not end the clause)
      rx(`(?:${START}|${SUBJ} ${alt('has', 'is', 'have', 'are')} |${SUBJ} )just`, alt('smashed', 'broke', 'broken', 'kicked in', 'bricked', 'put a brick through'), `${alt('my', 'the', 'our')} ${alt('front ', 'back ', 'kitchen ', 'bedroom ', 'living room ', 'patio ', '')}${alt('window', 'windows', 'door', 'door glass', 'glass')}`, `(?=${END.slice(3, -1)}| ${alt('glass', 'in', 'and', 'now')}\\b)`),
    ],
    guards: EMERGENCY_GUARDS,
    // An account, not a door: "ive changed the password twice and hes still getting in" (the clause names what is got into;
    // not a phone, which may be the one they took: "he took my phone and hes getting in through the window")
    unlessBefore: [/\b(?:password|passwords|passcode|login|log in|account|accounts|icloud|email|emails|gmail|wifi)\b(?: [a-z0-9]+){0,10}$/],
    // Knock-and-run pranks: "kids keep knocking on my door and legging it"
    unlessAfter: [KNOCK_AND_RUN_AFTER],
  },
  {
    id: 'emergency.weaponNow',
    level: 'emergency',
    rationale: 'The person has a weapon with them now.',
    triggers: /\b(?:knife|gun|weapon|blade|machete|bat|hammer|axe|crowbar|screwdriver|acid|shotgun|rifle|pistol|firearm|taser|crossbow|sword|bottle|cleaver|armed)\b/,
    patterns: [
      rx(SUBJ_ANY, alt('has', 'is', 'has got', 'is got', 'got', 'have', 'have got', 'is holding', 'is carrying', 'is waving', 'is pointing', 'is brandishing', 'has brought', 'is coming at me with', 'is threatening me with', 'is threatening us with', 'has pulled', 'just pulled', 'has just pulled', 'is pulling', 'is pulled', 'is just pulled', 'has pulled out', 'has just pulled out', 'is pulled out', 'is just pulled out', 'has got out', 'is got out', 'is brought', 'is armed with', 'is holding up'), alt('a', 'an', 'his', 'her', 'their', 'the'), some(WEAPON_ADJ, 2) + WEAPON_ONE),
      rx(SUBJ_ANY, alt('is', 'are'), some(alt('still', 'now', 'here', 'outside', 'and')) + 'armed'),
      rx(alt('he', 'she', 'they', 'someone'), alt('is', 'are'), some(alt('outside', 'here', 'at the door', 'at my door'), 1) + 'with', alt('a', 'an', 'his', 'her', 'their'), some(WEAPON_ADJ, 1) + WEAPON_ONE),
      // ...standing or waiting somewhere with it: "shes standing in the doorway with a knife", "hes sat at the bottom of the stairs
      // with a hammer" (batch 168; a place of one or two words, so not a story: "he was in the army with a gun")
      rx(alt('he', 'she', 'they', 'someone', 'somebody'), alt('is', 'are'), some(alt('just', 'still', 'now', 'literally'), 1) + some(alt('standing', 'stood', 'sat', 'sitting', 'waiting', 'hiding', 'lurking', 'pacing'), 1) + alt('in', 'at', 'by', 'on', 'outside', 'behind'), `${alt('the', 'my', 'our')}(?: ${W}){1,2}? with`, alt('a', 'an', 'his', 'her', 'their'), some(WEAPON_ADJ, 1) + WEAPON_ONE),
      rx(alt('knife', 'gun', 'weapon', 'machete', 'blade'), alt('to my', 'at my', 'against my'), alt('throat', 'neck', 'head', 'chest', 'face', 'back')),
    ],
    guards: EMERGENCY_GUARDS,
    unlessBefore: [
      /\b(?:told me|tells me|said|says|claims|claimed|texted|bragged|boasted|messaged|messaged me|posted|told everyone|told people)(?: that)?$/,
      TOY_WEAPON_GAME_BEFORE,
    ],
    // (nor a tool in use for what it is for: "she is standing in the kitchen with a knife chopping onions", "hes in the garden with
    // a hammer fixing the fence")
    unlessAfter: [/^(?:licence|license|collection|permit|cabinet|at home|in (?:his|her|their) (?:house|flat|home|car|room|garage|shed|loft|drawer)|for (?:work|hunting|fishing|shooting)|club|(?:and )?(?:chopping|cutting up|slicing|peeling|carving the|cooking|making (?:tea|dinner|lunch|breakfast|a sandwich)|preparing|doing the|fixing|mending|putting up|hanging|building|gardening|doing some diy))\b/],
  },
  {
    id: 'emergency.violenceNow',
    level: 'emergency',
    rationale: 'Violence happening now or about to happen ("he\'s hitting me", "he\'s going to kill me").',
    triggers: /\b(?:hit\w*|punch\w*|kick\w*|beat\w*|batter\w*|strangl\w*|chok\w*|throttl\w*|smother\w*|attack\w*|hurt\w*|stab\w*|slap\w*|shov\w*|push\w*|drag\w*|bit|bit\w+|headbutt\w*|rap\w+|assault\w*|burn\w*|shak\w*|suffocat\w*|grab\w*|throw\w*|threw|thrown|smash\w*|break\w*|kill|murder|shoot|let|letting|stopping|lock\w*|drown|poison|happening|going on|kicking off)\b/,
    patterns: [
      // "it's happening now" as the whole clause: what they came about is going on as they type (not "it's happening again",
      // with no now, nor said of something else: "the party is happening now")
      rx(`${START}${alt('it is', 'this is', 'it is all')}`, some(alt('still', 'all'), 1) + alt('happening', 'going on', 'kicking off'), some(alt('again'), 1) + alt('now', 'right now', 'as we speak', 'as i type'), endOr('please', 'help', 'someone', 'call')),
      rx(SUBJ_ANY, alt('is', 'are', 'keeps', 'started', 'has started', 'is been', 'has been', 'will not stop', 'is just'), some(alt('still', 'now', 'literally', 'just', 'really'), 2) + alt('hitting', 'punching', 'kicking', 'beating', 'battering', 'strangling', 'choking', 'throttling', 'smothering', 'attacking', 'hurting', 'stabbing', 'slapping', 'shoving', 'pushing', 'dragging', 'biting', 'headbutting', 'raping', 'assaulting', 'burning', 'shaking', 'suffocating'), OBJ_PEOPLE, notFollowedBy('to', 'into', 'away', 'for', 'by', 'with words', 'emotionally', 'mentally', 'verbally', 'online', 'with (?:his|her|their|these|the) (?:messages|texts|words|posts|comments)', 'up', 'out')),
      rx(SUBJ_ANY, alt('has just', 'just', 'is just'), alt('hit', 'punched', 'kicked', 'beat', 'beaten', 'strangled', 'choked', 'attacked', 'hurt', 'stabbed', 'slapped', 'shoved', 'pushed', 'assaulted', 'raped', 'headbutted', 'bit', 'burned', 'burnt', 'grabbed', 'dragged', 'thrown', 'threw'), OBJ_PEOPLE, notFollowedBy('up', 'out', 'online', 'with words', 'emotionally', 'verbally')),
      rx(SUBJ_ANY, alt('is going to', 'is gonna', 'is trying to', 'is about to', 'is threatening to', 'are threatening to', 'is saying he will', 'is saying she will', 'is shouting that he will', 'is screaming that he will'), alt('kill', 'murder', 'stab', 'shoot', 'strangle', 'hurt', 'hit', 'beat', 'attack', 'rape', 'drown', 'suffocate', 'smother', 'choke', 'burn', 'poison'), OBJ_PEOPLE),
      rx(SUBJ_ANY, alt('is', 'are', 'keeps', 'started'), some(alt('still', 'now', 'literally', 'just'), 2) + alt('throwing', 'smashing', 'breaking'), alt('things', 'stuff', 'plates', 'furniture', 'everything', 'my stuff', 'my things', 'chairs', 'bottles', 'glasses')),
      rx(alt('he', 'she', 'they', 'someone', KIN), alt('will not let', 'is not letting', 'is stopping'), alt('me', 'us'), alt('leave', 'out', 'get out', 'out of the house', 'out of the room', 'call', 'use my phone', 'call anyone'), notFollowedBy('him', 'her', 'them', 'the relationship', 'it')),
      rx(alt('he', 'she', 'they', 'someone', KIN), alt('has locked', 'is locking', 'locked'), alt('me', 'us', KID), alt('in', 'inside', 'in the house', 'in a room', 'in the room', 'in my room')),
    ],
    guards: EMERGENCY_GUARDS,
    unlessBefore: [
      new RegExp(`\\b${SAID}(?: that)?(?: ${alt('he', 'she', 'they')})?$`),
      /\b(?:scared|afraid|frightened|terrified|worried|fear|fears|feel like|convinced|petrified)(?: that)?$/,
      OPEN_CONDITION_BEFORE,
    ],
    unlessAfter: [/^(?:if|unless|when|once|one day|someday|eventually|with (?:kindness|love|words|his messages|her messages|these|this|the messages|texts))\b/, ONLINE],
  },
  {
    id: 'emergency.threatImmediate',
    level: 'emergency',
    rationale: 'A threat to harm with a time in the next few hours ("he said he\'ll kill me tonight").',
    triggers: /\b(?:tonights|todays|tonight|today|now|this (?:morning|afternoon|evening)|later|soon|any (?:minute|second)|minutes?|mins?|hours?|secs?|seconds|gets?|way|get home|wakes?|sobers?|sober|comes?|tomorrow|morning|night|daylight|sunrise|first thing|weekend|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b/,
    patterns: [
      // He (she, they, my ex) threatens harm with a time within hours (IMMEDIATE) or a day or so
      // away (NEAR_FUTURE: "he said he'll stab me tomorrow night"); for a later time only harm
      // that is promised ahead (NEAR_HARM_VERB: not "he'll take the kids tomorrow"). "I" only in
      // a quoted threat to "you" ("he texted I'll kill you tonight"), not "I'll kill him tonight".
      rx(SUBJ, some(REPORT, 6) + alt(`take ${HARM_OBJ} ${THREAT_GAP}${IMMEDIATE}`, `${NEAR_HARM_VERB} ${HARM_OBJ} ${THREAT_GAP}${THREAT_TIME}`)),
      rx('i', some(REPORT, 6) + alt(`take ${YOU_OBJ} ${THREAT_GAP}${IMMEDIATE}`, `${NEAR_HARM_VERB} ${YOU_OBJ} ${THREAT_GAP}${THREAT_TIME}`)),
      // (not a day left open after it: "im not in danger right now but he said he will kill me one day")
      // (nor, after a bare "now" of the telling, for the next time they meet: "now her brother says hell batter me when he
      // sees me", `WHEN_NEXT_SEEN_AFTER_NOW`)
      rx(IMMEDIATE, `(?:${W} ){0,3}${alt(`${SUBJ} ${some(REPORT, 6)}${HARM_VERB} ${HARM_OBJ}`, `i ${some(REPORT, 6)}${HARM_VERB} ${YOU_OBJ}`)}${NOT_DAY_LEFT_OPEN_AFTER}${WHEN_NEXT_SEEN_AFTER_NOW}`),
      rx(NEAR_FUTURE_LEAD, `(?:${W} ){0,3}${alt(`${SUBJ} ${some(REPORT, 6)}${NEAR_HARM_VERB} ${HARM_OBJ}`, `i ${some(REPORT, 6)}${NEAR_HARM_VERB} ${YOU_OBJ}`)}`),
      // Messages that are only the time, over and over: "the messages just say 'tonight' now", "he keeps texting tonight tonight"
      new RegExp(`\\b${alt('message', 'messages', 'text', 'texts', 'he', 'she', 'they', 'it')}(?: ${W})? ${alt('just', 'only', 'keeps', 'keep', 'still', 'now')}(?: ${alt('just', 'only', 'keeps', 'keep', 'still', 'now')})? ${alt('say', 'says', 'saying', 'send', 'sends', 'sending', 'text', 'texts', 'texting', 'write', 'writes', 'writing')} (?:the word )?${alt('tonight', 'midnight', 'tonights the night')}(?: ${alt('tonight', 'now', 'again', 'midnight')})*(?=$| \\|| and\\b| over and over\\b)`, 'g'),
      rx(alt('you are', 'you will be', 'you are going to be'), alt('dead', 'finished', 'next'), `${notFollowedBy(...DEAD_NOT_DEATH)}(?: ${W}){0,4} ${THREAT_TIME}`),
      rx(alt('tonight', 'today'), alt('you are', 'you will be', 'you die', 'is the night', 'is the day', 'you get it', 'is your last')),
      // ("tonight's" is kept as one word: "He said tonight's the night I die"), said by them or of what they will do - not the
      // writer's own "I've decided tonights the night" (a crisis, read by the crisis rules)
      rx(alt('said', 'says', 'saying', 'keeps saying', 'told me', 'texted', 'messaged', 'message said', 'text said', 'msg', 'message'), `(?:${W} |\\| ){0,3}?${alt('tonights', 'todays')}`, alt('the night', 'the day')),
      rx(alt('tonights', 'todays'), alt('the night', 'the day'), alt('he', 'she', 'they', 'you', 'i die', 'i get', 'we die')),
      rx(alt(SUBJ, 'i'), some(REPORT, 4) + alt('coming', 'come', 'coming round', 'come round', 'coming over', 'come over'), alt('to get', 'to kill', 'to hurt', 'for', 'after', 'to find', 'to sort'), alt('me', 'us', 'you', 'her', 'him', 'them'), `(?:${W} ){0,4}${IMMEDIATE}`),
      rx(alt(SUBJ, 'i'), some(REPORT, 4) + alt('be round', 'be over', 'be here', 'come round', 'come over'), `(?:${W} ){0,4}${IMMEDIATE}`, `(?:${W} ){0,2}to ${alt('sort', 'get', 'kill', 'hurt', 'deal with', 'teach')} ${alt('me', 'you', 'us')}`),
      rx(SUBJ, some(REPORT, 4) + alt('saying', 'that', 'said'), alt('i am', 'i will be', 'i would be', 'i was', 'i was going to be', 'i am going to be', 'you are', 'you will be'), alt('dead', 'finished', 'going to die', 'next'), `${notFollowedBy(...DEAD_NOT_DEATH)}(?: ${W}){0,4} ${THREAT_TIME}`),
      // ...or all of them, by anyone at home: "my dad says we are all going to die tonight" (not "...of boredom tonight",
      // not "...dead meat tonight when mum sees the mess", not "...tomorrow if we eat his curry lol", not "...in his game")
      rx(SUBJ_ANY, some(REPORT, 4) + alt('saying', 'that', 'said', 'says'), alt('we are all', 'we will all be', 'we will all', 'we all', 'we are both', 'we will both', 'you will all', 'you are all'), alt('going to die', 'die', 'be dead', 'dead'), `${notFollowedBy('of', 'from', 'meat', ...DEAD_NOT_DEATH)}(?: ${W}){0,4} ${THREAT_TIME}`, notFollowedBy('if', 'unless', 'lol', 'haha', 'lmao', 'in his', 'in her', 'in the game', 'in the storm', 'when')),
      // Not living through the night, told to them: "said I wouldn't see the morning", "you won't see tomorrow"
      rx(alt(`${SUBJ} ${some(REPORT, 4)}${alt('saying', 'that', 'said', 'says', 'told me')}`, `${START}${alt('said', 'says', 'saying', 'told me', 'texted', 'messaged')}`, START), opt('that'), NOT_LIVE_TO_SEE, alt('the morning', 'morning', 'tomorrow', 'the night', 'tonight', 'daylight', 'sunrise'), notFollowedBy('like', 'as', 'again', 'with', 'of')),
    ],
    // The time is in the match, so only far past ("years ago he said...") cancels it: "he told me
    // yesterday he'd kill me tonight" is still tonight.
    guards: ['negation', 'pastFar', 'hypothetical'],
    // (the now of a denial: "im not in danger right now but he threatened to kill me last month")
    unlessBefore: [/\bnot (?:in (?:any |immediate )?danger|unsafe|at risk)$/],
    unlessAfter: [new RegExp(`^${THREAT_IDIOM}\\b`)],
  },
  {
    id: 'emergency.comingToHarm',
    level: 'emergency',
    rationale: 'Someone is coming to kill, hurt or get them, whenever ("he\'s coming tomorrow to kill me"): a stated plan to attack.',
    triggers: /^(?=[^]*\b(?:coming|come|heading|head|driving|drive|travelling|travel|flying|fly|walking|getting|turn up|show up|be (?:round|over|here|back))\b)(?=[^]*\b(?:kill|murder|hurt|stab|shoot|attack|beat|batter|strangle|burn|rape|kidnap|finish|end|slit|smash|torch|petrol bomb|sort|teach|get|grab|find)\b)/,
    patterns: [
      rx(SUBJ, COMES, COME_GAP, alt('to', 'and'), alt(COME_HARM, COME_GET)),
      rx(PARTNER, COMES, COME_GAP, alt('to', 'and'), COME_HARM),
      // ...setting off from where they are first: "he just rang to say hes leaving the pub and coming round to sort me out"
      rx(SUBJ, alt('is', 'are', 'is just', 'are just'), alt('leaving', 'setting off from', 'getting in', 'getting into', 'getting on', 'walking out of', 'coming out of'), `(?:${W} ){1,3}?and`, alt('coming', 'heading', 'driving', 'walking', 'getting a taxi'), COME_GAP, alt('to', 'and'), alt(COME_HARM, COME_GET)),
      // Reported speech moves the tense back: "he said he was coming to kill me", "he'd come round".
      rx(SAID, `(?:me )?(?:that )?${SUBJ}`, alt('was', 'were', 'would', 'was going to', 'were going to'), `${COME_ADV}${alt('come', 'coming', 'be round', 'be over', 'turn up', 'show up')}`, COME_GAP, alt('to', 'and'), alt(COME_HARM, COME_GET)),
      // A quoted threat: "I'm coming to get you", "I'll come round tomorrow and kill you".
      rx(alt('i am', 'i will', 'i am going to', 'i will be'), `${COME_ADV}${alt('coming', 'come', 'be round', 'be over', 'turn up')}`, COME_GAP, alt('to', 'and'), alt(`${alt('kill', 'murder', 'hurt', 'stab', 'shoot', 'attack', 'batter', 'strangle', 'burn', 'rape', 'finish', 'end', 'slit')} ${YOU_OBJ}`, `${alt('get', 'find')} you${COME_GET_END}`)),
    ],
    // No "future" guard: coming to kill them is an emergency whenever it is planned for.
    guards: ['negation', 'pastFar', 'hypothetical'],
    unlessAfter: [new RegExp(`^${THREAT_IDIOM}\\b`)],
  },
  {
    id: 'emergency.threatConditionMet',
    level: 'emergency',
    rationale: 'A threat made on a condition, then the condition said to be met ("says if he finds anything im dead, hes found something").',
    triggers: /\bif\b/,
    patterns: [
      // The threat is theirs (said, texted, told me), the condition what they find, see, catch or hear; then they have.
      // Not a condition still open ("...if he finds out", with nothing found), nor one denied ("he has not found anything"),
      // nor a passive ("he is seen by the doctor"): "hes" is read "he is", so "he is found" is the condition met.
      new RegExp(
        `\\b${alt('says', 'said', 'saying', 'keeps saying', 'told me', 'tells me', 'threatened', 'threatens', 'swore', 'swears', 'texted', 'messaged', 'warned me', 'warns me')} (?:that )?if ${alt('he', 'she', 'they')} (?:ever )?` +
          `${FINDS_OUT}\\b[^|]{0,60}?` +
          `\\b${alt('i am dead', 'i will be dead', 'i would be dead', 'i am finished', 'i will pay', 'i will regret it', `${alt('he', 'she', 'they')} ${alt('will', 'would', 'is going to', 'are going to')} ${alt('kill', 'hurt', 'end', 'stab', 'batter', 'strangle')} me`)}\\b` +
          `[^]{0,80}?\\b${alt('he', 'she', 'they')} ${alt('is', 'has', 'have', 'are', 'has just', 'have just', 'is just', 'just')} ${alt('found', 'seen', 'caught', 'heard', 'read', 'found out')}\\b(?! ${alt('by', 'guilty', 'innocent')}\\b)`,
        'g',
      ),
    ],
    guards: ['negation', 'pastFar'],
    // not a boss's or a coach's way of talking, a joke ("my dad says if he catches me vaping im dead haha") or a story; family
    // and partners are not excused (they may be the ones doing it)
    unlessBefore: [/\b(?:boss|manager|teacher|coach|tutor|villain|character)(?: [a-z0-9]+){0,3}$/],
    unlessMessage: [/\b(?:lol|lmao|haha+|hehe|jk|rofl|film|movie|game|episode|book|novel|series|nothing happened|years ago)\b/],
  },
  {
    id: 'emergency.onTheWay',
    level: 'emergency',
    rationale: 'The person is on the way or about to arrive ("he\'s on his way", "coming round now").',
    triggers: /\b(?:train|bus|coach|plane|ferry|flight|way|coming|heading|driving|walking|running|cycling|taxi|cab|will be|going to be|gonna be|could be|might be|nearly here|almost here|pulling|parking|getting out|turn up|turning up|be round|be here|be over|come round|come over|show up|showing up|come back)\b/,
    patterns: [
      // Arrived minutes ago by plane, train or ferry, a threat to harm them said in the message (batch 183): "flight tracker says his
      // plane landed 20 mins ago. his last msg was 'your dead when i see u'" (not the writer's own or a family member's arrival, and not
      // with no harm said: "his plane landed 20 mins ago, hes picking up the kids at 5")
      new RegExp(`\\b${alt('his', 'her', 'their')} ${alt('plane', 'flight', 'train', 'ferry', 'coach', 'boat')} (?:${alt('has', 'is', 'has just', 'just')} )?${alt('landed', 'arrived', 'got in', 'docked', 'come in', 'pulled in')} (?:${alt('about', 'like', 'around', 'only')} )?${alt('[0-9]+ ?(?:mins?|minutes)', 'a few (?:mins|minutes)', 'half an hour', 'an hour', 'ten minutes', 'twenty minutes', 'five minutes')} ago\\b(?=[^]{0,240}?\\b${alt('dead', 'kill', 'kill you', 'hurt you', 'get you', 'sort you out', 'finish you', 'end you', 'deal with you', 'you will pay', 'you are next', 'coming for you')}\\b)`, 'g'),
      // On a train or coach to them now: "says he's on the train to my town now, gets in at 7"
      rx(SUBJ, BE, some(alt('just', 'now', 'literally', 'already', 'right'), 2) + 'on', alt('the', 'a', 'his', 'her'), alt('train', 'bus', 'coach', 'plane', 'ferry', 'flight', 'megabus'), alt('to my', 'to our', 'here', 'up here', 'down here', 'over here', 'to see me', 'to me', 'to find me', 'to get me')),
      rx(SUBJ, BE, some(alt('just', 'now', 'literally', 'probably', 'definitely', 'already', 'right'), 2) + `on ${alt('his', 'her', 'their', 'the')} way`, notFollowedBy('home', 'to work', 'to the', 'to his', 'to her', 'to their', 'back to', 'to school', 'out', 'to see the kids')),
      rx(SUBJ, BE, some(alt('just', 'now', 'literally', 'probably', 'definitely', 'already', 'right'), 2) + alt('coming', 'heading', 'driving', 'walking', 'running', 'cycling', 'getting a taxi', 'getting a cab'), alt('round', 'over', 'here', 'back here', 'for me', 'for us', 'for what is his', 'for what is hers', 'for what is theirs', 'for what he is owed', 'after me', 'to get me', 'to find me', 'to kill me', 'to hurt me', `to ${alt('my', 'our', 'the')} ${PLACE_NOUN}`, 'right now', 'now', 'this way', 'to me', 'to mine', 'in', 'up the stairs', 'up the road', 'up the drive', 'up the path')),
      rx(SUBJ, BE, some(alt('just', 'now', 'literally', 'probably', 'definitely', 'already', 'right'), 2) + alt('coming', 'coming back', 'heading here'), END),
      // ...with the subject said once for two verbs: "he's left and is walking up the road"
      new RegExp(`(?<=\\b${alt('he', 'she', 'they')}\\b[^|]{0,60}? )and (?:${alt('is', 'are', 'has', 'now', 'just', 'is now', 'is just')} )?${alt('walking', 'coming', 'heading', 'driving', 'running', 'marching', 'walked', 'come', 'headed', 'driven')} ${alt('up', 'down', 'along')} ${alt('the', 'my', 'our')} ${alt('road', 'lane', 'street', 'path', 'drive', 'driveway', 'track', 'hill', 'stairs')}\\b`, 'g'),
      rx(SUBJ, alt('will be', 'is going to be', 'could be', 'might be', 'is gonna be'), alt(PLACE, 'here', 'round', 'over', 'there'), `(?:${W} ){0,3}?${alt('soon', 'any minute', 'any second', 'in a minute', `in ${alt('a', 'an', 'a few', 'ten', 'five', 'twenty', '[0-9]+')} ${alt('minutes', 'mins', 'min', 'hour', 'seconds')}`, 'tonight', 'later', 'now')}`),
      // (parking said with "been" is a habit, not an arrival: "hes been parking in the field gateway opposite most nights")
      rx(SUBJ, BE, some(alt('nearly', 'almost', 'just'), 1) + alt('nearly here', 'almost here', 'pulling up', 'pulling in', '(?<!\\bbeen )parking', 'getting out of his car', 'getting out of her car', 'getting out of the car', 'coming up the stairs', 'coming up the path', 'coming up the drive', 'walking up the path', 'walking up the drive')),
      // Stopped and getting out, the vehicle said before (batch 164): "man in a car keeps circling, hes stopped now and getting out"
      new RegExp(`\\b${SUBJ} ${BE} (?:${alt('just', 'now')} )?${alt('stopped', 'pulled over', 'pulled up', 'parked up')}(?: ${alt('now', 'right now')})? and (?:${alt('is', 'are', 'now', 'is now')} )?getting out\\b(?! ${alt('more', 'of bed', 'of debt', 'of the house more')}\\b)(?<=\\b${alt('car', 'van', 'taxi', 'cab', 'truck', 'lorry', 'jeep', 'motorbike', 'bike')}\\b[^]{0,200}?)`, 'g'),
      // ...said with "literally" or "actually", the arrival ending the clause or placed: "he's literally pulling up now"
      // (not a lift or a taxi named before, nor "she is actually pulling in good money", "now pulling up the cctv")
      rx(`${gatedBy(`(?:${SUBJ})\\b`, `(?<!\\b${alt('uber', 'taxi', 'cab', 'lift', 'pick me up', 'picking me up', 'collect me', 'collecting me', 'get me', 'ambulance')}\\b[^]{0,150})`)}(?:${SUBJ})`, BE, some(alt('literally', 'actually', 'right', 'defo', 'deffo', 'definitely', 'honestly', 'seriously'), 2) + alt('pulling up', 'pulling in', 'parking up', 'parking', 'getting out of his car', 'getting out of her car', 'getting out of the car'), orEnd('now', 'right now', 'outside', 'here', 'on my', 'onto my', 'into my', 'on the drive', 'onto the drive', 'into the drive', 'in my', 'in the drive', 'up outside', 'in outside', 'across')),
      // ...of a car said before: "car again. same one. he's getting out"
      new RegExp(`\\b(?:${SUBJ}) (?:${BE}) (?:(?:just|now) )?getting out(?: now| again)?${END}(?<=\\b${alt('car', 'van', 'taxi', 'cab', 'motorbike', 'truck', 'lorry', 'pulled up', 'parked')}\\b[^]{0,160}?)`, 'g'),
      rx(SUBJ, some(alt(SAID, 'that', 'he', 'she', 'they', 'is', 'will', 'would', 'is going to'), 4) + alt('turn up', 'turning up', 'be round', 'be here', 'be over', 'come round', 'come over', 'coming round', 'coming over', 'show up', 'showing up', 'come back', 'coming back'), `(?:${W} ){0,5}${alt('tonight', 'right now', 'now(?! that)', 'later', 'soon', 'in a minute', 'this evening', 'this afternoon', 'any minute', 'today')}`),
    ],
    guards: WHERE_GUARDS,
    unlessAfter: [/^(?:to (?:court|the hearing|the wedding|the party|the meeting|the funeral|the christening|visit|see the kids|pick up the kids|collect the kids|fix)|back to the uk|out of prison|for (?:christmas|dinner|tea|the weekend|the kids))\b/],
  },
  {
    id: 'emergency.childAtRiskNow',
    level: 'emergency',
    rationale: 'A child, or an adult who cannot cope alone (dementia, a learning disability), is being taken, hurt or is in danger right now.',
    triggers: /\b(?:kids|children|child|baby|son|daughter|boy|girl|little one|toddler|twins|dementia|alzheimers|learning disabilit\w*|vulnerable|can not cope on (?:his|her|their) own)\b/,
    patterns: [
      rx(SUBJ_ANY, alt('has taken', 'is taken', 'has just taken', 'just took', 'has snatched', 'snatched', 'has grabbed', 'grabbed', 'has abducted', 'abducted', 'has kidnapped', 'kidnapped', 'is taking', 'is trying to take', 'is running off with', 'has run off with', 'ran off with', 'is driving off with', 'drove off with', 'has locked', 'locked'), KID),
      // kept when they should not have them, said next: "he has my daughter. he wasnt allowed her today."
      new RegExp(`\\b${SUBJ_ANY} ${alt('has got', 'has', 'got', 'took', 'has taken', 'is taking')} ${KID}\\b(?=[^]{0,60}?\\b${alt('he', 'she', 'they')} ${alt('was not', 'is not', 'were not', 'are not', 'is never')} ${alt('allowed (?:her|him|them|to have|to take|to keep)', 'supposed to have', 'meant to have', 'meant to take', 'supposed to take')}\\b)`, 'g'),
      rx(SUBJ_ANY, alt('has got', 'is got', 'has', 'got', 'took', 'has taken', 'is taking', 'is with'), KID, `(?:${W} ){0,6}${alt('drunk', 'high', 'off his head', 'off her head', 'off their head', 'raging', 'violent', 'angry', 'not answering', 'will not give', 'will not bring', 'will not let', 'is refusing', 'refuses', 'threatening', 'threatened', 'a knife', 'a gun', 'a weapon', 'driving off', 'drove off', 'disappeared', 'gone missing', 'is missing', 'nowhere to be found', 'and ran', 'screaming')}`),
      rx(KID, alt('is', 'are'), some(alt('in', 'with him', 'with her', 'with them', 'still', 'now', 'right now'), 2) + alt('in danger', 'not safe', 'unsafe', 'being hurt', 'being hit', 'being taken', 'missing'), notFollowedBy('of')),
      // An adult who cannot cope alone, taken off by someone who threatened them: "My daughter in law has taken my husband off in
      // her car, he has dementia, and she's threatened to leave him somewhere" (not a lift: "my son has taken my mum to the
      // hospital, she has dementia", with no threat)
      new RegExp(`\\b(?:${SUBJ_ANY}|${alt('my', 'our', 'his', 'her')} ${alt('daughter', 'son', 'mother', 'father', 'sister', 'brother', 'step daughter', 'step son', 'stepdaughter', 'stepson')}(?: in law)?) ${alt('has taken', 'has just taken', 'just took', 'took', 'has driven off with', 'drove off with', 'has gone off with', 'went off with')} ${alt('my', 'our', 'her', 'his')} ${alt('husband', 'wife', 'partner', 'mum', 'mom', 'dad', 'nan', 'gran', 'grandad', 'grandma', 'brother', 'sister', 'son', 'daughter', 'uncle', 'aunt', 'auntie')}\\b(?=[^]{0,120}?\\b${alt('dementia', 'alzheimers', 'learning disability', 'learning disabilities', 'vulnerable', 'can not cope on his own', 'can not cope on her own', 'can not cope on their own')}\\b)(?=[^]{0,200}?\\b${alt('threatened', 'threatening', 'says she will', 'says he will', 'said she would', 'said he would', 'will not bring', 'not bringing', 'leave him somewhere', 'leave her somewhere', 'dump him', 'dump her')}\\b)`, 'g'),
    ],
    guards: EMERGENCY_GUARDS,
    unlessAfter: [/^(?:to|for|on|every|this weekend|at weekends|home|for the weekend|at the weekend|out|off me|away|from me|through|in court|swimming|shopping|back)\b/],
  },
  {
    id: 'emergency.inDangerNow',
    level: 'emergency',
    rationale: 'The person says they are in danger, not safe, or hiding right now.',
    triggers: /\b(?:danger|safe|unsafe|hiding|hidden|hid|locked|barricad\w*|trapped|risk|wedg\w*|jamm\w*|push\w*|put|dragg\w*|moved|shoved)\b/,
    patterns: [
      rx(alt('i', 'we', 'my life', 'our lives', 'my family', 'my kids', 'my children', 'the kids', 'the children', 'the baby', 'my baby', 'us'), alt('am', 'are', 'is', 'might be', 'could be', 'think i am', 'think we are', 'feel', 'feels'), some(alt('really', 'so', 'very', 'actually', 'still', 'literally', 'genuinely', 'now', 'right now'), 2) + alt('in danger', 'in real danger', 'in serious danger', 'in immediate danger', 'in grave danger'), notFollowedBy('of', 'at work', 'online', 'on the roads', 'at school')),
      rx(alt('i', 'we', 'my kids', 'my children', 'the kids', 'the children'), alt('am', 'are', 'is', 'might be', 'think i am', 'think we are'), some(alt('really', 'so', 'very', 'actually', 'still', 'literally', 'genuinely', 'just'), 2) + alt('not safe', 'unsafe'), notFollowedBy('online', 'on the roads', 'at work', 'driving', 'from me', 'from myself', 'around myself', 'with myself', 'from my own')),
      rx(alt('i', 'we'), alt('do not', 'no longer'), 'feel', some(alt('very', 'at all', 'remotely'), 1) + 'safe', alt('right now', 'now', 'tonight', 'in the house', 'at all right now', 'at the moment')),
      rx(alt('i', 'we'), alt('am', 'are', 'have'), some(alt('currently', 'now', 'just', 'been'), 1) + alt('hiding', 'locked myself', 'locked ourselves', 'barricaded', 'hidden', 'hid'), `(?: ${alt('in', 'from', 'under', 'behind', 'inside', 'upstairs', 'downstairs', 'he', 'she', 'they')}\\b|${END})`),
      rx(alt('i', 'we'), alt('am', 'are'), 'trapped', alt('in', 'inside'), alt('the', 'my', 'our', 'a'), alt('house', 'flat', 'room', 'bathroom', 'bedroom', 'car', 'toilet', 'kitchen')),
      // "ive barricaded the door with the sofa", "we've wedged a chair under the handle"
      rx(alt('i', 'we'), some(alt('have', 'am', 'are', 'just', 'have just'), 2) + alt('barricaded', 'barricading'), alt('the door', 'the doors', 'my door', 'our door', 'the bedroom door', 'the bathroom door', 'the front door', 'the back door', 'myself', 'ourselves', 'us', 'me', 'the room', 'my room')),
      rx(alt('i', 'we'), some(alt('have', 'am', 'are', 'just', 'have just'), 2) + alt('wedged', 'wedging', 'jammed', 'jamming', 'pushed', 'pushing', 'put', 'dragged', 'dragging', 'moved', 'shoved'), alt('a', 'the', 'my'), alt('chair', 'sofa', 'settee', 'bed', 'wardrobe', 'chest of drawers', 'drawers', 'table', 'desk', 'bookcase', 'dresser'), alt('against the door', 'against my door', 'against the bedroom door', 'against the front door', 'under the handle', 'under the door handle', 'in front of the door', 'behind the door', 'up against the door')),
      rx('my life is', some(alt('in', 'at'), 1) + alt('danger', 'risk'), alt('right now', 'now', 'tonight')),
    ],
    guards: ['negation', 'past', 'hypothetical', 'habitual', 'future'],
  },
  {
    id: 'emergency.helpNow',
    level: 'emergency',
    rationale: 'An urgent plea for help or a request to call the police now.',
    triggers: /\b(?:help|police|999|cops|ambulance|sos|save (?:me|us)|mayday|(?:need|want) (?:\w+ ){0,2}someone|(?:get me|find me|get in|see me|catch me) (?:help|please|right now|now|any minute))\b/,
    patterns: [
      new RegExp(`(?:${START}|\\b(?:please|someone|somebody|can you|could you|can someone|can somebody|help|quick|quickly|now|just|oh god|omg|i need you to|you need to|i need someone to|need you to|need someone to) )${alt('call', 'ring', 'phone', 'dial', 'get', 'send', 'contact')} ${alt('the police', 'police', '999', 'the cops', 'cops', 'an ambulance', 'ambulance', 'for help', 'help')}\\b`, 'g'),
      rx(alt('i', 'we'), alt('need', 'want'), some(alt('the', 'an', 'a', 'urgent', 'some', 'help'), 2) + alt('police', 'ambulance', 'cops', 'help', 'someone'), alt('now', 'right now', 'asap', 'urgently', 'immediately', 'quick', 'quickly', 'here now', 'to come now')),
      rx(alt('help me', 'help us', 'help'), some(alt('please', 'someone', 'somebody'), 2) + alt('now', 'right now', 'asap', 'quick', 'quickly', 'urgently', 'immediately')),
      rx('help', some('please', 1) + 'help'),
      rx(alt('sos', 'save me', 'save us', 'mayday', 'send help', 'someone help me please', 'somebody help me please', 'someone please help me', 'somebody please help me', 'please someone help', 'please somebody help')),
      rx(alt('he', 'she', 'they'), alt('is going to', 'will'), alt('get me', 'find me', 'get in', 'see me', 'catch me'), alt('help', 'please', 'please help', 'right now', 'now', 'any minute')),
      // A covert plea, for when the writer goes quiet: "typing fast. he found the phone. if i go quiet call police flat 3"
      // (the plea itself, not an arrangement for later: "if i dont reply she'll call the police")
      new RegExp(`\\bif (?:i|we) ${alt('go quiet', 'go silent', 'stop replying', 'stop answering', 'stop texting', 'stop messaging', 'stop typing', 'do not reply', 'do not answer', 'do not text back', 'do not message back', 'do not reply back', 'go offline', 'disappear', 'go off', 'get cut off')}(?:(?! ${alt('will', 'would', 'shall', 'should', 'can', 'could', 'might', 'may', 'i will', 'they will', 'she will', 'he will')}\\b) ${W}){0,5}? ${alt('call', 'ring', 'phone', 'get', 'send')} (?:the |an )?${alt('police', '999', 'cops', 'ambulance', 'help', 'for help')}\\b`, 'g'),
      // A plea, then the news: "HELP HE FOUND ME", "please hes found us", "sos he knows where i am"
      new RegExp(`(?:${START}|\\| )${alt('help', 'help me', 'help us', 'please help', 'sos')} ${alt('he', 'she', 'they', 'he is', 'she is', 'they are', 'he has', 'she has', 'they have', 'my ex', 'my ex has', 'my ex is')} ${alt('found me', 'found us', 'tracked me down', 'tracked us down', 'knows where i am', 'knows where we are', 'got in', 'is in', 'is here', 'is coming', 'got me')}\\b(?! (?:on|online|through|via|in the|in my) ?(?:facebook|insta\\w*|twitter|tiktok|snap\\w*|whatsapp|linkedin|line|app|comments|messages|dms|group)?\\b)`, 'g'),
    ],
    guards: ['negation', 'past', 'hypothetical', 'habitual'],
    unlessBefore: [
      /\b(?:should i|do i|shall i|when to|whether to|how do i|how to|when should i|would you|when do i|if i|to|did|could i|can i|would|did you|have|who do i|or|and then|then|will they|would they|they|police|not|never|she|he|we)$/,
      // what is not needed: "I dont need help right now" (not "i dont need one i need help now")
      /\b(?:do not|does not|did not|not|never) need$/,
    ],
    // (nor one of two choices asked about, batch 178: "If she turns up at my work what should I actually do, ring the police or just
    // ignore her?")
    unlessAfter: [/^(?:if|when|about|with (?:this|my|the|a|an|something|forms?|advice)|me (?:understand|with|to (?:understand|know|work out|find|decide|figure))|or 101|or not|on 101|for advice|to report|me report|later|tomorrow|in the morning|online|about this|for this|or (?:just |should i |do i |shall i )?(?:ignore|leave (?:it|her|him|them)|block|wait|do nothing|let it go|not bother))\b/],
  },

  // ------------------------------------------------------------------ crisis
  {
    id: 'crisis.suicideIntent',
    level: 'crisis',
    rationale: 'Thoughts, plans or intent to end their own life.',
    triggers: /\b(?:myself|suicid\w*|end(?:ing)? (?:my|it|everything|things)|tak(?:e|ing) my (?:own )?life|(?:jump\w*|throw\w* myself|throwing myself|step\w*|walk\w*|driv\w*) (?:off|from|in front of|under|into|out)|(?:crash\w*|wrap\w*|driv\w*|plough\w*) (?:my|the) (?:car|van|motorbike|bike|lorry)|swerv\w*|veer\w*|steer\w*|(?:crash\w*|driv\w*) (?:\w+ ){0,2}into|wrists?|throat|goodbye (?:note|letter)|note for my family|ways to die|dying|death|not being (?:here|alive))\b/,
    patterns: [
      rx(alt('kill', 'killing', 'killed', 'unalive', 'unaliving', 'off', 'offing', 'top', 'topping', 'hang', 'hanging', 'drown', 'drowning', 'shoot', 'shooting', 'poison', 'poisoning', 'gas', 'gassing'), 'myself'),
      rx(alt(`${alt('end', 'ending')} ${alt('my own life', 'my life', 'it all', 'everything', 'things', 'it tonight', 'it today', 'it now', 'it all now', 'it for good', 'my life tonight')}`, `${alt('take', 'taking')} my ${alt('own life', 'life')}`), notFollowedBy('with', 'between', 'off', 'back')),
      rx(alt('i am', 'i feel', 'i have been', 'i have been feeling', 'feeling', 'i get', 'been', 'i keep feeling', 'i have felt', 'i felt', 'becoming', 'getting', 'i was', 'am', 'feel'), some(alt('so', 'really', 'very', 'quite', 'a bit', 'a little', 'pretty', 'extremely', 'totally', 'completely', 'kind of', 'kinda', 'properly', 'actually', 'genuinely'), 2) + 'suicidal'),
      rx('suicidal', alt('thoughts', 'feelings', 'again', 'tonight', 'today', 'right now', 'now', 'all the time', 'because of')),
      rx(alt('i', 'i am', 'i have', 'i keep', 'i want to', 'i might', 'i will', 'i would', 'i could', 'i think about', 'i thought about', 'thinking about', 'thinking of', 'thought about', 'considering', 'planning', 'planned', 'plan', 'tempted', 'going to', 'want to', 'about to', 'i tried', 'i have tried', 'i attempted'), some(alt('commit', 'committing', 'attempt', 'attempting', 'try', 'trying', 'to', 'about', 'of', 'really', 'seriously', 'just', 'tried', 'attempted'), 3) + 'suicide', notFollowedBy('squad', 'prevention', 'awareness', 'hotline', 'line', 'helpline')),
      rx(alt('my', 'a', 'writing a', 'written a', 'wrote a', 'wrote my', 'writing my', 'written my'), alt('suicide note', 'suicide plan', 'goodbye note', 'goodbye letter', 'note for my family')),
      rx(alt('jump', 'jumping', 'throw myself', 'throwing myself', 'step', 'stepping', 'walk', 'walking', 'drive', 'driving'), alt('off', 'from', 'in front of', 'under', 'into'), alt('a', 'the', 'this'), alt('bridge', 'building', 'roof', 'cliff', 'car park', 'balcony', 'train', 'bus', 'lorry', 'tube', 'motorway', 'river', 'sea', 'window', 'wall', 'tree')),
      // ...from a high place of their own home: "I really want jump from my window", "jump out of my bedroom window" (not
      // "jumped out of my skin", "jump off my bike")
      rx(alt('to', 'i', 'i could', 'i might', 'i would', 'i will', 'i just', 'wanna', 'gonna', 'of', 'about'), alt('jump', 'jumping', 'throw myself', 'throwing myself'), alt('off', 'from', 'out of', 'out'), alt('my', 'our'), `(?:${alt('bedroom', 'bathroom', 'kitchen', 'flat', 'top floor', 'upstairs', 'front', 'back')} )?${alt('window', 'balcony', 'roof')}`),
      // A deliberate crash: "feel like crashing the car on purpose", "swerve into oncoming traffic"
      rx(alt('crash', 'crashing', 'wrap', 'wrapping', 'drive', 'driving', 'plough', 'ploughing'), alt('my', 'the'), alt('car', 'van', 'motorbike', 'bike', 'lorry'), `(?:${W} ){0,4}?${alt('on purpose', 'deliberately', 'into a wall', 'into a tree', 'into a bridge', 'into the sea', 'into the river', 'off the road', 'off a bridge', 'off the bridge', 'off a cliff', 'into oncoming traffic', 'into a lorry')}`),
      rx(alt('swerve', 'swerving', 'veer', 'veering', 'steer', 'steering', 'crash', 'crashing', 'drive', 'driving'), `(?:${W} ){0,2}?into`, alt('oncoming traffic', 'the oncoming traffic', 'a lorry', 'the path of a lorry', 'the central reservation', 'a bridge')),
      rx(alt('slit', 'slitting', 'cut', 'cutting'), alt('my wrists', 'my wrist', 'my throat')),
      rx(alt('thinking', 'thought', 'think', 'thinking a lot', 'been thinking'), alt('about', 'of'), alt('ending it', 'ending my life', 'ending things', 'ending everything', 'not being here', 'not being alive', 'taking my life', 'taking my own life', 'killing myself', 'suicide', 'ways to die', 'dying', 'death')),
    ],
    guards: ['negation', 'pastFar'],
    unlessAfter: [/^(?:laughing|for (?:forgetting|not|being)|with (?:work|laughter|this)|in the foot|at the gym|at work|working|trying to|to get|over (?:this|that|it) lol|with him|with her|with them)\b/],
    unlessBefore: [/\b(?:career|social|political|commercial)$/, THIRD_PERSON_BEFORE, TOLD_TO_BEFORE],
  },
  {
    id: 'crisis.notWantingToLive',
    level: 'crisis',
    rationale: 'Not wanting to be alive, wanting to die, or feeling others would be better off without them.',
    triggers: /\b(?:alive|live|living|exist\w*|wake|get better|getting better|get well|getting well|recover|recovering|my recovery|anymore|forever|go on|going on|carry on|carrying on|keep going|earth|world|die|dead|disappear\w*|born|without me|if i (?:was|were|died)|with me gone|once i am gone|pointless|the point (?:in|of) me|worth|give up on life|given up on life|done with (?:life|living)|tired of|sick of being|goodbye|end it|to end|be over|for good|do life|only way|will only|is only going to|only (?:stop|stops|end|ends|go away|be over)|(?:not|never) (?:come|coming) back)\b/,
    patterns: [
      // An idiom made plain: "I'd rather be dead than go through another court date ... and I mean it"
      new RegExp(`\\b${alt('rather be dead', 'rather die', 'better off dead', 'rather not be alive', 'rather not be here')}\\b(?=[^]{0,120}?\\b${alt('and i mean it', 'i mean it', 'i am serious', 'i am not joking', 'not joking', 'no joke', 'i really mean it', 'looked up how', 'googled how')}\\b)`, 'g'),
      // Rather not be alive is not the idiom "rather be dead than": "i'd rather not be alive than face them"
      rx(alt('hope', 'hoping', 'wish', 'pray', 'praying'), alt('i', 'that i'), alt('do not', 'dont', 'never', 'will not', 'wont', 'would not', 'wouldnt'), 'wake up'),
      rx(alt('rather not', 'prefer not to', 'sooner not'), alt('be alive', 'exist', 'be living', 'wake up', 'be here anymore', 'be on this earth', 'be in this world', 'be around anymore')),
      rx(alt('do not', 'never', 'no longer', 'not', 'can not'), some(alt('really', 'even', 'think i', 'know if i', 'want to'), 2) + alt('want to', 'wanna', 'wish to', 'need to', 'want to be able to'), LIVE, notFollowedBy('here', 'there', 'in', 'with', 'near', 'like this', 'this way', 'at', 'on my own', 'alone', 'next to', 'together', 'somewhere', 'anywhere', 'abroad', 'nearby', 'close', 'by myself', 'early', 'before', 'for')),
      rx(alt('do not', 'can not', 'no longer'), alt('see', 'find'), alt('the', 'any', 'a'), alt('point', 'reason'), alt('in', 'of', 'to'), alt('living', 'life', 'being alive', 'going on', 'carrying on', 'anything anymore', 'live', 'be alive', 'go on')),
      // ...in getting better (batch 185, on a ward: "i dont see the point of getting better if hes just going to be there when i
      // get out"); not a skill or a thing ("...the point of getting better at maths", "...of recovering the data")
      rx(alt('do not', 'can not', 'no longer'), alt('see', 'find'), alt('the', 'any', 'a'), alt('point', 'reason'), alt('in', 'of', 'to'), alt('getting better', 'get better', 'getting well', 'get well', 'recovering', 'recover', 'trying to get better', 'trying to recover', 'my recovery'), notFollowedBy('at', 'with', 'the', 'my', 'his', 'her', 'it', 'them', 'data', 'files', 'account', 'money')),
      rx(alt('want to', 'wanna', 'ready to', 'wish i could', 'would rather', 'just want to', 'i want to', 'prefer to', 'i need to', 'want is to', 'wish is to'), alt('die', 'be dead', 'disappear forever', 'not exist', 'not be here anymore', 'not be alive', 'not wake up', 'stop existing', 'sleep forever', 'never wake up'), notFollowedBy('of', 'laughing', 'lol', 'haha', 'when', 'than', 'for', 'on', 'my hair', 'your hair', 'her hair', 'my', 'it', 'them', 'the')),
      rx(alt('going to', 'gonna', 'want to', 'wanna', 'ready to', 'about to', 'i will', 'i am going to', 'i just want to', 'i need to'), 'end it', END),
      rx(alt('go to sleep', 'sleep', 'fall asleep', 'close my eyes', 'lie down'), 'and', alt('never', 'not'), alt('wake up', 'wake up again', 'open them again')),
      // Going somewhere lonely now and not coming back, said beside having had enough (batch 190: "I've had enough. I'm going to
      // drive to the coast tonight and not come back"); not a move or a trip ("...to my mums tonight and not come back", "to the
      // coast tonight and not come back till sunday"), nor without the despair ("drive to the coast and never come back, it's so
      // pretty")
      new RegExp(`\\b${alt('going to', 'gonna', 'about to', 'i will', 'i might', 'i am just going to', 'i just want to', 'want to')} ${alt('drive', 'walk', 'go', 'head', 'get the train', 'get a train', 'get the bus')} ${alt('off', 'out', `${alt('to', 'down to', 'up to', 'out to', 'into')} ${alt('the', 'a')} ${LONELY_PLACE}`)}(?: ${alt('tonight', 'today', 'now', 'right now', 'later', 'this evening', 'in a bit')})? ${alt('and', 'and then', 'then')} ${alt('not', 'never')} ${alt('come back', 'coming back')}\\b(?! ${alt('till', 'until', 'before', 'for', 'from', 'to', 'here', 'home for', 'with')}\\b)(?:(?<=\\b${HAD_ENOUGH}\\b[^]{0,200}?)|(?=[^]{0,120}?\\b${HAD_ENOUGH}\\b))`, 'g'),
      rx(alt('want', 'wish', 'need'), alt('it all', 'everything', 'my life', 'all of it', 'life'), alt('to end', 'to be over', 'to stop for good', 'over with for good')),
      rx(alt('what is', 'whats'), 'the point', alt('in', 'of'), alt('living', 'life', 'being alive', 'going on', 'carrying on', 'me being here', 'being here', 'staying alive')),
      // ...said of themselves: "what's the point in me", "whats the point of me anymore" (not "...in me going to the police")
      rx(alt('what is', 'whats'), 'the point', alt('in', 'of'), 'me', orEnd('anymore', 'any more', 'existing', 'even existing', 'being alive', 'at all', 'now', 'honestly', 'tbh', 'seriously', 'really')),
      rx('wish', alt('i', 'that i'), alt('was', 'were', 'had been', 'had never been', 'was never', 'were never'), alt('dead', 'born', 'not born', 'never born', 'not alive', 'gone')),
      // The only way it ends is their own death: "the only way this stops is if im not here", "it will only stop when I'm
      // gone" (not a move, a stay or a job: "...if im not here anymore, so im moving to my sisters", "when im gone from that
      // job"; nor the threat it repeats: "he said the only way this ends is when im dead")
      rx(`(?<!\\b${alt('said', 'says', 'told me', 'tells me', 'made it clear', 'threatened', 'threatens', 'texted', 'messaged', 'wrote', 'warned me', 'warns me')}(?: that)?(?: the)? )` + alt(`(?:the )?only way ${alt('this', 'it', 'any of this', 'all this', 'all of this', 'the pain')} ${alt('stops', 'ends', 'will stop', 'will end', 'is going to stop', 'is going to end', 'goes away', 'will go away', 'will ever stop', 'will ever end', 'is over', 'will be over')} is ${alt('if', 'when', 'once')}`, `${alt('this', 'it', 'the pain')} ${alt('will only', 'is only going to', 'only')} ${alt('stop', 'stops', 'end', 'ends', 'go away', 'be over')} ${alt('when', 'if', 'once')}`), alt('i am', 'i was', 'i were', 'i am no longer'), alt('not here', 'gone', 'dead', 'not around', 'no longer here', 'not alive', 'not breathing', 'here no more', 'not here anymore', 'gone for good'), notFollowedBy('from', 'for', 'off', 'at', 'on', 'around', 'to', 'when he', 'when she', 'when they', 'so', 'because'), `(?![^]{0,100}?\\b(?:${alt('moving(?! on\\b| to a better place)', 'move', 'moved', 'relocating', 'relocate', 'a new house', 'a new flat', 'a new area', 'a refuge', 'abroad', 'away from here', 'out of the area', 'out of town', `going to ${alt('my', 'stay', 'live', 'a friends', 'a refuge')}`, `${alt('staying', 'stay', 'living', 'live')} ${alt('at', 'with', 'in')}`, 'uni', 'on holiday', 'rehous[a-z]*', 'in hiding')})\\b)`),
      rx(alt('better off', 'be better', 'happier', 'easier'), alt('dead', 'without me', 'if i was gone', 'if i were gone', 'if i was dead', 'if i were dead', 'if i died', 'if i was not here', 'if i were not here', 'with me gone', 'once i am gone')),
      rx(alt('no', 'not any', 'not a', 'not much'), alt('reason', 'point', 'reason left', 'point anymore', 'point left'), alt('to live', 'in living', 'living', 'to go on', 'in going on', 'to carry on', 'in carrying on', 'to stay alive', 'to be alive', 'in being alive', 'in life', 'to keep going', 'in anything anymore')),
      rx('nothing', some(alt('left', 'more'), 1) + 'to live for'),
      // "I think better I am dead" (second-language English), "it's best if i die"
      rx(alt('better', 'best'), alt('i am dead', 'i was dead', 'i die', 'if i die', 'if i am dead', 'if i was dead', 'if i were dead', 'that i die', 'that i am dead', 'for me to die', 'for everyone if i die', 'for everyone if i am dead')),
      rx(alt('can not', 'could not'), alt('go on', 'carry on', 'keep going', 'keep living', 'do life'), alt('living', 'anymore', 'any longer', 'much longer')),
      // "I'll be dead tomorrow" (a possible suicide statement), not "dead tired tomorrow".
      rx(alt('i will be', 'i am going to be', 'i will probably be', 'i will definitely be', 'i might be', 'i could be', 'i should be'), 'dead', alt(`tomorrow${opt(alt('night', 'morning'))}`, 'tonight', 'in the morning', 'this time tomorrow', `${alt('by', 'before')} ${alt('tomorrow', 'tonight', 'the morning', 'morning', 'the weekend', 'the end of the week', 'the end of the day', WEEKDAY)}`), notFollowedBy(...DEAD_AFTER_NOT_DEATH)),
      rx(alt('this time tomorrow', 'tomorrow', 'tomorrow night', `${alt('by', 'before')} ${alt('tomorrow', 'tonight', 'the morning', 'morning', 'the weekend')}`), 'i will be dead', notFollowedBy(...DEAD_NOT_DEATH, ...DEAD_AFTER_NOT_DEATH)),
      rx(alt('life is not worth living', 'life is pointless', 'my life is pointless', 'life is not worth it', 'not worth living', 'i give up on life', 'given up on life', 'done with life', 'done with living', 'tired of living', 'tired of being alive', 'sick of being alive', 'say goodbye to everyone', 'saying goodbye to everyone', 'tired of life')),
    ],
    guards: ['negation', 'pastFar'],
    unlessBefore: [
      THIRD_PERSON_BEFORE,
      /\b(?:he|she|they|his|her|their|ex)(?: [a-z0-9]+){0,2} (?:says|said|told me|wants me to|wishes)(?: that)?(?: [a-z0-9]+){0,2}$/,
      // What he wrote, not what they feel: "he texted that I'll be dead tomorrow".
      /\b(?:he|she|they|ex|stalker) (?:texted|messaged|wrote|posted|sent|emailed|keeps saying)(?: me)? (?:that|saying)$/,
    ],
  },
  {
    id: 'crisis.means',
    level: 'crisis',
    rationale: 'They have the means ready (a rope, pills saved up): a sign of a suicide plan.',
    triggers: /\b(?:on myself|just me|only me|just myself|only myself|apart from me|except me|but me|except myself|but myself|apart from myself|bleach|rope|noose|ligature|belt\w*|pills|tablets|meds|medication|medicine|insulin|antidepressants|paracetamol|painkillers|razors?|blades?|knife|knives|stockpil\w*|saving up|saved up|hoard\w*|collecting|edge|ledge|bridge|roof|cliff edge|platform edge|car park)\b/,
    patterns: [
      // A weapon or the means turned on themselves: "a gun cabinet in the house | been thinking about using it on myself" ("it"
      // only after a weapon or a means is named: not "using it on myself for my hair")
      rx(alt('thinking about', 'thinking of', 'thought about', 'want to', 'wanted to', 'going to', 'gonna', 'tempted to', 'might', 'could', 'ready to', 'close to'), alt('using', 'use', 'turning', 'turn', 'pointing', 'point'), alt('the gun', 'a gun', 'his gun', 'the shotgun', 'the rifle', 'the knife', 'a knife', 'the blade', `(?<=\\b${alt('gun', 'guns', 'shotgun', 'rifle', 'knife', 'knives', 'blade', 'blades', 'rope', 'pills', 'tablets')}\\b[^]{0,160}?)${alt('it', 'that', 'them', 'one')}`), 'on myself'),
      rx(alt('i have', 'i have got', 'i got', 'i bought', 'i have bought', 'i have found', 'got myself', 'i am holding', 'i have tied', 'i tied'), alt('a', 'the', 'some'), alt('rope', 'noose', 'ligature', 'belt ready', 'rope ready')),
      // The means with them and the wish to end it, in either order: "got the bleach with me. i want it to end"
      new RegExp(`\\b${alt('got', 'have got', 'i have', 'i have got', 'brought', 'bought', 'i brought', 'i bought')} ${MEANS_AT_HAND}\\b(?! (?:to|for) (?:clean|do|wash|bleach|sort|the))(?=[^]{0,160}?\\b${WISH_TO_END}\\b)`, 'g'),
      new RegExp(`\\b${WISH_TO_END}\\b(?=[^]{0,160}?\\b${alt('got', 'have got', 'i have', 'i have got', 'brought', 'bought')} ${MEANS_AT_HAND}\\b)`, 'g'),
      // ...with the "I" dropped, as a clause of its own: "been drinking. got the rope. sorry" (not "got the rope for the tent")
      rx(`${START}${alt('got', 'have got')}`, alt('a', 'the'), alt('rope', 'noose', 'ligature'), END),
      // The means there with them and the wish to use it, in the next words: "theres a blade in my room and i want to use it",
      // "the pills are next to me and i want to take them all" (not "a new razor and i want to use it on my legs", "my tablets
      // and i want to take them with food", nor "but i want to..."; medicine taken as prescribed is no wish: "i've got my
      // tablets and i want to take them now" - "take them" alone is not read here, "all of them" or "the lot" is)
      new RegExp(`\\b(?:${alt('there is', 'there are', 'i have', 'i have got', 'i got', 'got', 'still got', 'i have still got', 'i bought', 'bought', 'i found', 'found', 'i am holding', 'holding')}(?: ${alt('a', 'the', 'some', 'my', 'all my', 'all the', 'loads of', 'a packet of', 'a box of', 'a new')})? ${MEANS_THERE}|${alt('the', 'my', 'all my', 'all the', 'all of my')} ${MEANS_THERE} ${alt('is', 'are')})\\b(?: (?!but\\b|though\\b|tho\\b)${W}){0,6}? ${alt('and', 'so', 'and now')} ${alt('i', 'all i', 'i just', 'i really', 'part of me', 'i so')} ${alt('want to', 'wanna', 'want', 'need to', 'am going to', 'am gonna', 'gonna', 'keep wanting to', 'am about to')} ${alt('use it', 'use them', 'use one', 'use it on myself', 'take them all', 'take all of them', 'take the lot', 'swallow them', 'swallow them all')}\\b(?! ${alt('on my', 'on the', 'for', 'to', 'in', 'at', 'with', 'before', 'after', 'when', 'every', 'each', 'as', 'like', 'properly', 'regularly', 'back', 'out', 'off', 'away', 'apart', 'up', 'down', 'home', 'instead')}\\b)`, 'g'),
      rx(alt('pills', 'tablets', 'meds', 'medication', 'paracetamol', 'painkillers', 'rope', 'noose', 'razor', 'blade', 'blades'), alt('ready', 'all ready', 'lined up', 'in front of me', 'next to me', 'saved up', 'stockpiled', 'counted out')),
      rx(alt('stockpiling', 'saving up', 'saved up', 'hoarding', 'hoarded', 'collecting', 'been saving'), some(alt('my', 'all', 'of', 'the'), 2) + alt('pills', 'tablets', 'meds', 'medication', 'paracetamol', 'painkillers', 'sleeping pills')),
      // ...said as holding them back: "I've been keeping my meds back instead of taking them"
      rx(alt('keeping', 'kept', 'holding', 'held', 'putting', 'put', 'saving', 'hiding', 'hid'), some(alt('my', 'all my', 'the', 'some of my'), 1) + alt('pills', 'tablets', 'meds', 'medication', 'medicine', 'paracetamol', 'painkillers', 'sleeping pills', 'insulin', 'antidepressants'), alt('back', 'aside'), notFollowedBy('for the (?:morning|night|trip|holiday)', 'until', 'in', 'into', 'on', 'onto', 'away', 'up', 'where', 'with')),
      rx(alt('standing', 'stood', 'sat', 'sitting', 'i am'), alt('on', 'at'), alt('the', 'a'), alt('edge', 'ledge', 'bridge', 'roof', 'cliff edge', 'platform edge', 'top of the car park'), notFollowedBy('of my seat')),
      // The harm turned on themselves, said by who it is not for: "not going to hurt anybody else, just me", "wont hurt anyone
      // but myself" (not someone else's "he would never hurt anyone but me": THIRD_PERSON_BEFORE)
      new RegExp(`\\b${alt('not going to', 'not gonna', 'never going to', 'will not', 'would not', 'i will not', 'i would not', 'i am not going to')} ${alt('hurt', 'harm', 'shoot', 'kill')} ${alt('anybody', 'anyone', 'nobody', 'no one', 'noone', 'any of them', 'the kids', 'her', 'him', 'them')}(?: else)?(?: \\|)? ${alt('just me', 'only me', 'just myself', 'only myself', 'apart from me', 'except me', 'but me', 'except myself', 'but myself', 'apart from myself', 'its just me', 'it is just me')}\\b(?! ${alt('being', 'who', 'that', 'overthinking', 'worrying', 'or', 'and my', 'panicking', 'paranoid')}\\b)`, 'g'),
    ],
    guards: ['negation', 'pastFar'],
    unlessBefore: [THIRD_PERSON_BEFORE],
  },
  {
    id: 'crisis.overdose',
    level: 'crisis',
    rationale: 'An overdose taken or planned.',
    triggers: /\b(?:overdos\w*|pills|tablets|paracetamol|painkillers|co codamol|codeine|antidepressants|meds|medication|medicine|ibuprofen|aspirin|insulin|packets?|bottle|box|cabinet|cupboard|drawer|first aid)\b/,
    patterns: [
      rx(alt('i', 'i am', 'i have', 'i will', 'i might', 'i just', 'going to', 'want to', 'wanna', 'about to', 'thinking of', 'thinking about', 'plan to', 'planning to', 'might', 'just', 'took', 'taken', 'take', 'taking', 'had', 'tempted to'), some(alt('an', 'a', 'really', 'seriously', 'just', 'to', 'going', 'taken', 'take', 'all', 'massive', 'big'), 2) + alt('overdose', 'overdosed', 'overdosing')),
      // Everything in a medicine cabinet, as what they mean to take (batch 148): "thinking about taking everything in mums medicine
      // cabinet", "gonna swallow whatever is in the bathroom cupboard" (not emptied or cleaned: "taking everything out of it")
      rx(alt('thinking about', 'thinking of', 'going to', 'gonna', 'want to', 'wanna', 'tempted to', 'about to', 'i might', 'i could', 'i will', 'might just', 'could just'), alt('take', 'taking', 'swallow', 'swallowing', 'neck', 'necking', 'down', 'downing'), alt('everything', 'all', 'whatever', 'whatever is', 'every pill', 'every tablet', 'all the pills', 'all the tablets', 'all the meds'), alt('in', 'from'), WHOSE_MEDICINE + MEDICINE_PLACE),
      // ...or already taken (batch 182): "it's 3am and I've already taken everything that was in the cabinet", "i took
      // everything in the medicine cupboard" (not emptied or cleared: "taken everything out of the cabinet", "taken everything
      // that was in the cabinet to the tip"; nor a cupboard of anything else: the kitchen's is not in the list)
      rx(alt('i have', 'i', 'i have just', 'i just', 'i have already', 'i already', 'already', 'just'), alt('taken', 'took', 'swallowed', 'necked', 'downed'), alt('everything', 'all', 'whatever', 'every pill', 'every tablet', 'all the pills', 'all the tablets', 'all the meds'), alt('that was in', 'that was left in', 'in', 'from', 'there was in', 'i had in', 'i could find in'), WHOSE_MEDICINE + `${alt(MEDICINE_PLACE, 'cabinet', 'pill organiser')}\\b(?! ${alt('to', 'into', 'out', 'and put', 'off')}\\b)`),
      // Someone else's medicine taken by the writer: "thinking about taking all his morphine myself"
      rx(alt('thinking about', 'thinking of', 'going to', 'gonna', 'want to', 'tempted to', 'about to', 'i might', 'i could', 'i will', 'i have', 'i just', 'i am', 'started'), alt('take', 'taking', 'taken', 'took', 'swallow', 'swallowing', 'swallowed', 'neck', 'necking'), some(alt('all', 'all of', 'the rest of', 'a load of', 'loads of', 'a handful of', 'the whole box of', 'the whole packet of', 'the lot of', 'every one of'), 1) + alt('his', 'her', 'their', 'mums', 'mams', 'dads', 'nans', 'grans', 'grandads', 'my mums', 'my mams', 'my dads', 'my nans', 'my grans', 'my husbands', 'my wifes', 'my partners', 'my sons', 'my daughters'), `(?:${W} ){0,2}?${alt('pills', 'tablets', 'meds', 'medication', 'medicine', 'insulin', 'painkillers')}`, alt('myself', 'tonight', 'and end it', 'and never wake up', 'so i can sleep forever', 'to end it', 'to die')),
      // Texting drops the "I": "overdosed on my antidepressants 30 mins ago"
      rx(`${START}${alt('overdosed', 'have overdosed', 'taken an overdose', 'took an overdose')}`),
      rx(alt('taken', 'took', 'swallowed', 'swallow', 'take', 'taking', 'downed', 'necked', 'had'), some(alt('about', 'like', 'around', 'over', 'nearly', 'maybe', 'at least', 'a lot of', 'loads of', 'lots of', 'all of', 'all', 'all my', 'all of my', 'a load of', 'a bottle of', 'a packet of', 'packets of', 'boxes of', 'a box of', 'a handful of', 'handfuls of', 'too many', 'way too many', 'a bunch of', 'a whole', 'whole', 'the whole', 'the rest of', 'the rest of my', 'my whole', '[0-9]+', 'twenty', 'thirty', 'fifty', 'a hundred', 'loads', 'all the', 'every', 'packet of', 'bottle of', 'box of', 'some'), 3) + alt(...MEDICINES, 'packet', 'packets', 'bottle', 'box'), notFollowedBy('for', 'on time', 'every', 'this morning', 'as prescribed', 'with food', 'today as', 'each', 'a day', 'to help', 'because of my', 'of crisps', 'of wine', 'of chocolates')),
    ],
    guards: ['negation', 'pastFar'],
    unlessBefore: [
      THIRD_PERSON_BEFORE,
      /\b(?:his|her|their|he|she|they|my (?:friend|brother|sister|mum|dad|son|daughter)|friend|brother|sister|mum|dad)(?: [a-z0-9]+){0,2}$/,
      /\b(?:forgot to|need to|have to|remember to|must|should|prescribed|doctor|gp|died of|died from)(?: [a-z0-9]+){0,1}$/,
    ],
  },
  {
    id: 'crisis.selfHarm',
    level: 'crisis',
    rationale: 'Hurting themselves on purpose now or wanting to.',
    triggers: /\b(?:myself|selfharm|self injur\w*|self mutilat\w*|cutting|harming|burning|razors?|blades?|scissors|glass|marks|cuts|scars|burns|scratches|bruises|lines)\b/,
    patterns: [
      rx(alt('cutting', 'harming', 'burning', 'hurting', 'starving', 'scratching', 'hitting', 'bruising'), 'myself', notFollowedBy('out', 'off', 'up about')),
      rx(alt('want to', 'wanna', 'going to', 'about to', 'need to', 'urge to', 'urges to', 'tempted to', 'might', 'could', 'will', 'feel like', 'plan to', 'planning to', 'thinking of', 'thinking about', 'thought about', 'started to', 'begun to', 'keep', 'i'), some(alt('really', 'just', 'badly', 'seriously', 'to', 'going', 'again'), 2) + alt('cut', 'harm', 'hurt', 'burn', 'cutting', 'harming', 'hurting', 'burning'), 'myself'),
      rx(alt('i have been', 'i am', 'i keep', 'i have started', 'i started', 'started', 'been', 'i was'), some(alt('still', 'secretly', 'really'), 1) + alt('cutting', 'harming', 'burning myself', 'cutting my arms', 'cutting my legs'), endOr('again', 'more', 'recently', 'lately', 'every', 'myself', 'my', 'a lot', 'because', 'since', 'when')),
      rx(alt('selfharm', 'self injure', 'self injuring', 'self injury', 'self mutilate', 'self mutilating')),
      // Going somewhere to do it, then the act (batch 161): "every time he rings i go to the bathroom and burn myself", "i lock myself
      // in my room and cut myself" (somewhere gone to first, not a fall: "i fell off my bike and cut myself")
      new RegExp(`\\bi (?:${alt('just', 'always', 'usually', 'then', 'still')} )?${alt('go', 'went', 'run', 'ran', 'sit', 'sat', 'lock myself', 'locked myself', 'shut myself', 'hide', 'hid', 'end up', 'ended up')}\\b[^|]{0,40}? and (?:${alt('then', 'just')} )?${alt('cut', 'burn', 'harm', 'scratch')} myself\\b`, 'g'),
      // Sitting with a blade of their own, close to it: "sat in my halls room with a blade and my hands are shaking. havent
      // done this since year 11"
      new RegExp(`\\b(?:i am )?(?:sat|sitting|in (?:my|the) (?:\\w+ )?(?:room|bathroom|bedroom))\\b[^|]{0,40}?\\b(?:with|holding|got) (?:a|the|my) (?:razor blade|razor|blade|pencil sharpener blade|sharpener)\\b(?=[^]{0,120}?\\b(?:hands are shaking|hands shaking|shaking|have not done this|not done this since|have not done it since|been clean|clean for|relapse|urge|urges|want to use it|going to use it)\\b)`, 'g'),
      rx(alt('razor', 'razors', 'blade', 'blades', 'scissors', 'glass'), alt('on my', 'to my', 'into my'), alt('arm', 'arms', 'wrist', 'wrists', 'leg', 'legs', 'skin', 'thigh', 'thighs')),
      // Marks owned as one's own: "the marks on my wrists are from me not him", "the cuts on my legs are mine"
      rx(alt('marks', 'cuts', 'scars', 'burns', 'scratches', 'bruises', 'lines'), alt('on my', 'up my', 'across my'), alt('arm', 'arms', 'wrist', 'wrists', 'leg', 'legs', 'thigh', 'thighs', 'stomach', 'skin', 'hips'), alt('are', 'were'), some(alt('actually', 'all', 'really', 'not from him'), 1) + alt('from me', 'mine', 'me', 'my own', 'self inflicted', 'from myself', 'done by me', 'me doing it'), notFollowedBy('from years ago', 'from ages ago', 'old')),
    ],
    guards: ['negation', 'pastFar'],
    unlessBefore: [THIRD_PERSON_BEFORE, TOLD_TO_BEFORE, ACCIDENT_BEFORE],
    unlessAfter: [/^(?:shaving|cooking|chopping|slicing|on (?:a|the|some|glass)|by accident|accidentally|at the gym|playing|running|when i fell|falling|on the stairs|while|for forgetting|for not|out|off)\b/],
  },

  // ------------------------------------------------------------------ risk
  {
    id: 'risk.threats',
    level: 'risk',
    rationale: 'Threats made now or in the past (to kill, hurt, ruin, take the children): report to police, high risk.',
    patterns: [
      rx('threat(?:s|en|ens|ened|ening)?'),
      rx(alt(SUBJ, PARTNER), some(alt(SAID, 'that', 'he', 'she', 'they', 'once', 'even', 'has', 'had', 'have', 'would', 'will', 'was', 'is', 'going', 'to', 'gonna', 'come', 'and', 'keeps', 'kept', 'always', 'wants'), 5) + alt('kill', 'murder', 'hurt', 'stab', 'shoot', 'attack', 'beat', 'batter', 'strangle', 'burn', 'rape', 'find', 'destroy', 'ruin', 'smash', 'come after', 'get', 'take', 'slit', 'cut', 'break', 'smash in', 'kick in', 'bury', 'deal with'), alt(OBJ_PEOPLE, 'him', 'her', 'them', 'everyone', 'my life', `${alt('my', 'our', 'the')} ${alt('house', 'flat', 'car', 'home', 'kids', 'children', 'reputation', 'job', 'throat', 'face', 'head', 'neck', 'legs', 'arms', 'knees', 'teeth', 'family', 'dog', 'dogs', 'cat', 'cats', 'pets', 'pet', 'horse', 'new partner', 'new boyfriend', 'new girlfriend', 'boyfriend', 'girlfriend', 'husband', 'wife', 'friends', 'mum', 'dad', 'parents')}`), notFollowedBy('a', 'an', 'some', 'to', 'from', 'home', 'flowers', 'something', 'into', 'off', 'up', 'out', 'on holiday', 'to school', 'for', 'anything')),
      // Coming back, shouted or warned: "he was outside saturday for hours and shouted hed be back" (not "said hed be back at 6")
      rx(alt('shouted', 'screamed', 'yelled', 'warned', 'warned me', 'threatened'), `(?:${alt('that', 'me that')} )?${alt('he', 'she', 'they')}`, alt('would be back', 'will be back', 'is coming back', 'would come back', 'will come back', 'was coming back'), notFollowedBy('at', 'by', 'with', 'for', 'after', 'from', 'tomorrow', 'later', 'in')),
      // ...an assault said in slang: "theyre gonna jump me after school one day", "says hes going to beat me up" (not "jump the
      // queue", "jump to conclusions", a race "beat me up the hill")
      rx(alt(SUBJ, PARTNER), some(alt(SAID, 'that', 'he', 'she', 'they', 'would', 'will', 'was', 'is', 'are', 'going', 'to', 'gonna', 'keeps', 'kept', 'always', 'wants', 'come', 'and'), 5) + alt(`${alt('beat', 'batter', 'kick', 'smash', 'do')} ${alt('me', 'us', 'you', 'him', 'her', 'them')} ${alt('up', 'in')}${notFollowedBy('the hill', 'the stairs', 'the road', 'the street', 'the lane', 'the mountain', 'the track')}`, `jump ${alt('me', 'us', 'you', 'him', 'her', 'them')}${notFollowedBy('to', 'in the queue', 'the queue', 'on', 'off', 'out', 'over')}`)),
      rx(alt('you are dead', 'you are going to die', 'you will die', 'you will regret', 'you will pay', 'you will be sorry', 'watch your back', 'i know where you live', 'i will find you', 'i will get you', 'i will kill you', 'i am going to kill you', 'i will hurt you', 'i am going to hurt you', 'i will ruin you', 'i will ruin your life', 'i will make your life hell', 'you are next', 'i will end you', 'i will come for you', 'i am coming for you', 'sleep with one eye open', 'you will get what is coming')),
      // Fire threatened in their own words (batch 188: "if you marry him ill burn the place down with you both in it"); not a
      // thing cooked or a calorie ("i will burn the toast", "i am going to burn some calories")
      rx(alt('i will', 'i am going to', 'i am gonna', 'we will', 'we are going to'), alt('burn', 'torch', 'set fire to', 'petrol bomb', 'firebomb', 'fire bomb'), `${alt('your', 'ur', 'the', 'this', 'that', 'his', 'her', 'their')} (?:${W} )?${alt('house', 'home', 'flat', 'place', 'car', 'van', 'shop', 'venue', 'church', 'mosque', 'hall', 'door', 'caravan', 'building', 'wedding')}`),
      rx(alt(SUBJ, PARTNER), some(alt(SAID, 'that', 'me', 'i', 'he', 'she', 'they', 'and'), 4) + alt('i would regret', 'i will regret', 'i am going to regret', 'i should watch my back', 'i better watch my back', 'i had better watch my back', 'to watch my back', 'i am dead', 'i will be dead', 'i would be dead', 'i am next', 'i will pay', 'i would pay', 'i will be sorry', 'i would be sorry', 'i will get what is coming', 'he knows where i live', 'she knows where i live', 'they know where i live')),
      rx(alt(SUBJ, PARTNER), some(alt(SAID, 'saying', 'that', 'he', 'she', 'they', 'will', 'would', 'is going to', 'was going to', 'going to', 'is gonna', 'is', 'was'), 5) + alt('finish what he started', 'finish what she started', 'finish what they started', 'finish me off', 'finish you off', 'make me pay', 'make me suffer', 'make me regret', 'make my life hell', 'make my life a living hell', 'ruin my life', 'ruin me', 'destroy me', 'destroy my life', 'get me back', 'get even', 'get revenge', 'have his revenge', 'have her revenge', 'teach me a lesson', 'sort me out', 'get me', 'get you', 'come for me', 'come after me', 'coming for me', 'coming after me', 'find me', 'hunt me down', 'track me down', 'take the kids', 'take my kids', 'take the children'), notFollowedBy('a', 'an', 'some', 'to', 'from', 'home', 'flowers', 'something', 'into', 'off', 'up', 'out', 'anything', 'the', 'my', 'on', 'in', 'for', 'at', 'with', 'through', 'there', 'coffee', 'tea', 'food', 'lunch', 'dinner', 'one', 'started', 'wrong', '(?:\\| )?(?:meaning|i mean|as in)')),
      rx(alt('if', 'as long as'), alt('he', 'she', 'they', 'i'), alt('can not', 'could not', 'will not', 'does not', 'do not'), alt('have', 'be with', 'get'), alt('me', 'you'), alt('noone', 'nobody', 'no one', 'then noone', 'then nobody', 'no man', 'no woman', 'nobody else', 'noone else'), alt('can', 'will', 'else', 'could', 'would', 'is going to')),
      rx(alt(SUBJ, PARTNER), some(alt(SAID, 'that', 'he', 'she', 'they', 'told', 'my', 'friend', 'friends', 'mum', 'everyone', 'people', 'would', 'will', 'is', 'going', 'to', 'see', 'is going to', 'does', 'just'), 5) + alt('wants', 'want', 'wanted', 'wishes', 'wished', 'would like to see', 'will see', 'wants to see'), alt('me', 'us', 'my kids', 'my children'), alt('dead', 'in a box', 'in the ground', 'six feet under', 'gone', 'to suffer', 'to die')),
      rx(alt(SAID, 'messaged', 'messages', 'texts', 'writes'), opt('that'), alt('he', 'she', 'they'), alt('is', 'are', 'will be', 'is always', 'are always', 'has been', 'have been'), alt('watching', 'following', 'coming for', 'outside'), alt('me', 'us', 'my', 'you')),
      rx(alt('i am watching you', 'i am always watching', 'i can see you', 'i see you', 'i am outside your', 'i know what you did', 'i know where you are', 'i am always watching you', 'i will be watching')),
      rx(alt('death threat', 'death threats', 'threats to kill', 'threat to kill', 'rape threats', 'rape threat', 'menacing')),
      // What they would do with a weapon, described in texts or voicemails: "texts about what he'd do with a knife", "voicemails
      // describing what he'd do to me with a knife" (a threat with no time; not what the writer would do, "he asked what i would
      // do with a knife", nor "what she will do with the money")
      rx('what', alt('he', 'she', 'they', 'my ex'), alt('would', 'will', 'is going to', 'wants to', 'would like to', 'could'), 'do', `(?:${alt('to me', 'to us', 'to my kids', 'to my children', 'to my family')} )?with`, `(?:${alt('a', 'an', 'his', 'her', 'their', 'the')} )?(?:${alt('kitchen', 'big', 'sharp', 'claw')} )?(?:${WEAPONS}|${alt('hammer', 'bat', 'baseball bat', 'crowbar', 'screwdriver')})`),
    ],
    guards: ['negation'],
    unlessBefore: [/\b(?:my (?:mum|mother|dad|father|boss|teacher|manager|gran|nan)|mum|boss)(?: [a-z0-9]+){0,3}$/],
    unlessAfter: [/^(?:if i am late|if i forget)\b/],
  },
  {
    id: 'risk.tracking',
    level: 'risk',
    rationale: 'Location tracking or device monitoring (tracker tags, GPS, stalkerware, hacked accounts): high risk and a device-safety issue.',
    triggers: /\b(?:airtag|tile|track\w*|gps|tag|stalkerware|spyware|spy|mspy|flexispy|life360|snap ?map|cameras?|listening|bug\w*|monitor\w*|find my|location\w*|knows|knew|know|seems|finds|found|manages|(?:he|she|they|ex) know|wherever|everywhere|anywhere|something|an app|software|hack\w*|logged|logging|got into|getting into|access\w*|reading|reads|checking|going through|shared|followed|watched|traced)\b/,
    patterns: [
      rx(alt('airtag', 'tile tracker', 'tracker', 'trackers', 'tracking device', 'tracking devices', 'gps tracker', 'gps', 'smart tag', 'smarttag', 'galaxy tag', 'stalkerware', 'spyware', 'spy app', 'tracking app', 'mspy', 'flexispy', 'life360', 'snap map', 'snapmap', 'hidden camera', 'hidden cameras', 'secret camera', 'listening device', 'bugged', 'bug in my')),
      rx(alt('track', 'tracked', 'tracks', 'tracking', 'monitors', 'monitoring', 'monitored'), alt('me', 'my location', 'my phone', 'my car', 'my movements', 'where i am', 'where i go', 'my whereabouts', 'my every move', 'us')),
      rx(alt('my', 'our'), alt('location', 'locations', 'phone', 'car', 'movements', 'messages', 'accounts', 'email', 'laptop'), some(alt('was', 'is', 'has been', 'have been', 'had been', 'were', 'are', 'being', 'been'), 2) + alt('shared', 'tracked', 'monitored', 'bugged', 'hacked', 'followed', 'watched', 'traced', 'accessed')),
      rx(alt('find my iphone', 'find my phone', 'find my friends', 'find my device', 'location sharing', 'shared location', 'sharing my location', 'share my location', 'shares my location', 'my location on')),
      rx(alt('knows', 'knew', 'always knows', 'seems to know', 'somehow knows'), alt('where i am', 'where i was', 'where i go', 'where i have been', 'exactly where i am', 'where i am going'), endOr('all the time', 'at all times', 'every', 'before', 'always', 'constantly', 'somehow', 'even')),
      rx(alt('knows', 'knew', 'always knows', 'seems to know', 'somehow knows'), alt('everything', 'all', 'every'), alt('i do', 'i say', 'i have been doing', 'i am doing', 'about my day', 'about my plans', 'move i make', 'place i go', 'where i go')),
      rx(alt('how', 'somehow'), alt('he', 'she', 'they', 'my ex'), alt('knows', 'knew', 'know', 'finds', 'found', 'always knows', 'manages to find'), endOr('where', 'what', 'when', 'who', 'everything', 'i')),
      rx(alt('turns up', 'turning up', 'turned up', 'shows up', 'showing up', 'showed up', 'appears', 'appearing', 'appeared', 'finds me', 'is there'), alt('wherever', 'everywhere', 'everywhere that', 'anywhere'), alt('i am', 'i go', 'i went', 'i have been')),
      rx(alt('something', 'an app', 'software', 'a bug', 'a camera', 'a tracker', 'spyware'), alt('on', 'in'), alt('my', 'our'), alt('phone', 'laptop', 'computer', 'car', 'bag', 'tablet')),
      rx(alt('hacked', 'hacking', 'hacks', 'logged into', 'logging into', 'got into', 'getting into', 'accessing', 'accessed', 'reading', 'reads', 'checking', 'going through'), alt('my', 'into my'), alt('accounts', 'account', 'email', 'emails', 'phone', 'icloud', 'messages', 'texts', 'instagram', 'facebook', 'whatsapp', 'snapchat', 'bank', 'laptop', 'computer', 'cloud', 'google', 'ring doorbell', 'doorbell camera', 'cameras', 'alexa', 'smart')),
    ],
    guards: ['negation'],
    unlessBefore: [/\b(?:fitness|step|period|habit|sleep|parcel|package|delivery|order|mood|budget|sat nav|satnav)$/],
  },
  {
    id: 'risk.knowsAddress',
    level: 'risk',
    rationale: 'The person knows or has found where they live, stay or work, or their routine (their shifts, the way they go home).',
    triggers: /\b(?:where (?:i|we|my|the)|address|postcode|(?:my|our) new|refuge|new number|my (?:shift|shifts|rota|routine|daily routine|bus route|route|timetable|schedule|movements)|(?:when|what time) i (?:finish|leave)|(?:which|what|where) (?:school|nursery|college|gym|office|street|road|house|flat|area|town|village|hospital|refuge|hotel|shelter|building|number|car|train|bus)|found (?:me|us)|tracked (?:me|us)|tracked down|turned up at (?:my|our) new|turning up at my new)\b/,
    patterns: [
      rx(alt('knows', 'know', 'knew', 'found out', 'has found out', 'find out', 'has found', 'found', 'worked out', 'discovered', 'got hold of', 'has got', 'has', 'tracked down', 'traced'), some(alt('exactly', 'now', 'out'), 2) + alt('where i live', 'where i am living', 'where i am staying', 'where we live', 'where i moved', 'where i moved to', 'where i work', 'where my kids go to school', 'my address', 'my new address', 'our address', 'our new address', 'my postcode', 'my new house', 'my new flat', 'my new place', 'my home address', 'where the refuge is', 'my new number')),
      rx(alt('knows', 'know', 'knew', 'found out', 'has found out', 'worked out', 'has worked out'), alt('which', 'what', 'where'), alt('school', 'nursery', 'college', 'gym', 'office', 'street', 'road', 'house', 'flat', 'area', 'town', 'village', 'hospital', 'refuge', 'hotel', 'shelter', 'building', 'number', 'car', 'train', 'bus'), opt(alt('i', 'my', 'we', 'the'))),
      rx(SUBJ, alt('has found me', 'found me', 'has tracked me down', 'tracked me down', 'has found us', 'found us', 'turned up at my new', 'turned up at our new', 'is turning up at my new')),
      // ...or their routine, never told them: "knows my shift pattern, my bus route and my dogs name" (not "i know my rota")
      rx(alt('knows', 'know', 'knew', 'found out', 'has found out', 'worked out', 'has worked out'), some(alt('exactly', 'all'), 1) + alt('my shift pattern', 'my shifts', 'my rota', 'my routine', 'my daily routine', 'my bus route', 'my route home', 'my route to work', 'my route', 'my timetable', 'my schedule', 'my movements', 'when i finish', 'when i leave', 'what time i finish', 'what time i leave')),
    ],
    guards: ['negation'],
    unlessBefore: [/\b(?:i|we|my (?:mum|friend|family|sister|brother))$/],
  },
  {
    id: 'risk.violencePast',
    level: 'risk',
    rationale: 'Violence in the past (hitting, strangling, sexual violence, weapons used): a strong predictor of serious harm.',
    triggers: /\b(?:touch\w*|grop\w*|fondl\w*|molest\w*|hit\w*|jump\w*|punch\w*|slap\w*|kick\w*|strangl\w*|chok\w*|beat\w*|batter\w*|assault\w*|attack\w*|rap\w+|stab\w*|push\w*|shov\w*|headbutt\w*|throttl\w*|smother\w*|bit|burn\w*|knock\w*|drag\w*|pinned|spat|abus\w*|kill\w*|murder|drown\w*|suffocat\w*|run me|ran me|violen\w*|hands?|hurt|hospital|broke|broken|fractured|domestic|physical\w*|sexual\w*|knife|knives|guns?|weapons?|blades?|machetes?|shotguns?|rifles?|pistol|firearms?|taser|crossbow|swords?|axe|acid)\b/,
    patterns: [
      // ("at" after who: a time or a place, "he hit me at the weekend", "pushed me at the party" - not a game won, "beat me at pool",
      // nor in a sport, "kicked me at football")
      rx(VIOLENT_WHO, some(alt('has', 'had', 'have', 'once', 'even', 'also', 'used to', 'would', 'did', 'was', 'were', 'kept', 'keep', 'keeps', 'always', 'repeatedly', 'physically', 'sexually', 'badly', 'nearly', 'almost', 'tried to', 'previously'), 3) + alt('hit(?! (?:me|us) up)', 'jumped(?! (?:me|us) in the (?:queue|line))', 'jumping(?! (?:me|us) in the (?:queue|line))', 'hitting(?! (?:me|us) up)', 'punched', 'punching', 'punch', 'slapped', 'slapping', 'slap', 'kicked', 'kicking', 'kick', 'strangled', 'strangling', 'strangle', 'choked', 'choking', 'choke', 'beat(?! (?:me|us) at)', 'beaten(?! (?:me|us) at)', 'beating(?! (?:me|us) at)', 'battered', 'assaulted', 'assaulting', 'assault', 'attacked', 'attacking', 'attack', 'raped', 'raping', 'rape', 'stabbed', 'stab', 'pushed', 'shoved', 'headbutted', 'throttled', 'smothered', 'bit', 'burned', 'burnt', 'knocked', 'dragged', 'pinned', 'spat on', 'abused'), alt('me', 'us', KID, 'my mum', 'my friend', `my ${alt('brother', 'sister', 'dad', 'mam', 'mom', 'nan', 'gran', 'grandad', 'partner', 'boyfriend', 'girlfriend', 'husband', 'wife', 'mate', 'best friend', 'flatmate', 'housemate', 'new partner', 'new boyfriend', 'new girlfriend', 'cousin', 'uncle', 'aunt', 'auntie', 'neighbour')}`, 'her', 'his ex', 'her ex', 'their ex', 'someone', 'people', 'a man', 'a woman'), notFollowedBy('with words', 'emotionally', 'verbally', 'by', 'online', 'on', 'out', 'off', 'away', 'to', 'into', 'in a', `at ${alt('football', 'rugby', 'netball', 'hockey', 'training', 'practice', 'five a side', 'boxing', 'karate', 'judo', 'kickboxing', 'jiu jitsu', 'bjj', 'sparring', 'tennis', 'squash', 'pool', 'snooker', 'darts', 'chess', 'cards', 'fifa', 'games', 'a game')}`)),
      rx(VIOLENT_WHO, alt('tried to', 'has tried to', 'once tried to', 'nearly', 'almost', 'attempted to', 'has attempted to', 'could have', 'nearly managed to'), alt('kill', 'killed', 'murder', 'strangle', 'strangled', 'drown', 'drowned', 'suffocate', 'suffocated', 'smother', 'smothered', 'run me over', 'ran me over', 'run me off the road', 'ran me off the road'), opt(alt('me', 'us', KID))),
      rx(VIOLENT_WHO, some(alt('was', 'is', 'has been', 'had been', 'became', 'got', 'gets', 'can be', 'could be', 'very', 'really', 'so', 'quite', 'extremely', 'always', 'often', 'sometimes', 'physically', 'has a', 'had a'), 3) + alt('violent', 'physically abusive', 'physical with me', 'sexually abusive', 'violent past', 'history of violence')),
      rx(alt('domestic violence', 'domestic abuse', 'physically abusive', 'physical abuse', 'sexual assault', 'sexually assaulted', 'sexual abuse', 'violent relationship', 'violent towards me', 'violent to me', 'violence towards me')),
      rx(alt('hands', 'his hands', 'her hands', 'their hands', 'hand'), alt('round', 'around', 'on'), alt('my', 'our'), alt('neck', 'throat')),
      rx(alt('hurt me', 'hurt us'), alt('physically', 'badly', 'really badly', 'before', 'in the past', 'so badly', 'once', 'when we were together')),
      rx(alt('physically', 'really', 'badly'), alt('hurt me', 'hurt us')),
      rx(VIOLENT_WHO, some(alt('once', 'even', 'also', 'has', 'had', 'have', 'previously', 'actually', 'then', 'just'), 2) + alt('pulled', 'had', 'used', 'came at me with', 'threatened me with', 'held', 'put', 'pointed', 'waved', 'brandished', 'pulled out', 'brought', 'got out', 'was pointing', 'was waving', 'was holding', 'was brandishing'), some(alt('a', 'an', 'his', 'her', 'their', 'the', 'kitchen'), 1) + WEAPONS),
      // Came armed, at any time ("he came round last week with a knife", "turned up at my work with a machete in march")
      rx(VIOLENT_WHO, some(alt('once', 'even', 'also', 'has', 'had', 'previously', 'actually', 'then', 'just'), 2) + CAME_TO, `(?:[a-z0-9]+ ){0,5}?with`, some(alt('a', 'an', 'his', 'her', 'their', 'kitchen'), 1) + WEAPONS, notFollowedBy(TOOL_USE_AFTER)),
      // Sexual abuse said as touching, by someone they know or live with: "my stepdad has been touching me for years", "he
      // used to touch my daughter" (not a touch on the arm or shoulder, by accident, or "touched base")
      rx(alt(SUBJ, KIN, `${alt('my', 'a', 'the', 'her', 'his')} ${alt('boss', 'manager', 'supervisor', 'colleague', 'coworker', 'co worker', 'teacher', 'coach', 'tutor', 'instructor', 'driver', 'carer')}`) + NEIGHBOUR_BY_WHERE, some(alt('has been', 'had been', 'used to', 'kept', 'keeps', 'would', 'once', 'has', 'also', 'started', 'has started', 'was', 'is', 'tried to'), 2) + alt('touching', 'touched', 'touch', 'groping', 'groped', 'grope', 'fondling', 'fondled', 'molesting', 'molested', 'molest'), alt('me', 'him', 'her', 'us', KID, 'my sister', 'my brother'), notFollowedBy('on the', 'by accident', 'accidentally', 'to get', 'gently', 'lightly', 'with his foot', 'with her foot', 'for a second', 'with a', 'base', 'and go')),
      rx(alt('knocked me out', 'knocked me down', 'knocked me unconscious', 'put me in hospital', `${alt('broke', 'broken', 'fractured')} my ${alt('nose', 'arm', 'jaw', 'ribs', 'rib', 'wrist', 'finger', 'fingers', 'leg', 'tooth', 'teeth', 'cheekbone', 'eye socket')}`)),
    ],
    guards: ['negation'],
    unlessBefore: [/\b(?:i|we)$/],
  },
  {
    id: 'risk.weaponAccess',
    level: 'risk',
    rationale: 'The person owns, carries or has used weapons.',
    triggers: /\b(?:knife|knives|guns?|weapons?|blades?|machetes?|shotguns?|rifles?|pistol|firearms?|taser|crossbow|swords?|axe|acid|licen[cs]e|certificate)\b/,
    patterns: [
      rx(alt(SUBJ, KIN), some(alt('has', 'had', 'owns', 'owned', 'keeps', 'kept', 'carries', 'carried', 'has got', 'is got', 'got', 'always', 'still', 'access to', 'has access to', 'collects', 'showed me'), 2) + some(alt('a', 'an', 'his', 'her', 'their', 'the', 'some', 'several', 'lots of', 'kitchen'), 1) + WEAPONS),
      rx(alt('shotgun licence', 'firearms licence', 'gun licence', 'shotgun license', 'firearms license', 'gun license', 'shotgun certificate', 'firearms certificate')),
    ],
    guards: ['negation'],
  },
  {
    id: 'risk.imageAbuse',
    level: 'risk',
    rationale: 'Intimate images shared or threatened (also the Revenge Porn Helpline).',
    triggers: /\b(?:porn|sextortion|image based|nudes?|naked|intimate|sex|explicit|sexual|private|(?:post|share|send|leak|publish|upload|put|show|spread|releas|expos)\w*(?: \w+){0,3} (?:photos|pictures|pics|videos?|images|messages|screenshots|recordings))\b/,
    patterns: [
      rx(alt('revenge porn', 'sextortion', 'intimate image abuse', 'image based abuse')),
      rx(alt('share', 'sharing', 'shared', 'post', 'posting', 'posted', 'send', 'sending', 'sent', 'leak', 'leaking', 'leaked', 'publish', 'publishing', 'published', 'show', 'showing', 'showed', 'shown', 'upload', 'uploading', 'uploaded', 'put', 'putting', 'spread', 'spreading', 'release', 'releasing', 'released', 'expose', 'exposing', 'exposed'), `(?:${W} ){0,4}?`, some(alt('my', 'our', 'the', 'those', 'these', 'some', 'private', 'intimate', 'personal', 'old', 'explicit', 'sexual', 'sexy', 'naked', 'nude'), 3) + alt('nudes', 'nude photos', 'nude pics', 'nude pictures', 'nude images', 'nude videos', 'naked photos', 'naked pics', 'naked pictures', 'naked images', 'naked videos', 'intimate photos', 'intimate pics', 'intimate pictures', 'intimate images', 'intimate videos', 'private photos', 'private pics', 'private pictures', 'private images', 'private videos', 'sex tape', 'sex video', 'sex videos', 'explicit photos', 'explicit pics', 'explicit images', 'explicit videos', 'sexual photos', 'sexual images', 'sexual videos')),
      rx(alt('will', 'would', 'is going to', 'was going to', 'threatening to', 'threatened to', 'threatens to', 'going to', 'could', 'might'), alt('post', 'share', 'send', 'leak', 'publish', 'upload', 'put up', 'put', 'show', 'spread', 'release', 'expose'), `(?:${W} ){0,2}?${alt('photos', 'pictures', 'pics', 'videos', 'video', 'images', 'messages', 'screenshots', 'recordings')}`, `(?:${W} ){0,4}?${alt('online', 'everywhere', 'to my', 'to everyone', 'on facebook', 'on instagram', 'on the internet', 'all over', 'if i', 'unless i', 'if you', 'unless you')}`),
      rx(alt('nudes', 'naked photos', 'naked pictures', 'naked pics', 'intimate photos', 'intimate pictures', 'intimate images', 'sex tape', 'explicit photos'), opt('of me'), alt('online', 'everywhere', 'to my', 'on', 'with my', 'to everyone', 'unless', 'if i')),
      // ...the writer's own pictures, threatened with no place said: "he says he will post my pics", "pay me in 48 hours or i
      // post your pics" (not given back: "he will send my photos back", nor a photographer's "will send your photos by friday")
      rx(alt('will', 'would', 'is going to', 'going to', 'gonna', 'threatening to', 'threatened to', 'threatens to', 'or i', 'or he', 'or she', 'or they', 'or we', 'or i will', 'or he will', 'or she will', 'or they will', 'else i', 'else he', 'else she'), alt('post', 'share', 'send', 'leak', 'publish', 'upload', 'put up', 'spread', 'release', 'expose'), alt('my', 'your', 'ur', 'our'), `(?:${alt('private', 'intimate', 'personal', 'old', 'explicit', 'sexy', 'naked', 'nude')} )?${alt('pics', 'photos', 'pictures', 'videos', 'images')}`, notFollowedBy('back', 'by', 'over', 'to me', 'to you', 'when', 'once', 'tomorrow', 'later', 'from', 'of the', 'of our', 'of my')),
    ],
    guards: ['negation'],
  },
  {
    id: 'risk.fearOfHarm',
    level: 'risk',
    rationale: 'They are very frightened, fear for their life or safety, or do not feel safe.',
    triggers: /\b(?:scared|frightened|afraid|petrified|fearful|fear\w*|terrified|safe|unsafe|hurt|kill|attack|hit|rape|stab|come back|come after|find me|turn up|get me|do something|break in|take the kids|take my kids|snap)\b/,
    patterns: [
      rx(alt('i am', 'i feel', 'i have been', 'feeling', 'i get', 'i got', 'i was', 'we are', 'the kids are', 'my kids are', 'i keep', 'i keep feeling', 'making me', 'makes me', 'leaves me', 'left me'), some(alt('so', 'really', 'very', 'absolutely', 'genuinely', 'properly', 'actually', 'truly', 'completely', 'utterly', 'quite', 'just', 'too', 'that', 'more', 'and more', 'more and more', 'constantly', 'feeling', 'getting', 'always'), 2) + alt('scared', 'frightened', 'afraid', 'petrified', 'fearful', 'in fear', 'terrified', 'scared stiff', 'frightened to death', 'scared to death'), endOr('of (?:him|her|them|what|my ex|going|leaving|being|the)', 'for (?:my|our|the) (?:life|lives|safety|kids|children|family)', 'that', 'to (?:go|leave|be|walk|open|sleep)', 'he', 'she', 'they', 'it', 'my ex', 'and', 'help', 'now', 'right now', 'all the time', 'please', 'i', 'because', 'so', 'what')),
      rx(alt('terrified', 'petrified', 'scared for my life', 'fear for my life', 'fear for my safety', 'fearing for my life', 'feared for my life', 'scared for my safety', 'fear for our lives', 'fear for the kids', 'scared for my kids', 'scared for the kids', 'fear for my kids', 'in fear of my life', 'scared to leave the house', 'scared to go out', 'afraid to leave the house', 'afraid to go out', 'scared to go home', 'afraid to go home', 'scared to be alone', 'living in fear', 'live in fear')),
      rx(alt('scared', 'afraid', 'frightened', 'terrified', 'worried', 'fear', 'convinced', 'think', 'feel like', 'know'), opt('that'), alt('he', 'she', 'they', 'my ex'), alt('will', 'might', 'may', 'could', 'is going to', 'are going to', 'would', 'is gonna', 'is actually going to', 'will actually', 'might actually', 'will one day', 'is going to one day'), alt('hurt', 'kill', 'attack', 'hit', 'rape', 'stab', 'come back', 'come after', 'find me', 'turn up', 'get me', 'do something', 'break in', 'take the kids', 'take my kids', 'snap'), notFollowedBy('himself', 'herself', 'themselves')),
      rx(alt('i', 'we'), alt('do not', 'no longer', 'never'), alt('feel', 'felt'), some(alt('very', 'completely', 'totally'), 1) + 'safe'),
      rx(alt('i feel', 'feeling', 'i am', 'i have been feeling', 'i still feel'), some(alt('so', 'really', 'very'), 1) + alt('unsafe', 'not safe')),
    ],
    guards: ['negation'],
  },
  {
    id: 'risk.propertyDamage',
    level: 'risk',
    rationale: 'Damage to property or a break-in (a risk factor and a crime to report).',
    triggers: /\b(?:smash\w*|slash\w*|damag\w*|keyed|scratch\w*|broke|broken|breaking|wreck\w*|trash\w*|vandali[sz]ed|fire|burn\w*|punctur\w*|kick\w*|paint\w*|graffit\w*|egg\w*|cut|petrol|mess|poo|excrement|tampered|something)\b/,
    patterns: [
      rx(alt('smashed', 'smashing', 'slashed', 'slashing', 'damaged', 'damaging', 'keyed', 'scratched', 'broke', 'broken', 'breaking', 'wrecked', 'trashed', 'vandalised', 'vandalized', 'set fire to', 'burnt', 'burned', 'punctured', 'kicked in', 'kicked', 'poured paint on', 'spray painted', 'graffitied', 'egged', 'cut'), some(alt('up', 'in', 'all', 'both', 'down'), 1) + `(?:all ${alt('[0-9]+', 'two', 'three', 'four', 'five')} of )?` + alt('my', 'our', 'the') + PROPERTY_PART, alt('car', 'cars', 'window', 'windows', 'front door', 'back door', 'door', 'tyres', 'tires', 'tyre', 'windscreen', 'fence', 'property', 'bike', 'mirror', 'wing mirror', 'letterbox', 'things', 'belongings', 'stuff', 'garden', 'plants', 'gate', 'shed', 'house', 'flat', 'brake', 'brakes', 'brake cables', 'brake lines', 'van', 'doorbell', 'camera', 'cctv', 'phone', 'laptop')),
      rx(alt('my', 'our') + PROPERTY_PART, alt('car', 'cars', 'window', 'windows', 'front door', 'door', 'tyres', 'tires', 'tyre', 'windscreen', 'fence', 'bike', 'wing mirror', 'mirror', 'letterbox', 'van', 'doorbell', 'camera', 'cctv', 'gate', 'shed', 'garden', 'plants'), some(alt('was', 'were', 'got', 'have been', 'has been', 'had been', 'been', 'all', 'both', 'are', 'is', 'have all been'), 2) + alt('smashed', 'slashed', 'keyed', 'vandalised', 'vandalized', 'damaged', 'scratched', 'kicked in', 'punctured', 'set on fire', 'graffitied', 'spray painted', 'egged', 'tampered with', 'cut', 'wrecked', 'trashed')),
      rx(alt('broke', 'broken', 'breaking'), alt('in', 'into'), alt('my', 'our', 'the'), alt('house', 'flat', 'home', 'car', 'shed', 'garage', 'place', 'room', 'garden', 'van', 'building')),
      rx(alt('fire', 'petrol', 'paint', 'dog mess', 'dog poo', 'excrement', 'poo', 'something'), alt('through', 'on', 'at', 'into', 'in'), alt('my', 'our', 'the'), alt('door', 'letterbox', 'house', 'car', 'windows', 'window')),
    ],
    guards: ['negation'],
    unlessBefore: [/\b(?:i|we|the wind|the storm|my son|my daughter|the kids|the cat|the dog)$/],
  },
  {
    id: 'risk.escalating',
    level: 'risk',
    rationale: 'The behaviour is getting worse or more frequent: a risk factor.',
    triggers: /\b(?:wors\w*|escalat\w*|more|increasingly|getting|become|became|becoming)\b/,
    patterns: [
      rx(alt('getting worse', 'got worse', 'gets worse', 'worse and worse', 'escalating', 'escalated', 'escalation', 'is worse now', 'worse than ever')),
      rx(alt('getting more', 'getting more and more', 'becoming more', 'more and more', 'increasingly', 'getting', 'become', 'became', 'becoming'), alt('aggressive', 'violent', 'threatening', 'frequent', 'intense', 'obsessive', 'desperate', 'unhinged', 'dangerous', 'abusive', 'extreme', 'angry and', 'volatile', 'unpredictable')),
    ],
    guards: ['negation'],
    unlessBefore: [/\b(?:my (?:back|cold|cough|knee|pain|anxiety|headache|sleep|eczema|asthma)|weather|traffic|prices|symptoms)(?: [a-z0-9]+){0,2}$/],
  },
  {
    id: 'risk.thirdPartySuicideThreat',
    level: 'risk',
    rationale: 'The person threatens to kill themselves to control them (a known risk factor in stalking).',
    triggers: /\b(?:himself|herself|themsel\w*|suicide|life)\b/,
    patterns: [
      rx(alt(SUBJ, KIN), some(alt(SAID, 'that', 'he', 'she', 'they', 'will', 'would', 'is going to', 'was going to', 'keeps', 'to', 'is', 'has', 'going'), 4) + alt('kill himself', 'kill herself', 'kill themselves', 'kill themself', 'commit suicide', 'suicide', 'end his life', 'end her life', 'end their life', 'hurt himself', 'hurt herself', 'hurt themselves', 'take his own life', 'take her own life', 'take his life', 'take her life')),
    ],
    guards: ['negation'],
  },
  {
    id: 'risk.loitering',
    level: 'risk',
    rationale: 'A pattern of following, watching or turning up at home or work (stalking risk factor); an emergency only when it is happening now.',
    // Every match has a pattern word: "keeps", "always", "has been", a verb in the simple present, or a
    // pattern phrase ("every night", "for weeks"); or photos of their place sent.
    triggers: new RegExp(`\\b${alt('turned up', 'showed up', 'shown up', 'twice', 'times', 'keeps', 'keep', 'always', 'constantly', 'forever', 'often', 'regularly', 'repeatedly', 'been', 'started', 'taken to', 'follows', 'tails', 'chases', 'watches', 'turns up', 'shows up', 'appears', 'hangs', 'lurks', 'loiters', 'sits', 'stands', 'waits', 'parks', 'comes', 'driving', 'walking', 'cycling', 'drives', 'walks', 'cycles', 'knocking', 'banging', 'hammering', 'ringing', 'buzzing', 'knocks', 'bangs', 'hammers', 'rings', 'photos', 'photo', 'pictures', 'picture', 'pics', 'pic', 'videos', 'video', 'footage')}\\b|${HABITUAL.join('|')}`),
    // One pattern (branches after the subject): every extra pattern that starts with SUBJ costs a
    // scan of the whole message, and this rule runs on most long stories.
    patterns: [
      rx(
        alt(SUBJ, PROXY),
        alt(
          // "he keeps following me", "they've been following me around", "he's always watching my house";
          // "she keeps turning up at my door", "has been sitting outside my flat", "he's always outside
          // my work"; "he keeps coming round", "she keeps turning up unannounced"; "a man has been stood under the streetlight
          // staring at my flat every night".
          `${HABIT_ASPECT} ${HABIT_ADV}${alt(`${FOLLOW_ING} ${FOLLOW_OBJ}`, `(?:${some(HANG_ING, 2)}(?:${alt('under', 'behind', 'beside', 'against')} ${alt('the', 'a')} ${W} ${alt(HANG_ING, 'staring', 'staring up', 'looking up')}|${HANG_ING}) |${NOT_DAY_PLACE})${PLACE}`, `${CALL_ROUND}${CALL_ROUND_END}`)}`,
          // Arrivals counted: "he's turned up at my gym twice and at my sisters once", "has turned up at my work three times
          // this week" (not over minutes or tonight: emergency.someoneThereNow)
          `${alt('has', 'have', 'is', 'are')} ${HABIT_ADV}${alt('turned up', 'shown up', 'showed up', 'appeared', 'come round', 'been round', 'been outside', 'followed me', 'followed us', 'waited outside', 'waited for me')}(?: ${W}){0,8}? ${alt('twice', `${alt('[0-9]+', 'a few', 'a couple of', 'several', 'three', 'four', 'five', 'six', 'many', 'loads of')} times`)}\\b(?! ${alt('tonight', 'today', 'in the last hour', 'in the last few minutes', 'this evening', 'in an hour', 'in the last half hour', 'already tonight')}\\b)`,
          // The simple present is a habit: "he follows me home", "he turns up at my work", "he always
          // waits for me after work".
          `${HABIT_PRESENT_ADV}${alt(
            `${alt('follows', 'tails', 'chases', 'watches')} ${alt('me', 'us', KID, `${alt('my', 'our')} ${alt('car', 'house', 'flat', 'home', 'place', 'window', 'windows', 'door')}`)}${notFollowedBy('on', 'back', 'online', 'around on', 'everywhere online')}`,
            `${HANG_PRESENT} ${FILL}${PLACE}`,
            `${alt('waits for', 'waits around for', 'hangs around for')} ${alt('me', 'us', KID)}${notFollowedBy('to')}`,
          )}`,
          // "he is outside my house every night", "she's at my work all the time".
          `${BE} ${FILL}${NOT_DAY_PLACE}${PLACE} ${HABIT_LATER}`,
          // "my ex keeps driving past my house", "he drives up and down my road"; "he keeps knocking on
          // my door at night", "he rings my doorbell every night" (happening now: emergency.breakingIn).
          `(?:${HABIT_ASPECT} )?${HABIT_ADV}${alt(
            `${alt('driving', 'walking', 'cycling', 'drives', 'walks', 'cycles')} ${alt('past', 'by', 'round', 'around', 'up and down')} ${alt('my', 'our')} ${PLACE_NOUN}`,
            `${alt('knocking on', 'knocking at', 'banging on', 'hammering on', 'ringing', 'buzzing', 'knocks on', 'knocks at', 'bangs on', 'hammers on', 'rings')} ${DOOR}`,
          )}`,
          // Photos of their home, car or children sent or posted: someone has been there watching ("he sends photos of my
          // house. from different angles"; taken just now or with a time, an emergency: emergency.threatSoon; "he's been",
          // normalised "he is been": "hes been sending me photos of my own front door"; of them at home, taken from outside:
          // "she keeps sending me photos of me taken through my window at night")
          `(?:${alt('keeps', 'keep', 'has', 'have', 'has been', 'have been', 'is been', 'are been', 'is', 'are', 'always', 'also', 'now', 'even', 'started')} )?${alt('sends', 'sent', 'sending', 'send', 'posts', 'posted', 'posting', 'post', 'shares', 'shared', 'sharing')} (?:${alt('me', 'us', 'my mum', 'my family', 'my friends')} )?(?:${alt('a', 'some', 'loads of', 'more', 'new')} )?${alt('photos', 'photo', 'pictures', 'picture', 'pics', 'pic', 'videos', 'video', 'footage')} of (?:${alt('my', 'our')} (?:(?!${alt('old', 'former', 'last', 'previous')}\\b)${W} )?${alt(PLACE_NOUN, 'home', 'car', 'kids', 'children', 'son', 'daughter', 'front door', 'door', 'window', 'windows', 'garden', 'street', 'halls', 'building')}|${alt('me', 'us')} taken ${alt('through', 'from outside', 'outside', 'from across', 'from the street', 'from the road', 'from the garden')})`,
        ),
      ),
    ],
    guards: ['negation', 'pastFar', 'hypothetical'],
    unlessAfter: [ONLINE_NEAR, /^(?:to (?:see|pick up|collect|drop off|bring) (?:the|my|our|his|her) (?:kids|children|son|daughter|baby)|for (?:the kids|the children|contact|his stuff|her stuff))\b/],
  },
];

/**
 * Words en-GB knows, for splitting words typed without spaces: every word the learned signal was
 * trained on (alone or in a pair), the word classes and the shorthand replacements.
 */
function dictionary(): ReadonlySet<string> {
  const words = new Set<string>();
  const add = (text: string) => {
    for (const word of text.split(' ')) if (/^[a-z]{2,}$/.test(word)) words.add(word);
  };
  for (const level of [model.emergency, model.crisis]) {
    for (const feature of Object.keys(level.weights)) if (feature.startsWith('w:') || feature.startsWith('b:')) add(feature.slice(2));
  }
  for (const entries of Object.values(concepts)) for (const entry of entries) add(entry.replace('*', ''));
  for (const [token, replacement] of Object.entries(normalisation.tokens)) {
    add(token);
    add(replacement);
  }
  return words;
}

export const enGB: LocalePack = {
  locale: 'en-GB',
  normalisation: { ...normalisation, dictionary: dictionary(), spelling },
  guards,
  rules: [...rules, ...frameRules],
  model,
  modelQuiet: LEARNED_SIGNAL_QUIET,
  modelSkipClauses: [...LEARNED_SIGNAL_SKIP_CLAUSES, HELP_COMING_CLAUSE, SERVICE_CALLER_WAS_THERE, ALARM_WAS_HARMLESS, new RegExp(SANCTION_LAUGHED_OFF)],
  modelReadAfter: new RegExp(`^${HARMLESS_CALLER}`),
  modelAfterSkip: /^(?:(?:pls|please|plz|help|help me|pls help|please help|sorry|thanks|thank you|brb|back in a (?:sec|min|minute|bit)|back in [0-9]+|will message (?:after|back|later)|i am fine|im fine|all good|lol|haha|anyway|ok|okay)(?: |$))+$/,
  concepts,
};
