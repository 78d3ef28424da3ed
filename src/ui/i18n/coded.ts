/** Caught errors kept as codes, so they can be said in any language (no runes: testable in Node). */
import { enBackup } from './en.backup.ts';

/** A message from the core or a worker: a code with params (translatable) and its English text. */
export interface Coded {
  code?: unknown;
  params?: unknown;
  text?: string;
  message?: string;
  /** The raw text of an unexpected error (not coded): for a bug report, never the message itself. */
  detail?: string;
}

/**
 * What to keep of a caught error to show it later in any language: its code and params when it
 * has them (CoreError, also from a worker). Anything else (a TypeError, a DOMException, "network
 * error") becomes the coded generic `app.unexpected`: the raw text goes to the console and to
 * `detail` (shown folded, for a bug report), never as the message.
 */
export function codedOf(e: unknown): Coded {
  const err = e as { code?: unknown; params?: unknown; message?: unknown };
  const message = typeof err?.message === 'string' ? err.message : String(e);
  if (typeof err?.code === 'string' && err.code) return { code: err.code, params: err.params, message };
  console.error(e);
  const name = typeof (e as { name?: unknown })?.name === 'string' ? `${(e as { name: string }).name}: ` : '';
  return { code: 'app.unexpected', params: {}, message: enBackup['core.app.unexpected'], detail: `${name}${message}` };
}
