/**
 * The playbook as stored with the dataset's settings (and so in backups): null for the default
 * playbook, else the user's plays in priority order (read by core/playbook/playbookFrom.ts), and
 * what the editor offers.
 */
import type { PlayCondition } from '../../core/playbook/plays.ts';

export { conditionFrom, playbookFrom } from '../../core/playbook/playbookFrom.ts';

/** The condition kinds the editor offers (hasOffer needs every customer's offers: core and CLI only). */
export const EDITABLE_KINDS = ['valueTop', 'valueNotTop', 'stage', 'due', 'orders', 'pActive', 'clvTop'] as const;
export type EditableKind = (typeof EDITABLE_KINDS)[number];

/** A fresh condition of a kind, with the defaults the editor starts from. */
export function newCondition(kind: EditableKind): PlayCondition {
  switch (kind) {
    case 'valueTop':
    case 'clvTop':
      return { kind, share: 0.2 };
    case 'valueNotTop':
      return { kind, share: 0.5 };
    case 'stage':
      return { kind, stages: ['lapsed'] };
    case 'due':
      return { kind };
    case 'orders':
      return { kind, min: 2 };
    case 'pActive':
      return { kind, min: 0.5 };
  }
}
