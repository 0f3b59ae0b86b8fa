import { cp, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'

import { afterEach, beforeEach, describe, expect, it } from 'vitest'

import { loadContentStore } from '../../site/build/astro/contentStore'
import { FIXTURE_CONTENT } from '../helpers/fixtureSite'

// The page renderer loads exported content without Astro's sync (site/build/astro/contentStore.ts).
// That pages come out the same as Astro's is checked by tests/site/incremental-build.test.ts;
// here: that it holds every document, and that bad files are refused with their name.
describe('content store for the page renderer', () => {
  let work: string
  let content: string

  beforeEach(async () => {
    work = await mkdtemp(path.join(os.tmpdir(), 'content-store-'))
    content = path.join(work, 'content')
    await cp(FIXTURE_CONTENT, content, { recursive: true })
  })
  afterEach(() => rm(work, { recursive: true, force: true }))

  it('should hold every exported document under its id, with its digest and path', async () => {
    const store = await loadContentStore(content, work)
    const files = (await readdir(path.join(content, 'cases'))).filter((f) => f.endsWith('.json'))
    const cases = store.get('cases')!
    expect([...cases.keys()].sort()).toEqual(files.map((f) => f.replace(/\.json$/, '')).sort())
    const entry = cases.get('1')!
    expect(entry.filePath).toBe('content/cases/1.json')
    expect(entry.digest).toMatch(/^[0-9a-f]{16}$/)
    expect((entry.data as { title: string }).title).toBe(
      JSON.parse(await readFile(path.join(content, 'cases', '1.json'), 'utf8')).title,
    )
  })

  it('should change an entry digest when its file changes, and skip the export temporary files', async () => {
    const before = (await loadContentStore(content, work)).get('cases')!.get('1')!.digest
    const file = path.join(content, 'cases', '1.json')
    const doc = JSON.parse(await readFile(file, 'utf8'))
    await writeFile(file, JSON.stringify({ ...doc, title: `${doc.title}（修订）` }))
    await writeFile(path.join(content, 'cases', '.1.json.abc.tmp.json'), '{')
    const after = (await loadContentStore(content, work)).get('cases')!
    expect(after.get('1')!.digest).not.toBe(before)
    expect(after.size).toBe((await readdir(path.join(content, 'cases'))).filter((f) => !f.startsWith('.')).length)
  })

  it('should name the file and the field of a document that breaks the content contract', async () => {
    const file = path.join(content, 'cases', '2.json')
    const doc = JSON.parse(await readFile(file, 'utf8'))
    await writeFile(file, JSON.stringify({ ...doc, title: 42 }))
    await expect(loadContentStore(content, work)).rejects.toThrow(
      new RegExp(`${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}[\\s\\S]*title`),
    )
  })

  it('should refuse a file that is not JSON, naming it', async () => {
    const file = path.join(content, 'disclosures', '1.json')
    await writeFile(file, '{"title": ')
    await expect(loadContentStore(content, work)).rejects.toThrow(/不是有效的 JSON：.*disclosures\/1\.json/)
  })
})
