import { execFile } from 'node:child_process'
import { createHash, randomBytes } from 'node:crypto'
import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'

import type { Payload } from 'payload'
import sharp from 'sharp'
import { create, extract } from 'tar'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { createBackup } from '../../cms/backup/backup'
import type { Manifest } from '../../cms/backup/format'
import { restoreBackup } from '../../cms/backup/restore'
import { openArchive } from '../../cms/backup/verify'
import { seed } from '../../cms/seed'
import { startTestPayload, type TestPayload } from '../helpers/payload'

type Run = { code: number | null; output: string }

/** Runs a compiled CLI (tests/globalSetup.ts compiles them) against the database in `dataDir`. */
function cli(name: 'backup' | 'restore', args: string[], target: Target): Promise<Run> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [path.resolve(`.build/scripts/${name}.mjs`), ...args],
      { env: { ...process.env, ...target.env }, timeout: 60_000 },
      (error, stdout, stderr) =>
        resolve({ code: error ? ((error.code as number | undefined) ?? null) : 0, output: stdout + stderr }),
    )
  })
}

type Target = { dataDir: string; env: Record<string, string> }

async function freshTarget(root: string, name: string): Promise<Target> {
  const dataDir = path.join(root, name)
  await fs.mkdir(dataDir)
  return {
    dataDir,
    env: {
      DATA_DIR: dataDir,
      DATABASE_URI: `file:${path.join(dataDir, 'cms.db')}`,
      PAYLOAD_SECRET: randomBytes(16).toString('hex'),
    },
  }
}

/** An archive's files, unpacked: manifest, data files parsed line by line, media by checksum. */
async function unpack(archive: string, into: string) {
  await fs.mkdir(into, { recursive: true })
  await extract({ file: archive, cwd: into })
  const manifest = JSON.parse(await fs.readFile(path.join(into, 'manifest.json'), 'utf8')) as Manifest
  const records = async (name: string) =>
    (await fs.readFile(path.join(into, name), 'utf8'))
      .split('\n')
      .filter(Boolean)
      .map((line) => JSON.parse(line) as Record<string, unknown>)
  return { dir: into, manifest, records }
}

/** Rewrites one data file of an unpacked archive and packs it again, manifest updated to match. */
async function repack(dir: string, out: string, edit: (manifest: Manifest) => Promise<void>) {
  const manifest = JSON.parse(await fs.readFile(path.join(dir, 'manifest.json'), 'utf8')) as Manifest
  await edit(manifest)
  await fs.writeFile(path.join(dir, 'manifest.json'), JSON.stringify(manifest))
  await create({ gzip: true, cwd: dir, file: out }, ['manifest.json', ...Object.keys(manifest.files)])
}

const sha256 = (text: string | Buffer) => createHash('sha256').update(text).digest('hex')
const withoutId = ({ id: _id, ...rest }: Record<string, unknown>) => rest

