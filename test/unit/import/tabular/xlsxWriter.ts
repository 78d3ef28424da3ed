// A tiny .xlsx writer over fflate's zipSync, so the reader (SheetJS) is not checked against files
// it wrote itself: inline strings, numbers, date-styled numbers (built-in format 14 and a custom
// "yyyy-mm-dd hh:mm"), several sheets, the 1904 date system.
import { strToU8, zipSync } from 'fflate';

/** A cell: text, a number in General format, a date serial styled as a date (and time), or empty. */
export type XCell = string | number | { serial: number; time?: boolean } | null;

export interface XSheet {
  name: string;
  rows: XCell[][];
  /** 0-based row of the first row (rows above are absent, as Excel writes a sheet starting lower). */
  firstRow?: number;
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function colName(j: number): string {
  let s = '';
  for (let n = j + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

function sheetXml(sheet: XSheet): string {
  const first = sheet.firstRow ?? 0;
  const rows = sheet.rows
    .map((row, i) => {
      const r = first + i + 1;
      const cells = row
        .map((c, j) => {
          const ref = `${colName(j)}${r}`;
          if (c === null) return '';
          if (typeof c === 'string') return `<c r="${ref}" t="inlineStr"><is><t>${esc(c)}</t></is></c>`;
          if (typeof c === 'number') return `<c r="${ref}"><v>${c}</v></c>`;
          return `<c r="${ref}" s="${c.time ? 2 : 1}"><v>${c.serial}</v></c>`;
        })
        .join('');
      return `<row r="${r}">${cells}</row>`;
    })
    .join('');
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
    '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
    `<sheetData>${rows}</sheetData></worksheet>`
  );
}

/** The bytes of an .xlsx workbook holding `sheets` (date1904: the Mac 1904 date system). */
export function writeXlsx(sheets: XSheet[], opts: { date1904?: boolean } = {}): Uint8Array {
  const ns = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
  const rel = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
  const files: Record<string, Uint8Array> = {
    '[Content_Types].xml': strToU8(
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
        '<Default Extension="xml" ContentType="application/xml"/>' +
        '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
        '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>' +
        sheets
          .map(
            (_, k) =>
              `<Override PartName="/xl/worksheets/sheet${k + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`,
          )
          .join('') +
        '</Types>',
    ),
    '_rels/.rels': strToU8(
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
        `<Relationship Id="rId1" Type="${rel}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    ),
    'xl/workbook.xml': strToU8(
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><workbook xmlns="${ns}" xmlns:r="${rel}">` +
        (opts.date1904 ? '<workbookPr date1904="1"/>' : '<workbookPr/>') +
        '<sheets>' +
        sheets.map((s, k) => `<sheet name="${esc(s.name)}" sheetId="${k + 1}" r:id="rId${k + 1}"/>`).join('') +
        '</sheets></workbook>',
    ),
    'xl/_rels/workbook.xml.rels': strToU8(
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
        sheets
          .map(
            (_, k) => `<Relationship Id="rId${k + 1}" Type="${rel}/worksheet" Target="worksheets/sheet${k + 1}.xml"/>`,
          )
          .join('') +
        `<Relationship Id="rId${sheets.length + 1}" Type="${rel}/styles" Target="styles.xml"/></Relationships>`,
    ),
    'xl/styles.xml': strToU8(
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><styleSheet xmlns="${ns}">` +
        '<numFmts count="1"><numFmt numFmtId="164" formatCode="yyyy\\-mm\\-dd hh:mm"/></numFmts>' +
        '<fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts>' +
        '<fills count="1"><fill><patternFill patternType="none"/></fill></fills>' +
        '<borders count="1"><border/></borders>' +
        '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
        '<cellXfs count="3"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>' +
        '<xf numFmtId="14" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>' +
        '<xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs>' +
        '</styleSheet>',
    ),
  };
  sheets.forEach((s, k) => (files[`xl/worksheets/sheet${k + 1}.xml`] = strToU8(sheetXml(s))));
  return zipSync(files);
}

/** The Excel serial of a civil date-time (1900 system, or 1904), from its UTC fields. */
export function serialOf(y: number, m: number, d: number, hh = 0, mm = 0, date1904 = false): number {
  const days = Date.UTC(y, m - 1, d) / 86_400_000 + (hh * 60 + mm) / 1440;
  return date1904 ? days + 24107 : days + 25569;
}
