import { readFileSync } from 'node:fs';
import { applyMaps, buildImportOptions } from '../../../src/core/import/buildImportOptions.ts';
import type { CleaningOptions } from '../../../src/core/import/types.ts';
import { importStream } from '../../../src/core/import/importStream.ts';
import { sniff } from '../../../src/core/import/sniff.ts';
import type { TransactionTable } from '../../../src/core/model/TransactionTable.ts';
import { daysFromCivil } from '../../../src/core/values/civil.ts';
import { sharedData } from '../helpers.ts';

/** The CDNOW sample (Fader & Hardie), when ../shared/data has it. */
export const CDNOW = sharedData('cdnow/CDNOW_sample.txt');

/** Calibration ends 1997-09-30 (39 weeks after the cohort's first purchases), as in the literature. */
export const CDNOW_CALIBRATION_END = daysFromCivil(1997, 9, 30);

/**
 * CDNOW imported as the literature uses it: customer = column 1, date = 3, dollar value = 5, every
 * row kept (exact duplicate lines and $0.00 purchases are real purchases there).
 */
export async function loadCdnow(
  cleaning: Partial<CleaningOptions> = { dropDuplicates: false, dropNonPositive: false },
): Promise<TransactionTable> {
  const bytes = new Uint8Array(readFileSync(CDNOW.path));
  const s = sniff(bytes, true, { delimiter: 'whitespace', hasHeader: false });
  const roles = applyMaps(s.roles, s.columns, [
    { role: 'customer', column: '1' },
    { role: 'date', column: '3' },
    { role: 'amount', column: '5' },
  ]);
  const { options } = buildImportOptions(s, { roles, cleaning });
  async function* chunks() {
    yield bytes;
  }
  const { table } = await importStream(chunks(), options, { fileName: 'CDNOW_sample.txt', totalBytes: bytes.length });
  return table;
}
