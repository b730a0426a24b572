/** The even-numbered blind understanding batches against their floors (see blind/blind.floors.suite.ts). */
import { describeBlindFloors } from './blind/blind.floors.suite';

describeBlindFloors('even');
