/**
 * `npm run unlock -- <email>`: lifts the lock on an account after too many failed logins, for
 * whoever runs the server. In the admin only administrators unlock, and an attacker who keeps
 * guessing can keep the only administrator locked out; this is the way back in that needs the
 * machine, not a login. Exits non-zero, in Chinese, when there is no such account.
 */
import { getPayload, type Payload } from 'payload'

async function main(): Promise<number> {
  const email = process.argv[2]?.trim()
  if (!email || email.startsWith('-')) {
    console.error('用法：npm run unlock -- <登录邮箱>')
    return 2
  }
  let payload: Payload | undefined
  try {
    const { default: config } = await import('../cms/payload.config')
    payload = await getPayload({ config })
    const { totalDocs } = await payload.count({
      collection: 'users',
      where: { email: { equals: email.toLowerCase() } },
      overrideAccess: true,
    })
    if (totalDocs === 0) {
      console.error(`[解锁] 没有登录邮箱为「${email}」的账号。`)
      return 1
    }
    await payload.unlock({ collection: 'users', data: { email: email.toLowerCase() } as never, overrideAccess: true })
    console.log(`[解锁] 已解除账号「${email}」的登录锁定，失败次数清零。`)
    return 0
  } catch (error) {
    console.error(`[解锁] 失败：${error instanceof Error ? error.message : String(error)}`)
    return 1
  } finally {
    await payload?.destroy().catch(() => undefined)
  }
}

process.exit(await main())
