import { zh } from '@payloadcms/translations/languages/zh'
import { executeAuthStrategies, getPayload, type SanitizedConfig } from 'payload'
import { parseCookies } from 'payload/shared'

import { publicApiEnabled } from '../lib/publicApi'
import { capQuery, MAX_LIMIT_ANONYMOUS, MAX_LIMIT_SIGNED_IN } from './caps'
import { clientIp } from './clientIp'
import { rateLimiters, take } from './limits'

type RouteContext = { params: Promise<{ slug?: string[] }> }
export type RouteHandler = (request: Request, context: RouteContext) => Promise<Response>

/**
 * What the admin's login, first-register and password-reset screens call before anyone is
 * signed in (Payload's LoginForm, CreateFirstUser, ForgotPassword/ResetPassword forms and the
 * Auth provider's me/refresh-token/logout/access calls). Everything else needs PUBLIC_API=1.
 */
const SIGNED_OUT_ENDPOINTS = [
  'login',
  'logout',
  'me',
  'init',
  'first-register',
  'forgot-password',
  'reset-password',
  'refresh-token',
]

/** Answers counted against the per-IP login limit: failed sign-ins and failed password resets. */
const LOGIN_ENDPOINTS = ['login', 'reset-password']

/** The largest body an anonymous caller may send (a login or a password reset is a few hundred bytes). */
const MAX_ANONYMOUS_BODY = 64 * 1024

const methodOverride = (request: Request) =>
  request.headers.get('X-Payload-HTTP-Method-Override') ?? request.headers.get('X-HTTP-Method-Override')

/** A read: GET, HEAD, or a POST that asks to be read as a GET (the admin's relationship fields). */
const isRead = (request: Request) =>
  request.method === 'GET' ||
  request.method === 'HEAD' ||
  (request.method === 'POST' && methodOverride(request) === 'GET')

/**
 * The request with its body read into memory, or null when the body is larger than an
 * anonymous caller may send — found out while reading, so a large or endless body (with or
 * without Content-Length) is never read whole.
 */
async function withSmallBody(request: Request): Promise<Request | null> {
  if (Number(request.headers.get('content-length') ?? 0) > MAX_ANONYMOUS_BODY) return null
  const reader = request.body!.getReader()
  const chunks: Uint8Array[] = []
  let size = 0
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    size += value.byteLength
    if (size > MAX_ANONYMOUS_BODY) {
      await reader.cancel()
      return null
    }
    chunks.push(value)
  }
  return new Request(request.url, {
    method: request.method,
    headers: request.headers,
    body: Buffer.concat(chunks),
    signal: request.signal,
  })
}

const jsonError = (status: number, message: string, headers: Record<string, string> = {}) =>
  Response.json({ errors: [{ message }] }, { status, headers })

const tooMany = (retryAfter: number, message: string) =>
  jsonError(429, `${message}请 ${retryAfter} 秒后再试。`, { 'Retry-After': String(retryAfter) })

/**
 * Whether the request is from a signed-in user, decided exactly as Payload will decide it
 * (token signature, session, and for the cookie the CSRF origin list) — a made-up
 * Authorization header must not buy a way around the anonymous limits. Requests without any
 * credential skip the lookup.
 */
async function isSignedIn(request: Request, config: SanitizedConfig): Promise<boolean> {
  const hasCookie = parseCookies(request.headers).has(`${config.cookiePrefix}-token`)
  if (!hasCookie && !request.headers.has('authorization')) return false
  const payload = await getPayload({ config, cron: true })
  const { user } = await executeAuthStrategies({ headers: request.headers, payload })
  return Boolean(user)
}

/**
 * The same request with a capped query. A POST that asks to be read as a GET
 * (X-HTTP-Method-Override, used by the admin's relationship fields) carries its query in a
 * form body, which Payload would append to the URL: it becomes a plain GET with that query,
 * capped like any other.
 */
async function cappedRequest(request: Request, maxLimit: number): Promise<Request> {
  const url = new URL(request.url)
  const override = methodOverride(request)
  const formQuery =
    request.method === 'POST' &&
    override === 'GET' &&
    request.headers.get('Content-Type') === 'application/x-www-form-urlencoded'
  if (formQuery) {
    for (const [key, value] of new URLSearchParams(await request.text())) url.searchParams.append(key, value)
    const capped = capQuery(url.searchParams, maxLimit)
    if (capped) url.search = capped.toString()
    const headers = new Headers(request.headers)
    for (const name of ['X-Payload-HTTP-Method-Override', 'X-HTTP-Method-Override', 'Content-Type', 'Content-Length'])
      headers.delete(name)
    return new Request(url, { method: 'GET', headers, signal: request.signal })
  }
  const capped = capQuery(url.searchParams, maxLimit)
  if (!capped) return request
  url.search = capped.toString()
  const hasBody = request.method !== 'GET' && request.method !== 'HEAD'
  return new Request(url, {
    method: request.method,
    headers: request.headers,
    body: hasBody ? request.body : undefined,
    signal: request.signal,
    ...(hasBody ? { duplex: 'half' } : {}),
  } as RequestInit)
}

