// One tokenisation of Chinese text for the search index and for queries, so the two can never
// disagree (Pagefind segments indexed text with its own dictionary and queries with the
// browser's Intl.Segmenter: 民政局 and 住房公积金 then lose most of their matches).
//
// Every Han character becomes one index word: the bigram that starts at it, or, for the last
// character of a run, the character alone. Word positions therefore line up with characters,
// and a query is an exact phrase of the same words: a page matches exactly when its text holds
// the query as a substring. Words are spelled in ASCII letters (q + 4 letters per character) so
// neither segmenter can split them again; `decodeSearchText` turns them back into Chinese for
// titles and excerpts.

const HAN = /\p{Script=Han}/u;
const WORD_CHAR = /[\p{L}\p{N}]/u;
/** Parts words that touch (Han, Latin, punctuation); unlike a space it can be taken out again. */
const SEPARATOR = '\u200B';
const FULLWIDTH_ALNUM = /[\uFF10-\uFF19\uFF21-\uFF3A\uFF41-\uFF5A]/g;
const BASE = 26;

function letters(codePoint: number): string {
  let out = '';
  let n = codePoint;
  for (let i = 0; i < 4; i++) {
    out = String.fromCharCode(97 + (n % BASE)) + out;
    n = Math.floor(n / BASE);
  }
  return out;
}

function codePointOf(chunk: string): number {
  let n = 0;
  for (const ch of chunk) n = n * BASE + (ch.charCodeAt(0) - 97);
  return n;
}

