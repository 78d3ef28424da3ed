/** Wrapping of short texts (axis labels) into lines of a given width, without layout. */
import { fitText, isWideChar, textWidth } from './size.ts';

/** East Asian punctuation that must not begin a line, and opening brackets that must not end one. */
const NO_START = new Set('，。、：；！？）」』】》〉’”・ー…,.:;!?)]}%');
const NO_END = new Set('（「『【《〈‘“([{');

/** May a line break between the characters a and b (no spaces in between)? */
function breakable(a: string, b: string): boolean {
  if (NO_START.has(b) || NO_END.has(a)) return false;
  const wide = (ch: string) => isWideChar(ch.codePointAt(0) ?? 0);
  return wide(a) || wide(b) || a === '-' || a === '/';
}

/**
 * Where the first line of s ends (index into s): the last break opportunity (a space, a hyphen or
 * slash, next to a wide character) before the text gets wider than width; inside a word only when
 * the word alone is too wide; at least one character.
 */
function lineEnd(s: string, width: number, fontSize: number): number {
  let used = 0;
  let lastBreak = -1;
  let prev = '';
  let i = 0;
  for (const ch of s) {
    if (ch === ' ') lastBreak = i;
    else if (prev && prev !== ' ' && breakable(prev, ch)) lastBreak = i;
    const w = textWidth(ch, fontSize);
    if (used + w > width + 1e-9 && ch !== ' ') return lastBreak > 0 ? lastBreak : Math.max(i, ch.length);
    used += w;
    prev = ch;
    i += ch.length;
  }
  return s.length;
}

/**
 * Splits a text into at most maxLines lines of an estimated width (see textWidth) of at most
 * width pixels: at spaces, hyphens and slashes, and between East Asian wide characters (keeping
 * their closing punctuation on the line); a word wider than a line is cut. Whatever does not fit
 * in the last line is shortened with an ellipsis (fitText). Whitespace runs count as one space.
 */
export function wrapText(text: string, width: number, maxLines = 2, fontSize = 11): string[] {
  let rest = text.trim().replace(/\s+/g, ' ');
  const lines: string[] = [];
  while (rest && lines.length < Math.max(1, maxLines) - 1 && textWidth(rest, fontSize) > width) {
    const end = lineEnd(rest, width, fontSize);
    lines.push(rest.slice(0, end).trimEnd());
    rest = rest.slice(end).trimStart();
  }
  if (rest) lines.push(fitText(rest, width, fontSize).replace(/\s+…$/, '…'));
  return lines.filter((l) => l !== '');
}
