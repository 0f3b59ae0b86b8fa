// 全站搜索 in the browser, on the portal's static search index (site/lib/searchClient.ts). The
// index entry is fetched when the visitor first uses the box or a filter (or arrives with ?q=);
// each query then fetches a few small shard files and the documents it shows. The query and
// filters live in the URL so a search can be shared. Titles and excerpts come from
// searchClient.ts already escaped; everything else is inserted as text.
import { createPortalSearch, type SearchOutcome } from '../lib/searchClient'
import { cleanQuery, MAX_QUERY_CHARS, MAX_TERMS } from '../lib/searchQuery'

const PAGE_SIZE = 10
const FILTERS = [
  { key: 'type', all: '全部类型', name: '类型' },
  { key: 'year', all: '全部年份', name: '年份' },
] as const

export function initSearch(): void {
  const form = document.getElementById('search-form') as HTMLFormElement | null
  const input = document.getElementById('search-input') as HTMLInputElement | null
  const status = document.getElementById('search-status')
  const notes = document.getElementById('search-notes')
  const guide = document.getElementById('search-guide')
  const list = document.getElementById('search-results')
  const more = document.getElementById('search-more') as HTMLButtonElement | null
  if (!form || !input || !status || !notes || !guide || !list || !more) return
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
      if (selects[i].value) url.searchParams.set(f.key, selects[i].value)
      else url.searchParams.delete(f.key)
    })
    history.replaceState(null, '', url)
  }

  /** Rebuilds the filter menus with counts; a chosen value stays even with no matches now. */
  async function fillFilters(counts?: SearchOutcome['counts']): Promise<void> {
    const values = await portal.filterValues()
    FILTERS.forEach((f, i) => {
      const select = selects[i]
      const current = select.value
      select.replaceChildren(new Option(f.all, ''))
      for (const value of values[f.key]) {
        const n = (counts ?? values.counts)[f.key][value] ?? 0
        if (n === 0 && value !== current) continue
        select.append(new Option(`${value}（${n}）`, value))
      }
      select.value = current
    })
  }

  function say(items: string[]): void {
    notes!.replaceChildren(
      ...items.map((text) => {
        const item = document.createElement('li')
        item.textContent = text
        return item
      }),
    )
  }

  /** What the search did with the query beyond matching it as typed. */
  function readings(result: SearchOutcome): string[] {
    const { plan } = result
    const out: string[] = []
    if (plan.truncated === 'length') out.push(`检索词过长，只按前 ${MAX_QUERY_CHARS} 个字搜索。`)
    if (plan.truncated === 'terms') out.push(`关键词过多，只按前 ${MAX_TERMS} 个搜索。`)
    if (plan.dropped.length) out.push(`已忽略关键词首尾的标点符号：${plan.dropped.join(' ')}`)
    if (plan.folded) out.push(`繁体字已按简体搜索：${plan.terms.map((t) => t.text).join(' ')}`)
    if (result.expanded.length) out.push(`同时搜索了：${result.expanded.join('、')}`)
    return out
  }

  /** What to change when nothing was found. */
  function suggestions(result: SearchOutcome): string[] {
    const out: string[] = []
    const where = Object.values(chosen()).filter(Boolean)
    if (where.length && result.total) out.push(`取消筛选（${where.join('、')}）后有 ${result.total} 条结果。`)
    else if (where.length) out.push(`可以取消筛选（${where.join('、')}）再试。`)
    if (result.plan.terms.length > 1) out.push('减少关键词：结果须同时包含每个空格分开的关键词。')
    out.push('检查错别字，或换用单位的简称、全称（如“住建局”“住房和城乡建设局”）。')
    if (result.plan.terms.some((t) => t.exact)) out.push('去掉引号：引号内的词只按原样查找。')
    return out
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
    const typed = input!.value.trim()
    const current = ++generation
    syncUrl(typed)
    list!.replaceChildren()
    say([])
    more!.hidden = true
    const filtered = Boolean(chosen().type || chosen().year)
    guide!.hidden = Boolean(typed)
    if (!typed && !filtered) {
      status!.textContent = '请输入关键词，或选择类型、年份浏览全部内容。'
      return
    }
    status!.textContent = '正在搜索…'
    list!.setAttribute('aria-busy', 'true')
    try {
      const started = performance.now()
      const result = await portal.search(typed, chosen())
      if (current !== generation) return
      outcome = result
      next = 0
      await fillFilters(result.browsing ? undefined : result.counts)
      await renderMore(current)
      if (current !== generation) return
      const where = Object.values(chosen()).filter(Boolean).join('、')
      const within = where ? `（${where}）` : ''
      const total = result.ids.length
      const shown = cleanQuery(typed).text.trim()
      if (result.browsing) {
        status!.textContent = `${where}共有 ${total} 条内容，按时间从新到旧排列。`
      } else if (!result.plan.terms.length) {
        status!.textContent = `“${shown}”中没有可以搜索的文字，请输入关键词。`
      } else if (total && result.split) {
        status!.textContent = `没有完全匹配“${shown}”的结果，以下 ${total} 条结果同时包含：${result.split.join('、')}${within}。`
      } else if (total) {
        status!.textContent = `找到 ${total} 条与“${shown}”相关的结果${within}。`
      } else {
        status!.textContent = `没有找到与“${shown}”相关的内容${within}。`
      }
      say(result.browsing ? [] : total ? readings(result) : [...readings(result), ...suggestions(result)])
      list!.dataset.ms = String(Math.round(performance.now() - started))
    } catch {
      if (current === generation) status!.textContent = '搜索加载失败，请检查网络后重试。'
    } finally {
      if (current === generation) list!.setAttribute('aria-busy', 'false')
    }
  }

  // The filter menus show every value with its count once the index is there.
  const loadFilters = () =>
    void portal.ready().then(
      () => (outcome ? undefined : fillFilters()),
      () => undefined,
    )
  let timer: ReturnType<typeof setTimeout> | undefined
  input.addEventListener('focus', loadFilters, { once: true })
  for (const select of selects) {
    select.addEventListener('focus', loadFilters, { once: true })
    select.addEventListener('change', () => void run())
  }
  input.addEventListener('input', () => {
    clearTimeout(timer)
    timer = setTimeout(run, 250)
  })
  form.addEventListener('submit', (event) => {
    event.preventDefault()
    clearTimeout(timer)
    void run()
  })
  more.addEventListener('click', () => void renderMore(generation))

  const params = new URLSearchParams(location.search)
  FILTERS.forEach((f, i) => {
    const value = params.get(f.key)
    if (value && ![...selects[i].options].some((o) => o.value === value)) selects[i].append(new Option(value, value))
    if (value) selects[i].value = value
  })
  const q = params.get('q')
  if (q) input.value = q
  if (q || chosen().type || chosen().year) void run()
}
