/**
 * The data worker: one per page, holding the open dataset's columns once (data/tableOf.ts) and
 * answering every question about them. Each area's calls live in workers/data/<area>Api.ts; this
 * file only puts them together. Cancelling a running call only stops the page waiting for it
 * (src/ui/jobs/bridges.ts: onAbort 'detach'); long calls ask a proxied `aborted()` between steps.
 */
import * as Comlink from 'comlink';
import { analysisApi } from './data/analysisApi.ts';
import { basketApi } from './data/basketApi.ts';
import { clvDataApi } from './data/clvApi.ts';
import { cohortsApi } from './data/cohortsApi.ts';
import { offersApi } from './data/offersApi.ts';
import { timeApi } from './data/timeApi.ts';
import { exposeErrors } from './workerError.ts';

const api = {
  ...analysisApi,
  ...timeApi,
  ...cohortsApi,
  ...clvDataApi,
  ...offersApi,
  ...basketApi,
};

export type DataApi = typeof api;
exposeErrors();
Comlink.expose(api);
