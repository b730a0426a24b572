import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import defaultsJson from '../../src/services/services.default.json';
import {
  availability,
  DEFAULT_SERVICES_FILE,
  defaultServices,
  loadServices,
  localTime,
  readServicesFile,
  resolveServices,
  SERVICE_IDS,
  type ServicesConfig,
} from '../../src/services';

const config = defaultServices();
const nsh = (iso: string) => availability(config, 'nationalStalkingHelpline', new Date(iso));

/** A deep copy of the default file to break in one place. */
function copyDefaults(): any {
  return JSON.parse(JSON.stringify(defaultsJson));
}

function errorOf(fn: () => unknown): string {
  try {
    fn();
  } catch (err) {
    return (err as Error).message;
  }
  throw new Error('expected a throw');
}

describe('localTime', () => {
  it('reads BST in summer and GMT in winter', () => {
    expect(localTime(new Date('2026-06-10T08:00:00Z'), 'Europe/London')).toEqual({
      date: '2026-06-10',
      weekday: 'wed',
      minutes: 9 * 60,
    });
    expect(localTime(new Date('2026-01-14T08:00:00Z'), 'Europe/London')).toEqual({
      date: '2026-01-14',
      weekday: 'wed',
      minutes: 8 * 60,
    });
  });

  it('midnight is 00:00 on the new local day (BST: 23:00Z the day before)', () => {
    expect(localTime(new Date('2026-06-09T23:00:00Z'), 'Europe/London')).toEqual({
      date: '2026-06-10',
      weekday: 'wed',
      minutes: 0,
    });
  });
});

