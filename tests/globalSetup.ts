import { compileScripts } from '../scripts/compile.mjs'

export default async function setup(): Promise<void> {
  await compileScripts()
}
