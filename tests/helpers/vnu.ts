// The Nu Html Checker (vnu.jar from the `vnu-jar` package) on built HTML files. All files go to one
// java process: the JVM start-up and schema loading cost ~10 s, checking a page costs milliseconds.
import { spawn, spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

/** One entry of vnu's `--format json` report (https://github.com/validator/validator/wiki/Output-»-JSON). */
export interface VnuMessage {
  /** `non-document-error` is the checker failing (file unreadable, I/O): counted as an error. */
  type: 'error' | 'info' | 'non-document-error'
  /** `warning` on info messages; `fatal` on errors that stopped the parse; `io`, `schema`, `internal` on non-document errors. */
  subType?: string
  /** Absolute path of the checked file (vnu reports a file: URL). */
  file: string
  message: string
  extract?: string
  firstLine?: number
  lastLine?: number
  firstColumn?: number
  lastColumn?: number
}

/** vnu.jar is built for Java 17 (its --help: "On any system with Java17+ installed"). */
const MIN_JAVA = 17

/**
 * Messages vnu reports that are not mistakes in this portal's HTML. Each needs a reason; an
 * entry that hides a real error defeats the check. None so far: all vnu reports on these pages are real.
 */
const FILTERS: { pattern: RegExp; why: string }[] = []

const require = createRequire(import.meta.url)

/** `$JAVA_HOME/bin/java` when set (what a JDK install tells build tools), else `java` on PATH. */
function javaCommand(): string {
  return process.env.JAVA_HOME ? path.join(process.env.JAVA_HOME, 'bin', 'java') : 'java'
}

/** Fails with what to install when java is missing or too old, instead of a bare ENOENT. */
function checkJava(java: string): void {
  const probe = spawnSync(java, ['-version'], { encoding: 'utf8' })
  const hint = `The Nu Html Checker (vnu.jar) needs Java ${MIN_JAVA} or newer: install it (Debian: apt-get install openjdk-17-jre-headless) or set JAVA_HOME.`
  if (probe.error)
    throw new Error(
      `Cannot run "${java}" (${(probe.error as NodeJS.ErrnoException).code ?? probe.error.message}). ${hint}`,
    )
  const output = `${probe.stderr}${probe.stdout}`
  const major = /version "(?:1\.)?(\d+)/.exec(output)?.[1]
  if (!major)
    throw new Error(`"${java} -version" printed no version (${output.trim() || `exit ${probe.status}`}). ${hint}`)
  if (Number(major) < MIN_JAVA) throw new Error(`"${java}" is Java ${major}. ${hint}`)
}

function toMessage(raw: Record<string, unknown>): VnuMessage {
  const url = typeof raw.url === 'string' ? raw.url : ''
  return { ...(raw as Omit<VnuMessage, 'file'>), file: url.startsWith('file:') ? fileURLToPath(url) : url }
}

/**
 * Checks the HTML files with vnu and returns every message it reports (errors, warnings, info),
 * minus the justified FILTERS. Rejects when java is unusable or vnu itself fails.
 */
export async function checkHtml(files: string[]): Promise<VnuMessage[]> {
  if (files.length === 0) return []
  // vnu passes over a missing path without a word, which would read as a clean page.
  const missing = files.filter((f) => !existsSync(f))
  if (missing.length > 0) throw new Error(`No such HTML file to check: ${missing.join(', ')}`)
  const java = javaCommand()
  checkJava(java)
  const jar = String(require('vnu-jar'))
  // --exit-zero-always: a non-zero exit then means vnu itself broke, not that a page has errors.
  // --stdout: the JSON report on stdout, so stderr only carries JVM/checker failures.
  const args = ['-jar', jar, '--format', 'json', '--exit-zero-always', '--stdout', ...files.map((f) => path.resolve(f))]
  const { code, stdout, stderr } = await new Promise<{ code: number | null; stdout: string; stderr: string }>(
    (resolve, reject) => {
      const child = spawn(java, args, { stdio: ['ignore', 'pipe', 'pipe'] })
      const out: Buffer[] = []
      const err: Buffer[] = []
      child.stdout.on('data', (chunk: Buffer) => out.push(chunk))
      child.stderr.on('data', (chunk: Buffer) => err.push(chunk))
      child.on('error', reject)
      child.on('close', (exit) =>
        resolve({
          code: exit,
          stdout: Buffer.concat(out).toString('utf8'),
          stderr: Buffer.concat(err).toString('utf8'),
        }),
      )
    },
  )
  if (code !== 0) throw new Error(`vnu.jar exited with ${code}:\n${stderr.trim() || stdout.trim()}`)
  let report: { messages?: Record<string, unknown>[] }
  try {
    report = JSON.parse(stdout)
  } catch {
    throw new Error(`vnu.jar printed no JSON report:\n${stdout.slice(0, 2000)}\n${stderr.slice(0, 2000)}`)
  }
  return (report.messages ?? []).map(toMessage).filter((m) => !FILTERS.some((f) => f.pattern.test(m.message)))
}

/** Errors fail the check; warnings and info are advice. */
export const isVnuError = (m: VnuMessage): boolean => m.type === 'error' || m.type === 'non-document-error'

/** One line per message, "file:line:col kind: message" plus the offending source, for test failures. */
export function formatVnu(messages: VnuMessage[], root: string): string {
  return messages
    .map((m) => {
      const where = `${path.relative(root, m.file) || m.file}:${m.lastLine ?? '?'}:${m.firstColumn ?? m.lastColumn ?? '?'}`
      const kind = m.subType ? `${m.type} (${m.subType})` : m.type
      const extract = m.extract ? `\n    ${m.extract.replace(/\s+/g, ' ').trim()}` : ''
      return `${where} ${kind}: ${m.message}${extract}`
    })
    .join('\n')
}
