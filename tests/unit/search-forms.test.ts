// How search reads what people type (site/lib/searchQuery.ts, searchFold.ts) and the curated
// dictionary (content/model/searchTerms.ts): 简称 and 全称, traditional characters, stray
// punctuation, run-together terms, hostile input; labels that are shown but not searchable; and
// the client over a small index, where an exact match ranks before one found through a 简称.
import { describe, expect, it } from 'vitest'
import { EQUIVALENT_TERMS, proposeUnitAliases, SEARCH_WORDS } from '../../content/model/searchTerms'
import { createPortalSearch } from '../../site/lib/searchClient'
import { extractSearchRecord, type SearchRecord } from '../../site/lib/searchExtract'
import { foldSearchText, foldTraditional } from '../../site/lib/searchFold'
import { buildSearchIndex } from '../../site/lib/searchIndex'
import {
  alternativesOf,
  cleanQuery,
  indexVocabulary,
  MAX_QUERY_CHARS,
  MAX_TERMS,
  parseQuery,
  splitRunTogether,
} from '../../site/lib/searchQuery'
import { searchableText } from '../../site/lib/searchText'

const vocab = indexVocabulary({ groups: EQUIVALENT_TERMS.map((g) => [...g]), words: [...SEARCH_WORDS] }, foldSearchText)
const read = (q: string) => parseQuery(q, foldSearchText, vocab)

describe('the curated dictionary', () => {
  it('should hold groups of distinct forms of two or more characters, no form in two groups', () => {
    const seen = new Map<string, number>()
    EQUIVALENT_TERMS.forEach((group, i) => {
      expect(group.length, group.join('/')).toBeGreaterThanOrEqual(2)
      expect(new Set(group).size, group.join('/')).toBe(group.length)
      for (const form of group) {
        expect(form.length, form).toBeGreaterThanOrEqual(2)
        expect(seen.has(form), `${form} in two groups`).toBe(false)
        seen.set(form, i)
      }
    })
  })

  it('should propose a unit’s 简称 from its 全称, and none for a name without a known full form', () => {
    expect(proposeUnitAliases('清风市住房和城乡建设局')).toContain('清风市住建局')
    expect(proposeUnitAliases('青莲区市场监督管理局')).toEqual(['青莲区市场监管局'])
    expect(proposeUnitAliases('中共清风市纪律检查委员会')).toEqual(
      expect.arrayContaining(['中共清风市纪委', '清风市纪委']),
    )
    expect(proposeUnitAliases('清风市民政局')).toEqual([])
    expect(proposeUnitAliases('清风市住建局')).toEqual([])
  })
})

