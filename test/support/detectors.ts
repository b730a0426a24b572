/**
 * The real detectors, plus named verdicts for a few example messages the issue uses for serious
 * harm with no time given and for threats to kill. The rule-based detector (src/safety) is being
 * rewritten elsewhere (issue 8, point 1) and does not return the 'harm' level yet; these tests
 * check what the conversation does with such a verdict. Whatever the real detector says about a
 * message wins when it is more urgent (an emergency or a crisis).
 */
import type { SafetyVerdict } from '../../dialogs/facts';
import type { Detectors } from '../../src/adapter';
import { defaultDetectors } from '../../src/app';

export const NAMED_VERDICTS: Readonly<Record<string, SafetyVerdict>> = {
  'he attacked me': { level: 'harm', rule: 'harm.attack' },
  'he set fire to my car': { level: 'harm', rule: 'harm.fire' },
  'he tried to strangle me': { level: 'harm', rule: 'harm.strangulation' },
  'my ex tried to strangle me': { level: 'harm', rule: 'harm.strangulation' },
  'he strangled me last night and then left': { level: 'harm', rule: 'harm.strangulation' },
  'he attacked me, i cant talk he will hear me': { level: 'harm', rule: 'harm.attack' },
  'yes he threatened to kill me': { level: 'risk', rule: 'risk.threatToKill' },
};

const MORE_URGENT = new Set(['emergency', 'crisis']);

export function withNamedVerdicts(base: Detectors = defaultDetectors): Detectors {
  return {
    ...base,
    detectSafety: (text) => {
      const real = base.detectSafety(text);
      if (MORE_URGENT.has(real.level)) return real;
      return NAMED_VERDICTS[text.trim().toLowerCase()] ?? real;
    },
  };
}
