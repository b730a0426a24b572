/**
 * Concepts for the learned recall signal (src/safety/model.ts): broad classes of words, so that what
 * the model learns about one word ("knife" with "now") carries to every word of its class ("machete"
 * with "rn"), and so that it learns how classes combine (a weapon and a time now; someone outside and
 * fear; an act of violence in the -ing form and a child). Words are as the normaliser leaves them
 * (lower case, contractions expanded, text speak mapped: "rn" -> "right now", "cant" -> "can not").
 *
 * An entry is a word, a phrase of up to three words, or a stem ending in "*" (any word starting with
 * it; stems are at least five letters so they cannot catch short unrelated words). These are classes
 * of meaning, not rules: nothing here raises a level by itself; the weights are learned.
 */
import type { ConceptLexicon } from '../types';

const ATTACK_VERBS = ['hit', 'hits', 'hitting', 'punch', 'punched', 'punching', 'kick', 'kicked', 'kicking', 'slap', 'slapped', 'slapping', 'stab', 'stabbed', 'stabbing', 'beat', 'beating', 'beaten', 'batter*', 'attack*', 'assault*', 'strangl*', 'choke', 'choked', 'choking', 'throttl*', 'smother*', 'suffocat*', 'grab', 'grabbed', 'grabbing', 'drag', 'dragged', 'dragging', 'push', 'pushed', 'pushing', 'shove', 'shoved', 'shoving', 'stamp', 'stamped', 'stamping', 'headbutt*', 'bite', 'biting', 'bitten', 'pin', 'pinned', 'pinning', 'throw', 'threw', 'throwing', 'thrown', 'shoot', 'shooting', 'shot', 'hurt', 'hurting', 'smash', 'smashed', 'smashing', 'bash', 'bashed', 'bashing', 'whack*', 'thump*', 'kill', 'killing', 'killed', 'murder*', 'burn', 'burned', 'burnt', 'burning', 'rape', 'raped', 'raping', 'squeez*', 'shake', 'shaking', 'shook', 'twist*', 'drown*', 'lay into', 'laying into', 'going for me', 'went for me', 'on top of me', 'hands round', 'hands around'];

