/** Drive the pure machine turn by turn, the way the adapter does (persisting between turns). */
import { runTurn, type StepResult } from '../../machines/snapshot';
import type { Output, TriageEvent } from '../../machines/triage.types';

export class MachineDriver {
  stored: unknown;
  last!: StepResult;

  send(...events: TriageEvent[]): Output[] {
    this.last = runTurn(this.stored, events);
    // Round-trip through JSON, as storage does.
    this.stored = this.last.done ? undefined : JSON.parse(JSON.stringify(this.last.persisted));
    return this.last.outputs;
  }

  get state(): string {
    return this.last.state;
  }

  get context() {
    return this.last.context;
  }
}

/** A compact view of outputs for assertions: "say:welcome.intro", "ask:who:confirm", "emergency". */
export function keysOf(outputs: readonly Output[]): string[] {
  return outputs.flatMap((o) => {
    switch (o.kind) {
      // The route and each extra service, before src/services words them with the clock.
      case 'recommendation':
        return [`recommend:${o.route.recommended}`, ...o.route.extras.map((e) => `extra:${e}`)];
      case 'say':
        return `say:${o.key}`;
      case 'ask':
        return `ask:${o.question}:${o.mode}`;
      case 'emergency':
        return `emergency:${o.level}`;
      case 'topic':
        return `topic:${o.topic}`;
      case 'summary':
        return `summary:${o.purpose}`;
      default:
        return o.kind;
    }
  });
}

export function lastAsk(outputs: readonly Output[]) {
  const asks = outputs.filter((o): o is Extract<Output, { kind: 'ask' }> => o.kind === 'ask');
  return asks[asks.length - 1];
}
