// A unit's 简称 and 别称 (责任单位.aliases): what search treats as the same name as its 全称.
// Proposed from the curated dictionary (content/model/searchTerms.ts) when a unit is created
// without any — by an import, the demo seed or an editor who left the field alone — and kept
// tidy on every save: trimmed, once each, never the 全称 itself.
import type { CollectionBeforeChangeHook } from 'payload'
import { proposeUnitAliases } from '../../content/model/searchTerms'

export const tidyAliases = (name: unknown, aliases: unknown): string[] => {
  const full = typeof name === 'string' ? name.replace(/\s+/g, '') : ''
  const seen = new Set<string>()
  for (const alias of Array.isArray(aliases) ? aliases : []) {
    if (typeof alias !== 'string') continue
    const tidy = alias.replace(/\s+/g, ' ').trim()
    if (tidy && tidy.replace(/\s+/g, '') !== full) seen.add(tidy)
  }
  return [...seen]
}

export const aliasesOnSave: CollectionBeforeChangeHook = ({ data, operation }) => {
  if (!data || !('name' in data || 'aliases' in data)) return data
  const proposed = operation === 'create' && data.aliases === undefined
  data.aliases = tidyAliases(data.name, proposed ? proposeUnitAliases(String(data.name ?? '')) : data.aliases)
  return data
}
