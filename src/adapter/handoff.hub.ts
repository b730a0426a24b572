/**
 * Who may report on a handoff (`handoff.status`): only the agent hub, never the person's own channel.
 *
 * - The event must arrive on the hub's own channel id (HANDOFF_HUB_CHANNEL_ID), which the config
 *   refuses to set to any channel people talk on (webchat, directline, msteams, sms, ...).
 * - With app credentials, the caller must also be authenticated as the hub's app
 *   (HANDOFF_HUB_APP_ID): the adapter sets callerId from the verified token
 *   ("urn:botframework:aadappid:<app id>" for a bot-to-bot call), so it can't be claimed in the body.
 * - In local mode nothing is authenticated (loopback only): the channel id is the whole rule.
 * - No hub configured: every `handoff.status` is ignored.
 */
import { CallerIdConstants, type Activity } from 'botbuilder';

export interface HandoffHubRule {
  channelId: string;
  /** The hub's Azure app id; required when requests are authenticated. */
  appId?: string;
  /** Requests are authenticated (app credentials are set). */
  authenticated: boolean;
}

export function isFromHandoffHub(activity: Partial<Activity>, hub: HandoffHubRule | undefined): boolean {
  if (!hub || activity.channelId !== hub.channelId) return false;
  if (!hub.authenticated) return true;
  return hub.appId !== undefined && activity.callerId === `${CallerIdConstants.BotToBotPrefix}${hub.appId}`;
}
