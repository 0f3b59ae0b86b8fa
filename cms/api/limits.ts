import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible'

/**
 * The REST API's limits. Counters live in the admin server's memory (one process, see
 * scripts/start.ts): a restart forgets them, which only ever helps a legitimate user.
 */

function setting(name: string, fallback: number): number {
  const raw = process.env[name]
  if (raw === undefined || raw === '') return fallback
  const value = Number(raw)
  if (!Number.isInteger(value) || value < 1) throw new Error(`${name}=${raw} 无效：应为正整数`)
  return value
}

const MINUTE = 60
const LOGIN_WINDOW = 15 * MINUTE

type Limiters = { perIp: RateLimiterMemory; allAnonymous: RateLimiterMemory; loginPerIp: RateLimiterMemory }
let limiters: Limiters | undefined

/** Created on first use, so the settings are read from the environment the server runs with. */
export function rateLimiters(): Limiters {
  limiters ??= {
    perIp: new RateLimiterMemory({ keyPrefix: 'api-ip', points: setting('API_RATE_LIMIT', 60), duration: MINUTE }),
    allAnonymous: new RateLimiterMemory({
      keyPrefix: 'api-all',
      points: setting('API_GLOBAL_RATE_LIMIT', 600),
      duration: MINUTE,
    }),
    loginPerIp: new RateLimiterMemory({
      keyPrefix: 'login-ip',
      points: setting('LOGIN_RATE_LIMIT', 10),
      duration: LOGIN_WINDOW,
    }),
  }
  return limiters
}

/** Takes one point; the seconds to wait when none is left, otherwise null. */
export async function take(
  limiter: RateLimiterMemory,
  key: string,
): Promise<{ retryAfter: number; first: boolean } | null> {
  try {
    await limiter.consume(key)
    return null
  } catch (rejection) {
    if (!(rejection instanceof RateLimiterRes)) throw rejection
    return {
      retryAfter: Math.max(1, Math.ceil(rejection.msBeforeNext / 1000)),
      first: rejection.consumedPoints === limiter.points + 1,
    }
  }
}
