// 组合筛选 in the browser: loads `/<collection>/facets.json` on first use, keeps the chosen
// facets in the query string (so a filtered list can be shared) and renders the matches with
// DOM text nodes only (titles come from editors; nothing is parsed as HTML). Menus of large
// facets (data-lazy) are filled from facet-values.json before the form is shown.
import type { FacetRow } from '../lib/facets'
import type { FacetOption } from '../lib/facetNav'

const SHOWN_AT_ONCE = 50

/** Fills the data-lazy menus (keeping their current choice) from facet-values.json. */
async function fillLazyMenus(form: HTMLFormElement): Promise<void> {
  const lazy = [...form.querySelectorAll<HTMLSelectElement>('select[data-lazy]')]
  if (!lazy.length) return
  const response = await fetch(form.dataset.values!)
  if (!response.ok) throw new Error(`HTTP ${response.status}`)
  const values = (await response.json()) as Record<string, FacetOption[]>
  for (const select of lazy) {
    const current = select.value
    select.replaceChildren(new Option('全部', ''))
    for (const v of values[select.name] ?? [])
      select.append(new Option(`${v.parent ? '　' : ''}${v.label}（${v.count}）`, v.slug))
    select.value = current
  }
}

export function initFacetFilter(): void {
  const form = document.getElementById('facet-filter') as HTMLFormElement | null
  if (!form) return
  fillLazyMenus(form).then(
    () => startFacetFilter(),
    // Without the large menus the filter still combines the others; the browse-by links work.
    () => {
      for (const select of form.querySelectorAll<HTMLSelectElement>('select[data-lazy]')) select.disabled = true
      startFacetFilter()
    },
  )
}

function startFacetFilter(): void {
  const form = document.getElementById('facet-filter') as HTMLFormElement | null
  const results = document.getElementById('facet-results')
  const status = document.getElementById('facet-status')
  const staticList = document.querySelector<HTMLElement>('[data-static-list]')
  if (!form || !results || !status || !staticList) return
  form.hidden = false

  const selects = [...form.querySelectorAll('select')]
  const selection = () => selects.filter((s) => s.value).map((s) => [s.name, s.value] as const)
  const key = (sel: ReturnType<typeof selection>) => sel.map(([k, v]) => `${k}=${v}`).join('&')
  // The page's own facet (preselected in the HTML) is what the static list already shows.
  const initial = key(selection())
  let rows: Promise<FacetRow[]> | null = null
  const load = () =>
    (rows ??= fetch(form.dataset.index!).then((r) => {
      if (!r.ok) throw new Error(`HTTP ${r.status}`)
      return r.json() as Promise<FacetRow[]>
    }))

  async function apply(): Promise<void> {
    const sel = selection()
    const url = new URL(location.href)
    for (const s of selects) url.searchParams.delete(s.name)
    for (const [k, v] of sel) url.searchParams.set(k, v)
    history.replaceState(null, '', url)
    if (key(sel) === initial) {
      results!.hidden = true
      staticList!.hidden = false
      status!.textContent = ''
      return
    }
    let data: FacetRow[]
    try {
      data = await load()
    } catch {
      rows = null
      status!.textContent = '筛选数据加载失败，请稍后重试，或使用“分类浏览”中的链接。'
      return
    }
    const hits = data.filter((row) => sel.every(([k, v]) => row.facets[k]?.includes(v)))
    status!.textContent = `符合条件的共 ${hits.length} 条`
    render(hits)
  }

  function render(hits: FacetRow[], shown = SHOWN_AT_ONCE): void {
    staticList!.hidden = true
    results!.hidden = false
    results!.replaceChildren()
    if (hits.length === 0) {
      const p = el('p', 'card text-stone-700', '没有符合条件的记录，请减少筛选条件。')
      results!.append(p)
      return
    }
    const ul = el('ul', 'divide-y divide-stone-200 bg-white border border-stone-200')
    for (const row of hits.slice(0, shown)) ul.append(item(row))
    results!.append(ul)
    if (hits.length > shown) {
      const more = el(
        'button',
        'mt-3 border border-stone-400 rounded-sm bg-white px-4 py-2 hover:bg-stone-100',
        `显示更多（还有 ${hits.length - shown} 条）`,
      )
      more.setAttribute('type', 'button')
      more.addEventListener('click', () => render(hits, shown + SHOWN_AT_ONCE))
      results!.append(more)
    }
  }

  form.addEventListener('change', () => void apply())
  form.addEventListener('reset', () => setTimeout(() => void apply()))
  form.addEventListener('submit', (event) => {
    event.preventDefault()
    void apply()
  })

  const params = new URLSearchParams(location.search)
  let restored = false
  for (const s of selects) {
    const value = params.get(s.name)
    if (value && [...s.options].some((o) => o.value === value)) {
      s.value = value
      restored = true
    }
  }
  if (restored) void apply()
}

function el(tag: string, className: string, text?: string): HTMLElement {
  const node = document.createElement(tag)
  node.className = className
  if (text !== undefined) node.textContent = text
  return node
}

function item(row: FacetRow): HTMLElement {
  const li = el('li', 'px-4 py-3')
  const head = el('div', 'flex flex-col sm:flex-row sm:items-baseline sm:justify-between gap-1')
  const a = el('a', 'text-[1.0625rem] font-medium', row.title) as HTMLAnchorElement
  a.href = row.href
  head.append(a)
  if (row.datetime) {
    const time = el('time', 'shrink-0 text-sm text-stone-600', row.dateText)
    time.setAttribute('datetime', row.datetime)
    head.append(time)
  }
  li.append(head)
  if (row.meta.length > 0) {
    const p = el('p', 'mt-1 flex flex-wrap gap-1')
    for (const m of row.meta) p.append(el('span', 'tag', m))
    li.append(p)
  }
  return li
}
