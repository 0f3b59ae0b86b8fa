// Builds the search index of a built site into `<outDir>/search-index` (site/lib/searchIndex.ts)
// from the searchable part of every page (site/lib/searchExtract.ts): what readers can see is
// exactly what is searchable, and a page that is not built is not in the index.
//
// The records read from the pages are kept beside the build (`recordsFile`). A build that
// reused pages of an earlier one (an incremental publish) takes those pages' records from the
// earlier build's file instead of reading them again: the pages are the very same files.
import { mkdir, readdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { extractSearchRecord, urlOfFile, type SearchRecord } from '../../site/lib/searchExtract';
import { buildSearchIndex } from '../../site/lib/searchIndex';
import type { PageManifest } from '../../site/lib/pageInputs';

export interface IndexSiteInput {
  /** The built site; the index goes to `<outDir>/search-index`. */
  outDir: string;
  /** Where to keep this build's records (JSON: output file → record), if anywhere. */
  recordsFile?: string;
  /** Records of the build whose pages were reused, and this build's page manifest naming them. */
  reused?: { recordsFile: string; pagesFile: string };
}

/** `<build>.search.json`: the search record of every indexed page, by output file. */
export type SearchRecords = Record<string, SearchRecord>;

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

export async function indexSite({ outDir, recordsFile, reused }: IndexSiteInput): Promise<IndexSiteResult> {
  const target = path.join(outDir, 'search-index');
  const files = (await readdir(outDir, { recursive: true })).filter((f) => f.endsWith('.html') && !f.startsWith(`search-index${path.sep}`));
  const byFile: SearchRecords = {};
  const earlier: SearchRecords = reused ? JSON.parse(await readFile(reused.recordsFile, 'utf8')) : {};
  const manifest: PageManifest | null = reused ? JSON.parse(await readFile(reused.pagesFile, 'utf8')) : null;
  const reusedFiles = new Set(manifest?.reused.map((p) => manifest.pages[p][2].split('/').join(path.sep)));
  const marker = Buffer.from('data-search-body');
  await eachLimited(files, async (file) => {
    const key = file.split(path.sep).join('/');
    if (reusedFiles.has(file)) {
      if (earlier[key]) byFile[key] = earlier[key];
      return;
    }
    // Most pages (lists, facets) have no searchable part: look for the marker in the bytes
    // before paying for decoding the page as text.
    const bytes = await readFile(path.join(outDir, file));
    if (!bytes.includes(marker)) return;
    const record = extractSearchRecord(bytes.toString('utf8'), urlOfFile(file));
    if (record) byFile[key] = record;
  });
  const records = Object.values(byFile);
  if (recordsFile) {
    await writeFile(`${recordsFile}.tmp`, JSON.stringify(byFile));
    await rename(`${recordsFile}.tmp`, recordsFile);
  }
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
