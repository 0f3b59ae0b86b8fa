import type { PayloadRequest } from 'payload'

/**
 * "Now" for the workflow: the real time, or `req.context.now` (an ISO string) so tests and the
 * scheduler can say when an action happens.
 */
export function nowOf(req: PayloadRequest): Date {
  const injected = req.context?.now
  return typeof injected === 'string' ? new Date(injected) : new Date()
}
