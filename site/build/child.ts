// Runs one child of the build (site/build/children/<name>.ts, compiled to
// .build/scripts/children/<name>.mjs by scripts/compile.mjs) in a process of
// its own and returns what it reports over IPC. The site build runs Astro and the search index
// this way: each heap is freed when its step ends, so the steps' memory never adds up (at
// 10,000 documents Astro alone peaks at about 1.3 GB).
import { fork } from 'node:child_process'
import { access } from 'node:fs/promises'
import { commandFile } from '../../content/shared/commands'

/** What a child script sends once, as its last message. */
export type ChildReport<T> = { ok: T } | { error: string }

export async function runChildScript<T>(
  name: string,
  input: unknown,
  options: { env?: Record<string, string>; quiet?: boolean; heapMb?: number } = {},
): Promise<T> {
  const script = commandFile(`children/${name}`)
  await access(script).catch(() => {
    throw new Error(`找不到 ${script}，请先运行 node scripts/compile.mjs。`)
  })
  return new Promise<T>((resolve, reject) => {
    let report: ChildReport<T> | null = null
    let stderr = ''
    const child = fork(script, [JSON.stringify(input)], {
      env: { ...process.env, ...options.env },
      execArgv: options.heapMb ? [`--max-old-space-size=${options.heapMb}`] : [],
      stdio: options.quiet ? ['ignore', 'ignore', 'pipe', 'ipc'] : ['ignore', 'inherit', 'pipe', 'ipc'],
    })
    child.stderr!.on('data', (chunk: Buffer) => {
      stderr = (stderr + chunk.toString()).slice(-4000)
      if (!options.quiet) process.stderr.write(chunk)
    })
    child.on('message', (message) => (report = message as ChildReport<T>))
    child.on('error', reject)
    child.on('exit', (code, signal) => {
      const r = report as ChildReport<T> | null
      if (r && 'ok' in r && code === 0) resolve(r.ok)
      else if (r && 'error' in r) reject(new Error(r.error))
      else if (/heap out of memory/i.test(stderr)) {
        reject(
          new Error(
            `${name} 内存不足（堆上限 ${options.heapMb ?? '默认'} MB）：内容较多时请调高 SITE_BUILD_HEAP_MB 后重试。\n${stderr.trim().slice(-800)}`,
          ),
        )
      } else
        reject(
          new Error(
            `${name} 进程异常结束（${signal ? `信号 ${signal}` : `退出码 ${code}`}）：${stderr.trim() || '无输出'}`,
          ),
        )
    })
  })
}

/**
 * The child side: runs `fn` on the input and reports its result or its error message (to the
 * parent, or on the console when started by hand, e.g. under `node --cpu-prof`).
 */
export async function childMain<I, T>(fn: (input: I) => Promise<T>): Promise<void> {
  const report = (message: ChildReport<T>, code: number) => {
    if (process.send) process.send(message, () => process.exit(code))
    else {
      console[code ? 'error' : 'log'](JSON.stringify(message))
      process.exitCode = code
    }
  }
  try {
    report({ ok: await fn(JSON.parse(process.argv[2] ?? 'null') as I) }, 0)
  } catch (error) {
    report({ error: error instanceof Error ? error.message : String(error) }, 1)
  }
}
