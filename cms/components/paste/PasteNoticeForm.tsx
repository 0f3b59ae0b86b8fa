'use client'
// The editor's side of 粘贴通报: paste, read the proposal with every extracted value marked in
// the text, choose the items, create the drafts. The paste stays in the box whatever happens.
import React, { useState } from 'react'

import { EIGHT_RULES_OPTIONS, VIOLATION_OPTIONS } from '../../../content/model/options'

import type { ProposedItem } from '../../cases/pasteNotice'
import type { ParsedNotice } from '../../notices/parseNotice'

type Item = ProposedItem
type Person = Item['draft']['persons'][number]
type Mark = Item['marks'][number]
type Proposal = { bulletin: ParsedNotice['bulletin']; items: Item[] }
type Created = {
  cases: { id: number | string; title: string }[]
  bulletin: { id: number | string; title: string } | null
}

const UNSTATED = '原文未写明'

const labels = (values: string[], options: readonly { label: string; value: string }[]) =>
  values.map((v) => options.find((o) => o.value === v)?.label ?? v).join('、')

async function post<T>(path: string, body: unknown): Promise<T> {
  const res = await fetch(`/api/cases/${path}`, {
    method: 'POST',
    credentials: 'include',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  })
  const data = (await res.json().catch(() => ({}))) as T & { error?: string }
  if (!res.ok) throw new Error(data.error ?? `请求失败（${res.status}）`)
  return data
}

/** The item's text with each extracted value in a <mark> that names what it was read as. */
function Marked({ text, marks }: { text: string; marks: Mark[] }) {
  const parts: React.ReactNode[] = []
  let at = 0
  marks.forEach((m, i) => {
    if (m.start > at) parts.push(text.slice(at, m.start))
    parts.push(
      <mark key={i} className="paste-notice__mark" data-label={m.label} title={m.label}>
        {text.slice(m.start, m.end)}
        <span className="paste-notice__mark-label">{m.label}</span>
      </mark>,
    )
    at = m.end
  })
  if (at < text.length) parts.push(text.slice(at))
  return <p className="paste-notice__text">{parts}</p>
}

function PersonRow({ p }: { p: Person }) {
  const cell = (value: string | null) => value ?? <span className="paste-notice__unstated">{UNSTATED}</span>
  return (
    <tr>
      <td>{p.name}</td>
      <td>{cell(p.unit)}</td>
      <td>{cell(p.position)}</td>
      <td>{cell(p.partySanction)}</td>
      <td>{cell(p.governmentSanction)}</td>
      <td>{cell([...p.measures, ...p.otherMeasures].join('、') || null)}</td>
      <td>{p.referred ? '是' : <span className="paste-notice__unstated">{UNSTATED}</span>}</td>
    </tr>
  )
}

