import { FileError } from './readTransactions.ts';
import { UsageError } from './options.ts';
import { rfmCommand } from './rfmCommand.ts';

const USAGE = `usage: segmap <command> FILE [options]

commands:
  rfm FILE    import report and the RFM table (customer_id,recency_days,frequency,monetary,
              r_score,f_score,m_score,rfm_code)

options:
  --out FILE.csv            write the table there (default: stdout)
  --json                    print the import report as JSON
  --delimiter D             , ; tab | whitespace (default: detected)
  --encoding E              utf-8, utf-16le, utf-16be, gbk (default: detected)
  --no-header               the first line is data (columns are 1..n)
  --map ROLE=COLUMN         ROLE: customer, date, amount, quantity, price, invoice;
                            COLUMN: header name or 1-based index (repeatable)
  --reference-date DATE     YYYY-MM-DD (default: the day after the last transaction)
  --keep-returns            keep cancellations as negative amounts
  --keep-duplicates         keep exact duplicate lines
  --date-order dmy|mdy      for dates like 9/12/2011 when the file does not settle it
`;

const COMMANDS: Record<string, (args: string[]) => Promise<void>> = { rfm: rfmCommand };

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
