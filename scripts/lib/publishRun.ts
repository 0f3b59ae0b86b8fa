import { randomBytes } from 'node:crypto'
import fs from 'node:fs/promises'
import path from 'node:path'

import type { Payload } from 'payload'

import { exportContent } from '../../cms/export/exportContent'
import { contentDir } from '../../cms/lib/paths'
import { buildSite } from './buildSite'
import { currentLiveBuild, pruneBuilds, switchLive } from './liveSite'
import { withPublishLock } from './publishLock'
import { buildsDir } from './publishPaths'
import { type PublishRun, recordRun } from './runLog'

const runId = () => `${new Date().toISOString().replace(/[-:]/g, '').replace(/\.\d+Z$/, 'Z')}-${randomBytes(3).toString('hex')}`

/**
 * One publish run: export published content, build the site and its search index into a new
 * folder, then switch the live site to it. Any failure leaves the live site as it was, removes
 * the half-built folder and is recorded with its error.
 */
export async function publishRun(
  payload: Payload,
  trigger: string,
  options: { log?: (line: string) => void; onlyIfChanged?: boolean } = {},
): Promise<PublishRun> {
  const log = options.log ?? console.log
  return withPublishLock(async () => {
    const id = runId()
    const started = Date.now()
    const outDir = path.join(buildsDir(), id)
    const run: PublishRun = { id, trigger, startedAt: new Date(started).toISOString(), finishedAt: '', durationMs: 0, result: 'success' }
    let switched = false
    try {
      log(`[发布] ${id}：导出已发布内容…`)
      const exported = await exportContent(payload)
      run.exported = exported.documents
      log(`[发布] 导出 ${Object.values(exported.documents).reduce((a, b) => a + b, 0)} 篇，写入 ${exported.written}，未变 ${exported.unchanged}，移除 ${exported.removed}`)
      // A draft saved over a published document queues a run that changes nothing public.
      if (options.onlyIfChanged && exported.written + exported.removed === 0 && (await currentLiveBuild())) {
        run.skipped = true
        log('[发布] 已发布内容没有变化，线上网站保持不变')
        return finish(run, started)
      }
      log('[发布] 构建网站并建立检索索引…')
      const built = await buildSite({ contentDir: contentDir(), outDir, quiet: true })
      run.pages = built.pages
      await switchLive(outDir)
      switched = true
      log(`[发布] 已上线：${built.pages} 个页面`)
    } catch (error) {
      run.result = 'failure'
      run.error = error instanceof Error ? error.message : String(error)
      // Once switched, outDir is the live site: whatever failed, it must stay.
      if (!switched) await fs.rm(outDir, { recursive: true, force: true })
      log(`[发布] 失败，${switched ? '新版本已上线，但收尾出错' : '线上网站保持不变'}：${run.error}`)
    }
    // Old builds only cost disk space: a failure to remove one must not fail the run.
    await pruneBuilds().catch((error) => log(`[发布] 清理旧版本失败（不影响线上网站）：${error instanceof Error ? error.message : error}`))
    return finish(run, started)
  })
}

async function finish(run: PublishRun, started: number): Promise<PublishRun> {
  run.finishedAt = new Date().toISOString()
  run.durationMs = Date.now() - started
  await recordRun(run)
  return run
}
