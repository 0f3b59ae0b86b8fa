// Child process of the site build (../child.ts): runs Astro's build (../astro/astroBuild.ts).
import { childMain } from '../child'
import { runAstroBuild, type AstroBuildInput } from '../astro/astroBuild'

await childMain((input: AstroBuildInput) => runAstroBuild(input))
