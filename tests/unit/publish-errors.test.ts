import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'

import { describe, expect, it } from 'vitest'

import { contentHash } from '../../site/build/contentHash'
import { publishErrorMessage } from '../../scripts/lib/publishErrors'

describe('publish error messages', () => {
  it('should put Chinese advice first and the tool’s own words after 技术细节 for a build error', () => {
    const message = publishErrorMessage('build', new Error('站点构建失败 (Astro build failed):\nUnexpected token'))
    expect(message).toMatch(/^发布失败，线上网站保持不变。生成网站页面时出错/)
    expect(message.split('\n技术细节：')[1]).toBe('站点构建失败 (Astro build failed):\nUnexpected token')
  })

  it('should keep an error our own code wrote in Chinese as it is, with its cause as the detail', () => {
    const cause = new Error('ENOENT: no such file')
    const message = publishErrorMessage(
      'export',
      new Error('导出失败：已发布内容引用的附件「a.pdf」不存在，请在后台重新上传或移除该附件。', { cause }),
    )
    expect(message).toBe(
      '发布失败，线上网站保持不变。导出失败：已发布内容引用的附件「a.pdf」不存在，请在后台重新上传或移除该附件。\n技术细节：ENOENT: no such file',
    )
  })

  it('should give English errors from the database the advice for that stage', () => {
    expect(publishErrorMessage('database', new Error('connect ECONNREFUSED 127.0.0.1:27017'))).toBe(
      '发布失败，线上网站保持不变。无法连接内容数据库，本次发布没有执行。请联系系统管理员检查数据库服务，恢复后重新发布。\n技术细节：connect ECONNREFUSED 127.0.0.1:27017',
    )
  })

  it('should word a failed rollback as one', () => {
    expect(publishErrorMessage('rollback', new Error('还没有上线的网站，无法回滚。'))).toBe(
      '回滚失败，线上网站保持不变。还没有上线的网站，无法回滚。',
    )
  })
})

describe('content hash', () => {
  it('should change with a file’s bytes or name, and ignore dot-files', async () => {
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'content-hash-'))
    try {
      await fs.mkdir(path.join(dir, 'cases'))
      await fs.writeFile(path.join(dir, 'cases', '1.json'), '{"title":"甲"}')
      const first = await contentHash(dir)
      await fs.writeFile(path.join(dir, 'cases', '.1.json.abc.tmp'), 'half-written')
      await fs.writeFile(path.join(dir, '.DS_Store'), 'x')
      expect(await contentHash(dir)).toBe(first)
      await fs.writeFile(path.join(dir, 'cases', '1.json'), '{"title":"乙"}')
      const second = await contentHash(dir)
      expect(second).not.toBe(first)
      await fs.rename(path.join(dir, 'cases', '1.json'), path.join(dir, 'cases', '2.json'))
      expect(await contentHash(dir)).not.toBe(second)
    } finally {
      await fs.rm(dir, { recursive: true, force: true })
    }
  })
})
