import type { Payload, TypedUser } from 'payload'
import React from 'react'

import type { PublicCollection } from '../../content/model/collections'
import { WORKFLOW_OPTIONS, type WorkflowState } from '../fields/options'
import { FRESHNESS_RULES, type ColumnStatus } from '../dashboard/columnFreshness'
import { createUrl, editUrl, globalUrl } from '../dashboard/links'
import { loadDashboard, type Dashboard } from '../dashboard/loadDashboard'
import type { PeriodSlot, SlotState } from '../dashboard/periodSlots'
import type { QueueEntry } from '../dashboard/reviewQueue'
import { formatDateTime, formatDay, formatMonth, formatShortDay, formatWeek } from '../dashboard/time'
import type { DocRef } from '../dashboard/types'
import './EditorsDashboard.css'

/** How many rows a list shows before saying how many more there are. */
const MAX_ROWS = 20

const WORKFLOW_LABELS = Object.fromEntries(WORKFLOW_OPTIONS.map((o) => [o.value, o.label])) as Record<
  WorkflowState,
  string
>
const STATE_LABELS: Record<SlotState, string> = { ...WORKFLOW_LABELS, missing: '未创建' }

type Tone = 'ok' | 'warn' | 'bad' | 'info'

const SLOT_TONES: Record<SlotState, Tone> = {
  published: 'ok',
  scheduled: 'ok',
  review: 'warn',
  returned: 'warn',
  draft: 'warn',
  withdrawn: 'bad',
  missing: 'bad',
}

/** A status in words; the colour only repeats what the words say. */
function Status({ tone, children }: { tone: Tone; children: React.ReactNode }) {
  return <span className={`editors-dashboard__status editors-dashboard__status--${tone}`}>{children}</span>
}

function Day({ day, children }: { day: string; children?: React.ReactNode }) {
  return <time dateTime={day}>{children ?? formatDay(day)}</time>
}

function DocLink({ adminRoute, doc }: { adminRoute: string; doc: DocRef }) {
  return <a href={editUrl(adminRoute, doc.collection, doc.id)}>{doc.title}</a>
}

function CreateLink({
  adminRoute,
  collection,
  children,
}: {
  adminRoute: string
  collection: PublicCollection
  children: React.ReactNode
}) {
  return (
    <a className="editors-dashboard__create" href={createUrl(adminRoute, collection)}>
      {children}
    </a>
  )
}

