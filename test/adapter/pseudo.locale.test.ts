/**
 * Nothing a person sees bypasses the catalogue: whole conversations on every channel renderer in
 * the pseudo-locale (every catalogue string accented and in [brackets], src/i18n/pseudo.ts), and
 * every visible string - message text, buttons, card text - is catalogue text. Allowed outside
 * brackets, explicitly: the person's own words echoed back, numbers and phone numbers, dates,
 * times, the handoff reference, punctuation.
 */
import type { Activity } from 'botbuilder';
import { describe, expect, it } from 'vitest';
import { PSEUDO_LOCALE, SUPPORTED_LOCALES, translator } from '../../src/i18n';
import { PSEUDO_CLOSE, PSEUDO_OPEN } from '../../src/i18n/pseudo';
import { MemoryStore, type TurnCommit } from '../../src/storage';
import { createTestBot } from '../support/bot';

class UnwritableStore extends MemoryStore {
  override async commitTurn(_commit: TurnCommit): Promise<void> {
    throw new Error('disk full');
  }
}

/** Card and action fields a person reads (not ids, styles or submission data). */
const VISIBLE_KEYS = new Set(['text', 'title', 'label', 'placeholder', 'altText', 'fallbackText', 'displayText', 'speak']);

function visibleStrings(value: unknown, key = '', out: string[] = []): string[] {
  if (typeof value === 'string') {
    if (VISIBLE_KEYS.has(key)) out.push(value);
  } else if (Array.isArray(value)) {
    for (const v of value) visibleStrings(v, key === 'choices' || key === 'actions' || key === 'facts' ? '' : key, out);
  } else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) if (k !== 'data' && k !== 'value' || key === 'facts') visibleStrings(v, k === 'value' ? 'text' : k, out);
  }
  return out;
}

/** What a reply shows: its text, its buttons, and its cards' text. */
function shown(reply: Partial<Activity>): string[] {
  if (reply.type !== 'message') return [];
  return [
    ...(reply.text ? [reply.text] : []),
    ...(reply.suggestedActions?.actions ?? []).flatMap((a) => [a.title, a.displayText].filter((t): t is string => typeof t === 'string')),
    ...(reply.attachments ?? []).flatMap((a) => visibleStrings(a.content)),
  ];
}

const MONTHS = 'January|February|March|April|May|June|July|August|September|October|November|December';
const ALLOWED = [
  new RegExp(`\\b\\d{1,2} (${MONTHS}) \\d{4}\\b`, 'g'), // a date, formatted by Intl (day first, or month first)
  new RegExp(`\\b(${MONTHS}) \\d{1,2}, \\d{4}\\b`, 'g'),
  /\b[0-9A-F]{8}\b/g, // the handoff reference
];

/**
 * The text left once catalogue text (bracketed; nested by $t, or cut across SMS pages) and the
 * allowed pieces are taken out. Empty, or punctuation, when everything came from the catalogue.
 */
