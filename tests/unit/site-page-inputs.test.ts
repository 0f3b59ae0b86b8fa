// What decides whether an incremental publish may reuse a page (site/build/pageInputs.ts).
import { readdir, readFile } from 'node:fs/promises'
import path from 'node:path'

import { describe, expect, it } from 'vitest'

import { fingerprintOf, outputFileOf, PageInputsSession, trackReads, noteRead } from '../../site/build/pageInputs'

const entry = (id: string, digest: string, title = '标题') => ({ id, collection: 'cases', digest, data: { title } })

describe('page fingerprints', () => {
  it('should change when a listed entry changes, and only then', () => {
    const props = (digest: string) => ({ page: { data: [entry('1', 'a'), entry('2', digest)], currentPage: 1 } })
    expect(fingerprintOf('/cases/[...page]', props('b'))).toBe(fingerprintOf('/cases/[...page]', props('b')))
    expect(fingerprintOf('/cases/[...page]', props('b'))).not.toBe(fingerprintOf('/cases/[...page]', props('c')))
    expect(fingerprintOf('/cases/[...page]', props('b'))).not.toBe(fingerprintOf('/cases/[id]', props('b')))
  })

  it('should see values inside maps, sets, dates and nested objects, whatever the key order', () => {
    const a = { when: new Date('2025-01-01T00:00:00Z'), by: new Map([['x', new Set(['甲'])]]), n: { b: 1, a: 2 } }
    const b = { n: { a: 2, b: 1 }, by: new Map([['x', new Set(['甲'])]]), when: new Date('2025-01-01T00:00:00Z') }
    expect(fingerprintOf('r', a)).toBe(fingerprintOf('r', b))
    expect(fingerprintOf('r', a)).not.toBe(fingerprintOf('r', { ...b, by: new Map([['x', new Set(['乙'])]]) }))
    expect(fingerprintOf('r', { v: 1 })).not.toBe(fingerprintOf('r', { v: '1' }))
    expect(fingerprintOf('r', { v: null })).not.toBe(fingerprintOf('r', { v: undefined }))
  })
})

describe('page reuse', () => {
  it('should reuse a page only when its fingerprint matches and it read no changed collection', () => {
    const previous = {
      v: 1 as const,
      pages: { '/stats/': ['f1', ['cases'], 'stats/index.html'], '/about/': ['f2', [], 'about/index.html'] } as Record<
        string,
        [string, string[], string]
      >,
      reused: [],
    }
    const session = new PageInputsSession(previous, new Set(['cases']))
    expect(session.reusable('/stats/', 'f1')).toBeNull()
    expect(session.reusable('/about/', 'f2')).toEqual(['f2', [], 'about/index.html'])
    expect(session.reusable('/about/', 'other')).toBeNull()
    expect(session.reusable('/new/', 'f3')).toBeNull()
  })

  it('should note the collections read during one render only', async () => {
    noteRead('cases')
    const { reads } = await trackReads(async () => {
      noteRead('themes')
      await new Promise((resolve) => setTimeout(resolve, 5))
      noteRead('articles')
    })
    expect(reads).toEqual(['articles', 'themes'])
    await expect(trackReads(() => trackReads(async () => undefined))).rejects.toThrow(/同时生成/)
  })

  it('should name the files Astro writes for pages and endpoints', () => {
    expect(outputFileOf('/', '/')).toBe('index.html')
    expect(outputFileOf('/cases/12/', '/cases/[id]')).toBe('cases/12/index.html')
    expect(outputFileOf('/data/cases.csv/', '/data/[dataset].csv')).toBe('data/cases.csv')
    expect(outputFileOf('/sitemap.xml', '/sitemap.xml')).toBe('sitemap.xml')
    expect(outputFileOf('/404/', '/404')).toBe('404.html')
    expect(outputFileOf('/cases/region/%E7%99%BD%E9%B9%AD%E5%8E%BF/', '/[collection]/[facet]/[value]/[...page]')).toBe(
      'cases/region/白鹭县/index.html',
    )
    // A facet value with a dot is still a page, and one with a stray % still has a name.
    expect(outputFileOf('/cases/region/A.B/', '/[collection]/[facet]/[value]/[...page]')).toBe(
      'cases/region/A.B/index.html',
    )
    expect(outputFileOf('/cases/region/%E7%99%BD%/', '/[collection]/[facet]/[value]/[...page]')).toBe(
      'cases/region/%E7%99%BD%/index.html',
    )
  })

  it('should leave no way to read content that bypasses the read tracking', async () => {
    const site = path.resolve('site')
    const offenders: string[] = []
    for (const file of await readdir(site, { recursive: true })) {
      if (
        !/\.(ts|astro|mjs)$/.test(file) ||
        file === path.join('lib', 'collections.ts') ||
        file === 'content.config.ts'
      )
        continue
      if (
        /\bget(Collection|Entry|Entries|LiveCollection|LiveEntry)\s*\(/.test(
          await readFile(path.join(site, file), 'utf8'),
        )
      )
        offenders.push(file)
    }
    expect(offenders).toEqual([])
  })
})
