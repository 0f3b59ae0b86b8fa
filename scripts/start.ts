/**
 * `npm start`: the whole product on one machine. Checks the database, applies migrations, seeds
 * the demo content on first run (not in production unless asked), creates the first
 * administrator, publishes the portal, then serves the portal (SITE_HOST:SITE_PORT, default
 * 127.0.0.1:4321) and the admin (CMS_HOST:CMS_PORT, default 127.0.0.1:3000).
 */
import { spawn } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'

import { ensureCalendar } from '../cms/calendar/ensureCalendar'
import { databaseTarget, redactUri } from '../cms/db/databaseUri'
import { payloadSecret } from '../cms/lib/secret'
import { ensureAdminBuild, nextBin } from './lib/adminBuild'
import { ensureAdmin, type AdminAccount } from './lib/adminUser'
import { bindHost, isLoopback, isWildcard, localAddress, urlHost } from './lib/bindHost'
import { checkDatabase } from './lib/checkDatabase'
import { demoContentDecision } from './lib/demoContent'
import { currentLiveBuild } from './lib/liveSite'
import { liveDir, rootDir } from './lib/publishPaths'
import { createStaticServer } from './lib/serveStatic'
import { waitForHttp } from './lib/waitForHttp'

const log = (line: string) => console.log(line)

function port(name: string, fallback: number): number {
  const value = Number(process.env[name] ?? fallback)
  if (!Number.isInteger(value) || value < 1 || value > 65535)
    throw new Error(`${name}=${process.env[name]} 不是有效端口号`)
  return value
}

async function prepareContent(demo: { seed: boolean; reason: string }): Promise<AdminAccount> {
  // Loaded only now, after DATABASE_URI and the secret are settled.
  const { default: config } = await import('@payload-config')
  const { getPayload } = await import('payload')
  const { seed } = await import('../cms/seed')
  const { liveMatchesContent, publishRun } = await import('./lib/publishRun')
  const payload = await getPayload({ config })
  try {
    // First run = no user yet. Seeding only then means a demo document an editor deleted
    // does not come back on the next start; the admin is created after the seed, so an
    // interrupted first run is completed by the next one.
    const firstRun = (await payload.count({ collection: 'users', overrideAccess: true })).totalDocs === 0
    if (firstRun) log(`[启动] ${demo.reason}`)
    const seeded = firstRun && demo.seed ? await seed(payload, { log }) : { created: 0 }
    if (!firstRun) log('[启动] 沿用已有数据库，不再写入演示数据')
    // Not demo data: a database upgraded from before the 工作日历 existed needs it too.
    if (await ensureCalendar(payload)) log('[启动] 工作日历：已载入法定节假日安排')
    const account = await ensureAdmin(payload)
    const live = await currentLiveBuild()
    // Compared with what is live, not with the last export: a failed run or a rollback leaves
    // content/ ahead of the live site.
    const stale =
      !live ||
      seeded.created > 0 ||
      !(await liveMatchesContent(payload, {
        onWait: (owner) => log(`[发布] 发布任务（进程 ${owner.pid || '未知'}）正在进行，等它结束后再检查网站是否最新…`),
      }))
    if (stale) {
      const run = await publishRun(payload, live ? '启动时发现内容有变化' : '首次启动')
      // With a live site to serve, a failed run must not keep editors out of the admin.
      if (run.result !== 'success' && !live) throw new Error(`网站发布失败：${run.error}`)
      if (run.result !== 'success') log('[发布] 继续提供上一版网站；请在后台修正后重新发布')
    } else {
      log('[发布] 线上网站已是最新')
    }
    return account
  } finally {
    await payload.destroy().catch(() => undefined)
  }
}

async function main() {
  if (fs.existsSync(path.join(rootDir, '.env'))) process.loadEnvFile(path.join(rootDir, '.env'))
  const cmsPort = port('CMS_PORT', 3000)
  const sitePort = port('SITE_PORT', 4321)
  // Loopback by default: the admin belongs behind a TLS reverse proxy, and so does the
  // built-in site server (README, Deployment). Checked before any slow step.
  const cmsHost = bindHost('CMS_HOST', '127.0.0.1')
  const siteHost = bindHost('SITE_HOST', '127.0.0.1')
  const demo = demoContentDecision()
  const target = databaseTarget()
  log(
    `[启动] 数据库：${target.kind === 'sqlite' ? `SQLite ${target.uri.replace(/^file:/, '')}` : `MongoDB ${redactUri(target.uri)}`}`,
  )
  await checkDatabase(target)
  // Resolve the secret once so the admin server and the publish runs share it.
  process.env.PAYLOAD_SECRET ||= payloadSecret()

  const adminBuild = ensureAdminBuild(log)
  adminBuild.catch(() => undefined)
  const account = await prepareContent(demo)
  await adminBuild

  const site = createStaticServer(liveDir())
  await new Promise<void>((resolve, reject) => {
    site.once('error', (error) =>
      reject(new Error(`网站地址 ${urlHost(siteHost, sitePort)} 无法监听：${error.message}`)),
    )
    site.listen(sitePort, siteHost, resolve)
  })
  const admin = spawn(
    process.execPath,
    [nextBin, 'start', path.join(rootDir, 'cms'), '--port', String(cmsPort), '--hostname', cmsHost],
    {
      cwd: rootDir,
      env: { ...process.env, NODE_ENV: 'production', AUTO_PUBLISH: '1', SCHEDULER: '1', NEXT_TELEMETRY_DISABLED: '1' },
      stdio: 'inherit',
    },
  )
  const stop = (code: number) => {
    admin.kill('SIGTERM')
    site.close()
    process.exit(code)
  }
  admin.on('exit', (code) => {
    console.error(`[启动] 管理后台进程已退出（退出码 ${code}）`)
    stop(code ?? 1)
  })
  process.on('SIGINT', () => stop(0))
  process.on('SIGTERM', () => stop(0))

  await waitForHttp(`http://${urlHost(localAddress(cmsHost), cmsPort)}/admin/login`, 120_000)
  const everywhere = (host: string) => (isWildcard(host) ? '（监听所有网络接口：请用本机的 IP 地址或域名访问）' : '')
  log('')
  log('崇德倡廉 已启动')
  log(`  公众网站：http://${urlHost(siteHost, sitePort)}/${everywhere(siteHost)}`)
  log(`  管理后台：http://${urlHost(cmsHost, cmsPort)}/admin${everywhere(cmsHost)}`)
  // The login cookie is accepted from SERVER_URL or, without it, from the loopback origins only.
  if (!isLoopback(cmsHost) && !process.env.SERVER_URL) {
    log(
      `  注意：管理后台监听 ${cmsHost}，但未设置 SERVER_URL，只能从 http://localhost:${cmsPort} 或 http://127.0.0.1:${cmsPort} 登录；从其他机器访问请经 HTTPS 反向代理并设置 SERVER_URL（见 README 的 Deployment）。`,
    )
  }
  if (account.kind === 'generated') {
    log(`  管理员账号：${account.email}  初始密码：${account.password}`)
    log('  （密码随机生成，只显示这一次；请登录后在“用户”中修改。也可用 ADMIN_EMAIL / ADMIN_PASSWORD 指定。）')
  } else if (account.kind === 'environment') {
    log(`  管理员账号：${account.email}（密码来自环境变量 ADMIN_PASSWORD）`)
  } else {
    log('  管理员账号：沿用数据库中已有的账号（首次启动时创建）')
  }
  log('  按 Ctrl+C 停止。')
}

main().catch((error) => {
  console.error(`[启动] 失败：${error instanceof Error ? error.message : String(error)}`)
  process.exit(1)
})
