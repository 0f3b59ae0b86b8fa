import type { CollectionSlug, Payload, PayloadRequest } from 'payload'

type Id = number | string
type Doc = Record<string, unknown> & { id: Id }

const idOf = (value: unknown): Id | null =>
  value == null ? null : typeof value === 'object' ? ((value as { id?: Id }).id ?? null) : (value as Id)

/** Every document of a collection at depth 0, latest version (drafts included), in one query. */
export async function loadAll(payload: Payload, collection: CollectionSlug, req: PayloadRequest): Promise<Doc[]> {
  const { docs } = await payload.find({
    collection,
    draft: true,
    depth: 0,
    pagination: false,
    overrideAccess: true,
    req,
  })
  return docs as unknown as Doc[]
}

const norm = (text: string) => text.replace(/\s+/g, '').replace(/（/g, '(').replace(/）/g, ')')

export type Found = { id: Id } | { error: string }

/**
 * The documents other rows point at, found by what people write in a spreadsheet instead of
 * ids: a unit by its name or code, a 目录事项 by 一级事项/二级事项 within its unit, a case by its
 * title, a quarterly bulletin by year and quarter. Loaded once, so a file of 100,000 rows makes
 * a handful of queries, not one per cell.
 */
export class Lookups {
  private departmentsByName = new Map<string, Doc>()
  private departmentsByCode = new Map<string, Doc>()
  private departmentsById = new Map<string, Doc>()
  private items: Doc[] = []
  private casesByTitle = new Map<string, Doc[]>()
  private quarterly = new Map<string, Doc>()

  static async load(payload: Payload, req: PayloadRequest, needs: Set<CollectionSlug>): Promise<Lookups> {
    const lookups = new Lookups()
    if (needs.has('departments')) {
      for (const doc of await loadAll(payload, 'departments', req)) lookups.addDepartment(doc)
    }
    if (needs.has('catalog-items')) lookups.items = await loadAll(payload, 'catalog-items', req)
    if (needs.has('cases')) {
      for (const doc of await loadAll(payload, 'cases', req)) {
        const key = norm(String(doc.title ?? ''))
        lookups.casesByTitle.set(key, [...(lookups.casesByTitle.get(key) ?? []), doc])
      }
    }
    if (needs.has('bulletins')) {
      for (const doc of await loadAll(payload, 'bulletins', req)) {
        if (doc.kind === 'quarterly') lookups.quarterly.set(`${doc.year}-${doc.quarter}`, doc)
      }
    }
    return lookups
  }

  addDepartment(doc: Doc): void {
    this.departmentsById.set(String(doc.id), doc)
    this.departmentsByName.set(norm(String(doc.name ?? '')), doc)
    if (doc.code) this.departmentsByCode.set(norm(String(doc.code)).toUpperCase(), doc)
  }

  /** Whether making `parent` the 上级单位 of `unit` would make a unit its own ancestor. */
  wouldCycle(unit: Id, parent: Id): boolean {
    const seen = new Set<string>()
    for (let at: Id | null = parent; at !== null; at = idOf(this.departmentsById.get(String(at))?.parent)) {
      if (String(at) === String(unit)) return true
      if (seen.has(String(at))) return false
      seen.add(String(at))
    }
    return false
  }

  /** A unit by its full name or its code. */
  department(value: string): Found {
    const doc = this.departmentsByName.get(norm(value)) ?? this.departmentsByCode.get(norm(value).toUpperCase())
    return doc ? { id: doc.id } : { error: `找不到单位「${value}」（按单位名称或单位代码查找）；请先导入责任单位` }
  }

  /** The unit a name or code means, when there is one (for in-file checks). */
  departmentDoc(value: string): Doc | undefined {
    return this.departmentsByName.get(norm(value)) ?? this.departmentsByCode.get(norm(value).toUpperCase())
  }

  /**
   * A 目录事项 written as 一级事项/二级事项 (or 二级事项 alone), looked for among the items of
   * `departmentId` first — the same 二级事项 often exists for every unit — then among all units'
   * when that finds exactly one.
   */
  catalogItem(value: string, departmentId: Id | null, primary?: string): Found {
    // With a 一级事项 of its own the value is the whole 二级事项, which may itself contain a slash.
    const parts = primary ? [norm(value)] : value.split(/[/／>＞]/).map((part) => norm(part))
    const secondary = parts.at(-1) ?? ''
    const first = primary ? norm(primary) : parts.length > 1 ? parts[0] : undefined
    const matches = this.items.filter(
      (item) =>
        norm(String(item.secondaryItem ?? '')) === secondary &&
        (first === undefined || norm(String(item.primaryItem ?? '')) === first),
    )
    const own =
      departmentId === null ? [] : matches.filter((item) => String(idOf(item.department)) === String(departmentId))
    const candidates = own.length > 0 ? own : matches
    if (candidates.length === 1) return { id: candidates[0].id }
    const written = first ? `${first}/${secondary}` : secondary
    if (candidates.length === 0)
      return { error: `找不到目录事项「${written}」；请先导入公开目录清单（写法：一级事项/二级事项）` }
    return {
      error: `目录事项「${written}」有 ${candidates.length} 个，无法确定是哪一个；请写明“一级事项/二级事项”，并填写发文机关`,
    }
  }

  /** A case by its exact title. */
  caseByTitle(value: string): Found {
    const found = this.casesByTitle.get(norm(value)) ?? []
    if (found.length === 1) return { id: found[0].id }
    if (found.length === 0) return { error: `找不到标题为「${value}」的案例；请先导入案例` }
    return { error: `标题为「${value}」的案例有 ${found.length} 个，无法确定是哪一个` }
  }

  /** A quarterly bulletin written as 2025年第1季度, 2025-Q1 or 2025Q1. */
  quarterlyBulletin(value: string): Found & { cases?: Id[] } {
    const match = /^(\d{4})\s*(?:年|-)?\s*(?:第|Q|q)?\s*([1-4一二三四])\s*(?:季度)?$/.exec(value.trim())
    if (!match) return { error: `所属通报「${value}」无法识别，请写成 2025年第1季度 或 2025-Q1` }
    const quarter = '一二三四'.includes(match[2]) ? '一二三四'.indexOf(match[2]) + 1 : Number(match[2])
    const doc = this.quarterly.get(`${match[1]}-${quarter}`)
    if (!doc) return { error: `找不到 ${match[1]} 年第 ${quarter} 季度的季度警示通报；请先导入通报` }
    return { id: doc.id, cases: ((doc.cases as unknown[]) ?? []).map(idOf).filter((id): id is Id => id !== null) }
  }
}
