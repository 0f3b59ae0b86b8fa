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
// How a reader's query meets the index, for the search benchmarks (bench/lib/searchQuality.ts).
export { type PortalSearch } from '../lib/searchClient'
export { urlOfFile } from '../lib/searchExtract'
export { normalizeSearchText, queryTerms } from '../lib/searchText'
