/**
 * The compute worker: CPU-heavy fits (CLV, model checks, k-means) on arrays sent in; it holds no
 * dataset. Its calls are in workers/compute/computeApi.ts; the page starts one instance per kind
 * of job (src/ui/jobs/bridges.ts), stops it when idle, and cancels by terminating it.
 */
import * as Comlink from 'comlink';
import { computeApi } from './compute/computeApi.ts';
import { exposeErrors } from './workerError.ts';

exposeErrors();
Comlink.expose(computeApi);
