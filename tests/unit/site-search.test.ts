// The search index and client without a browser: n-grams, extraction from built HTML, ranking,
// filters, the text check and escaping.
import { describe, expect, it } from 'vitest'
import { createPortalSearch, excerpt, highlight } from '../../site/lib/searchClient'
import { extractSearchRecord, type SearchRecord } from '../../site/lib/searchExtract'
import { buildSearchIndex, encodePostings } from '../../site/lib/searchIndex'
import { SearchKeys } from '../../site/lib/searchKeys'
import {
  decodePostings,
  forEachGramRange,
  normalizeSearchText,
  queryTerms,
  shardOf,
  termGrams,
  textGrams,
  TITLE_KEY,
} from '../../site/lib/searchText'

describe('search text', () => {
  it('should split a query at spaces, normalise fullwidth letters and digits, and drop repeats', () => {
    expect(queryTerms(' 民政局　礼品礼金  民政局 ')).toEqual(['民政局', '礼品礼金'])
    expect(queryTerms('ＰＰＰ项目 １２３８８')).toEqual(['ppp项目', '12388'])
    expect(normalizeSearchText('ＰＰＰ')).toHaveLength(3)
  })

  it('should look a short term or a code up as one key, and a longer term as its chain of trigrams', () => {
    expect(termGrams('民政局')).toEqual(['民政局'])
    expect(termGrams('礼')).toEqual(['礼'])
    expect(termGrams('住房公积金')).toEqual(['住房公', '房公积', '公积金'])
    expect(termGrams('2025-00002')).toEqual(['2025-00002'])
    expect(termGrams('ppp项目')).toEqual(expect.arrayContaining(['ppp', 'pp项', 'p项目']))
  })

  it('should file text under every n-gram without whitespace, and codes under longer substrings', () => {
    const grams = textGrams('市民政局 12388')
    for (const g of ['市', '市民', '市民政', '民政局', '局', '12388', '2388', '1238'])
      expect(grams.has(g), g).toBe(true)
    expect(grams.has('局 1')).toBe(false)
    expect(grams.has('市民政局')).toBe(false)
  })

  it("should round-trip postings and put a title key in its body key's shard", () => {
    const ids = [0, 1, 2, 40, 41, 1000, 99999]
    expect(decodePostings(encodePostings(ids))).toEqual(ids)
    expect(decodePostings('')).toEqual([])
    expect(shardOf(TITLE_KEY + '民政局', 1024)).toBe(shardOf('民政局', 1024))
    expect(shardOf('民政局', 1024)).toBe(shardOf('民政局', 1024))
  })
})

describe('search extraction from built HTML', () => {
  const html = `<html lang="zh-CN"><body><header>主办单位：清风市纪委</header>
    <article class="card" data-search-body data-search-type="典型案例" data-search-year="2025" data-search-date="2025-03-05" data-search-date-label="2025年3月5日">
      <p data-search-ignore>典型案例 · 标签</p>
      <h1 data-search-title>张某某违规收受<strong>礼品</strong>礼金问题 &amp; 其他</h1>
      <div data-search-ignore><div>内层忽略</div>仍然忽略</div>
      <table><tr><th data-search-ignore>违纪类型</th><td>违反廉洁纪律</td></tr></table>
      <p>第一段<br>第二行</p><script>var x = "脚本文字";</script><p>末段</p>
    </article><footer>页脚文字</footer></body></html>`

  it('should read the searchable part only, with its filters, dates and title', () => {
    const record = extractSearchRecord(html, '/cases/1/')!
    expect(record).toMatchObject({
      url: '/cases/1/',
      type: '典型案例',
      year: '2025',
      date: '2025-03-05',
      dateLabel: '2025年3月5日',
    })
    expect(record.title).toBe('张某某违规收受礼品礼金问题 & 其他')
    for (const hidden of ['主办单位', '标签', '内层忽略', '仍然忽略', '违纪类型', '脚本文字', '页脚文字'])
      expect(record.text).not.toContain(hidden)
    // Inline tags do not break a line; blocks and <br> do.
    expect(record.text.split('\n')).toEqual([
      '张某某违规收受礼品礼金问题 & 其他',
      '违反廉洁纪律',
      '第一段',
      '第二行',
      '末段',
    ])
  })

  it('should return null for a page without a searchable part', () => {
    expect(extractSearchRecord('<html><body><main>列表</main></body></html>', '/cases/')).toBeNull()
  })
})

