// Child process of the site build (../child.ts): renders the portal with the renderer
// bundle (../astro/renderSite.ts). Input: RenderSiteInput; page-input settings from the environment.
import { childMain } from '../child'
import { renderSite, type RenderSiteInput } from '../astro/renderSite'

await childMain((input: RenderSiteInput) => renderSite(input))
