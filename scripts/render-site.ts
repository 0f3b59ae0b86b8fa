// Child process of the site build (lib/childScript.ts): renders the portal with the renderer
// bundle (lib/renderSite.ts). Input: RenderSiteInput; page-input settings from the environment.
import { childMain } from './lib/childScript'
import { renderSite, type RenderSiteInput } from './lib/renderSite'

await childMain((input: RenderSiteInput) => renderSite(input))
