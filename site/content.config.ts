// Content Layer collections: one per exported collection (content/<collection>/<id>.json)
// plus the hand-written MDX pages. The contract is docs/content-model.md.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { departmentSchema } from './schemas/organisation';
import { catalogItemSchema, disclosureSchema } from './schemas/catalog';
import { bulletinSchema, caseSchema } from './schemas/warning';
import { articleSchema, brandSchema, exemplarSchema, reminderSchema, themeSchema } from './schemas/culture';
import { pageSchema } from './schemas/pages';
import { calendarYearSchema } from './schemas/calendar';

/** Root of the exported content; the build script points it at any directory. */
const contentDir = process.env.CONTENT_DIR || './content';

/** JSON documents of one exported collection. A missing folder yields an empty collection. */
const json = (name: string) => glob({ pattern: '*.json', base: path.join(contentDir, name) });

/** Hand-written pages: `<contentDir>/pages` when it exists, else the tracked `./content/pages`. */
const pagesDir = existsSync(path.join(contentDir, 'pages')) ? path.join(contentDir, 'pages') : './content/pages';

export const collections = {
  departments: defineCollection({ loader: json('departments'), schema: departmentSchema }),
  'catalog-items': defineCollection({ loader: json('catalog-items'), schema: catalogItemSchema }),
  disclosures: defineCollection({ loader: json('disclosures'), schema: disclosureSchema }),
  cases: defineCollection({ loader: json('cases'), schema: caseSchema }),
  bulletins: defineCollection({ loader: json('bulletins'), schema: bulletinSchema }),
  themes: defineCollection({ loader: json('themes'), schema: themeSchema }),
  reminders: defineCollection({ loader: json('reminders'), schema: reminderSchema }),
  brands: defineCollection({ loader: json('brands'), schema: brandSchema }),
  exemplars: defineCollection({ loader: json('exemplars'), schema: exemplarSchema }),
  articles: defineCollection({ loader: json('articles'), schema: articleSchema }),
  calendar: defineCollection({ loader: json('calendar'), schema: calendarYearSchema }),
  pages: defineCollection({ loader: glob({ pattern: '*.mdx', base: pagesDir }), schema: pageSchema }),
};
