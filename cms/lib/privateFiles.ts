import fs from 'node:fs'

/**
 * The database, its journal, the generated secret and backups hold personal data and
 * credentials: they are for the user running the portal only, whatever the umask (the usual
 * 022 would leave them readable to every account on the machine).
 */
export const PRIVATE_DIR_MODE = 0o700
export const PRIVATE_FILE_MODE = 0o600

const octal = (mode: number) => (mode & 0o777).toString(8).padStart(4, '0')

/** Tightens an existing file or folder to `mode` if anyone else may read it; false when it does not exist. */
export function tighten(target: string, mode: number, log: (line: string) => void = console.log): boolean {
  let stat: fs.Stats
  try {
    stat = fs.statSync(target)
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return false
    throw error
  }
  if (stat.mode & 0o077 & ~mode) {
    fs.chmodSync(target, mode)
    log(
      `[数据] ${target} 的权限原为 ${octal(stat.mode)}，其他用户可以读取，已收紧为 ${octal(mode)}（其中有数据库、密钥或备份）`,
    )
  }
  return true
}

/** Creates `dir` (and missing parents) for the owner only, or tightens it if it exists. */
export function privateDir(dir: string, log?: (line: string) => void): void {
  fs.mkdirSync(dir, { recursive: true, mode: PRIVATE_DIR_MODE })
  tighten(dir, PRIVATE_DIR_MODE, log)
}

/** Creates an empty `file` for the owner only unless it exists; an existing one is tightened. */
export function privateFile(file: string, log?: (line: string) => void): void {
  try {
    fs.closeSync(fs.openSync(file, 'wx', PRIVATE_FILE_MODE))
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error
    tighten(file, PRIVATE_FILE_MODE, log)
  }
}
