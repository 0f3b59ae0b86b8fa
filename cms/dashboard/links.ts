import type { PublicCollection } from '../../content/model/collections'

/** The admin's edit view of a document. */
export const editUrl = (adminRoute: string, collection: PublicCollection, id: number | string): string =>
  `${adminRoute}/collections/${collection}/${encodeURIComponent(String(id))}`

/** The admin's form for a new document. */
export const createUrl = (adminRoute: string, collection: PublicCollection): string =>
  `${adminRoute}/collections/${collection}/create`

/** The admin's form of a global (the 工作日历). */
export const globalUrl = (adminRoute: string, slug: string): string => `${adminRoute}/globals/${slug}`