export const concepts: ConceptLexicon = {
  attack: ATTACK_VERBS,
  weapon: ['knife', 'knives', 'blade', 'blades', 'machete', 'gun', 'guns', 'shotgun', 'rifle', 'pistol', 'axe', 'hammer', 'bat', 'baseball bat', 'crowbar', 'scissors', 'screwdriver', 'acid', 'bleach', 'cleaver', 'sword', 'taser', 'weapon', 'weapons', 'spanner', 'brick', 'bricks', 'iron bar', 'golf club', 'rope', 'cable ties', 'chain'],
  fire: ['fire', 'fires', 'flames', 'smoke', 'burning', 'alight', 'ablaze', 'petrol', 'gas', 'arson', 'lighter', 'matches', 'set fire', 'on fire'],
  place: ['outside', 'here', 'door', 'doors', 'doorstep', 'window', 'windows', 'garden', 'downstairs', 'upstairs', 'hallway', 'hall', 'landing', 'stairs', 'driveway', 'drive', 'car park', 'street', 'road', 'corner', 'gate', 'porch', 'letterbox', 'front door', 'back door', 'in the house', 'in my house', 'in the flat', 'in my flat', 'bedroom', 'kitchen', 'bathroom', 'flat', 'house', 'home'],
  approach: ['coming', 'on his way', 'on her way', 'on their way', 'on the way', 'heading', 'arriving', 'followed', 'following', 'chasing', 'behind me', 'waiting', 'parked', 'turned up', 'turning up', 'showed up', 'pulled up', 'lurking', 'watching', 'outside', 'nearby', 'near', 'closer', 'getting closer'],
  entry: ['break in', 'breaking in', 'broke in', 'broken in', 'kicking', 'forcing', 'forced', 'smashing', 'banging', 'bang', 'knocking', 'get in', 'getting in', 'trying to get in', 'climbing', 'climbed', 'handle', 'lock', 'locks', 'key', 'keys', 'letterbox', 'let him in', 'let her in'],
  now: ['now', 'right now', 'currently', 'at the moment', 'still', 'just', 'minutes', 'minute', 'seconds', 'tonight', 'soon', 'hurry', 'quick', 'quickly', 'immediately', 'any minute', 'as we speak', 'again', 'today', 'this evening', 'later', 'in an hour', 'when i finish'],
  fear: ['scared', 'terrified', 'petrified', 'frightened', 'shaking', 'hiding', 'hide', 'hid', 'panic', 'panicking', 'afraid', 'fear', 'scared for my life', 'fear for my life', 'crying', 'screaming', 'whispering', 'quiet', 'silent'],
  trapped: ['locked', 'locked in', 'trapped', 'stuck', 'can not get out', 'can not leave', 'will not let me', 'would not let me', 'held', 'holding me', 'keeping me', 'barricad*', 'tied', 'tied up', 'taken my phone', 'took my phone'],
  child: ['kids', 'kid', 'son', 'daughter', 'baby', 'children', 'child', 'toddler', 'little one', 'boy', 'girl', 'grandson', 'granddaughter', 'my boy', 'my girl'],
  others: ['neighbour', 'neighbours', 'mum', 'mam', 'dad', 'nan', 'gran', 'grandad', 'sister', 'brother', 'friend', 'wife', 'husband', 'partner', 'mate', 'flatmate', 'next door', 'through the wall'],
  injury: ['bleeding', 'blood', 'unconscious', 'can not breathe', 'broken', 'passed out', 'not breathing', 'injured', 'bruises', 'bruised', 'ambulance', 'hospital', 'wound', 'cut'],
  help: ['help', '999', 'police', 'ambulance', 'send', 'please', 'call', 'sos', 'emergency', 'urgent'],
  death: ['kill', 'killing', 'kill me', 'dead', 'die', 'dying', 'murder*', 'end me', 'finish me', 'my life', 'my last'],
  selfHarm: ['kill myself', 'end it', 'end it all', 'end my life', 'suicid*', 'overdos*', 'pills', 'tablets', 'paracetamol', 'cut myself', 'cutting', 'self harm', 'harm myself', 'hurt myself', 'jump', 'bridge', 'noose', 'not be here', 'no point', 'goodbye', 'want to die', 'better off without me', 'can not go on', 'no way out', 'took', 'swallowed'],
  threat: ['threaten*', 'said he would', 'said she would', 'says he will', 'says she will', 'going to', 'will', 'promised', 'warned', 'or else'],
  past: ['ago', 'yesterday', 'last week', 'last month', 'last year', 'used to', 'years', 'months', 'weeks', 'was', 'were', 'had', 'once', 'before', 'back then', 'when i was', 'in the past', 'over now', 'anymore', 'no longer', 'moved'],
  negation: ['not', 'never', 'no', 'nobody', 'no one', 'nothing', 'without', 'nowhere'],
  hypothetical: ['if', 'what if', 'would', 'could', 'should', 'might', 'in case', 'suppose', 'imagine', 'ever'],
  question: ['is it', 'can i', 'how do', 'how can', 'what should', 'should i', 'does', 'do i', 'is that', 'can you', 'what can', 'who can', 'where can', 'count as', 'legal', 'law', 'illegal', 'crime', 'report'],
  idiom: ['film', 'movie', 'game', 'tv', 'telly', 'show', 'joke', 'joking', 'lol', 'haha', 'laughing', 'banter', 'boss', 'work', 'late', 'dying to', 'killing me', 'killer', 'deadline', 'bored', 'football', 'match'],
  writerSafe: ['safe', 'ok', 'okay', 'fine', 'alright', 'all right', 'calm'],
  online: ['message', 'messages', 'messaging', 'text', 'texts', 'texting', 'online', 'instagram', 'facebook', 'snapchat', 'whatsapp', 'tiktok', 'account', 'accounts', 'profile', 'post', 'posted', 'posting', 'email', 'emails', 'dm', 'dms', 'comments', 'app', 'phone', 'calls', 'calling'],
};
