/**
 * The staff console's own records, as small repositories shaped for three SQL tables:
 * `staff_accounts`, `staff_sessions` and `staff_audit_log` (append-only). Every operation that must
 * be atomic across instances (a failed login, a used TOTP step) is one method, so a SQL
 * implementation can do it in one UPDATE. Sessions live here, not in the process: several
 * instances share them once the store is a database.
 */

export const STAFF_ROLES = ['reviewer', 'admin'] as const;
export type StaffRole = (typeof STAFF_ROLES)[number];

export interface StaffAccount {
  id: string;
  /** Lower-cased. */
  email: string;
  role: StaffRole;
  /** scrypt hash string (src/staff/password.ts), or null until enrolled. */
  passwordHash: string | null;
  /** Base32 TOTP secret, or null until two-factor is set up. */
  totpSecret: string | null;
  /** The last TOTP time step accepted (a code is never accepted twice). */
  totpLastStep: number | null;
  /** SHA-256 of the one-time enrolment token, while one is outstanding. */
  enrolmentTokenHash: string | null;
  enrolmentExpiresAt: string | null;
  /** Wrong passwords (or logins to an unusable account) in a row, since the last lock ended. */
  failedLogins: number;
  /** Wrong two-factor codes given with the right password, since the last lock ended. */
  codeFailures: number;
  lockedUntil: string | null;
  disabledAt: string | null;
  createdAt: string;
  updatedAt: string;
}

export type NewStaffAccount = Pick<StaffAccount, 'email' | 'role'> &
  Partial<Pick<StaffAccount, 'passwordHash' | 'totpSecret' | 'enrolmentTokenHash' | 'enrolmentExpiresAt'>>;

export type StaffAccountPatch = Partial<
  Pick<
    StaffAccount,
    'role' | 'passwordHash' | 'totpSecret' | 'totpLastStep' | 'enrolmentTokenHash' | 'enrolmentExpiresAt' | 'failedLogins' | 'codeFailures' | 'lockedUntil' | 'disabledAt'
  >
>;

export interface LockPolicy {
  lockAfter: number;
  lockMs: number;
  kind: 'password' | 'code';
}

export class DuplicateAccountError extends Error {
  override name = 'DuplicateAccountError';
}

export interface StaffAccountStore {
  /** Throws DuplicateAccountError when the email is taken. */
  create(account: NewStaffAccount, now?: Date): Promise<StaffAccount>;
  get(id: string): Promise<StaffAccount | undefined>;
  getByEmail(email: string): Promise<StaffAccount | undefined>;
  getByEnrolmentTokenHash(hash: string): Promise<StaffAccount | undefined>;
  /** Oldest first. */
  list(): Promise<StaffAccount[]>;
  update(id: string, patch: StaffAccountPatch, now?: Date): Promise<StaffAccount | undefined>;
  /**
   * One more failed login of this kind (a wrong password, or a wrong code with the right password); locks the account
   * for lockMs once that kind's failures reach lockAfter. After a lock has ended both counts start again. Atomic.
   */
  recordLoginFailure(id: string, policy: LockPolicy, now?: Date): Promise<StaffAccount | undefined>;
  /** Marks a TOTP step used; false when it (or a later one) was used already. Atomic. */
  useTotpStep(id: string, step: number): Promise<boolean>;
}

export interface StaffSession {
  /** SHA-256 of the cookie's token: a copy of the table gives no live session. */
  idHash: string;
  accountId: string;
  /** Sent in every form; compared in constant time. */
  csrfToken: string;
  createdAt: string;
  lastSeenAt: string;
}

export interface StaffSessionStore {
  create(session: StaffSession): Promise<void>;
  get(idHash: string): Promise<StaffSession | undefined>;
  touch(idHash: string, at: string): Promise<void>;
  delete(idHash: string): Promise<void>;
  /** "Log out everywhere", disabling or resetting an account. Returns how many ended. */
  deleteForAccount(accountId: string): Promise<number>;
  /** Sessions idle since before idleBefore or created before createdBefore. */
  purgeExpired(idleBefore: string, createdBefore: string): Promise<number>;
}

export const AUDIT_ACTIONS = [
  'login',
  'login.failed',
  'logout',
  'logout.everywhere',
  'enrol',
  'handoff.view',
  'handoff.print',
  'handoff.claim',
  'handoff.status',
  'handoff.note',
  'audit.view',
  'account.add',
  'account.disable',
  'account.reset',
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

export interface AuditEntry {
  id: number;
  at: string;
  /** Staff account id, or null (a failed login for an unknown email). */
  actorId: string | null;
  /** The actor's email at the time (kept if the account later changes). */
  actor: string;
  action: AuditAction;
  handoffId: string | null;
  /** Short and free of personal data: a status, a role, "cli". Never note text or a person's words. */
  detail: string | null;
}

export type NewAuditEntry = Omit<AuditEntry, 'id' | 'at'>;

/** Append-only: there is no update or delete. */
export interface AuditLog {
  append(entry: NewAuditEntry, now?: Date): Promise<AuditEntry>;
  /** Newest first. */
  list(filter?: { handoffId?: string; limit?: number; offset?: number }): Promise<AuditEntry[]>;
  count(filter?: { handoffId?: string }): Promise<number>;
}

export interface StaffStores {
  accounts: StaffAccountStore;
  sessions: StaffSessionStore;
  audit: AuditLog;
  close(): void | Promise<void>;
}
