import { describe, expect, it } from 'vitest'

import { isSafeStoredName, uploadFileName } from '../../cms/media/uploadName'

describe('the stored name of an upload', () => {
  it.each([
    ['report.html', 'application/pdf', 'report.pdf'],
    ['年度预算公开.PDF', 'application/pdf', '年度预算公开.pdf'],
    ['photo.jpeg', 'image/jpeg', 'photo.jpg'],
    ['../../cms.db', 'image/png', 'cms.png'],
    ['C:\\Users\\li\\文件.pdf', 'application/pdf', '文件.pdf'],
    ['a.html.pdf', 'application/pdf', 'a-html.pdf'],
    ['..', 'image/gif', 'file.gif'],
    ['.hidden', 'image/png', 'file.png'],
    ['invoice\u202Egnp.exe', 'image/png', 'invoicegnp.png'],
    ['ta\u0000b\u0007\u200b.png', 'image/png', 'tab.png'],
    ['年度 报告?#%.png', 'image/webp', '年度-报告.webp'],
    ['=HYPERLINK("x").png', 'image/png', 'HYPERLINK(-x-).png'],
  ] as const)('%j as %s is stored as %j', (name, mime, stored) => {
    expect(uploadFileName(name, mime)).toBe(stored)
    expect(isSafeStoredName(stored)).toBe(true)
  })

  it('keeps names readable and bounded', () => {
    expect(uploadFileName(`${'很长的名字'.repeat(40)}.pdf`, 'application/pdf')).toHaveLength(84)
  })

  it.each([
    '../cms.db',
    '..',
    '.env',
    'a/b.pdf',
    'a\\b.pdf',
    'x.html',
    'x.svg',
    'x.pdf\u0000',
    'r\u202Efdp.png',
    '',
    'x.PDF',
  ])('refuses %j as a stored name', (name) => {
    expect(isSafeStoredName(name)).toBe(false)
  })
})
