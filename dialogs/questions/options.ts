/** "What would help most?" - after the recommended route; any answer goes to the summary. */
import { ROUTE_CHOICES, type RouteChoice } from '../routes';
import { defineQuestion } from './question';

export const options = defineQuestion<'options', RouteChoice>({
  id: 'options',
  kind: 'single',
  choices: ROUTE_CHOICES,
  noSkip: true,
  summary: { line: 'route', corrects: true, word: (value, tr) => tr.t(`summary.values.route.${value}`) },
  flow: { next: 'summaryReview', endsLine: true, entry: 'recommend', branches: [{ go: 'summaryReview', chooseRoute: true }] },
});
