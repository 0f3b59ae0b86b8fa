// Records what every page is built from, and — when a publish updates an earlier build — skips
// the pages whose inputs did not change (lib/pageInputs.ts). A skipped page answers with an
// empty body, which Astro does not write; the publish pipeline then links the earlier build's
// file in its place. Without SITE_PAGE_MANIFEST (dev server, plain `astro build`) it does nothing.
import { defineMiddleware } from 'astro:middleware'
import { fingerprintOf, openPageInputsSession, outputFileOf, trackReads } from './build/pageInputs'

export const onRequest = defineMiddleware(async (context, next) => {
  const session = openPageInputsSession()
  if (!session) return next()
  const pathname = context.url.pathname
  const fingerprint = fingerprintOf(context.routePattern, context.props)
  const file = outputFileOf(pathname, context.routePattern)
  const before = session.reusable(pathname, fingerprint)
  if (before && before[2] === file) {
    session.record(pathname, before, true)
    return new Response(null)
  }
  // The body is read inside the tracking scope: page code runs while Astro streams it.
  const { value, reads } = await trackReads(async () => {
    const response = await next()
    return { response, body: await response.arrayBuffer() }
  })
  session.record(pathname, [fingerprint, reads, file], false)
  return new Response(value.body, {
    status: value.response.status,
    statusText: value.response.statusText,
    headers: value.response.headers,
  })
})
