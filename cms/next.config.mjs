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
  // Types are checked by `npm test` (tsc over the whole repository); a type slip must not stop
  // an office from starting its admin.
  typescript: { ignoreBuildErrors: true },
  // The build cache cost a minute of writing on the first start and only pays off when cms/
  // changes, which an office running the product never does.
  experimental: { turbopackFileSystemCacheForBuild: false },
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
