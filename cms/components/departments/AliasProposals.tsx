'use client'
// Under 简称和别称: the 简称 the dictionary proposes for the 单位名称 as typed (住房和城乡建设局 →
// 住建局), each added with one click; computed in the browser from content/model/searchTerms.ts.
import { useField, useFormFields } from '@payloadcms/ui'
import React from 'react'
import { proposeUnitAliases } from '../../../content/model/searchTerms'

export function AliasProposals() {
  const name = useFormFields(([fields]) => fields.name?.value)
  const { value, setValue } = useField<string[]>({ path: 'aliases' })
  const current = Array.isArray(value) ? value : []
  const proposals = proposeUnitAliases(typeof name === 'string' ? name : '').filter((p) => !current.includes(p))
  if (!proposals.length) return null
  return (
    <div className="field-type" data-testid="alias-proposals" style={{ marginBottom: '1.5rem' }}>
      <p style={{ margin: '0 0 0.5rem' }}>常用简称建议（点击添加）：</p>
      <div style={{ display: 'flex', flexWrap: 'wrap', gap: '0.5rem' }}>
        {proposals.map((p) => (
          <button
            key={p}
            type="button"
            className="btn btn--style-secondary btn--size-small"
            style={{ margin: 0 }}
            onClick={() => setValue([...current, p])}
          >
            + {p}
          </button>
        ))}
      </div>
    </div>
  )
}
