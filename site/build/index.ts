// The site build's public API: everything that turns a content/ folder into a site folder —
// page renderer, `astro build` fallback, page manifests, incremental plan, search index — is
// behind these names. Code outside site/ imports this file (and the contract in content/) only:
// scripts/lint/eslint.config.mjs refuses any other import of site/.
export {
  buildSidecars,
  buildSite,
  countHtml,
  type BuildEngine,
  type BuildSidecars,
  type BuildSiteOptions,
  type BuildSiteResult,
} from './buildSite'
export { changedFolders, contentHash, contentSnapshot } from './contentHash'
export { siteCodeKey } from './codeKey'
export { planBuild, type BuildInputs, type BuildPlan, type PreviousInputs } from './plan'
// How a reader's query meets the index, for the search benchmarks (bench/lib/searchQuality.ts,
// bench/search-pagefind.ts, which gives Pagefind the very records this index reads).
export { type PortalSearch } from '../lib/searchClient'
export { extractSearchRecord, urlOfFile, type SearchRecord } from '../lib/searchExtract'
export { buildSearchIndex } from '../lib/searchIndex'
export { normalizeSearchText, queryTerms, searchableText } from '../lib/searchText'
