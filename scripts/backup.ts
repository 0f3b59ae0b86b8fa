/**
 * `npm run backup [-- --out FILE] [-- --with-password-hashes]`: writes one .tar.gz with every
 * document, version, draft and global, the media files and a manifest with counts and
 * checksums (docs/backup.md). Default file: <DATA_DIR>/backups/backup-YYYYMMDD-HHmmss.tar.gz.
 * Exit code 0 on success, 1 on failure, 2 on a wrong command line.
 */
import fs from 'node:fs'
import path from 'node:path'

import type { Payload } from 'payload'

import { defaultArchiveName } from '../cms/backup/format'
import { dataDir, rootDir } from '../content/shared/paths'

const USAGE = '用法：npm run backup [-- --out 文件.tar.gz] [--with-password-hashes]'

type Args = { out?: string; withPasswordHashes: boolean }

function parseArgs(argv: string[]): Args {
  const args: Args = { withPasswordHashes: false }
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]
    if (arg === '--with-password-hashes') args.withPasswordHashes = true
    else if (arg === '--out' || arg.startsWith('--out=')) {
      const value = arg === '--out' ? argv[++i] : arg.slice('--out='.length)
      if (!value || value.startsWith('--')) throw new Error('--out 后面需要一个文件名，例如 --out /备份/cms.tar.gz')
      args.out = value
    } else throw new Error(`不认识的参数「${arg}」`)
  }
  return args
}

const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`

async function main(): Promise<number> {
  let args: Args
  try {
    args = parseArgs(process.argv.slice(2))
  } catch (error) {
    console.error(`[备份] ${(error as Error).message}\n${USAGE}`)
    return 2
  }
  // Like `npm start`: DATABASE_URI / DATA_DIR in .env decide which database is backed up.
  if (fs.existsSync(path.join(rootDir, '.env'))) process.loadEnvFile(path.join(rootDir, '.env'))
  process.env.AUTO_PUBLISH ??= '0'
  const now = new Date()
  const out = path.resolve(args.out ?? path.join(dataDir(), 'backups', defaultArchiveName(now)))
  let payload: Payload | undefined
  try {
    const { default: config } = await import('../cms/payload.config')
    const { getPayload } = await import('payload')
    const { createBackup } = await import('../cms/backup/backup')
    payload = await getPayload({ config })
    const { file, manifest } = await createBackup(payload, { out, withPasswordHashes: args.withPasswordHashes, now })
    const counts = Object.values(manifest.collections)
    const documents = counts.reduce((sum, c) => sum + c.documents, 0)
    const versions = counts.reduce((sum, c) => sum + (c.versions ?? 0), 0)
    const globals = Object.values(manifest.globals).filter((g) => g.document).length
    console.log(`[备份] 已写入 ${file}（${megabytes(fs.statSync(file).size)}）`)
    console.log(
      `  文档 ${documents} 个、版本 ${versions} 个、全局设置 ${globals} 个、媒体文件 ${manifest.media.files} 个（${megabytes(manifest.media.bytes)}）`,
    )
    console.log(
      manifest.passwordHashes
        ? '  含用户密码哈希：请像保管密码一样保管这个文件。'
        : '  不含用户密码：恢复后由恢复命令给一名管理员设置新密码，其他用户由管理员重设（见 docs/backup.md）。',
    )
    return 0
  } catch (error) {
    console.error(`[备份] 失败，未写入备份文件：${error instanceof Error ? error.message : String(error)}`)
    if (process.env.DEBUG) console.error(error)
    return 1
  } finally {
    await payload?.destroy?.().catch(() => {})
  }
}

// Payload keeps database handles and timers alive; end the process once the work is done.
main().then((code) => process.exit(code))
