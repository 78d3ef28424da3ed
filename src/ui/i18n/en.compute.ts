/** Messages of the compute jobs (CLV, clusters, value index) on the job bridge. */
export const enCompute = {
  'core.ahp.noMeasure': '“{name}” has neither sub-items nor a measure: add indicators under it or choose its measure.',
  'core.ahp.tooMany': 'At most {most} items can be compared with each other; this level has {n}.',
} as const;
