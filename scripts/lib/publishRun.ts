import fs from 'node:fs/promises'
import path from 'node:path'

import type { Payload } from 'payload'

import { exportContent } from '../../cms/export/exportContent'
import { contentDir } from '../../content/shared/paths'
import { shanghaiDay } from '../../content/shared/shanghai'
import {
  buildSidecars,
  buildSite,
  contentHash,
  contentSnapshot,
  countHtml,
  planBuild,
  siteCodeKey,
  type BuildSiteResult,
} from '../../site/build'
import { buildPath, currentLiveBuild, pruneBuilds, readManifest, switchLive, writeManifest } from './liveSite'
import { publishErrorMessage, type PublishStage } from './publishErrors'
import { type PublishLockOptions, withPublishLock } from './publishLock'
import { type PayloadSource, type PublishRun, recordRun, runId } from './runLog'

/** The build steps of BuildSiteResult.steps, as the log names them. */
const STEP_NAMES: Record<string, string> = {
  bundle: '准备渲染器',
  render: '生成页面',
  'render.content': '其中读取内容',
  'render.bundle': '载入渲染器',
  'render.assets': '样式脚本',
  'render.pages': '逐页生成',
  'render.finish': '收尾',
  astro: 'astro build',
  link: '沿用未变页面',
  index: '检索索引（与上一步同时进行）',
}

const errorText = (error: unknown) => (error instanceof Error ? error.message : String(error))

/**
 * Whether the live site was built from exactly the content a publish would build now. Exports
 * first (so `content/` holds what is published), then compares its hash with the one the live
 * build recorded. False when nothing is live or the live build predates content hashes.
 * Takes the publish lock: a run in progress is reading content/ and must not see it change.
 */
export async function liveMatchesContent(payload: Payload, options: PublishLockOptions = {}): Promise<boolean> {
  return withPublishLock(async () => {
    await exportContent(payload)
    const live = await currentLiveBuild()
    const manifest = live ? await readManifest(live) : null
    return Boolean(manifest && manifest.contentHash === (await contentHash(contentDir())))
  }, options)
}

/**
 * One publish run: export published content, build the site and its search index into a new
 * folder, then switch the live site to it. Any failure leaves the live site as it was, removes
 * the half-built folder and is recorded with its error (in Chinese, technical detail after).
 *
 * `onlyIfChanged` (the admin's queue, `npm run publish -- --if-changed`) skips the rebuild when
 * the live build was made from the very content now exported — compared by content hash with
 * what is live, so a run after a failed run, or after a rollback, does rebuild.
 */
