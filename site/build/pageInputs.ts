// What each built page was made from, so a publish can render only the pages whose inputs
// changed (README, "Incremental publishing"). A page's inputs are:
//   - its props from getStaticPaths, summarised as a fingerprint (content entries by their
//     collection, id and digest; everything else by value);
//   - the collections its page code reads while rendering (outside getStaticPaths), noted by
//     `noteRead` in the one place that loads collections (collections.ts).
// Everything else a page depends on — the code, SITE_URL, the build day — is the same for the
// whole build, and the publish pipeline rebuilds everything when one of those changes.
import { createHash, type Hash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { rename, writeFile } from 'node:fs/promises'
import { globalSymbol, readBuildEnv } from './protocol'

/** One built page: fingerprint of its props, the collections it read while rendering, its output file. */
export type PageInputs = [fingerprint: string, reads: string[], file: string]

/** `<file>.pages.json`: the inputs of every page of one build, keyed by URL path. */
export interface PageManifest {
  v: 1
  pages: Record<string, PageInputs>
  /** Paths this build did not render because their inputs were unchanged (copied from the previous build). */
  reused: string[]
}

// The reads of the page being rendered. A plain variable rather than AsyncLocalStorage: that
// hooks every promise and doubled the build time at 10,000 documents. It is exact because a
// tracked build renders one page at a time (astro.config.mjs sets build.concurrency to 1 when
// SITE_PAGE_MANIFEST is set), and trackReads refuses to overlap.
let current: Set<string> | null = null

/** Called whenever page code reads a collection; a no-op outside a page render. */
export function noteRead(collection: string): void {
  current?.add(collection)
}

/** Runs one page render, returning what it produced and the collections it read. */
export async function trackReads<T>(render: () => Promise<T>): Promise<{ value: T; reads: string[] }> {
  if (current) throw new Error('页面输入记录：两个页面同时生成，无法区分各自读取的内容（构建并发应为 1）')
  const reads = (current = new Set<string>())
  try {
    return { value: await render(), reads: [...reads].sort() }
  } finally {
    current = null
  }
}

const isEntry = (value: object): value is { collection: string; id: string; digest: string } =>
  typeof (value as { collection?: unknown }).collection === 'string' &&
  typeof (value as { id?: unknown }).id === 'string' &&
  typeof (value as { digest?: unknown }).digest === 'string'

/**
 * Digests of objects already fingerprinted, by identity. Pages share large props (a
 * collection's facets, its related-case lists), and re-hashing those for every page made the
 * build quadratic. Props are never changed once getStaticPaths has returned them.
 */
const digests = new WeakMap<object, string>()

function feed(hash: Hash, value: unknown, depth: number): void {
  if (value === null || value === undefined) return void hash.update(value === null ? 'n;' : 'u;')
  switch (typeof value) {
    case 'string':
      return void hash.update(`s${value.length}:`).update(value)
    case 'number':
    case 'boolean':
    case 'bigint':
      return void hash.update(`${(typeof value)[0]}${String(value)};`)
    case 'object':
      break
    // Functions in props are code (e.g. an open-data column's formatter), the same in every build
    // made by the same code. Props must not carry closures over content: pass the data itself.
    case 'function':
      return void hash.update(`f${value.toString()};`)
    default:
      throw new Error(`页面输入无法比较（${typeof value}）`)
  }
  if (value instanceof Date) return void hash.update(`D${value.toISOString()};`)
  // A content entry is what its file was: the digest Astro's loader computed from its bytes.
  if (isEntry(value)) return void hash.update(`E${value.collection}/${value.id}@${value.digest};`)
  hash.update(`o${digestOf(value, depth + 1)};`)
}

function digestOf(value: object, depth: number): string {
  const known = digests.get(value)
  if (known) return known
  if (depth > 64) throw new Error('页面输入嵌套过深，可能有循环引用')
  const hash = createHash('sha256')
  if (Array.isArray(value)) {
    hash.update(`[${value.length}:`)
    for (const item of value) feed(hash, item, depth)
  } else if (value instanceof Map || value instanceof Set) {
    hash.update(`${value instanceof Map ? 'M' : 'S'}${value.size}:`)
    for (const item of value instanceof Map ? value.entries() : value.values()) feed(hash, item, depth)
  } else {
    const keys = Object.keys(value).sort()
    hash.update(`{${keys.length}:`)
    for (const key of keys) {
      hash.update(`k${key.length}:${key}`)
      feed(hash, (value as Record<string, unknown>)[key], depth)
    }
  }
  const digest = hash.digest('base64url')
  digests.set(value, digest)
  return digest
}

/** A short stable digest of a page's route and props. */
export function fingerprintOf(route: string, props: unknown): string {
  const hash = createHash('sha256').update(route).update('\u0000')
  feed(hash, props, 0)
  return hash.digest('base64url').slice(0, 22)
}

const decode = (segment: string) => {
  try {
    return decodeURIComponent(segment)
  } catch {
    return segment
  }
}

/**
 * The file a path is written to in a `build.format: 'directory'` site, as Astro names it: a page
 * `/a/b/` → `a/b/index.html`, `/404/` → `404.html`; an endpoint → the path as a file, whether
 * or not Astro's request URL carries a trailing slash (`/data/cases.csv/` → `data/cases.csv`).
 * Whether a route is an endpoint is read from its pattern (`/data/[dataset].csv`: endpoints are
 * the routes whose file name carries an extension), not from the path, where a facet value may
 * hold a dot.
 */
export function outputFileOf(pathname: string, routePattern: string): string {
  const path = pathname.split('/').filter(Boolean).map(decode).join('/')
  if (path === '') return 'index.html'
  if (routePattern === '/404' || routePattern === '/500') return `${path}.html`
  // `[...page]` is a rest parameter, not an extension: look at the literal part of the name.
  const endpoint = (routePattern.split('/').filter(Boolean).at(-1) ?? '').replace(/\[[^\]]*\]/g, '').includes('.')
  return endpoint ? path : `${path}/index.html`
}

