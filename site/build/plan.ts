import fs from 'node:fs/promises'

import { buildSidecars, type BuildSiteOptions } from './buildSite'
import { changedFolders } from './contentHash'

/** What a publish knows about the content and code it is about to build. */
export interface BuildInputs {
  contentFolders: Record<string, string>
  codeKey: string
  today: string
}

/** What the publish pipeline recorded of the live build (its manifest): the inputs it was made from. */
export type PreviousInputs = Partial<BuildInputs>

export type BuildPlan =
  { kind: 'incremental'; previous: NonNullable<BuildSiteOptions['previous']> } | { kind: 'full'; reason: string }

/**
 * Whether a publish may update the live build instead of rebuilding every page. Reusing a page
 * is only sound when everything it was made from, other than content, is the same: the code
 * and settings (codeKey) and the day — time limits, overdue marks and "this month" are
 * computed for the build day, so the first publish of a day renders every page. PUBLISH_FULL=1
 * forces a full build.
 */
export async function planBuild(
  live: string | null,
  manifest: PreviousInputs | null,
  now: BuildInputs,
): Promise<BuildPlan> {
  if (process.env.PUBLISH_FULL === '1') return { kind: 'full', reason: '已设置 PUBLISH_FULL=1' }
  if (!live || !manifest) return { kind: 'full', reason: '还没有线上版本' }
  if (!manifest.contentFolders || !manifest.codeKey || !manifest.today)
    return { kind: 'full', reason: '线上版本没有记录构建输入' }
  if (manifest.codeKey !== now.codeKey) return { kind: 'full', reason: '网站代码、配置或依赖已变化' }
  if (manifest.today !== now.today)
    return { kind: 'full', reason: `日期已变化（${manifest.today} → ${now.today}），期限与逾期状态需按今天重算` }
  const sidecars = buildSidecars(live)
  const present = await Promise.all(
    Object.values(sidecars).map((file) =>
      fs.access(file).then(
        () => true,
        () => false,
      ),
    ),
  )
  if (present.includes(false)) return { kind: 'full', reason: '线上版本缺少页面清单' }
  return {
    kind: 'incremental',
    previous: { dir: live, sidecars, changedCollections: changedFolders(manifest.contentFolders, now.contentFolders) },
  }
}
