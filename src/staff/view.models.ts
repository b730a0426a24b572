/**
 * Handoff records -> what the console's templates show: plain values only (strings, booleans),
 * never markup. Templates escape every value, so a person's words always render as text.
 */
import type { SummaryData } from '../../machines/triage.types';
import { resolveLocale, translator } from '../i18n';
import { highRiskText, wordSummary } from '../summary/summary.text';
import type { HandoffNote, HandoffRecord, HandoffStatus } from '../storage/handoff.store';
import { RISK_FLAGS, riskFlags, type RiskFlag } from '../storage/handoff.risk';
import type { SafetyMoment } from '../../machines/triage.types';
import { readSafeContact } from '../contact/safe.contact';
import { revealReordering } from '../text/stored.text';
import { staffCount, staffText } from './copy';
import type { AuditEntry, StaffAccount, StaffRole } from './store';

export { RISK_FLAGS, type RiskFlag };

/**
 * Every string of a view with its reordering characters written out (src/text/stored.text.ts): a
 * person's words, a note or a reference show exactly what was typed ("0800[U+202E]4321"), never
 * digits put in another order. Our own copy holds none, so the whole view goes through it.
 */
function revealed<T>(view: T): T {
  if (typeof view === 'string') return revealReordering(view) as T;
  if (Array.isArray(view)) return view.map(revealed) as T;
  if (view && typeof view === 'object' && Object.getPrototypeOf(view) === Object.prototype) {
    return Object.fromEntries(Object.entries(view).map(([k, v]) => [k, revealed(v)])) as T;
  }
  return view;
}

// Full keys (not built from ids), so test/staff/copy.test.ts finds each in the catalogue.
const RISK_KEYS: Record<RiskFlag, string> = {
  emergency: 'staff.risk.emergency',
  threats: 'staff.risk.threats',
  violence: 'staff.risk.violence',
  strangulation: 'staff.risk.strangulation',
  highRisk: 'staff.risk.highRisk',
  weapons: 'staff.risk.weapons',
  under18: 'staff.risk.under18',
  images: 'staff.risk.images',
};

const STATUS_KEYS: Record<HandoffStatus, string> = {
  new: 'staff.status.new',
  in_progress: 'staff.status.in_progress',
  tried: 'staff.status.tried',
  contacted: 'staff.status.contacted',
  closed: 'staff.status.closed',
};

const ROUTE_KEYS: Record<HandoffRecord['route'], string> = {
  emergency: 'staff.route.emergency',
  crisis: 'staff.route.crisis',
  policeAndHelpline: 'staff.route.policeAndHelpline',
  helpline: 'staff.route.helpline',
  information: 'staff.route.information',
};

const ROLE_KEYS: Record<StaffRole, string> = { reviewer: 'staff.roles.reviewer', admin: 'staff.roles.admin' };

const MOMENT_KEYS: Partial<Record<SafetyMoment['level'], string>> = {
  emergency: 'staff.moment.emergency',
  crisis: 'staff.moment.crisis',
};

const AUDIT_ACTION_KEYS: Record<string, string> = {
  'account.add': 'staff.audit.actions.accountAdd',
  'account.disable': 'staff.audit.actions.accountDisable',
  'account.reset': 'staff.audit.actions.accountReset',
  'audit.view': 'staff.audit.actions.auditView',
  enrol: 'staff.audit.actions.enrol',
  'handoff.claim': 'staff.audit.actions.handoffClaim',
  'handoff.note': 'staff.audit.actions.handoffNote',
  'handoff.status': 'staff.audit.actions.handoffStatus',
  'handoff.view': 'staff.audit.actions.handoffView',
  'handoff.print': 'staff.audit.actions.handoffPrint',
  login: 'staff.audit.actions.login',
  'login.failed': 'staff.audit.actions.loginFailed',
  logout: 'staff.audit.actions.logout',
  'logout.everywhere': 'staff.audit.actions.logoutEverywhere',
};

export const riskLabel = (flag: RiskFlag): string => staffText(RISK_KEYS[flag]);
export const statusLabel = (status: HandoffStatus): string => staffText(STATUS_KEYS[status]);
/** A route id stored by an older version (not one we know) is shown as it is. */
export const routeLabel = (route: string): string => (route in ROUTE_KEYS ? staffText(ROUTE_KEYS[route as HandoffRecord['route']]) : route);
export const roleLabel = (role: StaffRole): string => staffText(ROLE_KEYS[role]);
const momentLabel = (level: SafetyMoment['level']): string => staffText(MOMENT_KEYS[level] ?? 'staff.moment.harm');

const LONDON = 'Europe/London';

/** "30 November 2026, 08:15" in UK time. */
export function dateTime(iso: string | null): string {
  if (!iso) return '';
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return '';
  // With the zone it is in ("GMT" or "BST"): staff anywhere read UK time (a caseworker review: times said "UK" nowhere).
  return new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', hour: '2-digit', minute: '2-digit', timeZone: LONDON, timeZoneName: 'short' }).format(d);
}

/** "08:15:30 GMT" in UK time, with its zone (transcript lines). */
export function timeOfDay(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return '';
  return new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit', second: '2-digit', timeZone: LONDON, timeZoneName: 'short' }).format(d);
}

/** "5 min", "3 h", "2 days". */
export function age(iso: string, now: Date): string {
  const minutes = Math.max(0, Math.floor((now.getTime() - Date.parse(iso)) / 60_000));
  if (minutes < 60) return staffText('staff.age.minutes', { count: minutes });
  const hours = Math.floor(minutes / 60);
  if (hours < 48) return staffText('staff.age.hours', { count: hours });
  return staffText('staff.age.days', { count: Math.floor(hours / 24) });
}

