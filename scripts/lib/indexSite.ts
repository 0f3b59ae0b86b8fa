// Builds the Pagefind index of a built site. Only pages that mark their searchable part
// (`data-pagefind-body`: detail pages and hand-written pages) are read, and Pagefind gets a copy
// with the Chinese spelled in index words (site/lib/searchHtml.ts); readers get the pages as built.
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { encodeHtmlForIndex } from '../../site/lib/searchHtml';

export interface IndexSiteResult {
  /** Pages added to the index. */
  indexedPages: number;
  /** Files written under `<outDir>/pagefind`. */
  pagefindFiles: number;
}

/** Pages handed to Pagefind at once: enough to keep its service busy, few enough to bound memory. */
const IN_FLIGHT = 32;

/** `about/index.html` → `/about/` (Pagefind's own URL rule, with trailing slashes as the site uses). */
function urlOf(relative: string): string {
  const posix = relative.split(path.sep).join('/');
  return '/' + posix.replace(/(^|\/)index\.html$/, '$1');
}

export async function indexSite(outDir: string): Promise<IndexSiteResult> {
  const files = (await readdir(outDir, { recursive: true })).filter((f) => f.endsWith('.html') && !f.startsWith(`pagefind${path.sep}`));
  const pagefind = await import('pagefind');
  try {
    const { index, errors } = await pagefind.createIndex();
    if (errors.length || !index) throw new Error(`建立检索索引失败（Pagefind createIndex）：${errors.join('; ')}`, { cause: errors });
    let indexedPages = 0;
    let next = 0;
    const worker = async () => {
      while (next < files.length) {
        const file = files[next++];
        const html = await readFile(path.join(outDir, file), 'utf8');
        if (!html.includes('data-pagefind-body')) continue;
        const added = await index.addHTMLFile({ url: urlOf(file), content: encodeHtmlForIndex(html) });
        if (added.errors.length) throw new Error(`建立检索索引失败（${file}）：${added.errors.join('; ')}`, { cause: added.errors });
        indexedPages++;
      }
    };
    await Promise.all(Array.from({ length: IN_FLIGHT }, worker));
    const written = await index.writeFiles({ outputPath: path.join(outDir, 'pagefind') });
    if (written.errors.length) throw new Error(`写入检索索引失败（Pagefind writeFiles）：${written.errors.join('; ')}`, { cause: written.errors });
    const pagefindFiles = (await readdir(path.join(outDir, 'pagefind'), { recursive: true })).length;
    return { indexedPages, pagefindFiles };
  } finally {
    await pagefind.close();
  }
}
