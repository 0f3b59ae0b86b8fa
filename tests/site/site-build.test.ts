// Checks the fixture portal (built once per run, tests/helpers/fixtureSite.ts): the HTML with
// cheerio, and the search index with the same search code browsers run (tests/helpers/searchIndex.ts).
import { cp, mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import * as cheerio from 'cheerio'
import { beforeAll, describe, expect, it } from 'vitest'
import { buildSite } from '../../site/build/buildSite'
import { DATASET_COLLECTIONS, PUBLIC_COLLECTIONS } from '../../content/model/collections'
import { fixtureSite, FIXTURE_CONTENT } from '../helpers/fixtureSite'
import { siteTexts, truthOf } from '../../bench/lib/searchQuality'
import { openSearchIndex } from '../helpers/searchIndex'

const FIXTURES = FIXTURE_CONTENT
const COLLECTIONS = PUBLIC_COLLECTIONS

let out: string

const page = async (url: string) =>
  cheerio.load(await readFile(path.join(out, url, url.endsWith('.html') ? '' : 'index.html'), 'utf8'))
const text = ($: cheerio.CheerioAPI, selector: string) => $(selector).text().replace(/\s+/g, ' ').trim()
/** The value cell of a label row in a .facts table. */
/** The value of the fact labelled exactly `label` (单位 is not 所在单位), in every fact table of the page. */
const fact = ($: cheerio.CheerioAPI, label: string, table = 'table.facts') =>
  $(`${table} tr`)
    .filter((_, tr) => $(tr).find('th').text().trim() === label)
    .map((_, tr) => $(tr).find('td').text().trim())
    .get()
    .join('|')

async function htmlFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true })
  return entries.filter((e) => e.isFile() && e.name.endsWith('.html')).map((e) => path.join(e.parentPath, e.name))
}

beforeAll(async () => {
  out = await fixtureSite()
}, 300_000)

