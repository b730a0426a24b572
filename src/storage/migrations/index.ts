/**
 * Every migration, by name. Names sort in the order they run (`NNNN_what`); a feature adding
 * tables adds its file here with the next number (test/storage/migrations.test.ts checks that every
 * file in this folder is listed). Each migration works on SQLite and PostgreSQL alike: use Kysely's
 * schema builder with portable types (text, integer, bigint, and ISO text for times).
 */
import type { Migration } from 'kysely/migration';
import * as setAsideV0 from './0000_set_aside_v0_tables';
import * as conversations from './0001_conversations';
import * as handoffs from './0002_handoffs';
import * as storageProbes from './0003_storage_probes';
import * as importV0 from './0004_import_v0_tables';
import * as directLine from './0005_directline';
import * as staffConsole from './0006_staff_console';
import * as handoffRisk from './0007_handoff_risk';
import * as staffCodeFailures from './0008_staff_code_failures';
import * as handoffMoreRisk from './0009_handoff_more_risk';

export const migrations: Record<string, Migration> = {
  '0000_set_aside_v0_tables': setAsideV0,
  '0001_conversations': conversations,
  '0002_handoffs': handoffs,
  '0003_storage_probes': storageProbes,
  '0004_import_v0_tables': importV0,
  '0005_directline': directLine,
  '0006_staff_console': staffConsole,
  '0007_handoff_risk': handoffRisk,
  '0008_staff_code_failures': staffCodeFailures,
  '0009_handoff_more_risk': handoffMoreRisk,
};
