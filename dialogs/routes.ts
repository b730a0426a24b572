/**
 * Where the options step can send someone, and the extra services it can add. Numbers, hours
 * and wording live in the locale and configuration, never here.
 */
export const ROUTES = ['emergency', 'crisis', 'policeAndHelpline', 'helpline', 'information'] as const;
export type RouteId = (typeof ROUTES)[number];

/** Extra services recommended alongside the main route. */
export const EXTRA_SERVICES = ['paladin', 'revengePorn', 'domesticAbuse', 'samaritans'] as const;
export type ExtraService = (typeof EXTRA_SERVICES)[number];

/** What the person chose at the options step. */
export const ROUTE_CHOICES = ['helpline', 'police', 'otherService', 'justInfo', 'notSure'] as const;
export type RouteChoice = (typeof ROUTE_CHOICES)[number];
