/**
 * Turns the machine's `nextSteps` output into what to say: what the chosen service does and
 * whether it is open now ("open until 16:00", "opens Monday at 09:30", "check current hours").
 * Pure: the clock and the services configuration are passed in.
 */
import type { RouteChoice } from '../../dialogs/routes';
import type { Output } from '../../machines/triage.types';
import type { CopyKey } from '../i18n/copy.keys';
import { availability, type Availability } from './hours';
import type { ServiceId, ServicesConfig } from './services.schema';

type NextSteps = Extract<Output, { kind: 'nextSteps' }>;
type Say = Extract<Output, { kind: 'say' }>;

/** A message from the catalogue: every key here, and every key passed as a parameter, is checked against it. */
const say = (key: CopyKey, params?: Say['params']): Say => ({ kind: 'say', key, ...(params ? { params } : {}) });

/** The service whose hours matter for each choice. */
const SERVICE_FOR: Record<RouteChoice, ServiceId> = {
  helpline: 'nationalStalkingHelpline',
  police: 'police101',
  otherService: 'nationalStalkingHelpline',
  justInfo: 'nationalStalkingHelpline',
  notSure: 'nationalStalkingHelpline',
};

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
  const service = SERVICE_FOR[chosen];
  // Someone who was in crisis hears about Samaritans again at the end.
  const samaritans: Say[] = output.extras.includes('samaritans') ? [say('options.extra.samaritans')] : [];
  return [say(`end.next.${chosen}`), ...hoursSay(service, availability(services, service, now)), ...samaritans];
}

/** Replaces every nextSteps output with its words; other outputs pass through. */
export function expandOutputs(outputs: readonly Output[], services: ServicesConfig, now: Date): Output[] {
  return outputs.flatMap((o) => (o.kind === 'nextSteps' ? expandNextSteps(o, services, now) : [o]));
}
