// Prepares a built page for the search index: the copy handed to Pagefind has its Chinese text
// spelled in index words (see searchTokens.ts); tags, attributes (Pagefind's meta, filter and
// ignore markers) and everything else stay as they are. The page served to readers is untouched.
import { encodeSearchFlow } from './searchTokens';

/** Tags that do not break a line of text: a run of Chinese continues across them. */
const INLINE = new Set(['a', 'abbr', 'b', 'bdi', 'bdo', 'cite', 'code', 'data', 'dfn', 'em', 'i', 'kbd', 'mark', 'q', 's', 'samp', 'small', 'span', 'strong', 'sub', 'sup', 'time', 'u', 'var', 'wbr', 'ins', 'del']);

const TOKENS = /<!--[\s\S]*?-->|<(script|style|template)\b[^>]*>[\s\S]*?<\/\1\s*>|<[^>]*>|[^<]+|</gi;

function tagName(tag: string): string {
  return /^<\/?\s*([a-zA-Z][a-zA-Z0-9-]*)/.exec(tag)?.[1].toLowerCase() ?? '';
}

/** Returns the page with every flow of text (text between block boundaries) encoded. */
export function encodeHtmlForIndex(html: string): string {
  const tokens = html.match(TOKENS) ?? [];
  let flow: number[] = [];
  const flush = () => {
    if (!flow.length) return;
    const encoded = encodeSearchFlow(flow.map((i) => tokens[i]));
    flow.forEach((i, k) => (tokens[i] = encoded[k]));
    flow = [];
  };
  tokens.forEach((token, i) => {
    if (token[0] !== '<') flow.push(i);
    else if (token.startsWith('<!--')) return;
    else if (!INLINE.has(tagName(token))) flush();
  });
  flush();
  return tokens.join('');
}
