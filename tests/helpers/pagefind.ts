// Queries a built Pagefind index from Node: loads `<outDir>/pagefind/pagefind.js` (the same search
// code browsers run) with `fetch` swapped for a reader of files under outDir, and searches it
// through the portal's own search client (site/lib/searchClient.ts), as the search page does.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { searchPortal, type PagefindApi as SearchApi, type SearchHitData } from '../../site/lib/searchClient';

interface PagefindApi extends SearchApi {
  options(o: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  filters(): Promise<Record<string, Record<string, number>>>;
  destroy?(): Promise<void>;
}

export async function openPagefind(outDir: string, lang = 'zh-CN') {
  const realFetch = globalThis.fetch;
  const shim = async (input: string | URL | Request): Promise<Response> => {
    const raw = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    const url = new URL(raw, 'http://localhost/');
    const file = path.join(outDir, decodeURIComponent(url.pathname));
    if (!file.startsWith(path.resolve(outDir))) return new Response(null, { status: 403 });
    try {
      const body = await readFile(file);
      const type = file.endsWith('.json') ? 'application/json' : file.endsWith('.js') ? 'text/javascript' : 'application/octet-stream';
      return new Response(body, { status: 200, headers: { 'content-type': type } });
    } catch {
      return new Response(null, { status: 404 });
    }
  };
  globalThis.fetch = shim as typeof fetch;
  // pagefind.js reads the language from <html lang>; browsers then segment CJK queries into words
  // (Intl.Segmenter). Without a document it would use "unknown" and search 政府采购 as one token.
  // A `document` without `window` keeps pagefind.js off its browser-only paths (worker, location).
  const g = globalThis as { document?: unknown };
  const hadDocument = 'document' in g;
  if (!hadDocument) g.document = { currentScript: null, querySelector: () => ({ getAttribute: () => lang }) };
  const mod = (await import(pathToFileURL(path.join(outDir, 'pagefind', 'pagefind.js')).href)) as PagefindApi;
  await mod.options({ basePath: '/pagefind/', excerptLength: 30 });
  await mod.init();
  return {
    /** Pagefind's own module, for callers that search through searchPortal themselves. */
    api: mod as SearchApi,
    /** Every hit of a reader's query, loaded, in rank order. */
    async search(query: string, filters?: Record<string, string>): Promise<SearchHitData[]> {
      const outcome = await searchPortal(mod, query, filters);
      return Promise.all(outcome.hits.map((h) => h.load()));
    },
    filters: () => mod.filters(),
    async close() {
      await mod.destroy?.();
      globalThis.fetch = realFetch;
      if (!hadDocument) delete g.document;
    },
  };
}
