import { randomBytes } from 'node:crypto'
import fs from 'node:fs/promises'
import path from 'node:path'

import type { Payload } from 'payload'

import { exportContent } from '../../cms/export/exportContent'
import { contentDir } from '../../cms/lib/paths'
import { buildSite } from './buildSite'
import { switchLive, pruneBuilds } from './liveSite'
import { withPublishLock } from './publishLock'
import { buildsDir } from './publishPaths'
import { type PublishRun, recordRun } from './runLog'

const runId = () => `${new Date().toISOString().replace(/[-:]/g, '').replace(/\.\d+Z$/, 'Z')}-${randomBytes(3).toString('hex')}`

/**
 * One publish run: export published content, build the site and its search index into a new
 * folder, then switch the live site to it. Any failure leaves the live site as it was, removes
 * the half-built folder and is recorded with its error.
 */
export async function publishRun(payload: Payload, trigger: string, log: (line: string) => void = console.log): Promise<PublishRun> {
  return withPublishLock(async () => {
    const id = runId()
    const started = Date.now()
    const outDir = path.join(buildsDir(), id)
    const run: PublishRun = { id, trigger, startedAt: new Date(started).toISOString(), finishedAt: '', durationMs: 0, result: 'success' }
    try {
      log(`[发布] ${id}：导出已发布内容…`)
      const exported = await exportContent(payload)
      run.exported = exported.documents
      log(`[发布] 导出 ${Object.values(exported.documents).reduce((a, b) => a + b, 0)} 篇，写入 ${exported.written}，未变 ${exported.unchanged}，移除 ${exported.removed}`)
      log('[发布] 构建网站并建立检索索引…')
      const built = await buildSite({ contentDir: contentDir(), outDir, quiet: true })
      run.pages = built.pages
      await switchLive(outDir)
      await pruneBuilds()
      log(`[发布] 已上线：${built.pages} 个页面`)
    } catch (error) {
      run.result = 'failure'
      run.error = error instanceof Error ? error.message : String(error)
      await fs.rm(outDir, { recursive: true, force: true })
      log(`[发布] 失败，线上网站保持不变：${run.error}`)
    }
    run.finishedAt = new Date().toISOString()
    run.durationMs = Date.now() - started
    await recordRun(run)
    return run
  })
}
