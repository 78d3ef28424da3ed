import { bgbbModel } from './bgbb.ts';
import { bgnbd } from './bgnbd.ts';
import { mbgnbd } from './mbgnbd.ts';
import { paretoNbd } from './paretoNbd.ts';
import type { RepeatModel, RepeatModelId } from './types.ts';

/** The repeat-purchase models by id. BG/BB works on whole periods (see bgbbModel). */
export const REPEAT_MODELS: Record<RepeatModelId, RepeatModel> = {
  bgnbd,
  mbgnbd,
  pnbd: paretoNbd,
  bgbb: bgbbModel,
};

/** The continuous-time models, compared with each other in the model checks. */
export const CONTINUOUS_MODELS: readonly RepeatModelId[] = ['bgnbd', 'mbgnbd', 'pnbd'];
