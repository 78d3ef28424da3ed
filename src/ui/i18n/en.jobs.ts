/** Messages of the job bridge (src/ui/jobs). */
export const enJobs = {
  'core.worker.failed':
    'The background computation stopped unexpectedly (the device may be short of memory). Nothing stored was changed; try again, or reload the page.',
  'jobs.cancelled': 'Cancelled.',
  'jobs.runAgain': 'Run again',
} as const;
