'use client'
// Under each person of a case: what the portal will count the sanctions as, and a warning for
// a wording no rule knows (it is still published as written and counted as 其他). Asked of the
// server (POST /api/cases/read-terms), which reads traditional characters the way the export does.
import { useFormFields } from '@payloadcms/ui'
import React, { useEffect, useState } from 'react'

type Term = { published: string; value: string | null; years?: number | null } | null
type Reading = { partySanction: Term; governmentSanction: Term; measures: NonNullable<Term>[] }

const asText = (value: unknown) => (typeof value === 'string' ? value : '')

export function TermCheck({ path }: { path: string }) {
  const row = path.split('.').slice(0, -1).join('.')
  const party = useFormFields(([fields]) => asText(fields[`${row}.partySanction`]?.value))
  const government = useFormFields(([fields]) => asText(fields[`${row}.governmentSanction`]?.value))
  const measuresValue = useFormFields(([fields]) => fields[`${row}.measures`]?.value)
  const measures = JSON.stringify(Array.isArray(measuresValue) ? measuresValue : [])
  const [reading, setReading] = useState<Reading | null>(null)

  const empty = !party.trim() && !government.trim() && measures === '[]'

  useEffect(() => {
    if (empty) return
    const controller = new AbortController()
    const timer = setTimeout(() => {
      fetch('/api/cases/read-terms', {
        method: 'POST',
        credentials: 'include',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ partySanction: party, governmentSanction: government, measures: JSON.parse(measures) }),
        signal: controller.signal,
      })
        .then((r) => (r.ok ? (r.json() as Promise<Reading>) : null))
        .then(setReading)
        .catch(() => undefined)
    }, 400)
    return () => {
      clearTimeout(timer)
      controller.abort()
    }
  }, [empty, party, government, measures])

  if (empty || !reading) return null
  const terms: [string, NonNullable<Term>][] = [
    ...(reading.partySanction ? [['党纪处分', reading.partySanction] as [string, NonNullable<Term>]] : []),
    ...(reading.governmentSanction ? [['政务处分', reading.governmentSanction] as [string, NonNullable<Term>]] : []),
    ...reading.measures.map((m) => ['组织处理', m] as [string, NonNullable<Term>]),
  ]
  const unknown = terms.filter(([, t]) => t.value === null)
  return (
    <div className="field-type" data-testid="term-check" style={{ marginBottom: '1rem' }}>
      <p style={{ margin: 0 }}>
        网站统计时计为：
        {terms
          .filter(([, t]) => t.value !== null)
          .map(([label, t]) => `${label} ${t.value}${t.years ? `（${t.years}年）` : ''}`)
          .join('；') || '—'}
      </p>
      {unknown.length > 0 && (
        <p role="status" style={{ margin: 0, color: 'var(--theme-warning-700, #92400e)', fontWeight: 600 }}>
          未能识别：{unknown.map(([label, t]) => `${label}“${t.published}”`).join('、')}
          。将按原文公开，统计为“其他”；请核对是否与通报原文一致。
        </p>
      )}
    </div>
  )
}
