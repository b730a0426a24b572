/**
 * The Bot Framework CloudAdapter, configured from our Config. Authentication is on whenever an
 * app id is set; without one (local mode) requests are not authenticated.
 */
import { CloudAdapter, ConfigurationBotFrameworkAuthentication, type TurnContext } from 'botbuilder';
import type { Config } from '../config';
import { resolveLocale } from '../i18n';
import type { Logger } from '../logger';
import { failsafeActivity } from './outgoing.activities';

export function createBotAdapter(config: Config, logger: Logger): CloudAdapter {
  const auth = new ConfigurationBotFrameworkAuthentication({
    MicrosoftAppId: config.auth.MicrosoftAppId ?? '',
    MicrosoftAppPassword: config.auth.MicrosoftAppPassword ?? '',
    MicrosoftAppType: config.auth.MicrosoftAppType,
    MicrosoftAppTenantId: config.auth.MicrosoftAppTenantId ?? '',
  });
  const adapter = new CloudAdapter(auth);
  // Last line of defence: the turn handler already catches its own errors.
  adapter.onTurnError = async (context: TurnContext, error: unknown) => {
    logger.error(
      { event: 'adapter.turnError', errName: error instanceof Error ? error.name : typeof error, channelId: context.activity?.channelId },
      'unhandled turn error',
    );
    try {
      await context.sendActivity(failsafeActivity(resolveLocale(context.activity?.locale)));
    } catch {
      logger.error({ event: 'adapter.failsafeFailed' }, 'could not send the safety message');
    }
  };
  return adapter;
}

export type { CloudAdapter };
