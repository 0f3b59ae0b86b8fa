/**
 * Whether anonymous callers may read the REST API at all. The portal is static and needs no
 * API, so it is off unless an office turns on a read-only public API for open-data users
 * (`PUBLIC_API=1`); even then it shows only what the portal shows (published documents, no
 * workflow fields) under the caps and rate limit of cms/api/.
 */
export const publicApiEnabled = (): boolean => process.env.PUBLIC_API === '1'
