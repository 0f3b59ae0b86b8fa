/**
 * `npm run parse-notice -- <文件> [--json] [--encoding gb18030]`
 *
 * Reads a published notice (or single items of one) from a text file and prints the drafts
 * 粘贴通报 would propose: for a person to read, or with --json exactly the parser's result
 * (`{ bulletin, cases }`, every string as published, null where the text says nothing).
 * Nothing is written. Exits 1 with a Chinese message when the file holds no case item.
 */
import fs from 'node:fs'

import { decodeText, parseEncodingName, type TextEncoding } from '../cms/import/decodeText'
import { formatNotice } from '../cms/notices/formatNotice'
import { parseNotice } from '../cms/notices/parseNotice'

const USAGE = '用法：npm run parse-notice -- <文件> [--json] [--encoding gb18030]'

function main(argv: string[]): number {
  let file: string | undefined
  let json = false
  let encoding: TextEncoding | undefined
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--json') json = true
    else if (argv[i] === '--encoding') encoding = parseEncodingName(argv[++i] ?? '')
    else if (argv[i].startsWith('--')) {
      console.error(`未知参数：${argv[i]}\n${USAGE}`)
      return 2
    } else file ??= argv[i]
  }
  if (!file) {
    console.error(USAGE)
    return 2
  }
  let bytes: Buffer
  try {
    bytes = fs.readFileSync(file)
  } catch (error) {
    console.error(`无法读取文件 ${file}：${(error as Error).message}`)
    return 1
  }
  const { text } = decodeText(bytes, encoding)
  if (!text.trim()) {
    console.error(`文件 ${file} 是空的：请粘贴通报全文或其中的案例条目。`)
    return 1
  }
  const notice = parseNotice(text)
  if (json) console.log(JSON.stringify(notice, null, 2))
  else console.log(formatNotice(notice))
  if (!notice.cases.length) {
    console.error(`没有找到案例条目：每条案例应写明处分或处理（如“受到党内警告处分”），多条时以 1. 或 一、 编号。`)
    return 1
  }
  return 0
}

process.exitCode = main(process.argv.slice(2))
