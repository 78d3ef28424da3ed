/**
 * Fills a message's {name} placeholders. Chinese sets no space between its own characters, but
 * puts one between a Chinese character and a Latin word or a number (“购买 WHITE HANGING HEART 的
 * 顾客”): the templates leave names unspaced, since a Chinese name needs none (“购买办公用品的顾客”),
 * and the params listed in `spaced` get a space on the side where a Latin letter or digit of the
 * value meets a CJK character of the template. English passes no `spaced` params and is unchanged.
 */

/** A CJK ideograph, kana or Hangul syllable (not CJK punctuation: “（”, “：” need no space). */
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;
/** A Latin letter or a digit (of any script's letters, only Latin ones: Greek or Cyrillic are rare here). */
const LATIN_OR_DIGIT = /[\p{Script=Latin}\p{Nd}]/u;

/** The value with a space where its first (last) character is Latin or a digit and `before` (`after`) is CJK. */
export function spaceCjk(before: string, value: string, after: string): string {
  if (value === '') return value;
  const first = String.fromCodePoint(value.codePointAt(0)!);
  const last = Array.from(value).pop()!;
  const lead = before !== '' && CJK.test(before) && LATIN_OR_DIGIT.test(first) ? ' ' : '';
  const trail = after !== '' && CJK.test(after) && LATIN_OR_DIGIT.test(last) ? ' ' : '';
  return lead + value + trail;
}

/**
 * `text` with each {name} replaced by `params[name]` (unknown names stay as they are); the params
 * in `spaced` go through spaceCjk with the template's characters on either side.
 */
export function fillMessage(
  text: string,
  params: Record<string, string | number>,
  spaced: ReadonlySet<string> = new Set(),
): string {
  return text.replace(/\{(\w+)\}/g, (m, name: string, at: number) => {
    if (!(name in params)) return m;
    const value = String(params[name]);
    if (!spaced.has(name)) return value;
    const before = at > 0 ? String.fromCodePoint(text.codePointAt(at - 1) ?? 0) : '';
    const after = text.charAt(at + m.length);
    return spaceCjk(before, value, after);
  });
}
