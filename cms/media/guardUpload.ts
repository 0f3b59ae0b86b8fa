import { fileTypeFromBuffer, fileTypeFromFile } from 'file-type'
import {
  APIError,
  type CollectionBeforeChangeHook,
  type CollectionBeforeOperationHook,
  type PayloadRequest,
  ValidationError,
} from 'payload'

import { hasRole } from '../access/roles'
import { isSafeStoredName, isUploadType, uploadFileName } from './uploadName'
import { reviewedUsesOf } from './usage'

export const UPLOAD_TYPE_REFUSED = '只能上传 JPG、PNG、WebP、GIF 图片或 PDF 文件（按文件内容识别，与文件扩展名无关）。'

const refuse = (req: PayloadRequest, message: string) =>
  new ValidationError({ collection: 'media', errors: [{ path: 'file', message }], req }, req.t)

/** The type of the uploaded bytes, whatever the client declared or named the file. */
async function detectedType(file: NonNullable<PayloadRequest['file']>) {
  const useTemp = Boolean(file.tempFilePath) && (!file.data || file.data.length === 0)
  return useTemp ? fileTypeFromFile(file.tempFilePath as string) : fileTypeFromBuffer(file.data)
}

/**
 * Before Payload stores an upload: the type comes from the bytes and must be on the list, and
 * the stored name is rebuilt from the client's name with the extension of that type (Payload
 * would keep the client's extension and declared type: `report.html` holding a PDF would be
 * served as a page). A change to media that a published document shows — a new file or a new
 * 说明 — changes the portal, and one to media of a document under review or approved for a
 * time would be published unseen: only reviewers and admins may make it.
 */
export const guardUpload: CollectionBeforeOperationHook = async ({ args, operation, overrideAccess, req }) => {
  if (operation !== 'create' && operation !== 'update') return args
  const file = req.file
  if (file) {
    const detected = await detectedType(file).catch(() => undefined)
    if (!isUploadType(detected?.mime)) throw refuse(req, UPLOAD_TYPE_REFUSED)
    file.mimetype = detected.mime
    file.name = uploadFileName(file.name, detected.mime)
  }
  if (operation === 'update' && !overrideAccess && req.user && !hasRole(req.user, 'admin', 'reviewer')) {
    const id = (args as { id?: number | string }).id
    if (id === undefined) throw new APIError('请逐个修改媒体文件。', 400, undefined, true)
    const uses = await reviewedUsesOf(req, id)
    if (uses.length > 0) {
      const shown = uses
        .slice(0, 3)
        .map((use) => use.label)
        .join('、')
      throw new APIError(
        `此文件已用于已发布、待审核或已定时发布的${shown}${uses.length > 3 ? ` 等 ${uses.length} 篇内容` : ''}，更换文件或修改说明会绕过审核，只能由审核员或管理员操作。请上传新文件，在内容中换用后提交审核。`,
        403,
        undefined,
        true,
      )
    }
  }
  return args
}

/** The stored name stays the one made at upload (a rename could point the export at any path). */
export const keepStoredName: CollectionBeforeChangeHook = ({ data, operation, originalDoc, req }) => {
  if (operation === 'update' && !req.file && originalDoc?.filename) data.filename = originalDoc.filename
  if (data.filename !== undefined && data.filename !== null && !isSafeStoredName(data.filename)) {
    throw refuse(req, `文件名「${String(data.filename).slice(0, 60)}」不可用，请重新上传文件。`)
  }
  return data
}