describe('availability: National Stalking Helpline (weekdays 09:30-16:00, Wednesday 13:00-16:00, uncertain, bank holidays closed)', () => {
  it('weekday before opening: closed, opens today 09:30', () => {
    // 09:00 BST Tuesday
    expect(nsh('2026-06-09T08:00:00Z')).toEqual({
      status: 'closed',
      opensAt: { date: '2026-06-09', weekday: 'tue', time: '09:30', isToday: true, isTomorrow: false },
      uncertain: true,
    });
  });

  it('opens exactly at 09:30 local', () => {
    expect(nsh('2026-06-09T08:29:59Z').status).toBe('closed');
    expect(nsh('2026-06-09T08:30:00Z')).toEqual({ status: 'open', closesAt: '16:00', uncertain: true });
  });

  it('during hours: open, closes 16:00', () => {
    // 12:00 BST Tuesday
    expect(nsh('2026-06-09T11:00:00Z')).toEqual({ status: 'open', closesAt: '16:00', uncertain: true });
  });

  it('15:59 open; 16:00 closed, opens tomorrow (Wednesday) at 13:00', () => {
    expect(nsh('2026-06-09T14:59:00Z')).toEqual({ status: 'open', closesAt: '16:00', uncertain: true });
    expect(nsh('2026-06-09T15:00:00Z')).toEqual({
      status: 'closed',
      opensAt: { date: '2026-06-10', weekday: 'wed', time: '13:00', isToday: false, isTomorrow: true },
      uncertain: true,
    });
  });

  it('Wednesday morning: closed, opens today at 13:00 (FACTS.md: Wednesday 13:00-16:00)', () => {
    // 10:00 BST Wednesday
    expect(nsh('2026-06-10T09:00:00Z')).toEqual({
      status: 'closed',
      opensAt: { date: '2026-06-10', weekday: 'wed', time: '13:00', isToday: true, isTomorrow: false },
      uncertain: true,
    });
    expect(nsh('2026-06-10T11:59:59Z').status).toBe('closed');
    expect(nsh('2026-06-10T12:00:00Z')).toEqual({ status: 'open', closesAt: '16:00', uncertain: true });
  });

  it('Friday evening: opens Monday 09:30', () => {
    // 19:00 BST Friday 12 June 2026
    expect(nsh('2026-06-12T18:00:00Z')).toEqual({
      status: 'closed',
      opensAt: { date: '2026-06-15', weekday: 'mon', time: '09:30', isToday: false, isTomorrow: false },
      uncertain: true,
    });
  });

  it('weekend: Saturday and Sunday closed, opens Monday (Sunday: Monday is tomorrow)', () => {
    expect(nsh('2026-06-13T11:00:00Z')).toMatchObject({
      status: 'closed',
      opensAt: { date: '2026-06-15', weekday: 'mon', time: '09:30', isToday: false, isTomorrow: false },
    });
    expect(nsh('2026-06-14T11:00:00Z')).toMatchObject({
      status: 'closed',
      opensAt: { date: '2026-06-15', weekday: 'mon', time: '09:30', isToday: false, isTomorrow: true },
    });
  });

  it('bank holiday: Christmas Day 2026 (Fri) -> Tuesday 29th, as Monday 28th is also a bank holiday', () => {
    // 11:00 GMT Friday 25 December 2026, during what would be opening hours
    expect(nsh('2026-12-25T11:00:00Z')).toEqual({
      status: 'closed',
      opensAt: { date: '2026-12-29', weekday: 'tue', time: '09:30', isToday: false, isTomorrow: false },
      uncertain: true,
    });
  });

  it('the evening before a bank holiday skips it (Thursday 2 April 2026 -> Tuesday 7 April, Easter)', () => {
    expect(nsh('2026-04-02T17:00:00Z')).toMatchObject({
      status: 'closed',
      opensAt: { date: '2026-04-07', weekday: 'tue', time: '09:30' },
    });
  });

  it('GMT in winter: 09:15Z is 09:15 local (closed), 09:30Z open, 15:59Z open, 16:00Z closed', () => {
    expect(nsh('2026-01-13T09:15:00Z')).toMatchObject({
      status: 'closed',
      opensAt: { date: '2026-01-13', time: '09:30', isToday: true },
    });
    expect(nsh('2026-01-13T09:30:00Z')).toEqual({ status: 'open', closesAt: '16:00', uncertain: true });
    expect(nsh('2026-01-13T15:59:00Z').status).toBe('open');
    expect(nsh('2026-01-13T16:00:00Z').status).toBe('closed');
    // In BST the same UTC instant 15:30Z is 16:30 local: closed.
    expect(nsh('2026-06-10T15:30:00Z').status).toBe('closed');
  });

  it('across the clocks going forward (Sun 29 March 2026): Friday evening GMT -> Monday 09:30 BST', () => {
    expect(nsh('2026-03-27T18:00:00Z')).toMatchObject({
      status: 'closed',
      opensAt: { date: '2026-03-30', weekday: 'mon', time: '09:30' },
    });
    // Monday 30 March 08:30Z is 09:30 BST: open.
    expect(nsh('2026-03-30T08:30:00Z').status).toBe('open');
  });

  it('across the clocks going back (Sun 25 October 2026): Monday 08:30Z is 08:30 GMT, closed', () => {
    expect(nsh('2026-10-26T08:30:00Z')).toMatchObject({
      status: 'closed',
      opensAt: { date: '2026-10-26', time: '09:30', isToday: true },
    });
    expect(nsh('2026-10-26T09:30:00Z').status).toBe('open');
  });

  it('local date, not UTC date: 23:30Z Sunday in BST is already 00:30 Monday', () => {
    expect(nsh('2026-06-14T23:30:00Z')).toMatchObject({
      status: 'closed',
      opensAt: { date: '2026-06-15', weekday: 'mon', isToday: true, isTomorrow: false },
    });
  });
});

