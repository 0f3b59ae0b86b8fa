// Builds the search index of a built site into `<outDir>/search-index` (site/lib/searchIndex.ts)
// from the searchable part of every page (site/lib/searchExtract.ts): what readers can see is
// exactly what is searchable, and a page that is not built is not in the index.
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { extractSearchRecord, urlOfFile, type SearchRecord } from '../../site/lib/searchExtract';
import { buildSearchIndex } from '../../site/lib/searchIndex';

export interface IndexSiteResult {
  /** Pages in the index. */
  indexedPages: number;
  /** Files written under `<outDir>/search-index`. */
  indexFiles: number;
}

/** Files read or written at once. */
const IN_FLIGHT = 64;

async function eachLimited<T>(items: T[], fn: (item: T, index: number) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      await fn(items[i], i);
    }
  };
  await Promise.all(Array.from({ length: Math.min(IN_FLIGHT, items.length) }, worker));
}

export async function indexSite(outDir: string): Promise<IndexSiteResult> {
  const target = path.join(outDir, 'search-index');
  const files = (await readdir(outDir, { recursive: true })).filter((f) => f.endsWith('.html') && !f.startsWith(`search-index${path.sep}`));
  const records: SearchRecord[] = [];
  const marker = Buffer.from('data-search-body');
  await eachLimited(files, async (file) => {
    // Most pages (lists, facets) have no searchable part: look for the marker in the bytes
    // before paying for decoding the page as text.
    const bytes = await readFile(path.join(outDir, file));
    if (!bytes.includes(marker)) return;
    const record = extractSearchRecord(bytes.toString('utf8'), urlOfFile(file));
    if (record) records.push(record);
  });
  const index = buildSearchIndex(records);
  const build = path.join(target, index.entry.build);
  await mkdir(path.join(build, 'k'), { recursive: true });
  await mkdir(path.join(build, 'd'), { recursive: true });
  await eachLimited(index.shards, (text, n) => writeFile(path.join(build, 'k', `${n}.json`), text));
  await eachLimited(index.docs, (text, id) => writeFile(path.join(build, 'd', `${id}.json`), text));
  // The entry names the build folder, so it is written last.
  await writeFile(path.join(target, 'entry.json'), JSON.stringify(index.entry));
  return { indexedPages: records.length, indexFiles: index.shards.length + index.docs.length + 1 };
}
