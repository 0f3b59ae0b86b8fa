// 全站搜索 in the browser, on the portal's static search index (site/lib/searchClient.ts). The
// index entry is fetched when the visitor first uses the box (or arrives with ?q=); each query
// then fetches a few small shard files and the documents it shows. The query and filters live
// in the URL so a search can be shared. Titles and excerpts come from searchClient.ts already
// escaped; nothing else is inserted as HTML.
import { createPortalSearch, type SearchOutcome } from '../lib/searchClient'

const PAGE_SIZE = 10
const FILTERS = [
  { key: 'type', all: '全部类型' },
  { key: 'year', all: '全部年份' },
] as const

export function initSearch(): void {
  const form = document.getElementById('search-form') as HTMLFormElement | null
  const input = document.getElementById('search-input') as HTMLInputElement | null
  const status = document.getElementById('search-status')
  const list = document.getElementById('search-results')
  const more = document.getElementById('search-more') as HTMLButtonElement | null
  if (!form || !input || !status || !list || !more) return
  const selects = FILTERS.map((f) => form.querySelector<HTMLSelectElement>(`select[name="${f.key}"]`)!)

  const portal = createPortalSearch({
    async json(path, fresh) {
      const response = await fetch(`/search-index/${path}`, fresh ? { cache: 'no-cache' } : undefined)
      if (!response.ok) throw new Error(`HTTP ${response.status}: ${path}`)
      return response.json()
    },
  })

  let outcome: SearchOutcome | null = null
  let next = 0
  let generation = 0

  const chosen = () => ({ type: selects[0].value || undefined, year: selects[1].value || undefined })

  function syncUrl(query: string): void {
    const url = new URL(location.href)
    url.searchParams.delete('q')
    if (query) url.searchParams.set('q', query)
    FILTERS.forEach((f, i) => {
      if (selects[i].value && query) url.searchParams.set(f.key, selects[i].value)
      else url.searchParams.delete(f.key)
    })
    history.replaceState(null, '', url)
  }

  /** Rebuilds the filter menus with counts; a chosen value stays even with no matches now. */
  async function fillFilters(counts: SearchOutcome['counts']): Promise<void> {
    const values = await portal.filterValues()
    FILTERS.forEach((f, i) => {
      const select = selects[i]
      const current = select.value
      select.replaceChildren(new Option(f.all, ''))
      for (const value of values[f.key]) {
        const n = counts[f.key][value] ?? 0
        if (n === 0 && value !== current) continue
        select.append(new Option(`${value}（${n}）`, value))
      }
      select.value = current
      select.disabled = false
    })
  }

  async function renderMore(run: number): Promise<void> {
    if (!outcome) return
    const { hits, next: after } = await portal.page(outcome, next, PAGE_SIZE)
    if (run !== generation) return
    next = after
    for (const hit of hits) {
      const item = document.createElement('li')
      item.className = 'search-hit'
      const heading = document.createElement('h2')
      heading.className = 'text-lg'
      const link = document.createElement('a')
      link.href = hit.url
      link.innerHTML = hit.titleHtml
      heading.append(link)
      const meta = document.createElement('p')
      meta.className = 'text-sm text-stone-500'
      meta.textContent = [hit.type, hit.date].filter(Boolean).join(' · ')
      const text = document.createElement('p')
      text.className = 'mt-1 text-stone-700'
      text.innerHTML = hit.excerptHtml
      item.append(heading, meta, text)
      list!.append(item)
    }
    more!.hidden = next >= outcome.ids.length
  }

  async function run(): Promise<void> {
    const query = input!.value.trim()
    const current = ++generation
    syncUrl(query)
    list!.replaceChildren()
    more!.hidden = true
    if (!query) {
      status!.textContent = ''
      return
    }
    status!.textContent = '正在搜索…'
    list!.setAttribute('aria-busy', 'true')
    try {
      const started = performance.now()
      const result = await portal.search(query, chosen())
      if (current !== generation) return
      outcome = result
      next = 0
      await fillFilters(result.counts)
      await renderMore(current)
      if (current !== generation) return
      const where = Object.values(chosen()).filter(Boolean).join('、')
      const total = result.ids.length
      status!.textContent = total
        ? `找到 ${total} 条与“${query}”相关的结果${where ? `（${where}）` : ''}。`
        : `没有找到与“${query}”相关的内容${where ? `（${where}）` : ''}，请换个关键词或取消筛选。`
      list!.dataset.ms = String(Math.round(performance.now() - started))
    } catch {
      if (current === generation) status!.textContent = '搜索加载失败，请检查网络后重试。'
    } finally {
      if (current === generation) list!.setAttribute('aria-busy', 'false')
    }
  }

  let timer: ReturnType<typeof setTimeout> | undefined
  input.addEventListener('focus', () => void portal.ready().catch(() => undefined), { once: true })
  input.addEventListener('input', () => {
    clearTimeout(timer)
    timer = setTimeout(run, 250)
  })
  for (const select of selects) select.addEventListener('change', () => void run())
  form.addEventListener('submit', (event) => {
    event.preventDefault()
    clearTimeout(timer)
    void run()
  })
  more.addEventListener('click', () => void renderMore(generation))

  const params = new URLSearchParams(location.search)
  FILTERS.forEach((f, i) => {
    const value = params.get(f.key)
    if (value) {
      selects[i].append(new Option(value, value))
      selects[i].value = value
    }
  })
  const q = params.get('q')
  if (q) {
    input.value = q
    void run()
  }
}