export async function publishRun(
  source: PayloadSource,
  trigger: string,
  options: { log?: (line: string) => void; onlyIfChanged?: boolean } = {},
): Promise<PublishRun> {
  const log = options.log ?? console.log
  const started = Date.now()
  /** Seconds since the run started, for the log: where the time goes. */
  const elapsed = () => `${((Date.now() - started) / 1000).toFixed(1)} 秒`
  const id = runId()
  const run: PublishRun = {
    id,
    kind: 'publish',
    trigger,
    startedAt: new Date(started).toISOString(),
    finishedAt: '',
    durationMs: 0,
    result: 'success',
  }
  let payload = typeof source === 'function' ? undefined : source
  let recorded = false
  const finish = async () => {
    recorded = true
    run.finishedAt = new Date().toISOString()
    run.durationMs = Date.now() - started
    await recordRun(run, { payload, log })
    return run
  }
  try {
    return await withPublishLock(
      async () => {
        const outDir = buildPath(id)
        let stage: PublishStage = 'database'
        try {
          payload ??= await (source as () => Promise<Payload>)()
          stage = 'export'
          log(`[发布] ${id}：导出已发布内容…`)
          const exported = await exportContent(payload)
          run.exported = exported.documents
          log(
            `[发布] 导出 ${Object.values(exported.documents).reduce((a, b) => a + b, 0)} 篇，写入 ${exported.written}，未变 ${exported.unchanged}，移除 ${exported.removed}（${elapsed()}）`,
          )
          const snapshot = await contentSnapshot(contentDir())
          const hash = snapshot.hash
          const live = await currentLiveBuild()
          const liveManifest = live ? await readManifest(live) : null
          // A draft saved over a published document queues a run that changes nothing public.
          if (options.onlyIfChanged && live && liveManifest?.contentHash === hash) {
            run.skipped = true
            log('[发布] 线上网站已是当前发布的内容，无需重建')
            return await finish()
          }
          stage = 'build'
          const inputs = {
            contentFolders: snapshot.folders,
            codeKey: await siteCodeKey(),
            today: process.env.SITE_TODAY || shanghaiDay(),
          }
          const plan = await planBuild(live, liveManifest, inputs)
          const build = (previous?: Parameters<typeof buildSite>[0]['previous']): Promise<BuildSiteResult> =>
            buildSite({
              contentDir: contentDir(),
              outDir,
              quiet: true,
              sidecars: buildSidecars(outDir),
              previous,
              // Every page for the same day, even when the run crosses midnight.
              today: inputs.today,
              onProgress: (step) => {
                if (step !== 'search-index') return
                stage = 'index'
                log(`[发布] 建立检索索引…（${elapsed()}）`)
              },
            })
          let built: BuildSiteResult
          if (plan.kind === 'incremental') {
            const changed = plan.previous.changedCollections
            log(
              `[发布] 增量构建：只重新生成内容有变化的页面（变化的栏目：${changed.length ? changed.join('、') : '无'}）…`,
            )
            try {
              built = await build(plan.previous)
            } catch (error) {
              // Whatever went wrong with reusing pages, a full build from the same content is
              // still a correct site; a real content error fails that one too and is reported.
              log(`[发布] 增量构建失败，改为完整构建：${errorText(error)}`)
              stage = 'build'
              built = await build()
            }
          } else {
            log(`[发布] 完整构建（${plan.reason}）…`)
            built = await build()
          }
          if (built.fallback) log(`[发布] 页面渲染器未能生成网站，已改用 astro build：${built.fallback}`)
          if (built.bundleBuilt) log('[发布] 已为当前的网站代码和手写页面构建页面渲染器')
          log(
            `[发布] 各步用时：${Object.entries(built.steps)
              .map(([name, ms]) => `${STEP_NAMES[name] ?? name} ${(ms / 1000).toFixed(1)} 秒`)
              .join('，')}`,
          )
          run.pages = built.pages
          run.reusedPages = built.reusedPages
          stage = 'switch'
          // Written before the switch: a build without its manifest is one that never finished.
          await writeManifest(outDir, {
            id,
            builtAt: new Date().toISOString(),
            contentHash: hash,
            pages: built.pages,
            previous: live ? path.basename(live) : null,
            trigger,
            contentFolders: snapshot.folders,
            codeKey: inputs.codeKey,
            today: inputs.today,
            rendered: built.pages - built.reusedPages,
          })
          await switchLive(outDir)
          run.build = id
          log(
            `[发布] 已上线：${built.pages} 个页面${built.reusedPages ? `，其中重新生成 ${built.pages - built.reusedPages} 个` : ''}（${id}，${elapsed()}）`,
          )
        } catch (error) {
          run.result = 'failure'
          run.error = publishErrorMessage(stage, error)
          // The switch is the last step, so a failure never reaches the live site.
          const written = await countHtml(outDir)
          await fs.rm(outDir, { recursive: true, force: true })
          await fs.rm(`${outDir}.json`, { force: true })
          for (const file of Object.values(buildSidecars(outDir))) await fs.rm(file, { force: true })
          if (written) log(`[发布] 已删除未完成的构建 ${id}（其中已写入 ${written} 个页面，从未上线）`)
          log(`[发布] ${run.error}`)
        }
        // Old builds only cost disk space: a failure to remove one must not fail the run.
        await pruneBuilds().catch((error) => log(`[发布] 清理旧版本失败（不影响线上网站）：${errorText(error)}`))
        return finish()
      },
      { onWait: (owner) => log(`[发布] 另一个发布任务（进程 ${owner.pid || '未知'}）正在进行，等它结束…`) },
    )
  } catch (error) {
    // The work above catches its own errors: what is left is the lock itself — not getting it
    // (recorded as the failure), or not removing it after a recorded run (only logged).
    if (recorded) {
      log(`[发布] 释放发布锁失败：${errorText(error)}`)
      return run
    }
    run.result = 'failure'
    run.error = publishErrorMessage('lock', error)
    log(`[发布] ${run.error}`)
    return finish()
  }
}
