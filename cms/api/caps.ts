/** Largest `depth` any REST request gets (also Payload's maxDepth). */
export const MAX_DEPTH = 2
/** Largest page: anonymous callers, and signed-in ones (the admin's list offers up to 100 per page). */
export const MAX_LIMIT_ANONYMOUS = 50
export const MAX_LIMIT_SIGNED_IN = 100

/** The parameter a query-string key sets, as qs reads it: `depth[0]` and `depth[x]` set `depth`. */
const baseName = (key: string) => key.split('[')[0]

const CAPPED = new Set(['depth', 'limit', 'pagination'])

/**
 * Caps what one REST request may make Payload read: `depth` at most MAX_DEPTH, `limit` at most
 * `maxLimit` (and never 0, which Payload reads as "no limit"), and no `pagination=false`
 * (replaced by one full page). Returns the capped query, or null when it needs no change.
 */
export function capQuery(search: URLSearchParams, maxLimit: number): URLSearchParams | null {
  const values = new Map<string, string[]>()
  for (const [key, value] of search) {
    const name = baseName(key)
    if (CAPPED.has(name)) values.set(name, [...(values.get(name) ?? []), key === name ? value : ''])
  }
  if (values.size === 0) return null

  // A repeated or bracketed parameter becomes an array for qs, which Payload then ignores or
  // misreads: only a single plain value is honoured, within the cap.
  const single = (name: string): number | null => {
    const given = values.get(name)
    if (!given || given.length !== 1 || !/^\s*\d+\s*$/.test(given[0])) return null
    return Number(given[0])
  }
  const depth = single('depth')
  const limit = single('limit')
  const unpaginated = values.has('pagination')

  const capped = new URLSearchParams()
  for (const [key, value] of search) if (!CAPPED.has(baseName(key))) capped.append(key, value)
  if (values.has('depth')) capped.set('depth', String(Math.min(depth ?? MAX_DEPTH, MAX_DEPTH)))
  if (values.has('limit') || unpaginated)
    capped.set('limit', String(limit && limit > 0 ? Math.min(limit, maxLimit) : maxLimit))

  const withinCaps =
    !unpaginated &&
    (!values.has('depth') || (depth !== null && depth <= MAX_DEPTH)) &&
    (!values.has('limit') || (limit !== null && limit > 0 && limit <= maxLimit))
  return withinCaps ? null : capped
}
