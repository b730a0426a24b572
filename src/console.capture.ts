/**
 * Some libraries write to the console: botbuilder prints a rejected token's error with its stack
 * trace, or the signing key it tried. In the server, console output becomes a structured log entry
 * with no text at all (the console method and, for an Error, its name), so stderr carries no raw
 * stack traces and nothing a caller sent. Installed once at boot (src/index.ts).
 */
import type { Logger } from './logger';

const METHODS = ['log', 'info', 'warn', 'error', 'debug', 'trace'] as const;

/** Routes console.* into the logger; returns a function that puts the console back. */
export function captureConsole(logger: Logger): () => void {
  const saved = METHODS.map((method) => console[method]);
  for (const method of METHODS) {
    console[method] = (...args: unknown[]) => {
      const error = args.find((arg): arg is Error => arg instanceof Error);
      const facts = { event: 'console', method, ...(error ? { errName: error.name } : {}) };
      if (method === 'error' || method === 'warn' || method === 'trace') logger.warn(facts, 'a library wrote to the console');
      else logger.debug(facts, 'a library wrote to the console');
    };
  }
  return () => METHODS.forEach((method, i) => (console[method] = saved[i]!));
}
