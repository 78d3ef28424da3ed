/**
 * The shape of a dataset's stored analysis settings (src/db/settings.ts; the fields are owned by
 * src/ui/state/analysisSettings.ts, which reads each one back with its default when its value is
 * out of range). A backup's settings must have the version `v` and, for every field the app knows,
 * a value of that field's type; unknown fields are kept as they are (a newer version's).
 */
import { isObject } from './recordShape.ts';

type Check = (v: unknown) => boolean;
const isArray: Check = Array.isArray;
const isText: Check = (v) => typeof v === 'string';
const isNumber: Check = (v) => typeof v === 'number' && Number.isFinite(v);

const FIELDS: Record<string, Check> = {
  abcCuts: isArray,
  pyramidCuts: isArray,
  scheme: isText,
  grades: isNumber,
  ties: isText,
  rTextbook: (v) => typeof v === 'boolean',
  customCuts: isObject,
  cn8Basis: isText,
  tiers: isObject,
  customRules: isArray,
  actions: isObject,
  clv: isObject,
  cluster: isObject,
  ahp: isObject,
  visit: isObject,
  time: isObject,
  cohorts: isObject,
  crosstab: isObject,
};

/** The first settings field (`v` or a known field) not of its type, or null when the shape is sound. */
export function settingsProblem(settings: Record<string, unknown>): string | null {
  if (!Number.isInteger(settings.v) || (settings.v as number) < 1) return 'v';
  for (const [field, ok] of Object.entries(FIELDS))
    if (settings[field] !== undefined && !ok(settings[field])) return field;
  return null;
}
