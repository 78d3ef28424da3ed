/**
 * Messages from the core that a user reads: a stable code with its parameters, so the UI can say
 * them in the user's language, and the English text for the CLI and as the fallback.
 */

/** Parameters of a message: numbers stay numbers so the UI can format them by locale. */
export type NoticeParams = Record<string, string | number>;

/** A warning or note: code (e.g. "fit.boundary"), its parameters and the English text. */
export interface Notice {
  code: string;
  params: NoticeParams;
  text: string;
}

/** Builds a Notice. */
export function notice(code: string, params: NoticeParams, text: string): Notice {
  return { code, params, text };
}

/**
 * A RangeError (an argument out of its range) that the UI can translate: code and params like a
 * CoreError's, so a bad setting reaching a computation is said in the user's language.
 */
export function rangeError(code: string, params: NoticeParams, message: string): RangeError {
  return Object.assign(new RangeError(message), { code, params });
}

/** An error the UI can translate: message is the English text; code and params say it again. */
export class CoreError extends Error {
  override name = 'CoreError';
  constructor(
    readonly code: string,
    readonly params: NoticeParams,
    message: string,
  ) {
    super(message);
  }
}
