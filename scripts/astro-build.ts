// Child process of the site build (lib/childScript.ts): runs Astro's build (lib/astroBuild.ts).
import { childMain } from './lib/childScript'
import { runAstroBuild, type AstroBuildInput } from './lib/astroBuild'

await childMain((input: AstroBuildInput) => runAstroBuild(input))
