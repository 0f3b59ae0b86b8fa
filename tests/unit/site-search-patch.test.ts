// Updating the search index in place for edited pages (patchSearchIndex) must give exactly the
// files a rebuild gives: a reader's browser cannot tell, and the next update builds on it.
import { describe, expect, it } from 'vitest'

import type { SearchRecord } from '../../site/lib/searchExtract'
import { buildSearchIndex, patchSearchIndex, type BuiltSearchIndex } from '../../site/lib/searchIndex'

const WORDS = [
  '民政局',
  '住房公积金管理中心',
  '违规收受礼品礼金',
  '留党察看',
  '公款旅游',
  'PPP项目',
  '12388',
  '政府采购',
  '副科长',
  '以案促改',
  '𠀋字',
]

function corpus(count: number, seed: number): SearchRecord[] {
  let state = seed
  const next = () => (state = (Math.imul(state, 1103515245) + 12345) >>> 0) / 2 ** 32
  return Array.from({ length: count }, (_, i) => {
    const words = Array.from({ length: 12 }, () => WORDS[Math.floor(next() * WORDS.length)])
    const date = `202${Math.floor(next() * 5)}-0${1 + Math.floor(next() * 9)}-1${Math.floor(next() * 9)}`
    return {
      url: `/cases/${i}/`,
      title: `${words[0]}案例${i}`,
      text: `${words[0]}案例${i}\n${words.join('，')}。`,
      type: i % 3 ? '典型案例' : '公开信息',
      year: date.slice(0, 4),
      date,
      dateLabel: date,
    }
  })
}

const previousOf = (records: SearchRecord[], built: BuiltSearchIndex) => ({
  entry: built.entry,
  meta: built.meta,
  records,
  shard: (n: number) => built.shards[n],
})

describe('search index updated in place', () => {
  it('should give the files a rebuild gives after edits to titles and texts', () => {
    const before = corpus(400, 7)
    const built = buildSearchIndex(before)
    const after = before.map((r, i) =>
      i === 17
        ? { ...r, text: `${r.text}\n新增：责令退缴违纪所得。` }
        : i === 230
          ? { ...r, title: '更正后的标题', text: '更正后的标题\n只剩这一句。' }
          : r,
    )
    const patch = patchSearchIndex(previousOf(before, built), after)
    const rebuilt = buildSearchIndex(after)
    expect(patch).not.toBeNull()
    expect(patch!.entry).toEqual(rebuilt.entry)
    expect(patch!.meta).toEqual(rebuilt.meta)
    expect(patch!.docs.size).toBe(2)
    for (const [n, text] of patch!.shards) expect(text).toBe(rebuilt.shards[n])
    // Every shard not rewritten is unchanged.
    rebuilt.shards.forEach((text, n) => expect(patch!.shards.get(n) ?? built.shards[n]).toBe(text))
    rebuilt.docs.forEach((text, id) => expect(patch!.docs.get(id) ?? built.docs[id]).toBe(text))
  })

  it('should refuse when pages are added, removed or moved in time, so the index is rebuilt', () => {
    const before = corpus(50, 3)
    const previous = previousOf(before, buildSearchIndex(before))
    expect(patchSearchIndex(previous, before.slice(1))).toBeNull()
    expect(patchSearchIndex(previous, [...before, { ...before[0], url: '/cases/new/' }])).toBeNull()
    const moved = before.map((r, i) => (i === 10 ? { ...r, date: '2031-01-01', year: '2031' } : r))
    expect(patchSearchIndex(previous, moved)).toBeNull()
    expect(patchSearchIndex(previous, before)).toMatchObject({
      entry: previous.entry,
      shards: new Map(),
      docs: new Map(),
    })
  })
})

describe('search index build', () => {
  it('should give the same files whatever order the pages are read in', () => {
    const records = corpus(600, 11)
    // Newest first is the order the documents are numbered in; pages are read in file order.
    const reference = buildSearchIndex(
      [...records].sort((a, b) => (a.date === b.date ? (a.url < b.url ? -1 : 1) : a.date < b.date ? 1 : -1)),
    )
    for (const order of [
      records,
      [...records].reverse(),
      records.filter((_, i) => i % 2).concat(records.filter((_, i) => !(i % 2))),
    ]) {
      const built = buildSearchIndex(order)
      expect(built.entry).toEqual(reference.entry)
      expect(built.docs).toEqual(reference.docs)
      expect(built.shards).toEqual(reference.shards)
    }
  })
})
