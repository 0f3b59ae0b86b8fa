// A case's facts as published and the kinds they are counted as (content/model/caseTerms.ts):
// every wording of the 73 real items and of the notice parser's vocabulary is known, and a
// wording no rule knows keeps its words with no kind instead of being refused or guessed.
import { describe, expect, it } from 'vitest'

import {
  GOVERNMENT_SANCTIONS as PARSER_GOVERNMENT,
  PARTY_SANCTIONS as PARSER_PARTY,
} from '../../cms/notices/vocabulary'
import { exportGovernmentSanction, exportPartySanction, exportPublishedDate } from '../../cms/cases/terms'
import { legacyDecisionDate, legacyPerson } from '../../cms/cases/legacyCase'
import { governmentSanctionOf, measureOf, partySanctionOf, readPublishedDate } from '../../content/model/caseTerms'
import realCases from '../fixtures/real-bulletins/cases.json'

type RealPerson = { party_sanction: string | null; government_sanction: string | null; other_measures: string[] }
const persons = (realCases as { subjects: RealPerson[] }[]).flatMap((c) => c.subjects)

describe('sanctions as published', () => {
  it('should know every 党纪处分 and 政务处分 wording of the 73 real items', () => {
    for (const p of persons) {
      if (p.party_sanction) expect(partySanctionOf(p.party_sanction).value, p.party_sanction).not.toBeNull()
      if (p.government_sanction)
        expect(governmentSanctionOf(p.government_sanction), p.government_sanction).not.toBeNull()
    }
  })

  it('should know every wording the notice parser finds', () => {
    for (const term of PARSER_PARTY) expect(partySanctionOf(term).value, term).not.toBeNull()
    for (const term of PARSER_GOVERNMENT) expect(governmentSanctionOf(term), term).not.toBeNull()
  })

  it('should read the kind, not the words around it', () => {
    expect(partySanctionOf('党内警告')).toEqual({ value: '警告', years: null })
    expect(partySanctionOf('党内严重警告')).toEqual({ value: '严重警告', years: null })
    expect(partySanctionOf('留党察看二年')).toEqual({ value: '留党察看', years: 2 })
    expect(partySanctionOf('留党察看两年')).toEqual({ value: '留党察看', years: 2 })
    expect(partySanctionOf('留党察看')).toEqual({ value: '留党察看', years: null })
    // A government word typed under 党纪处分 is not read as a party sanction.
    expect(partySanctionOf('政务警告').value).toBeNull()
    expect(governmentSanctionOf('开除公职')).toBe('开除')
    expect(governmentSanctionOf('开除党籍')).toBeNull()
    expect(governmentSanctionOf('党内警告')).toBeNull()
    expect(governmentSanctionOf('降低岗位等级')).toBe('降低岗位等级')
    expect(governmentSanctionOf('留用察看一年')).toBe('留用察看')
  })

  it('should keep a wording no rule knows, with no kind', () => {
    expect(exportPartySanction('组织审查中')).toEqual({ published: '组织审查中', value: null, years: null })
    expect(exportGovernmentSanction('  ')).toBeNull()
    expect(exportPartySanction(null)).toBeNull()
  })

  it('should read traditional characters as the simplified kind and keep the words as published', () => {
    expect(exportPartySanction('黨內嚴重警告')).toEqual({ published: '黨內嚴重警告', value: '严重警告', years: null })
    expect(exportGovernmentSanction('開除公職')).toEqual({ published: '開除公職', value: '开除' })
  })

  it('should tell 组织处理 from other measures among the real items', () => {
    const kinds = persons.flatMap((p) => p.other_measures).map((m) => [m, measureOf(m)])
    expect(kinds).toContainEqual(['免职处理', '免职'])
    expect(kinds).toContainEqual(['诫勉谈话处理', '诫勉'])
    expect(kinds).toContainEqual(['通报批评处理', '通报批评'])
    expect(kinds).toContainEqual(['由副处级降为副主任科员', '降职'])
    expect(kinds).toContainEqual(['违纪所得予以收缴', null])
  })
})

describe('dates as published', () => {
  it.each([
    ['2021年7月', '2021-07', '2021年7月'],
    ['2021年7月5日', '2021-07-05', '2021年7月5日'],
    ['2021年', '2021', '2021年'],
    ['２０２１年７月', '2021-07', '２０２１年７月'],
    ['2023年9月和12月', '2023-09', '2023年9月和12月'],
    ['2021-07', '2021-07', '2021年7月'],
    ['2021/7/5', '2021-07-05', '2021年7月5日'],
    ['2021', '2021', '2021年'],
  ])('should read %s at its precision', (input, value, published) => {
    expect(readPublishedDate(input)).toEqual({ value, published })
  })

  it.each(['2021年13月', '2021年2月30日', '去年夏天', '7月', ''])(
    'should refuse %s with a message in Chinese',
    (input) => {
      const date = readPublishedDate(input)
      expect('error' in date && date.error).toMatch(/日期/)
    },
  )

  it('should export an empty date as not published', () => {
    expect(exportPublishedDate('')).toBeNull()
    expect(exportPublishedDate('2021-07-05')).toEqual({ value: '2021-07-05', published: '2021年7月5日' })
  })
})

describe('cases of the old shape', () => {
  it('should become one person with unit and position split, sanctions in words and 责令退缴 as another measure', () => {
    expect(
      legacyPerson({
        subject: '张某某',
        unitPosition: '清风市住建局原党组书记、局长',
        partySanction: 'serious-warning',
        governmentSanction: 'expulsion',
        referred: 1,
        confiscation: '违纪所得已收缴',
      }),
    ).toEqual({
      name: '张某某',
      unit: '清风市住建局',
      position: '原党组书记、局长',
      partySanction: '严重警告',
      governmentSanction: '开除',
      otherMeasures: ['违纪所得已收缴'],
      referred: true,
    })
    expect(legacyDecisionDate('2024-03-14T16:00:00.000Z')).toBe('2024-03-15')
    expect(legacyDecisionDate(new Date('2024-03-14T16:00:00.000Z'))).toBe('2024-03-15')
    expect(legacyDecisionDate(null)).toBeNull()
  })
})
