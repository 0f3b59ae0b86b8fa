/**
 * The caller's address for rate limiting. The admin listens on loopback behind a reverse
 * proxy that sets X-Forwarded-For to $remote_addr; a proxy that appends instead puts the
 * address it saw last, so the rightmost entry is the one a proxy wrote. Without a proxy,
 * Next sets the header only when the client sent none — a client can then choose its
 * "address", which is why anonymous traffic also has a global cap (cms/api/limits.ts).
 */
export function clientIp(headers: Headers): string {
  const forwarded = headers.get('x-forwarded-for')
  const last = forwarded
    ?.split(',')
    .map((entry) => entry.trim())
    .filter(Boolean)
    .at(-1)
  return rateKey(last || headers.get('x-real-ip')?.trim() || 'unknown')
}

/**
 * One counter per client: an IPv4 address, or an IPv6 /64 — one household or server gets a
 * whole /64 and could otherwise take a new address for every request.
 */
export function rateKey(address: string): string {
  const ip = address.replace(/^::ffff:(?=\d+\.\d+\.\d+\.\d+$)/i, '')
  if (!ip.includes(':')) return ip
  const [head, tail = ''] = ip.toLowerCase().split('::')
  const left = head ? head.split(':') : []
  const right = tail ? tail.split(':') : []
  const groups = ip.includes('::')
    ? [...left, ...Array(Math.max(0, 8 - left.length - right.length)).fill('0'), ...right]
    : left
  return `${groups
    .slice(0, 4)
    .map((group) => group.replace(/^0+(?=.)/, ''))
    .join(':')}::/64`
}
