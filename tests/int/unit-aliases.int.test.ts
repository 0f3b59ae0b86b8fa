import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'

import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { ensureCalendar } from '../../cms/calendar/ensureCalendar'
import { exportContent } from '../../cms/export/exportContent'
import { buildSite } from '../../site/build/buildSite'
import { openSearchIndex } from '../helpers/searchIndex'
import { startTestPayload } from '../helpers/payload'

/**
 * A unit's 简称和别称 (issue 18) from the admin to the portal's search: proposed from the
 * dictionary when a unit is created without any, kept as the editor leaves them, exported, shown
 * on the unit's page and searched as the same name as the 全称.
 */
describe('unit 简称 and 别称', () => {
  let payload: Payload
  let work: string
  const ctx = { skipPublish: true }
  const unit = (name: string, code: string, extra: Record<string, unknown> = {}) =>
    payload.create({
      collection: 'departments',
      data: { name, code, level: 'city', region: '清风市本级', _status: 'published', ...extra },
      context: ctx,
    })

  beforeAll(async () => {
    payload = (await startTestPayload()).payload
    work = await fs.mkdtemp(path.join(os.tmpdir(), 'unit-aliases-'))
    await ensureCalendar(payload)
  }, 120_000)

  afterAll(async () => {
    if (work) await fs.rm(work, { recursive: true, force: true })
  })

  it('should propose the common 简称 for a new unit that has none, and keep what an editor chose', async () => {
    const proposed = await unit('清风市市场监督管理局', '11330100ALIAS001X')
    expect(proposed.aliases).toEqual(['清风市市场监管局'])
    const chosen = await unit('清风市公共资源交易中心', '11330100ALIAS002X', {
      aliases: ['市公管办', ' 市公管办 ', '', '清风市公管办'],
    })
    expect(chosen.aliases).toEqual(['市公管办', '清风市公管办'])
    const none = await unit('清风市住房和城乡建设局', '11330100ALIAS003X', { aliases: [] })
    expect(none.aliases).toEqual([])
    // Cleared later by an editor: stays cleared.
    const cleared = await payload.update({
      collection: 'departments',
      id: proposed.id,
      data: { aliases: [] },
      context: ctx,
    })
    expect(cleared.aliases).toEqual([])
  })

  it('should export the names and let the portal find the unit by any of them', async () => {
    const contentDir = path.join(work, 'content')
    await exportContent(payload, { contentDir })
    const files = await fs.readdir(path.join(contentDir, 'departments'))
    const exported = await Promise.all(
      files.map(async (f) => JSON.parse(await fs.readFile(path.join(contentDir, 'departments', f), 'utf8'))),
    )
    expect(exported.find((d) => d.name === '清风市公共资源交易中心').aliases).toEqual(['市公管办', '清风市公管办'])
    const site = path.join(work, 'site')
    await buildSite({ contentDir, outDir: site, quiet: true })
    const page = await fs.readFile(
      path.join(site, 'departments', exported.find((d) => d.name === '清风市公共资源交易中心').id, 'index.html'),
      'utf8',
    )
    expect(page).toContain('市公管办')
    const search = openSearchIndex(site)
    expect((await search.search('市公管办')).map((h) => h.title)).toEqual(['清风市公共资源交易中心'])
    // The dictionary's own 简称 need no 别称 on the unit.
    expect((await search.search('清风市住建局')).map((h) => h.title)).toContain('清风市住房和城乡建设局')
  }, 300_000)
})
