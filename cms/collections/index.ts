import type { CollectionConfig, CollectionSlug } from 'payload'

import { PUBLIC_COLLECTIONS } from '../../content/model/collections'

import { Articles } from './Articles'
import { Brands } from './Brands'
import { Bulletins } from './Bulletins'
import { CatalogItems } from './CatalogItems'
import { Cases } from './Cases'
import { Departments } from './Departments'
import { Disclosures } from './disclosures'
import { Exemplars } from './Exemplars'
import { Media } from './Media'
import { PublishRuns } from './PublishRuns'
import { Reminders } from './Reminders'
import { Themes } from './Themes'
import { Users } from './Users'
import { WorkflowEvents } from './WorkflowEvents'

/** Every collection, in the order the admin navigation lists them (grouped 公开目录 → 系统). */
export const collections: CollectionConfig[] = [
  // 公开目录
  Departments,
  CatalogItems,
  Disclosures,
  // 警示通报
  Cases,
  Bulletins,
  // 廉政文化
  Themes,
  Reminders,
  Brands,
  Exemplars,
  Articles,
  // 系统
  Media,
  WorkflowEvents,
  PublishRuns,
  Users,
]

// Every descriptor's slug is a collection of this config (payload-types.ts knows them all):
// tests/unit/content-model-collections.test.ts checks the two lists hold the same slugs in order.
PUBLIC_COLLECTIONS satisfies readonly CollectionSlug[]
