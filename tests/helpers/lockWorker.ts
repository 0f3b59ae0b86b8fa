/**
 * A process that takes the publish lock each time its parent writes a line: it records
 * `enter <name>` and `exit <name>` in the file LOCK_TRACE around its time holding the lock,
 * then answers `done`. Bundled and run by tests/unit/publish-lock.test.ts.
 */
import { appendFileSync } from 'node:fs'
import { createInterface } from 'node:readline'
import { setTimeout as sleep } from 'node:timers/promises'

import { withPublishLock } from '../../scripts/lib/publishLock'

const name = process.argv[2]
const trace = process.env.LOCK_TRACE!

for await (const _line of createInterface({ input: process.stdin })) {
  try {
    await withPublishLock(
      async () => {
        appendFileSync(trace, `enter ${name}\n`)
        await sleep(2)
        appendFileSync(trace, `exit ${name}\n`)
      },
      { timeoutMs: 20_000 },
    )
    process.stdout.write('done\n')
  } catch (error) {
    process.stdout.write(`error ${(error as Error).message}\n`)
  }
}