describe('reading a query', () => {
  it('should search a 简称 and its 全称 both ways, and never a form that holds another', () => {
    expect(alternativesOf('住建局', vocab)).toEqual(expect.arrayContaining(['住房和城乡建设局', '住房城乡建设局']))
    expect(alternativesOf('住房和城乡建设局', vocab)).toEqual(expect.arrayContaining(['住建局']))
    expect(alternativesOf('清风市市场监管局', vocab)).toEqual(['清风市市场监督管理局'])
    expect(alternativesOf('人民代表大会常务委员会', vocab)).toEqual(['人大常委会'])
    // 中央八项规定精神 holds 八项规定: every page with it is found by 八项规定 already.
    expect(alternativesOf('八项规定', vocab)).toEqual([])
    expect(alternativesOf('中央八项规定精神', vocab)).toEqual(['八项规定'])
    expect(alternativesOf('民政局', vocab)).toEqual([])
  })

  it('should drop punctuation at the ends of a term, keep it inside, and say what was dropped', () => {
    expect(read('小金库。').terms.map((t) => t.text)).toEqual(['小金库'])
    expect(read('小金库。').dropped).toEqual(['。'])
    expect(read('《中国共产党纪律处分条例》 公车私用？').terms.map((t) => t.text)).toEqual([
      '中国共产党纪律处分条例',
      '公车私用',
    ])
    expect(read('不敢腐、不能腐').terms.map((t) => t.text)).toEqual(['不敢腐、不能腐'])
    expect(read('“三公”经费').terms).toEqual([{ text: '三公”经费', exact: false, alternatives: [] }])
  })

  it('should match a quoted phrase as written: not expanded, not split', () => {
    expect(read('“住建局”').terms).toEqual([{ text: '住建局', exact: true, alternatives: [] }])
    expect(read('「2025年收受礼品」 纪委').terms.map((t) => [t.text, t.exact])).toEqual([
      ['2025年收受礼品', true],
      ['纪委', false],
    ])
  })

  it('should read traditional characters as simplified, keeping the length', () => {
    expect(read('禮品禮金').terms[0].text).toBe('礼品礼金')
    expect(read('禮品禮金').folded).toBe(true)
    expect(read('礼品礼金').folded).toBe(false)
    expect(foldTraditional('違規收受禮品禮金，開除黨籍')).toBe('违规收受礼品礼金，开除党籍')
    const mixed = '𠀀紀委𠀀'
    expect(foldTraditional(mixed)).toHaveLength(mixed.length)
    expect(foldSearchText('ＰＰＰ項目')).toBe('ppp项目')
  })

  it('should split a run-together term at known words, years and numbers, never inside a code', () => {
    expect(splitRunTogether('2025年收受礼品', vocab)).toEqual(['2025年', '收受礼品'])
    expect(splitRunTogether('清风市住建局开除党籍', vocab)).toEqual(['清风市住建局', '开除党籍'])
    expect(splitRunTogether('民政局的公款旅游', vocab)).toEqual(['民政局', '公款旅游'])
    expect(splitRunTogether('小金库。公车私用', vocab)).toEqual(['小金库', '公车私用'])
    expect(splitRunTogether('2025-00002', vocab)).toBeNull()
    expect(splitRunTogether('违反中央八项规定精神', vocab)).toBeNull()
    expect(splitRunTogether('张某某', vocab)).toBeNull()
  })

  it('should take hostile input apart without failing: long, invisible, broken and markup-only queries', () => {
    const long = read('礼'.repeat(10_000))
    expect(long.truncated).toBe('length')
    expect(long.terms[0].text).toHaveLength(MAX_QUERY_CHARS)
    const many = read(Array.from({ length: 200 }, (_, i) => `词${i}`).join(' '))
    expect(many.truncated).toBe('length')
    expect(many.terms).toHaveLength(MAX_TERMS)
    const short = read(Array.from({ length: 30 }, (_, i) => String.fromCharCode(0x4e00 + i)).join(' '))
    expect(short.truncated).toBe('terms')
    expect(short.terms).toHaveLength(MAX_TERMS)
    expect(cleanQuery('礼品\u0000礼金\u200b\ud800').text).toBe('礼品 礼金 ')
    expect(read('礼品\u0007礼金').terms.map((t) => t.text)).toEqual(['礼品', '礼金'])
    expect(read(`<>"'&`).terms).toEqual([])
    expect(read('\ud83d').terms).toEqual([])
  })
})

describe('labels in the index', () => {
  const html = `<article data-search-body data-search-names='["清风市住房和城乡建设局","市住建委"]'><h1 data-search-title>某案</h1>
    <table><caption data-search-ignore>案情摘要</caption>
      <tr><th data-search-label>层级</th><td><span data-search-ignore>未公开</span></td></tr>
      <tr><th data-search-label>党纪处分</th><td>留党察看一年</td></tr></table>
    <h2 data-search-ignore>违纪事实</h2><p>经查&#31;，收受礼品。</p></article>`

  it('should keep a label with its value, drop a label without one, and never let the page forge one', () => {
    const record = extractSearchRecord(html, '/cases/1/')!
    expect(record.text.split('\n')).toEqual(['某案', '党纪处分\u001f留党察看一年', '经查 ，收受礼品。'])
    expect(searchableText(record.text)).toBe('某案\n留党察看一年\n经查 ，收受礼品。')
    expect(record.names).toEqual(['清风市住房和城乡建设局', '市住建委'])
  })
})

