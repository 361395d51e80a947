/*
 * Officers type enterprise names on phones, where the IME decides between full-width and
 * half-width brackets and letters, and the source list itself pads names with spaces. A
 * name key folds all of that away so that one enterprise has exactly one key.
 */

const FULLWIDTH_START = 0xff01 // '！'
const FULLWIDTH_END = 0xff5e // '～'
const FULLWIDTH_SHIFT = 0xfee0 // distance from a full-width form to its ASCII character
const IDEOGRAPHIC_SPACE = 0x3000

/* JS `\s` covers U+3000, NBSP and U+FEFF; zero-width spaces and joiners are added by hand. */
const INVISIBLE = /[\s\u200b-\u200d\u2060]+/g

/** Fold full-width ASCII (！ to ～, and the ideographic space) to half-width, like NFKC does for them. */
export function foldFullWidth(s: string): string {
  let out = ''
  for (const ch of s) {
    const code = ch.codePointAt(0) ?? 0
    if (code >= FULLWIDTH_START && code <= FULLWIDTH_END) out += String.fromCodePoint(code - FULLWIDTH_SHIFT)
    else if (code === IDEOGRAPHIC_SPACE) out += ' '
    else out += ch
  }
  return out
}

/** The matching key of an enterprise name: full-width folded, whitespace removed, brackets as '()', ASCII lower-cased. */
export function normalizeEnterpriseName(s: string): string {
  return foldFullWidth(s).replace(INVISIBLE, '').toLowerCase()
}

/** True when two names denote the same enterprise (bracket form, width, case and whitespace ignored). */
export function sameEnterpriseName(a: string, b: string): boolean {
  return normalizeEnterpriseName(a) === normalizeEnterpriseName(b)
}
