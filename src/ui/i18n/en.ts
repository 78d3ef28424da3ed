import { enRules } from './en.rules.ts';
import { enOffers } from './en.offers.ts';
import { enBasket } from './en.basket.ts';
import { enPlaybook } from './en.playbook.ts';
import { enPlan } from './en.plan.ts';
import { enProducts } from './en.products.ts';
import { enJudge } from './en.judge.ts';
import { enGuard } from './en.guard.ts';
import { enIntervals } from './en.intervals.ts';
import { enBacktest } from './en.backtest.ts';
import { enCompute } from './en.compute.ts';
import { enJobs } from './en.jobs.ts';
import { enDataworker } from './en.dataworker.ts';
import { enHostile } from './en.hostile.ts';
import { enSummary } from './en.summary.ts';
import { enA11y } from './en.a11y.ts';
import { enCard } from './en.card.ts';
import { enCore } from './en.core.ts';
import { enImport } from './en.import.ts';
import { enFormats } from './en.formats.ts';
import { enGlossary } from './en.glossary.ts';
import { enLearn } from './en.learn.ts';
import { enTime } from './en.time.ts';
import { enStorage } from './en.storage.ts';
import { enBackup } from './en.backup.ts';
import { enClv } from './en.clv.ts';
import { enCluster } from './en.cluster.ts';
import { enCohorts } from './en.cohorts.ts';
import { enSegments } from './en.segments.ts';
import { enTabsCli } from './en.tabs-cli.ts';
import { enBounded } from './en.bounded.ts';
import { enDates } from './en.dates.ts';
import { enEngines } from './en.engines.ts';
import { enRouting } from './en.routing.ts';
import { enReview } from './en.review.ts';
import { enDefaults } from './en.defaults.ts';
import { enItems } from './en.items.ts';

