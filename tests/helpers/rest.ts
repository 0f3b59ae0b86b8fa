import type { User } from '../../cms/payload-types'
import { passwordOf } from './users'

export type RestResponse = { status: number; body: Record<string, any> }

export type RestCall = (
  method: 'GET' | 'POST' | 'PATCH' | 'DELETE',
  /** Below /api, with the query string, e.g. `articles/3?draft=true`. */
  path: string,
  options?: { token?: string | null; body?: unknown; form?: FormData },
) => Promise<RestResponse>

export type RestClient = {
  call: RestCall
  /** Signs in through POST /api/users/login (accounts made by tests/helpers/users.ts). */
  login: (user: Pick<User, 'email'>) => Promise<string>
  /** The Chinese message(s) of an error response, one per line. */
  messageOf: (response: RestResponse) => string
}

/**
 * The REST API exactly as the admin serves it: the route handlers of
 * cms/app/(payload)/api/[...slug]/route.ts (`@payloadcms/next/routes`), called in-process with
 * a Fetch Request and the route params Next would pass, so no Next server is needed. Call
 * after startTestPayload (the config reads its environment when first imported).
 */
export async function createRestClient(): Promise<RestClient> {
  const { default: config } = await import('../../cms/payload.config')
  const routes = await import('@payloadcms/next/routes')
  const handlers = {
    GET: routes.REST_GET(config),
    POST: routes.REST_POST(config),
    PATCH: routes.REST_PATCH(config),
    DELETE: routes.REST_DELETE(config),
  }

  const call: RestCall = async (method, path, { token, body, form } = {}) => {
    const url = new URL(`http://localhost/api/${path}`)
    const headers = new Headers()
    if (token) headers.set('Authorization', `JWT ${token}`)
    if (body !== undefined) headers.set('Content-Type', 'application/json')
    const request = new Request(url, { method, headers, body: form ?? (body === undefined ? undefined : JSON.stringify(body)) })
    const slug = url.pathname.replace(/^\/api\//, '').split('/').map(decodeURIComponent)
    const response = await handlers[method](request, { params: Promise.resolve({ slug }) })
    const text = await response.text()
    return { status: response.status, body: text ? JSON.parse(text) : {} }
  }

  const login = async (user: Pick<User, 'email'>) => {
    const response = await call('POST', 'users/login', { body: { email: user.email, password: passwordOf(user) } })
    if (response.status !== 200 || !response.body.token) throw new Error(`登录失败 ${user.email}: ${response.status} ${JSON.stringify(response.body)}`)
    return response.body.token as string
  }

  const messageOf = (response: RestResponse) =>
    ((response.body.errors ?? []) as { message?: string; data?: { errors?: { message?: string }[] } }[])
      .flatMap((error) => [error.message ?? '', ...(error.data?.errors ?? []).map((detail) => detail.message ?? '')])
      .join('\n')

  return { call, login, messageOf }
}
