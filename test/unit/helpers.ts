import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { buildImportOptions } from '../../src/core/import/buildImportOptions.ts';
import type { OptionChoices } from '../../src/core/import/buildImportOptions.ts';
import { importStream } from '../../src/core/import/importStream.ts';
import { sniff } from '../../src/core/import/sniff.ts';
import type { SniffOverrides } from '../../src/core/import/sniff.ts';

/** Path of a file in ../shared/data beside the project, and whether it is present. */
export function sharedData(rel: string): { path: string; present: boolean } {
  const path = fileURLToPath(new URL(`../../../shared/data/${rel}`, import.meta.url));
  const present = existsSync(path);
  if (!present) console.warn(`skipped: ${path} is not present (the shared datasets live beside the project)`);
  return { path, present };
}

/**
 * Imports CSV text (or bytes) through the same sniff → options → stream path as the app; `today`
 * (days since 1970-01-01) turns on the "dated after today" check as the worker and the CLI do.
 */
export async function importText(
  input: string | Uint8Array,
  choices: OptionChoices = {},
  over: SniffOverrides = {},
  chunkSize = 1 << 16,
  today?: number,
) {
  const bytes = typeof input === 'string' ? new TextEncoder().encode(input) : input;
  const s = sniff(bytes, true, over);
  const { options } = buildImportOptions(s, choices);
  async function* chunks() {
    for (let i = 0; i < bytes.length; i += chunkSize) yield bytes.subarray(i, i + chunkSize);
  }
  const result = await importStream(chunks(), options, {
    fileName: 'test.csv',
    totalBytes: bytes.length,
    reopen: chunks,
    today,
  });
  return { ...result, sniff: s, options };
}
