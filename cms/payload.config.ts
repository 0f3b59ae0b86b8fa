import path from 'node:path'

import { zh } from '@payloadcms/translations/languages/zh'
import { buildConfig } from 'payload'
import sharp from 'sharp'

import { collections } from './collections'
import { databaseAdapter } from './db/adapter'
import { runMigrations } from './db/runMigrations'
import { startScheduler } from './workflow/scheduler'
import { portalEditor } from './fields/editor'
import { MAX_DEPTH } from './api/caps'
import { serverUrl, trustedOrigins } from './auth/origins'
import { WorkCalendar } from './globals/WorkCalendar'
import { rootDir } from '../content/shared/paths'
import { payloadSecret } from './lib/secret'

// From the root, not import.meta.url: the scripts run this config from a bundle in .build/.
const dirname = path.join(rootDir, 'cms')

export default buildConfig({
  admin: {
    user: 'users',
    // The built-in avatar: Gravatar would leak editors' e-mail hashes and fails on closed networks.
    avatar: 'default',
    importMap: { baseDir: dirname, importMapFile: path.resolve(dirname, 'app/(payload)/admin/importMap.js') },
    meta: { titleSuffix: ' · 崇德倡廉管理后台' },
    dateFormat: 'yyyy-MM-dd HH:mm',
    timezones: {
      defaultTimezone: 'Asia/Shanghai',
      supportedTimezones: [{ label: '北京时间', value: 'Asia/Shanghai' }],
    },
    // 编辑工作台 above the collection cards: review queue, themes, reminders, column freshness, 公开时限.
    components: {
      beforeDashboard: ['/components/EditorsDashboard#EditorsDashboard'],
      // 粘贴通报: a pasted notice → case and 通报 drafts (cms/cases/pasteNotice.ts).
      views: { pasteNotice: { Component: '/components/paste/PasteNoticeView#PasteNoticeView', path: '/paste-notice' } },
    },
  },
  i18n: { supportedLanguages: { zh }, fallbackLanguage: 'zh' },
  collections,
  globals: [WorkCalendar],
  editor: portalEditor,
  secret: payloadSecret(),
  // The admin's public origin (SERVER_URL) and the only origins whose requests may carry the
  // auth cookie or read responses cross-origin: never an empty list, which Payload reads as "any".
  serverURL: serverUrl(),
  csrf: trustedOrigins(),
  cors: trustedOrigins(),
  // The same cap cms/api/ puts on a REST request's depth, for every other way in.
  maxDepth: MAX_DEPTH,
  // Attachments are PDFs and images; the parser stops a larger upload before it fills memory
  // (the same 50 MB as the reverse proxy's client_max_body_size in README).
  upload: { limits: { fileSize: 50 * 1024 * 1024 } },
  db: await databaseAdapter(),
  sharp,
  // The portal is static and reads exported files; GraphQL would only widen the attack surface.
  graphQL: { disable: true },
  telemetry: false,
  typescript: { outputFile: path.resolve(dirname, 'payload-types.ts') },
  onInit: async (payload) => {
    await runMigrations(payload)
    // 定时发布 runs in the long-lived admin server only (`npm start` sets SCHEDULER=1).
    if (process.env.SCHEDULER === '1') startScheduler(payload)
  },
})
