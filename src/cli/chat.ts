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
import { botClient, type ReplyActivity } from './bot.client';

dotenv.config({ path: path.join(PROJECT_ROOT, '.env'), quiet: true });

async function main(): Promise<void> {
  // Always local mode on loopback, whatever .env says (the chat never leaves this machine).
  const config = loadConfig({ ...process.env, MicrosoftAppId: '', MicrosoftAppPassword: '', NODE_ENV: 'development', HOST: '127.0.0.1' });
  const app = buildApp(config, { logger: createLogger('silent') });
  const address = await app.listen(0, '127.0.0.1');
  await app.ready;
  const client = botClient({
    baseUrl: `http://127.0.0.1:${address.port}`,
    conversationId: `cli-${process.pid}-${Date.now()}`,
    channelId: 'cli',
  });
  const send = client.send;

  function show(replies: ReplyActivity[]): void {
    for (const reply of replies) {
      if (reply.type === 'event') {
        console.log(`\n  [${reply.name ?? 'event'} sent to the National Stalking Helpline team]`);
      } else if (reply.text) {
        const mark = reply.importance === 'high' ? '!! ' : '';
        console.log(`\n${mark}${reply.text.replace(/\n/g, '\n   ')}`);
      }
    }
  }

  show(await send({ type: 'conversationUpdate', membersAdded: [{ id: 'person' }] }));
  const rl = readline.createInterface({ input: process.stdin, output: process.stdout, prompt: '\n> ' });
  // Lines are read in turn, each after the bot has answered the one before (piped input too: its lines wait
  // their turn, none is dropped); Ctrl+D, or the end of piped input, leaves.
  try {
    rl.prompt();
    for await (const line of rl) {
      show(await send({ type: 'message', text: line }));
      if (/^\s*exit\s*$/i.test(line)) break;
      rl.prompt();
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
