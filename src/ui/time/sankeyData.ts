/** The migration result as Sankey nodes and links, with what each link stands for. */
import type { SankeyData } from '../../charts/sankey.ts';
import type { MigrationResult } from '../../core/migration/migrationResult.ts';
import type { MigrationLabel } from './migrationLabels.ts';
import { NEW_COLOUR } from './migrationLabels.ts';

/** A flow of the Sankey: customers from segment `from` (−1 = new) at `step` to `to` at step + 1. */
export interface FlowRef {
  step: number;
  from: number;
  to: number;
  customers: number;
}

/**
 * One column per date with a node per segment that has customers, plus a "new customers" node
 * before each date that gained some; one link per non-empty cell of each migration matrix.
 */
export function sankeyData(
  m: MigrationResult,
  columns: string[],
  labels: MigrationLabel[],
  newLabel: string,
): { data: SankeyData; flows: FlowRef[] } {
  const nodes: SankeyData['nodes'] = [];
  const index = new Map<string, number>();
  const node = (column: number, segment: number) => {
    const key = `${column}:${segment}`;
    if (!index.has(key)) {
      index.set(key, nodes.length);
      const l = segment < 0 ? { name: newLabel, colour: NEW_COLOUR } : labels[segment];
      nodes.push({ column, segment, label: l?.name ?? '', colour: l?.colour ?? NEW_COLOUR });
    }
    return index.get(key)!;
  };
  // Nodes in display order: every segment of each date first, then that column's "new" node.
  m.snapshots.forEach((s, c) => s.ids.forEach((_, g) => node(c, g)));
  const links: SankeyData['links'] = [];
  const flows: FlowRef[] = [];
  m.steps.forEach((step, s) => {
    const newRow = step.from.length - 1;
    step.counts.forEach((row, i) =>
      row.forEach((n, j) => {
        if (!n) return;
        const from = i === newRow ? -1 : i;
        links.push({ source: node(s, from), target: node(s + 1, j), value: n });
        flows.push({ step: s, from, to: j, customers: n });
      }),
    );
  });
  return { data: { columns, nodes, links }, flows };
}
