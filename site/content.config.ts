// Content Layer collections: one per exported collection (content/<collection>/<id>.json, the
// schemas of content/model/) plus the hand-written MDX pages. The contract is docs/content-model.md.
import { existsSync } from 'node:fs'
import path from 'node:path'
import { defineCollection } from 'astro:content'
import { glob } from 'astro/loaders'
import type { z } from 'astro/zod'
import { jsonCollections, type JsonCollectionName } from '../content/model/schemas'
import { pageSchema } from '../content/model/pages'
import { readBuildEnv } from './build/protocol'

/** Root of the exported content; the build script points it at any directory. */
const contentDir = readBuildEnv().contentDir || './content'

/** JSON documents of one exported collection. A missing folder yields an empty collection. */
const json = <S extends z.ZodTypeAny>(name: string, schema: S) =>
  defineCollection({ loader: glob({ pattern: '*.json', base: path.join(contentDir, name) }), schema })

type JsonCollections = {
  [K in JsonCollectionName]: (typeof jsonCollections)[K] extends infer S extends z.ZodTypeAny
    ? ReturnType<typeof json<S>>
    : never
}

/** Hand-written pages: `<contentDir>/pages` when it exists, else the tracked `./content/pages`. */
const pagesDir = existsSync(path.join(contentDir, 'pages')) ? path.join(contentDir, 'pages') : './content/pages'

export const collections = {
  ...(Object.fromEntries(
    Object.entries(jsonCollections).map(([name, schema]) => [name, json(name, schema)]),
  ) as JsonCollections),
  pages: defineCollection({ loader: glob({ pattern: '*.mdx', base: pagesDir }), schema: pageSchema }),
}
