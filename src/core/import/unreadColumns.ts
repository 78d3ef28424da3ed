import { notice } from '../notice/notice.ts';
import type { Notice } from '../notice/notice.ts';
import { headerSaysDate, isDatey } from './guessRoles.ts';
import type { ColumnRole } from './types.ts';

/** The date formats Segmap reads, as the message lists them. */
export const DATE_FORMATS_READ =
  '2011-12-09, 2011-12-09 12:50, 2011/12/9, 9/12/2011, 12/9/2011, 09.12.2011, 19970101, 2011年12月9日, Excel serial numbers';

/**
 * Why no column became the date although one is headed like a date (`date`, `日期`, `InvoiceDate`):
 * for each such column, its first value that is not a date Segmap reads, with its line
 * (`sniff.unreadDate`). Empty when some column has the date role. `lines[k]` is the 1-based file
 * line of `rows[k]`.
 */
export function unreadDateNotices(columns: string[], rows: string[][], lines: number[], roles: ColumnRole[]): Notice[] {
  if (roles.includes('date')) return [];
  const out: Notice[] = [];
  columns.forEach((name, j) => {
    if (roles[j] === 'first' || !headerSaysDate(name)) return;
    const k = rows.findIndex((r) => (r[j] ?? '').trim() !== '' && !isDatey((r[j] ?? '').trim()));
    if (k < 0) return;
    const value = rows[k][j].trim();
    const line = lines[k];
    out.push(
      notice(
        'sniff.unreadDate',
        { column: j + 1, name, value, line, formats: DATE_FORMATS_READ },
        `column ${j + 1} "${name}": "${value}" on line ${line} is not a date Segmap reads, so no column is the date ` +
          `(formats read: ${DATE_FORMATS_READ}); fix the values or map the date column yourself`,
      ),
    );
  });
  return out;
}
