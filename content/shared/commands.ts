// How any stage starts one of the project's commands in a process of its own: the command's
// compiled entry point (scripts/<name>.ts → .build/scripts/<name>.mjs, scripts/compile.mjs),
// named here once instead of spelled as a path by each caller.
import { spawn, type ChildProcess, type SpawnOptions } from 'node:child_process'
import path from 'node:path'

import { rootDir } from './paths'

/** The compiled entry point of a command (`publish`, or a build child such as `children/render-site`). */
export const commandFile = (name: string): string => path.join(rootDir, '.build', 'scripts', `${name}.mjs`)

/** Starts a command with the arguments it takes on the command line (`npm start` compiles it first). */
export function startCommand(name: string, args: string[], options: SpawnOptions = {}): ChildProcess {
  return spawn(process.execPath, [commandFile(name), ...args], { cwd: rootDir, ...options })
}
