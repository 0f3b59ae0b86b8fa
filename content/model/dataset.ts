// Columns every open dataset starts with.
import type { DatasetColumn } from './define'
import { detailUrl } from './urls'

export const commonColumns = <D>(slug: string): DatasetColumn<D>[] => [
  { key: 'id', label: '编号', description: '记录的永久编号，与网址中的编号相同', value: (doc) => doc.id },
  {
    key: 'url',
    label: '网址',
    description: '记录在本站的永久网址（站内路径）',
    value: (doc) => detailUrl(slug, doc.id),
  },
]

/** The name of a linked document, or null when it is not published. */
export const refName = (ref: { name: string } | null) => ref?.name ?? null