function outsideCatalogue(text: string, echoes: readonly string[]): string {
  let rest = text;
  for (const echo of echoes) rest = rest.split(echo).join(' ');
  for (let before = ''; before !== rest; ) {
    before = rest;
    rest = rest.replace(/\[[^[\]]*\]/g, ' ');
  }
  // An SMS page may start inside a segment that began on the page before, or end inside one.
  rest = rest.replace(/^[^[]*\]/, ' ').replace(/\[[^\]]*$/, ' ');
  for (const re of ALLOWED) rest = rest.replace(re, ' ');
  return rest.replace(/[\d\s.,:;!?'"()\-–—/+*•…|]/g, '');
}

const CHANNELS = ['webchat', 'msteams', 'sms', 'slack'] as const;

const STORY = 'My ex has been messaging me on Instagram and turning up at my work about three times a week since 03/04/2026';
const CONTACT = 'text me after 6pm';

describe('the pseudo-locale', () => {
  it('is every catalogue string transformed', () => {
    const tr = translator(PSEUDO_LOCALE);
    expect(tr.t('common.failsafe').startsWith(PSEUDO_OPEN)).toBe(true);
    expect(tr.t('common.failsafe').endsWith(PSEUDO_CLOSE)).toBe(true);
    expect(tr.t('common.failsafe')).toContain('999');
    // What a person may type is still read in English.
    expect(tr.words('commands.delete.words')).toEqual(translator('en-GB').words('commands.delete.words'));
    // The check below finds text from outside the catalogue, and lets the allowed pieces through.
    expect(outsideCatalogue(translator('en-GB').t('common.failsafe'), [])).not.toBe('');
    expect(outsideCatalogue(`${tr.t('welcome.intro')} Nobody`, [])).toBe('Nobody');
    expect(outsideCatalogue(`[Çàll] 0808 802 0300, 3 April 2026 at 09:30 (ref 0A1B2C3D): ${CONTACT}`, [CONTACT])).toBe('atref');
  });

  it.each(CHANNELS)('%s: a whole conversation shows nothing from outside the catalogue', async (channelId) => {
    const bot = createTestBot({ channelId, locale: PSEUDO_LOCALE, locales: [...SUPPORTED_LOCALES, PSEUDO_LOCALE] });
    const replies: Partial<Activity>[] = [];
    const step = async (reply: Promise<Partial<Activity>[]>) => replies.push(...(await reply));
    await step(bot.join());
    await step(bot.choose('safety', 'safe'));
    await step(bot.turn(STORY));
    for (const q of ['who', 'what', 'since', 'howOften'] as const) await step(bot.choose(q, 'yes'));
    await step(bot.turn('help'));
    await step(bot.choose('riskConsent', 'yes'));
    for (const f of ['frightened', 'threats', 'propertyDamage', 'violence', 'loitering', 'othersInvolved', 'escalating'] as const) {
      await step(bot.choose(`risk.${f}`, f === 'frightened' ? 'yes' : 'no'));
    }
    await step(bot.choose('evidence', 'some'));
    await step(bot.choose('police', 'notReported'));
    await step(bot.choose('options', 'helpline'));
    await step(bot.choose('summaryReview', 'looksRight'));
    await step(bot.choose('consent', 'share'));
    await step(bot.turn(CONTACT));
    await step(bot.choose('shareTranscript', 'no'));
    await step(bot.turn("he's outside my door right now"));
    await step(bot.turn('delete my data'));

    const texts = replies.flatMap(shown);
    expect(texts.length).toBeGreaterThan(20);
    const leaks = texts.map((t) => ({ t, left: outsideCatalogue(t, [STORY, CONTACT]) })).filter((x) => x.left !== '');
    expect(leaks.map((x) => x.t)).toEqual([]);
    // And the conversation really was in the pseudo-locale, all the way.
    expect(replies.filter((r) => r.type === 'message').every((r) => r.locale === PSEUDO_LOCALE)).toBe(true);
  }, 120_000);

  it('a Teams group chat and the safety message of a failed turn are catalogue text too', async () => {
    const group = createTestBot({ channelId: 'msteams', conversationType: 'groupChat', locale: PSEUDO_LOCALE, locales: [...SUPPORTED_LOCALES, PSEUDO_LOCALE] });
    const groupReplies = (await group.turn('hello')).flatMap(shown);
    expect(groupReplies.length).toBeGreaterThan(0);
    for (const t of groupReplies) expect(outsideCatalogue(t, [])).toBe('');

    const failing = createTestBot({ store: new UnwritableStore(), locale: PSEUDO_LOCALE, locales: [...SUPPORTED_LOCALES, PSEUDO_LOCALE] });
    const failsafe = (await failing.turn('hello')).at(-1);
    expect(failsafe?.importance).toBe('high');
    expect(failsafe?.text?.startsWith(PSEUDO_OPEN)).toBe(true);
    expect(outsideCatalogue(failsafe?.text ?? '', [])).toBe('');
  });

  it('is never served unless listed: an activity asking for it gets the default locale', async () => {
    const bot = createTestBot({ locale: PSEUDO_LOCALE });
    const replies = await bot.join();
    expect(replies[0]?.locale).toBe('en-GB');
    expect(replies[0]?.text?.startsWith(PSEUDO_OPEN)).toBe(false);
  });
});
