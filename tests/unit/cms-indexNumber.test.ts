import { describe, expect, it } from 'vitest'

import {
  DEFAULT_INDEX_NUMBER_FORMAT,
  formatIndexNumber,
  indexNumberFormat,
  indexNumberPrefix,
  nextSerial,
  parseSerial,
} from '../../cms/collections/disclosures/indexNumber'
import { shanghaiYear } from '../../content/shared/shanghai'

const scope = { unitCode: '11441700007280420Y', year: 2021 }

describe('formatIndexNumber', () => {
  it('fills the default format as unit code/year-five-digit serial', () => {
    expect(formatIndexNumber(DEFAULT_INDEX_NUMBER_FORMAT, { ...scope, serial: 50 })).toBe(
      '11441700007280420Y/2021-00050',
    )
  })

  it('lets a serial outgrow its width instead of wrapping', () => {
    expect(formatIndexNumber('{unitCode}/{year}-{serial:2}', { ...scope, serial: 123 })).toBe(
      '11441700007280420Y/2021-123',
    )
  })

  it('supports other provinces’ layouts', () => {
    expect(formatIndexNumber('{year}-{unitCode}-{serial:4}', { ...scope, serial: 7 })).toBe(
      '2021-11441700007280420Y-0007',
    )
    expect(formatIndexNumber('000014349/{year}-{serial:5}', { ...scope, serial: 110 })).toBe('000014349/2021-00110')
  })

  it('refuses a format without exactly one serial, or with unknown placeholders', () => {
    expect(() => formatIndexNumber('{unitCode}/{year}', { ...scope, serial: 1 })).toThrow(/必须恰好包含一个 \{serial\}/)
    expect(() => formatIndexNumber('{serial}-{serial}', { ...scope, serial: 1 })).toThrow(/必须恰好包含一个/)
    expect(() => formatIndexNumber('{unit}/{serial}', { ...scope, serial: 1 })).toThrow(/无法识别的占位符 \{unit\}/)
  })
})

describe('parseSerial', () => {
  it('reads the serial back out of a number of the same unit and year', () => {
    expect(parseSerial(DEFAULT_INDEX_NUMBER_FORMAT, scope, '11441700007280420Y/2021-00050')).toBe(50)
  })

  it('ignores numbers of another unit, another year or another shape', () => {
    expect(parseSerial(DEFAULT_INDEX_NUMBER_FORMAT, scope, '11441700007280420Y/2022-00050')).toBeNull()
    expect(parseSerial(DEFAULT_INDEX_NUMBER_FORMAT, scope, 'X11441700007280420Y/2021-00050')).toBeNull()
    expect(parseSerial(DEFAULT_INDEX_NUMBER_FORMAT, scope, '11441700007280420Y/2021-00050-copy')).toBeNull()
  })

  it('treats regular-expression characters in a unit code literally', () => {
    const dotted = { unitCode: 'A.B', year: 2021 }
    expect(parseSerial(DEFAULT_INDEX_NUMBER_FORMAT, dotted, 'A.B/2021-00003')).toBe(3)
    expect(parseSerial(DEFAULT_INDEX_NUMBER_FORMAT, dotted, 'AXB/2021-00003')).toBeNull()
  })
})

describe('nextSerial', () => {
  it('is 1 when the unit has no number that year', () => {
    expect(nextSerial(DEFAULT_INDEX_NUMBER_FORMAT, scope, ['OTHER/2021-00009'])).toBe(1)
  })

  it('follows the highest serial in use, even with gaps', () => {
    const used = ['11441700007280420Y/2021-00001', '11441700007280420Y/2021-00007', '11441700007280420Y/2021-00003']
    expect(nextSerial(DEFAULT_INDEX_NUMBER_FORMAT, scope, used)).toBe(8)
  })
})

describe('indexNumberPrefix', () => {
  it('is the fixed text before the serial', () => {
    expect(indexNumberPrefix(DEFAULT_INDEX_NUMBER_FORMAT, scope)).toBe('11441700007280420Y/2021-')
    expect(indexNumberPrefix('{serial}/{year}', scope)).toBe('')
  })
})

describe('indexNumberFormat', () => {
  it('uses INDEX_NUMBER_FORMAT when set and the default otherwise', () => {
    expect(indexNumberFormat({ INDEX_NUMBER_FORMAT: '{year}-{serial:3}' })).toBe('{year}-{serial:3}')
    expect(indexNumberFormat({ INDEX_NUMBER_FORMAT: '  ' })).toBe(DEFAULT_INDEX_NUMBER_FORMAT)
    expect(indexNumberFormat({})).toBe(DEFAULT_INDEX_NUMBER_FORMAT)
  })
})

describe('shanghaiYear', () => {
  it('counts the first half hour of 1 January in Beijing to the new year', () => {
    expect(shanghaiYear(new Date('2025-12-31T16:30:00Z'))).toBe(2026)
    expect(shanghaiYear(new Date('2025-12-31T15:59:59Z'))).toBe(2025)
  })
})