export function PasteNoticeForm() {
  const [text, setText] = useState('')
  const [forwarded, setForwarded] = useState(false)
  const [proposal, setProposal] = useState<Proposal | null>(null)
  const [chosen, setChosen] = useState<Set<number>>(new Set())
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const [created, setCreated] = useState<Created | null>(null)

  const read = async () => {
    setBusy(true)
    setError(null)
    setCreated(null)
    try {
      const result = await post<Proposal>('parse-notice', { text, forwarded })
      setProposal(result)
      setChosen(new Set(result.items.flatMap((item, i) => (item.draft.persons.length ? [i] : []))))
    } catch (e) {
      setProposal(null)
      setError((e as Error).message)
    } finally {
      setBusy(false)
    }
  }

  const create = async () => {
    setBusy(true)
    setError(null)
    try {
      setCreated(await post<Created>('paste-notice', { text, forwarded, items: [...chosen].sort((a, b) => a - b) }))
    } catch (e) {
      setError((e as Error).message)
    } finally {
      setBusy(false)
    }
  }

  const toggle = (i: number) =>
    setChosen((previous) => {
      const next = new Set(previous)
      if (next.has(i)) next.delete(i)
      else next.add(i)
      return next
    })

  return (
    <div className="paste-notice">
      <label className="paste-notice__label" htmlFor="paste-notice-text">
        通报全文或案例条目
      </label>
      <textarea
        id="paste-notice-text"
        className="paste-notice__input"
        rows={12}
        value={text}
        onChange={(e) => {
          setText(e.target.value)
          setProposal(null)
          setCreated(null)
        }}
      />
      <label className="paste-notice__check">
        <input type="checkbox" checked={forwarded} onChange={(e) => setForwarded(e.target.checked)} />
        转发上级或其他单位的通报（案例来源记为“转发”，原发布机关、标题和日期取自通报）
      </label>
      <div className="paste-notice__actions">
        <button type="button" className="btn btn--style-primary" disabled={busy || !text.trim()} onClick={read}>
          识别
        </button>
      </div>
      {error && (
        <p role="alert" className="paste-notice__error">
          {error}
        </p>
      )}
      {proposal && (
        <section aria-labelledby="paste-notice-result" data-testid="paste-proposal">
          <h2 id="paste-notice-result">识别结果：{proposal.items.length} 条案例</h2>
          {proposal.bulletin && (
            <p>
              通报：{proposal.bulletin.title}；发布单位：{proposal.bulletin.issuer ?? UNSTATED}；日期：
              {proposal.bulletin.date ?? UNSTATED}
            </p>
          )}
          <ol className="paste-notice__items">
            {proposal.items.map((item, i) => (
              <li key={i} className="paste-notice__item" data-testid="paste-item">
                <label className="paste-notice__check">
                  <input
                    type="checkbox"
                    checked={chosen.has(i)}
                    onChange={() => toggle(i)}
                    disabled={!item.draft.persons.length}
                  />
                  <strong>{item.draft.title}</strong>
                </label>
                <Marked text={item.text} marks={item.marks} />
                <p>处分决定日期：{item.draft.decisionDate ?? UNSTATED}</p>
                <p>
                  违纪类型：{labels(item.draft.violationTypes, VIOLATION_OPTIONS) || UNSTATED}
                  {item.draft.eightRulesTypes.length > 0 &&
                    `；八项规定问题类型：${labels(item.draft.eightRulesTypes, EIGHT_RULES_OPTIONS)}`}
                </p>
                <table className="paste-notice__persons">
                  <thead>
                    <tr>
                      <th scope="col">姓名</th>
                      <th scope="col">单位</th>
                      <th scope="col">职务</th>
                      <th scope="col">党纪处分</th>
                      <th scope="col">政务处分</th>
                      <th scope="col">其他处理</th>
                      <th scope="col">移送检察机关</th>
                    </tr>
                  </thead>
                  <tbody>
                    {item.draft.persons.map((p, j) => (
                      <PersonRow key={j} p={p} />
                    ))}
                  </tbody>
                </table>
                {item.notes.length > 0 && (
                  <ul className="paste-notice__notes">
                    {item.notes.map((note) => (
                      <li key={note}>{note}</li>
                    ))}
                  </ul>
                )}
              </li>
            ))}
          </ol>
          <button
            type="button"
            className="btn btn--style-primary"
            disabled={busy || chosen.size === 0}
            onClick={create}
          >
            确认无误，创建 {chosen.size} 份案例草稿
          </button>
        </section>
      )}
      {created && (
        <section aria-labelledby="paste-notice-created" data-testid="paste-created">
          <h2 id="paste-notice-created">已创建草稿（尚未发布，请逐条核对后提交审核）</h2>
          <ul>
            {created.cases.map((c) => (
              <li key={c.id}>
                <a href={`/admin/collections/cases/${c.id}`}>{c.title}</a>
              </li>
            ))}
            {created.bulletin && (
              <li>
                通报草稿：<a href={`/admin/collections/bulletins/${created.bulletin.id}`}>{created.bulletin.title}</a>
              </li>
            )}
          </ul>
        </section>
      )}
    </div>
  )
}
