import { describe, expect, it } from 'vitest'

import * as model from '../../content/model/options'
import { LEVELS, VIOLATION_TYPES } from '../../content/model/labels'

const lists = Object.entries(model).filter(([name, value]) => name.endsWith('_OPTIONS') && Array.isArray(value)) as [
  string,
  readonly model.Option[],
][]

describe('content model: select options', () => {
  it('should hold every option list of the public collections', () => {
    expect(lists.map(([name]) => name).sort()).toEqual([
      'ARTICLE_KIND_OPTIONS',
      'AUDIENCE_OPTIONS',
      'BULLETIN_KIND_OPTIONS',
      'CADRE_LEVEL_OPTIONS',
      'CATEGORY_OPTIONS',
      'CHANNEL_OPTIONS',
      'DOMAIN_OPTIONS',
      'EIGHT_RULES_OPTIONS',
      'GOVERNMENT_SANCTION_OPTIONS',
      'LEVEL_OPTIONS',
      'MEASURE_OPTIONS',
      'MODE_OPTIONS',
      'OCCASION_OPTIONS',
      'PARTY_MEMBER_OPTIONS',
      'PARTY_SANCTION_OPTIONS',
      'REMINDER_CHANNEL_OPTIONS',
      'SOURCE_KIND_OPTIONS',
      'VALIDITY_OPTIONS',
      'VENUE_OPTIONS',
      'VIOLATION_OPTIONS',
    ])
  })

  it.each(lists)('%s should have distinct labels and URL-safe distinct values', (_name, options) => {
    expect(options.length).toBeGreaterThan(0)
    expect(new Set(options.map((o) => o.label)).size).toBe(options.length)
    expect(new Set(options.map((o) => o.value)).size).toBe(options.length)
    // The value is the facet page's URL segment: lower-case ASCII words joined by hyphens.
    for (const option of options) expect(option.value).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/)
    for (const option of options) expect(option.label.trim()).toBe(option.label)
  })

  it('should give the site the same labels, in order, and facet slugs equal to the stored values', () => {
    expect([...LEVELS]).toEqual(model.LEVEL_OPTIONS.map((o) => o.label))
    expect([...VIOLATION_TYPES]).toEqual(model.VIOLATION_OPTIONS.map((o) => o.label))
    expect(model.slugsOf(model.LEVEL_OPTIONS)['县(市、区)级']).toBe('county')
    expect(Object.entries(model.slugsOf(model.VIOLATION_OPTIONS))).toEqual(
      model.VIOLATION_OPTIONS.map((o) => [o.label, o.value]),
    )
  })
})
