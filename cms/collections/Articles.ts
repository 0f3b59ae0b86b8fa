import { MODEL } from '../../content/model/collections'
import { dateOnlyField } from '../fields/dateOnly'
import { ARTICLE_KIND_OPTIONS } from '../fields/options'
import { richTextField } from '../fields/richText'
import { publicCollection } from './publicCollection'
import type { ImportRules } from '../import/rules'
import { dayOf, join, text } from '../import/keys'

/** How `npm run import` reads this collection's rows (docs/import.md). */
const importRules: ImportRules = {
  aliases: { kind: ['类别', '栏目名称'], publishDate: ['日期', '发布时间'], body: ['内容', '正文内容'] },
  keyLabel: '标题 + 发布日期',
  keyOf: (doc) => join(text(doc.title), dayOf(doc.publishDate)),
}

/** 文章: 工作动态 and 廉政文化 articles. */
export const Articles = publicCollection(
  MODEL.articles,
  {
    admin: {
      useAsTitle: 'title',
      defaultColumns: ['title', 'kind', 'publishDate', 'source', '_status'],
    },
    defaultSort: '-publishDate',
    fields: [
      { name: 'title', label: '标题', type: 'text', required: true },
      {
        type: 'row',
        fields: [
          {
            name: 'kind',
            label: '栏目',
            type: 'select',
            required: true,
            defaultValue: 'news',
            options: ARTICLE_KIND_OPTIONS,
          },
          dateOnlyField({ name: 'publishDate', label: '发布日期', required: true }),
          { name: 'source', label: '来源', type: 'text' },
        ],
      },
      { name: 'summary', label: '摘要', type: 'textarea' },
      richTextField({ name: 'body', label: '正文', required: true }),
      { name: 'cover', label: '封面', type: 'upload', relationTo: 'media' },
    ],
  },
  { import: importRules },
)
