// Child process of the site build (../child.ts): builds the search index of a built
// site (../search/indexSite.ts). Input: IndexSiteInput (the site folder, where to keep the records).
import { childMain } from '../child'
import { indexSite, type IndexSiteInput } from '../search/indexSite'

await childMain((input: IndexSiteInput) => indexSite(input))