describe('search client with names, forms and labels', () => {
  const record = (url: string, title: string, text: string, date: string, names?: string[]): SearchRecord => ({
    url,
    title,
    text: `${title}\n${text}`,
    type: '典型案例',
    year: date.slice(0, 4),
    date,
    dateLabel: date,
    ...(names ? { names } : {}),
  })
  const built = buildSearchIndex([
    record('/cases/1/', '市住建局原局长问题', '党纪处分\u001f开除党籍\n经查，违规收受礼品礼金。', '2025-03-01'),
    record('/cases/2/', '某局干部问题', '单位\u001f清风市住房和城乡建设局\n经查，公车私用。', '2025-05-01'),
    record('/cases/3/', '某所问题', '党纪处分\u001f警告\n经查，私设小金库。', '2024-05-01'),
    record('/departments/1/', '清风市公共资源交易中心', '单位名称\u001f清风市公共资源交易中心', '2024-01-01', [
      '清风市公共资源交易中心',
      '市公管办',
    ]),
  ])
  const portal = createPortalSearch({
    async json(file) {
      if (file === 'entry.json') return built.entry
      const [, kind, n] = /\/(k|d)\/(\d+)\.json$/.exec(file)!
      return JSON.parse((kind === 'k' ? built.shards : built.docs)[Number(n)])
    },
  })
  const run = async (q: string) => {
    const outcome = await portal.search(q)
    return { outcome, hits: (await portal.page(outcome, 0, 50)).hits }
  }

  it('should find either form, the form as typed first, and say which other forms found pages', async () => {
    const { outcome, hits } = await run('住建局')
    expect(hits.map((h) => h.url)).toEqual(['/cases/1/', '/cases/2/'])
    expect(outcome.expanded).toEqual(['住房和城乡建设局'])
    expect((await run('住房和城乡建设局')).hits.map((h) => h.url)).toEqual(['/cases/2/', '/cases/1/'])
    expect((await run('“住建局”')).hits.map((h) => h.url)).toEqual(['/cases/1/'])
  })

  it('should find a unit by the 别称 its page lists, which the dictionary does not know', async () => {
    expect(built.entry.vocabulary.groups).toContainEqual(['清风市公共资源交易中心', '市公管办'])
    expect((await run('市公管办')).hits.map((h) => h.url)).toEqual(['/departments/1/'])
  })

  it('should not search labels, and show a labelled fact with its label', async () => {
    expect((await run('党纪处分')).hits).toEqual([])
    const [hit] = (await run('开除党籍')).hits
    expect(hit.excerptHtml).toMatch(/^党纪处分：<mark>开除党籍<\/mark>/)
  })

  it('should search a run-together query as its parts only when it matches nothing as typed', async () => {
    const { outcome, hits } = await run('2025年收受礼品')
    expect(outcome.split).toBeNull()
    expect(hits).toEqual([])
    const split = await run('开除党籍收受礼品')
    expect(split.outcome.split).toEqual(['开除党籍', '收受礼品'])
    expect(split.hits.map((h) => h.url)).toEqual(['/cases/1/'])
    const typed = await run('小金库。')
    expect(typed.hits.map((h) => h.url)).toEqual(['/cases/3/'])
    expect(typed.outcome.plan.dropped).toEqual(['。'])
  })

  it('should list every document of a filter when there is no query, newest first', async () => {
    const outcome = await portal.search('', { year: '2025' })
    expect(outcome.browsing).toBe(true)
    expect((await portal.page(outcome, 0, 10)).hits.map((h) => h.url)).toEqual(['/cases/2/', '/cases/1/'])
    expect((await portal.search('')).ids).toEqual([])
  })
})
