/** The rule-trigger checks on the odd-numbered sources (see detector.triggers.suite.ts). */
import { describeTriggerChecks } from './detector.triggers.suite';

describeTriggerChecks('odd');
