/**
 * Handoff records -> what the console's templates show: plain values only (strings, booleans),
 * never markup. Templates escape every value, so a person's words always render as text.
 */
import { resolveLocale, translator } from '../i18n';
import { highRiskText, wordSummary } from '../summary/summary.text';
import type { HandoffNote, HandoffRecord, HandoffStatus } from '../storage/handoff.store';
import { RISK_FLAGS, riskFlags, type RiskFlag } from '../storage/handoff.risk';
import type { AuditEntry, StaffAccount } from './store';

export { RISK_FLAGS, type RiskFlag };

export const RISK_LABELS: Record<RiskFlag, string> = {
  emergency: 'Emergency guidance shown',
  threats: 'Threats',
  violence: 'Violence',
  strangulation: 'Strangulation',
  highRisk: 'High risk',
};

export const STATUS_LABELS: Record<HandoffStatus, string> = {
  new: 'New',
  in_progress: 'In progress',
  contacted: 'Contacted',
  closed: 'Closed',
};

export const ROUTE_LABELS: Record<HandoffRecord['route'], string> = {
  emergency: 'Emergency (999)',
  policeAndHelpline: 'Police and helpline',
  helpline: 'Helpline',
  information: 'Information',
};

const LONDON = 'Europe/London';

/** "30 November 2026, 08:15" in UK time. */
export function dateTime(iso: string | null): string {
  if (!iso) return '';
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return '';
  return new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', hour: '2-digit', minute: '2-digit', timeZone: LONDON }).format(d);
}

/** "08:15:30" in UK time (transcript lines). */
export function timeOfDay(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return '';
  return new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit', second: '2-digit', timeZone: LONDON }).format(d);
}

/** "5 min", "3 h", "2 days". */
export function age(iso: string, now: Date): string {
  const minutes = Math.max(0, Math.floor((now.getTime() - Date.parse(iso)) / 60_000));
  if (minutes < 60) return `${minutes} min`;
  const hours = Math.floor(minutes / 60);
  if (hours < 48) return `${hours} h`;
  return `${Math.floor(hours / 24)} days`;
}

export interface ContactView {
  /** The person's own words about how and when it is safe to contact them. */
  words?: string;
  /** Shown when they left no safe way: do not contact. */
  doNotContact: boolean;
}

export function contactView(h: HandoffRecord): ContactView {
  const words = h.summary.contactSafe?.trim();
  return words ? { words, doNotContact: false } : { doNotContact: true };
}

export type AccountNames = Map<string, string>;

export function accountNames(accounts: readonly StaffAccount[]): AccountNames {
  return new Map(accounts.map((a) => [a.id, a.email]));
}

export function queueRow(h: HandoffRecord, names: AccountNames, now: Date) {
  return {
    id: h.id,
    reference: h.reference,
    created: dateTime(h.createdAt),
    age: age(h.createdAt, now),
    route: ROUTE_LABELS[h.route] ?? h.route,
    channel: h.channelId,
    flags: riskFlags(h.summary).map((f) => ({ id: f, label: RISK_LABELS[f] })),
    status: STATUS_LABELS[h.status],
    statusId: h.status,
    claimedBy: h.claimedBy ? (names.get(h.claimedBy) ?? 'unknown account') : '',
    contact: contactView(h),
    deletionRequested: h.deletionRequestedAt !== null,
  };
}

export function handoffView(h: HandoffRecord, notes: readonly HandoffNote[], names: AccountNames, now: Date) {
  const tr = translator(resolveLocale(h.locale));
  const summary = h.summary;
  const routeChoice = summary.route?.chosen;
  return {
    ...queueRow(h, names, now),
    updated: dateTime(h.updatedAt),
    claimedAt: dateTime(h.claimedAt),
    closedAt: dateTime(h.closedAt),
    outcome: h.outcome ?? '',
    deletionRequestedAt: dateTime(h.deletionRequestedAt),
    highRisk: highRiskText(summary, tr) ?? '',
    lines: wordSummary(summary, tr).filter((l) => l.id !== 'moments'),
    moments: summary.moments.map((m) => ({
      at: dateTime(m.at),
      level: m.level,
      label: m.level === 'emergency' ? 'Emergency guidance shown' : m.level === 'crisis' ? 'Crisis support shown' : 'Serious harm described',
      check: m.check ? tr.t(`summary.values.harmCheck.${m.check}`) : '',
    })),
    routeRecommended: summary.route ? (ROUTE_LABELS[summary.route.recommended] ?? summary.route.recommended) : ROUTE_LABELS[h.route],
    routeExtras: (summary.route?.extras ?? []).map((e) => tr.t(`services.${e}`)).join(', '),
    routeChosen: routeChoice ? tr.t(`summary.values.route.${routeChoice}`) : 'not chosen',
    crimeRef: summary.crimeRef ?? '',
    consent: {
      sharedAt: dateTime(h.createdAt),
      transcriptShared: h.transcript.length > 0,
    },
    transcript: h.transcript.map((e) => ({
      time: timeOfDay(e.at),
      date: dateTime(e.at),
      who: e.from === 'user' ? 'Person' : 'Bot',
      fromPerson: e.from === 'user',
      emergency: e.importance === 'high',
      text: e.text,
    })),
    notes: notes.map((n) => ({ author: names.get(n.author) ?? 'unknown account', at: dateTime(n.createdAt), text: n.text })),
  };
}

export function auditRow(e: AuditEntry) {
  return { at: dateTime(e.at), actor: e.actor, action: e.action, handoffId: e.handoffId ?? '', detail: e.detail ?? '' };
}
