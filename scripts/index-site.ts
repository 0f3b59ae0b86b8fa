// Child process of the site build (lib/childScript.ts): builds the search index of a built
// site (lib/indexSite.ts). Input: the site folder.
import { childMain } from './lib/childScript';
import { indexSite } from './lib/indexSite';

await childMain((outDir: string) => indexSite(outDir));