describe('availability: other services', () => {
  const at = new Date('2026-12-25T03:00:00Z');

  it('alwaysOpen services are always open, bank holidays included', () => {
    for (const id of ['police101', 'domesticAbuse', 'samaritans'] as const) {
      expect(availability(config, id, at)).toEqual({ status: 'alwaysOpen' });
    }
  });

  it('no hours configured: unknown (Paladin, Revenge Porn Helpline)', () => {
    expect(availability(config, 'paladin', at)).toEqual({ status: 'unknown' });
    expect(availability(config, 'revengePorn', at)).toEqual({ status: 'unknown' });
  });

  it('uncertain mirrors hoursUncertain, both open and closed', () => {
    const cfg: ServicesConfig = structuredClone(config);
    cfg.services.revengePorn.weekly = { tue: [{ open: '10:00', close: '16:00' }] };
    cfg.services.revengePorn.hoursUncertain = false;
    // Tue 9 June 2026, 12:00 BST
    expect(availability(cfg, 'revengePorn', new Date('2026-06-09T11:00:00Z'))).toEqual({
      status: 'open',
      closesAt: '16:00',
      uncertain: false,
    });
    delete cfg.services.revengePorn.hoursUncertain;
    expect(availability(cfg, 'revengePorn', new Date('2026-06-09T16:00:00Z'))).toMatchObject({
      status: 'closed',
      uncertain: false,
      opensAt: { date: '2026-06-16', weekday: 'tue', time: '10:00' },
    });
    cfg.services.revengePorn.hoursUncertain = true;
    expect(availability(cfg, 'revengePorn', new Date('2026-06-09T11:00:00Z'))).toMatchObject({ uncertain: true });
  });

  it('bank holidays are not skipped without closedOnBankHolidays', () => {
    const cfg: ServicesConfig = structuredClone(config);
    delete cfg.services.nationalStalkingHelpline.closedOnBankHolidays;
    expect(availability(cfg, 'nationalStalkingHelpline', new Date('2026-12-25T11:00:00Z'))).toMatchObject({
      status: 'open',
    });
  });

  it('split day: the next interval later today; touching intervals report the later close', () => {
    const cfg: ServicesConfig = structuredClone(config);
    cfg.services.paladin.weekly = {
      wed: [
        { open: '09:30', close: '12:00' },
        { open: '13:00', close: '16:00' },
        { open: '16:00', close: '20:00' },
      ],
    };
    const p = (iso: string) => availability(cfg, 'paladin', new Date(iso));
    expect(p('2026-06-10T11:30:00Z')).toMatchObject({ status: 'closed', opensAt: { time: '13:00', isToday: true } });
    expect(p('2026-06-10T12:30:00Z')).toMatchObject({ status: 'open', closesAt: '20:00' });
  });

  it('nothing within 14 days: closed with no opensAt', () => {
    const cfg: ServicesConfig = structuredClone(config);
    cfg.services.nationalStalkingHelpline.weekly = { mon: [{ open: '09:30', close: '16:00' }] };
    cfg.bankHolidays = ['2026-06-15', '2026-06-22', '2026-06-29'];
    expect(availability(cfg, 'nationalStalkingHelpline', new Date('2026-06-12T10:00:00Z'))).toEqual({
      status: 'closed',
      uncertain: true,
    });
  });
});

