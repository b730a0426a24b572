/**
 * Counts the turns running through a turn handler, so a shutdown can wait for them after the server
 * stops accepting (a turn may outlive its HTTP request: an SMS turn past Twilio's wait, for one).
 */
import type { TurnHandler } from './triage.turn';

export type TrackedTurnHandler = TurnHandler & {
  /** Resolves once no turn is running (turns started meanwhile are waited for too). */
  drain(): Promise<void>;
};

export function trackTurns(handler: TurnHandler): TrackedTurnHandler {
  const running = new Set<Promise<void>>();
  const tracked = ((context) => {
    const turn = handler(context);
    running.add(turn);
    const forget = () => running.delete(turn);
    turn.then(forget, forget);
    return turn;
  }) as TrackedTurnHandler;
  tracked.forgetConversation = (channelId, conversationId) => handler.forgetConversation(channelId, conversationId);
  tracked.failsafe = (activityLocale) => handler.failsafe(activityLocale);
  tracked.drain = async () => {
    while (running.size > 0) await Promise.allSettled([...running]);
  };
  return tracked;
}
