// Content Layer collections: one per exported collection (content/<collection>/<id>.json)
// plus the hand-written MDX pages. The contract is docs/content-model.md.
import { existsSync } from 'node:fs'
import path from 'node:path'
import { defineCollection } from 'astro:content'
import { glob } from 'astro/loaders'
import { jsonCollections } from './schemas/collections'
import { pageSchema } from './schemas/pages'

/** Root of the exported content; the build script points it at any directory. */
const contentDir = process.env.CONTENT_DIR || './content'

/** JSON documents of one exported collection. A missing folder yields an empty collection. */
const json = (name: string) => glob({ pattern: '*.json', base: path.join(contentDir, name) })

/** Hand-written pages: `<contentDir>/pages` when it exists, else the tracked `./content/pages`. */
const pagesDir = existsSync(path.join(contentDir, 'pages')) ? path.join(contentDir, 'pages') : './content/pages'

export const collections = {
  departments: defineCollection({ loader: json('departments'), schema: jsonCollections.departments }),
  'catalog-items': defineCollection({ loader: json('catalog-items'), schema: jsonCollections['catalog-items'] }),
  disclosures: defineCollection({ loader: json('disclosures'), schema: jsonCollections.disclosures }),
  cases: defineCollection({ loader: json('cases'), schema: jsonCollections.cases }),
  bulletins: defineCollection({ loader: json('bulletins'), schema: jsonCollections.bulletins }),
  themes: defineCollection({ loader: json('themes'), schema: jsonCollections.themes }),
  reminders: defineCollection({ loader: json('reminders'), schema: jsonCollections.reminders }),
  brands: defineCollection({ loader: json('brands'), schema: jsonCollections.brands }),
  exemplars: defineCollection({ loader: json('exemplars'), schema: jsonCollections.exemplars }),
  articles: defineCollection({ loader: json('articles'), schema: jsonCollections.articles }),
  calendar: defineCollection({ loader: json('calendar'), schema: jsonCollections.calendar }),
  pages: defineCollection({ loader: glob({ pattern: '*.mdx', base: pagesDir }), schema: pageSchema }),
}
