/**
 * The options step's recommendation, worded with the clock and the services file
 * (src/services/recommendation.ts). Pure: no bot, a fixed instant per test.
 */
import { describe, expect, it } from 'vitest';
import type { RoutePlan } from '../../dialogs/routes';
import { defaultServices } from '../../src/services';
import { expandRecommendation } from '../../src/services/recommendation';

const services = defaultServices();
const SATURDAY = new Date('2026-11-28T12:00:00Z');
const TUESDAY = new Date('2026-12-01T11:00:00Z');
const keys = (route: RoutePlan, now: Date, config = services) => expandRecommendation(route, config, now).map((s) => s.key);

describe('expandRecommendation', () => {
  it('open: the recommendation, then the extras in order', () => {
    expect(keys({ recommended: 'policeAndHelpline', extras: ['paladin', 'domesticAbuse'] }, TUESDAY)).toEqual([
      'options.recommend.policeAndHelpline',
      'options.extra.paladin',
      'options.extra.domesticAbuse',
    ]);
  });

  it('closed: what is open now, the domestic abuse line, when the helpline opens, then the rest', () => {
    expect(keys({ recommended: 'policeAndHelpline', extras: ['paladin', 'revengePorn', 'domesticAbuse'] }, SATURDAY)).toEqual([
      'options.openNow.policeAndHelpline',
      'options.extra.domesticAbuse',
      'options.helplineOpens.onDay',
      'options.extra.paladin',
      'options.extra.revengePorn',
    ]);
    // The helpline route (no police): when the helpline opens leads, then Samaritans and 101.
    expect(keys({ recommended: 'helpline', extras: ['domesticAbuse', 'paladin'] }, SATURDAY)).toEqual([
      'options.extra.domesticAbuse',
      'options.helplineOpens.onDay',
      'options.openNow.helpline',
      'options.extra.paladin',
    ]);
    expect(expandRecommendation({ recommended: 'helpline', extras: [] }, services, SATURDAY)[0]).toEqual({
      kind: 'say',
      key: 'options.helplineOpens.onDay',
      params: { time: '09:30', day: 'days.mon' },
    });
  });

  it('closed: 999 and Samaritans routes do not change (they never lean on the helpline)', () => {
    expect(keys({ recommended: 'emergency', extras: ['paladin'] }, SATURDAY)).toEqual(['options.recommend.emergency', 'options.extra.paladin']);
    expect(keys({ recommended: 'crisis', extras: [] }, SATURDAY)).toEqual(['options.recommend.crisis']);
  });

  it('Scotland and Northern Ireland: the police lead, whatever the time; Wales is covered by the helpline', () => {
    for (const now of [SATURDAY, TUESDAY]) {
      const said = expandRecommendation({ recommended: 'helpline', extras: ['domesticAbuseScotland'], nation: 'scotland' }, services, now);
      expect(said.map((s) => s.key)).toEqual(['options.recommendOutside.helpline', 'options.extra.domesticAbuseScotland']);
      expect(said[0]!.params).toEqual({ nation: 'nations.scotland' });
    }
    expect(keys({ recommended: 'helpline', extras: ['domesticAbuseWales'], nation: 'wales' }, TUESDAY)).toEqual([
      'options.recommend.helpline',
      'options.extra.domesticAbuseWales',
    ]);
  });

  it("Northern Ireland's line says it is not yet checked until the services file says it is", () => {
    const route: RoutePlan = { recommended: 'information', extras: ['domesticAbuseNorthernIreland'], nation: 'northernIreland' };
    expect(keys(route, TUESDAY)).toContain('options.extra.domesticAbuseNorthernIrelandUnverified');
    const checked = structuredClone(services);
    delete checked.services.northernIrelandDomesticAbuse.unverified;
    expect(keys(route, TUESDAY, checked)).toContain('options.extra.domesticAbuseNorthernIreland');
  });
});
