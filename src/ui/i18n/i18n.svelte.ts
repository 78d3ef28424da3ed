/** UI language state, message lookup and locale-aware formatting. */
import { en } from './en.ts';
import type { MessageKey, Messages } from './en.ts';
import { zhCN } from './zh-CN.ts';
import type { Coded } from './coded.ts';
import { fillMessage } from './fillMessage.ts';

export { codedOf } from './coded.ts';
export type { Coded } from './coded.ts';

export type Locale = 'en' | 'zh-CN';
export const LOCALES: { id: Locale; label: string }[] = [
  { id: 'en', label: 'English' },
  { id: 'zh-CN', label: '简体中文' },
];
const catalogs: Record<Locale, Messages> = { en, 'zh-CN': zhCN };
const STORAGE_KEY = 'segmap.locale';

function initialLocale(): Locale {
  const stored = globalThis.localStorage?.getItem(STORAGE_KEY);
  if (stored === 'en' || stored === 'zh-CN') return stored;
  return globalThis.navigator?.language?.toLowerCase().startsWith('zh') ? 'zh-CN' : 'en';
}

export const i18n = $state({ locale: initialLocale() });

/**
 * Params that hold a product, category or segment name: in Chinese they get a space where a Latin
 * letter or digit meets a Chinese character (fillMessage), as in an offer's reason.
 */
const NAME_PARAMS: ReadonlySet<string> = new Set(['a', 'b', 'offer', 'item', 'items']);
const NO_PARAMS: ReadonlySet<string> = new Set();

/** The message for `key` in the current language, with {name} placeholders filled in. */
export function t(key: MessageKey, params: Record<string, string | number> = {}): string {
  const text = catalogs[i18n.locale][key] ?? en[key];
  return fillMessage(text, params, i18n.locale === 'zh-CN' ? NAME_PARAMS : NO_PARAMS);
}

/** Params that core joins as an English list ("BG/NBD, Pareto/NBD"): rejoined with `punct.listSep` (、 in zh-CN). */
const LIST_PARAMS = new Set(['tied', 'measures', 'runners', 'identified']);

/**
 * A core message (warning, note or error) in the current language: `core.<code>` with its params,
 * numbers formatted by locale, a `reason` param translated as a drop reason, `order`/`other` as a date order; `format` renders other
 * params (e.g. feature ids as their labels). Unknown codes fall back to the English text.
 */
export function noticeText(n: Coded, format: Record<string, (v: string) => string> = {}): string {
  const key = `core.${String(n.code)}` as MessageKey;
  if (typeof n.code !== 'string' || !(key in en)) return n.text ?? n.message ?? String(n);
  const params: Record<string, string | number> = {};
  for (const [name, v] of Object.entries((n.params ?? {}) as Record<string, string | number>)) {
    if (typeof v === 'number') params[name] = fmtNumber(v, 4);
    else if (name === 'reason' && `reason.${v}` in en) params[name] = t(`reason.${v}` as MessageKey);
    else if (name === 'model' && `clv.model.${v}` in en) params[name] = t(`clv.model.${v}` as MessageKey);
    else if (name === 'problem' && `problem.${v}` in en) params[name] = problemText(String(v), n.params);
    else if ((name === 'order' || name === 'other') && `dateKind.${v}` in en)
      params[name] = t(`dateKind.${v}` as MessageKey);
    else if (LIST_PARAMS.has(name)) params[name] = String(v).split(', ').join(t('punct.listSep'));
    else params[name] = format[name] ? format[name](v) : v;
  }
  return t(key, params);
}

/** A dataset problem (see core/backup/datasetCheck) in the current language, with its params. */
export function problemText(problem: string, raw: unknown): string {
  const given = (raw ?? {}) as Record<string, string | number>;
  const params: Record<string, string | number> = {};
  for (const [name, v] of Object.entries(given)) {
    if (typeof v === 'number') params[name] = fmtNumber(v, 4);
    else if (name === 'column' || name === 'dictionary') params[name] = columnWord(v, given.attribute);
    else if (name === 'field' && `problem.field.${v}` in en) params[name] = t(`problem.field.${v}` as MessageKey);
    else params[name] = v;
  }
  return t(`problem.${problem}` as MessageKey, params);
}

/** A stored column's or dictionary's name ("amount", "attr:0") in the user's words. */
function columnWord(name: string, attribute: unknown): string {
  if (`problem.column.${name}` in en) return t(`problem.column.${name}` as MessageKey);
  const at = /^attr:(\d+)$/.exec(name);
  if (!at) return name;
  if (typeof attribute === 'string') return t('problem.column.named', { name: attribute });
  return t('problem.column.attribute', { n: fmtNumber(Number(at[1]) + 1, 0) });
}

/** Switches the language and remembers the choice. */
export function setLocale(locale: Locale): void {
  i18n.locale = locale;
  globalThis.localStorage?.setItem(STORAGE_KEY, locale);
  if (typeof document !== 'undefined') document.documentElement.lang = locale;
}

// Building an Intl.NumberFormat costs far more than formatting with it: a 120-column cohort table
// formats 30,000 numbers, which took seconds with a new formatter each.
const numberFormats: Record<string, Intl.NumberFormat> = {};

/** A number in the current locale. */
export function fmtNumber(n: number, maximumFractionDigits = 2): string {
  const key = `${i18n.locale}|${maximumFractionDigits}`;
  numberFormats[key] ??= new Intl.NumberFormat(i18n.locale, { maximumFractionDigits });
  return numberFormats[key].format(n);
}

/** A byte count as B / KB / MB / GB. */
export function fmtBytes(n: number): string {
  const units = ['B', 'KB', 'MB', 'GB', 'TB'];
  let i = 0;
  while (n >= 1024 && i < units.length - 1) {
    n /= 1024;
    i++;
  }
  return `${fmtNumber(n, i === 0 ? 0 : 1)} ${units[i]}`;
}

/** A civil day (days since 1970-01-01) as a date in the current locale, e.g. "9 Dec 2011" / "2011年12月9日". */
export function fmtDay(day: number): string {
  return new Intl.DateTimeFormat(i18n.locale, { dateStyle: 'medium', timeZone: 'UTC' }).format(day * 86_400_000);
}