describe('search client over an index', () => {
  const record = (url: string, title: string, text: string, type: string, date: string): SearchRecord => ({
    url,
    title,
    text: `${title}\n${text}`,
    type,
    year: date.slice(0, 4),
    date,
    dateLabel: date,
  })
  const records = [
    record('/cases/1/', '白鹭区民政局原局长问题', '违规收受礼品礼金。', '典型案例', '2024-05-01'),
    record('/cases/2/', '通报', '白鹭区民政局干部违规收受礼品礼金，受到留党察看处分。', '典型案例', '2025-06-01'),
    // Holds every trigram of 收受礼品礼金 but never the whole phrase: the text check drops it.
    record('/cases/3/', '通报', '收受礼品，品礼金。礼品礼金', '典型案例', '2025-07-01'),
    record('/disclosures/1/', '公开 <script>alert(1)</script>', '民政局 2025-00002 号', '公开信息', '2026-01-01'),
  ]
  const built = buildSearchIndex(records)
  const portal = createPortalSearch({
    async json(file) {
      if (file === 'entry.json') return built.entry
      const [, kind, n] = /\/(k|d)\/(\d+)\.json$/.exec(file)!
      return JSON.parse((kind === 'k' ? built.shards : built.docs)[Number(n)])
    },
  })
  const urls = async (q: string, filters = {}) => {
    const outcome = await portal.search(q, filters)
    return (await portal.page(outcome, 0, 50)).hits.map((h) => h.url)
  }

  it('should rank title matches first, then newest first', async () => {
    expect(await urls('民政局')).toEqual(['/cases/1/', '/disclosures/1/', '/cases/2/'])
  })

  it('should show only pages that hold the whole term, and require every term', async () => {
    expect(await urls('收受礼品礼金')).toEqual(['/cases/2/', '/cases/1/'])
    expect(await urls('民政局 留党察看')).toEqual(['/cases/2/'])
    expect(await urls('2025-00002')).toEqual(['/disclosures/1/'])
    expect(await urls('2025-00003')).toEqual([])
  })

  it('should count matches per 类型 and 年份 and apply both filters', async () => {
    const outcome = await portal.search('民政局', { year: '2025' })
    expect(outcome.counts.type).toEqual({ 典型案例: 1 })
    expect(outcome.counts.year).toEqual({ 2024: 1, 2025: 1, 2026: 1 })
    expect(await urls('民政局', { type: '典型案例' })).toEqual(['/cases/1/', '/cases/2/'])
    expect(await urls('民政局', { type: '典型案例', year: '2026' })).toEqual([])
  })

  it('should escape titles and excerpts and mark every occurrence', async () => {
    const outcome = await portal.search('公开')
    const [hit] = (await portal.page(outcome, 0, 1)).hits
    expect(hit.titleHtml).toBe('<mark>公开</mark> &#60;script&#62;alert(1)&#60;/script&#62;')
    expect(highlight('a<b>礼金礼金', ['礼金'])).toBe('a&#60;b&#62;<mark>礼金礼金</mark>')
    expect(excerpt('甲'.repeat(200) + '礼金' + '乙'.repeat(200), ['礼金'], 40)).toMatch(/^…甲+<mark>礼金<\/mark>乙+…$/)
  })
})

describe('index key numbers', () => {
  it('number keys in first-seen order exactly as a Map of their strings would, across table growth', () => {
    const table = new SearchKeys()
    const reference = new Map<string, number>()
    let seed = 3
    const random = () => {
      seed ^= seed << 13
      seed ^= seed >>> 17
      seed ^= seed << 5
      return (seed >>> 0) / 2 ** 32
    }
    // CJK, ASCII codes, a character outside the BMP (𠮷) and whitespace: 600,000 grams, over 32,768 distinct keys.
    const alphabet = [
      ...'纪委监民政局住房公积金管理中心违规收受礼品留党察看开除籍张某一二三四五六七八九十甲乙丙丁',
      ...'0123456789-abc',
      '𠮷',
      ' ',
    ]
    let mismatches = 0
    for (let doc = 0; doc < 2000; doc++) {
      const text = Array.from({ length: 50 }, () => alphabet[Math.floor(random() * alphabet.length)]).join('')
      for (const title of [false, true]) {
        forEachGramRange(text, (start, end) => {
          const key = (title ? TITLE_KEY : '') + text.slice(start, end)
          if (!reference.has(key)) reference.set(key, reference.size)
          if (table.idOf(text, start, end, title) !== reference.get(key)) mismatches++
        })
      }
    }
    expect(mismatches).toBe(0)
    expect(table.keys).toEqual([...reference.keys()])
    expect(table.keys.length).toBeGreaterThan(1 << 15)
  })
})
