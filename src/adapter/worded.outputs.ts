/**
 * Messages worded with what only the running bot knows, filled in before rendering (the machine
 * stays pure): how long what the person types is kept (RETENTION_DAYS, in the welcome), and
 * whether the National Stalking Helpline is open now (when they ask to talk to a person).
 */
import type { Output } from '../../machines/triage.types';
import type { Translator } from '../i18n';
import { availability, type ServicesConfig } from '../services';
import { hoursSay } from '../services/next.steps';

export interface RunningFacts {
  retentionDays: number;
  services: ServicesConfig;
  now: Date;
  tr: Translator;
}

/** "The National Stalking Helpline is open now, until 16:00." (and "check current hours" when unsure). */
function helplineHours(facts: RunningFacts): string {
  return hoursSay('nationalStalkingHelpline', availability(facts.services, 'nationalStalkingHelpline', facts.now))
    .map((s) => facts.tr.t(s.key, s.params))
    .join(' ');
}

export function withRunningFacts(outputs: readonly Output[], facts: RunningFacts): Output[] {
  return outputs.map((output) => {
    if (output.kind !== 'say') return output;
    switch (output.key) {
      case 'welcome.privacy':
        return { ...output, params: { ...output.params, retentionDays: facts.retentionDays } };
      case 'person.intro':
        return { ...output, params: { ...output.params, hours: helplineHours(facts) } };
      default:
        return output;
    }
  });
}
