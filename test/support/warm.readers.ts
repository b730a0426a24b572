/**
 * Compiles the safety rules and the understanding patterns (and loads the date recognizer) in a
 * `beforeAll` hook with room for it, so a test file's first story does not spend its 20 s on them
 * (on a busy 2-CPU machine that first compile took longer than 20 s, 7 Dec 2026).
 */
import { beforeAll } from 'vitest';
import { warmUpSafety } from '../../src/safety';
import { warmUpUnderstanding } from '../../src/understanding';

export function warmUpReadersFirst(): void {
  beforeAll(() => {
    warmUpSafety();
    warmUpUnderstanding();
  }, 120_000);
}