/**
 * Wraps a REST route handler (cms/app/(payload)/api/[...slug]/route.ts) with the admin's
 * perimeter: anonymous callers are rate-limited per IP and all together, and without
 * PUBLIC_API reach only the sign-in endpoints; failed logins are limited per IP across
 * accounts; every request's depth and page size are capped.
 */
export function guardRest(
  handler: RouteHandler,
  configPromise: Promise<SanitizedConfig> | SanitizedConfig,
): RouteHandler {
  return async (incoming, context) => {
    let request = incoming
    const config = await configPromise
    const slug = (await context.params).slug ?? []
    const authCollection = config.admin.user
    const endpoint = slug[0] === authCollection && slug.length === 2 ? slug[1] : null
    const ip = clientIp(request.headers)
    const limiters = rateLimiters()

    const signedIn = await isSignedIn(request, config)
    if (!signedIn) {
      const signInScreen =
        (endpoint !== null && SIGNED_OUT_ENDPOINTS.includes(endpoint)) || (slug.length === 1 && slug[0] === 'access')
      // The public API is read-only: anonymous writes reach Payload (which reads the whole body
      // before access control refuses it) only on the sign-in screens.
      const publicRead = publicApiEnabled() && isRead(request)
      if (!signInScreen && !publicRead && request.method !== 'OPTIONS') {
        // Refused before anything is counted: a refusal costs nothing, and counting refusals
        // in the shared budget would let a flood of them lock staff out of the login page.
        // Payload's own wording, so a caller sees one message whichever layer refused.
        return jsonError(403, zh.translations.error.notAllowedToPerformAction)
      }
      if (!isRead(request) && request.body) {
        const small = await withSmallBody(request)
        if (!small) return jsonError(413, '请求内容过大。')
        request = small
      }
      const own = await take(limiters.perIp, ip)
      if (own) {
        if (own.first)
          console.warn(
            `[接口] 匿名请求超出每 IP 限额：${ip}，${own.retryAfter} 秒内拒绝（API_RATE_LIMIT=${limiters.perIp.points}/分钟）`,
          )
        return tooMany(own.retryAfter, '请求过于频繁，')
      }
      // The shared cap protects the database from public-API readers with many addresses; the
      // sign-in screens stay out of it (they have the per-IP login limit and the account lockout),
      // so nobody can use it up to keep staff from signing in.
      if (!signInScreen) {
        const all = await take(limiters.allAnonymous, 'all')
        if (all) {
          if (all.first)
            console.warn(
              `[接口] 全部匿名请求超出总限额，${all.retryAfter} 秒内拒绝（API_GLOBAL_RATE_LIMIT=${limiters.allAnonymous.points}/分钟；最近来自 ${ip}）`,
            )
          return tooMany(all.retryAfter, '访问人数过多，')
        }
      }
    }

    const countsAsLogin = request.method === 'POST' && endpoint !== null && LOGIN_ENDPOINTS.includes(endpoint)
    if (countsAsLogin) {
      // Only failures count (an office behind one NAT address signs in many times a day), and a
      // success gives none back: signing in to one's own account between guesses buys nothing.
      const failures = await limiters.loginPerIp.get(ip)
      if (failures && failures.consumedPoints >= limiters.loginPerIp.points) {
        const retryAfter = Math.max(1, Math.ceil(failures.msBeforeNext / 1000))
        return tooMany(retryAfter, '登录尝试过于频繁，')
      }
    }

    const response = await handler(
      await cappedRequest(request, signedIn ? MAX_LIMIT_SIGNED_IN : MAX_LIMIT_ANONYMOUS),
      context,
    )
    if (countsAsLogin && !response.ok) {
      const after = await limiters.loginPerIp.penalty(ip, 1)
      if (after.consumedPoints === limiters.loginPerIp.points) {
        console.warn(
          `[登录] ${ip} 登录失败次数过多，${Math.ceil(after.msBeforeNext / 1000)} 秒内拒绝（LOGIN_RATE_LIMIT=${limiters.loginPerIp.points}/15 分钟）`,
        )
      }
    }
    return response
  }
}
