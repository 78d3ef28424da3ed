/** Names, colours and strategies of the value-cube classes in the UI language. */
import { segmentColour } from '../../charts/palette.ts';
import type { CubeClass } from '../../charts/types.ts';
import type { CubeResult } from '../../core/clv/valueCube.ts';
import { CUBE_CORNERS, CUBE_IDS } from '../../core/clv/valueCube.ts';
import { segmentText } from '../../core/segments/segmentCatalog.ts';
import type { Lang } from '../../core/segments/segmentCatalog.ts';

export interface CubeLabel {
  id: string;
  name: string;
  action: string;
  colour: string;
}

export function cubeLabels(lang: Lang): CubeLabel[] {
  return CUBE_IDS.map((id, i) => ({ id, ...segmentText('cube', id, lang)!, colour: segmentColour(i) }));
}

/** The cube's classes as the chart takes them. */
export function cubeClasses(cube: CubeResult, labels: CubeLabel[]): CubeClass[] {
  return cube.classes.map((c, index) => {
    const corner = CUBE_CORNERS[c.id];
    const hl = (b: boolean) => (b ? 'high' : 'low') as 'high' | 'low';
    return {
      index,
      id: c.id,
      label: labels[index].name,
      colour: labels[index].colour,
      current: hl(corner.current),
      potential: hl(corner.potential),
      loyalty: hl(corner.loyalty),
      customers: c.customers,
      currentValue: c.current,
      potentialValue: c.potential,
    };
  });
}
