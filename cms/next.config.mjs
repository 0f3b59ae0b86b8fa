import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { withPayload } from '@payloadcms/next/withPayload'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  // One package.json at the repository root: resolve packages and trace files from there.
  turbopack: { root },
  outputFileTracingRoot: root,
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
