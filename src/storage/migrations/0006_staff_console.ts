/**
 * The staff console's tables (src/staff/store/sql.staff.store.ts): accounts, sessions, and the audit
 * log, which is append-only in the database itself - SQLite triggers and a PostgreSQL trigger refuse
 * UPDATE and DELETE (and TRUNCATE on PostgreSQL), whoever runs them.
 *
 * `ifNotExists`: a SQLite file used by the console before the storage layer (same tables, same
 * columns, created by the console itself) is adopted as it is.
 */
import { PostgresAdapter, sql, type Kysely } from 'kysely';

/** Which engine this migration runs on (the schema differs only for the audit id and its guard). */
const isPostgres = (db: Kysely<any>) => db.getExecutor().adapter instanceof PostgresAdapter;

export async function up(db: Kysely<any>): Promise<void> {
  const postgres = isPostgres(db);
  await db.schema
    .createTable('staff_accounts')
    .ifNotExists()
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('email', 'text', (c) => c.notNull().unique())
    .addColumn('role', 'text', (c) => c.notNull())
    .addColumn('password_hash', 'text')
    .addColumn('totp_secret', 'text')
    .addColumn('totp_last_step', 'integer')
    .addColumn('enrolment_token_hash', 'text', (c) => c.unique())
    .addColumn('enrolment_expires_at', 'text')
    .addColumn('failed_logins', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('locked_until', 'text')
    .addColumn('disabled_at', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('staff_sessions')
    .ifNotExists()
    .addColumn('id_hash', 'text', (c) => c.primaryKey())
    .addColumn('account_id', 'text', (c) => c.notNull())
    .addColumn('csrf_token', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('last_seen_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('staff_sessions_by_account').ifNotExists().on('staff_sessions').column('account_id').execute();

  await db.schema
    .createTable('staff_audit_log')
    .ifNotExists()
    .addColumn('id', postgres ? 'bigserial' : 'integer', (c) => (postgres ? c.primaryKey() : c.primaryKey().autoIncrement()))
    .addColumn('at', 'text', (c) => c.notNull())
    .addColumn('actor_id', 'text')
    .addColumn('actor', 'text', (c) => c.notNull())
    .addColumn('action', 'text', (c) => c.notNull())
    .addColumn('handoff_id', 'text')
    .addColumn('detail', 'text')
    .execute();
  await db.schema.createIndex('staff_audit_by_handoff').ifNotExists().on('staff_audit_log').columns(['handoff_id', 'id']).execute();

  if (postgres) {
    await sql`CREATE OR REPLACE FUNCTION staff_audit_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN RAISE EXCEPTION 'the audit log is append-only'; END $$`.execute(db);
    await sql`CREATE TRIGGER staff_audit_no_change BEFORE UPDATE OR DELETE ON staff_audit_log
      FOR EACH ROW EXECUTE FUNCTION staff_audit_append_only()`.execute(db);
    await sql`CREATE TRIGGER staff_audit_no_truncate BEFORE TRUNCATE ON staff_audit_log
      FOR EACH STATEMENT EXECUTE FUNCTION staff_audit_append_only()`.execute(db);
  } else {
    await sql`CREATE TRIGGER IF NOT EXISTS staff_audit_no_update BEFORE UPDATE ON staff_audit_log
      BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END`.execute(db);
    await sql`CREATE TRIGGER IF NOT EXISTS staff_audit_no_delete BEFORE DELETE ON staff_audit_log
      BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END`.execute(db);
  }
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('staff_audit_log').execute();
  if (isPostgres(db)) await sql`DROP FUNCTION IF EXISTS staff_audit_append_only()`.execute(db);
  await db.schema.dropTable('staff_sessions').execute();
  await db.schema.dropTable('staff_accounts').execute();
}