describe('site build from fixtures', () => {
  it('should write the pages and a search index naming its build folder', async () => {
    expect((await htmlFiles(out)).length).toBeGreaterThan(40)
    const entry = JSON.parse(await readFile(path.join(out, 'search-index/entry.json'), 'utf8'))
    const searchable = []
    for (const file of await htmlFiles(out))
      if ((await readFile(file, 'utf8')).includes('data-search-body')) searchable.push(file)
    expect(searchable.length).toBeGreaterThan(30)
    expect(entry.docs).toBe(searchable.length)
    expect((await readdir(path.join(out, 'search-index', entry.build, 'd'))).length).toBe(entry.docs)
    expect((await readdir(path.join(out, 'search-index', entry.build, 'k'))).length).toBe(entry.shards)
  })

  it('should declare lang zh-CN on every page, including search and 404', async () => {
    const files = await htmlFiles(out)
    expect(files.map((f) => path.relative(out, f))).toEqual(
      expect.arrayContaining(['404.html', 'search/index.html', 'index.html']),
    )
    for (const file of files) {
      const $ = cheerio.load(await readFile(file, 'utf8'))
      expect($('html').attr('lang'), file).toBe('zh-CN')
      expect($('meta[name=viewport]').attr('content'), file).not.toMatch(/user-scalable|maximum-scale/)
    }
  })

  it.each(COLLECTIONS)('should build the list and every detail page of %s', async (collection) => {
    const $list = await page(`/${collection}/`)
    const ids = (await readdir(path.join(FIXTURES, collection))).map((f) => f.replace(/\.json$/, ''))
    expect(ids.length).toBeGreaterThan(1)
    for (const id of ids) {
      expect(
        $list(`main a[href="/${collection}/${id}/"]`).length,
        `${collection}/${id} linked from list`,
      ).toBeGreaterThan(0)
      const $ = await page(`/${collection}/${id}/`)
      expect($('article[data-search-body] h1[data-search-title]').text().trim()).not.toBe('')
      expect($('nav[aria-label="当前位置"]').length).toBe(1)
      expect($('article[data-search-body]').attr('data-search-type')).not.toBe('')
      expect($('article[data-search-body]').attr('data-search-year')).toMatch(/^\d{4}$/)
    }
  })

  it('should index only detail and MDX pages', async () => {
    for (const url of ['/', '/search/', '/404.html', '/cases/', '/culture/']) {
      const $ = await page(url)
      expect($('[data-search-body]').length, url).toBe(0)
    }
    for (const url of ['/about/', '/report-guide/', '/cases/1/']) {
      expect((await page(url))('[data-search-body]').length, url).toBe(1)
    }
  })

  it('should mark the current section in the main nav', async () => {
    const $ = await page('/cases/2/')
    expect(text($, 'nav[aria-label="主导航"] a[aria-current="page"]')).toBe('警示通报')
    const $home = await page('/')
    expect(text($home, 'nav[aria-label="主导航"] a[aria-current="page"]')).toBe('首页')
  })

  it('should show a case with its sanctions and the bulletins it appears in', async () => {
    const $ = await page('/cases/1/')
    expect(text($, 'h1')).toBe('清风市住建局原局长张某某严重违纪违法问题')
    expect(fact($, '姓名')).toBe('张某某')
    expect(fact($, '单位')).toBe('市住建局')
    expect(fact($, '职务')).toBe('原局长')
    expect(fact($, '党纪处分')).toBe('开除党籍')
    expect(fact($, '政务处分')).toBe('开除')
    expect(fact($, '移送检察机关')).toBe('是')
    expect(fact($, '其他处理')).toBe('违纪违法所得人民币120万元')
    expect(fact($, '八项规定问题类型')).toBe('违规公款吃喝、公车私用')
    expect(fact($, '案例来源')).toBe('本级查处')
    expect($('table.facts time[datetime="2025-03-05"]').text()).toBe('2025年3月5日')
    expect(
      $('[data-testid="case-bulletins"] a')
        .map((_, a) => $(a).attr('href'))
        .get(),
    ).toEqual(['/bulletins/1/'])
    const $none = await page('/cases/3/')
    // Nobody published a 政务处分 for this case: the page says so, and never 无 (none given).
    expect(fact($none, '政务处分')).toBe('未公开')
    expect($none('table.facts').text()).not.toMatch(/(^|\s)无(\s|$)/)
    expect(
      $none('[data-testid="case-bulletins"] a')
        .map((_, a) => $none(a).attr('href'))
        .get(),
    ).toEqual(['/bulletins/2/'])
  })

  it('should show every person of a case and each fact as published, at its precision', async () => {
    const $ = await page('/cases/6/')
    expect(
      $('[data-testid="case-persons"] h3')
        .map((_, h) => $(h).text())
        .get(),
    ).toEqual(['孙某某', '吴某'])
    expect(fact($, '姓名')).toBe('孙某某|吴某')
    expect(fact($, '组织处理')).toBe('诫勉谈话')
    expect(fact($, '政治面貌')).toBe('非中共党员')
    // The second person has no published sanction: 未公开, never 无.
    expect(fact($, '党纪处分').split('|')[1]).toBe('未公开')
    expect($('table.facts time[datetime="2024-05"]').text()).toBe('2024年5月')
    expect(
      $('[data-testid="case-disposition"] li')
        .map((_, li) => $(li).text())
        .get()[1],
    ).toBe('吴某，青莲区桃源街道荷塘社区原居委会委员：诫勉谈话。')

    const $f = await page('/cases/8/')
    expect(fact($f, '处分决定日期')).toBe('2023年')
    expect(fact($f, '层级')).toBe('未公开')
    expect(fact($f, '区域')).toBe('未公开')
    expect(fact($f, '违纪类型')).toBe('未公开')
    expect(fact($f, '干部管理权限')).toBe('省管干部')
    expect(fact($f, '案例来源')).toBe('转发（山海省纪委监委）')
    expect($f('table.facts a[href="https://example.org/notice/2023-12"]').text()).toBe(
      '山海省纪委监委通报违反中央八项规定精神典型问题',
    )
    expect(fact($f, '原发布日期')).toBe('2023年12月29日')
    expect(fact($f, '刑事处理')).toBe('因受贿罪被判处有期徒刑十年')
    expect($f('table.facts').text()).not.toMatch(/(^|\s)无(\s|$)/)
  })

  it("should list a bulletin's cases in order with cause analysis and requirements", async () => {
    const $ = await page('/bulletins/1/')
    expect(
      $('[data-testid="bulletin-cases"] h3 a')
        .map((_, a) => $(a).attr('href'))
        .get(),
    ).toEqual(['/cases/1/', '/cases/2/'])
    expect(text($, 'h2:contains("发案原因剖析") + .prose')).toContain('权力监督缺位')
    expect($('h2:contains("警示要求") + .prose ol li').length).toBe(2)
  })

  it('should show the disclosure metadata block, rich text and attachments', async () => {
    const $ = await page('/disclosures/1/')
    const labels = $('table.facts th')
      .map((_, th) => $(th).text().trim())
      .get()
    expect(labels.slice(0, 9)).toEqual([
      '索引号',
      '主题分类',
      '发文机关',
      '成文日期',
      '标题',
      '文号',
      '发布日期',
      '主题词',
      '有效性',
    ])
    expect(fact($, '索引号')).toBe('11330100MB0000003Z/2025-00001')
    expect(fact($, '成文日期')).toBe('2025年2月28日')
    expect($('.prose p').first().text()).toContain('政府采购意向')
    expect($('a[href="/media/caigou-yixiang-2025.pdf"]').text()).toBe('2025年度政府采购意向公开表')
    expect(await readFile(path.join(out, 'media/caigou-yixiang-2025.pdf'), 'utf8')).toContain('%PDF')
    expect($('button[data-print]').length).toBe(1)
  })

  it('should render rich text as HTML', async () => {
    const $ = await page('/articles/3/')
    expect($('.prose h2').text()).toBe('一、家训')
    expect($('.prose strong').text()).toBe('耕读继世')
    expect($('.prose blockquote').length).toBe(1)
  })

  it('should escape plain-text fields instead of running them', async () => {
    const html = await readFile(path.join(out, 'articles/2/index.html'), 'utf8')
    // Outside attribute values (where `<` is inert text) the markup never contains the tag.
    expect(html.replace(/="[^"]*"/g, '=""')).not.toContain('<script>alert')
    expect(html).toContain('测试标题&lt;script&gt;alert(&quot;xss&quot;)&lt;/script&gt;应被转义')
    const $ = cheerio.load(html)
    expect($('h1').text()).toBe('测试标题<script>alert("xss")</script>应被转义')
    expect($('script').filter((_, s) => $(s).html()?.includes('alert') ?? false).length).toBe(0)
    const list = await readFile(path.join(out, 'articles/index.html'), 'utf8')
    expect(list.replace(/="[^"]*"/g, '=""')).not.toContain('<script>alert')
    expect(list).toContain('&lt;b&gt;标签&lt;/b&gt;')
  })

  it('should render the MDX pages and group departments by level', async () => {
    const $about = await page('/about/')
    expect(text($about, 'h1')).toBe('关于本站')
    const $guide = await page('/report-guide/')
    expect($guide('a[href="https://www.12388.gov.cn/"]').length).toBeGreaterThan(0)
    expect(text($guide, 'main')).toContain('本站不受理')
    const $dep = await page('/departments/')
    expect(
      $dep('main h2.section-title')
        .map((_, h) => $dep(h).text())
        .get(),
    ).toEqual(['市级', '县(市、区)级', '镇(街道)级'])
  })

  it('should show the current theme and reminder on the home page, or the latest', async () => {
    const $ = await page('/')
    expect(text($, '#home-theme').length).toBeGreaterThan(10)
    expect($('section[aria-labelledby="home-theme"] h3 a').attr('href')).toMatch(/^\/themes\/\d+\/$/)
    expect($('section[aria-labelledby="home-reminder"] blockquote').text()).not.toBe('')
    expect($('section[aria-labelledby="home-bulletin"] h3 a').attr('href')).toBe('/bulletins/1/')
  })

  it('should not load the search index until the search page is used, with a form and a no-JS fallback', async () => {
    const $ = await page('/search/')
    // Fetched by the page script on first use (tests/e2e/search.e2e.test.ts), never up front.
    expect($('script[src*="search-index"], link[href*="search-index"]').length).toBe(0)
    expect($('form[role="search"] input[name="q"]').length).toBe(1)
    expect($('noscript').text()).toContain('JavaScript')
    const $home = await page('/')
    expect($home('script[src*="search"]').length).toBe(0)
    const $404 = await page('/404.html')
    expect(text($404, 'h1')).toBe('页面未找到')
  })

  it('should find 礼品礼金 with the matching case first, and filter by 类型 and 年份', async () => {
    const index = openSearchIndex(out)
    const hits = await index.search('礼品礼金')
    // The two cases with 礼品礼金 in their title come first (title matches, then newest first).
    expect(
      hits
        .slice(0, 2)
        .map((h) => h.url)
        .sort(),
    ).toEqual(['/cases/2/', '/cases/5/'])
    expect(hits.find((h) => h.url === '/cases/2/')!.title).toBe('青莲区财政局原副局长李某某违规收受礼品礼金问题')
    expect(hits[0].excerptHtml).toContain('<mark>礼品礼金</mark>')
    expect(hits[0].titleHtml).toContain('<mark>礼品礼金</mark>')
    const agency = await index.search('住房和城乡建设局')
    expect(agency[0].url).toBe('/departments/2/')
    const procurement = (await index.search('政府采购')).map((h) => h.url)
    expect(procurement).toEqual(expect.arrayContaining(['/catalog-items/1/', '/disclosures/1/', '/cases/1/']))
    // Counts per 类型 and 年份 agree with the pages that hold the term (read with cheerio).
    const outcome = await index.portal.search('八项规定')
    const truth = [...truthOf(await siteTexts(out), '八项规定')]
    expect(outcome.ids.length).toBe(truth.length)
    expect(outcome.counts.type['典型案例']).toBe(truth.filter((u) => u.startsWith('/cases/')).length)
    expect(Object.values(outcome.counts.year).reduce((a, b) => a + b, 0)).toBe(truth.length)
    const values = await index.portal.filterValues()
    expect(values.type).toEqual(expect.arrayContaining(['典型案例', '警示通报', '公开信息']))
    expect(values.year).toEqual(expect.arrayContaining(['2024', '2025']))
    const cases2025 = await index.search('八项规定', { type: '典型案例', year: '2025' })
    expect(cases2025.map((h) => h.url).sort()).toEqual(['/cases/1/', '/cases/2/', '/cases/5/'])
    // Page chrome is not indexed.
    expect((await index.search('主办单位')).length).toBe(0)
  })
})

describe('site build failures', () => {
  it('should fail with the file and the field when a document misses a required field', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'site-bad-'))
    try {
      await cp(FIXTURES, path.join(dir, 'content'), { recursive: true })
      const file = path.join(dir, 'content/cases/2.json')
      const doc = JSON.parse(await readFile(file, 'utf8'))
      delete doc.persons[0].name
      await writeFile(file, JSON.stringify(doc))
      const error = await buildSite({
        contentDir: path.join(dir, 'content'),
        outDir: path.join(dir, 'out'),
        quiet: true,
      }).then(
        () => null,
        (e: unknown) => e as Error,
      )
      expect(error).toBeInstanceOf(Error)
      expect(error!.message).toContain('cases → 2')
      expect(error!.message).toContain('persons')
      expect(error!.message).toContain('name')
      expect(error!.message).toContain(file)
    } finally {
      await rm(dir, { recursive: true, force: true })
    }
  }, 300_000)

  it('should build empty lists when collection folders are missing, and paginate long lists', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'site-empty-'))
    try {
      await cp(path.join(FIXTURES, 'departments'), path.join(dir, 'content/departments'), { recursive: true })
      const template = JSON.parse(await readFile(path.join(FIXTURES, 'reminders/2.json'), 'utf8'))
      await mkdir(path.join(dir, 'content/reminders'))
      for (let i = 1; i <= 45; i++) {
        const week = `2024-W${String(i).padStart(2, '0')}`
        await writeFile(
          path.join(dir, `content/reminders/${100 + i}.json`),
          JSON.stringify({ ...template, id: String(100 + i), week }),
        )
      }
      const res = await buildSite({ contentDir: path.join(dir, 'content'), outDir: path.join(dir, 'out'), quiet: true })
      const $first = cheerio.load(await readFile(path.join(dir, 'out/reminders/index.html'), 'utf8'))
      expect($first('main ul li a[href^="/reminders/1"]').length).toBe(20)
      expect($first('a[rel="next"]').attr('href')).toBe('/reminders/page/2/')
      const $last = cheerio.load(await readFile(path.join(dir, 'out/reminders/page/3/index.html'), 'utf8'))
      expect($last('main ul li a[href^="/reminders/1"]').length).toBe(5)
      expect($last('a[rel="prev"]').attr('href')).toBe('/reminders/page/2/')
      expect($last('a[href="/reminders/101/"]').length).toBe(1) // oldest week last
      const $ = cheerio.load(await readFile(path.join(dir, 'out/cases/index.html'), 'utf8'))
      expect(text($, 'main')).toContain('暂无典型案例')
      const $home = cheerio.load(await readFile(path.join(dir, 'out/index.html'), 'utf8'))
      expect(text($home, 'main')).toContain('暂无月度主题')
      expect(res.pages).toBeGreaterThan(10)
    } finally {
      await rm(dir, { recursive: true, force: true })
    }
  }, 300_000)

  it('should refuse to build into the live dist symlink', async () => {
    await expect(buildSite({ contentDir: FIXTURES, outDir: 'dist' })).rejects.toThrow(/dist/)
  })
})

