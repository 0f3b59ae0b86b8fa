/**
 * The caller's address for rate limiting. The admin listens on loopback behind a reverse
 * proxy that sets X-Forwarded-For to $remote_addr; a proxy that appends instead puts the
 * address it saw last, so the rightmost entry is the one a proxy wrote. Without a proxy,
 * Next sets the header only when the client sent none — a client can then choose its
 * "address", which is why anonymous traffic also has a global cap (cms/api/limits.ts).
 */
export function clientIp(headers: Headers): string {
  const forwarded = headers.get('x-forwarded-for')
  const last = forwarded?.split(',').map((entry) => entry.trim()).filter(Boolean).at(-1)
  return last || headers.get('x-real-ip')?.trim() || 'unknown'
}
