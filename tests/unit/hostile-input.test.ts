import * as cheerio from 'cheerio'
import { describe, expect, it } from 'vitest'

import { richTextToHTML } from '../../cms/export/richText'
import { stripControlCharacters } from '../../cms/fields/controlCharacters'
import { xmlText } from '../../site/lib/xmlText'
import { reminderSchema } from '../../content/model/collections/reminders'
import { paragraphWithLink } from '../helpers/lexical'

/** Unit checks of the fixes tests/int/hostile-input.int.test.ts forced, one per stage. */
describe('hostile input fixes', () => {
  it('should drop the characters XML 1.0 forbids from CMS text, keeping tabs and line breaks', () => {
    expect(stripControlCharacters('标题\u0000截断')).toBe('标题截断')
    expect(stripControlCharacters('a\u0001b\u001fc\ufffed\uffffe')).toBe('abcde')
    expect(stripControlCharacters('第一行\u000b第二行\u000c第三行')).toBe('第一行\n第二行\n第三行')
    expect(stripControlCharacters('a\tb\nc\r\nd 𠮷 \u202e')).toBe('a\tb\nc\r\nd 𠮷 \u202e')
  })

  it('should accept a weekly reminder of 140 characters outside the BMP, as the CMS does', () => {
    const base = { id: '1', createdAt: '2026-01-01T00:00:00Z', updatedAt: '2026-01-01T00:00:00Z', week: '2026-W10' }
    expect(reminderSchema.safeParse({ ...base, message: '𠮷'.repeat(140) }).success).toBe(true)
    expect(reminderSchema.safeParse({ ...base, message: '𠮷'.repeat(141) }).success).toBe(false)
  })
})

describe('XML text of feeds and the sitemap', () => {
  it('should escape markup and leave out what XML 1.0 cannot carry', () => {
    expect(xmlText(`]]><script>"&'</script>`)).toBe(']]&gt;&lt;script&gt;&quot;&amp;&apos;&lt;/script&gt;')
    expect(xmlText('a\u0000b\u0008c\u000bd\u001fe\ufffef\uffffg')).toBe('abcdefg')
    expect(xmlText('a\tb\nc\rd')).toBe('a\tb\nc\rd')
  })
})

describe('rich-text links on export', () => {
  const ctx = { published: new Map(), media: new Map(), usedMedia: new Set<string>() }
  const html = (url: string, type: 'link' | 'autolink' = 'link') =>
    richTextToHTML(ctx, paragraphWithLink('举报网站', url, type))

  it('should keep links the portal allows', () => {
    expect(html('https://example.org/?q="><x>')).toBe(
      '<p>详见<a href="https://example.org/?q=&quot;&gt;&lt;x&gt;">举报网站</a></p>',
    )
    expect(html('/about/', 'autolink')).toContain('<a href="/about/">举报网站</a>')
  })

  it('should keep only the text of a link stored with a URL the editor would have been refused', () => {
    for (const url of [
      '//evil.example/',
      '/\\evil.example/',
      'javascript:alert(1)',
      ' data:text/html,x',
      'java\tscript:x',
    ]) {
      for (const type of ['link', 'autolink'] as const)
        expect(html(url, type), `${type} ${url}`).toBe('<p>详见举报网站</p>')
    }
  })
})

describe('Lexical JSON sent straight to the API, on export', () => {
  const ctx = { published: new Map(), media: new Map(), usedMedia: new Set<string>() }
  const text = (t: string, extra = {}) => ({
    type: 'text',
    text: t,
    format: 0,
    detail: 0,
    mode: 'normal',
    style: 'background:url(javascript:x)',
    version: 1,
    ...extra,
  })
  const root = (children: unknown[]) => ({
    root: { type: 'root', direction: 'ltr', format: '', indent: 0, version: 1, children },
  })
  // Shapes the editor never makes: tags, attributes and styles chosen by whoever writes the JSON.
  const crafted = [
    { type: 'heading', tag: 'script', children: [text('标题')] },
    { type: 'heading', tag: 'h1 onclick=__pwn()', children: [text('标题')] },
    {
      type: 'list',
      tag: 'script',
      listType: 'bullet" onclick="__pwn()',
      children: [{ type: 'listitem', value: '"><script>', children: [text('列表')] }],
    },
    {
      type: 'list',
      tag: 'ul',
      listType: 'check',
      children: [{ type: 'listitem', checked: '" onclick="__pwn()', value: '"><x', children: [text('勾选')] }],
    },
    {
      type: 'paragraph',
      format: 'center" onclick="__pwn()',
      indent: '1;" onclick="__pwn()',
      children: [text('段落', { format: 0xffff })],
    },
    { type: 'html', html: '<script>__pwn()</script>', children: [text('未知节点')] },
    {
      type: 'link',
      fields: { linkType: 'internal', doc: { relationTo: '"><script>__pwn()</script>', value: 1 } },
      children: [text('内部链接')],
    },
    {
      type: 'table',
      children: [
        {
          type: 'tablerow',
          children: [
            {
              type: 'tablecell',
              headerState: 0,
              backgroundColor: 'red;background:url(javascript:__pwn())',
              colSpan: '2" onclick="__pwn()',
              children: [text('单元格')],
            },
          ],
        },
      ],
    },
  ]

  it('should write no script, event handler or script URL whatever the nodes say', () => {
    for (const node of crafted) {
      const html = richTextToHTML(ctx, root([node])) ?? ''
      const $ = cheerio.load(html)
      expect($('script').length, html).toBe(0)
      $('*').each((_, el) => {
        for (const name of Object.keys((el as unknown as { attribs: Record<string, string> }).attribs ?? {}))
          expect(name, html).not.toMatch(/^on/i)
      })
      expect(html, html).not.toMatch(/javascript:|__pwn/)
    }
  })
})
