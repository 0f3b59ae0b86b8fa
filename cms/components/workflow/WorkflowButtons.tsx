'use client'
// The document toolbar by role: editors and unit liaisons get 保存草稿 and 提交审核; only
// reviewers and admins see 发布. The server refuses a publish by anyone else anyway
// (cms/workflow/guard.ts); this keeps the button from being offered at all.
import {
  FormSubmit,
  PublishButton,
  SaveDraftButton,
  useAuth,
  useConfig,
  useDocumentInfo,
  useForm,
} from '@payloadcms/ui'
import { formatAdminURL } from 'payload/shared'
import React, { useCallback, useState } from 'react'

type RoleUser = { role?: string | null } | null | undefined

const isReviewer = (user: RoleUser) => user?.role === 'admin' || user?.role === 'reviewer'

/** 发布 for reviewers and admins only. */
export function ReviewerPublishButton(): React.ReactElement | null {
  const { user } = useAuth()
  if (!isReviewer(user as RoleUser)) return null
  return <PublishButton />
}

/** 保存草稿, plus 提交审核 for editors and liaisons: saves the draft with 状态 = 待审核. */
export function DraftAndSubmitButtons(): React.ReactElement {
  const { user } = useAuth()
  const { submit } = useForm()
  const { id, collectionSlug } = useDocumentInfo()
  const {
    config: {
      routes: { api },
    },
  } = useConfig()
  const [busy, setBusy] = useState(false)

  const submitForReview = useCallback(async () => {
    if (!collectionSlug || busy) return
    setBusy(true)
    try {
      await submit({
        action: formatAdminURL({ apiRoute: api, path: `/${collectionSlug}${id ? `/${id}` : ''}?depth=0&draft=true` }),
        method: id ? 'PATCH' : 'POST',
        overrides: { _status: 'draft', workflow: 'review' },
        skipValidation: true,
      })
    } finally {
      setBusy(false)
    }
  }, [api, busy, collectionSlug, id, submit])

  return (
    <>
      <SaveDraftButton />
      {!isReviewer(user as RoleUser) && (
        <FormSubmit
          buttonStyle="primary"
          disabled={busy}
          onClick={() => void submitForReview()}
          size="medium"
          type="button"
        >
          提交审核
        </FormSubmit>
      )}
    </>
  )
}
