/**
 * `npm run chat`: talk to the real bot in a terminal. It builds the same app as `npm start`
 * (same config and storage), listens on a free loopback port, and sends each line you type as a
 * Bot Framework activity with deliveryMode "expectReplies". Options are numbered: type the
 * number or the words. Ctrl+D or "exit" leaves.
 */
import path from 'node:path';
import readline from 'node:readline/promises';
import dotenv from 'dotenv';
import { buildApp } from '../app';
import { PROJECT_ROOT, loadConfig } from '../config';
import { createLogger } from '../logger';

dotenv.config({ path: path.join(PROJECT_ROOT, '.env'), quiet: true });

interface ReplyActivity {
  type: string;
  name?: string;
  text?: string;
  importance?: string;
}

async function main(): Promise<void> {
  const config = loadConfig({ ...process.env, MicrosoftAppId: '', MicrosoftAppPassword: '', NODE_ENV: 'development' });
  const app = buildApp(config, { logger: createLogger('silent') });
  const address = await app.listen(0, '127.0.0.1');
  await app.ready;
  const url = `http://127.0.0.1:${address.port}/api/messages`;
  const conversationId = `cli-${process.pid}-${Date.now()}`;
  let counter = 0;

  async function send(activity: Record<string, unknown>): Promise<ReplyActivity[]> {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        channelId: 'cli',
        serviceUrl: 'http://127.0.0.1/',
        conversation: { id: conversationId },
        from: { id: 'cli-user' },
        recipient: { id: 'triage-bot' },
        id: String(++counter),
        deliveryMode: 'expectReplies',
        locale: 'en-GB',
        ...activity,
      }),
    });
    const body = (await response.json()) as { activities?: ReplyActivity[] };
    return body.activities ?? [];
  }

  function show(replies: ReplyActivity[]): void {
    for (const reply of replies) {
      if (reply.type === 'event') {
        console.log(`\n  [${reply.name ?? 'event'} sent to the support team]`);
      } else if (reply.text) {
        const mark = reply.importance === 'high' ? '!! ' : '';
        console.log(`\n${mark}${reply.text.replace(/\n/g, '\n   ')}`);
      }
    }
  }

  show(await send({ type: 'conversationUpdate', membersAdded: [{ id: 'cli-user' }] }));
  const rl = readline.createInterface({ input: process.stdin, output: process.stdout });
  try {
    for (;;) {
      let line: string;
      try {
        line = await rl.question('\n> ');
      } catch {
        break;
      }
      const replies = await send({ type: 'message', text: line });
      show(replies);
      if (/^\s*exit\s*$/i.test(line)) break;
    }
  } finally {
    rl.close();
    await app.close();
  }
}

main().catch((err: unknown) => {
  console.error('Chat failed:', err instanceof Error ? err.message : String(err));
  process.exit(1);
});
