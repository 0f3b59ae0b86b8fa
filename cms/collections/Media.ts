import type { CollectionConfig } from 'payload'

import { reviewers, staff, uploaders } from '../access/byRole'
import { ownerUnitOnCreate, readMedia } from '../access/media'
import { stripControlCharactersHook } from '../fields/controlCharacters'
import { mediaDir } from '../../content/shared/paths'
import { guardUpload, keepStoredName } from '../media/guardUpload'
import { UPLOAD_TYPES } from '../media/uploadName'

/**
 * 媒体: images and PDF attachments. Only staff read them through the CMS; the public gets the
 * files the export copies for published documents, so a draft's attachment never leaks.
 */
export const Media: CollectionConfig = {
  slug: 'media',
  labels: { singular: '媒体文件', plural: '媒体' },
  admin: {
    group: '系统',
    useAsTitle: 'alt',
    defaultColumns: ['filename', 'alt', 'mimeType', 'filesize', 'updatedAt'],
  },
  access: { read: readMedia, create: uploaders, update: staff, delete: reviewers },
  hooks: {
    beforeOperation: [guardUpload],
    beforeValidate: [stripControlCharactersHook],
    beforeChange: [keepStoredName],
  },
  upload: {
    staticDir: mediaDir(),
    // SVG is left out on purpose: it can carry script and the portal serves media from its own
    // origin. guardUpload checks the detected type against the same list and names the file.
    mimeTypes: Object.keys(UPLOAD_TYPES),
  },
  fields: [
    {
      name: 'alt',
      label: '说明',
      type: 'text',
      required: true,
      admin: { description: '图片的替代文字或文件的简要说明' },
    },
    {
      // Whose unit may see the file (readMedia): set from the uploader, never from the request.
      name: 'ownerUnit',
      label: '上传单位',
      type: 'relationship',
      relationTo: 'departments',
      index: true,
      hooks: { beforeChange: [ownerUnitOnCreate] },
      admin: { readOnly: true, position: 'sidebar', condition: (data) => Boolean(data?.ownerUnit) },
    },
  ],
}
