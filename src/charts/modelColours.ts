/** Colours of the model checks (data against the model): Okabe–Ito blue and vermillion, safe for colour-blind readers. */
import { OKABE_ITO } from './palette.ts';

export const MODEL_COLOURS: { readonly actual: string; readonly model: string } = {
  actual: OKABE_ITO[4],
  model: OKABE_ITO[5],
};
