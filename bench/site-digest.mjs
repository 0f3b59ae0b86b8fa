#!/usr/bin/env node
// Byte-identity check for refactors (issue 16): builds the portal from a content folder and
// writes one line per file — sha256, size, path — for the content folder and the built site,
// so two commits can be compared with `diff` (or `--compare`).
//
//   node bench/site-digest.mjs --source fixtures|demo|corpus:10000|dir:PATH --out FILE
//                              [--compare OLD] [--save-content DIR]
//
// fixtures: tests/fixtures/content. demo: the 清风市 demo seeded into a temporary database and
// exported as `npm start` does. corpus:N: bench/corpus/generate.mjs --count N --seed 1.
// dir:PATH: a content folder kept with --save-content.
// A seed stamps createdAt/updatedAt with the time it ran, so content lines hash JSON with those
// two values masked, and the site of a demo is compared by building a saved export again:
//   --source demo --save-content D --out a   …change…   --source demo --out b --compare a
//   (export identity, content lines)         --source dir:D --out c --compare a (site lines)
import { execFileSync } from 'node:child_process'
import crypto from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')

function parseArgs(argv) {
  const opts = { source: null, out: null, compare: null, keep: false, saveContent: null }
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = argv[i].split('=', 2)
    const value = () => inline ?? argv[++i]
    if (flag === '--source') opts.source = value()
    else if (flag === '--out') opts.out = value()
    else if (flag === '--compare') opts.compare = value()
    else if (flag === '--keep') opts.keep = true
    else if (flag === '--save-content') opts.saveContent = value()
    else
      throw new Error(
        `unknown argument: ${argv[i]} (usage: site-digest.mjs --source fixtures|demo|corpus:N --out FILE [--compare OLD] [--keep])`,
      )
  }
  if (!opts.source || !opts.out) throw new Error('--source and --out are required')
  return opts
}

function walk(dir, base = dir, out = []) {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name)
    if (entry.isDirectory()) walk(full, base, out)
    else if (entry.isFile()) out.push(path.relative(base, full))
  }
  return out
}

const STAMPS = /"(createdAt|updatedAt)": ?"[^"]*"/g

function digest(dir, label) {
  return walk(dir)
    .sort()
    .map((rel) => {
      let bytes = fs.readFileSync(path.join(dir, rel))
      if (label === 'content' && rel.endsWith('.json'))
        bytes = Buffer.from(bytes.toString('utf8').replace(STAMPS, '"$1":"…"'))
      return `${crypto.createHash('sha256').update(bytes).digest('hex')} ${String(bytes.length).padStart(9)} ${label}/${rel}`
    })
}

const run = (cmd, args, env = {}) =>
  execFileSync(cmd, args, { cwd: root, stdio: ['ignore', 'inherit', 'inherit'], env: { ...process.env, ...env } })

const opts = parseArgs(process.argv.slice(2))
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'site-digest-'))
try {
  run(process.execPath, ['scripts/compile.mjs'])
  let contentDir
  if (opts.source === 'fixtures') contentDir = path.join(root, 'tests/fixtures/content')
  else if (opts.source === 'demo') {
    contentDir = path.join(work, 'content')
    fs.cpSync(path.join(root, 'content/pages'), path.join(contentDir, 'pages'), { recursive: true })
    const env = {
      DATA_DIR: path.join(work, 'data'),
      CONTENT_DIR: contentDir,
      AUTO_PUBLISH: '0',
      PAYLOAD_SECRET: 'site-digest',
    }
    run(process.execPath, ['.build/scripts/seed.mjs'], env)
    run(process.execPath, ['.build/scripts/export.mjs'], env)
  } else if (opts.source.startsWith('corpus:')) {
    contentDir = path.join(work, 'content')
    run(process.execPath, [
      'bench/corpus/generate.mjs',
      '--count',
      opts.source.slice(7),
      '--out',
      contentDir,
      '--seed',
      '1',
    ])
  } else if (opts.source.startsWith('dir:')) contentDir = path.resolve(opts.source.slice(4))
  else throw new Error(`unknown --source ${opts.source}`)
  if (opts.saveContent) fs.cpSync(contentDir, opts.saveContent, { recursive: true })

  const siteDir = path.join(work, 'site')
  run(process.execPath, ['.build/scripts/build-site.mjs', '--content', contentDir, '--out', siteDir])
  // The export's own bookkeeping (updatedAt stamps of this run's database) is not output.
  const lines = [
    ...digest(contentDir, 'content').filter((l) => !l.endsWith('/.export-state.json')),
    ...digest(siteDir, 'site'),
  ]
  fs.writeFileSync(opts.out, `${lines.join('\n')}\n`)
  console.log(`${lines.length} files → ${opts.out}`)
  if (opts.compare) {
    const old = new Set(fs.readFileSync(opts.compare, 'utf8').trim().split('\n'))
    const now = new Set(lines)
    const gone = [...old].filter((l) => !now.has(l))
    const added = lines.filter((l) => !old.has(l))
    if (gone.length === 0 && added.length === 0) console.log(`identical to ${opts.compare}`)
    else {
      console.log(`differs from ${opts.compare}: ${gone.length} lines only before, ${added.length} only now`)
      for (const l of gone.slice(0, 20)) console.log(`- ${l}`)
      for (const l of added.slice(0, 20)) console.log(`+ ${l}`)
      process.exitCode = 1
    }
  }
} finally {
  if (opts.keep) console.log(`kept ${work}`)
  else fs.rmSync(work, { recursive: true, force: true, maxRetries: 5 })
}
