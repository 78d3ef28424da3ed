/** UI language state, message lookup and locale-aware formatting. */
import { en } from './en.ts';
import type { MessageKey, Messages } from './en.ts';
import { zhCN } from './zh-CN.ts';

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

/** The message for `key` in the current language, with {name} placeholders filled in. */
export function t(key: MessageKey, params: Record<string, string | number> = {}): string {
  const text = catalogs[i18n.locale][key] ?? en[key];
  return text.replace(/\{(\w+)\}/g, (m, name: string) => (name in params ? String(params[name]) : m));
}

/** Switches the language and remembers the choice. */
export function setLocale(locale: Locale): void {
  i18n.locale = locale;
  globalThis.localStorage?.setItem(STORAGE_KEY, locale);
  if (typeof document !== 'undefined') document.documentElement.lang = locale;
}

/** A number in the current locale. */
export function fmtNumber(n: number, maximumFractionDigits = 2): string {
  return new Intl.NumberFormat(i18n.locale, { maximumFractionDigits }).format(n);
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
  return new Intl.DateTimeFormat(i18n.locale, { dateStyle: 'medium', timeZone: 'UTC' }).format(
    new Date(day * 86_400_000),
  );
}