describe('backup and restore', () => {
  let test: TestPayload
  let payload: Payload
  let root: string
  let archiveA: string
  let archiveB: string
  let target: Target
  let restoreOutput: string
  /** Target's backup with password hashes, made after the failed forced restore. */
  let afterFailure: string

  beforeAll(async () => {
    test = await startTestPayload()
    payload = test.payload
    root = await fs.mkdtemp(path.join(os.tmpdir(), 'backup-test-'))
    await seed(payload)
    const ctx = { skipPublish: true }
    // An upload, so the archive carries a media file.
    const png = await sharp({ create: { width: 3, height: 2, channels: 3, background: '#c00' } })
      .png()
      .toBuffer()
    await payload.create({
      collection: 'media',
      data: { alt: '测试图片' },
      file: { data: png, mimetype: 'image/png', name: 'logo.png', size: png.length },
    })
    // A unit whose parent has a larger id: restored in id order, the child comes first.
    const units = await payload.db.find({ collection: 'departments', sort: 'id', limit: 0, pagination: false })
    const first = units.docs[0] as { id: number }
    const last = units.docs[units.docs.length - 1] as { id: number }
    await payload.db.updateOne({ collection: 'departments', id: first.id, data: { parent: last.id } })
    // A draft on top of a published article: two versions, the newer one `latest`.
    const article = (await payload.find({ collection: 'articles', limit: 1, depth: 0, overrideAccess: true })).docs[0]
    await payload.update({
      collection: 'articles',
      id: article.id,
      data: { title: `${article.title}（修改稿）` },
      draft: true,
      overrideAccess: true,
      context: ctx,
    })
    await payload.create({
      collection: 'users',
      data: { email: 'admin@example.org', password: 'old-password-1', name: '管理员', role: 'admin' } as never,
      overrideAccess: true,
    })
    await payload.create({
      collection: 'users',
      data: { email: 'editor@example.org', password: 'old-password-2', name: '编辑', role: 'editor' } as never,
      overrideAccess: true,
    })

    // The source is backed up in this process (one Payload start fewer), in pages of 40 where the
    // CLI reads 500 at a time: the comparison below also shows that paging loses nothing.
    archiveA = path.join(root, 'a.tar.gz')
    await createBackup(payload, { out: archiveA, pageSize: 40 })

    target = await freshTarget(root, 'b')
    const restore = await cli('restore', [archiveA], target)
    restoreOutput = restore.output
    expect(restore.code, restore.output).toBe(0)

    archiveB = path.join(root, 'b.tar.gz')
    expect((await cli('backup', ['--out', archiveB], target)).code).toBe(0)
  }, 120_000)

  afterAll(async () => {
    await test?.cleanup()
    if (root) await fs.rm(root, { recursive: true, force: true })
  })

  it('should record counts, the schema and a checksum for every file in the manifest', async () => {
    const a = await unpack(archiveA, path.join(root, 'check-a'))
    const { totalDocs } = await payload.db.count({ collection: 'cases' })
    expect(a.manifest.collections.cases.documents).toBe(totalDocs)
    expect(a.manifest.collections.articles.versions).toBe(
      (await payload.db.countVersions({ collection: 'articles' })).totalDocs,
    )
    expect(a.manifest.collections['workflow-events'].versions).toBeNull()
    expect(a.manifest.globals['work-calendar']).toEqual({ document: true, versions: null })
    expect(a.manifest.migrations.length).toBeGreaterThan(0)
    expect(a.manifest.createdAt).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+08:00$/)
    expect(Object.keys(a.manifest.collections)).not.toContain('payload-preferences')
    for (const [name, entry] of Object.entries(a.manifest.files)) {
      const bytes = await fs.readFile(path.join(a.dir, name))
      expect({ name, size: bytes.length, sha256: sha256(bytes) }).toEqual({ name, ...entry })
    }
    const media = Object.keys(a.manifest.files).filter((f) => f.startsWith('media/'))
    expect(media).toEqual(['media/logo.png'])
  })

  it('should write archives, their folder and the data folder for the owner only, password hashes or not', async () => {
    const mode = async (file: string) => ((await fs.stat(file)).mode & 0o777).toString(8)
    expect(await mode(archiveA)).toBe('600')
    expect(await mode(archiveB)).toBe('600')
    const run = await cli('backup', ['--with-password-hashes'], target)
    expect(run.code, run.output).toBe(0)
    const backups = path.join(target.dataDir, 'backups')
    expect(await mode(backups)).toBe('700')
    const written = await fs.readdir(backups)
    expect(written).toHaveLength(1)
    expect(await mode(path.join(backups, written[0]))).toBe('600')
    // Made 0755 by this test (the usual umask); the commands tightened it when they opened the database.
    expect(await mode(target.dataDir)).toBe('700')
    expect(await mode(path.join(target.dataDir, 'cms.db'))).toBe('600')
  })

  it('should leave password hashes, salts and sessions out of the archive by default', async () => {
    const a = await unpack(archiveA, path.join(root, 'users-a'))
    const users = await a.records('collections/users.jsonl')
    expect(users.map((u) => u.email).sort()).toEqual(['admin@example.org', 'editor@example.org'])
    for (const user of users) {
      expect(Object.keys(user)).not.toContain('hash')
      expect(Object.keys(user)).not.toContain('salt')
      expect(Object.keys(user)).not.toContain('sessions')
    }
    expect(a.manifest.passwordHashes).toBe(false)
  })

  it('should produce the same archive, document for document, after a restore into a fresh database', async () => {
    const a = await unpack(archiveA, path.join(root, 'cmp-a'))
    const b = await unpack(archiveB, path.join(root, 'cmp-b'))
    const { createdAt: _a, files: filesA, ...manifestA } = a.manifest
    const { createdAt: _b, files: filesB, ...manifestB } = b.manifest
    expect(manifestB).toEqual(manifestA)
    expect(Object.keys(filesB).sort()).toEqual(Object.keys(filesA).sort())
    for (const name of Object.keys(filesA)) {
      if (name.startsWith('media/')) expect(filesB[name], name).toEqual(filesA[name])
      else if (name.startsWith('versions/') || name.startsWith('global-versions/')) {
        // Version rows get new ids on restore (nothing refers to them); everything else must match.
        expect((await b.records(name)).map(withoutId), name).toEqual((await a.records(name)).map(withoutId))
      } else if (name.endsWith('.jsonl')) expect(await b.records(name), name).toEqual(await a.records(name))
      else
        expect(await fs.readFile(path.join(b.dir, name), 'utf8'), name).toBe(
          await fs.readFile(path.join(a.dir, name), 'utf8'),
        )
    }
    // The draft article's two versions kept their latest flags.
    const versions = await b.records('versions/articles.jsonl')
    expect(versions.filter((v) => v.latest === false)).toHaveLength(1)
    await expect(fs.readFile(path.join(target.dataDir, 'media', 'logo.png'))).resolves.toBeInstanceOf(Buffer)
  })

  it('should refuse to restore into a database that is not empty', async () => {
    // In this process, on the seeded source: the refusal comes before any write or transaction.
    const refused = restoreBackup(payload, { archive: archiveA })
    await expect(refused).rejects.toThrow(/^目标数据库不是空的（集合 departments 有 \d+ 个文档、\d+ 个版本；/)
    await expect(refused).rejects.toThrow('加 --force')
    expect((await fs.readdir(test.dataDir)).filter((f) => f.startsWith('.restore-'))).toEqual([])
  })

  it('should leave the database and media as they were when a forced restore fails halfway', async () => {
    // A second account with the first one's e-mail: users are written last, so every other
    // collection has been deleted and rewritten when the unique index stops the restore.
    const broken = await unpack(archiveA, path.join(root, 'broken'))
    const usersFile = path.join(broken.dir, 'collections/users.jsonl')
    const users = await broken.records('collections/users.jsonl')
    await fs.appendFile(usersFile, `${JSON.stringify({ ...users[0], id: 999 })}\n`)
    const brokenArchive = path.join(root, 'broken.tar.gz')
    await repack(broken.dir, brokenArchive, async (manifest) => {
      const bytes = await fs.readFile(usersFile)
      manifest.files['collections/users.jsonl'] = { size: bytes.length, sha256: sha256(bytes) }
      manifest.collections.users.documents += 1
    })
    const run = await cli('restore', [brokenArchive, '--force'], target)
    expect(run.code).toBe(1)
    expect(run.output).toContain('写入集合 users 的文档（编号 999）失败')

    // Backed up with hashes, for the next test's login; otherwise the same as before the restore.
    afterFailure = path.join(root, 'after.tar.gz')
    expect((await cli('backup', ['--out', afterFailure, '--with-password-hashes'], target)).code).toBe(0)
    const b = await unpack(archiveB, path.join(root, 'cmp-b2'))
    const c = await unpack(afterFailure, path.join(root, 'cmp-after'))
    expect(c.manifest.collections).toEqual(b.manifest.collections)
    for (const name of Object.keys(b.manifest.files)) {
      if (name !== 'collections/users.jsonl') expect(c.manifest.files[name], name).toEqual(b.manifest.files[name])
    }
    const passwordless = (u: Record<string, unknown>) => ({ ...u, hash: undefined, salt: undefined })
    expect((await c.records('collections/users.jsonl')).map(passwordless)).toEqual(
      (await b.records('collections/users.jsonl')).map(passwordless),
    )
    expect(await fs.readdir(path.join(target.dataDir, 'media'))).toEqual(['logo.png'])
    expect((await fs.readdir(target.dataDir)).filter((f) => f.startsWith('.restore-'))).toEqual([])
  })

  it('should give one administrator a new password that logs in, and say so', async () => {
    expect(restoreOutput).toContain('已恢复 2 个用户账号，但备份不含密码')
    const password = /管理员 admin@example\.org 的新密码：(\S+)（只显示这一次/.exec(restoreOutput)?.[1]
    expect(password).toBeTruthy()
    expect(restoreOutput).toContain('其他 1 个账号')
    // Logs in with Payload itself: the restored hash, copied into the source database's admin.
    const users = await (await unpack(afterFailure, path.join(root, 'hashes'))).records('collections/users.jsonl')
    const admin = users.find((u) => u.email === 'admin@example.org')!
    expect(users.find((u) => u.email === 'editor@example.org')?.hash).toBeFalsy()
    await payload.db.updateOne({
      collection: 'users',
      id: admin.id as number,
      data: { hash: admin.hash, salt: admin.salt, email: admin.email },
    })
    const login = await payload.login({
      collection: 'users',
      data: { email: 'admin@example.org', password: password! },
    })
    expect(login.user?.email).toBe('admin@example.org')
  })

  it('should replace the content of a non-empty database with --force', async () => {
    const run = await cli('restore', [archiveA, '--force'], target)
    expect(run.code, run.output).toBe(0)
    expect(run.output).toContain('已按 --force 替换原有内容')
    expect(await fs.readdir(path.join(target.dataDir, 'media'))).toEqual(['logo.png'])
  })

  describe('archive checks (before anything is written)', () => {
    const open = async (archive: string) => openArchive(archive, await fs.mkdtemp(path.join(root, 'open-')))

    it('should reject a tampered archive, naming the file whose checksum does not match', async () => {
      const tampered = await unpack(archiveA, path.join(root, 'tampered'))
      const file = path.join(tampered.dir, 'collections/cases.jsonl')
      await fs.writeFile(file, (await fs.readFile(file, 'utf8')).replace('清风市', '浊风市'))
      const archive = path.join(root, 'tampered.tar.gz')
      await repack(tampered.dir, archive, async () => {})
      await expect(open(archive)).rejects.toThrow('备份校验失败：collections/cases.jsonl 与清单不符')
    })

    it('should name a missing archive', async () => {
      await expect(open(path.join(root, 'nope.tar.gz'))).rejects.toThrow(
        `找不到备份文件 ${path.join(root, 'nope.tar.gz')}`,
      )
    })

    it('should call a truncated archive corrupt', async () => {
      const bytes = await fs.readFile(archiveA)
      const cut = path.join(root, 'cut.tar.gz')
      await fs.writeFile(cut, bytes.subarray(0, Math.floor(bytes.length / 2)))
      await expect(open(cut)).rejects.toThrow(/已损坏或不是 \.tar\.gz 备份/)
    })

    it('should refuse another archive format version', async () => {
      const dir = (await unpack(archiveA, path.join(root, 'v2'))).dir
      const archive = path.join(root, 'v2.tar.gz')
      await repack(dir, archive, async (manifest) => {
        manifest.formatVersion = 2
      })
      await expect(open(archive)).rejects.toThrow('备份格式版本 2 不受支持：本程序只能恢复版本 1 的备份，请先升级程序')
    })

    it('should name a file the manifest lists but the archive lacks', async () => {
      const dir = (await unpack(archiveA, path.join(root, 'missing'))).dir
      const archive = path.join(root, 'missing.tar.gz')
      const manifest = JSON.parse(await fs.readFile(path.join(dir, 'manifest.json'), 'utf8')) as Manifest
      await create({ gzip: true, cwd: dir, file: archive }, [
        'manifest.json',
        ...Object.keys(manifest.files).filter((f) => f !== 'media/logo.png'),
      ])
      await expect(open(archive)).rejects.toThrow('备份不完整：清单列出的 media/logo.png 不在归档中')
    })

    it('should refuse a count that does not match the data file', async () => {
      const dir = (await unpack(archiveA, path.join(root, 'count'))).dir
      const archive = path.join(root, 'count.tar.gz')
      await repack(dir, archive, async (manifest) => {
        manifest.collections.cases.documents += 1
      })
      await expect(open(archive)).rejects.toThrow(/备份不一致：collections\/cases\.jsonl 有 \d+ 条，清单记为 \d+ 条/)
    })
  })
})