/** Fullwidth digits and Latin letters (Ｐ, １) searched as their ASCII forms, as readers type them. */
export function normalizeSearchText(text: string): string {
  return text.replace(FULLWIDTH_ALNUM, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
}

const isHan = (ch: string) => HAN.test(ch);

/** The index word for the Han character at `i` of `run`. */
function wordAt(run: string[], i: number): string {
  const head = 'q' + letters(run[i].codePointAt(0)!);
  return i + 1 < run.length ? head + letters(run[i + 1].codePointAt(0)!) : head;
}

interface Piece { han: boolean; text: string }

function pieces(text: string): Piece[] {
  const out: Piece[] = [];
  for (const ch of normalizeSearchText(text)) {
    const han = isHan(ch);
    const last = out[out.length - 1];
    if (last && last.han === han) last.text += ch;
    else out.push({ han, text: ch });
  }
  return out;
}

type CharClass = 'han' | 'alnum' | 'space' | 'other';

function classOf(ch: string): CharClass {
  if (isHan(ch)) return 'han';
  if (WORD_CHAR.test(ch)) return 'alnum';
  if (/\s/u.test(ch)) return 'space';
  return 'other';
}

/** The extra word that marks a run directly after a letter or digit (see `encodeSearchFlow`). */
const joinWord = (ch: string) => 'qy' + letters(ch.codePointAt(0)!);
/** Punctuation and symbols are words too (see `encodeSearchFlow`). */
const markWord = (ch: string) => 'qp' + letters(ch.codePointAt(0)!);

/**
 * Encodes text that reads as one flow but arrives in parts (the text nodes of a paragraph split
 * by inline tags such as <strong>): a run that crosses a part boundary keeps its bigrams.
 *
 * - Han characters become their words (bigram, or unigram at a run's end).
 * - Punctuation and symbols become words of their own: Pagefind ends a phrase at punctuation,
 *   so 不敢腐、不能腐 could not match as one otherwise; as words they match exactly.
 * - A run right after a letter or digit (2025年) starts with an extra word for its first
 *   character, so a query that ends in that character (…2025年) is still an exact phrase.
 * - Words are parted by zero-width spaces (Pagefind splits words there), which
 *   `decodeSearchText` takes out again; the text's own spaces stay.
 */
export function encodeSearchFlow(parts: string[]): string[] {
  const normalized = parts.map(normalizeSearchText);
  const chars = normalized.flatMap((part, p) => [...part].map((ch) => ({ ch, p, cls: classOf(ch) })));
  const out = normalized.map(() => '');
  for (let i = 0; i < chars.length; i++) {
    const { ch, p, cls } = chars[i];
    const prev = chars[i - 1];
    const next = chars[i + 1];
    if (cls === 'space') {
      out[p] += ch;
      continue;
    }
    if (!prev || (prev.cls !== 'space' && !(cls === 'alnum' && prev.cls === 'alnum'))) out[p] += SEPARATOR;
    if (cls === 'alnum') out[p] += ch;
    else if (cls === 'other') out[p] += markWord(ch);
    else {
      if (prev?.cls === 'alnum') out[p] += joinWord(ch) + SEPARATOR;
      out[p] += 'q' + letters(ch.codePointAt(0)!) + (next?.cls === 'han' ? letters(next.ch.codePointAt(0)!) : '');
    }
    if (!next) out[p] += SEPARATOR;
  }
  return out;
}

/** Text as the index stores it (see `encodeSearchFlow`). */
export function encodeSearchText(text: string): string {
  return encodeSearchFlow([text])[0];
}

/** What one query term becomes: index words in a row, the last possibly as a prefix. */
export interface TermWords {
  words: string[];
  /** The last word must match as a prefix (a lone character that does not follow a letter or digit). */
  prefix: boolean;
}

/**
 * The index words one query term must match in a row. Run ends inside the term must match run
 * ends in the page; a run that ends the term drops its last word (the bigrams before it already
 * pin every character); a lone last character is pinned by its extra word after a letter or
 * digit, and is otherwise matched as a word prefix.
 */
export function termWords(term: string): TermWords {
  const words: string[] = [];
  let prefix = false;
  const parts = pieces(term.trim());
  let before: string | undefined;
  parts.forEach((piece, p) => {
    const run = [...piece.text];
    const prev = before;
    before = run[run.length - 1];
    if (!piece.han) {
      for (const token of piece.text.toLowerCase().match(/[\p{L}\p{N}]+|\S/gu) ?? []) words.push(classOf(token[0]) === 'alnum' ? token : markWord(token));
      return;
    }
    const joined = prev !== undefined && classOf(prev) === 'alnum';
    if (joined) words.push(joinWord(run[0]));
    const last = p === parts.length - 1;
    if (last && run.length === 1) {
      if (!joined) {
        words.push('q' + letters(run[0].codePointAt(0)!));
        prefix = true;
      }
      return;
    }
    const n = last ? run.length - 1 : run.length;
    for (let i = 0; i < n; i++) words.push(wordAt(run, i));
  });
  return { words, prefix };
}

/** The index words of a query term (see `termWords`). */
export function queryWords(term: string): string[] {
  return termWords(term).words;
}

/** A reader's query split into terms (by spaces); each term is searched as one exact phrase. */
export function queryTerms(query: string): string[] {
  return normalizeSearchText(query)
    .split(/[\s\u3000]+/u)
    .map((t) => t.trim())
    .filter((t) => queryWords(t).length > 0);
}


/** Turns index text (a title, a fragment's content) back into the Chinese it was made from. */
export function decodeSearchText(text: string): string {
  // Each word stands for its first character (join words for none); then the zero-width
  // spaces between words go.
  return text
    .replace(/(?<![a-z])q([py]?)([a-z]{4})([a-z]{4})?(?![a-z])/g, (word, kind: string, head: string, tail?: string) => {
      if (kind && tail) return word;
      const cp = codePointOf(head);
      const ch = cp <= 0x10ffff ? String.fromCodePoint(cp) : '';
      if (!ch) return word;
      if (kind === 'y') return isHan(ch) ? '' : word;
      if (kind === 'p') return classOf(ch) === 'other' ? ch : word;
      return isHan(ch) ? ch : word;
    })
    .replaceAll(SEPARATOR, '');
}

export const __test = { letters, codePointOf };
