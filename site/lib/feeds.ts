// Atom feeds per section (RFC 4287): one definition per feed, rendered by pages/feeds/[feed].xml.ts
// and linked from every page's <head> with <link rel="alternate">.
// Not the `feed` package: it writes a control character that XML 1.0 forbids as it gets it, and one
// such character in an old document makes the whole feed unreadable; xmlText drops them. It was
// also slower for 50 entries (bench/libraries.ts, docs/benchmarks.md).
import { loadCollection, primaryDate, summarize, titleOf, type CollectionName, type Entry } from './collections'
import { detailUrl } from './urls'
import { xmlText } from './xmlText'

export interface FeedDefinition {
  /** File name under /feeds/, without `.xml`. */
  slug: string
  /** Feed title shown by feed readers. */
  title: string
  /** The section page the feed follows. */
  alternate: string
  collections: CollectionName[]
}

export const FEEDS: FeedDefinition[] = [
  { slug: 'reminders', title: '每周提醒（一周一提醒）', alternate: '/reminders/', collections: ['reminders'] },
  { slug: 'themes', title: '月度主题（一月一主题）', alternate: '/themes/', collections: ['themes'] },
  { slug: 'warning', title: '警示通报与典型案例', alternate: '/bulletins/', collections: ['bulletins', 'cases'] },
  { slug: 'disclosures', title: '公开信息', alternate: '/disclosures/', collections: ['disclosures'] },
  { slug: 'articles', title: '工作动态与廉政文化', alternate: '/articles/', collections: ['articles'] },
]

/** Entries a feed carries: the newest first. */
const FEED_SIZE = 50

export const feedUrl = (slug: string) => `/feeds/${slug}.xml`

const xml = xmlText

/** A date-only value as the start of that day in Asia/Shanghai, as Atom wants a full timestamp. */
const atomDate = (value: string) => (/^\d{4}-\d{2}-\d{2}$/.test(value) ? `${value}T00:00:00+08:00` : value)

/** When an entry was published for the feed: its own date, else its last update. */
function entryDate(entry: Entry): string {
  const date = primaryDate(entry)
  return date && /^\d{4}-\d{2}-\d{2}$/.test(date) ? atomDate(date) : entry.data.updatedAt
}

/** When the public last saw a change that matters (first publication or 重大修改). */
const entryUpdated = (entry: Entry) =>
  entry.data.publicUpdatedAt ? atomDate(entry.data.publicUpdatedAt) : entry.data.updatedAt

export async function renderFeed(feed: FeedDefinition, site: URL): Promise<string> {
  const lists = await Promise.all(feed.collections.map((name) => loadCollection(name)))
  const entries = lists
    .flat()
    .sort((a, b) => (entryDate(a) < entryDate(b) ? 1 : -1))
    .slice(0, FEED_SIZE)
  const absolute = (path: string) => new URL(path, site).href
  const updated = entries
    .map(entryUpdated)
    .reduce((latest, u) => (Date.parse(u) > Date.parse(latest) ? u : latest), '1970-01-01T00:00:00Z')
  const items = entries.map((entry) => {
    const url = absolute(detailUrl(entry.collection, entry.id))
    const summary = summarize(entry)
    const text = [summary.excerpt, ...summary.meta].filter(Boolean).join(' · ')
    return `  <entry>
    <title>${xml(titleOf(entry))}</title>
    <link rel="alternate" type="text/html" href="${xml(url)}"/>
    <id>${xml(url)}</id>
    <published>${xml(entryDate(entry))}</published>
    <updated>${xml(entryUpdated(entry))}</updated>
    <summary>${xml(text)}</summary>
  </entry>`
  })
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="zh-CN">
  <title>${xml(`${feed.title} - 崇德倡廉网`)}</title>
  <id>${xml(absolute(feedUrl(feed.slug)))}</id>
  <link rel="self" type="application/atom+xml" href="${xml(absolute(feedUrl(feed.slug)))}"/>
  <link rel="alternate" type="text/html" href="${xml(absolute(feed.alternate))}"/>
  <updated>${xml(updated)}</updated>
  <author><name>清风市纪委监委（演示）</name></author>
${items.join('\n')}
</feed>
`
}