describe('feeds, sitemap and robots.txt', () => {
  const localPath = (href: string) => new URL(href).pathname

  it('should publish an Atom feed per section whose entries open built pages, newest first', async () => {
    for (const feed of ['reminders', 'themes', 'warning', 'disclosures', 'articles']) {
      const $ = cheerio.load(await readFile(path.join(out, 'feeds', `${feed}.xml`), 'utf8'), { xml: true })
      expect($('feed').attr('xmlns'), feed).toBe('http://www.w3.org/2005/Atom')
      const entries = $('entry').toArray()
      expect(entries.length, feed).toBeGreaterThan(0)
      const published = entries.map((e) => $(e).find('published').text())
      expect(published, feed).toEqual([...published].sort().reverse())
      for (const entry of entries) {
        const href = $(entry).find('link[rel=alternate]').attr('href')!
        await expect(readFile(path.join(out, localPath(href), 'index.html'), 'utf8'), href).resolves.toContain('<h1')
      }
    }
    const warning = await readFile(path.join(out, 'feeds', 'warning.xml'), 'utf8')
    expect(warning).toContain('/cases/')
    expect(warning).toContain('/bulletins/')
  })

  it('should let every page point feed readers at the section feeds', async () => {
    const $ = await page('/')
    const feeds = $('link[rel=alternate][type="application/atom+xml"]')
      .map((_, el) => $(el).attr('href'))
      .get()
    expect(feeds).toEqual(
      expect.arrayContaining(['/feeds/reminders.xml', '/feeds/warning.xml', '/feeds/disclosures.xml']),
    )
  })

  it('should list every document in sitemap.xml and point robots.txt at it', async () => {
    const $ = cheerio.load(await readFile(path.join(out, 'sitemap.xml'), 'utf8'), { xml: true })
    const locs = new Set(
      $('url > loc')
        .map((_, el) => localPath($(el).text()))
        .get(),
    )
    for (const collection of COLLECTIONS) {
      for (const file of await readdir(path.join(FIXTURES, collection))) {
        expect(locs, `${collection}/${file}`).toContain(`/${collection}/${file.replace(/\.json$/, '')}/`)
      }
    }
    expect(await readFile(path.join(out, 'robots.txt'), 'utf8')).toMatch(/^Sitemap: https?:\/\/.+\/sitemap\.xml$/m)
  })
})

