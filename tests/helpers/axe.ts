// axe-core in a real page: the same rule engine as the browser extensions, run on the rendered
// DOM (computed colours, hidden state, scripts already run), which static HTML checks cannot see.
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'

import type * as Axe from 'axe-core'
import type { Result, RunOptions } from 'axe-core'
import type { Page } from 'playwright-core'

const require = createRequire(import.meta.url)

/** WCAG 2.0–2.2 level A and AA, plus axe's best practices (landmarks, headings, skip link). */
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']

let axeSource: string | undefined

/** Runs axe on the page as it is now and returns its violations. */
export async function axeViolations(page: Page): Promise<Result[]> {
  axeSource ??= readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8')
  // A page navigation drops the injected script, so check rather than remember.
  // Evaluated through the DevTools protocol, which the page's CSP (script-src 'self', no inline
  // script) does not govern; a <script> tag with the source would be refused.
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource)
  const options: RunOptions = { runOnly: { type: 'tag', values: AXE_TAGS }, resultTypes: ['violations'] }
  return page.evaluate(async (opts) => {
    const results = await (window as unknown as { axe: typeof Axe }).axe.run(document, opts)
    return results.violations
  }, options)
}

/**
 * Every violation with what a developer needs to find and fix it: the rule, how serious, the
 * rule's help and its page, then each failing element (selector, markup, axe's explanation).
 */
export function formatViolations(violations: Result[]): string {
  return violations
    .map((v) => {
      const nodes = v.nodes.map((n) => {
        const target = n.target.map((t) => (Array.isArray(t) ? t.join(' >>> ') : String(t))).join(' | ')
        const html = n.html.replace(/\s+/g, ' ').slice(0, 200)
        const summary = (n.failureSummary ?? '')
          .split('\n')
          .map((line) => `      ${line}`)
          .join('\n')
        return `  - ${target}\n      ${html}\n${summary}`
      })
      return `[${v.impact ?? 'n/a'}] ${v.id}: ${v.help} (${v.helpUrl})\n${nodes.join('\n')}`
    })
    .join('\n\n')
}
