/**
 * `npm run import -- <collection> <file> [--dry-run] [--publish] [--encoding gb18030] [--sheet 名称]`
 *
 * Loads legacy spreadsheets (CSV in UTF-8 with or without BOM, GB18030/GBK or UTF-16; JSON;
 * XLSX) into a collection. Every row is checked first; any error is listed by row and column
 * and nothing is written. Rows are matched to existing documents by natural key, so importing
 * the same file twice changes nothing. Imported documents are drafts for review unless
 * `--publish`, which publishes them and then runs one publish of the portal (`--no-build` skips
 * that run, for loading several files before one `npm run publish`). See docs/import.md.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { getPayload, type Payload } from 'payload'

import { parseEncodingName, type TextEncoding } from '../cms/import/decodeText'
import { formatIssue, ImportRejected } from '../cms/import/issues'
import { runImport } from '../cms/import/runImport'
import { IMPORT_COLLECTIONS, IMPORT_SPECS, isImportSlug } from '../cms/import/specs'
import { rootDir } from '../content/shared/paths'
import { publishRun } from './lib/publishRun'

const USAGE = `用法：npm run import -- <集合> <文件> [--dry-run] [--publish [--no-build]] [--encoding gb18030] [--sheet 工作表名] [--forwarded]
集合：${IMPORT_COLLECTIONS.map((slug) => `${slug}（${IMPORT_SPECS[slug].name}）`).join('、')}
文件：.csv（UTF-8、GB18030/GBK、UTF-16）、.json、.xlsx；列说明见 docs/import.md
      cases 还可以是通报全文 .txt（粘贴通报：每条案例一份草稿；--forwarded 表示转发上级的通报）`

/** How many row errors to print before summarising the rest. */
const MAX_LISTED = 200

/**
 * Every error of a rejected file, one per line, beside the file (or in the temporary folder when
 * that folder is not writable): the console shows the first MAX_LISTED.
 */
function writeReport(file: string, lines: string[]): string {
  const name = `${path.basename(file)}.错误报告.txt`
  const text = `${path.basename(file)}：${lines.length} 处错误，未写入任何数据\n\n${lines.join('\n')}\n`
  for (const dir of [path.dirname(path.resolve(file)), os.tmpdir()]) {
    const target = path.join(dir, name)
    try {
      fs.writeFileSync(target, text)
      return target
    } catch {
      // Not writable here: try the next folder.
    }
  }
  return '（无法写入错误报告）'
}

function parseArgs(argv: string[]) {
  const positional: string[] = []
  const flags = {
    dryRun: false,
    publish: false,
    build: true,
    encoding: undefined as TextEncoding | undefined,
    sheet: undefined as string | undefined,
    forwarded: false,
  }
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]
    if (arg === '--dry-run') flags.dryRun = true
    else if (arg === '--publish') flags.publish = true
    else if (arg === '--no-build') flags.build = false
    else if (arg === '--encoding') flags.encoding = parseEncodingName(argv[++i] ?? '')
    else if (arg === '--sheet') flags.sheet = argv[++i]
    else if (arg === '--forwarded') flags.forwarded = true
    else if (arg.startsWith('--')) throw new Error(`未知选项 ${arg}\n${USAGE}`)
    else positional.push(arg)
  }
  if (positional.length !== 2) throw new Error(USAGE)
  const [collection, file] = positional
  if (!isImportSlug(collection)) throw new Error(`不能导入集合「${collection}」\n${USAGE}`)
  return { collection, file: path.resolve(file), ...flags }
}

async function main(): Promise<number> {
  let args: ReturnType<typeof parseArgs>
  try {
    args = parseArgs(process.argv.slice(2))
  } catch (error) {
    console.error((error as Error).message)
    return 2
  }
  // The same database as `npm start` (which reads .env too; variables already set win).
  if (fs.existsSync(path.join(rootDir, '.env'))) process.loadEnvFile(path.join(rootDir, '.env'))
  // One transaction for the whole file (see cms/db/adapter.ts), and no publish run per row.
  process.env.PAYLOAD_DB_TRANSACTIONS = '1'
  process.env.AUTO_PUBLISH = '0'
  const spec = IMPORT_SPECS[args.collection]
  let payload: Payload | undefined
  try {
    const { default: config } = await import('../cms/payload.config')
    payload = await getPayload({ config })
    console.log(`${args.dryRun ? '检查' : '导入'}「${path.basename(args.file)}」到${spec.name}（${args.collection}）……`)
    const started = Date.now()
    const report = await runImport(payload, {
      ...args,
      onProgress: (done, total) => console.log(`  已写入 ${done} / ${total} ${'行'}`),
    })
    const { created, updated, unchanged, linked } = report.counts
    const encoding = report.encoding ? `，编码 ${report.encoding.toUpperCase()}` : ''
    console.log(
      `  读取 ${report.rows} ${report.unit}（${report.format.toUpperCase()}${encoding}），列：${report.columns.join('、')}`,
    )
    if (report.notes?.length) {
      console.log(`  请在后台审核时核对（${report.notes.length} 处）：`)
      for (const note of report.notes) console.log(`    ${note}`)
    }
    const verb = report.dryRun ? '将' : '已'
    console.log(
      `  ${verb}新建 ${created}，${verb}更新 ${updated}，无变化 ${unchanged}${linked ? `，${verb}加入季度通报 ${linked} 个案例` : ''}`,
    )
    if (report.dryRun) {
      console.log('检查通过（--dry-run，未写入任何数据）。')
      return 0
    }
    console.log(
      `完成，用时 ${((Date.now() - started) / 1000).toFixed(1)} 秒。${args.publish ? '' : '导入的内容为草稿，审核发布后才会出现在网站上。'}`,
    )
    if (args.publish && !args.build) console.log('已发布到后台；门户将在下一次发布（npm run publish）时更新。')
    if (args.publish && args.build && created + updated + linked > 0) {
      console.log('发布门户……')
      const run = await publishRun(async () => payload!, `导入 ${path.basename(args.file)}（${spec.name}）`, {
        onlyIfChanged: true,
      })
      console.log(
        `[发布] ${run.result === 'failure' ? `失败：${run.error ?? ''}` : run.skipped ? '无变化，未重建' : '成功'}`,
      )
      if (run.result === 'failure') return 1
    }
    return 0
  } catch (error) {
    if (error instanceof ImportRejected) {
      const unit =
        error.unit ??
        (error.issues.some((issue) => issue.row !== undefined) && args.file.endsWith('.json') ? '条记录' : '行')
      console.error(`导入失败：${error.message}。`)
      for (const issue of error.issues.slice(0, MAX_LISTED)) console.error(`  ${formatIssue(issue, unit)}`)
      if (error.issues.length > MAX_LISTED) {
        const report = writeReport(
          args.file,
          error.issues.map((issue) => formatIssue(issue, unit)),
        )
        console.error(
          `  ……另有 ${error.issues.length - MAX_LISTED} 处错误未在此列出；全部 ${error.issues.length} 处已写入 ${report}`,
        )
      }
      return 1
    }
    console.error(`导入失败，未写入任何数据：${error instanceof Error ? error.message : String(error)}`)
    if (process.env.DEBUG) console.error(error)
    return 1
  } finally {
    await payload?.destroy?.().catch(() => {})
  }
}

main().then((code) => process.exit(code))
