/**
 * "What would help most?" - after the recommended route; any answer goes to the summary. Someone
 * who said they live in Scotland or Northern Ireland is not offered the National Stalking
 * Helpline (it covers England and Wales): the police and "another service" (their nation's) instead.
 */
import { outsideHelplineArea, ROUTE_CHOICES, type RouteChoice } from '../routes';
import { defineQuestion } from './question';

export const options = defineQuestion<'options', RouteChoice>({
  id: 'options',
  kind: 'single',
  choices: ROUTE_CHOICES,
  choicesNow: (view) => (outsideHelplineArea(view.nation) ? ROUTE_CHOICES.filter((c) => c !== 'helpline') : undefined),
  noSkip: true,
  summary: { line: 'route', corrects: true, word: (value, tr) => tr.t(`summary.values.route.${value}`) },
  flow: { next: 'summaryReview', endsLine: true, entry: 'recommend', branches: [{ go: 'summaryReview', chooseRoute: true }] },
});
