/** The one list of always-high-risk detector rules (dialogs/safety.ts). */
import { describe, expect, it } from 'vitest';
import { highRiskKindOf, highRiskKinds } from '../../dialogs/safety';

describe('high-risk rule ids', () => {
  it.each([
    ['harm.strangulation', 'strangulation'],
    ['risk.strangulation', 'strangulation'],
    ['risk.nonFatalStrangulation', 'strangulation'],
    ['emergency.strangulationNow', 'strangulation'],
    ['risk.threatToKill', 'threatToKill'],
    ['emergency.threatToKillTonight', 'threatToKill'],
    ['harm.threatToKillChildren', 'threatToKill'],
  ])('%s is %s', (rule, kind) => {
    expect(highRiskKindOf(rule)).toBe(kind);
  });

  it.each([['risk.threats'], ['risk.violencePast'], ['emergency.presentNow'], ['risk.strangers'], ['risk.threatToKillerWhale'], ['safety.notSafe'], ['harmCheck.now']])(
    '%s is not', (rule) => {
      expect(highRiskKindOf(rule)).toBeUndefined();
    },
  );

  it('lists each kind once, in a fixed order', () => {
    expect(highRiskKinds(['risk.threatToKill', 'harm.strangulation', 'emergency.strangulationNow'])).toEqual(['strangulation', 'threatToKill']);
    expect(highRiskKinds([])).toEqual([]);
  });
});
