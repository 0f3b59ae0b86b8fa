// An incremental publish renders only the pages whose inputs changed and links the rest from
// the live build (site/build/pageInputs.ts, site/build/buildSite.ts). Readers must never see the
// difference: after each round of edits the updated site has to equal, file for file, a full
// build of the same content — search index included. Publishes render pages with the page
// renderer (site/build/astro/renderSite.ts); the full builds compared with here are Astro's own
// `astro build`, so every round also checks the renderer against it.
import { cp, mkdtemp, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { buildSite, type BuildSidecars } from '../../site/build/buildSite'
import { changedFolders, contentSnapshot } from '../../site/build/contentHash'
import { readTree, treeDifferences as differences } from '../helpers/files'
import { FIXTURE_CONTENT, FIXTURE_ENV } from '../helpers/fixtureSite'

const sidecarsOf = (dir: string): BuildSidecars => ({ pages: `${dir}.pages.json`, records: `${dir}.search.bin` })

async function editJson(file: string, edit: (doc: Record<string, unknown>) => void): Promise<void> {
  const doc = JSON.parse(await readFile(file, 'utf8')) as Record<string, unknown>
  edit(doc)
  await writeFile(file, `${JSON.stringify(doc, null, 2)}\n`)
}

describe('incremental build', () => {
  let work: string
  let content: string
  const saved = Object.fromEntries(Object.keys(FIXTURE_ENV).map((k) => [k, process.env[k]]))

  beforeAll(async () => {
    Object.assign(process.env, FIXTURE_ENV)
    work = await mkdtemp(path.join(os.tmpdir(), 'incremental-'))
    content = path.join(work, 'content')
    await cp(FIXTURE_CONTENT, content, { recursive: true })
    await cp(path.resolve('content/pages'), path.join(content, 'pages'), { recursive: true })
  })

  afterAll(async () => {
    for (const [k, v] of Object.entries(saved)) {
      if (v === undefined) delete process.env[k]
      else process.env[k] = v
    }
    await rm(work, { recursive: true, force: true })
  })

  /** Updates `previous` to the current content, and builds the same content in full to compare. */
  async function update(previous: string, before: Record<string, string>, name: string) {
    const after = await contentSnapshot(content)
    const changedCollections = changedFolders(before, after.folders)
    const out = path.join(work, name)
    const updated = await buildSite({
      contentDir: content,
      outDir: out,
      quiet: true,
      sidecars: sidecarsOf(out),
      previous: { dir: previous, sidecars: sidecarsOf(previous), changedCollections },
    })
    const full = await buildSite({
      contentDir: content,
      outDir: path.join(work, `${name}-full`),
      quiet: true,
      engine: 'static',
    })
    expect(updated.engine).toBe('renderer')
    return { out, updated, full, changedCollections, folders: after.folders }
  }

  let first: string
  let firstFolders: Record<string, string>
  let second: { out: string; folders: Record<string, string> }
  let third: { out: string; folders: Record<string, string> }

  it('should make the same files and record the same page inputs with the page renderer as astro build', async () => {
    const built = { renderer: path.join(work, 'by-renderer'), static: path.join(work, 'by-astro') }
    const rendered = await buildSite({
      contentDir: content,
      outDir: built.renderer,
      quiet: true,
      sidecars: sidecarsOf(built.renderer),
      engine: 'renderer',
    })
    const astro = await buildSite({
      contentDir: content,
      outDir: built.static,
      quiet: true,
      sidecars: sidecarsOf(built.static),
      engine: 'static',
    })
    expect(rendered.fallback).toBeUndefined()
    expect(rendered.engine).toBe('renderer')
    expect(astro.engine).toBe('static')
    expect(rendered.pages).toBeGreaterThan(100)
    expect(await differences(built.renderer, built.static)).toEqual([])
    // The manifests must agree too: a publish after either kind of build reuses the other's pages.
    const manifest = async (dir: string) => JSON.parse(await readFile(sidecarsOf(dir).pages, 'utf8'))
    expect(await manifest(built.renderer)).toEqual(await manifest(built.static))
  }, 180_000)

  it('should record page inputs and search records beside a full build', async () => {
    first = path.join(work, 'first')
    firstFolders = (await contentSnapshot(content)).folders
    const built = await buildSite({ contentDir: content, outDir: first, quiet: true, sidecars: sidecarsOf(first) })
    expect(built.reusedPages).toBe(0)
    const manifest = JSON.parse(await readFile(sidecarsOf(first).pages, 'utf8'))
    // Every page and endpoint Astro wrote is in the manifest, mapped to its real file.
    expect(Object.keys(manifest.pages)).toEqual(
      expect.arrayContaining(['/', '/cases/1/', '/sitemap.xml', '/data/cases.csv/', '/404/']),
    )
    expect(manifest.pages['/stats/'][1]).toEqual(expect.arrayContaining(['cases', 'disclosures']))
  }, 120_000)

  it('should equal a full build after editing a case, moving a disclosure in time and renaming a unit', async () => {
    await editJson(path.join(content, 'cases', '1.json'), (d) => (d.title = `${d.title}（修订）`))
    await editJson(path.join(content, 'disclosures', '2.json'), (d) => (d.publishDate = '2024-01-09'))
    await editJson(path.join(content, 'departments', '1.json'), (d) => (d.name = `${d.name}（更名）`))
    const { out, updated, full, changedCollections, folders } = await update(first, firstFolders, 'second')
    expect(changedCollections).toEqual(['cases', 'departments', 'disclosures'])
    expect(updated.pages).toBe(full.pages)
    // Pages that show none of the edited documents were reused, not rendered again.
    expect(updated.reusedPages).toBeGreaterThan(0)
    expect(await readFile(path.join(out, 'themes', 'index.html'), 'utf8')).toBe(
      await readFile(path.join(first, 'themes', 'index.html'), 'utf8'),
    )
    expect(await differences(out, full.outDir)).toEqual([])
    second = { out, folders }
  }, 180_000)

  it('should equal a full build after removing a reminder, adding an article, and editing the calendar and a page', async () => {
    await rm(path.join(content, 'reminders', '1.json'))
    await editJson(path.join(content, 'articles', '1.json'), () => undefined)
    const article = JSON.parse(await readFile(path.join(content, 'articles', '1.json'), 'utf8'))
    await writeFile(
      path.join(content, 'articles', '99.json'),
      JSON.stringify({ ...article, id: '99', title: '新发布的廉政文化文章' }, null, 2),
    )
    await editJson(
      path.join(content, 'calendar', '2025.json'),
      (d) => (d.workdays = [...(d.workdays as string[]), '2025-11-29']),
    )
    const about = path.join(content, 'pages', 'about.mdx')
    await writeFile(about, (await readFile(about, 'utf8')).replace(/\n$/, '\n\n本页内容已更新。\n'))
    const { out, updated, full, changedCollections } = await update(second.out, second.folders, 'third')
    expect(changedCollections).toEqual(['articles', 'calendar', 'pages', 'reminders'])
    expect(updated.reusedPages).toBeGreaterThan(0)
    const diff = await differences(out, full.outDir)
    expect(diff).toEqual([])
    const text = [...(await readTree(out)).entries()]
      .filter(([f]) => f.startsWith('articles'))
      .map(([, t]) => t)
      .join('\n')
    expect(text).toContain('新发布的廉政文化文章')
    await expect(readFile(path.join(out, 'reminders', '1', 'index.html'))).rejects.toThrow()
    expect(updated.indexPatched).toBe(false) // a page left the index: rebuilt
    third = { out, folders: (await contentSnapshot(content)).folders }
  }, 180_000)

  it('should update the search index in place when pages are only edited, with the files a rebuild gives', async () => {
    await editJson(
      path.join(content, 'cases', '2.json'),
      (d) => (d.facts = `${d.facts}<p>补充查明：另有违规接受宴请问题。</p>`),
    )
    const { out, updated, full, changedCollections } = await update(third.out, third.folders, 'fourth')
    expect(changedCollections).toEqual(['cases'])
    expect(updated.indexPatched).toBe(true)
    expect(await differences(out, full.outDir)).toEqual([])
  }, 180_000)

  it('should refuse to reuse pages of a build whose styles or scripts differ', async () => {
    // Tailwind scans the whole project for class names, so the CSS can change without a code
    // change; reused pages would then link a stylesheet the new build does not have.
    const stale = path.join(work, 'stale')
    await cp(first, stale, { recursive: true })
    await cp(sidecarsOf(first).pages, sidecarsOf(stale).pages)
    await cp(sidecarsOf(first).records, sidecarsOf(stale).records)
    const assets = path.join(stale, '_astro')
    const css = (await readdir(assets)).find((f) => f.endsWith('.css'))!
    await rename(path.join(assets, css), path.join(assets, css.replace(/\.css$/, 'x.css')))
    const out = path.join(work, 'from-stale')
    await expect(
      buildSite({
        contentDir: content,
        outDir: out,
        quiet: true,
        sidecars: sidecarsOf(out),
        previous: { dir: stale, sidecars: sidecarsOf(stale), changedCollections: [] },
      }),
    ).rejects.toThrow(/样式或脚本文件与上一版本不同/)
  }, 120_000)
})
