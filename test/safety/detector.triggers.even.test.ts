/** The rule-trigger checks on the even-numbered sources (see detector.triggers.suite.ts). */
import { describeTriggerChecks } from './detector.triggers.suite';

describeTriggerChecks('even');