export interface ContactView {
  /** The person's own words about how and when it is safe to contact them. */
  words?: string;
  /** Shown when they left no safe way: do not contact. */
  doNotContact: boolean;
  /**
   * Their words may rule contact out ("please don't contact me, I'll ring you"): a caution above
   * them. Read as the bot reads them before sending news of its own (src/contact/safe.contact.ts),
   * which errs towards "never" ("email is fine, no texts" rules out a chat message, not an email),
   * so it says "may" and the words decide.
   */
  mayRefuse: boolean;
}

export function contactView(h: HandoffRecord): ContactView {
  const words = h.summary.contactSafe?.trim();
  if (!words) return { doNotContact: true, mayRefuse: false };
  // Read as a refusal in the conversation, and told so: do not contact, with their words.
  if (h.summary.contactRefused) return { words, doNotContact: true, mayRefuse: false };
  return { words, doNotContact: false, mayRefuse: readSafeContact(words).never };
}

export type AccountNames = Map<string, string>;

export function accountNames(accounts: readonly StaffAccount[]): AccountNames {
  return new Map(accounts.map((a) => [a.id, a.email]));
}

export function queueRow(h: HandoffRecord, names: AccountNames, now: Date) {
  return revealed(rowFields(h, names, now));
}

/** A queue row's values before `revealed` (the handoff view reveals them with its own, once). */
function rowFields(h: HandoffRecord, names: AccountNames, now: Date) {
  return {
    id: h.id,
    reference: h.reference,
    created: dateTime(h.createdAt),
    age: age(h.createdAt, now),
    route: routeLabel(h.route),
    channel: h.channelId,
    flags: riskFlags(h.summary).map((f) => ({ id: f, label: riskLabel(f) })),
    status: statusLabel(h.status),
    statusId: h.status,
    claimedBy: h.claimedBy ? (names.get(h.claimedBy) ?? staffText('staff.unknownAccount')) : '',
    contact: contactView(h),
    deletionRequested: h.deletionRequestedAt !== null,
  };
}

/** The lines a caseworker looks for; each one missing is named, so an absent line is never read as "none". */
const STAFF_CHECKED_LINES = ['relationship', 'behaviours', 'since', 'howOften', 'risk', 'evidence', 'police'] as const;

/** The bot read this line's answer from their words and they said it was right (not picked or typed as the answer). */
function readAndConfirmed(summary: SummaryData, id: string): boolean {
  const line = summary.lines.find((l) => l.id === id);
  return Boolean(line && 'answer' in line && line.answer.status === 'given' && line.answer.confirmed);
}

export function handoffView(h: HandoffRecord, notes: readonly HandoffNote[], names: AccountNames, now: Date) {
  // The summary worded for staff: "their ex-partner", "What they want to do" (the `_staff` variants), not "your".
  const tr = translator(resolveLocale(h.locale), 'staff');
  const summary = h.summary;
  const routeChoice = summary.route?.chosen;
  return revealed({
    ...rowFields(h, names, now),
    updated: dateTime(h.updatedAt),
    claimedAt: dateTime(h.claimedAt),
    closedAt: dateTime(h.closedAt),
    outcome: h.outcome ?? '',
    deletionRequestedAt: dateTime(h.deletionRequestedAt),
    highRisk: highRiskText(summary, tr) ?? '',
    lines: wordSummary(summary, tr)
      .filter((l) => l.id !== 'moments')
      .map((l) => ({ ...l, source: readAndConfirmed(summary, l.id) ? staffText('staff.handoff.readAndConfirmed') : '' })),
    // A line removed before sharing is not told apart from one never answered (that would say they withheld it).
    notInSummary: STAFF_CHECKED_LINES.filter((id) => !summary.lines.some((l) => l.id === id))
      .map((id) => tr.t(`summary.lines.${id}`))
      .join(', '),
    moments: summary.moments.map((m) => ({
      at: dateTime(m.at),
      level: m.level,
      label: momentLabel(m.level),
      check: m.check ? tr.t(`summary.values.harmCheck.${m.check}`) : '',
    })),
    // None in what they shared: never "none shown" (they may have removed the line before sharing).
    noMoments: staffText(summary.moments.length === 0 && (summary.route?.recommended ?? h.route) === 'emergency' ? 'staff.handoff.momentsRemovedEmergency' : 'staff.handoff.noMoments'),
    routeRecommended: routeLabel(summary.route?.recommended ?? h.route),
    routeExtras: (summary.route?.extras ?? []).map((e) => tr.t(`services.${e}`)).join(', '),
    routeChosen: routeChoice ? tr.t(`summary.values.route.${routeChoice}`) : staffText('staff.notChosen'),
    crimeRef: summary.crimeRef ?? '',
    consent: {
      sharedAt: dateTime(h.createdAt),
      transcriptShared: h.transcript.length > 0,
    },
    transcript: h.transcript.map((e) => ({
      time: timeOfDay(e.at),
      date: dateTime(e.at),
      who: staffText(e.from === 'user' ? 'staff.who.person' : 'staff.who.bot'),
      fromPerson: e.from === 'user',
      emergency: e.importance === 'high',
      text: e.text,
      omitted: e.omitted !== undefined ? staffCount('staff.handoff.linesLeftOut', e.omitted) : undefined,
    })),
    notes: notes.map((n) => ({ author: names.get(n.author) ?? staffText('staff.unknownAccount'), at: dateTime(n.createdAt), text: n.text })),
  });
}

export function auditRow(e: AuditEntry) {
  const key = AUDIT_ACTION_KEYS[e.action];
  return revealed({ at: dateTime(e.at), actor: e.actor, action: key ? staffText(key) : e.action, code: e.action, handoffId: e.handoffId ?? '', detail: e.detail ?? '' });
}
