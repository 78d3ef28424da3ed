import { abcCommand } from './abcCommand.ts';
import { ahpCommand } from './ahpCommand.ts';
import { clvCommand } from './clvCommand.ts';
import { cohortsCommand } from './cohortsCommand.ts';
import { kmeansCommand } from './kmeansCommand.ts';
import { migrateCommand } from './migrateCommand.ts';
import { FileError } from './readTransactions.ts';
import { UsageError } from './options.ts';
import { rfmCommand } from './rfmCommand.ts';
import { segmentsCommand } from './segmentsCommand.ts';

const USAGE = `usage: segmap <command> FILE [options]

commands:
  rfm FILE    import report and the RFM table (customer_id,recency_days,frequency,monetary,
              r_score,f_score,m_score,rfm_code)
  segments FILE
              the rfm columns plus a segment column: --scheme rfm11|cn8|tiers|custom
              (--grades 5|4|3, --ties shared|split, --r-cuts/--f-cuts/--m-cuts 30,90,180,
              --r-textbook, --basis mean|median for cn8, --tier vip=4 … for tiers,
              --rules FILE.json for custom, --names id|en|zh-CN (zh-CN adds a UTF-8 BOM;
              --bom for any), --json: summary)
  abc FILE    ABC classes, customer pyramid and Gini coefficient of revenue per customer
              (--abc-cuts 80,95: percent of revenue; --pyramid 1,19,30,50: layer sizes in
              percent of customers summing to 100, or --pyramid curry for 1,4,15,80)
  clv FILE    customer lifetime value: --model bgnbd|mbgnbd|pnbd|gg|bgbb, --time-unit
              day|week|month|year, --calibration-end YYYY-MM-DD, --horizon N (time units),
              --margin PCT, --discount-rate PCT (annual), --penalty L, --current historical|ccv,
              --cut mean|median|pNN; --json: the fit; --out: customer_id,x,t_x,T,p_alive,
              expected_purchases,expected_spend,clv,value_class. Keeps duplicate lines and
              zero amounts unless --drop-duplicates / --drop-zero.
  kmeans FILE k-means on the customers' RFM: --k 4, --seed 1, --restarts 10, --features r,f,m,
              --transform log1p|none, --scaling z|minmax; --json: k, inertia, sizes, centroids,
              features; --out: customer_id,cluster
  cohorts FILE
              acquisition cohorts by --period month|quarter of the first purchase: retention
              (share still buying in each later period), revenue, orders, average order value;
              --json: {"period","cohorts":[{cohort,customers,retention,active,revenue,orders,aov}]};
              --out: cohort,period_offset,customers,active,retention,revenue,orders,aov
  ahp         AHP weights of a comparison matrix: --matrix "1,3,5;1/3,1,3;1/5,1/3,1" [--json]
  migrate FILE
              customers moving between segments: --dates 2011-06-30,2011-12-09 (two or more),
              segments recomputed as of each date; --scheme rfm11|cn8|tiers|custom|clusters and
              the segments flags (clusters: --k, --seed, --restarts, --transform, --scaling);
              --json: {"dates","from","to","counts",…}; --out: from_date,to_date,from,to,customers

options:
  --out FILE.csv            write the table there (default: stdout)
  --json                    print the import report as JSON
  --delimiter D             , ; tab | whitespace (default: detected)
  --encoding E              utf-8, utf-16le, utf-16be, gbk (default: detected)
  --no-header               the first line is data (columns are 1..n)
  --skip-rows N             rows above the header to skip (title rows, an Excel sep= line;
                            default: detected)
  --map ROLE=COLUMN         ROLE: customer, date, amount, quantity, price, invoice
                            (a summary: customer, first, date = last purchase, orders,
                            amount = total, average); COLUMN: header name or 1-based
                            index (repeatable)
  --summary                 FILE is a customer summary, one row per customer: id, first
                            purchase, last purchase, orders, total (or average) amount,
                            attributes (rfm, segments, abc, clv, kmeans; not cohorts,
                            migrate, --as-of or a calibration split)
  --reference-date DATE     YYYY-MM-DD (default: the day after the last transaction)
  --as-of DATE              only transactions dated on or before DATE (YYYY-MM-DD) count;
                            the reference date is the day after
  --keep-returns            keep cancellations as negative amounts
  --keep-duplicates         keep exact duplicate lines
  --keep-zero               keep rows with a zero (or negative, non-return) amount
  --drop-future             drop rows dated after today (default: keep them, with a warning)
  --today DATE              YYYY-MM-DD counted as today for --drop-future and the warning
                            (default: today on this computer)
  --keep-outlier-dates      keep dates cut off from the rest of the file's dates by more than
                            --outlier-years years without any date (9999-12-31, 1900-01-01 …;
                            dropped by default)
  --outlier-years N         that gap in years (default 5)
  --date-order dmy|mdy      for dates like 9/12/2011 when the file does not settle it
`;

const COMMANDS: Record<string, (args: string[]) => Promise<void>> = {
  rfm: rfmCommand,
  segments: segmentsCommand,
  abc: abcCommand,
  clv: clvCommand,
  kmeans: kmeansCommand,
  cohorts: cohortsCommand,
  ahp: ahpCommand,
  migrate: migrateCommand,
};

/** Runs the CLI; returns the process exit code. */
export async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (!command || command === '--help' || command === '-h' || command === 'help') {
    process.stdout.write(USAGE);
    return command ? 0 : 2;
  }
  const run = COMMANDS[command];
  if (!run) {
    process.stderr.write(`segmap: unknown command "${command}" (try: segmap --help)\n`);
    return 2;
  }
  try {
    await run(rest);
    return 0;
  } catch (e) {
    if (e instanceof UsageError) {
      process.stderr.write(`segmap ${command}: ${e.message}\n`);
      return 2;
    }
    if (e instanceof FileError) {
      process.stderr.write(`segmap ${command}: ${e.message}\n`);
      return 1;
    }
    process.stderr.write(`segmap ${command}: ${(e as Error).message ?? e}\n`);
    return 1;
  }
}
