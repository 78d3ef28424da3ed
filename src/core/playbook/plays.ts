/**
 * The playbook: an ordered list of plays, each a set of conditions on what is known about a
 * customer; the first play whose conditions all hold is the customer's one recommendation. The
 * defaults follow the customer-grading chapters: win back a high-value lapsed customer, visit a
 * high-value one who is due, onboard a new one, grow a promising one, keep a loyal one at low cost,
 * let the low-value lapsed go, and keep in touch with the rest.
 */
import type { StageId } from '../lifecycle/lifecycleStages.ts';

/**
 * One condition of a play. Shares are fractions of all customers (0.2 = the top 20 % by past value,
 * ranked on the value basis in use). `due`: the expected next purchase is overdue (purchase timing
 * of the CLV model), or, without a model, the lifecycle stage is cooling. `pActive`: the model's
 * P(active) in [min, max]; a customer whose P(active) is not known (no model, or dropout not
 * identified) does not match. `clvTop`: among the top share by CLV (no match without a CLV).
 */
export type PlayCondition =
  | { kind: 'valueTop'; share: number }
  | { kind: 'valueNotTop'; share: number }
  | { kind: 'stage'; stages: StageId[] }
  | { kind: 'due' }
  | { kind: 'orders'; min?: number; max?: number }
  | { kind: 'pActive'; min?: number; max?: number }
  | { kind: 'clvTop'; share: number }
  | { kind: 'hasOffer' };

/** The plays Segmap ships (their texts are in the UI's catalogue under play.<id>.*). */
export const DEFAULT_PLAY_IDS = [
  'winBack',
  'visitDue',
  'onboard',
  'grow',
  'keepLoyal',
  'letGo',
  'keepInTouch',
] as const;
export type DefaultPlayId = (typeof DEFAULT_PLAY_IDS)[number];

/**
 * A play: its id (a default's, or `custom-N`), its conditions (all must hold; none: everyone), and
 * for an edited or custom play the user's own name and action text (else the catalogue's).
 */
export interface Play {
  id: string;
  conditions: PlayCondition[];
  name?: string;
  action?: string;
}

/** The default playbook, highest priority first; the last play matches everyone. */
export const DEFAULT_PLAYS: readonly Play[] = [
  {
    id: 'winBack',
    conditions: [
      { kind: 'valueTop', share: 0.2 },
      { kind: 'stage', stages: ['at_risk', 'lapsed'] },
    ],
  },
  {
    id: 'visitDue',
    conditions: [{ kind: 'valueTop', share: 0.2 }, { kind: 'due' }],
  },
  { id: 'onboard', conditions: [{ kind: 'stage', stages: ['new'] }] },
  {
    id: 'grow',
    conditions: [
      { kind: 'valueNotTop', share: 0.2 },
      { kind: 'stage', stages: ['active', 'cooling'] },
      { kind: 'orders', min: 2 },
    ],
  },
  {
    id: 'keepLoyal',
    conditions: [
      { kind: 'valueTop', share: 0.2 },
      { kind: 'stage', stages: ['active', 'cooling'] },
      { kind: 'orders', min: 2 },
    ],
  },
  {
    id: 'letGo',
    conditions: [
      { kind: 'valueNotTop', share: 0.5 },
      { kind: 'stage', stages: ['lapsed'] },
    ],
  },
  { id: 'keepInTouch', conditions: [] },
];
