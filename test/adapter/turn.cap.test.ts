/**
 * src/channels/turn.cap.ts: at most 3 messages a turn besides emergency guidance. Plain messages
 * are joined (evenly, in order); questions, cards and emergency guidance are never joined.
 */
import { describe, expect, it } from 'vitest';
import { capTurn, type RenderedMessage } from '../../src/channels';

const plain = (text: string): RenderedMessage => ({ text });
const ask: RenderedMessage = { text: 'Are you safe?', question: 'safety', buttons: [] };
const card: RenderedMessage = { text: 'Your summary', card: { type: 'AdaptiveCard' } };
const urgent = (text: string): RenderedMessage => ({ text, importance: 'high' });

describe('capTurn', () => {
  it('leaves a turn of 3 or fewer messages as it is', () => {
    const turn = [plain('a'), plain('b'), ask];
    expect(capTurn(turn)).toEqual(turn);
  });

  it('joins plain messages into as many as the budget leaves, split where the parts are most even, the question last', () => {
    const intro = plain('x'.repeat(200));
    const danger = plain('If you are in danger now, call 999.');
    const privacy = plain('p'.repeat(150));
    const leave = plain('l'.repeat(150));
    const capped = capTurn([intro, danger, privacy, leave, ask]);
    expect(capped.map((m) => m.text)).toEqual([`${intro.text}\n\n${danger.text}`, `${privacy.text}\n\n${leave.text}`, ask.text]);
    expect(capped.at(-1)).toBe(ask);
  });

  it('never joins a card or the question; the plain messages around a card become one each', () => {
    const capped = capTurn([card, plain('kept'), plain('next'), plain('hours'), plain('numbers'), ask]);
    expect(capped).toHaveLength(3);
    expect(capped[0]).toBe(card);
    expect(capped[1]!.text).toBe('kept\n\nnext\n\nhours\n\nnumbers');
    expect(capped[2]).toBe(ask);
  });

  it('emergency guidance is not counted, joined or moved: the rest still fits in 3', () => {
    const guidance = [urgent('Call 999.'), urgent('If you cannot speak, press 55.'), urgent('999 BSL.')];
    const capped = capTurn([...guidance, plain('a'), plain('b'), plain('c'), ask]);
    expect(capped.slice(0, 3)).toEqual(guidance);
    expect(capped.filter((m) => !m.importance)).toHaveLength(3);
    expect(capped.at(-1)).toBe(ask);
  });

  it('explanations stay explanations when joined (SMS pages them last); a mix does not', () => {
    const explanation = (text: string): RenderedMessage => ({ text, deferrable: true });
    expect(capTurn([explanation('a'), explanation('b'), explanation('c'), explanation('d'), ask])[0]).toMatchObject({ deferrable: true });
    expect(capTurn([plain('a'), explanation('b'), plain('c'), plain('d'), ask])[0]).not.toHaveProperty('deferrable');
  });
});
