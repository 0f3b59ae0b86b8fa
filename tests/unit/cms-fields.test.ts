import { describe, expect, it } from 'vitest'

import { charCount, isoWeeksInYear, isValidIsoWeek, isValidMonth } from '../../cms/fields/periods'
import { firstDisallowedLink, lexicalLinkUrls } from '../../cms/fields/richTextLinks'
import { isAllowedUrl } from '../../cms/fields/safeUrl'
import { validateReminderMessage } from '../../cms/fields/validators'
import { paragraphWithLink } from '../helpers/lexical'

describe('isValidMonth', () => {
  it('accepts real months written YYYY-MM', () => {
    expect(['2026-01', '2026-11', '2026-12'].every(isValidMonth)).toBe(true)
  })
  it('rejects month 00, month 13 and other shapes', () => {
    expect(['2026-00', '2026-13', '2026-1', '26-11', '2026/11', ' 2026-11'].some(isValidMonth)).toBe(false)
  })
})

describe('ISO weeks', () => {
  it('knows which years have 53 weeks', () => {
    expect([2015, 2020, 2026, 2032].map(isoWeeksInYear)).toEqual([53, 53, 53, 53])
    expect([2021, 2024, 2025, 2027].map(isoWeeksInYear)).toEqual([52, 52, 52, 52])
  })
  it('accepts W01 to the last week of the year only', () => {
    expect(isValidIsoWeek('2026-W01')).toBe(true)
    expect(isValidIsoWeek('2026-W53')).toBe(true)
    expect(isValidIsoWeek('2025-W53')).toBe(false)
    expect(isValidIsoWeek('2026-W00')).toBe(false)
    expect(isValidIsoWeek('2026-W5')).toBe(false)
    expect(isValidIsoWeek('2026W48')).toBe(false)
  })
})

describe('reminder length', () => {
  it('counts code points, so a character outside the BMP counts once', () => {
    expect(charCount('𠮷廉')).toBe(2)
    expect(validateReminderMessage('𠮷'.repeat(140))).toBe(true)
  })
  it('names the limit and the current length', () => {
    expect(validateReminderMessage('廉'.repeat(141))).toBe(
      '提醒内容不能超过 140 个字（当前 141 个字），以便短信和微博发布',
    )
  })
})

describe('isAllowedUrl', () => {
  it.each([
    'https://www.12388.gov.cn/',
    'http://example.gov.cn/a?b=1#c',
    'mailto:jw@example.gov.cn',
    'tel:12388',
    '/cases/3/',
    '/',
  ])('allows %j', (url) => expect(isAllowedUrl(url)).toBe(true))
  it.each([
    'javascript:alert(1)',
    'JAVASCRIPT:alert(1)',
    ' javascript:alert(1)',
    'java\nscript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox(1)',
    'file:///etc/passwd',
    '//evil.example.com/',
    '/\\evil.example.com',
    'https://',
    'https://localhost/',
    'mailto:',
    'www.example.com',
    'cases/3/',
    '#top',
    '',
  ])('refuses %j', (url) => expect(isAllowedUrl(url)).toBe(false))
})

describe('rich-text links', () => {
  it('finds link and autolink URLs anywhere in the document', () => {
    expect(lexicalLinkUrls(paragraphWithLink('a', 'https://a.example.cn/'))).toEqual(['https://a.example.cn/'])
    expect(lexicalLinkUrls(paragraphWithLink('a', 'tel:12388', 'autolink'))).toEqual(['tel:12388'])
  })
  it('skips internal links, which point at a document rather than a URL', () => {
    const doc = paragraphWithLink('a', '')
    const link = (doc.root.children[0] as unknown as { children: { fields?: Record<string, unknown> }[] }).children[1]!
    link.fields = { linkType: 'internal', doc: { relationTo: 'cases', value: 1 } }
    expect(firstDisallowedLink(doc)).toBeNull()
  })
  it('reports the first refused URL', () => {
    expect(firstDisallowedLink(paragraphWithLink('a', 'vbscript:x'))).toBe('vbscript:x')
    expect(firstDisallowedLink(null)).toBeNull()
  })
})
