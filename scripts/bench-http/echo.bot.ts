/**
 * The reference for `npm run bench:http`: the smallest bot on our stack (restify 11 + botbuilder's
 * CloudAdapter, no authentication, as in local mode) that echoes each message. Prints
 * `{"event":"listening","port":N}` on stdout once it listens (PORT, default 0, on 127.0.0.1).
 * Benchmark-only code, so it lives in scripts/ (the bot's own botbuilder code stays in src/adapter/).
 */
import { CloudAdapter, ConfigurationBotFrameworkAuthentication, type TurnContext } from 'botbuilder';
import restify from 'restify';

const adapter = new CloudAdapter(new ConfigurationBotFrameworkAuthentication({}));
const server = restify.createServer({ name: 'echo-bot' });
server.use(restify.plugins.bodyParser({ maxBodySize: 256 * 1024 }));

server.post('/api/messages', async (req, res) => {
  await adapter.process(req, res, async (context: TurnContext) => {
    if (context.activity.type === 'message') await context.sendActivity(`You said: ${context.activity.text ?? ''}`);
    else await context.sendActivity('Hello');
  });
});
server.get('/healthz', (_req, res, next) => {
  res.send(200, { status: 'ready' });
  return next();
});

server.listen(Number(process.env.PORT ?? 0), '127.0.0.1', () => {
  const address = server.address();
  console.log(JSON.stringify({ event: 'listening', port: address.port }));
});
process.on('SIGTERM', () => server.close(() => process.exit(0)));
