/**
 * English text of issue 17 part B: Excel, Parquet and Arrow files (sheet choice, format, their
 * coded errors) and the cancellation rule decided from the file (`core.<code>` keys).
 */
export const enFormats = {
  'map.format': 'Format',
  'map.format.xlsx': 'Excel workbook',
  'map.format.parquet': 'Parquet',
  'map.format.arrow': 'Arrow',
  'map.sheet': 'Sheet',
  'map.cancelRule': 'Cancellations by invoice',
  'map.cancelRule.auto': 'Decide from the file',
  'map.cancelRule.C': 'Invoices starting with “C”',
  'map.cancelRule.none': 'None (orders only)',
  'map.cancelRule.sample': 'In the first rows: {reason}',
  'report.format': 'File',
  'report.format.sheet': '{format}, sheet “{sheet}”',
  'report.cancellations': 'Cancellations',
  'report.cancellations.C': 'invoices starting with “C” ({matched} rows)',
  'report.cancellations.none': 'no invoice marks a cancellation',
  'core.file.encrypted':
    '{file}: this workbook is password-protected. Open it in Excel, remove the password, or save it as CSV.',
  'core.file.badWorkbook':
    '{file}: this Excel workbook cannot be read (damaged or cut short). Open it in Excel and save it again, or save it as CSV.',
  'core.file.noWorksheet': '{file}: this Excel workbook has no worksheet.',
  'core.file.noSheet': '{file}: no sheet named “{sheet}” (sheets: {sheets}).',
  'core.file.badParquet': '{file}: this Parquet file cannot be read (damaged or cut short). Export it again.',
  'core.file.badParquetRows':
    '{file}: the rows on lines {from}–{to} cannot be read (the file is damaged). Export it again.',
  'core.import.parquetCodec':
    '{file}: column “{column}” is compressed with {codec}, which Segmap cannot read. Export the file with SNAPPY, ZSTD, GZIP or no compression.',
  'core.file.badArrow': '{file}: this Arrow file cannot be read (damaged or cut short). Export it again.',
  'core.import.arrowCodec':
    '{file}: this Arrow file is compressed (LZ4 or ZSTD), which Segmap cannot read. Write it uncompressed.',
  'core.import.largeWorkbook':
    'This workbook is {mb} MB. Excel files are read whole, which takes long and much memory; saved as CSV or Parquet it imports faster.',
  'core.import.wholeWorkbook':
    'Excel workbooks are read whole (not streamed): for large files, CSV or Parquet is faster.',
  'core.import.macDateSystem':
    'This workbook uses the 1904 date system (as Excel for Mac saved workbooks): its dates and date serial numbers were read in that system.',
  'core.import.cancelNoC': 'No invoice starts with “C”: no row is taken for a cancellation by its invoice.',
  'core.import.cancelPrefixC':
    '{cDigits} of {rows} rows ({share}) have invoices “C” + digits such as {first} among digit invoices: taken for cancellations.',
  'core.import.cancelPrefixNone':
    '{cOther} of {rows} rows have an invoice starting with “C” but not as “C” + digits ({first}): invoices starting with “C” are read as orders, not cancellations.',
  'core.import.cancelPrefixMost':
    'Only {digits} of {rows} rows have plain-digit invoices, so the {cDigits} rows with “C” + digits invoices ({first}) are no minority: they are read as orders, not cancellations.',
  'core.import.cancelChosenC': 'Chosen: invoices starting with “C” are cancellations ({cRows} of {rows} rows).',
  'core.import.cancelChosenNone':
    'Chosen: no invoice marks a cancellation ({cRows} of {rows} rows have an invoice starting with “C”).',
  'core.import.cancelNotRerun':
    'The first rows suggested another cancellation rule than the whole file does: choose the rule and import again.',
};
