import type { AdminViewServerProps } from 'payload'
import { DefaultTemplate } from '@payloadcms/next/templates'
import { Gutter } from '@payloadcms/ui'
import { redirect } from 'next/navigation'
import React from 'react'

import { isStaff } from '../../access/roles'
import { PasteNoticeForm } from './PasteNoticeForm'
import './PasteNotice.css'

/** 粘贴通报 (/admin/paste-notice): for the staff who write cases; anyone else is sent to the dashboard. */
export function PasteNoticeView({ initPageResult, params, searchParams }: AdminViewServerProps) {
  const { req, permissions, visibleEntities, locale } = initPageResult
  if (!req.user) redirect('/admin/login?redirect=%2Fadmin%2Fpaste-notice')
  if (!isStaff(req.user)) redirect('/admin')
  return (
    <DefaultTemplate
      i18n={req.i18n}
      locale={locale}
      params={params}
      payload={req.payload}
      permissions={permissions}
      searchParams={searchParams}
      user={req.user}
      visibleEntities={visibleEntities}
    >
      <Gutter>
        <h1 className="paste-notice__title">粘贴通报</h1>
        <p className="paste-notice__intro">
          粘贴一份已公开的通报全文（标题、发布单位、日期和编号条目）或单独的案例条目。系统按原文识别每条案例的被处分人、单位、职务、处分、处分决定日期和移送情况，
          在原文中标出识别到的内容，供您逐条核对；确认后为每条案例创建一份草稿，并为整份通报创建一份通报草稿。草稿须经审核发布后才会出现在网站上。
        </p>
        <PasteNoticeForm />
      </Gutter>
    </DefaultTemplate>
  )
}
