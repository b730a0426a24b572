/**
 * Wrong two-factor codes counted apart from wrong passwords (src/staff/login.ts): only someone who
 * knows the password can make them, so only they lock an account against its owner.
 */
import type { Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('staff_accounts').addColumn('code_failures', 'integer', (c) => c.notNull().defaultTo(0)).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('staff_accounts').dropColumn('code_failures').execute();
}
