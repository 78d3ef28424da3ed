/** Editing helpers for the AHP hierarchy (goal → criteria → indicators) and its display names. */
import type { AhpNode } from '../../core/ahp/ahpHierarchy.ts';
import type { MessageKey } from '../i18n/en.ts';
import { t } from '../i18n/i18n.svelte.ts';

const DEFAULT_NAMES: Record<string, MessageKey> = {
  goal: 'ahp.goal',
  current: 'ahp.current',
  potential: 'ahp.potential',
  profit: 'ahp.profit',
  volume: 'ahp.volume',
  clv: 'ahp.clvName',
  alive: 'ahp.alive',
  recency: 'ahp.recency',
};

/** A node's name: the user's, else the built-in one in the UI language, else its id. */
export function nodeName(node: AhpNode): string {
  return node.name || (DEFAULT_NAMES[node.id] ? t(DEFAULT_NAMES[node.id]) : node.id);
}

/** The judgement index of pair (i, j), i < j, in an upper triangle of n items. */
export const pairIndex = (n: number, i: number, j: number) => i * n - (i * (i + 1)) / 2 + (j - i - 1);

/**
 * Judgements after the children changed: pairs of children that stay keep their judgement, new
 * pairs start at 1 (equal). `kept[i]` is the old index of new child i, or −1 for a new one.
 */
export function remapJudgements(old: readonly number[], oldN: number, kept: readonly number[]): number[] {
  const n = kept.length;
  const out: number[] = [];
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      const a = kept[i];
      const b = kept[j];
      if (a < 0 || b < 0) out.push(1);
      else out.push(a < b ? old[pairIndex(oldN, a, b)] : 1 / old[pairIndex(oldN, b, a)]);
    }
  }
  return out;
}

let counter = 0;
/** A fresh node id. */
export const newId = (prefix: string) => `${prefix}-${Date.now().toString(36)}-${(counter++).toString(36)}`;

/** The measures the hierarchy's indicators use, in tree order. */
export function collectMeasures(node: AhpNode): string[] {
  return node.indicator ? [node.indicator.measure] : node.children.flatMap(collectMeasures);
}

/** Whether an indicator needs the CLV fit (CLV or P(alive)). */
export const needsClvFit = (tree: AhpNode) => collectMeasures(tree).some((m) => m === 'clv' || m === 'pAlive');
