/**
 * A handoff's risk flags, worked out from its summary when it is stored, and kept as columns so the
 * console filters and counts by risk in SQL (summaries may be sealed, so SQL can't read them).
 */
import { sql, type Kysely, type RawBuilder } from 'kysely';
import type { SummaryData } from '../../machines/triage.types';
import type { FieldCipher } from './cipher';
import type { Database, HandoffsTable } from './database';

export const RISK_FLAGS = ['emergency', 'threats', 'violence', 'strangulation', 'highRisk', 'weapons', 'under18', 'images'] as const;
export type RiskFlag = (typeof RISK_FLAGS)[number];

/** A detector rule about a weapon (src/safety/rules: held now, to hand, used). */
const WEAPON_RULE = /weapon/i;
/** Intimate images shared or threatened: the detector's rule. */
const IMAGE_RULES = new Set(['risk.imageAbuse']);
/**
 * Services the route adds only when the person said they are under 18 (machines/route.ts). Staff
 * see the route's services already; the flag puts them where the queue shows risk.
 */
const UNDER_18_SERVICES = new Set(['childline', 'reportRemove']);

/**
 * Every flag is read from what the person shared: a line they removed before sharing takes its
 * rules and answers with it (machines/answers.ts), so it raises no flag either.
 */
export function riskFlags(summary: SummaryData): RiskFlag[] {
  const present = new Set<string>(summary.riskFactorsPresent ?? []);
  const highRisk = summary.highRisk ?? [];
  const rules = [...(summary.riskRules ?? []), ...(summary.moments ?? []).map((m) => m.reason)];
  const extras = summary.route?.extras ?? [];
  const behaviours = summary.lines?.find((line) => line.id === 'behaviours');
  const toldImages = behaviours?.id === 'behaviours' && behaviours.answer.status === 'given' && behaviours.answer.value.includes('imageSharing');
  const flags: RiskFlag[] = [];
  // The route says it too when the person removed the safety moments' line before sharing.
  if ((summary.moments ?? []).some((m) => m.level === 'emergency' || m.level === 'crisis') || summary.route?.recommended === 'emergency') flags.push('emergency');
  if (present.has('threats') || present.has('threatSoon') || highRisk.includes('threatToKill')) flags.push('threats');
  if (present.has('violence')) flags.push('violence');
  if (highRisk.includes('strangulation')) flags.push('strangulation');
  if (highRisk.length > 0) flags.push('highRisk');
  if (rules.some((rule) => WEAPON_RULE.test(rule))) flags.push('weapons');
  if (extras.some((service) => UNDER_18_SERVICES.has(service))) flags.push('under18');
  // Not from the route's images service: that stays when they remove the behaviours line.
  if (toldImages || rules.some((rule) => IMAGE_RULES.has(rule))) flags.push('images');
  return flags;
}

/**
 * The queue's most urgent first (a caseworker review: newest first buried the serious cases): a
 * handoff is in the first band one of its flags is in; within a band, the longest waiting first.
 */
export const URGENCY_BANDS: readonly (readonly RiskFlag[])[] = [
  ['emergency'],
  ['highRisk', 'strangulation', 'weapons', 'under18'],
  ['threats', 'violence', 'images'],
];

/** 0 for the most urgent band ... URGENCY_BANDS.length for none. */
export function urgencyBand(flags: readonly RiskFlag[]): number {
  const band = URGENCY_BANDS.findIndex((inBand) => inBand.some((flag) => flags.includes(flag)));
  return band === -1 ? URGENCY_BANDS.length : band;
}

/** The same in SQL, from the flag columns (a row the backfill has not reached counts as no flag). */
export function urgencyBandSql(): RawBuilder<number> {
  const whens = URGENCY_BANDS.map(
    (band, index) => sql`when ${sql.join(band.map((flag) => sql`${sql.ref(RISK_COLUMNS[flag])} = 1`), sql` or `)} then ${sql.lit(index)}`,
  );
  return sql<number>`case ${sql.join(whens, sql` `)} else ${sql.lit(URGENCY_BANDS.length)} end`;
}

/** The column holding each flag (1 set, 0 not; NULL only on a row the backfill has not reached). */
export const RISK_COLUMNS = {
  emergency: 'risk_emergency',
  threats: 'risk_threats',
  violence: 'risk_violence',
  strangulation: 'risk_strangulation',
  highRisk: 'risk_high_risk',
  weapons: 'risk_weapons',
  under18: 'risk_under18',
  images: 'risk_images',
} as const satisfies Record<RiskFlag, keyof HandoffsTable>;

export type RiskColumns = { [F in RiskFlag as (typeof RISK_COLUMNS)[F]]: number };

export function riskColumns(summary: SummaryData): RiskColumns {
  const flags = new Set(riskFlags(summary));
  return Object.fromEntries(RISK_FLAGS.map((f) => [RISK_COLUMNS[f], flags.has(f) ? 1 : 0])) as RiskColumns;
}

const BATCH = 200;

/**
 * Fills the risk columns of handoffs stored before they existed (migrations 0007, 0009), reading each
 * summary with the cipher. Runs after the migrations at every start and stops at once when there
 * is nothing to do. A summary that can't be opened (its key is gone) keeps NULL flags and is
 * skipped. Safe on several instances at once (each row gets the same values). Returns rows filled.
 */
export async function backfillRiskColumns(db: Kysely<Database>, cipher: FieldCipher): Promise<number> {
  let filled = 0;
  const unreadable = new Set<string>();
  for (;;) {
    let query = db
      .selectFrom('handoffs')
      .select(['id', 'summary'])
      .where((eb) => eb.or(Object.values(RISK_COLUMNS).map((column) => eb(column, 'is', null))))
      .orderBy('id')
      .limit(BATCH);
    if (unreadable.size > 0) query = query.where('id', 'not in', [...unreadable]);
    const rows = await query.execute();
    if (rows.length === 0) return filled;
    for (const row of rows) {
      let summary: SummaryData;
      try {
        summary = JSON.parse(cipher.open(row.summary, 'handoffs.summary')) as SummaryData;
      } catch {
        unreadable.add(row.id);
        continue;
      }
      await db.updateTable('handoffs').set(riskColumns(summary)).where('id', '=', row.id).execute();
      filled++;
    }
  }
}
