/**
 * Boot only: load configuration, build the app, listen, shut down gracefully.
 */
import path from 'node:path';
import dotenv from 'dotenv';
import type * as AppModule from './app';
import { ConfigError, PROJECT_ROOT, loadConfig } from './config';
import { captureConsole } from './console.capture';
import { DEFAULT_UNDERSTANDING_THREADS, startUnderstandingThreads } from './understanding/understanding.thread';

// First, before the rest of the bot loads: the date recognizer loads and warms up on its own
// thread meanwhile, on the other CPU core (readiness waits for it).
const understandingThread = startUnderstandingThreads(DEFAULT_UNDERSTANDING_THREADS);
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { buildApp } = require('./app') as typeof AppModule;

dotenv.config({ path: path.join(PROJECT_ROOT, '.env'), quiet: true });

async function main(): Promise<void> {
  let config;
  try {
    config = loadConfig();
  } catch (err) {
    if (err instanceof ConfigError) {
      console.error(err.message);
      process.exit(1);
    }
    throw err;
  }
  const app = buildApp(config, { understandingThread });
  // From here on stderr carries no raw stack traces: library console output and anything uncaught
  // become structured entries (names, never messages).
  captureConsole(app.logger);
  const fatal = (event: string) => (err: unknown) => {
    app.logger.fatal({ event, errName: err instanceof Error ? err.name : typeof err }, 'unexpected failure; exiting');
    process.exit(1);
  };
  process.on('uncaughtException', fatal('process.uncaughtException'));
  process.on('unhandledRejection', fatal('process.unhandledRejection'));
  const address = await app.listen();
  app.logger.info({ event: 'listening', host: address.address, port: address.port, storage: config.storage.kind }, 'listening');
  if (config.localMode) {
    // The config refuses a non-loopback HOST without credentials, so this is always loopback.
    app.logger.warn(
      { event: 'localMode', host: address.address },
      'LOCAL MODE: no MicrosoftAppId, so requests are NOT authenticated; listening on loopback only.',
    );
  }
  if (config.storage.kind === 'memory') {
    app.logger.warn({ event: 'storage.memory' }, 'STORAGE=memory: conversations and handoffs are lost when the bot stops (tests only)');
  }
  await app.ready;

  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    app.logger.info({ event: 'shutdown', signal }, 'shutting down');
    const force = setTimeout(() => process.exit(1), 10_000);
    force.unref();
    app
      .close()
      .then(() => process.exit(0))
      .catch(() => process.exit(1));
  };
  process.on('SIGTERM', () => stop('SIGTERM'));
  process.on('SIGINT', () => stop('SIGINT'));
}

main().catch((err: unknown) => {
  console.error('Failed to start:', err instanceof Error ? err.message : String(err));
  process.exit(1);
});
