// Open data (数据开放): the catalogue, disclosures, cases and bulletins as JSON and as CSV that
// Excel opens correctly (UTF-8 with BOM). One definition per dataset drives both files and the
// field documentation on /data/.
import { loadCollection, type Entry } from './collections'
import { csvCell, type CsvValue } from './csv'
import { MODEL, DATASET_COLLECTIONS, type DatasetCollection, type DataOf } from '../../content/model/collections'
import type { DatasetColumn } from '../../content/model/define'

type Value = CsvValue

export type Column<C extends DatasetCollection> = DatasetColumn<DataOf<C>>

export interface Dataset<C extends DatasetCollection = DatasetCollection> {
  slug: string
  title: string
  collection: C
  columns: readonly Column<C>[]
}

/** The datasets, in the collections' order: each is its descriptor's `dataset` (content/model/collections/). */
export const DATASETS = DATASET_COLLECTIONS.map((collection) => {
  const { title, columns } = MODEL[collection].dataset
  return { slug: collection, title, collection, columns }
}) as Dataset[]

/** Rows of a dataset: one object per published record, keyed by column key. */
export async function datasetRecords(dataset: Dataset): Promise<Record<string, Value>[]> {
  const entries = (await loadCollection(dataset.collection)) as Entry<DatasetCollection>[]
  return entries.map((entry) =>
    Object.fromEntries(dataset.columns.map((c) => [c.key, (c.value as (e: Entry<DatasetCollection>) => Value)(entry)])),
  )
}

export function toJson(dataset: Dataset, records: Record<string, Value>[]): string {
  const fields = dataset.columns.map(({ key, label, description }) => ({ key, label, description }))
  return `${JSON.stringify({ dataset: dataset.slug, title: dataset.title, fields, records }, null, 2)}\n`
}

/** UTF-8 with a byte-order mark and CRLF line ends: Excel on Chinese Windows reads it as UTF-8. */
export function toCsv(dataset: Dataset, records: Record<string, Value>[]): string {
  const lines = [dataset.columns.map((c) => csvCell(c.label)).join(',')]
  for (const record of records) lines.push(dataset.columns.map((c) => csvCell(record[c.key])).join(','))
  return `\uFEFF${lines.join('\r\n')}\r\n`
}
