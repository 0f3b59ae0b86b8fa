import { z } from 'zod'
import { dateOnly } from './fields'

/** YAML turns an unquoted 2025-11-27 into a Date at UTC midnight: take its UTC calendar day back. */
const yamlDate = z.union([dateOnly, z.date().transform((d) => d.toISOString().slice(0, 10))])

/** Frontmatter of a hand-written page in `content/pages/<slug>.mdx`. */
export const pageSchema = z.object({
  /** 标题, the page heading and `<title>`. */
  title: z.string().min(1),
  /** 描述, the meta description. */
  description: z.string().min(1),
  /** 更新日期 shown under the heading (`YYYY-MM-DD`). */
  updated: yamlDate,
})