/** English UI text: the reference catalogue; zh-CN must have every key (the compiler checks). */
export const en = {
  ...enItems,
  ...enIntervals,
  ...enSegments,
  ...enClv,
  ...enCluster,
  ...enCard,
  ...enCore,
  ...enLearn,
  ...enGlossary,
  ...enTime,
  ...enStorage,
  ...enBackup,
  ...enA11y,
  ...enCohorts,
  ...enImport,
  ...enFormats,
  ...enSummary,
  ...enTabsCli,
  ...enBounded,
  ...enHostile,
  ...enDates,
  ...enJobs,
  ...enEngines,
  ...enRouting,
  ...enReview,
  ...enGuard,
  ...enDefaults,
  ...enCompute,
  ...enDataworker,
  ...enBacktest,
  ...enJudge,
  ...enProducts,
  ...enRules,
  ...enOffers,
  ...enBasket,
  ...enPlaybook,
  ...enPlan,
  'app.title': 'Segmap',
  'app.tagline': 'Customer segmentation on your own device. Nothing is uploaded.',
  'nav.data': 'Data',
  'nav.customers': 'Customers',
  'nav.main': 'Main',
  'lang.label': 'Language',
  'drop.title': 'Import your CSV',
  'drop.hint': 'Drop a transactions file here (customer, date, amount), or choose one.',
  'drop.button': 'Choose a file',
  'drop.formats':
    'CSV, TSV or text (UTF-8, UTF-16 or GBK; comma, semicolon, tab, pipe or spaces), Excel .xlsx, Parquet or Arrow.',
  'sniff.reading': 'Reading {file}…',
  'map.title': 'Check the columns of {file}',
  'map.encoding': 'Encoding',
  'map.delimiter': 'Delimiter',
  'map.header': 'First row is a header',
  'map.preview': 'First {n} rows and the role of each column',
  'map.role': 'Role of column {name}',
  'map.dateOrder': 'Dates like 9/12/2011 are',
  'map.dateOrder.dmy': 'day/month/year',
  'map.dateOrder.mdy': 'month/day/year',
  'map.dateOrder.auto': 'let the whole file decide',
  'map.dateAmbiguous':
    'Every date in the first rows fits both readings. Choose one, or let the whole file decide (a later day above 12 settles it).',
  'map.dateFormat': 'Date format: {format}',
  'dateKind.ymd': 'year-month-day (2011-12-09)',
  'dateKind.dmy': 'day/month/year (9/12/2011)',
  'dateKind.mdy': 'month/day/year (12/9/2011)',
  'dateKind.compact': 'yyyymmdd (20111209)',
  'dateKind.cjk': '2011年12月9日',
  'dateKind.excel': 'Excel serial day numbers (40886)',
  'map.numberFormat': 'Decimal separator: “{sep}”',
  'map.cleaning': 'Cleaning rules',
  'map.clean.dropCancellations': 'Drop cancellations (invoice starting with “C”, or negative quantity)',
  'map.clean.keepReturns': 'Keep returns as negative amounts, netted into the customer’s total',
  'map.clean.dropNonPositive': 'Drop zero or negative amounts',
  'map.clean.dropDuplicates': 'Drop exact duplicate lines',
  'map.missing': 'Map a customer id, a date, and an amount (or quantity and unit price).',
  'map.import': 'Import',
  'map.cancel': 'Cancel',
  'role.customer': 'Customer id',
  'role.date': 'Date',
  'role.amount': 'Amount',
  'role.quantity': 'Quantity',
  'role.price': 'Unit price',
  'role.invoice': 'Order / invoice id',
  'role.attribute': 'Customer attribute',
  'role.ignore': 'Ignore',
  'delim.,': 'Comma ,',
  'delim.;': 'Semicolon ;',
  'delim.\t': 'Tab',
  'delim.|': 'Pipe |',
  'delim.whitespace': 'Spaces',
  'progress.title': 'Importing {file}',
  'progress.detail': '{read} of {total} · {rows} rows',
  'progress.cancel': 'Cancel',
  'progress.cancelled': 'Import cancelled. Nothing was saved.',
  'report.title': 'Import report',
  'report.rowsRead': 'Rows read',
  'report.rowsKept': 'Rows kept',
  'report.returnsKept': 'of which returns',
  'report.customers': 'Customers',
  'report.invoices': 'Orders',
  'report.dateRange': 'Date range',
  'report.dropped': 'Dropped: {reason}',
  'report.samples': 'First dropped rows',
  'report.line': 'Line',
  'report.column': 'Column',
  'report.value': 'Value',
  'report.elapsed': 'Imported in {ms} ms',
  'report.dateOrder': 'Day/month order',
  'report.dateOrder.user': '{order}, as chosen',
  'report.dateOrder.sample': '{order}, settled by line {line}: “{raw}”',
  'report.dateOrder.file': '{order}, settled by line {line}: “{raw}”',
  'report.dateOrder.default':
    '{order}: every date in the file fits both readings. If that is wrong, import again and choose the order.',
  'report.saving': 'Saving on this device…',
  'report.saved': 'Saved on this device.',
  'reason.malformed': 'too few fields',
  'reason.noCustomer': 'no customer id',
  'reason.badDate': 'date does not parse',
  'reason.badAmount': 'amount does not parse',
  'reason.cancellation': 'cancellation or return',
  'reason.nonPositive': 'zero or negative amount',
  'reason.duplicate': 'exact duplicate line',
  'datasets.title': 'Datasets on this device',
  'datasets.empty': 'No datasets yet.',
  'datasets.name': 'Name',
  'datasets.rows': 'Rows',
  'datasets.customers': 'Customers',
  'datasets.dates': 'Dates',
  'datasets.size': 'Stored',
  'datasets.actions': 'Actions',
  'datasets.open': 'Open',
  'datasets.rename': 'Rename',
  'datasets.delete': 'Delete',
  'datasets.renamePrompt': 'New name for “{name}”',
  'datasets.confirmDelete': 'Delete “{name}” from this device?',
  'datasets.current': 'open',
  'datasets.sample': 'Sample shop',
  'storage.usage': 'Storage: {used} used of {quota}',
  'storage.persisted': 'persistent',
  'storage.notPersisted': 'may be cleared by the browser',
  'customers.title': 'Customers: RFM',
  'customers.none': 'Import or open a dataset to see its customers.',
  'customers.search': 'Search customer id',
  'customers.reference': 'Reference date',
  'customers.count': '{shown} of {total} customers',
  'customers.dataset': 'Dataset: {name}',
  'col.customer': 'Customer',
  'col.recency': 'Recency (days)',
  'col.frequency': 'Frequency',
  'col.monetary': 'Monetary',
  'col.r': 'R',
  'col.f': 'F',
  'col.m': 'M',
  'col.code': 'RFM',
  'sort.by': 'Sort by {col}',
  'how.title': 'How this is computed',
  'how.rfm.recency':
    'Recency = whole days from the day of the customer’s last purchase to the reference date (default: the day after the latest transaction). With an earlier reference date the table is as of the day before it: later transactions are left out.',
  'how.rfm.frequency':
    'Frequency = number of distinct orders (invoice ids when an invoice column is mapped, otherwise distinct purchase days).',
  'how.rfm.monetary': 'Monetary = sum of the customer’s amounts (returns netted in when kept).',
  'how.rfm.scores':
    'Each dimension is scored 1–5 by quintiles of the customer distribution: score = 1 + ⌊5 × (number of customers with a strictly worse value) / (number of customers)⌋. 5 = most recent, most frequent, highest spend.',
  'how.rfm.ties':
    'Ties get the same score: every customer with the same value gets the score of the first of them. When many customers share a value (e.g. most bought once) a dimension can have fewer than 5 distinct scores.',
  'how.rfm.code': 'The RFM code joins the three scores, e.g. 545.',
  'how.import':
    'The file is read in a background worker, straight from bytes into typed columns; the cleaning rules above decide which rows are kept, and the report counts every dropped row by reason with its first lines (too few or too many fields, no id, a date or amount that does not read). Undecodable characters, quoted fields over several lines and dates after today are flagged. The import is all or nothing, and everything stays on this device.',
  'error.title': 'Something went wrong',
  'error.dismiss': 'Dismiss',
  'pwa.updateReady': 'A new version of Segmap is ready. Your datasets and settings stay as they are.',
  'pwa.reload': 'Reload now',
  'pwa.later': 'Later',
  'pwa.offlineReady': 'Segmap is saved on this device and now works without a network.',
  'pwa.ok': 'OK',
  'storage.mayNotFit':
    'This file may not fit: about {need} is needed and {free} is free on this device. Nothing is saved unless all of it fits.',
  'a11y.scrollTable': '{name} (table, scrolls sideways)',
} as const;

export type MessageKey = keyof typeof en;
export type Messages = Record<MessageKey, string>;
