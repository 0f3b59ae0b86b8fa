// Child process of the site build (lib/childScript.ts): runs Astro's build (lib/astroBuild.ts).
import { childMain } from '../child'
import { runAstroBuild, type AstroBuildInput } from '../astro/astroBuild'

await childMain((input: AstroBuildInput) => runAstroBuild(input))
