/**
 * An incoming Activity -> the machine's typed events. Safety detection runs first on every
 * typed message, then commands, topic questions, offered choices, and finally free-text
 * understanding. The machine only ever sees the result.
 */
import type { Activity } from 'botbuilder';
import { z } from 'zod/v4';
import { getQuestion, isQuestionId } from '../../dialogs/questions';
import type { SafetyVerdict, UnderstoodFacts } from '../../dialogs/facts';
import type { Prompt } from '../../machines/prompt';
import type { TriageEvent } from '../../machines/triage.types';
import type { Locale, Translator } from '../i18n';
import { readChoice, saysPhrase } from '../understanding/choice.matcher';
import { asksForPerson, isSmsOptOut, matchCommand, matchTopic } from '../understanding/command.matcher';
import { storableText } from '../text/stored.text';
import { readContactRefusal, refusesContact } from '../contact/refusal';
import { givesAnAddress } from '../contact/address';
import { saysCannotSpeak } from '../understanding/signal.matcher';
import { withoutMentions } from './teams.scope';

/** The detector's rule for a message of danger words alone ("police", "door", "help me"). */
const LONE_DANGER_WORD = 'emergency.fragment';
/** Channels whose own address reaches the person (their phone number, their Teams account). */
const CHANNELS_WITH_AN_ADDRESS = new Set(['sms', 'msteams']);

/** Both take the turn's one locale (the translator's). */
export interface Detectors {
  detectSafety(text: string, locale: Locale): SafetyVerdict;
  /** May answer later (dates are read on a worker thread in the running bot). */
  understand(text: string, now: Date, locale: Locale): UnderstoodFacts | Promise<UnderstoodFacts>;
}

export interface ActivityInput {
  events: TriageEvent[];
  /** What the person typed or chose, for the transcript ('' when nothing). */
  userText: string;
  /** The message was cut to the maximum length. */
  truncated: boolean;
  /**
   * Send nothing back: an SMS opt-out word (STOP, QUIT...). The carrier has opted the number out
   * and blocks any reply, so the conversation is ended and deleted without a word.
   */
  silent?: true;
}

/** A card submission or messageBack value: { q, c } for one choice, { q, choices: "a,b" } for many. */
const submissionSchema = z.object({
  q: z.string().max(64),
  c: z.string().max(64).optional(),
  choices: z.string().max(2000).optional(),
});

/** The "I'm in danger" button's value, { cmd: "danger" } (checked by hand: a schema that fails builds an error on every other submission). */
function isDangerCommand(value: unknown): boolean {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && (value as { cmd?: unknown }).cmd === 'danger';
}

function parseSubmission(value: unknown, at: string): TriageEvent | undefined {
  if (isDangerCommand(value)) return { type: 'user.command', command: 'danger', at };
  const parsed = submissionSchema.safeParse(value);
  if (!parsed.success || !isQuestionId(parsed.data.q)) {
    return { type: 'user.unreadable', reason: 'badSubmission', at };
  }
  const { q, c, choices } = parsed.data;
  if (c !== undefined) return { type: 'user.choice', question: q, choice: c, at };
  const list = (choices ?? '').split(',').map((s) => s.trim()).filter(Boolean);
  return { type: 'user.choice', question: q, choice: list, at };
}

function joinedByPerson(activity: Partial<Activity>): boolean {
  const botId = activity.recipient?.id;
  return (activity.membersAdded ?? []).some((member) => member.id !== botId);
}

export interface EventContext {
  prompt: Prompt | undefined;
  tr: Translator;
  detectors: Detectors;
  now: Date;
  maxChars: number;
}

