/**
 * English text of the messages the core raises (errors, warnings, notes), keyed `core.<code>`;
 * merged into `en`. The core's own English (used by the CLI) is the fallback for unknown codes.
 */
export const enCore = {
  'core.choice.pinned': '{model}: the model you chose.',
  'core.choice.aic': '{model}: the lowest AIC of the models that could be fitted (no holdout to backtest on).',
  'core.fit.notFinite':
    '{model}: the likelihood is not finite at any starting point; the data cannot support this model',
  'core.fit.noCustomers': 'No customer made a first purchase before the calibration end.',
  'core.fit.noRepeat':
    '{model}: no customer made a repeat purchase in the calibration period, so there is nothing to learn the purchase rate from. Choose a later calibration end or a shorter time unit.',
  'core.fit.tooFew':
    '{model}: {customers} customers give only {patterns} different purchase histories; the model needs at least {needed}. Add data or choose a later calibration end.',
  'core.fit.boundary':
    '{name} = {value} ran to a boundary of the parameter space: the data may not identify it (too few repeat buyers, or a time unit far from the purchase rhythm). Try another time unit, a penalty, or another model.',
  'core.fit.notConverged': 'The optimiser stopped before converging; the result is the best point found.',
  'core.fit.noSe': 'No standard errors: the Hessian is not positive definite at the optimum.',
  'core.spend.tooFew': 'Only {customers} customers with a positive repeat spend: spend is the plain average.',
  'core.spend.qBelowOne': 'Gamma-Gamma gives q ≤ 1 (no finite mean spend): spend is the plain average.',
  'core.spend.failed': 'Gamma-Gamma cannot be fitted: spend is the plain average.',
  'core.spend.zeroValue':
    '{customers} customers whose repeat purchases average zero or less are left out of the spend model.',
  'core.cluster.constant': '{feature} is the same for every customer: it cannot separate clusters.',
  'core.cluster.imputed': '{feature}: {count} missing values set to the average.',
  'core.cluster.kLowered': 'Only {distinct} distinct customers in these features: k lowered from {k} to {distinct}.',
  'core.cluster.notConverged': 'Stopped after {iterations} iterations without converging.',
  'core.file.xlsx': 'This looks like an Excel .xlsx file, not a CSV: save it as CSV first.',
  'core.file.xls': 'This looks like a legacy Excel .xls file, not a CSV: save it as CSV first.',
  'core.file.gzip': 'This is a gzip-compressed file, not a CSV: decompress it first.',
  'core.file.pdf': 'This is a PDF file, not a CSV.',
  'core.file.nul': 'The file contains NUL bytes: it is binary, not a CSV text file.',
  'core.file.empty': 'The file is empty.',
  'core.csv.unterminated':
    '{file}, line {line}, column {column}: a quoted field starts here and is never closed (a missing ").',
  'core.csv.syntax': '{file}, line {line}, column {column}: the CSV cannot be read here.',
  'core.import.cancelled': 'Import cancelled.',
  'core.import.noRows': '{file}: no data rows.',
  'core.import.nothingKept':
    '{file}{where}: no rows kept: {count} of {rows} rows dropped as “{reason}” (first: “{first}”).',
};
