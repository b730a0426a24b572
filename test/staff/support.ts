/**
 * The real app (memory stores, a clock the test moves) and a cookie-keeping HTTP client for the
 * staff console: log in with a real password and TOTP code, read CSRF tokens from the pages.
 */
import type { SummaryData } from '../../machines/triage.types';
import { botClient } from '../../src/cli/bot.client';
import { StaffAccounts } from '../../src/staff/accounts';
import type { StaffRole } from '../../src/staff/store';
import { totpCode } from '../../src/staff/totp';
import type { HandoffRecord } from '../../src/storage/handoff.store';
import type { TranscriptEntry } from '../../src/storage/transcript';
import { startApp, type RunningApp } from '../support/http';

export const PASSWORD = 'a long enough passphrase';

export interface Clock {
  now: Date;
  advance(ms: number): void;
}

export interface StaffMember {
  id: string;
  email: string;
  password: string;
  secret: string;
}

export async function startConsole(env: Record<string, string> = {}) {
  const clock: Clock = {
    now: new Date('2026-11-30T09:00:00Z'),
    advance(ms) {
      this.now = new Date(this.now.getTime() + ms);
    },
  };
  const running: RunningApp = await startApp(env, { now: () => clock.now });
  // A cheaper scrypt for test accounts (the cost travels in the hash; production uses SCRYPT_DEFAULT).
  const accounts = new StaffAccounts(running.app.staffStores, { baseUrl: running.url, require2fa: true, now: () => clock.now, passwordCost: { N: 2 ** 12, r: 8, p: 1 } });
  let n = 0;

  async function member(role: StaffRole): Promise<StaffMember> {
    const email = `${role}${++n}@charity.example`;
    const { account, totpUri } = await accounts.add(email, role, PASSWORD);
    return { id: account.id, email, password: PASSWORD, secret: new URL(totpUri!).searchParams.get('secret')! };
  }

  /** A handoff as the bot stores it, with the given words in the story, contact line and transcript. */
  function handoff(words = 'He keeps following me', extra: Partial<SummaryData> = {}, transcript?: TranscriptEntry[]): Promise<HandoffRecord> {
    const summary: SummaryData = {
      lines: [{ id: 'story', text: words }],
      moments: [],
      riskFactorsPresent: [],
      riskRules: [],
      highRisk: [],
      contactSafe: 'text me after 6pm',
      ...extra,
    };
    return running.app.handoffs.create(
      {
        conversationKey: `webchat/${++n}`,
        channelId: 'webchat',
        locale: 'en-GB',
        route: 'helpline',
        summary,
        transcript: transcript ?? [
          { from: 'bot', at: clock.now.toISOString(), text: 'Are you safe right now?' },
          { from: 'user', at: clock.now.toISOString(), text: words },
        ],
      },
      clock.now,
    );
  }

  return { ...running, clock, accounts, member, handoff };
}

export type Console = Awaited<ReturnType<typeof startConsole>>;

export interface Reply {
  status: number;
  headers: Headers;
  body: string;
  location: string | null;
}

/** A browser-like client: keeps cookies, never follows redirects (tests look at them). */
export class StaffClient {
  readonly cookies = new Map<string, string>();

  constructor(private readonly base: string) {}

  private cookieHeader(): string {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
  }

  private async send(method: string, path: string, body?: URLSearchParams, headers: Record<string, string> = {}): Promise<Reply> {
    const res = await fetch(`${this.base}${path}`, {
      method,
      redirect: 'manual',
      headers: {
        ...(this.cookies.size ? { cookie: this.cookieHeader() } : {}),
        ...(body ? { 'content-type': 'application/x-www-form-urlencoded' } : {}),
        ...headers,
      },
      body,
    });
    for (const line of res.headers.getSetCookie()) {
      const [pair] = line.split(';');
      const eq = pair!.indexOf('=');
      const name = pair!.slice(0, eq);
      const value = pair!.slice(eq + 1);
      if (value === '' || /max-age=0/i.test(line)) this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
    return { status: res.status, headers: res.headers, body: await res.text(), location: res.headers.get('location') };
  }

  get(path: string, headers?: Record<string, string>): Promise<Reply> {
    return this.send('GET', path, undefined, headers);
  }

  post(path: string, fields: Record<string, string>, headers?: Record<string, string>): Promise<Reply> {
    return this.send('POST', path, new URLSearchParams(fields), headers);
  }

  /** The CSRF token in a page's forms. */
  static csrf(page: Reply): string {
    const match = /name="_csrf" value="([^"]+)"/.exec(page.body);
    if (!match) throw new Error(`no CSRF token on the page (status ${page.status})`);
    return match[1]!;
  }

  async login(member: StaffMember, clock: Clock, overrides: Partial<Record<'email' | 'password' | 'code', string>> = {}): Promise<Reply> {
    const form = await this.get('/staff/login');
    // A TOTP code is accepted once: step the clock past the last one used.
    clock.advance(30_000);
    return this.post('/staff/login', {
      _csrf: StaffClient.csrf(form),
      email: member.email,
      password: member.password,
      code: totpCode(member.secret, clock.now),
      ...overrides,
    });
  }

  /** Posts a console form with the session's CSRF token (read from the queue page). */
  async postForm(path: string, fields: Record<string, string>): Promise<Reply> {
    const page = await this.get('/staff');
    return this.post(path, { _csrf: StaffClient.csrf(page), ...fields });
  }
}

export async function loggedIn(c: Console, member: StaffMember): Promise<StaffClient> {
  const client = new StaffClient(c.url);
  const reply = await client.login(member, c.clock);
  if (reply.status !== 303) throw new Error(`login failed with ${reply.status}`);
  return client;
}

/**
 * A real conversation through the bot over HTTP (its turn handler) that ends in sharing the
 * summary and the conversation; `contactWords` is the safe-contact answer. Returns the handoff id.
 */
export async function shareThroughTheBot(baseUrl: string, conversationId: string, contactWords: string): Promise<string> {
  const bot = botClient({ baseUrl, conversationId });
  const choose = (q: string, choice: string) => bot.send({ type: 'message', value: { q, c: choice } });
  await bot.send({ type: 'conversationUpdate', membersAdded: [{ id: 'person' }] });
  await choose('safety', 'safe');
  await bot.send({ type: 'message', text: 'My ex has been messaging me on Instagram and turning up at my work about three times a week since 03/04/2026' });
  for (const q of ['who', 'what', 'since', 'howOften']) await choose(q, 'yes');
  await choose('riskConsent', 'skip');
  await choose('evidence', 'some');
  await choose('police', 'notReported');
  await choose('moreTopics', 'moveOn');
  await choose('options', 'helpline');
  await choose('summaryReview', 'looksRight');
  await choose('consent', 'share');
  const afterContact = await bot.send({ type: 'message', text: contactWords });
  // Words with no number or email are followed by "what number or email?" (src/contact/address.ts): skipped.
  const askedForNumber = afterContact.some((r) => ((r.suggestedActions?.actions ?? []) as { value?: { q?: string } }[]).some((a) => a.value?.q === 'contactAddress'));
  if (askedForNumber) await choose('contactAddress', 'skip');
  const replies = await choose('shareTranscript', 'yes');
  const event = replies.find((r) => r.type === 'event' && r.name === 'handoff.initiate');
  if (!event) throw new Error('the bot did not hand the summary off');
  return (event.value as { handoffId: string }).handoffId;
}
