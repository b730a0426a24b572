/**
 * The real bot as a separate process (`node --import tsx src/index.ts`, one process, so kill -9
 * kills the bot itself), on an ephemeral loopback port read from its "listening" log line.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { listeningPort } from './listening.port';

export interface BotProcess {
  readonly url: string;
  readonly pid: number;
  readonly child: ChildProcess;
  /** Everything the process wrote to stderr (structured logs go to stdout). */
  stderr(): string;
  /** Its structured log lines so far (stdout). */
  logs(): string;
  kill(signal?: NodeJS.Signals): Promise<void>;
}

const ROOT = join(__dirname, '..', '..');
const live = new Set<ChildProcess>();
process.once('exit', () => {
  for (const child of live) child.kill('SIGKILL');
});

export async function startBotProcess(env: Record<string, string>, readyTimeoutMs = 90_000): Promise<BotProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'src', 'index.ts')], {
    cwd: ROOT,
    env: { PATH: process.env.PATH ?? '', NODE_ENV: 'test', PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'info', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  live.add(child);
  child.once('exit', () => live.delete(child));
  let stderr = '';
  let stdout = '';
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  child.stdout!.on('data', (chunk: Buffer) => (stdout += chunk.toString()));

  const port = await listeningPort(child, { timeoutMs: readyTimeoutMs, detail: () => stderr.slice(0, 500) });
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + readyTimeoutMs;
  while ((await fetch(`${url}/healthz`).then((r) => r.status, () => 0)) !== 200) {
    if (Date.now() > deadline) throw new Error('bot never became ready');
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return {
    url,
    pid: child.pid!,
    child,
    stderr: () => stderr,
    logs: () => stdout,
    kill: (signal = 'SIGTERM') =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill(signal);
      }),
  };
}