describe('services file schema', () => {
  it('the default file validates, with every service and the facts from FACTS.md', () => {
    expect(Object.keys(config.services).sort()).toEqual([...SERVICE_IDS].sort());
    expect(config.timeZone).toBe('Europe/London');
    expect(config.services.nationalStalkingHelpline.phone).toBe('0808 802 0300');
    expect(config.services.police101).toMatchObject({ phone: '101', textphone: '18001 101', alwaysOpen: true });
    expect(config.services.paladin.phone).toBe('020 3866 4107');
    expect(config.services.revengePorn.phone).toBe('0345 6000 459');
    expect(config.services.domesticAbuse).toMatchObject({ phone: '0808 2000 247', alwaysOpen: true });
    expect(config.services.samaritans).toMatchObject({ phone: '116 123', alwaysOpen: true });
    expect(config.bankHolidays).toContain('2026-12-28');
    expect(config.bankHolidays).toContain('2027-03-26');
    expect(config.bankHolidays).toHaveLength(16);
  });

  it('readServicesFile reads the bundled file; resolveServices falls back to it', () => {
    expect(readServicesFile(DEFAULT_SERVICES_FILE)).toEqual(config);
    expect(resolveServices()).toEqual(config);
    expect(resolveServices(DEFAULT_SERVICES_FILE)).toEqual(config);
  });

  it('invalid time: names the path', () => {
    const bad = copyDefaults();
    bad.services.nationalStalkingHelpline.weekly.wed[0].open = '9:30';
    const msg = errorOf(() => loadServices(bad));
    expect(msg).toContain('Invalid services configuration');
    expect(msg).toContain('services.nationalStalkingHelpline.weekly.wed[0].open');
    expect(msg).toContain('HH:MM');

    bad.services.nationalStalkingHelpline.weekly.wed[0].open = '24:00';
    expect(errorOf(() => loadServices(bad))).toContain('services.nationalStalkingHelpline.weekly.wed[0].open');
  });

  it('close before (or equal to) open: names the path and the open time', () => {
    const bad = copyDefaults();
    bad.services.nationalStalkingHelpline.weekly.wed = [{ open: '13:00', close: '09:30' }];
    const msg = errorOf(() => loadServices(bad));
    expect(msg).toContain('services.nationalStalkingHelpline.weekly.wed[0].close: must be after open (13:00)');

    bad.services.nationalStalkingHelpline.weekly.wed = [{ open: '13:00', close: '13:00' }];
    expect(errorOf(() => loadServices(bad))).toContain('must be after open (13:00)');
  });

  it('overlapping intervals are rejected', () => {
    const bad = copyDefaults();
    bad.services.nationalStalkingHelpline.weekly.wed = [
      { open: '09:30', close: '16:00' },
      { open: '13:00', close: '20:00' },
    ];
    expect(errorOf(() => loadServices(bad))).toContain('services.nationalStalkingHelpline.weekly.wed[1].open');
  });

  it('unknown service key: rejected, lists the known ids', () => {
    const bad = copyDefaults();
    bad.services.stalkingHelpline = { phone: '0808 802 0300' };
    const msg = errorOf(() => loadServices(bad));
    expect(msg).toContain('services: unknown key(s) "stalkingHelpline"');
    expect(msg).toContain('nationalStalkingHelpline');
  });

  it('unknown keys elsewhere (typo in a day or a field) are rejected', () => {
    const bad = copyDefaults();
    bad.services.nationalStalkingHelpline.weekly.wednesday = [];
    bad.services.police101.alwaysopen = true;
    const msg = errorOf(() => loadServices(bad));
    expect(msg).toContain('services.nationalStalkingHelpline.weekly: unknown key(s) "wednesday"');
    expect(msg).toContain('services.police101: unknown key(s) "alwaysopen"');
  });

  it('a missing service is an error', () => {
    const bad = copyDefaults();
    delete bad.services.samaritans;
    expect(errorOf(() => loadServices(bad))).toContain('services.samaritans');
  });

  it('bad dates: wrong format and impossible dates, naming the index', () => {
    const bad = copyDefaults();
    bad.bankHolidays = ['2026-12-25', '25/12/2026', '2026-02-30'];
    const msg = errorOf(() => loadServices(bad));
    expect(msg).toContain('bankHolidays[1]: must be a real calendar date "YYYY-MM-DD"');
    expect(msg).toContain('bankHolidays[2]');
    expect(msg).not.toContain('bankHolidays[0]');
  });

  it('other checks: time zone, alwaysOpen with weekly, empty phone', () => {
    const bad = copyDefaults();
    bad.timeZone = 'Europe/Londres';
    bad.services.samaritans.weekly = { mon: [{ open: '09:00', close: '17:00' }] };
    bad.services.paladin.phone = ' ';
    const msg = errorOf(() => loadServices(bad));
    expect(msg).toContain('timeZone: must be an IANA time zone');
    expect(msg).toContain('services.samaritans.weekly: must be left out when alwaysOpen is true');
    expect(msg).toContain('services.paladin.phone');
  });

  it('readServicesFile: errors name the file (missing, bad JSON, invalid)', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'services-'));
    const missing = path.join(dir, 'missing.json');
    expect(errorOf(() => readServicesFile(missing))).toContain(`Cannot read services file ${missing}`);

    const broken = path.join(dir, 'broken.json');
    writeFileSync(broken, '{ "timeZone": ');
    expect(errorOf(() => readServicesFile(broken))).toContain(`Services file ${broken} is not valid JSON`);

    const invalid = path.join(dir, 'invalid.json');
    const bad = copyDefaults();
    bad.bankHolidays.push('2027-13-01');
    writeFileSync(invalid, JSON.stringify(bad));
    const msg = errorOf(() => readServicesFile(invalid));
    expect(msg).toContain(`Services file ${invalid}`);
    expect(msg).toContain('bankHolidays[16]');
  });
});
