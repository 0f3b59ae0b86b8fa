/** Where a publish or rollback run was when it failed. */
export type PublishStage = 'database' | 'lock' | 'export' | 'build' | 'index' | 'switch' | 'rollback'

/** What an editor (or the administrator they call) can do about a failure at each stage. */
const ADVICE: Record<PublishStage, string> = {
  database: '无法连接内容数据库，本次发布没有执行。请联系系统管理员检查数据库服务，恢复后重新发布。',
  lock: '另一个发布任务长时间没有结束，本次发布没有执行。请稍后重新发布；如果一直出现，请联系系统管理员检查服务器上的发布进程。',
  export: '导出已发布内容时出错。请稍后重新发布；如果反复失败，请把下面的技术细节发给系统管理员。',
  build:
    '生成网站页面时出错，通常是最近发布的某篇内容或某个页面文件有问题。请检查最近发布、修改的内容（出错位置见下面的技术细节），修改后重新发布；无法判断原因时，请把技术细节发给系统管理员。',
  index: '建立站内检索索引时出错。请稍后重新发布；如果反复失败，请把下面的技术细节发给系统管理员。',
  switch: '新版网站已生成，但切换上线时出错。请联系系统管理员检查服务器上的网站目录（技术细节见下）。',
  rollback: '回滚时出错。请联系系统管理员检查服务器上的网站目录（技术细节见下）。',
}

const chinese = /^[\u3400-\u9fff]/

const textOf = (error: unknown): string => (error instanceof Error ? error.message : String(error)).trim()

/**
 * The error an editor sees in 发布记录: first, in Chinese, that the live site is unchanged and
 * what to do; then, after 技术细节, the underlying message for the administrator. An error our
 * own code raised in Chinese (one line, e.g. a missing attachment in the export) already says
 * what to do and is kept as it is. Build and index errors are Astro's and the indexer's words, so
 * they always get the advice first.
 */
export function publishErrorMessage(stage: PublishStage, error: unknown): string {
  const head = stage === 'rollback' ? '回滚失败，线上网站保持不变。' : '发布失败，线上网站保持不变。'
  const message = textOf(error)
  const ownWords = stage !== 'build' && stage !== 'index' && chinese.test(message) && !message.includes('\n')
  if (ownWords) {
    const cause = error instanceof Error && error.cause !== undefined ? textOf(error.cause) : ''
    return cause ? `${head}${message}\n技术细节：${cause}` : `${head}${message}`
  }
  return `${head}${ADVICE[stage]}\n技术细节：${message}`
}
