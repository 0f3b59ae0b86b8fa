// Facet values typed by editors (区域, 主题分类) become folders of the build and URL segments.
import { describe, expect, it } from 'vitest'
import { facetSlug } from '../../content/model/facetSlug'

const HOSTILE = [
  '..',
  '.',
  '...',
  'a/../../b',
  '../../index',
  '/etc/passwd',
  'a\\..\\b',
  '%2e%2e',
  '%2F',
  'a?b',
  'a#b',
  'a b',
  ' 青莲区 ',
  '青莲区\u202e',
  '\u202e区莲青',
  'a\u0000b',
  'a\nb',
  '青\u200b莲区',
  'a\tb',
  'a   b',
  '',
  ' ',
  '-',
  'x'.repeat(300),
  '区'.repeat(300),
  'ａ／ｂ',
  'a．．',
  '青莲区\u3000',
  '\u2066a\u2069',
  'CON',
  'a:b',
  '<script>',
  'a"b',
  "a'b",
  'A',
  'a',
]

describe('slugs of facet values typed by editors', () => {
  it('should keep a plain value, Chinese included, as it is', () => {
    for (const value of [
      '青莲区',
      '松溪县',
      '清风市本级',
      '财政、审计',
      '（试点）区',
      '2025',
      '12',
      '65f0c2a1b3d4e5f6a7b8c9d0',
      '党风廉政建设',
      'road_1-2',
    ]) {
      expect(facetSlug(value)).toBe(value)
    }
  })

  it('should never give a slug that means something in a path or a URL', () => {
    for (const value of HOSTILE) {
      const slug = facetSlug(value)
      expect(slug, JSON.stringify(value)).toMatch(
        /^[\p{L}\p{N}\p{M}_\u3001-\u303f\uff08\uff09\uff0c\uff1a\uff1b\u00b7-]+$/u,
      )
      expect(slug).not.toMatch(/[/\\.%?#\s\u0000-\u001f\u200b-\u200f\u202a-\u202e\u2066-\u2069]/u)
      expect(slug).not.toMatch(/^\.{1,2}$/)
      expect(Buffer.byteLength(slug)).toBeLessThan(200)
      expect(facetSlug(value), 'stable').toBe(slug)
    }
  })

  it('should keep the readable part of a changed value', () => {
    expect(facetSlug('a/../../b')).toMatch(/^a-b-[0-9a-f]{10}$/)
    expect(facetSlug('青莲区\u202e')).toMatch(/^青莲区-[0-9a-f]{10}$/)
    expect(facetSlug('..')).toMatch(/^[0-9a-f]{10}$/)
  })

  it('should give distinct values distinct slugs, even ones that clean up the same', () => {
    const values = [...HOSTILE, 'a-b', 'a b', 'a  b', 'a/b', 'a\\b', 'a.b', '青莲区', '青莲区 ', '青莲区/', 'a?b']
    const distinct = [...new Set(values)]
    const slugs = distinct.map(facetSlug)
    expect(new Set(slugs).size).toBe(distinct.length)
    // A value typed to look like another value's hashed slug gets a slug of its own.
    const hashed = facetSlug('a/b')
    expect(facetSlug(hashed)).not.toBe(hashed)
  })
})
