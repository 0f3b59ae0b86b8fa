import { execFile } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import path from 'node:path'
import { promisify } from 'node:util'

import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { capQuery, MAX_DEPTH } from '../../cms/api/caps'
import { trustedOrigins } from '../../cms/auth/origins'
import { ensureAdmin } from '../../scripts/lib/adminUser'
import { createRelated, validData } from '../helpers/fixtures'
import { startTestPayload, type TestPayload } from '../helpers/payload'
import { createRestClient, type RestClient, type RestResponse } from '../helpers/rest'
import { createStaff, newPassword, passwordOf, type StaffUsers } from '../helpers/users'

// Read when the route and the config are first imported (createRestClient, startTestPayload):
// small limits so the tests reach them, and the admin behind https://admin.example.test.
process.env.API_RATE_LIMIT = '20'
process.env.API_GLOBAL_RATE_LIMIT = '400'
process.env.LOGIN_RATE_LIMIT = '5'
process.env.SERVER_URL = 'https://admin.example.test'
delete process.env.PUBLIC_API

const ADMIN_ORIGIN = 'https://admin.example.test'

let ctx: TestPayload
let payload: Payload
let rest: RestClient
let staff: StaffUsers
let tokens: { admin: string; editor: string; reviewer: string }

/** A caller address nobody else in this file uses (X-Forwarded-For, as the reverse proxy sets it). */
let lastIp = 0
const freshIp = () => {
  lastIp += 1
  return `198.51.${Math.floor(lastIp / 250)}.${lastIp % 250}`
}
const from = (ip: string, headers: Record<string, string> = {}) => ({ 'X-Forwarded-For': ip, ...headers })

const tag = () => randomBytes(4).toString('hex')

const createAccount = async (role: 'admin' | 'editor' | 'reviewer', email = `${role}-${tag()}@example.test`) =>
  payload.create({
    collection: 'users',
    data: { email, password: passwordOf({ email }), name: `测试${role}`, role } as never,
  })

const loginFrom = (ip: string, email: string, password: string) =>
  rest.call('POST', 'users/login', { body: { email, password }, headers: from(ip) })

beforeAll(async () => {
  ctx = await startTestPayload()
  payload = ctx.payload
  rest = await createRestClient()
})

afterAll(async () => {
  delete process.env.PUBLIC_API
  await ctx?.cleanup()
})

const expectPasswordRefused = (response: RestResponse, words: RegExp) => {
  expect(response.status).toBe(400)
  expect(rest.messageOf(response)).toMatch(/密码/)
  expect(rest.messageOf(response)).toMatch(words)
}

// First, while the database is empty: npm start's first administrator, and the admin's
// 创建第一个用户 screen.
describe('first administrator', () => {
  it('stops npm start with the reason when ADMIN_PASSWORD breaks the policy, creating no account', async () => {
    process.env.ADMIN_EMAIL = 'chief@example.test'
    process.env.ADMIN_PASSWORD = 'chief-2026-qingfeng'
    try {
      await expect(ensureAdmin(payload)).rejects.toThrow(/ADMIN_PASSWORD 不符合密码要求：密码不能包含登录邮箱/)
    } finally {
      delete process.env.ADMIN_EMAIL
      delete process.env.ADMIN_PASSWORD
    }
    expect((await payload.count({ collection: 'users' })).totalDocs).toBe(0)
  })

  it('refuses a short first administrator password, in Chinese, and creates no account', async () => {
    const response = await rest.call('POST', 'users/first-register', {
      body: { email: 'first@example.test', password: 'Qf-2026-abc' },
      headers: from(freshIp()),
    })
    expectPasswordRefused(response, /12/)
    expect((await payload.count({ collection: 'users' })).totalDocs).toBe(0)
  })

  it('creates the first administrator with a password that satisfies the policy', async () => {
    const response = await rest.call('POST', 'users/first-register', {
      body: { email: 'first@example.test', password: newPassword() },
      headers: from(freshIp()),
    })
    expect(response.status).toBe(200)
    expect(response.body.user?.role).toBe('admin')
  })
})

