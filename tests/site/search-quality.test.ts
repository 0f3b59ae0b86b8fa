// A small version of the search quality benchmark (bench/search-quality.ts), so a regression
// fails CI: a generated corpus of a few hundred fictional documents is built into a portal, and
// every query of bench/search/queries.json — unit names, behaviours, sanctions, names, policy
// phrases with punctuation, codes such as 2025-00002, several terms, and the forms people type:
// 简称 and 全称, traditional characters, stray punctuation, run-together terms — is scored
// against substring truth read from the built pages (the query or one of its listed
// equivalents). The fixture portal, whose cases name units by both forms, is scored too.
import { execFile } from 'node:child_process'
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { scoreQueries, siteTexts, summarize, type Query, type QueryScore } from '../../bench/lib/searchQuality'
import { buildSite } from '../../site/build/buildSite'
import { fixtureSite } from '../helpers/fixtureSite'
import { openSearchIndex } from '../helpers/searchIndex'

const readQueries = async () => JSON.parse(await readFile('bench/search/queries.json', 'utf8')) as Query[]

describe('search quality on a generated corpus', () => {
  let work: string
  let scores: QueryScore[]

  beforeAll(async () => {
    work = await mkdtemp(path.join(tmpdir(), 'search-quality-'))
    await promisify(execFile)(process.execPath, [
      'bench/corpus/generate.mjs',
      '--count',
      '300',
      '--out',
      path.join(work, 'content'),
      '--seed',
      '7',
    ])
    const site = path.join(work, 'site')
    await buildSite({ contentDir: path.join(work, 'content'), outDir: site, quiet: true })
    scores = await scoreQueries(openSearchIndex(site).portal, await siteTexts(site), await readQueries())
  }, 300_000)

  afterAll(async () => {
    if (work) await rm(work, { recursive: true, force: true })
  })

  const score = (q: string) => scores.find((s) => s.q === q)!

  it('should cover the hard queries with pages that really hold them', () => {
    for (const q of [
      '民政局',
      '住房公积金管理中心',
      '违规收受礼品礼金',
      '收受礼品',
      '公款旅游',
      '留党察看',
      '政府采购',
      'PPP项目',
      '12388',
      '不敢腐、不能腐、不想腐',
      '“三公”经费',
      '人大常委会',
      '人民代表大会常务委员会',
      '纪委',
      '禮品禮金',
      '清風市 民政局',
      '小金库。',
      '“留党察看”',
      '2025年收受礼品',
      '民政局公款旅游',
    ]) {
      expect(score(q).truth, q).toBeGreaterThan(0)
    }
  })

  it('should find every page that holds each query (recall 1 for every query)', () => {
    const missed = scores
      .filter((s) => s.recall !== null && s.recall < 1)
      .map((s) => `${s.q} ${s.recall} (missed ${s.missed.join(' ')})`)
    expect(missed).toEqual([])
    expect(summarize(scores).minRecall).toBeGreaterThanOrEqual(0.99)
  })

  it('should show only true matches in the first ten results, and none for a query no page holds', () => {
    expect(scores.filter((s) => s.precision10 < 1).map((s) => s.q)).toEqual([])
    expect(score('副科长').truth).toBe(0)
    expect(score('副科长').results).toBe(0)
  })

  it('should count only true matches (no candidate ruled out by the text check)', () => {
    expect(scores.filter((s) => s.unverified > 0).map((s) => `${s.q} ${s.unverified}`)).toEqual([])
  })
})

describe('search quality on the fixture portal (units named by 简称 and 全称)', () => {
  let scores: QueryScore[]

  beforeAll(async () => {
    const site = await fixtureSite()
    scores = await scoreQueries(openSearchIndex(site).portal, await siteTexts(site), await readQueries())
  }, 300_000)

  it('should find the pages of either form with every page found and only true ones shown', () => {
    for (const q of [
      '住建局',
      '市场监管局',
      '住房和城乡建设局',
      '市场监督管理局',
      '纪委',
      '禮品禮金',
      '2025年收受礼品',
    ])
      expect(scores.find((s) => s.q === q)!.truth, q).toBeGreaterThan(0)
    expect(scores.filter((s) => s.recall !== null && s.recall < 1).map((s) => `${s.q} ${s.missed.join(' ')}`)).toEqual(
      [],
    )
    expect(scores.filter((s) => s.precision10 < 1).map((s) => s.q)).toEqual([])
  })
})
