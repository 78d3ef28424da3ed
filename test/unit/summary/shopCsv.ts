import { daysFromCivil, formatDay } from '../../../src/core/values/civil.ts';
import { rng } from '../rng.ts';

/** A seeded shop: invoices with one or two lines, some returns, as CSV text. */
export function shopCsv(seed: number, customers = 60): string {
  const rand = rng(seed);
  const rows = ['invoice,customer,order_date,amount'];
  let inv = 1000;
  for (let c = 0; c < customers; c++) {
    const orders = 1 + Math.floor(rand() ** 2 * 9);
    for (let k = 0; k < orders; k++) {
      const d = formatDay(daysFromCivil(2024, 1, 1) + Math.floor(rand() * 400));
      inv++;
      const lines = rand() < 0.3 ? 2 : 1;
      for (let l = 0; l < lines; l++) rows.push(`${inv},C${c},${d},${(rand() * 90 + 5).toFixed(2)}`);
      if (rand() < 0.05) rows.push(`R${inv},C${c},${d},-${(rand() * 5).toFixed(2)}`);
    }
  }
  return rows.join('\n') + '\n';
}