describe('with staff accounts', () => {
  beforeAll(async () => {
    staff = await createStaff(payload)
    tokens = {
      admin: await rest.login(staff.admin),
      editor: await rest.login(staff.editor),
      reviewer: await rest.login(staff.reviewer),
    }
  })

  describe('password policy', () => {
    const create = (email: string, password: string) =>
      rest.call('POST', 'users', { token: tokens.admin, body: { email, password, role: 'editor' } })

    it('refuses a password shorter than 12 characters', async () => {
      expectPasswordRefused(await create(`short-${tag()}@example.test`, 'Qf-2026-abc'), /至少需要 12 个字符/)
    })

    it('refuses a password that contains the e-mail address or its local part, whatever the case', async () => {
      const local = `zhangwei${tag()}`
      expectPasswordRefused(await create(`${local}@example.test`, `${local.toUpperCase()}-2026!`), /邮箱/)
      expectPasswordRefused(await create(`${local}@example.test`, `x-${local}@example.test`), /邮箱/)
    })

    it('refuses a common password even when it is long enough', async () => {
      expectPasswordRefused(await create(`common-${tag()}@example.test`, '1qaz2wsx3edc'), /常见/)
      expectPasswordRefused(await create(`common-${tag()}@example.test`, 'Password1234'), /常见/)
    })

    it('refuses a long password that is easy to guess: repeated, sequential, a keyboard walk', async () => {
      for (const password of ['111111111111', 'aaaaaaaaaaaa', 'abcdefghijkl', 'qwertyuiopas', '123456789012']) {
        expectPasswordRefused(await create(`guessable-${tag()}@example.test`, password), /容易被猜中|常见/)
      }
    })

    it('accepts a good password, which then signs in', async () => {
      const email = `good-${tag()}@example.test`
      const password = newPassword()
      expect((await create(email, password)).status).toBe(201)
      expect((await loginFrom(freshIp(), email, password)).status).toBe(200)
    })

    it('applies to a user changing their own password', async () => {
      const account = await createAccount('editor')
      const token = await rest.login(account)
      const weak = await rest.call('PATCH', `users/${account.id}`, { token, body: { password: 'kurz-2026' } })
      expectPasswordRefused(weak, /至少需要 12 个字符/)
      expect((await loginFrom(freshIp(), account.email, passwordOf(account))).status).toBe(200)

      const password = newPassword()
      expect((await rest.call('PATCH', `users/${account.id}`, { token, body: { password } })).status).toBe(200)
      expect((await loginFrom(freshIp(), account.email, password)).status).toBe(200)
    })

    it('applies to reset-password (the link from 忘记密码)', async () => {
      const account = await createAccount('reviewer')
      const token = await payload.forgotPassword({
        collection: 'users',
        data: { email: account.email },
        disableEmail: true,
      })
      const ip = freshIp()
      const local = account.email.split('@')[0]
      const weak = await rest.call('POST', 'users/reset-password', {
        body: { token, password: `${local}-neu` },
        headers: from(ip),
      })
      expectPasswordRefused(weak, /邮箱/)
      // The refused reset changed nothing.
      expect((await loginFrom(freshIp(), account.email, passwordOf(account))).status).toBe(200)

      const password = newPassword()
      const reset = await rest.call('POST', 'users/reset-password', { body: { token, password }, headers: from(ip) })
      expect(reset.status).toBe(200)
      expect((await loginFrom(freshIp(), account.email, password)).status).toBe(200)
    })
  })

  describe('unlocking an account', () => {
    let lockedAdmin: Awaited<ReturnType<typeof createAccount>>
    let lockedAdminToken: string

    beforeAll(async () => {
      lockedAdmin = await createAccount('admin')
      lockedAdminToken = await rest.login(lockedAdmin)
      // Payload's per-account lockout (auth.maxLoginAttempts), from several addresses so the
      // per-IP login limit is not what stops them.
      for (let attempt = 0; attempt < 5; attempt++) await loginFrom(freshIp(), lockedAdmin.email, 'wrong-password-2026')
      const locked = await loginFrom(freshIp(), lockedAdmin.email, passwordOf(lockedAdmin))
      expect(locked.status).toBe(401)
    })

    const unlock = (token: string | null) =>
      rest.call('POST', 'users/unlock', { token, body: { email: lockedAdmin.email }, headers: from(freshIp()) })

    it('is refused to an editor, a reviewer and anonymous callers', async () => {
      expect((await unlock(tokens.editor)).status).toBe(403)
      expect((await unlock(tokens.reviewer)).status).toBe(403)
      expect((await unlock(null)).status).toBe(403)
      expect((await loginFrom(freshIp(), lockedAdmin.email, passwordOf(lockedAdmin))).status).toBe(401)
    })

    it('is allowed to an administrator, after which the account signs in again', async () => {
      expect((await unlock(lockedAdminToken)).status).toBe(200)
      expect((await loginFrom(freshIp(), lockedAdmin.email, passwordOf(lockedAdmin))).status).toBe(200)
    })

    it('is in the hands of whoever runs the server too (npm run unlock), when the only administrator is locked out', async () => {
      const only = await createAccount('admin')
      for (let n = 0; n < 5; n++) await loginFrom(freshIp(), only.email, 'wrong-password-2026')
      expect((await loginFrom(freshIp(), only.email, passwordOf(only))).status).toBe(401)
      const run = promisify(execFile)
      const { stdout } = await run(process.execPath, [path.resolve('.build/scripts/unlock.mjs'), only.email], {
        env: process.env,
        timeout: 60_000,
      })
      expect(stdout).toContain('已解除账号')
      expect((await loginFrom(freshIp(), only.email, passwordOf(only))).status).toBe(200)
      await expect(
        run(process.execPath, [path.resolve('.build/scripts/unlock.mjs'), 'nobody@example.test'], { env: process.env }),
      ).rejects.toMatchObject({
        code: 1,
        stderr: expect.stringContaining('没有登录邮箱为「nobody@example.test」的账号'),
      })
    })
  })

  describe('login attempts per IP', () => {
    it('answers 429 after many failed logins from one IP, against different accounts; another IP still signs in', async () => {
      const ip = freshIp()
      const accounts = await Promise.all([1, 2, 3, 4, 5, 6].map(() => createAccount('editor')))
      for (const account of accounts.slice(0, 5)) {
        expect((await loginFrom(ip, account.email, 'wrong-password-2026')).status).toBe(401)
      }
      // Even the right password: the address is blocked, not the account.
      const blocked = await loginFrom(ip, accounts[5].email, passwordOf(accounts[5]))
      expect(blocked.status).toBe(429)
      expect(Number(blocked.headers.get('Retry-After'))).toBeGreaterThan(60)
      expect(rest.messageOf(blocked)).toMatch(/登录尝试过于频繁/)

      expect((await loginFrom(freshIp(), accounts[5].email, passwordOf(accounts[5]))).status).toBe(200)
    })

    it('gives nothing back for a success: signing in to one’s own account between guesses buys no more guesses', async () => {
      const ip = freshIp()
      const victims = await Promise.all([1, 2, 3, 4, 5].map(() => createAccount('editor')))
      for (const victim of victims) {
        expect((await loginFrom(ip, staff.editor.email, passwordOf(staff.editor))).status).toBe(200)
        expect((await loginFrom(ip, victim.email, 'guess-number-2026')).status).toBe(401)
      }
      expect((await loginFrom(ip, victims[0].email, 'guess-number-2027')).status).toBe(429)
    })

    it('does not count successful logins', async () => {
      const ip = freshIp()
      for (let n = 0; n < 8; n++)
        expect((await loginFrom(ip, staff.editor.email, passwordOf(staff.editor))).status).toBe(200)
    })
  })

  describe('anonymous callers without PUBLIC_API', () => {
    it('are refused collection reads before Payload runs, in Chinese', async () => {
      const response = await rest.call('GET', 'articles?depth=0', { headers: from(freshIp()) })
      expect(response.status).toBe(403)
      expect(rest.messageOf(response)).toBe('您无权执行此操作。')
      expect((await rest.call('GET', 'users', { headers: from(freshIp()) })).status).toBe(403)
      expect((await rest.call('GET', 'globals/work-calendar', { headers: from(freshIp()) })).status).toBe(403)
    })

    it('still reach what the login screen needs, and log in', async () => {
      const ip = freshIp()
      expect((await rest.call('GET', 'users/me', { headers: from(ip) })).status).toBe(200)
      expect((await rest.call('GET', 'access', { headers: from(ip) })).status).toBe(200)
      const login = await loginFrom(ip, staff.reviewer.email, passwordOf(staff.reviewer))
      expect(login.status).toBe(200)
      expect((await rest.call('GET', 'articles?depth=0', { token: login.body.token, headers: from(ip) })).status).toBe(
        200,
      )
    })
  })

  describe('caps on every request', () => {
    beforeAll(async () => {
      // More published units than a signed-in page may hold.
      for (let n = 0; n < 105; n++) {
        await payload.create({
          collection: 'departments',
          data: {
            ...validData('departments', { department: 0, catalogItem: 0, caseId: 0 }, n),
            _status: 'published',
          } as never,
        })
      }
    })

    it('gives a signed-in user at most 100 documents per page, also for limit=0 and pagination=false', async () => {
      for (const query of ['limit=1000', 'limit=0', 'pagination=false', 'limit=1000&pagination=false']) {
        const response = await rest.call('GET', `departments?depth=0&${query}`, { token: tokens.editor })
        expect(response.status, query).toBe(200)
        expect(response.body.docs.length, query).toBe(100)
        expect(response.body.hasNextPage, query).toBe(true)
      }
      const small = await rest.call('GET', 'departments?depth=0&limit=7', { token: tokens.editor })
      expect(small.body.docs.length).toBe(7)
    })

    it("caps a query sent as a form body with X-HTTP-Method-Override (as the admin's relationship fields do)", async () => {
      const handlers = await import('../../cms/app/(payload)/api/[...slug]/route')
      const request = new Request('http://localhost/api/departments', {
        method: 'POST',
        headers: {
          Authorization: `JWT ${tokens.editor}`,
          'X-HTTP-Method-Override': 'GET',
          'Content-Type': 'application/x-www-form-urlencoded',
        },
        body: 'limit=1000&depth=0',
      })
      const response = await handlers.POST(request, { params: Promise.resolve({ slug: ['departments'] }) })
      expect(response.status).toBe(200)
      expect((await response.json()).docs.length).toBe(100)
    })

    it('keeps the body of a write whose query it caps', async () => {
      const { docs } = await payload.find({ collection: 'departments', limit: 1, depth: 0 })
      const name = `改名-${tag()}`
      const response = await rest.call('PATCH', `departments/${docs[0].id}?depth=9&draft=true`, {
        token: tokens.editor,
        body: { name },
      })
      expect(response.status).toBe(200)
      expect(response.body.doc.name).toBe(name)
    })

    it('gives anonymous readers of the public API at most 50 per page', async () => {
      process.env.PUBLIC_API = '1'
      try {
        const response = await rest.call('GET', 'departments?depth=0&limit=1000', { headers: from(freshIp()) })
        expect(response.status).toBe(200)
        expect(response.body.docs.length).toBe(50)
      } finally {
        delete process.env.PUBLIC_API
      }
    })

    it('caps depth and page size in the query Payload reads, whatever the spelling', () => {
      const cap = (query: string) => capQuery(new URLSearchParams(query), 50)?.toString() ?? null
      expect(cap('depth=1&limit=20&where[a][equals]=b')).toBeNull()
      expect(new URLSearchParams(cap('depth=9')!).get('depth')).toBe(String(MAX_DEPTH))
      expect(new URLSearchParams(cap('depth[]=9&depth[]=1')!).getAll('depth')).toEqual([String(MAX_DEPTH)])
      expect(new URLSearchParams(cap('limit=1e3')!).get('limit')).toBe('50')
      expect(new URLSearchParams(cap('limit=5&limit=0')!).getAll('limit')).toEqual(['50'])
      const unpaginated = new URLSearchParams(cap('pagination=false&sort=-id')!)
      expect(unpaginated.has('pagination')).toBe(false)
      expect(unpaginated.get('limit')).toBe('50')
      expect(unpaginated.get('sort')).toBe('-id')
    })
  })

  describe('the auth cookie and the request origin (CSRF)', () => {
    let cookie: string
    let draftId: number

    beforeAll(async () => {
      const related = await createRelated(payload)
      const draft = await payload.create({
        collection: 'articles',
        data: { ...validData('articles', related, 1), _status: 'draft' } as never,
        draft: true,
      })
      draftId = draft.id
      const login = await loginFrom(freshIp(), staff.editor.email, passwordOf(staff.editor))
      cookie = `payload-token=${login.body.token}`
    })

    it('sets the cookie HttpOnly, Secure (the admin is https) and SameSite=Lax', async () => {
      const login = await loginFrom(freshIp(), staff.reviewer.email, passwordOf(staff.reviewer))
      const setCookie = login.headers.get('Set-Cookie') ?? ''
      expect(setCookie).toMatch(/payload-token=/)
      expect(setCookie).toMatch(/HttpOnly/i)
      expect(setCookie).toMatch(/Secure/i)
      expect(setCookie).toMatch(/SameSite=Lax/i)
    })

    it('treats a cookie sent from another origin as anonymous: no drafts, no writes', async () => {
      const evil = from(freshIp(), { Cookie: cookie, Origin: 'https://evil.example' })
      expect((await rest.call('GET', `articles/${draftId}?draft=true&depth=0`, { headers: evil })).status).toBe(403)
      expect(
        (await rest.call('PATCH', `articles/${draftId}?draft=true`, { headers: evil, body: { title: '被篡改' } }))
          .status,
      ).toBe(403)
      // Nor may a cookie without any origin (not a browser) stand in for a sign-in.
      expect(
        (
          await rest.call('GET', `articles/${draftId}?draft=true&depth=0`, {
            headers: from(freshIp(), { Cookie: cookie }),
          })
        ).status,
      ).toBe(403)
      const stored = await payload.findByID({ collection: 'articles', id: draftId, draft: true })
      expect(stored.title).not.toBe('被篡改')
    })

    it("accepts the same cookie from the admin's own origin", async () => {
      const own = from(freshIp(), { Cookie: cookie, Origin: ADMIN_ORIGIN })
      const read = await rest.call('GET', `articles/${draftId}?draft=true&depth=0`, { headers: own })
      expect(read.status).toBe(200)
      expect(read.body.id).toBe(draftId)
      const write = await rest.call('PATCH', `articles/${draftId}?draft=true&depth=0`, {
        headers: own,
        body: { title: '编辑修改' },
      })
      expect(write.status).toBe(200)
      const navigation = from(freshIp(), { Cookie: cookie, 'Sec-Fetch-Site': 'same-origin' })
      expect((await rest.call('GET', `articles/${draftId}?draft=true&depth=0`, { headers: navigation })).status).toBe(
        200,
      )
    })

    it('never leaves the origin list empty (which Payload reads as "any origin")', () => {
      expect(payload.config.csrf).toContain(ADMIN_ORIGIN)
      expect(payload.config.csrf).not.toContain('https://evil.example')
      expect(trustedOrigins({})).toEqual(['http://localhost:3000', 'http://127.0.0.1:3000'])
      expect(trustedOrigins({ CMS_PORT: '3100' })).toEqual(['http://localhost:3100', 'http://127.0.0.1:3100'])
      expect(trustedOrigins({ SERVER_URL: 'https://admin.example.gov.cn/admin/' })).toEqual([
        'https://admin.example.gov.cn',
      ])
      expect(() => trustedOrigins({ SERVER_URL: 'admin.example.gov.cn' })).toThrow(/SERVER_URL/)
    })
  })

  describe('anonymous rate limits', () => {
    it('answers 429 with Retry-After to one IP over its limit; other IPs and signed-in users go on', async () => {
      const ip = freshIp()
      for (let n = 0; n < 20; n++) expect((await rest.call('GET', 'users/me', { headers: from(ip) })).status).toBe(200)
      const limited = await rest.call('GET', 'users/me', { headers: from(ip) })
      expect(limited.status).toBe(429)
      const retryAfter = Number(limited.headers.get('Retry-After'))
      expect(retryAfter).toBeGreaterThan(0)
      expect(retryAfter).toBeLessThanOrEqual(60)
      expect(rest.messageOf(limited)).toMatch(/请求过于频繁/)

      expect((await rest.call('GET', 'users/me', { headers: from(freshIp()) })).status).toBe(200)
      expect((await rest.call('GET', 'users/me', { token: tokens.editor, headers: from(ip) })).status).toBe(200)
      // A made-up credential is no way around the limit.
      expect(
        (await rest.call('GET', 'users/me', { headers: from(ip, { Authorization: 'JWT not-a-token' }) })).status,
      ).toBe(429)
      expect(
        (await rest.call('GET', 'users/me', { headers: from(ip, { Cookie: 'payload-token=forged' }) })).status,
      ).toBe(429)
    })

    it('counts no refusal: a flood of refused calls neither meets the limit nor keeps anyone from signing in', async () => {
      const ip = freshIp()
      for (let n = 0; n < 30; n++)
        expect((await rest.call('GET', 'disclosures?limit=100&depth=2', { headers: from(ip) })).status).toBe(403)
      expect((await rest.call('GET', 'users/me', { headers: from(ip) })).status).toBe(200)
    })

    it('keeps the public API read-only and anonymous bodies small', async () => {
      process.env.PUBLIC_API = '1'
      try {
        const write = await rest.call('POST', 'articles', {
          headers: from(freshIp()),
          body: validData('articles', { department: 0, catalogItem: 0, caseId: 0 }, 7),
        })
        expect(write.status).toBe(403)
        expect(
          (await rest.call('DELETE', 'articles?where[id][exists]=true', { headers: from(freshIp()) })).status,
        ).toBe(403)
      } finally {
        delete process.env.PUBLIC_API
      }
      const huge = await rest.call('POST', 'users/login', {
        headers: from(freshIp()),
        body: { email: 'x@example.test', password: 'x'.repeat(200_000) },
      })
      expect(huge.status).toBe(413)
    })

    // Last: it spends the shared budget of every anonymous caller.
    it('caps public-API readers together, whatever X-Forwarded-For says, and never the login screen', async () => {
      process.env.PUBLIC_API = '1'
      try {
        let limited: RestResponse | undefined
        for (let n = 0; n < 450 && !limited; n++) {
          const response = await rest.call('GET', 'articles?depth=0&limit=1', { headers: from(freshIp()) })
          if (response.status === 429) limited = response
        }
        expect(limited?.status).toBe(429)
        expect(rest.messageOf(limited!)).toMatch(/访问人数过多/)
        expect(Number(limited!.headers.get('Retry-After'))).toBeGreaterThan(0)
        expect((await rest.call('GET', 'articles?depth=0&limit=1', { headers: from(freshIp()) })).status).toBe(429)
        // Staff still sign in and work while the public readers wait.
        const ip = freshIp()
        expect((await rest.call('GET', 'users/me', { headers: from(ip) })).status).toBe(200)
        expect((await loginFrom(ip, staff.reviewer.email, passwordOf(staff.reviewer))).status).toBe(200)
        expect(
          (await rest.call('GET', 'articles?depth=0', { token: tokens.admin, headers: from(freshIp()) })).status,
        ).toBe(200)
      } finally {
        delete process.env.PUBLIC_API
      }
    })
  })
})
