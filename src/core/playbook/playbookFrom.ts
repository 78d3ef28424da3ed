/**
 * A playbook read from JSON (stored settings, a backup, the CLI's --playbook file): null for the
 * default playbook unless every play reads. Each play is checked field by field; a playbook with any
 * unreadable play falls back to the default (a half playbook would silently change everyone's
 * recommendation).
 */
import { STAGE_IDS } from '../lifecycle/lifecycleStages.ts';
import type { StageId } from '../lifecycle/lifecycleStages.ts';
import type { Play, PlayCondition } from './plays.ts';

const share = (x: unknown): x is number => typeof x === 'number' && x > 0 && x <= 1;
const bound = (x: unknown) => x === undefined || (typeof x === 'number' && Number.isFinite(x) && x >= 0);
const text = (x: unknown) => x === undefined || (typeof x === 'string' && x.length <= 500);

/** A stored condition, or null when it is not one the playbook can read. */
export function conditionFrom(c: unknown): PlayCondition | null {
  if (typeof c !== 'object' || c === null) return null;
  const o = c as Record<string, unknown>;
  switch (o.kind) {
    case 'valueTop':
    case 'valueNotTop':
    case 'clvTop':
      return share(o.share) ? { kind: o.kind, share: o.share } : null;
    case 'stage':
      return Array.isArray(o.stages) &&
        o.stages.length > 0 &&
        o.stages.every((s) => (STAGE_IDS as readonly unknown[]).includes(s))
        ? { kind: 'stage', stages: [...new Set(o.stages as StageId[])] }
        : null;
    case 'due':
    case 'hasOffer':
      return { kind: o.kind };
    case 'orders':
    case 'pActive': {
      if (!bound(o.min) || !bound(o.max)) return null;
      if (o.kind === 'pActive' && ((o.min as number) > 1 || (o.max as number) > 1)) return null;
      if (o.min !== undefined && o.max !== undefined && (o.min as number) > (o.max as number)) return null;
      return {
        kind: o.kind,
        ...(o.min !== undefined ? { min: o.min as number } : {}),
        ...(o.max !== undefined ? { max: o.max as number } : {}),
      };
    }
    default:
      return null;
  }
}

/** A stored playbook: null (the default) unless every play reads. */
export function playbookFrom(stored: unknown): Play[] | null {
  if (!Array.isArray(stored) || stored.length === 0 || stored.length > 50) return null;
  const plays: Play[] = [];
  const ids = new Set<string>();
  for (const p of stored) {
    if (typeof p !== 'object' || p === null) return null;
    const o = p as Record<string, unknown>;
    if (typeof o.id !== 'string' || !o.id || ids.has(o.id) || !text(o.name) || !text(o.action)) return null;
    if (!Array.isArray(o.conditions)) return null;
    const conditions = o.conditions.map(conditionFrom);
    if (conditions.some((c) => c === null)) return null;
    ids.add(o.id);
    plays.push({
      id: o.id,
      conditions: conditions as PlayCondition[],
      ...(o.name !== undefined ? { name: o.name as string } : {}),
      ...(o.action !== undefined ? { action: o.action as string } : {}),
    });
  }
  return plays;
}
