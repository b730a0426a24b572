/**
 * Typed words -> signals the conversation acts on whatever the question: for now, that the
 * person can't speak ("I can't talk, he'll hear me"), so emergency guidance leads with the
 * Silent Solution. Words live in the locale (`signals.cannotSpeak`, "|"-separated phrases).
 */
import type { Translator } from '../i18n';
import { normaliseForMatch, normalisePhrase } from './choice.matcher';

/** The words say the person can't speak or must stay quiet. A phrase matches on word boundaries. */
export function saysCannotSpeak(text: string, tr: Translator): boolean {
  const words = ` ${normaliseForMatch(text).replace(/,/g, ' ').replace(/\s+/g, ' ')} `;
  return tr.words('signals.cannotSpeak').some((phrase) => words.includes(` ${normalisePhrase(phrase)} `));
}