/** A heading and its table, or a sentence when there is nothing to list. */
function ListTable<T>(props: {
  id: string
  title: string
  rows: T[]
  empty: string
  columns: string[]
  row: (item: T) => React.ReactNode
  note?: React.ReactNode
}) {
  const { id, title, rows, empty, columns, row, note } = props
  const shown = rows.slice(0, MAX_ROWS)
  return (
    <div className="editors-dashboard__list">
      <h4 id={id}>
        {title}（{rows.length}）
      </h4>
      {note}
      {rows.length === 0 ? (
        <p className="editors-dashboard__empty">{empty}</p>
      ) : (
        <>
          <table className="editors-dashboard__table" aria-labelledby={id}>
            <thead>
              <tr>
                {columns.map((column) => (
                  <th key={column} scope="col">
                    {column}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>{shown.map(row)}</tbody>
          </table>
          {rows.length > shown.length && (
            <p className="editors-dashboard__more">
              仅列出前 {shown.length} 项，共 {rows.length} 项。
            </p>
          )}
        </>
      )}
    </div>
  )
}

function QueueSection({ data }: { data: Dashboard }) {
  const { adminRoute, queue } = data
  const title = (entry: QueueEntry) => (
    <th scope="row">
      <DocLink adminRoute={adminRoute} doc={entry} />
    </th>
  )
  const saved = (entry: QueueEntry) => (
    <td>
      <time dateTime={entry.updatedAt}>{formatDateTime(entry.updatedAt)}</time>
      {entry.waitingDays > 0 && `（${entry.waitingDays} 天前）`}
    </td>
  )
  return (
    <section className="editors-dashboard__section" aria-labelledby="editors-dashboard-queue">
      <h3 id="editors-dashboard-queue">审核与发布</h3>
      <ListTable
        id="editors-dashboard-review"
        title="待审核"
        rows={queue.review}
        empty="暂无待审核的内容。"
        columns={['内容', '类型', '最近操作人', '提交时间']}
        row={(entry) => (
          <tr key={`${entry.collection}-${entry.id}`}>
            {title(entry)}
            <td>{entry.collectionLabel}</td>
            <td>{entry.workflowBy ?? '—'}</td>
            {saved(entry)}
          </tr>
        )}
      />
      <ListTable
        id="editors-dashboard-returned"
        title="退回修改"
        rows={queue.returned}
        empty="暂无退回修改的内容。"
        note={queue.returned.length > 0 && <p>编辑请按审核意见修改后重新提交审核。</p>}
        columns={['内容', '类型', '审核意见', '退回时间']}
        row={(entry) => (
          <tr key={`${entry.collection}-${entry.id}`}>
            {title(entry)}
            <td>{entry.collectionLabel}</td>
            <td>{entry.reviewComment ?? '—'}</td>
            {saved(entry)}
          </tr>
        )}
      />
      <ListTable
        id="editors-dashboard-scheduled"
        title="已定时发布"
        rows={queue.scheduled}
        empty="暂无定时发布的内容。"
        columns={['内容', '类型', '发布时间', '状态']}
        row={(entry) => (
          <tr key={`${entry.collection}-${entry.id}`}>
            {title(entry)}
            <td>{entry.collectionLabel}</td>
            <td>{entry.publishAt ? <time dateTime={entry.publishAt}>{formatDateTime(entry.publishAt)}</time> : '—'}</td>
            <td>
              {entry.due ? <Status tone="bad">已到发布时间，尚未发布</Status> : <Status tone="info">等待发布</Status>}
            </td>
          </tr>
        )}
      />
    </section>
  )
}

function SlotStatus({ slot }: { slot: PeriodSlot }) {
  return (
    <>
      <Status tone={SLOT_TONES[slot.state]}>{STATE_LABELS[slot.state]}</Status>
      {slot.state === 'scheduled' && slot.doc?.publishAt && (
        <>
          ，<time dateTime={slot.doc.publishAt}>{formatDateTime(slot.doc.publishAt)}</time> 发布
        </>
      )}
      {slot.pendingState && `；另有修改${STATE_LABELS[slot.pendingState]}`}
    </>
  )
}

function SlotAction({
  adminRoute,
  slot,
  collection,
  create,
}: {
  adminRoute: string
  slot: PeriodSlot
  collection: PublicCollection
  create: string
}) {
  return slot.doc ? (
    <a href={editUrl(adminRoute, slot.doc.collection, slot.doc.id)}>编辑</a>
  ) : (
    <CreateLink adminRoute={adminRoute} collection={collection}>
      {create}
    </CreateLink>
  )
}

function ThemesSection({ data }: { data: Dashboard }) {
  const { adminRoute, themes } = data
  const rows = [
    { label: '本月', slot: themes.current },
    { label: '下月', slot: themes.next },
  ]
  return (
    <section className="editors-dashboard__section" aria-labelledby="editors-dashboard-themes">
      <h3 id="editors-dashboard-themes">月度主题</h3>
      <p>
        {themes.current.state !== 'published' && `本月（${formatMonth(themes.month)}）主题尚未发布。`}
        {themes.next.ready
          ? `下月（${formatMonth(themes.nextMonth)}）主题已就绪。`
          : `下月（${formatMonth(themes.nextMonth)}）主题尚未就绪，距下月还有 ${themes.daysToNextMonth} 天。`}
      </p>
      <table className="editors-dashboard__table" aria-labelledby="editors-dashboard-themes">
        <thead>
          <tr>
            <th scope="col">月份</th>
            <th scope="col">主题</th>
            <th scope="col">状态</th>
            <th scope="col">是否就绪</th>
            <th scope="col">操作</th>
          </tr>
        </thead>
        <tbody>
          {rows.map(({ label, slot }) => (
            <tr key={slot.period}>
              <th scope="row">
                {formatMonth(slot.period)}（{label}）
              </th>
              <td>{slot.doc ? <DocLink adminRoute={adminRoute} doc={slot.doc} /> : '—'}</td>
              <td>
                <SlotStatus slot={slot} />
              </td>
              <td>{slot.ready ? <Status tone="ok">已就绪</Status> : <Status tone="bad">未就绪</Status>}</td>
              <td>
                <SlotAction
                  adminRoute={adminRoute}
                  slot={slot}
                  collection="themes"
                  create={`新建${formatMonth(slot.period)}主题`}
                />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  )
}

function RemindersSection({ data }: { data: Dashboard }) {
  const { adminRoute, reminders } = data
  return (
    <section className="editors-dashboard__section" aria-labelledby="editors-dashboard-reminders">
      <h3 id="editors-dashboard-reminders">每周提醒</h3>
      <p>
        {reminders.missing === 0
          ? `本周及此后 ${reminders.weeks.length - 1} 周的提醒均已创建。`
          : `本周及此后 ${reminders.weeks.length - 1} 周中有 ${reminders.missing} 周尚无提醒。`}
      </p>
      <table className="editors-dashboard__table" aria-labelledby="editors-dashboard-reminders">
        <thead>
          <tr>
            <th scope="col">周次</th>
            <th scope="col">日期</th>
            <th scope="col">提醒</th>
            <th scope="col">状态</th>
            <th scope="col">操作</th>
          </tr>
        </thead>
        <tbody>
          {reminders.weeks.map((slot) => (
            <tr key={slot.period}>
              <th scope="row">
                {formatWeek(slot.period)}
                {slot.current && '（本周）'}
              </th>
              <td>
                <Day day={slot.monday}>{formatShortDay(slot.monday)}</Day>—
                <Day day={slot.sunday}>{formatShortDay(slot.sunday)}</Day>
              </td>
              <td>{slot.doc ? <DocLink adminRoute={adminRoute} doc={slot.doc} /> : '—'}</td>
              <td>
                <SlotStatus slot={slot} />
              </td>
              <td>
                <SlotAction
                  adminRoute={adminRoute}
                  slot={slot}
                  collection="reminders"
                  create={`新建${formatWeek(slot.period)}提醒`}
                />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  )
}

function ColumnState({ column }: { column: ColumnStatus }) {
  switch (column.state) {
    case 'never':
      return <Status tone="bad">从未更新</Status>
    case 'overdue':
      return <Status tone="bad">已超期 {column.overdueDays} 天</Status>
    case 'due-soon':
      return (
        <Status tone="warn">
          即将超期：须在 <Day day={column.deadline!} /> 前更新
        </Status>
      )
    case 'ok':
      return (
        <Status tone="ok">
          正常：
          <Day day={column.deadline!} /> 前更新即可
        </Status>
      )
  }
}

function ColumnsSection({ data }: { data: Dashboard }) {
  const { adminRoute, columns } = data
  const overdue = columns.filter((c) => c.state === 'overdue' || c.state === 'never').length
  return (
    <section className="editors-dashboard__section" aria-labelledby="editors-dashboard-columns">
      <h3 id="editors-dashboard-columns">栏目更新（政府网站考评）</h3>
      <p>
        动态类栏目（含首页）须 2 周内更新，通知公告类栏目须 6 个月内更新，否则考评时会被判为不合格。
        {overdue === 0 ? '目前所有栏目均按时更新。' : `目前有 ${overdue} 个栏目超期未更新。`}
      </p>
      <table className="editors-dashboard__table" aria-labelledby="editors-dashboard-columns">
        <thead>
          <tr>
            <th scope="col">栏目</th>
            <th scope="col">要求</th>
            <th scope="col">最近更新</th>
            <th scope="col">状态</th>
            <th scope="col">操作</th>
          </tr>
        </thead>
        <tbody>
          {columns.map((column) => (
            <tr key={column.key}>
              <th scope="row">{column.label}</th>
              <td>
                {FRESHNESS_RULES[column.rule].label}，{FRESHNESS_RULES[column.rule].limit}
              </td>
              <td>
                {column.latest ? (
                  <>
                    <Day day={column.latest.day} />（{column.daysSince} 天前）：
                    <DocLink adminRoute={adminRoute} doc={column.latest.doc} />
                  </>
                ) : (
                  '—'
                )}
              </td>
              <td>
                <ColumnState column={column} />
              </td>
              <td>
                {column.create ? (
                  <CreateLink adminRoute={adminRoute} collection={column.create}>
                    新建{data.collectionLabels[column.create]}
                  </CreateLink>
                ) : (
                  '发布任一首页栏目内容'
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  )
}

function CatalogSection({ data }: { data: Dashboard }) {
  const { adminRoute, catalog, calendarMissingYears } = data
  return (
    <section className="editors-dashboard__section" aria-labelledby="editors-dashboard-catalog">
      <h3 id="editors-dashboard-catalog">公开时限</h3>
      <p>
        按工作日计算（扣除法定节假日，计入调休上班日），与网站“时限执行情况”的算法一致。已核对 {catalog.checked}{' '}
        个按工作日设定时限的目录事项的最近一条公开信息。
      </p>
      {calendarMissingYears.length > 0 && (
        <p className="editors-dashboard__warning" role="note">
          <Status tone="warn">注意</Status> 工作日历缺少 {calendarMissingYears.join('、')}{' '}
          年的节假日安排，这些年份暂按周一至周五计算工作日。请管理员在
          <a href={globalUrl(adminRoute, 'work-calendar')}>工作日历</a>中补充。
        </p>
      )}
      <ListTable
        id="editors-dashboard-late"
        title="超过公开时限"
        rows={catalog.late}
        empty="没有超过公开时限的目录事项。"
        columns={['目录事项', '公开主体', '最近一条公开信息', '成文日期 → 发布日期', '用时']}
        row={(late) => (
          <tr key={late.item.id}>
            <th scope="row">
              <DocLink adminRoute={adminRoute} doc={late.item} />
            </th>
            <td>{late.item.department ?? '—'}</td>
            <td>
              <DocLink adminRoute={adminRoute} doc={late.disclosure} />
            </td>
            <td>
              <Day day={late.disclosure.writtenDate!} /> → <Day day={late.disclosure.publishDate} />
            </td>
            <td>
              <Status tone="bad">
                {late.used} 个工作日，超出时限（{late.limit} 个工作日）{late.used - late.limit} 个工作日
              </Status>
              {late.unsureYears.length > 0 && `（${late.unsureYears.join('、')} 年无节假日安排，结果仅供参考）`}
            </td>
          </tr>
        )}
      />
      <ListTable
        id="editors-dashboard-never"
        title="从未公开"
        rows={catalog.neverDisclosed}
        empty="每个目录事项都已有公开信息。"
        columns={['目录事项', '公开主体', '公开时限', '操作']}
        row={(item) => (
          <tr key={item.id}>
            <th scope="row">
              <DocLink adminRoute={adminRoute} doc={item} />
            </th>
            <td>{item.department ?? '—'}</td>
            <td>{item.limitText || '—'}</td>
            <td>
              <CreateLink adminRoute={adminRoute} collection="disclosures">
                新建公开信息
              </CreateLink>
            </td>
          </tr>
        )}
      />
      {catalog.noWrittenDate.length > 0 && (
        <ListTable
          id="editors-dashboard-no-written-date"
          title="无法判断（缺少成文日期）"
          rows={catalog.noWrittenDate}
          empty=""
          columns={['目录事项', '公开主体', '最近一条公开信息']}
          row={({ item, disclosure }) => (
            <tr key={item.id}>
              <th scope="row">
                <DocLink adminRoute={adminRoute} doc={item} />
              </th>
              <td>{item.department ?? '—'}</td>
              <td>
                <DocLink adminRoute={adminRoute} doc={disclosure} />
                （发布于 <Day day={disclosure.publishDate} />）
              </td>
            </tr>
          )}
        />
      )}
    </section>
  )
}

/** The counts at the top, each a link to its section. */
function Summary({ data }: { data: Dashboard }) {
  const { queue, themes, reminders, columns, catalog } = data
  const items: { href: string; label: string; count: number; unit: string; attention?: boolean }[] = [
    { href: '#editors-dashboard-review', label: '待审核', count: queue.review.length, unit: '项' },
    { href: '#editors-dashboard-returned', label: '退回修改', count: queue.returned.length, unit: '项' },
    // Scheduled releases are approved work: they only need attention when one did not go out.
    {
      href: '#editors-dashboard-scheduled',
      label: '已定时发布',
      count: queue.scheduled.length,
      unit: '项',
      attention: queue.scheduled.some((e) => e.due),
    },
    {
      href: '#editors-dashboard-themes',
      label: '主题未就绪',
      count: [themes.current, themes.next].filter((s) => !s.ready).length,
      unit: '个月',
    },
    { href: '#editors-dashboard-reminders', label: '缺少提醒', count: reminders.missing, unit: '周' },
    {
      href: '#editors-dashboard-columns',
      label: '栏目超期',
      count: columns.filter((c) => c.state === 'overdue' || c.state === 'never').length,
      unit: '个',
    },
    { href: '#editors-dashboard-late', label: '超过公开时限', count: catalog.late.length, unit: '项' },
    { href: '#editors-dashboard-never', label: '从未公开', count: catalog.neverDisclosed.length, unit: '项' },
  ]
  return (
    <ul className="editors-dashboard__summary" aria-label="概览">
      {items.map((item) => (
        <li
          key={item.href}
          className={(item.attention ?? item.count > 0) ? 'editors-dashboard__summary--attention' : undefined}
        >
          <a href={item.href}>
            <span className="editors-dashboard__label">{item.label}</span>
            <span className="editors-dashboard__count">{item.count}</span> {item.unit}
          </a>
        </li>
      ))}
    </ul>
  )
}

/** The dashboard itself, from data loaded beforehand. */
export function EditorsDashboardView({ data }: { data: Dashboard }) {
  return (
    <section className="editors-dashboard" aria-labelledby="editors-dashboard-title">
      <h2 id="editors-dashboard-title">编辑工作台</h2>
      <p className="editors-dashboard__intro">
        {data.user.name ? `${data.user.name}，您好。` : ''}今天是北京时间 <Day day={data.today} />，
        {formatWeek(data.week)}。
      </p>
      {data.user.role && data.user.role !== 'liaison' && (
        <p className="editors-dashboard__intro">
          <a className="editors-dashboard__create" href="/admin/paste-notice">
            粘贴通报
          </a>{' '}
          把已公开的通报全文粘贴进来，自动拆分为案例草稿，逐条核对后提交审核。
        </p>
      )}
      <Summary data={data} />
      <QueueSection data={data} />
      <ThemesSection data={data} />
      <RemindersSection data={data} />
      <ColumnsSection data={data} />
      <CatalogSection data={data} />
    </section>
  )
}

/**
 * 编辑工作台 on the admin home (`admin.components.beforeDashboard`): what needs doing, as the
 * signed-in user may see it. A server component: Payload passes `payload` and `user`.
 */
export async function EditorsDashboard({
  payload,
  user,
  now,
}: {
  payload: Payload
  user?: TypedUser | null
  now?: Date
}) {
  if (!user) return null
  const data = await loadDashboard(payload, user, now)
  return <EditorsDashboardView data={data} />
}
