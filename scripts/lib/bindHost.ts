import { isIP } from 'node:net'

const HOSTNAME = /^(?=.{1,253}$)[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?(\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)*$/i

/**
 * The address a server listens on, from the environment variable `name` (`CMS_HOST`,
 * `SITE_HOST`): an IP address or a host name, without scheme or port. An IPv6 address may be
 * written in brackets. A wrong value stops start-up with what to write instead.
 */
export function bindHost(
  name: string,
  fallback: string,
  env: Record<string, string | undefined> = process.env,
): string {
  const raw = (env[name] ?? '').trim()
  if (!raw) return fallback
  const value = raw.replace(/^\[(.*)\]$/, '$1')
  if (isIP(value) || HOSTNAME.test(value)) return value
  const hint =
    /^[a-z]+:\/\//i.test(raw) || /:\d+$/.test(raw)
      ? '：只写地址，不要带 http:// 或端口（端口用 CMS_PORT / SITE_PORT）'
      : ''
  throw new Error(
    `${name}=「${raw}」不是有效的监听地址${hint}。请填 IP 地址（如 127.0.0.1、0.0.0.0、::1）或主机名（如 localhost）`,
  )
}

/** Listening on every interface: no one address to open it at. */
export const isWildcard = (host: string): boolean => host === '0.0.0.0' || host === '::'

/** `host:port` as it goes into a URL (IPv6 in brackets). */
export const urlHost = (host: string, port: number): string => `${isIP(host) === 6 ? `[${host}]` : host}:${port}`

/** Only this machine can connect. */
export const isLoopback = (host: string): boolean =>
  host === 'localhost' || host === '::1' || (isIP(host) === 4 && host.startsWith('127.'))

/** Where this machine itself reaches a server listening on `host`. */
export const localAddress = (host: string): string => (host === '::' ? '::1' : host === '0.0.0.0' ? '127.0.0.1' : host)
