// 全站搜索 in the browser. Pagefind's search module and index are fetched only once the visitor
// uses the box (or arrives with ?q=); the query and filters live in the URL so a search can be
// shared. Titles and excerpts come from searchClient.ts already escaped; nothing else is
// inserted as HTML.
import { searchPortal, type PagefindApi, type SearchHit } from '../lib/searchClient';

const PAGE_SIZE = 10;
/** Filters of the index (data-pagefind-filter in Detail.astro) and their URL parameters. */
const FILTERS = [
  { name: '类型', param: 'type', all: '全部类型' },
  { name: '年份', param: 'year', all: '全部年份' },
] as const;

type Pagefind = PagefindApi & {
  options(o: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  filters(): Promise<Record<string, Record<string, number>>>;
};

export function initSearch(): void {
  const form = document.getElementById('search-form') as HTMLFormElement | null;
  const input = document.getElementById('search-input') as HTMLInputElement | null;
  const status = document.getElementById('search-status');
  const list = document.getElementById('search-results');
  const more = document.getElementById('search-more') as HTMLButtonElement | null;
  if (!form || !input || !status || !list || !more) return;
  const selects = FILTERS.map((f) => form.querySelector<HTMLSelectElement>(`select[name="${f.param}"]`)!);

  let pagefind: Promise<Pagefind> | null = null;
  const load = () =>
    (pagefind ??= (async () => {
      // A path Vite must not resolve at build time: the index is written after the site.
      const url = '/pagefind/pagefind.js';
      const mod = (await import(/* @vite-ignore */ url)) as Pagefind;
      await mod.options({ basePath: '/pagefind/' });
      await mod.init();
      return mod;
    })().catch((error) => {
      pagefind = null;
      throw error;
    }));

  let hits: SearchHit[] = [];
  let shown = 0;
  let generation = 0;

  function chosenFilters(): Record<string, string> {
    const chosen: Record<string, string> = {};
    FILTERS.forEach((f, i) => {
      if (selects[i].value) chosen[f.name] = selects[i].value;
    });
    return chosen;
  }

  function syncUrl(query: string): void {
    const url = new URL(location.href);
    url.searchParams.delete('q');
    if (query) url.searchParams.set('q', query);
    FILTERS.forEach((f, i) => {
      if (selects[i].value && query) url.searchParams.set(f.param, selects[i].value);
      else url.searchParams.delete(f.param);
    });
    history.replaceState(null, '', url);
  }

  /** Rebuilds a filter's options: the chosen value stays even when it has no matches now. */
  function fillFilters(counts: Record<string, Record<string, number>> | null, all: Record<string, Record<string, number>>): void {
    FILTERS.forEach((f, i) => {
      const select = selects[i];
      const current = select.value;
      const values = Object.keys(all[f.name] ?? {}).sort((a, b) => (f.param === 'year' ? b.localeCompare(a) : a.localeCompare(b, 'zh-CN')));
      select.replaceChildren(new Option(f.all, ''));
      for (const value of values) {
        const n = counts ? counts[f.name]?.[value] ?? 0 : null;
        if (n === 0 && value !== current) continue;
        select.append(new Option(n === null ? value : `${value}（${n}）`, value));
      }
      select.value = current;
      select.disabled = false;
    });
  }

  async function renderMore(run: number): Promise<void> {
    const batch = await Promise.all(hits.slice(shown, shown + PAGE_SIZE).map((h) => h.load()));
    if (run !== generation) return;
    for (const hit of batch) {
      const item = document.createElement('li');
      item.className = 'search-hit';
      const heading = document.createElement('h2');
      heading.className = 'text-lg';
      const link = document.createElement('a');
      link.href = hit.url;
      link.innerHTML = hit.titleHtml;
      heading.append(link);
      const meta = document.createElement('p');
      meta.className = 'text-sm text-stone-500';
      meta.textContent = [hit.meta['栏目'], hit.meta['日期']].filter(Boolean).join(' · ');
      const text = document.createElement('p');
      text.className = 'mt-1 text-stone-700';
      text.innerHTML = hit.excerptHtml;
      item.append(heading, meta, text);
      list!.append(item);
    }
    shown += batch.length;
    more!.hidden = shown >= hits.length;
  }

  async function run(): Promise<void> {
    const query = input!.value.trim();
    const current = ++generation;
    syncUrl(query);
    list!.replaceChildren();
    more!.hidden = true;
    if (!query) {
      status!.textContent = '';
      return;
    }
    status!.textContent = '正在搜索…';
    list!.setAttribute('aria-busy', 'true');
    try {
      const started = performance.now();
      const api = await load();
      const outcome = await searchPortal(api, query, chosenFilters());
      if (current !== generation) return;
      hits = outcome.hits;
      shown = 0;
      fillFilters(outcome.counts, await api.filters());
      await renderMore(current);
      if (current !== generation) return;
      const where = Object.values(chosenFilters()).join('、');
      status!.textContent = hits.length
        ? `找到 ${hits.length} 条与“${query}”相关的结果${where ? `（${where}）` : ''}。`
        : `没有找到与“${query}”相关的内容${where ? `（${where}）` : ''}，请换个关键词或取消筛选。`;
      list!.dataset.ms = String(Math.round(performance.now() - started));
    } catch {
      if (current === generation) status!.textContent = '搜索组件加载失败，请检查网络后重试。';
    } finally {
      if (current === generation) list!.setAttribute('aria-busy', 'false');
    }
  }

  let timer: ReturnType<typeof setTimeout> | undefined;
  input.addEventListener('focus', () => void load().catch(() => undefined), { once: true });
  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(run, 250);
  });
  for (const select of selects) select.addEventListener('change', () => void run());
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    clearTimeout(timer);
    void run();
  });
  more.addEventListener('click', () => void renderMore(generation));

  const params = new URLSearchParams(location.search);
  FILTERS.forEach((f, i) => {
    const value = params.get(f.param);
    if (value) {
      selects[i].append(new Option(value, value));
      selects[i].value = value;
    }
  });
  const q = params.get('q');
  if (q) {
    input.value = q;
    void run();
  }
}
