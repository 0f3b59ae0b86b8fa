import type { GlobalConfig } from 'payload'

import { admins } from '../access/byRole'
import { readPublicGlobal } from '../access/readContent'

const DATE = /^\d{4}-\d{2}-\d{2}$/

/** A YYYY-MM-DD that is a real day. */
function validDate(value: unknown): true | string {
  if (typeof value !== 'string' || !DATE.test(value)) return '请按 YYYY-MM-DD 填写日期，例如 2026-10-01。'
  const d = new Date(`${value}T00:00:00Z`)
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === value ? true : `日期「${value}」不存在。`
}

/**
 * 工作日历: the statutory holidays and make-up working days that 公开时限 in working days are
 * counted with (catalogue time limits on the portal and the editors' dashboard). Public
 * information, exported to content/calendar.json; only admins change it.
 */
export const WorkCalendar: GlobalConfig = {
  slug: 'work-calendar',
  label: '工作日历',
  admin: {
    group: '系统',
    description: '法定节假日和调休上班日，用于按工作日计算公开时限。每年国务院办公厅公布次年安排后，在此新增一年。',
  },
  access: { read: readPublicGlobal, update: admins },
  fields: [
    {
      name: 'years',
      label: '年度安排',
      type: 'array',
      labels: { singular: '年度', plural: '年度' },
      admin: { initCollapsed: true },
      fields: [
        { name: 'year', label: '年份', type: 'number', required: true, min: 2000, max: 2100 },
        {
          name: 'source',
          label: '依据',
          type: 'text',
          required: true,
          admin: { description: '如：国办发明电〔2024〕12号' },
        },
        {
          name: 'holidays',
          label: '放假',
          type: 'array',
          fields: [
            { name: 'name', label: '节日', type: 'text', required: true },
            { name: 'from', label: '起（含）', type: 'text', required: true, validate: validDate },
            {
              name: 'to',
              label: '止（含）',
              type: 'text',
              required: true,
              validate: (value: unknown, { siblingData }: { siblingData: Record<string, unknown> }) => {
                const ok = validDate(value)
                if (ok !== true) return ok
                return typeof siblingData?.from === 'string' && (value as string) < siblingData.from
                  ? '放假止日不能早于起日。'
                  : true
              },
            },
          ],
        },
        {
          name: 'workdays',
          label: '调休上班',
          type: 'array',
          fields: [{ name: 'date', label: '日期', type: 'text', required: true, validate: validDate }],
        },
      ],
    },
  ],
}
