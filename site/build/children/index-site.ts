// Child process of the site build (lib/childScript.ts): builds the search index of a built
// site (lib/indexSite.ts). Input: IndexSiteInput (the site folder, where to keep the records).
import { childMain } from '../child'
import { indexSite, type IndexSiteInput } from '../search/indexSite'

await childMain((input: IndexSiteInput) => indexSite(input))
