// Content is editors' text: a 区域 or 主题分类 that looks like a path, an id or an upload name
// that is not a plain name must neither stop a publish nor write outside its place in the build.
import { cp, lstat, mkdtemp, readdir, readFile, rm, symlink, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import * as cheerio from 'cheerio'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildSite } from '../../site/build/buildSite'
import { facetSlug } from '../../content/model/facetSlug'
import { FIXTURE_CONTENT, FIXTURE_ENV } from '../helpers/fixtureSite'

/** 区域 of cases 1–4 and 主题分类 of disclosures 1–3, as an editor (or an attacker) typed them. */
const REGIONS = ['..', 'a/../../b', '../../index', '青莲区\u202e']
const SUBJECTS = ['../../cases', '%2e%2e', 'x?y#z']

let work: string
let content: string
let out: string
/** The same content built by `astro build`, the fallback when the page renderer fails. */
let astroOut: string

async function edit(file: string, change: (doc: Record<string, unknown>) => void) {
  const doc = JSON.parse(await readFile(file, 'utf8'))
  change(doc)
  await writeFile(file, JSON.stringify(doc, null, 2))
}

const title = async (url: string) =>
  cheerio
    .load(await readFile(path.join(out, url, 'index.html'), 'utf8'))('h1')
    .first()
    .text()
    .trim()

beforeAll(async () => {
  work = await mkdtemp(path.join(tmpdir(), 'hostile-content-'))
  content = path.join(work, 'content')
  out = path.join(work, 'site')
  await cp(FIXTURE_CONTENT, content, { recursive: true })
  for (const [i, region] of REGIONS.entries())
    await edit(path.join(content, 'cases', `${i + 1}.json`), (d) => void (d.region = region))
  for (const [i, subject] of SUBJECTS.entries())
    await edit(path.join(content, 'disclosures', `${i + 1}.json`), (d) => void (d.subject = subject))
  // A record whose id is a path (Astro takes a `slug` field as the id).
  await edit(path.join(content, 'articles', '1.json'), (d) => void (d.slug = '../../evil'))
  // Uploads the build must not publish: a link to a file outside the content, a hidden file.
  await symlink('/etc/passwd', path.join(content, 'media', 'passwd.pdf'))
  await writeFile(path.join(content, 'media', '.htaccess'), 'Options +Indexes')
  const previous = Object.fromEntries(Object.keys(FIXTURE_ENV).map((k) => [k, process.env[k]]))
  Object.assign(process.env, FIXTURE_ENV)
  try {
    await buildSite({ contentDir: content, outDir: out, quiet: true })
    astroOut = path.join(await mkdtemp(path.join(tmpdir(), 'hostile-astro-')), 'site')
    await buildSite({ contentDir: content, outDir: astroOut, quiet: true, engine: 'static' })
  } finally {
    for (const [k, v] of Object.entries(previous)) {
      if (v === undefined) delete process.env[k]
      else process.env[k] = v
    }
  }
}, 300_000)

afterAll(async () => {
  if (work) await rm(work, { recursive: true, force: true })
  if (astroOut) await rm(path.dirname(astroOut), { recursive: true, force: true })
})

describe('a build from content with hostile free text', () => {
  it('should write each facet value page inside its facet folder, under a safe name', async () => {
    const folders = async (dir: string) =>
      (await readdir(dir, { withFileTypes: true })).filter((e) => e.isDirectory()).map((e) => e.name)
    const regions = await folders(path.join(out, 'cases', 'region'))
    for (const region of REGIONS) {
      const slug = facetSlug(region)
      expect(regions, region).toContain(slug)
      const $ = cheerio.load(await readFile(path.join(out, 'cases', 'region', slug, 'index.html'), 'utf8'))
      // The page still names the value as it was typed (escaped by the page, not the path).
      expect($('h1').text(), region).toContain(region)
    }
    const subjects = await folders(path.join(out, 'disclosures', 'subject'))
    for (const subject of SUBJECTS) expect(subjects, subject).toContain(facetSlug(subject))
    for (const name of [...regions, ...subjects])
      expect(name).toMatch(/^[\p{L}\p{N}\p{M}_\u3001-\u303f\uff08\uff09\uff0c\uff1a\uff1b\u00b7-]+$/u)
  })

  it('should overwrite no other page and write nothing outside the build', async () => {
    expect((await readdir(work)).sort()).toEqual(['content', 'site'])
    expect(await title('/')).not.toBe('')
    expect(await title('/cases/')).toBe('典型案例')
    expect(await title('/disclosures/')).toBe('公开信息')
    // The record with a path for an id is left out; the others are there.
    expect(await title('/articles/2/')).not.toBe('')
    for (const stray of [
      'b',
      'cases/b',
      'index',
      'cases/index',
      'disclosures/cases',
      'evil',
      '../evil',
      'articles/evil',
    ]) {
      await expect(lstat(path.join(out, stray)), stray).rejects.toThrow()
    }
    // Each facet value page lists the cases of its value only.
    const $ = cheerio.load(await readFile(path.join(out, 'cases', 'region', facetSlug('..'), 'index.html'), 'utf8'))
    expect($('main a[href="/cases/1/"]').length).toBeGreaterThan(0)
    expect($('main a[href="/cases/2/"]').length).toBe(0)
  })

  it('should link every facet value to its page', async () => {
    const $ = cheerio.load(await readFile(path.join(out, 'cases', 'index.html'), 'utf8'))
    for (const region of REGIONS) {
      const href = `/cases/region/${encodeURIComponent(facetSlug(region))}/`
      expect($(`a[href="${href}"]`).length, region).toBeGreaterThan(0)
    }
  })

  it('should publish uploads that are plain files only', async () => {
    const media = await readdir(path.join(out, 'media'))
    expect(media).toContain('caigou-yixiang-2025.pdf')
    expect(media).not.toContain('passwd.pdf')
    expect(media).not.toContain('.htaccess')
  })
})

describe('the same content built by astro build', () => {
  it('should write the same files as the page renderer', async () => {
    const files = async (dir: string) =>
      (await readdir(dir, { recursive: true, withFileTypes: true }))
        .filter((e) => e.isFile())
        .map((e) => path.relative(dir, path.join(e.parentPath, e.name)))
        .sort()
    expect(await files(astroOut)).toEqual(await files(out))
  })
})
