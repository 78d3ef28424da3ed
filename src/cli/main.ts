import { abcCommand } from './abcCommand.ts';
import { backtestCommand } from './backtestCommand.ts';
import { basketCommand } from './basketCommand.ts';
import { ahpCommand } from './ahpCommand.ts';
import { clvCommand } from './clvCommand.ts';
import { cohortsCommand } from './cohortsCommand.ts';
import { kmeansCommand } from './kmeansCommand.ts';
import { migrateCommand } from './migrateCommand.ts';
import { planCommand } from './planCommand.ts';
import { recommendCommand } from './recommendCommand.ts';
import { FileError } from './readTransactions.ts';
import { UsageError } from './options.ts';
import { rfmCommand } from './rfmCommand.ts';
import { segmentsCommand } from './segmentsCommand.ts';

const USAGE = `usage: segmap <command> FILE [options]

commands:
  rfm FILE    import report and the RFM table (customer_id,recency_days,frequency,monetary,
              r_score,f_score,m_score,rfm_code); --value profit: monetary = the customer's sum
              of the profit column (M ranked on it; frequency stays orders)
  segments FILE
              the rfm columns plus a segment column: --scheme rfm11|cn8|tiers|custom
              (--grades 5|4|3, --ties shared|split, --r-cuts/--f-cuts/--m-cuts 30,90,180,
              --r-textbook, --basis mean|median for cn8, --tier vip=4 … for tiers,
              --rules FILE.json for custom: [{"name", "r"?, "f"?, "m"?, "fm"?: [from, to],
              "conditions"?: [{"kind": "recencyDays"|"orders"|"spend"|"profit", "min"?, "max"?},
              {"kind": "boughtWithin", "days"}, {"kind": "boughtItem", "level":
              "category"|"subcategory"|"product", "item", "within"?, "never"?}, {"kind":
              "attribute", "name", "equals"}]}], --names id|en|zh-CN (zh-CN adds a UTF-8 BOM;
              --bom for any), --value revenue|profit, --json: summary)
  abc FILE    ABC classes, customer pyramid and Gini coefficient of revenue per customer
              (--abc-cuts 80,95: percent of revenue; --pyramid 1,19,30,50: layer sizes in
              percent of customers summing to 100, or --pyramid curry for 1,4,15,80)
  clv FILE    customer lifetime value: --model auto|bgnbd|mbgnbd|pnbd|gg|bgbb (auto, the
              default: the best backtest on the last quarter, else the lowest AIC), --time-unit
              day|week|month|year, --calibration-end YYYY-MM-DD, --horizon N (time units;
              one year by default, as in the app), --margin PCT, --discount-rate PCT (annual),
              --penalty L, --current historical|ccv, --value profit (current value = the
              customer's profit, CLV = expected revenue × the customer's own margin instead of
              --margin),
              --cut mean|median|pNN; --json: the fit, diagnostics and loyalty; --out:
              customer_id,x,t_x,T,p_alive,p_alive_code (why p_alive is empty),
              expected_purchases,expected_spend,clv,value_class,p_no_purchase_30d,
              next_purchase_from,next_purchase_to,overdue; --intervals 80|95 appends
              expected_purchases_low/high, p_alive_end_low/high, clv_low/high. Keeps duplicate
              lines and zero amounts unless --drop-duplicates / --drop-zero.
  backtest FILE
              the backtest scorecard: fits on all but the last quarter of the span (or up to
              --calibration-end YYYY-MM-DD) and scores the rest: MAE, RMSE, % errors of total
              purchases and spend, deciles, AUC, Brier, reliability and Gini of --model auto
              (the automatic choice's candidates) or a list such as bgnbd,pnbd, against the
              past-rate and same-as-last-period baselines; --time-unit, --penalty; --json: the
              scorecard; --out: forecast,baseline,mae,rmse,… one row per forecast
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
              the segments flags (clusters: --k, --seed, --restarts, --transform, --scaling;
              --value profit: M, and the clusters' m, count profit up to each date);
              --json: {"dates","from","to","counts",…}; --out: from_date,to_date,from,to,customers
  basket FILE what each segment buys: per segment and item, buyers, revenue, profit, share (the
              item's part of the segment's revenue) and lift (that share over the item's part of
              all revenue); --by category|subcategory|product (default: sub-categories where
              mapped, else categories, else products), --scheme and the segments flags
              (--value profit: segments with M ranked on profit);
              --json: {"by","scheme","rows":[{segment,category,customers,revenue,profit,share,
              lift}]} (category = the item at the --by level); --out: the rows as CSV;
              service and fee lines (postage, carriage, fees, discounts…) are left out and
              named on stderr; --keep-fees keeps them
  recommend FILE
              next best offers per customer (item-to-item cosine over what customers bought;
              reason = the strongest rule behind the offer): --by category|subcategory|product
              (default: subcategory, else category, else product), --top N (default 3); --out:
              customer_id,rank,offer,score,reason; service and fee lines are never offered
              (--keep-fees keeps them)
  plan FILE   the visit plan: one play per customer (win back, visit due, onboard, grow, keep
              loyal, let go, keep in touch; the first whose conditions hold) with its reason,
              in order of play priority, then past value; --model auto|bgnbd|mbgnbd|pnbd|bgbb
              (P(active), next purchase and "due"), --no-model (due = the cooling stage),
              --value revenue|profit, --playbook FILE.json (the plays in priority order, as
              the app stores them); --out: customer_id,name,play,reason,priority,
              past_value,p_active,next_purchase_from,offer_1,offer_2,offer_3 (no postage or
              fees; --keep-fees); --json: the customers per play

options:
  --out FILE.csv            write the table there (default: stdout)
  --json                    print the import report as JSON
  --delimiter D             , ; tab | whitespace (default: detected)
  --encoding E              utf-8, utf-16le, utf-16be, gbk (default: detected)
  --no-header               the first line is data (columns are 1..n)
  --skip-rows N             rows above the header to skip (title rows, an Excel sep= line;
                            default: detected)
  --map ROLE=COLUMN         ROLE: customer, date, amount, quantity, price, invoice,
                            product, productName, category, subcategory, profit,
                            and the contacts name, phone, email, address, city, region
                            (customer attributes: shown and searched, never measured)
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
  --cancel-prefix RULE      auto (default: decided from the file's invoices, see the report),
                            C (an invoice starting with C is a cancellation) or none
  --sheet NAME              the worksheet of an .xlsx/.xls FILE (default: the first with data);
                            FILE may be CSV, .xlsx, .xls, .parquet or .arrow (told by its bytes)
`;

const COMMANDS: Record<string, (args: string[]) => Promise<void>> = {
  rfm: rfmCommand,
  segments: segmentsCommand,
  abc: abcCommand,
  clv: clvCommand,
  backtest: backtestCommand,
  kmeans: kmeansCommand,
  cohorts: cohortsCommand,
  ahp: ahpCommand,
  migrate: migrateCommand,
  basket: basketCommand,
  recommend: recommendCommand,
  plan: planCommand,
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