/** Where the build that is running keeps what it learns (protocol.ts); writePageManifest writes it out. */
const MANIFEST_KEY = globalSymbol('pageManifest')

/**
 * The page-input bookkeeping of one build, from its environment: SITE_PAGE_MANIFEST (where to
 * write this build's manifest; without it nothing is tracked), SITE_PREVIOUS_PAGES (the
 * manifest of the build being updated) and SITE_CHANGED_COLLECTIONS (the collections whose
 * content differs from that build's, comma separated).
 */
export class PageInputsSession {
  readonly manifest: PageManifest = { v: 1, pages: {}, reused: [] }
  constructor(
    private readonly previous: PageManifest | null,
    private readonly changed: Set<string>,
  ) {}

  /** The previous inputs of a page that may be reused as it is, or null when it must be rendered. */
  reusable(pathname: string, fingerprint: string): PageInputs | null {
    const before = this.previous?.pages[pathname]
    if (!before || before[0] !== fingerprint || before[1].some((c) => this.changed.has(c))) return null
    return before
  }

  record(pathname: string, inputs: PageInputs, reused: boolean): void {
    if (this.manifest.pages[pathname]) throw new Error(`同一路径生成了两次：${pathname}`)
    this.manifest.pages[pathname] = inputs
    if (reused) this.manifest.reused.push(pathname)
  }
}

/**
 * The session of the build running in this process, opened on first use from its environment
 * (see PageInputsSession), or null when the build records no page inputs. Shared through
 * globalThis: the page renderer (astro/renderSite.ts) and the middleware in its bundle
 * are separate copies of this module.
 */
export function openPageInputsSession(): PageInputsSession | null {
  const store = globalThis as { [MANIFEST_KEY]?: PageInputsSession }
  if (store[MANIFEST_KEY]) return store[MANIFEST_KEY]
  const env = readBuildEnv()
  if (!env.pageManifest) return null
  const previous = env.previousPages ? (JSON.parse(readFileSync(env.previousPages, 'utf8')) as PageManifest) : null
  return (store[MANIFEST_KEY] = new PageInputsSession(previous, new Set(env.changedCollections)))
}

/**
 * Writes the manifest of this process's build to SITE_PAGE_MANIFEST (atomically), once every
 * page is done: called by the page renderer and, for `astro build`, by the page-manifest
 * integration. False when the build records no page inputs.
 */
export async function writePageManifest(): Promise<boolean> {
  const file = readBuildEnv().pageManifest
  if (!file) return false
  const session = (globalThis as { [MANIFEST_KEY]?: PageInputsSession })[MANIFEST_KEY]
  if (!session) throw new Error('页面清单：本次构建没有经过页面中间件，无法记录页面输入')
  const temp = `${file}.${process.pid}.tmp`
  await writeFile(temp, JSON.stringify(session.manifest))
  await rename(temp, file)
  return true
}
