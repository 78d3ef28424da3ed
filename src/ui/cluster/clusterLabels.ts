/** Names and colours of the clusters: the user's name, else the number and the automatic description. */
import { segmentColour } from '../../charts/palette.ts';
import type { ClusterProfile } from '../../core/cluster/clusterProfiles.ts';
import type { MessageKey } from '../i18n/en.ts';
import { t } from '../i18n/i18n.svelte.ts';

export interface ClusterLabel {
  name: string;
  description: string;
  colour: string;
}

export function clusterLabels(
  profiles: readonly ClusterProfile[],
  k: number,
  names: Record<string, string>,
): ClusterLabel[] {
  return profiles.map((p) => {
    const description = p.traits.length
      ? p.traits.map((x) => t(`cl.trait.${x}` as MessageKey)).join(', ')
      : t('cl.trait.average');
    return {
      name: names[`${k}:${p.index}`] || `${p.index + 1}: ${description}`,
      description,
      colour: segmentColour(p.index),
    };
  });
}
