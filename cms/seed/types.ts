/**
 * Seed records as plain objects. Relationships are named by natural key (a department's name,
 * a case's title, a catalogue item's "一级事项 / 二级事项"); cms/seed/index.ts resolves them
 * to ids. Select fields hold the ASCII option values, typed from the generated payload-types.ts
 * so a schema change fails the typecheck here instead of at seed time.
 */
import type { Article, Bulletin, Case, CatalogItem, Department, Disclosure, Reminder, Theme } from '../payload-types'
import type { Block } from './lexical'

export type Level = Department['level']

/** A record with `draft: true` is saved as a draft (never published) to show the workflow. */
export type Draftable = { draft?: true }

export type DepartmentSeed = {
  name: string
  code: string
  level: Level
  parent?: string
  region: string
  description?: string
}

export type Channel = NonNullable<CatalogItem['channels']>[number]

export type Domain = CatalogItem['domain']

export type CatalogItemSeed = {
  primaryItem: string
  secondaryItem: string
  category: CatalogItem['category']
  domain: Domain
  content: Block[]
  basis?: string
  timeLimit: { text: string; workingDays?: number }
  procedure?: string
  department: string
  channels: Channel[]
  audience: CatalogItem['audience']
  mode: CatalogItem['mode']
  updateCycle?: string
}

/** "一级事项 / 二级事项": how disclosures name their catalogue item. */
export const catalogKey = (item: { primaryItem: string; secondaryItem: string }): string =>
  `${item.primaryItem} / ${item.secondaryItem}`

export type DisclosureSeed = {
  title: string
  catalogItem: string
  department: string
  subject?: string
  documentNumber?: string
  writtenDate?: string
  publishDate: string
  keywords?: string
  validity: Disclosure['validity']
  body: Block[]
}

export type Discipline = NonNullable<Case['violationTypes']>[number]
export type EightRulesType = NonNullable<Case['eightRulesTypes']>[number]

/** One person of a demo case, every fact in a bulletin's words. */
export type PersonSeed = {
  name: string
  unit?: string
  position?: string
  partyMember?: 'yes' | 'no'
  partySanction?: string
  governmentSanction?: string
  measures?: string[]
  otherMeasures?: string[]
  referred?: boolean
  criminalOutcome?: string
}

export type CaseSeed = Draftable & {
  title: string
  persons: PersonSeed[]
  department?: string
  level?: Level
  cadreLevel?: Case['cadreLevel']
  region?: string
  violationTypes: Discipline[]
  eightRulesTypes?: EightRulesType[]
  facts: Block[]
  /** As published: 2024年1月18日, 2025年9月 or 2025年; left out when not published. */
  decisionDate?: string
  source?: { kind: 'own' | 'forwarded'; issuer?: string; title?: string; date?: string; url?: string }
  accountability?: string
}

export type BulletinSeed = {
  title: string
  kind: Bulletin['kind']
  year: number
  quarter?: 1 | 2 | 3 | 4
  issuer: string
  cases: string[]
  causeAnalysis: Block[]
  requirements: Block[]
  publishDate: string
}

export type VenueType = NonNullable<Theme['activities']>[number]['venueType']

export type ThemeSeed = Draftable & {
  month: string
  title: string
  summary: string
  body: Block[]
  activities: { venueType: VenueType; date: string; place: string; description: string }[]
  materials: { title: string; url?: string }[]
}

export type Occasion = NonNullable<Reminder['occasion']>

export type ReminderSeed = Draftable & {
  week: string
  title?: string
  message: string
  body?: Block[]
  occasion?: Occasion
  channels: NonNullable<Reminder['channels']>
}

export type BrandSeed = { name: string; region: string; department?: string; summary: string; body: Block[] }

export type ExemplarSeed = { name: string; unitPosition: string; year: number; summary: string; body: Block[] }

export type ArticleSeed = {
  title: string
  kind: Article['kind']
  summary: string
  body: Block[]
  publishDate: string
  source?: string
}
