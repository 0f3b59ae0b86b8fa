import type { User } from '../../cms/payload-types'
import { passwordOf } from './users'

export type RestResponse = { status: number; body: Record<string, any>; headers: Headers }

export type RestCall = (
  method: 'GET' | 'POST' | 'PATCH' | 'DELETE',
  /** Below /api, with the query string, e.g. `articles/3?draft=true`. */
  path: string,
  options?: {
    token?: string | null
    body?: unknown
    form?: FormData
    /** Extra request headers, e.g. X-Forwarded-For (the caller's address), Origin, Cookie. */
    headers?: Record<string, string>
  },
) => Promise<RestResponse>

export type RestClient = {
  call: RestCall
  /** Signs in through POST /api/users/login (accounts made by tests/helpers/users.ts). */
  login: (user: Pick<User, 'email'>) => Promise<string>
  /** The Chinese message(s) of an error response, one per line. */
  messageOf: (response: RestResponse) => string
}

/**
 * The REST API exactly as the admin serves it: the route handlers exported by
 * cms/app/(payload)/api/[...slug]/route.ts (Payload's, behind the guard of cms/api/), called
 * in-process with a Fetch Request and the route params Next would pass, so no Next server is
 * needed. Call after startTestPayload (the config reads its environment when first imported).
 * Anonymous calls are rate-limited per X-Forwarded-For (cms/api/limits.ts): a call that names
 * no address comes from a new one, so only tests that mean to meet the per-IP limit do.
 */
let addresses = 0
/** 198.18.0.0/15 (RFC 2544, for benchmarks): never a real caller. */
const nextAddress = () => {
  addresses += 1
  return `198.18.${Math.floor(addresses / 250) % 250}.${addresses % 250}`
}

export async function createRestClient(): Promise<RestClient> {
  const handlers = await import('../../cms/app/(payload)/api/[...slug]/route')

  const call: RestCall = async (method, path, { token, body, form, headers: extra } = {}) => {
    const url = new URL(`http://localhost/api/${path}`)
    const headers = new Headers(extra)
    if (!headers.has('X-Forwarded-For')) headers.set('X-Forwarded-For', nextAddress())
    if (token) headers.set('Authorization', `JWT ${token}`)
    if (body !== undefined) headers.set('Content-Type', 'application/json')
    const request = new Request(url, {
      method,
      headers,
      body: form ?? (body === undefined ? undefined : JSON.stringify(body)),
    })
    const slug = url.pathname
      .replace(/^\/api\//, '')
      .split('/')
      .map(decodeURIComponent)
    const response = await handlers[method](request, { params: Promise.resolve({ slug }) })
    const text = await response.text()
    return { status: response.status, body: text ? JSON.parse(text) : {}, headers: response.headers }
  }

  const login = async (user: Pick<User, 'email'>) => {
    const response = await call('POST', 'users/login', { body: { email: user.email, password: passwordOf(user) } })
    if (response.status !== 200 || !response.body.token)
      throw new Error(`登录失败 ${user.email}: ${response.status} ${JSON.stringify(response.body)}`)
    return response.body.token as string
  }

  const messageOf = (response: RestResponse) =>
    ((response.body.errors ?? []) as { message?: string; data?: { errors?: { message?: string }[] } }[])
      .flatMap((error) => [error.message ?? '', ...(error.data?.errors ?? []).map((detail) => detail.message ?? '')])
      .join('\n')

  return { call, login, messageOf }
}
