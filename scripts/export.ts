/** `npm run export`: writes every published document to content/ (see docs/content-model.md). */
import config from '@payload-config'
import { getPayload } from 'payload'

import { exportContent } from '../cms/export/exportContent'
import { withPublishLock } from './lib/publishLock'

try {
  const payload = await getPayload({ config })
  // Under the publish lock: a publish run builds from content/ and must not see it change half-way.
  const result = await withPublishLock(() => exportContent(payload), {
    onWait: (owner) => console.log(`[导出] 发布任务（进程 ${owner.pid || '未知'}）正在进行，等它结束后再导出…`),
  })
  const total = Object.values(result.documents).reduce((a, b) => a + b, 0)
  console.log(
    `[导出] ${total} 篇已发布文档：写入 ${result.written}，未变 ${result.unchanged}，移除 ${result.removed}，附件 ${result.media}`,
  )
  for (const [slug, count] of Object.entries(result.documents)) console.log(`  ${slug}: ${count}`)
  await payload.destroy().catch(() => undefined)
  process.exit(0)
} catch (error) {
  console.error(`[导出] 失败：${error instanceof Error ? error.message : String(error)}`)
  process.exit(1)
}
