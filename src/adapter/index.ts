export { createBotEndpoint, type BotEndpoint, type BotEndpointOptions } from './bot.adapter';
export { createTurnHandler, conversationKey, BadActivityError, type TurnDeps } from './triage.turn';
export type { Detectors } from './activity.events';
export { createDirectTurnRunner, type DirectTurnRunner, type DirectInbound, type DirectMessage } from './direct.turn';
export { createDirectLineBridge, DIRECTLINE_BOT, type DirectLineBridge } from './directline.bridge';
export type { TurnHandler } from './triage.turn';
export { trackTurns, type TrackedTurnHandler } from './turns.in.flight';
