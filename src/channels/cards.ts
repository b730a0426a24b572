/** Adaptive Card pieces shared by Web Chat and Teams. */
import type { ChoiceButton } from './message';

/**
 * "I'm in danger" in a row of its own at the top of a card: reachable without scrolling, and
 * never beside an answer like "Yes" where it is easy to mis-tap.
 */
export function dangerRow(danger: ChoiceButton): Record<string, unknown> {
  return {
    type: 'ActionSet',
    id: 'danger',
    actions: [{ type: 'Action.Submit', title: danger.title, data: danger.value, style: 'destructive' }],
  };
}
