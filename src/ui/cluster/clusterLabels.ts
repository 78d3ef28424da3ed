/** Names and colours of the clusters: the user's name, else the number and the automatic description. */
import { segmentColour } from '../../charts/palette.ts';
import type { ClusterProfile } from '../../core/cluster/clusterProfiles.ts';
import type { MessageKey } from '../i18n/en.ts';
import { t } from '../i18n/i18n.svelte.ts';
import type { ClusterSettings } from '../state/analysisSettings.ts';

/**
 * The key a user's cluster name is stored under: the run's features, transforms, scaling, seed,
 * restarts and k with the cluster number. The same settings give the same seeded clusters, so a
 * name follows its cluster; changing any of them starts with fresh names instead of moving a name
 * onto a different group.
 */
export function clusterNameKey(s: ClusterSettings, k: number, index: number): string {
  const features = s.features.map((f) => `${f.id}${f.transform === 'log1p' ? '~log' : ''}`).join(',');
  return `${features}|${s.scaling}|${s.seed}|${s.restarts}|${k}:${index}`;
}

export interface ClusterLabel {
  name: string;
  description: string;
  colour: string;
}

export function clusterLabels(
  profiles: readonly ClusterProfile[],
  k: number,
  settings: ClusterSettings,
): ClusterLabel[] {
  return profiles.map((p) => {
    const description = p.traits.length
      ? p.traits.map((x) => t(`cl.trait.${x}` as MessageKey)).join(t('punct.listSep'))
      : t('cl.trait.average');
    return {
      name: settings.names[clusterNameKey(settings, k, p.index)] || `${p.index + 1}: ${description}`,
      description,
      colour: segmentColour(p.index),
    };
  });
}
