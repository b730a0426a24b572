/**
 * Turns the machine's `nextSteps` output into what to say: what the chosen service does and
 * whether it is open now ("open until 16:00", "opens Monday at 09:30", "check current hours").
 * Pure: the clock and the services configuration are passed in.
 */
import { outsideHelplineArea, type ExtraService, type RouteChoice } from '../../dialogs/routes';
import type { Output } from '../../machines/triage.types';
import type { CopyKey } from '../i18n/copy.keys';
import { availability, type Availability } from './hours';
import { expandRecommendation } from './recommendation';
import type { ServiceId, ServicesConfig } from './services.schema';

type NextSteps = Extract<Output, { kind: 'nextSteps' }>;
type Say = Extract<Output, { kind: 'say' }>;

/** A message from the catalogue: every key here, and every key passed as a parameter, is checked against it. */
const say = (key: CopyKey, params?: Say['params']): Say => ({ kind: 'say', key, ...(params ? { params } : {}) });

/** The service whose hours matter for each choice ("another service" lists several instead). */
const SERVICE_FOR: Record<Exclude<RouteChoice, 'otherService'>, ServiceId> = {
  helpline: 'nationalStalkingHelpline',
  police: 'police101',
  justInfo: 'nationalStalkingHelpline',
  notSure: 'nationalStalkingHelpline',
};

/** The services behind each extra, for "another service" (never the National Stalking Helpline). */
const SERVICES_OF: Record<ExtraService, readonly ServiceId[]> = {
  paladin: ['paladin'],
  revengePorn: ['revengePorn', 'childline'],
  reportRemove: ['childline'],
  childline: ['childline'],
  domesticAbuse: ['domesticAbuse', 'mensAdviceLine', 'galop'],
  domesticAbuseWales: ['liveFearFree', 'mensAdviceLine', 'galop'],
  domesticAbuseScotland: ['scotlandDomesticAbuse'],
  domesticAbuseNorthernIreland: ['northernIrelandDomesticAbuse'],
  samaritans: ['samaritans'],
};

/** The catalogue name of a service in a list (the `domesticAbuse` service is Refuge's line). */
const nameOf = (service: ServiceId): CopyKey => (service === 'domesticAbuse' ? 'services.refuge' : `services.${service}`);

/** "Samaritans: 116 123, open any time." - one line of the "another service" list. */
export function serviceLine(service: ServiceId, services: ServicesConfig, now: Date): Say {
  const config = services.services[service];
  const base = { service: nameOf(service), phone: config.phone };
  if (config.unverified) return say('end.next.service.unverified', base);
  const open = availability(services, service, now);
  switch (open.status) {
    case 'alwaysOpen':
      return say('end.next.service.alwaysOpen', base);
    case 'unknown':
      return say('end.next.service.unknown', base);
    case 'open':
      return say(open.uncertain ? 'end.next.service.openUncertain' : 'end.next.service.open', { ...base, time: open.closesAt });
    case 'closed': {
      const when = open.opensAt;
      if (!when) return say('end.next.service.closed', base);
      const key = when.isToday ? 'end.next.service.opensToday' : when.isTomorrow ? 'end.next.service.opensTomorrow' : 'end.next.service.opensOn';
      return say(key, { ...base, time: when.time, day: `days.${when.weekday}` satisfies CopyKey });
    }
  }
}

/** Other services for what they told us, with their hours: the police, Samaritans, then the extras' services. */
export function otherServices(extras: readonly ExtraService[], services: ServicesConfig, now: Date): Say[] {
  const ids = new Set<ServiceId>(['police101', ...extras.flatMap((e) => SERVICES_OF[e]), 'samaritans']);
  return [say('end.next.otherService'), ...[...ids].map((id) => serviceLine(id, services, now))];
}

export function hoursSay(service: ServiceId, open: Availability): Say[] {
  const base = { service: `services.${service}` satisfies CopyKey };
  switch (open.status) {
    case 'alwaysOpen':
      return [say('hours.alwaysOpen', base)];
    case 'unknown':
      return [say('hours.unknown', base)];
    case 'open':
      return [
        say(open.uncertain ? 'hours.openUncertain' : 'hours.open', { ...base, time: open.closesAt }),
      ];
    case 'closed': {
      const when = open.opensAt;
      const key = !when
        ? 'hours.closed'
        : when.isToday
          ? 'hours.opensToday'
          : when.isTomorrow
            ? 'hours.opensTomorrow'
            : 'hours.opensOn';
      const params = when ? { ...base, time: when.time, day: `days.${when.weekday}` satisfies CopyKey } : base;
      const says: Say[] = [say(key, params)];
      if (open.uncertain) says.push(say('hours.checkCurrent'));
      return says;
    }
  }
}

export function expandNextSteps(output: NextSteps, services: ServicesConfig, now: Date): Say[] {
  const chosen = output.chosen ?? 'notSure';
  if (chosen === 'otherService') return otherServices(output.extras, services, now);
  // Scotland or Northern Ireland: the National Stalking Helpline covers England and Wales, so
  // "just information" and "not sure" point to the police and the services that cover them.
  const outside = outsideHelplineArea(output.nation) && (chosen === 'justInfo' || chosen === 'notSure');
  if (outside) {
    const key = chosen === 'justInfo' ? 'end.next.justInfoOutside' : 'end.next.notSureOutside';
    return [say(key, { nation: `nations.${output.nation!}` satisfies CopyKey }), ...otherServices(output.extras, services, now)];
  }
  const service = SERVICE_FOR[chosen];
  // Someone who was in crisis hears about Samaritans again at the end.
  const samaritans: Say[] = output.extras.includes('samaritans') ? [say('options.extra.samaritans')] : [];
  return [say(`end.next.${chosen}`), ...hoursSay(service, availability(services, service, now)), ...samaritans];
}

/** Replaces every nextSteps and recommendation output with its words; other outputs pass through. */
export function expandOutputs(outputs: readonly Output[], services: ServicesConfig, now: Date): Output[] {
  return outputs.flatMap((o) =>
    o.kind === 'nextSteps' ? expandNextSteps(o, services, now) : o.kind === 'recommendation' ? expandRecommendation(o.route, services, now) : [o],
  );
}
