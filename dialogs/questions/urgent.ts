/** The questions asked from any step when someone may be in danger. */
import { defineQuestion } from './question';

/** After emergency guidance. 'gone': they have gone (offered after an emergency, not a crisis). */
export const carryOn = defineQuestion({
  id: 'carryOn',
  kind: 'single',
  choices: ['yes', 'gone', 'no'],
  // "They've gone" fits someone in danger from a person, not someone in crisis.
  choicesNow: (view) => (view.urgentLevel === 'crisis' ? ['yes', 'no'] : undefined),
  ownWording: ['yes', 'no'],
  noSkip: true,
  wholeReplyOnly: true,
});

/** "Is this happening now, or could they come back soon?" */
export const HARM_CHECK_CHOICES = ['now', 'soon', 'notNow', 'notSure'] as const;
export type HarmCheckChoice = (typeof HARM_CHECK_CHOICES)[number];

/** After serious harm described with no time given ("he tried to strangle me"), from any step. */
export const harmCheck = defineQuestion({
  id: 'harmCheck',
  kind: 'single',
  choices: HARM_CHECK_CHOICES,
  noSkip: true,
  yesNo: { yes: 'now', no: 'notNow' },
  ownWording: ['notSure'],
});
