/**
 * The visit plan's settings, stored with the dataset (and so in backups): which customers the plan
 * is built from (plays, segments of the scheme in use, one attribute value such as a region), the
 * sort, who was visited, and each visit's outcome and note.
 */
import { PLAN_SORTS } from '../../core/playbook/planOrder.ts';
import type { PlanSort } from '../../core/playbook/planOrder.ts';

/** What came of a visit. */
export const OUTCOMES = ['visited', 'called', 'noAnswer', 'ordered', 'notInterested'] as const;
export type Outcome = (typeof OUTCOMES)[number];

/** One customer's visit record. `day`: when it was last changed (days since 1970-01-01, local). */
export interface VisitRecord {
  outcome: Outcome | null;
  note: string;
  day: number;
}

export interface VisitSettings {
  /** Play ids in the plan (none ticked: every play). */
  plays: string[];
  /** Segment ids of the scheme in use (none ticked: every segment). */
  segments: string[];
  /** Only customers whose latest value of attribute `name` is `value` (null: all). */
  place: { name: string; value: string } | null;
  /** A saved search: only customers whose id, name or any attribute contains this text ('' = all). */
  query: string;
  sort: PlanSort;
  /** Customer ids ticked off. */
  done: string[];
  /** Outcome and note by customer id. */
  log: Record<string, VisitRecord>;
}

/** The plays a day on the road starts from: the ones that ask for a visit or a call. */
export const DEFAULT_VISIT_PLAYS = ['winBack', 'visitDue', 'onboard', 'grow'];

export function defaultVisitSettings(): VisitSettings {
  return { plays: [...DEFAULT_VISIT_PLAYS], segments: [], place: null, query: '', sort: 'priority', done: [], log: {} };
}

/** The segments version 2 stored by default before the plan: read as "every segment". */
const OLD_DEFAULT = ['cannot_lose_them', 'at_risk'];

const strings = (x: unknown): x is string[] => Array.isArray(x) && x.every((v) => typeof v === 'string');

/** Stored visit settings, each field checked (older ones, with segments and ticks only, kept). */
export function visitFrom(stored: unknown): VisitSettings {
  const s = defaultVisitSettings();
  if (typeof stored !== 'object' || stored === null) return s;
  const v = stored as Record<string, unknown>;
  if (strings(v.plays)) s.plays = v.plays;
  if (strings(v.segments)) s.segments = v.segments.join() === OLD_DEFAULT.join() && !('plays' in v) ? [] : v.segments;
  const p = v.place as Record<string, unknown> | null | undefined;
  if (p && typeof p.name === 'string' && typeof p.value === 'string') s.place = { name: p.name, value: p.value };
  if (typeof v.query === 'string' && v.query.length <= 200) s.query = v.query;
  if ((PLAN_SORTS as readonly unknown[]).includes(v.sort)) s.sort = v.sort as PlanSort;
  if (strings(v.done)) s.done = v.done;
  if (typeof v.log === 'object' && v.log !== null) {
    for (const [id, r] of Object.entries(v.log as Record<string, unknown>)) {
      const x = r as Record<string, unknown> | null;
      if (!x || typeof x.note !== 'string' || typeof x.day !== 'number') continue;
      const outcome = (OUTCOMES as readonly unknown[]).includes(x.outcome) ? (x.outcome as Outcome) : null;
      s.log[id] = { outcome, note: x.note, day: x.day };
    }
  }
  return s;
}
