/**
 * The port a bot process listens on, read from its structured "listening" log line (it is started
 * with PORT=0). Shared by the test support that runs the real bot and by the benchmark scripts.
 */
import type { ChildProcess } from 'node:child_process';

const LISTENING = /"event":"listening"[^\n]*"port":(\d+)/;

export function listeningPort(child: ChildProcess, options: { name?: string; timeoutMs?: number; detail?: () => string } = {}): Promise<number> {
  const { name = 'bot', timeoutMs, detail = () => '' } = options;
  return new Promise<number>((resolve, reject) => {
    let out = '';
    const timer = timeoutMs === undefined ? undefined : setTimeout(() => reject(new Error(`${name} did not start: ${detail()}`)), timeoutMs);
    child.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const match = LISTENING.exec(out);
      if (match) {
        clearTimeout(timer);
        resolve(Number(match[1]));
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`${name} exited (${code}) before listening${detail() ? `: ${detail()}` : ''}`));
    });
  });
}
