/**
 * `npm run restore -- <archive> [--force]`: restores an archive of `npm run backup` into an
 * empty database (and media folder); refuses one that holds content unless --force, which
 * replaces everything in the same transaction (docs/backup.md). Either everything is restored
 * or nothing changes. Exit code 0 on success, 1 on failure, 2 on a wrong command line.
 */
import fs from 'node:fs'
import path from 'node:path'

import type { Payload } from 'payload'

import { rootDir } from '../content/shared/paths'

const USAGE = '用法：npm run restore -- <备份文件.tar.gz> [--force]'

type Args = { archive: string; force: boolean }

function parseArgs(argv: string[]): Args {
  let archive: string | undefined
  let force = false
  for (const arg of argv) {
    if (arg === '--force') force = true
    else if (arg.startsWith('-')) throw new Error(`不认识的参数「${arg}」`)
    else if (archive) throw new Error(`只能指定一个备份文件（收到「${archive}」和「${arg}」）`)
    else archive = arg
  }
  if (!archive) throw new Error('请指定要恢复的备份文件')
  return { archive, force }
}

async function main(): Promise<number> {
  let args: Args
  try {
    args = parseArgs(process.argv.slice(2))
  } catch (error) {
    console.error(`[恢复] ${(error as Error).message}\n${USAGE}`)
    return 2
  }
  if (fs.existsSync(path.join(rootDir, '.env'))) process.loadEnvFile(path.join(rootDir, '.env'))
  // Read by cms/db/adapter.ts when the config loads: without transactions a failed restore
  // would leave half a database behind.
  process.env.PAYLOAD_DB_TRANSACTIONS = '1'
  process.env.AUTO_PUBLISH ??= '0'
  let payload: Payload | undefined
  try {
    const { default: config } = await import('../cms/payload.config')
    const { getPayload } = await import('payload')
    const { restoreBackup } = await import('../cms/backup/restore')
    payload = await getPayload({ config })
    const result = await restoreBackup(payload, {
      archive: args.archive,
      force: args.force,
      log: (msg) => console.log(`[恢复] ${msg}`),
    })
    const { manifest } = result
    const counts = Object.values(manifest.collections)
    const documents = counts.reduce((sum, c) => sum + c.documents, 0)
    const versions = counts.reduce((sum, c) => sum + (c.versions ?? 0), 0)
    for (const warning of result.warnings) console.log(`[恢复] 注意：${warning}`)
    if (result.replaced.length > 0) console.log(`[恢复] 已按 --force 替换原有内容（${result.replaced.join('；')}）`)
    console.log(
      `[恢复] 完成：${documents} 个文档、${versions} 个版本、${manifest.media.files} 个媒体文件（备份时间 ${manifest.createdAt}）`,
    )
    if (!manifest.passwordHashes && result.users > 0) {
      console.log(`[恢复] 已恢复 ${result.users} 个用户账号，但备份不含密码，原密码都已失效。`)
      const admin = result.adminPassword
      if (admin && admin.fromEnv) console.log(`  管理员 ${admin.email} 的新密码取自环境变量 ADMIN_PASSWORD。`)
      else if (admin)
        console.log(`  管理员 ${admin.email} 的新密码：${admin.password}（只显示这一次，请登录后在“用户”中修改）`)
      else console.log('  备份中没有管理员账号，无法登录后台：请用带 --with-password-hashes 的备份恢复。')
      if (admin && result.users > 1) {
        console.log(
          `  其他 ${result.users - 1} 个账号：请管理员登录后台，在“用户”中打开每个账号，设置新密码后告知本人。`,
        )
      }
    }
    console.log('[恢复] 门户网站未重新发布：确认无误后运行 npm run publish（或 npm start）。')
    return 0
  } catch (error) {
    console.error(`[恢复] 失败，数据库和媒体目录未作改动：${error instanceof Error ? error.message : String(error)}`)
    if (process.env.DEBUG) console.error(error)
    return 1
  } finally {
    await payload?.destroy?.().catch(() => {})
  }
}

// Payload keeps database handles and timers alive; end the process once the work is done.
main().then((code) => process.exit(code))
