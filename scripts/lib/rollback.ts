import path from 'node:path'

import type { Payload } from 'payload'

import { buildPath, currentLiveBuild, isServable, readManifest, switchLive } from './liveSite'
import { publishErrorMessage } from './publishErrors'
import { withPublishLock } from './publishLock'
import { buildsDir } from './publishPaths'
import { type PayloadSource, type PublishRun, recordRun, runId } from './runLog'

export type RollbackRun = PublishRun & { kind: 'rollback'; /** The build that was live before. */ from?: string }

const errorText = (error: unknown) => (error instanceof Error ? error.message : String(error))

/**
 * `npm run rollback`: puts the previous good build back live — the one that was live before the
 * current build was published (recorded in the current build's manifest) — with the same
 * atomic symlink switch as a publish. Run again, it steps one more build back, as far as the
 * kept builds reach. Nothing is rebuilt or deleted, and the database is not needed: it is only
 * used, when it can be reached, to record the run in 发布记录 (runs.json always gets it).
 */
export async function rollback(
  options: { trigger?: string; log?: (line: string) => void; payload?: PayloadSource } = {},
): Promise<RollbackRun> {
  const log = options.log ?? console.log
  const started = Date.now()
  const run: RollbackRun = {
    id: runId(),
    kind: 'rollback',
    trigger: options.trigger ?? '命令行 npm run rollback',
    startedAt: new Date(started).toISOString(),
    finishedAt: '',
    durationMs: 0,
    result: 'success',
  }
  let recorded = false
  const finish = async () => {
    recorded = true
    run.finishedAt = new Date().toISOString()
    run.durationMs = Date.now() - started
    let payload: Payload | undefined
    try {
      payload = typeof options.payload === 'function' ? await options.payload() : options.payload
    } catch (error) {
      log(`[回滚] 无法连接数据库，本次记录只保存在 .publish/runs.json：${errorText(error)}`)
    }
    await recordRun(run, { payload, log })
    return run
  }
  const fail = (error: unknown) => {
    run.result = 'failure'
    run.error = publishErrorMessage('rollback', error)
    log(`[回滚] ${run.error}`)
  }
  try {
    return await withPublishLock(async () => {
      try {
        const live = await currentLiveBuild()
        if (!live) throw new Error('还没有上线的网站，无法回滚。请先发布（npm run publish）。')
        run.from = path.basename(live)
        const manifest = await readManifest(live)
        if (!manifest) {
          throw new Error(
            `当前线上版本 ${run.from} 没有构建记录（早于回滚功能），无法确定上一版。请用 npm run publish 重新发布。`,
          )
        }
        if (!manifest.previous) throw new Error(`当前线上版本 ${run.from} 之前没有已上线过的版本，无法回滚。`)
        const target = buildPath(manifest.previous)
        if (!(await isServable(target)))
          throw new Error(`上一版 ${manifest.previous} 已不在 ${buildsDir()} 中（已被清理），无法回滚。`)
        await switchLive(target)
        const previous = await readManifest(target)
        run.build = manifest.previous
        run.pages = previous?.pages
        log(
          `[回滚] 线上网站已从 ${run.from} 回滚到 ${manifest.previous}${previous ? `（${previous.builtAt} 构建，${previous.pages} 个页面）` : ''}`,
        )
        log(
          '[回滚] 注意：下一次发布（后台发布、撤回、定时发布或 npm run publish）会按后台当前已发布的内容重新构建；回滚前上线的内容如有问题，请先在后台撤回或修改。',
        )
      } catch (error) {
        fail(error)
      }
      return finish()
    })
  } catch (error) {
    if (recorded) {
      log(`[回滚] 释放发布锁失败：${errorText(error)}`)
      return run
    }
    fail(error)
    return finish()
  }
}