describe('open data', () => {
  const DATASETS = DATASET_COLLECTIONS

  it.each(DATASETS)(
    'should offer %s as JSON with documented fields and one record per published document',
    async (dataset) => {
      const json = JSON.parse(await readFile(path.join(out, 'data', `${dataset}.json`), 'utf8'))
      const ids = (await readdir(path.join(FIXTURES, dataset))).map((f) => f.replace(/\.json$/, '')).sort()
      expect(json.records.map((r: { id: string }) => r.id).sort()).toEqual(ids)
      for (const field of json.fields) expect(field.label && field.description, field.key).toBeTruthy()
      expect(Object.keys(json.records[0]).sort()).toEqual(json.fields.map((f: { key: string }) => f.key).sort())
    },
  )

  it.each(DATASETS)('should offer %s as CSV that Excel opens as UTF-8, with Chinese headers', async (dataset) => {
    const bytes = await readFile(path.join(out, 'data', `${dataset}.csv`))
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    const json = JSON.parse(await readFile(path.join(out, 'data', `${dataset}.json`), 'utf8'))
    const lines = bytes.toString('utf8').slice(1).split('\r\n').filter(Boolean)
    expect(lines[0]).toBe(json.fields.map((f: { label: string }) => f.label).join(','))
    expect(lines[0]).toMatch(/^编号,网址,/)
    // Quoted cells may hold line breaks, so count records by the JSON, not by raw lines.
    expect(lines.length).toBeGreaterThanOrEqual(json.records.length + 1)
  })

  it('should document every dataset on the 数据开放 page and link it from the footer', async () => {
    const $ = await page('/data/')
    expect(text($, 'h1')).toBe('数据开放')
    for (const dataset of DATASETS) {
      expect($(`a[href="/data/${dataset}.csv"]`).length, dataset).toBe(1)
      expect($(`a[href="/data/${dataset}.json"]`).length, dataset).toBe(1)
    }
    expect(text($, 'table')).toContain('移送检察机关')
    expect((await page('/'))('footer a[href="/data/"]').length).toBe(1)
  })
})
