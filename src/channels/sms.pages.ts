/**
 * One SMS turn as texts a phone shows well: at most `maxTexts` (3) texts, each at most `limit`
 * (320) characters, the question last. Texts can arrive out of order, so the question is the
 * last text and never split from its options when it fits. What doesn't fit (a long summary, the
 * explanations before the options) is paged, explanations last: the last text before the question ends with "Reply
 * MORE for the rest", and the pages left are kept for the next turn. Emergency guidance is the
 * exception: every guidance text is sent (the 999 line first), then the question.
 * Every text is made GSM-7 safe (gsm7.ts), so a person's own curly quotes don't double the cost.
 */
import { toGsm7 } from './gsm7';
import type { RenderedMessage } from './message';

export const SMS_TARGET = 320;
export const SMS_MAX_TEXTS = 3;

export interface SmsPaging {
  /** "Reply MORE for the rest." */
  moreNote: string;
  limit?: number;
  maxTexts?: number;
}

export interface SmsTurn {
  texts: RenderedMessage[];
  /** Pages not sent yet (each at most `limit`), for "MORE". */
  more: string[];
  /** The question's text, sent again after the next pages. */
  question?: RenderedMessage;
}

/** Sentences of a paragraph ("... call 999. If you can't speak: ..." -> two). */
export function sentences(paragraph: string): string[] {
  return paragraph.split(/(?<=[.!?])\s+(?=\S)/).filter(Boolean);
}

/** A sentence longer than the limit, cut at spaces (never mid-word when avoidable). */
export function cutToLimit(sentence: string, limit: number): string[] {
  const parts: string[] = [];
  let rest = sentence;
  while (rest.length > limit) {
    const space = rest.lastIndexOf(' ', limit);
    const cut = space > limit / 2 ? space : limit;
    parts.push(rest.slice(0, cut).trim());
    rest = rest.slice(cut).trim();
  }
  if (rest) parts.push(rest);
  return parts;
}

/** A text longer than the limit, cut at line breaks, then sentences, then spaces. */
function pieces(text: string, limit: number): string[] {
  if (text.length <= limit) return [text];
  return text.split('\n').flatMap((line) => (line.length <= limit ? [line] : sentences(line).flatMap((s) => cutToLimit(s, limit))));
}

/** Joins pieces into as few texts of at most `limit` as their order allows. */
function pack(parts: readonly string[], limit: number, joiner: (previous: string, next: string) => string): string[] {
  const texts: string[] = [];
  for (const part of parts) {
    const last = texts[texts.length - 1];
    if (last !== undefined && joiner(last, part).length <= limit) texts[texts.length - 1] = joiner(last, part);
    else texts.push(part);
  }
  return texts;
}

/** Messages join with a blank line; the lines of one long message that was cut, with a line break. */
const joinMessages = (a: string, b: string) => `${a}\n\n${b}`;

function packMessages(messages: readonly string[], limit: number): string[] {
  return messages.flatMap((m) => [pack(pieces(m, limit), limit, (a, b) => `${a}\n${b}`)]).reduce<string[]>((texts, group) => {
    const [first, ...rest] = group;
    const last = texts[texts.length - 1];
    if (first !== undefined && last !== undefined && joinMessages(last, first).length <= limit) texts[texts.length - 1] = joinMessages(last, first);
    else if (first !== undefined) texts.push(first);
    texts.push(...rest);
    return texts;
  }, []);
}

/** Pages of content: the ones sent now (the last with the MORE note when pages are left) and the rest. */
export function takePages(pages: readonly string[], slots: number, moreNote: string): { now: string[]; later: string[] } {
  const now = pages.slice(0, Math.max(1, slots));
  const later = pages.slice(now.length);
  if (later.length > 0) now[now.length - 1] = `${now[now.length - 1]}\n${moreNote}`;
  return { now, later };
}

export function pageSmsTurn(messages: readonly RenderedMessage[], paging: SmsPaging): SmsTurn {
  const limit = paging.limit ?? SMS_TARGET;
  const maxTexts = paging.maxTexts ?? SMS_MAX_TEXTS;
  const safe = messages.map((m) => ({ ...m, text: toGsm7(m.text) }));
  const emergency = safe.filter((m) => m.importance === 'high');
  const asks = safe.filter((m) => m.question && !m.importance);
  const question = asks[asks.length - 1];
  const others = safe.filter((m) => !m.importance && m !== question);
  const content = others.map((m) => m.text);
  const questionParts = question ? pack(pieces(question.text, limit), limit, (a, b) => `${a}\n${b}`) : [];
  const asQuestion = (text: string): RenderedMessage => ({ text, ...(question ? { question: question.question } : {}) });
  const last = (texts: string[]): RenderedMessage[] =>
    texts.map((text, i) => (question && i === texts.length - 1 ? asQuestion(text) : { text }));

  // Everything packed, the question last: sent whole when it fits the budget (or in an emergency).
  const whole = packMessages([...content, ...(question ? [question.text] : [])], limit);
  if (emergency.length > 0 || whole.length <= maxTexts) {
    return { texts: [...emergency, ...last(whole)], more: [], question };
  }
  // The message just before the question introduces it ("From what you've told me, I'd suggest..."):
  // it stays with the question when they fit in one text, and what comes before is paged.
  // Explanations (deferrable) are what gets paged: the rest (a recommendation...) comes first.
  const kept = others.filter((m) => !m.deferrable).map((m) => m.text);
  const deferred = others.filter((m) => m.deferrable).map((m) => m.text);
  const lead = kept[kept.length - 1];
  const withLead = lead !== undefined && questionParts.length === 1 && joinMessages(lead, questionParts[0]!).length <= limit;
  const finalParts = withLead ? [joinMessages(lead, questionParts[0]!)] : questionParts;
  const paged = [...(withLead ? kept.slice(0, -1) : kept), ...deferred];
  const reserve = paging.moreNote.length + 1;
  const pages = packMessages(paged, limit - reserve);
  const { now, later } = takePages(pages, maxTexts - finalParts.length, paging.moreNote);
  return { texts: [...now.map((text) => ({ text })), ...last(finalParts)], more: later, question };
}

/** The next pages after "MORE", then the question again. */
export function nextSmsPages(more: readonly string[], question: RenderedMessage | undefined, paging: SmsPaging): SmsTurn {
  const maxTexts = paging.maxTexts ?? SMS_MAX_TEXTS;
  const { now, later } = takePages(more, maxTexts - (question ? 1 : 0), paging.moreNote);
  return { texts: [...now.map((text) => ({ text })), ...(question ? [question] : [])], more: later, question };
}
