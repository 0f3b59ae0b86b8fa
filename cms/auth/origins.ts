/**
 * Where the admin is reached from. Payload accepts the auth cookie only from a request whose
 * Origin is in `csrf` — but an empty list accepts every origin, so the list is never empty:
 * the public origin from SERVER_URL (behind the reverse proxy), otherwise the loopback
 * origins `npm start` prints.
 */

type Env = Record<string, string | undefined>

const cmsPort = (env: Env): string => env.CMS_PORT || '3000'

/** SERVER_URL as an origin (`https://admin.example.gov.cn`), or '' when unset. */
export function serverUrl(env: Env = process.env): string {
  const value = env.SERVER_URL?.trim()
  if (!value) return ''
  let url: URL
  try {
    url = new URL(value)
  } catch {
    throw new Error(`SERVER_URL=${value} 不是有效的网址：应为管理后台的公开地址，如 https://admin.example.gov.cn`)
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new Error(`SERVER_URL=${value} 须以 https:// 或 http:// 开头`)
  }
  // Only the origin: browsers send no path in Origin, and the list is compared as text.
  return url.origin
}

/** The origins whose requests may carry the auth cookie (Payload's `csrf`, and `cors`). */
export function trustedOrigins(env: Env = process.env): string[] {
  const server = serverUrl(env)
  if (server) return [server]
  return [`http://localhost:${cmsPort(env)}`, `http://127.0.0.1:${cmsPort(env)}`]
}

/** Auth cookies over HTTPS only once the admin's public origin is HTTPS. */
export const secureCookies = (env: Env = process.env): boolean => serverUrl(env).startsWith('https://')
