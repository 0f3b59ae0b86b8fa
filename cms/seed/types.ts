/**
 * Seed records as plain objects. Relationships are named by natural key (a department's name,
 * a case's title, a catalogue item's "一级事项 / 二级事项"); cms/seed/index.ts resolves them
 * to ids. Select fields hold the ASCII option values of docs/content-model.md.
 */
import type { Block } from './lexical'

export type Level = 'city' | 'county' | 'town' | 'village'

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

export type Channel = 'website' | 'board' | 'newspaper' | 'newmedia' | 'hall' | 'radio'

export type Domain =
  | 'engineering'
  | 'procurement'
  | 'land'
  | 'mining'
  | 'state-assets'
  | 'medical'
  | 'admin-power'
  | 'budget'
  | 'three-public'
  | 'five-lists'
  | 'evaluation'
  | 'rectification'
  | 'party-building'
  | 'personnel'
  | 'other'

export type CatalogItemSeed = {
  primaryItem: string
  secondaryItem: string
  category: 'party' | 'government' | 'service'
  domain: Domain
  content: Block[]
  basis?: string
  timeLimit: { text: string; workingDays?: number }
  procedure?: string
  department: string
  channels: Channel[]
  audience: 'public' | 'specific'
  mode: 'proactive' | 'request'
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
  validity: 'valid' | 'expired' | 'repealed'
  body: Block[]
}

export type Discipline = 'political' | 'organizational' | 'integrity' | 'mass' | 'work' | 'life' | 'eight-rules'
export type EightRulesType =
  | 'gifts'
  | 'travel'
  | 'dining'
  | 'consumption'
  | 'clubs'
  | 'car'
  | 'weddings'
  | 'allowances'
export type PartySanction = 'warning' | 'serious-warning' | 'removal' | 'probation' | 'expulsion'
export type GovernmentSanction = 'warning' | 'demerit' | 'major-demerit' | 'demotion' | 'dismissal' | 'expulsion'

export type CaseSeed = Draftable & {
  title: string
  subject: string
  unitPosition: string
  department?: string
  level: Level
  region: string
  violationTypes: Discipline[]
  eightRulesTypes?: EightRulesType[]
  facts: Block[]
  partySanction?: PartySanction
  governmentSanction?: GovernmentSanction
  referred?: boolean
  confiscation?: string
  accountability?: string
  decisionDate: string
}

export type BulletinSeed = {
  title: string
  kind: 'quarterly' | 'typical' | 'special'
  year: number
  quarter?: 1 | 2 | 3 | 4
  issuer: string
  cases: string[]
  causeAnalysis: Block[]
  requirements: Block[]
  publishDate: string
}

export type VenueType = 'enterprise' | 'school' | 'community' | 'market' | 'village'

export type ThemeSeed = Draftable & {
  month: string
  title: string
  summary: string
  body: Block[]
  activities: { venueType: VenueType; date: string; place: string; description: string }[]
  materials: { title: string; url?: string }[]
}

export type Occasion = 'newyear' | 'spring' | 'lantern' | 'qingming' | 'labor' | 'dragon' | 'midautumn' | 'national'

export type ReminderSeed = Draftable & {
  week: string
  title?: string
  message: string
  body?: Block[]
  occasion?: Occasion
  channels: ('web' | 'sms' | 'weibo' | 'wechat')[]
}

export type BrandSeed = { name: string; region: string; department?: string; summary: string; body: Block[] }

export type ExemplarSeed = { name: string; unitPosition: string; year: number; summary: string; body: Block[] }

export type ArticleSeed = {
  title: string
  kind: 'news' | 'culture'
  summary: string
  body: Block[]
  publishDate: string
  source?: string
}
