/**
 * A Mermaid state diagram generated from the machine itself (README.md embeds it; a test checks
 * the README copy is current). Question sub-states are folded into their step.
 */
import type { AnyStateNode } from 'xstate';
import { triageMachine } from './triage.machine';

/** Helper states every step can reach (help, back, resume): drawn once as a note, not as edges. */
const GLOBAL_HELPERS = new Set(['resuming', 'goingBack']);

function descendants(node: AnyStateNode): AnyStateNode[] {
  return [node, ...Object.values(node.states).flatMap((child) => descendants(child))];
}

/** The state a node is drawn as: the child of `conversation`, or a top-level state. */
function drawnAs(node: AnyStateNode): string {
  const path = node.path;
  return path[0] === 'conversation' && path.length > 1 ? path[1]! : path[0]!;
}

export function buildStateDiagram(): string {
  const root = triageMachine.root;
  const edges = new Set<string>();
  const drawn = [
    ...Object.values(root.states.conversation!.states),
    root.states.emergency!,
    root.states.checkingHarm!,
    root.states.closed!,
  ];
  for (const step of drawn) {
    const from = drawnAs(step);
    if (GLOBAL_HELPERS.has(from)) continue;
    for (const node of descendants(step)) {
      const transitions = [...node.transitions.values()].flat().concat(node.always ?? []);
      for (const t of transitions) {
        for (const target of t.target ?? []) {
          const to = drawnAs(target);
          if (to !== from && !GLOBAL_HELPERS.has(to)) edges.add(`  ${from} --> ${to}`);
        }
      }
    }
  }
  return [
    'stateDiagram-v2',
    '  [*] --> notStarted',
    ...[...edges].sort(),
    '  closed --> [*]',
    '  note right of emergency',
    '    Any urgent message, the "danger" command or "not safe" leads here from every step;',
    '    only a clear "carry on" or "they\'ve gone" resumes the interrupted question. help, back,',
    '    start again, talk to a person, delete and exit work from every step.',
    '  end note',
    '  note right of checkingHarm',
    '    Serious harm with no time given leads here from every step: the 999 line, then',
    '    "is this happening now, or could they come back soon?".',
    '  end note',
  ].join('\n');
}
