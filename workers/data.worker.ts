/**
 * The data worker: one per page, holding the open dataset's columns once (data/tableOf.ts) and
 * answering every question about them. Each area's calls live in workers/data/<area>Api.ts; this
 * file only puts them together. Cancelling a running call stops this worker (src/ui/jobs/WorkerBridge);
 * the next call starts a new one, which loads the dataset again.
 */
import * as Comlink from 'comlink';
import { clvDataApi } from './data/clvApi.ts';
import { exposeErrors } from './workerError.ts';

const api = {
  ...clvDataApi,
};

export type DataApi = typeof api;
exposeErrors();
Comlink.expose(api);
