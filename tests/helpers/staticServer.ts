import type { AddressInfo } from 'node:net'

import { createStaticServer } from '../../scripts/lib/serveStatic'

/** Serves a built site on a free loopback port (the same server `npm start` uses). */
export async function serveSite(dir: string): Promise<{ url: string; close: () => Promise<void> }> {
  const server = createStaticServer(dir)
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  }
}
