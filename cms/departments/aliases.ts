// A unit's 简称 and 别称 (责任单位.aliases): what search treats as the same name as its 全称.
// Proposed from the curated dictionary (content/model/searchTerms.ts) when a unit is created
// without any — by an import, the demo seed or an editor who left the field alone. Each one is
// kept as written (like every text field); only blank entries and repeats are dropped.
import type { CollectionBeforeChangeHook } from 'payload'
import { proposeUnitAliases } from '../../content/model/searchTerms'

export const tidyAliases = (aliases: unknown): string[] => {
  const seen = new Set<string>()
  const kept: string[] = []
  for (const alias of Array.isArray(aliases) ? aliases : []) {
    if (typeof alias !== 'string' || !alias.trim() || seen.has(alias.trim())) continue
    seen.add(alias.trim())
    kept.push(alias)
  }
  return kept
}

export const aliasesOnSave: CollectionBeforeChangeHook = ({ data, operation }) => {
  if (!data || !('name' in data || 'aliases' in data)) return data
  const proposed = operation === 'create' && data.aliases === undefined
  data.aliases = tidyAliases(proposed ? proposeUnitAliases(String(data.name ?? '')) : data.aliases)
  return data
}
