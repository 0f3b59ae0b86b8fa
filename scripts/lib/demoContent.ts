/**
 * Whether a first start loads the fictional 清风市 demo. In production a real office's portal
 * must never go live with invented cases, so there it takes DEMO_CONTENT=1; elsewhere (trying
 * the product, development) the demo stays the default and DEMO_CONTENT=0 turns it off.
 */
export function demoContentDecision(env: Record<string, string | undefined> = process.env): {
  seed: boolean
  reason: string
} {
  const value = (env.DEMO_CONTENT ?? '').trim()
  if (value !== '' && value !== '0' && value !== '1')
    throw new Error(`DEMO_CONTENT=「${env.DEMO_CONTENT}」无效：只能是 1（写入演示数据）或 0（不写入）`)
  const production = env.NODE_ENV === 'production'
  if (value === '1') {
    return {
      seed: true,
      reason: production
        ? 'DEMO_CONTENT=1：生产环境（NODE_ENV=production）中也写入虚构的演示数据（清风市），会随网站发布上线'
        : 'DEMO_CONTENT=1：写入演示数据',
    }
  }
  if (value === '0') return { seed: false, reason: 'DEMO_CONTENT=0：不写入演示数据' }
  if (production)
    return {
      seed: false,
      reason: 'NODE_ENV=production：不写入演示数据（如确需虚构的清风市演示数据，设 DEMO_CONTENT=1）',
    }
  return {
    seed: true,
    reason: '首次启动：写入虚构的清风市演示数据（DEMO_CONTENT=0 可关闭；NODE_ENV=production 时默认不写入）',
  }
}
