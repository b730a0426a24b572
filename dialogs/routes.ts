/**
 * Where the options step can send someone, and the extra services it can add. Numbers, hours
 * and wording live in the locale and configuration, never here.
 */
import type { Nation } from './facts';

export const ROUTES = ['emergency', 'crisis', 'policeAndHelpline', 'helpline', 'information'] as const;
export type RouteId = (typeof ROUTES)[number];

/**
 * Extra services recommended alongside the main route. `revengePorn` (adults) and `reportRemove`
 * (Childline and Report Remove, under 18) for intimate images; `childline` for anyone under 18;
 * one domestic abuse entry per nation (England's offers Refuge, the Men's Advice Line and Galop).
 */
export const EXTRA_SERVICES = [
  'paladin',
  'revengePorn',
  'reportRemove',
  'childline',
  'domesticAbuse',
  'domesticAbuseWales',
  'domesticAbuseScotland',
  'domesticAbuseNorthernIreland',
  'samaritans',
] as const;
export type ExtraService = (typeof EXTRA_SERVICES)[number];

/** The domestic abuse line for each nation (the National Stalking Helpline covers England and Wales). */
export const DOMESTIC_ABUSE_LINE: Record<Nation, ExtraService> = {
  england: 'domesticAbuse',
  wales: 'domesticAbuseWales',
  scotland: 'domesticAbuseScotland',
  northernIreland: 'domesticAbuseNorthernIreland',
};

/** Nations the National Stalking Helpline does not cover: the police lead instead. */
export const OUTSIDE_HELPLINE_AREA: readonly Nation[] = ['scotland', 'northernIreland'];
/** Whether the person said they live where the National Stalking Helpline does not cover. */
export function outsideHelplineArea(nation: Nation | undefined): nation is Nation {
  return nation !== undefined && OUTSIDE_HELPLINE_AREA.includes(nation);
}

/** What the options step recommends: the route, the extra services, and where they live if they said. */
export interface RoutePlan {
  recommended: RouteId;
  extras: ExtraService[];
  nation?: Nation;
}

/** What the person chose at the options step. */
export const ROUTE_CHOICES = ['helpline', 'police', 'otherService', 'justInfo', 'notSure'] as const;
export type RouteChoice = (typeof ROUTE_CHOICES)[number];
