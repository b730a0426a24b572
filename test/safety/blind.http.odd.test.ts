/** The odd-numbered blind batches through the real bot over HTTP (see blind/blind.http.suite.ts). */
import { describeBatchesOverHttp } from './blind/blind.http.suite';

describeBatchesOverHttp('odd');
