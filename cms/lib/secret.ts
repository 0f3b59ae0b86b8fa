import { randomBytes } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

import { dataDir } from '../../content/shared/paths'
import { PRIVATE_FILE_MODE, privateDir, tighten } from './privateFiles'

/**
 * PAYLOAD_SECRET from the environment; otherwise a random one generated on first use and kept
 * in the git-ignored data folder, so the embedded default needs no configuration and no
 * secret is ever committed.
 */
export function payloadSecret(): string {
  const fromEnv = process.env.PAYLOAD_SECRET
  if (fromEnv) return fromEnv
  const file = path.join(dataDir(), 'payload-secret')
  try {
    const secret = fs.readFileSync(file, 'utf8').trim()
    // Written 0600 since it was first generated, but a copied or restored one may be looser.
    tighten(file, PRIVATE_FILE_MODE)
    return secret
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error
  }
  privateDir(dataDir())
  const secret = randomBytes(32).toString('hex')
  try {
    fs.writeFileSync(file, secret, { mode: PRIVATE_FILE_MODE, flag: 'wx' })
    return secret
  } catch (error) {
    // Another process created it first: use theirs.
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return fs.readFileSync(file, 'utf8').trim()
    throw error
  }
}
