/**
 * Turns the machine's `recommendation` output into what to say at the options step. Pure: the
 * clock and the services configuration are passed in.
 *
 * - Scotland or Northern Ireland (they said so): the police lead; the National Stalking Helpline
 *   covers England and Wales.
 * - The National Stalking Helpline closed now: what fits their answers leads. A route with the
 *   police: 101 now (the 24-hour domestic abuse line when it applies), then when the helpline
 *   opens. The helpline or information: the 24-hour domestic abuse line when it applies, when the
 *   helpline opens, then "if you need to talk to someone now", Samaritans, and 101 if they want
 *   to report. Then the rest.
 * - Otherwise the recommendation, then the extra services.
 */
import { outsideHelplineArea, type ExtraService, type RouteId, type RoutePlan } from '../../dialogs/routes';
import type { Output } from '../../machines/triage.types';
import type { CopyKey } from '../i18n/copy.keys';
import { availability, type Availability } from './hours';
import type { ServicesConfig } from './services.schema';

type Say = Extract<Output, { kind: 'say' }>;

const say = (key: CopyKey, params?: Say['params']): Say => ({ kind: 'say', key, ...(params ? { params } : {}) });

/** Routes whose recommendation leans on the National Stalking Helpline being there. */
const HELPLINE_ROUTES: readonly RouteId[] = ['policeAndHelpline', 'helpline', 'information'];

const DOMESTIC_ABUSE: readonly ExtraService[] = ['domesticAbuse', 'domesticAbuseWales', 'domesticAbuseScotland', 'domesticAbuseNorthernIreland'];

/** One extra service's message; Northern Ireland's line says it is not yet checked while the file marks it so. */
export function extraSay(extra: ExtraService, services: ServicesConfig): Say {
  if (extra === 'domesticAbuseNorthernIreland' && services.services.northernIrelandDomesticAbuse.unverified) {
    return say('options.extra.domesticAbuseNorthernIrelandUnverified');
  }
  return say(`options.extra.${extra}`);
}

/** "It's closed right now and opens tomorrow at 09:30": when the helpline next opens. */
function helplineOpens(open: Extract<Availability, { status: 'closed' }>): Say {
  const when = open.opensAt;
  if (!when) return say('options.helplineOpens.later');
  if (when.isToday) return say('options.helplineOpens.today', { time: when.time });
  if (when.isTomorrow) return say('options.helplineOpens.tomorrow', { time: when.time });
  return say('options.helplineOpens.onDay', { time: when.time, day: `days.${when.weekday}` satisfies CopyKey });
}

export function expandRecommendation(route: RoutePlan, services: ServicesConfig, now: Date): Say[] {
  const extras = route.extras.map((e) => extraSay(e, services));
  const { recommended, nation } = route;
  if (outsideHelplineArea(nation) && recommended !== 'crisis') {
    return [say(`options.recommendOutside.${recommended as Exclude<RouteId, 'crisis'>}`, { nation: `nations.${nation}` satisfies CopyKey }), ...extras];
  }
  const helpline = availability(services, 'nationalStalkingHelpline', now);
  if (helpline.status === 'closed' && HELPLINE_ROUTES.includes(recommended)) {
    const openNow = say(`options.openNow.${recommended as 'policeAndHelpline' | 'helpline' | 'information'}`);
    const domestic = route.extras.filter((e) => DOMESTIC_ABUSE.includes(e)).map((e) => extraSay(e, services));
    const others = route.extras.filter((e) => !DOMESTIC_ABUSE.includes(e)).map((e) => extraSay(e, services));
    // Police first only when the route calls for them; otherwise the helpline they were pointed to.
    if (recommended === 'policeAndHelpline') return [openNow, ...domestic, helplineOpens(helpline), ...others];
    return [...domestic, helplineOpens(helpline), openNow, ...others];
  }
  return [say(`options.recommend.${recommended}`), ...extras];
}
