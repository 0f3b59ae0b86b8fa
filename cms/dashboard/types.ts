import type { PublicCollection } from '../../content/model/collections'
import type { WorkflowState } from '../fields/options'

/** A document the dashboard names, with what it takes to link to its edit view. */
export type DocRef = { collection: PublicCollection; id: number | string; title: string }

/** The workflow fields of a document's latest version. */
export type WorkflowInfo = {
  workflow: WorkflowState | null
  publishAt: string | null
  reviewComment: string | null
  workflowBy: string | null
  updatedAt: string
}
