/**
 * The example messages the issue uses for serious harm with no time given and for threats to
 * kill, with the verdict the real detector (src/safety) gives them. Tests that rely on these
 * verdicts check them first (test/safety/detector.test.ts), so a detector change that breaks one
 * fails there, by name, rather than deep inside a conversation test.
 */
import type { SafetyVerdict } from '../../dialogs/facts';

export const NAMED_VERDICTS: Readonly<Record<string, SafetyVerdict>> = {
  'he attacked me': { level: 'harm', rule: 'harm.attack' },
  'he set fire to my car': { level: 'harm', rule: 'harm.fire' },
  'he tried to strangle me': { level: 'harm', rule: 'harm.strangulation' },
  'my ex tried to strangle me': { level: 'harm', rule: 'harm.strangulation' },
  'he strangled me last night and then left': { level: 'harm', rule: 'harm.strangulation' },
  'he attacked me, i cant talk': { level: 'harm', rule: 'harm.attack' },
  'yes he threatened to kill me': { level: 'risk', rule: 'risk.threatToKill' },
};

