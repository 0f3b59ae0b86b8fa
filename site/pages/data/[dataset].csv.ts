import type { APIRoute, GetStaticPaths } from 'astro'
import { DATASETS, datasetRecords, toCsv, type Dataset } from '../../lib/openData'

export const getStaticPaths = (() =>
  DATASETS.map((dataset) => ({ params: { dataset: dataset.slug }, props: { dataset } }))) satisfies GetStaticPaths

export const GET: APIRoute<{ dataset: Dataset }> = async ({ props }) =>
  new Response(toCsv(props.dataset, await datasetRecords(props.dataset)), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8' },
  })
