/**
 * GSM 03.38 (GSM-7), the alphabet a text is sent in when every character fits: 160 characters in
 * one text, 153 per part when split. One character outside it (a curly quote, a long dash, an
 * emoji) sends the whole text as UCS-2: 70 characters, 67 per part - twice the cost or more.
 */

const BASIC =
  '@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !"#¤%&\'()*+,-./0123456789:;<=>?' +
  '¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà';
/** Characters sent as an escape plus one: each counts as two. */
const EXTENSION = '^{}\\[~]|€\f';

const BASIC_SET = new Set(BASIC);
const EXTENSION_SET = new Set(EXTENSION);

/** Typography that phones add ("smart" quotes, dashes, ellipses), as plain GSM-7 characters. */
const REPLACEMENTS: Record<string, string> = {
  '\u2018': "'", '\u2019': "'", '\u201a': "'", '\u201b': "'", '\u2032': "'", '\u00b4': "'", '\u0060': "'",
  '\u201c': '"', '\u201d': '"', '\u201e': '"', '\u201f': '"', '\u2033': '"', '\u00ab': '"', '\u00bb': '"',
  '\u2010': '-', '\u2011': '-', '\u2012': '-', '\u2013': '-', '\u2014': '-', '\u2015': '-', '\u2212': '-',
  '\u2026': '...', '\u00a0': ' ', '\u2007': ' ', '\u2009': ' ', '\u200a': ' ', '\u202f': ' ', '\u3000': ' ',
  '\u2022': '-', '\u00b7': '.', '\t': ' ', '\u00d7': 'x', '\u00f7': '/', '\u2122': 'TM', '\u00a9': '(c)',
  '\u0141': 'L', '\u0142': 'l', '\u0110': 'D', '\u0111': 'd', '\u00f0': 'd', '\u00de': 'Th', '\u00fe': 'th',
  '\u0152': 'OE', '\u0153': 'oe', '\u00e7': 'c',
};

/** Zero-width characters, variation selectors and emoji joiners: nothing to show in a text. */
const INVISIBLE = /[\u200b-\u200d\u2060\ufeff\ufe00-\ufe0f]/gu;
const PICTOGRAPH = /\p{Extended_Pictographic}|\p{Emoji_Modifier}|[\u{1f1e6}-\u{1f1ff}]/gu;

export function isGsm7(text: string): boolean {
  for (const ch of text) if (!BASIC_SET.has(ch) && !EXTENSION_SET.has(ch)) return false;
  return true;
}

/**
 * Text made safe to send as GSM-7: typographic punctuation becomes its plain form, accents outside
 * the alphabet are dropped ("ł" -> "l", "ó" -> "o"), emoji are removed, and anything else left
 * becomes "?". Letters the alphabet has (é, ü, ñ...) are kept.
 */
export function toGsm7(text: string): string {
  let out = '';
  for (const ch of text.replace(INVISIBLE, '').replace(PICTOGRAPH, '')) {
    if (BASIC_SET.has(ch) || EXTENSION_SET.has(ch)) out += ch;
    else if (REPLACEMENTS[ch] !== undefined) out += REPLACEMENTS[ch];
    else {
      const bare = ch.normalize('NFD').replace(/\p{M}/gu, '');
      out += bare && isGsm7(bare) ? bare : '?';
    }
  }
  return out.replace(/ {2,}/g, ' ').replace(/ +$/gm, '');
}

export interface SmsCost {
  encoding: 'GSM-7' | 'UCS-2';
  /** Length in the encoding's units (a GSM-7 extension character counts two). */
  units: number;
  /** Texts the carrier bills: 1 up to 160 (GSM-7) or 70 (UCS-2) units, else parts of 153 or 67. */
  segments: number;
}

export function smsCost(text: string): SmsCost {
  if (isGsm7(text)) {
    let units = 0;
    for (const ch of text) units += EXTENSION_SET.has(ch) ? 2 : 1;
    return { encoding: 'GSM-7', units, segments: units <= 160 ? 1 : Math.ceil(units / 153) };
  }
  // UCS-2 counts UTF-16 code units (an emoji is two).
  const units = text.length;
  return { encoding: 'UCS-2', units, segments: units <= 70 ? 1 : Math.ceil(units / 67) };
}
