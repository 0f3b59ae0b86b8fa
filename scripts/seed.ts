/**
 * `npm run seed`: fills the CMS with the 清风市 demo content (idempotent — a rerun only adds
 * what is missing). Uses the database of DATABASE_URI / DATA_DIR like `npm start`; migrations
 * run when Payload starts. Prints what it created, in Chinese, and exits non-zero on failure.
 *
 * The seed does not publish the portal: run `npm run publish` (or `npm start`) afterwards.
 */
import { getPayload, type Payload } from 'payload'

import { modelOf } from '../content/model/collections'
import { seed, SEEDED_COLLECTIONS } from '../cms/seed'

async function main(): Promise<number> {
  // Nothing the seed writes should start a publish run of its own.
  process.env.AUTO_PUBLISH ??= '0'
  let payload: Payload | undefined
  try {
    const { default: config } = await import('../cms/payload.config')
    payload = await getPayload({ config })
    console.log('开始写入演示数据（清风市，虚构）……')
    const result = await seed(payload, { log: (msg) => console.log(`  ${msg}`) })
    console.log('')
    for (const slug of SEEDED_COLLECTIONS) {
      const { created, existing } = result.collections[slug]
      console.log(
        `  ${modelOf(slug).name.padEnd(8, '　')} 新建 ${String(created).padStart(3)}，已存在 ${String(existing).padStart(3)}`,
      )
    }
    console.log('')
    console.log(
      result.skipped
        ? '演示数据已齐全，本次没有新建任何文档。'
        : `完成：新建 ${result.created} 个文档。运行 npm run publish（或 npm start）把已发布内容发布到门户。`,
    )
    return 0
  } catch (error) {
    console.error('写入演示数据失败：', error instanceof Error ? error.message : error)
    const data = (error as { data?: { errors?: { path?: string; message?: string }[] } }).data
    for (const e of data?.errors ?? []) console.error(`  字段 ${e.path ?? '?'}：${e.message ?? ''}`)
    if (process.env.DEBUG) console.error(error)
    return 1
  } finally {
    await payload?.destroy?.().catch(() => {})
  }
}

// Payload keeps database handles and timers alive; end the process once the work is done.
main().then((code) => process.exit(code))