export async function eventsFromActivity(activity: Partial<Activity>, ctx: EventContext): Promise<ActivityInput> {
  const at = ctx.now.toISOString();
  const none: ActivityInput = { events: [], userText: '', truncated: false };

  if (activity.type === 'conversationUpdate') {
    return joinedByPerson(activity) ? { ...none, events: [{ type: 'user.join', at }] } : none;
  }
  if (activity.type !== 'message') return none;

  // Teams: "<at>Triage bot</at> help" is "help".
  // Stored as typed, except what no keyboard means (a lone surrogate, NUL): src/text/stored.text.ts.
  const rawText = storableText(activity.channelId === 'msteams' ? withoutMentions(activity) : typeof activity.text === 'string' ? activity.text.trim() : '');
  const value: unknown = activity.value;
  if (value !== undefined && value !== null && (typeof value === 'object' || !rawText)) {
    const event = parseSubmission(value, at);
    return { events: event ? [event] : [], userText: rawText, truncated: false };
  }
  if (!rawText) {
    return { ...none, events: [{ type: 'user.unreadable', reason: 'attachment', at }] };
  }

  if (activity.channelId === 'sms' && isSmsOptOut(rawText)) {
    return { events: [{ type: 'user.command', command: 'exit', at }], userText: '', truncated: false, silent: true };
  }

  const truncated = rawText.length > ctx.maxChars;
  const text = truncated ? rawText.slice(0, ctx.maxChars) : rawText;
  // Started before the safety check: a message with a date is read on an understanding thread
  // (src/understanding/understanding.thread.ts), which then works while the check runs here. Every
  // path below but a command or a topic awaits it; those leave it (handled, so never unhandled).
  const factsSoon = Promise.resolve(ctx.detectors.understand(text, ctx.now, ctx.tr.locale));
  factsSoon.catch(() => undefined);
  const safety = ctx.detectors.detectSafety(text, ctx.tr.locale);
  const userText = text;
  // "I can't talk, he'll hear me": emergency guidance then leads with the Silent Solution.
  const signals = saysCannotSpeak(text, ctx.tr) ? { cannotSpeak: true as const } : {};

  // Emergency and crisis words always reach the machine as words; so does serious harm ("he tried
  // to strangle me"), except as the answer to "is this happening now?" itself.
  const harm = safety.level === 'harm' && ctx.prompt?.question !== 'harmCheck';
  // "police" typed to pick the summary's Police line: a lone danger word that is a choice of a
  // question naming parts of the conversation picks it; the machine says the short 999 line first.
  if (safety.rule === LONE_DANGER_WORD && ctx.prompt && getQuestion(ctx.prompt.question).namesParts) {
    const reading = readChoice(text, ctx.prompt, ctx.tr);
    if (reading?.kind === 'choice') {
      return { events: [{ type: 'user.choice', question: ctx.prompt.question, choice: reading.choice, facts: await factsSoon, safety, ...signals, at }], userText, truncated };
    }
  }
  if (safety.level === 'emergency' || safety.level === 'crisis' || harm) {
    return { events: [{ type: 'user.text', text, safety, facts: await factsSoon, ...signals, at }], userText, truncated };
  }
  // An offered choice wins over a command word ("delete it" at the consent question, "talk to
  // someone" at the options question): the person is answering what they were just asked.
  const reading = ctx.prompt ? readChoice(text, ctx.prompt, ctx.tr) : undefined;
  if (ctx.prompt && reading?.kind === 'choice') {
    // Typed words can say more than the choice ("yes, and he calls me too"): keep what they said.
    const facts = await factsSoon;
    const verdict = safety.level === 'none' ? {} : { safety };
    return {
      events: [{ type: 'user.choice', question: ctx.prompt.question, choice: reading.choice, facts, ...verdict, ...signals, ...(reading.saysMore ? { words: text } : {}), at }],
      userText,
      truncated,
    };
  }
  if (reading?.kind === 'mixed') {
    // "no, I'm safe at the moment": a yes or no its own words contradict. Never guessed.
    const facts = await factsSoon;
    return { events: [{ type: 'user.text', text, safety, facts, mixed: true, ...signals, at }], userText, truncated };
  }
  const command = matchCommand(text, ctx.tr) ?? (safety.level === 'none' && asksForPerson(text, ctx.tr) ? 'person' : undefined);
  if (command) return { events: [{ type: 'user.command', command, at }], userText, truncated };
  const topic = matchTopic(text, ctx.tr);
  if (topic) return { events: [{ type: 'user.topic', topic, at }], userText, truncated };

  const facts = await factsSoon;
  // Asked for a safe way to contact them: words that rule contact out are told apart from a way (src/contact/refusal.ts).
  // At the first, words that may rule contact out but don't plainly are asked about, never guessed ('check');
  // at the number-or-email question after it, only words that rule contact out count.
  const contactReading =
    ctx.prompt?.question === 'contactSafe' ? readContactRefusal(text) : ctx.prompt?.question === 'contactAddress' && refusesContact(text, 'address') ? 'refuses' : 'no';
  const refusal = contactReading === 'refuses' ? { refusesContact: true as const } : contactReading === 'check' ? { contactMaybeRefused: true as const } : {};
  // How but not where ("text only, after 6pm") on a channel with no address of its own: asked for once.
  // ...and at the number-or-email question, words with no number or email in them ("yes", "ok") are no answer: asked again,
  // never passed on as where to reach them (a conversation review: "yes" was shared as the contact details)
  const noAddress =
    ((ctx.prompt?.question === 'contactSafe' && !CHANNELS_WITH_AN_ADDRESS.has(activity.channelId ?? '')) ||
      (ctx.prompt?.question === 'contactAddress' && !saysPhrase(text, ctx.tr.words('questions.contactAddress.synonyms.skip')))) &&
    contactReading !== 'refuses' &&
    !givesAnAddress(text)
      ? { contactHasNoAddress: true as const }
      : {};
  return { events: [{ type: 'user.text', text, safety, facts: { ...facts, ...refusal, ...noAddress }, ...signals, at }], userText, truncated };
}
