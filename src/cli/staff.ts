/**
 * Staff accounts from the command line (the same database the bot uses, through the storage layer):
 *
 *   npm run staff -- add EMAIL --role reviewer|admin [--password-stdin]
 *   npm run staff -- reset EMAIL [--password-stdin]
 *   npm run staff -- disable EMAIL
 *   npm run staff -- list
 *
 * Without --password-stdin, a one-time enrolment link is printed (valid 24 hours) where the person
 * sets their password and two-factor. With it, the password is read from standard input and, when
 * two-factor is required, the authenticator secret is printed once (URI and QR code).
 *
 * Works while the bot runs, on SQLite (the CLI opens the file as a short-lived tool, beside the
 * one bot process) and on PostgreSQL.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import dotenv from 'dotenv';
import { ConfigError, PROJECT_ROOT, loadConfig } from '../config';
import { AccountError, ENROLMENT_LINK_HOURS, StaffAccounts, type Enrolment } from '../staff/accounts';
import { createStaffStores } from '../staff/store';
import { openStorage, StorageUnavailableError, type Storage } from '../storage';
import { STAFF_ROLES, type StaffRole } from '../staff/store/staff.store';
import { totpQrTerminal } from '../staff/totp';

const USAGE = `Usage:
  npm run staff -- add EMAIL --role reviewer|admin [--password-stdin]
  npm run staff -- reset EMAIL [--password-stdin]
  npm run staff -- disable EMAIL
  npm run staff -- list`;

class UsageError extends Error {}

async function readStdin(): Promise<string> {
  if (process.stdin.isTTY) process.stderr.write('Password (then Enter, Ctrl-D): ');
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8').replace(/\r?\n$/, '');
}

async function printEnrolment(result: Enrolment): Promise<void> {
  const { account } = result;
  if (result.link) {
    console.log(`Enrolment link for ${account.email} (works once, for ${ENROLMENT_LINK_HOURS} hours; it is not stored, so copy it now):`);
    console.log(result.link);
  } else if (result.totpUri) {
    console.log(`Password set for ${account.email}. Add this to their authenticator app now (it is shown only once):`);
    console.log(result.totpUri);
    console.log(await totpQrTerminal(result.totpUri));
  } else {
    console.log(`Password set for ${account.email} (two-factor is off: local mode only).`);
  }
}

async function main(argv: string[]): Promise<void> {
  const { values, positionals } = parseArgs({
    args: argv,
    options: { role: { type: 'string' }, 'password-stdin': { type: 'boolean', default: false }, help: { type: 'boolean', default: false } },
    allowPositionals: true,
  });
  const [command, email] = positionals;
  if (values.help || !command) throw new UsageError(USAGE);

  dotenv.config({ path: path.join(PROJECT_ROOT, '.env'), quiet: true });
  const config = loadConfig();
  if (config.storage.kind === 'memory') throw new UsageError('STORAGE=memory keeps nothing between processes: accounts made here would vanish. Use sqlite or postgres.');
  // As a tool: on SQLite it opens the file beside the running bot (which keeps the one-bot lock).
  const storage: Storage = openStorage(config.storage, { role: 'tool' });
  const stores = createStaffStores(storage);
  const accounts = new StaffAccounts(stores, { baseUrl: config.staff.baseUrl, require2fa: config.staff.require2fa });
  try {
    switch (command) {
      case 'add': {
        const role = values.role as StaffRole | undefined;
        if (!email || !role || !STAFF_ROLES.includes(role)) throw new UsageError(`add needs an email and --role reviewer|admin\n${USAGE}`);
        const password = values['password-stdin'] ? await readStdin() : undefined;
        await printEnrolment(await accounts.add(email, role, password));
        break;
      }
      case 'reset': {
        if (!email) throw new UsageError(`reset needs an email\n${USAGE}`);
        const password = values['password-stdin'] ? await readStdin() : undefined;
        await printEnrolment(await accounts.reset(email, password));
        console.log('Every session of this account has ended.');
        break;
      }
      case 'disable': {
        if (!email) throw new UsageError(`disable needs an email\n${USAGE}`);
        const account = await accounts.disable(email);
        console.log(`Disabled ${account.email}; every session has ended. \`reset\` enables it again.`);
        break;
      }
      case 'list': {
        for (const a of await accounts.list()) {
          const state = a.disabledAt ? 'disabled' : !a.passwordHash ? 'not enrolled' : a.lockedUntil && a.lockedUntil > new Date().toISOString() ? 'locked' : 'active';
          console.log(`${a.email}\t${a.role}\t${state}\t2FA ${a.totpSecret && a.passwordHash ? 'on' : 'off'}\tcreated ${a.createdAt}`);
        }
        break;
      }
      default:
        throw new UsageError(`Unknown command "${command}".\n${USAGE}`);
    }
  } finally {
    await stores.close();
    await storage.close();
  }
}


main(process.argv.slice(2)).catch((err: unknown) => {
  if (err instanceof UsageError || err instanceof AccountError || err instanceof ConfigError) console.error(err.message);
  else if (err instanceof StorageUnavailableError) console.error('The database is not reachable (or could not be migrated): nothing was changed. Check DATABASE_URL / SQLITE_PATH and try again.');
  else console.error('Failed:', err instanceof Error ? err.name : 'unknown error');
  process.exit(1);
});
