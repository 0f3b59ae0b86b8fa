import sharp from 'sharp'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { MODEL } from '../../content/model/collections'
import type { User } from '../../cms/payload-types'
import { ONLY_REVIEWERS_PUBLISH, PUBLISHED_NEEDS_DRAFT } from '../../cms/workflow/guard'
import { OWN_UNIT_ONLY } from '../../cms/workflow/ownUnit'
import {
  createRelated,
  PUBLIC_COLLECTIONS,
  type PublicCollection,
  type Related,
  unique,
  validData,
} from '../helpers/fixtures'
import { startTestPayload, type TestPayload } from '../helpers/payload'
import { createRestClient, type RestClient, type RestResponse } from '../helpers/rest'
import { createLiaison, createStaff, newPassword, passwordOf, type StaffUsers } from '../helpers/users'

/**
 * Who may do what, through the REST API the admin uses (/api/…, the Next route handlers called
 * in-process): every role × every public collection × every action, then accounts, media and
 * the records. The expectation tables below are the specification; the rows are generated
 * from them.
 */

// ─── The specification ─────────────────────────────────────────────────────────────────────

const ROLES = ['anonymous', 'editor', 'reviewer', 'admin', 'liaison (own unit)', 'liaison (other unit)'] as const
type Role = (typeof ROLES)[number]

/** The collections a 单位联络员 maintains for their own unit (their `department` is the unit). */
const UNIT_COLLECTIONS: readonly PublicCollection[] = ['catalog-items', 'disclosures']

const ACTIONS = [
  'read published',
  'read draft',
  'create draft',
  'update draft',
  'edit published as draft',
  'publish new',
  'publish draft',
  'unpublish',
  'delete never-published',
  'delete published',
  'duplicate published (?draft=false)',
  'read version history',
  'restore an old version as a draft',
] as const
type Action = (typeof ACTIONS)[number]

const isLiaison = (role: Role) => role.startsWith('liaison')
const isReviewer = (role: Role) => role === 'reviewer' || role === 'admin'

/** Whether `role` may perform `action` in `collection`. */
function allowed(role: Role, collection: PublicCollection, action: Action): boolean {
  // The portal is static: anonymous API reads are off unless an office turns the public API on.
  if (role === 'anonymous') return false
  if (action === 'read published') return true
  // Staff see drafts everywhere; a liaison only their own unit's catalogue items and disclosures.
  if (action === 'read draft' || action === 'read version history') {
    return !isLiaison(role) || (role === 'liaison (own unit)' && UNIT_COLLECTIONS.includes(collection))
  }
  // What the public sees changes only through reviewers and admins.
  if (
    action === 'publish new' ||
    action === 'publish draft' ||
    action === 'unpublish' ||
    action === 'delete published'
  ) {
    return isReviewer(role)
  }
  // Drafting (create, edit, throw away a never-published draft): staff everywhere,
  // a liaison only in their own unit's catalogue items and disclosures.
  if (role === 'liaison (other unit)') return false
  if (role === 'liaison (own unit)') return UNIT_COLLECTIONS.includes(collection)
  return true
}

// Chinese messages in the response body.
const NOT_ALLOWED = '您无权执行此操作。'

type Expected = { status: number; message?: string }

/** How the answer looks over HTTP: the success status, or how the refusal shows. */
function expected(role: Role, collection: PublicCollection, action: Action): Expected {
  if (allowed(role, collection, action)) {
    return { status: action === 'create draft' || action === 'publish new' ? 201 : 200 }
  }
  // Anonymous callers are refused outright (reads too: the message may come from the API guard).
  if (role === 'anonymous') return action.startsWith('read') ? { status: 403 } : { status: 403, message: NOT_ALLOWED }
  // A draft outside a liaison's sight is simply not there.
  if (action === 'read draft') return { status: 404 }
  // Versions: none of another unit's (an empty answer), no history at all outside their collections.
  if (action === 'read version history')
    return { status: isLiaison(role) && UNIT_COLLECTIONS.includes(collection) ? 200 : 403 }
  // The workflow guard answers signed-in users before access control, in Chinese.
  if (action === 'publish new' || action === 'publish draft') return { status: 403, message: ONLY_REVIEWERS_PUBLISH }
  if (action === 'unpublish') return { status: 403, message: PUBLISHED_NEEDS_DRAFT }
  // A new document for another unit: refused by the unit check, which says why.
  if (
    (action === 'create draft' || action.startsWith('duplicate')) &&
    role === 'liaison (other unit)' &&
    UNIT_COLLECTIONS.includes(collection)
  ) {
    return { status: 403, message: OWN_UNIT_ONLY }
  }
  // Everything else is access control. Where a rule narrows what a role may touch rather than
  // refusing the role (editors delete only never-published documents, liaisons touch only their
  // unit's), Payload answers a write to a document outside it with 403 too, not 404.
  return { status: 403, message: NOT_ALLOWED }
}

// ─── Fixtures ──────────────────────────────────────────────────────────────────────────────

let ctx: TestPayload
let payload: Payload
let rest: RestClient
let staff: StaffUsers
let related: Related
let otherUnit: number
const accounts = {} as Record<Exclude<Role, 'anonymous'>, User>
const tokens = {} as Record<Role, string | null>
/** A published document and a never-published draft per collection, read and edited by many rows. */
const shared = new Map<PublicCollection, { published: number; draft: number }>()

/** A text field each collection can change in a draft: its first title field unless named here. */
const EDITABLE_FIELDS: Partial<Record<PublicCollection, string>> = {
  departments: 'region',
  'catalog-items': 'procedure',
  disclosures: 'keywords',
  cases: 'region',
  bulletins: 'title',
  themes: 'summary',
  reminders: 'message',
  brands: 'summary',
  exemplars: 'summary',
  articles: 'title',
}
const editable = (collection: PublicCollection) => EDITABLE_FIELDS[collection] ?? MODEL[collection].title.fields[0]

let n = 100
const data = (collection: PublicCollection) => validData(collection, related, n++)
const quiet = { skipPublish: true }

async function fixture(collection: PublicCollection, status: 'draft' | 'published'): Promise<number> {
  const doc = await payload.create({
    collection,
    data: { ...data(collection), _status: status } as never,
    draft: status === 'draft',
    context: quiet,
  })
  return doc.id
}

const mainDoc = (collection: PublicCollection, id: number) =>
  payload.findByID({ collection, id, depth: 0, disableErrors: true }) as unknown as Promise<Record<
    string,
    unknown
  > | null>
const latestDraft = (collection: PublicCollection, id: number) =>
  payload.findByID({ collection, id, depth: 0, draft: true }) as unknown as Promise<Record<string, unknown>>

const pngFile = () =>
  sharp({ create: { width: 2, height: 2, channels: 3, background: '#c00' } })
    .png()
    .toBuffer()

async function uploadForm(alt: string): Promise<FormData> {
  const form = new FormData()
  form.append('file', new Blob([new Uint8Array(await pngFile())], { type: 'image/png' }), `${unique('upload')}.png`)
  form.append('_payload', JSON.stringify({ alt }))
  return form
}

beforeAll(async () => {
  ctx = await startTestPayload()
  payload = ctx.payload
  // Refusals are the point of this file: keep the expected ones out of the log.
  payload.logger.level = 'fatal'
  rest = await createRestClient()
  staff = await createStaff(payload)
  related = await createRelated(payload)
  otherUnit = (
    await payload.create({
      collection: 'departments',
      data: { ...data('departments'), _status: 'published' } as never,
      context: quiet,
    })
  ).id
  Object.assign(accounts, {
    editor: staff.editor,
    reviewer: staff.reviewer,
    admin: staff.admin,
    'liaison (own unit)': await createLiaison(payload, related.department, '本单位联络员'),
    'liaison (other unit)': await createLiaison(payload, otherUnit, '外单位联络员'),
  })
  tokens.anonymous = null
  for (const role of ROLES.filter((r) => r !== 'anonymous')) {
    tokens[role] = await rest.login(accounts[role as Exclude<Role, 'anonymous'>])
  }
  for (const collection of PUBLIC_COLLECTIONS) {
    shared.set(collection, {
      published: await fixture(collection, 'published'),
      draft: await fixture(collection, 'draft'),
    })
  }
})

afterAll(async () => {
  // The database is a temporary file: dropping it is the clean-up.
  await ctx?.cleanup()
})

// ─── Public collections ────────────────────────────────────────────────────────────────────

type Attempt = { response: RestResponse; verify: (allowed: boolean) => Promise<void> }
type Perform = (collection: PublicCollection, token: string | null) => Promise<Attempt>

const PERFORM: Record<Action, Perform> = {
  'read published': async (collection, token) => {
    const id = shared.get(collection)!.published
    const response = await rest.call('GET', `${collection}/${id}?depth=0`, { token })
    return {
      response,
      verify: async (ok) => {
        if (ok) expect(response.body).toMatchObject({ id, _status: 'published' })
        else expect(response.body.id).toBeUndefined()
      },
    }
  },

  'read draft': async (collection, token) => {
    const id = shared.get(collection)!.draft
    const response = await rest.call('GET', `${collection}/${id}?depth=0&draft=true`, { token })
    return {
      response,
      verify: async (ok) => {
        if (ok) expect(response.body).toMatchObject({ id, _status: 'draft' })
        else expect(response.body.id).toBeUndefined()
      },
    }
  },

  'duplicate published (?draft=false)': async (collection, token) => {
    const id = shared.get(collection)!.published
    const before = await payload.count({ collection })
    // Fresh values for the fields that must be unique (month, week, name…); the rest is copied.
    const response = await rest.call('POST', `${collection}/${id}/duplicate?draft=false&depth=0`, {
      token,
      body: data(collection),
    })
    return {
      response,
      verify: async (ok) => {
        expect((await payload.count({ collection })).totalDocs).toBe(before.totalDocs + (ok ? 1 : 0))
        // A copy is always a draft with no public past, whoever made it.
        if (ok)
          expect(await mainDoc(collection, response.body.doc.id)).toMatchObject({
            _status: 'draft',
            workflow: 'draft',
            firstPublishedAt: null,
          })
        expect(await mainDoc(collection, id)).toMatchObject({ _status: 'published' })
      },
    }
  },

  'create draft': async (collection, token) => {
    const before = await payload.count({ collection })
    const response = await rest.call('POST', `${collection}?draft=true&depth=0`, {
      token,
      body: { ...data(collection), _status: 'draft' },
    })
    return {
      response,
      verify: async (ok) => {
        expect((await payload.count({ collection })).totalDocs).toBe(before.totalDocs + (ok ? 1 : 0))
        if (ok) expect(response.body.doc).toMatchObject({ _status: 'draft', workflow: 'draft' })
      },
    }
  },

  'update draft': async (collection, token) => {
    const id = shared.get(collection)!.draft
    const field = editable(collection)
    const before = (await latestDraft(collection, id))[field]
    const value = unique('草稿修改')
    const response = await rest.call('PATCH', `${collection}/${id}?draft=true&depth=0`, {
      token,
      body: { [field]: value, _status: 'draft' },
    })
    return {
      response,
      verify: async (ok) => {
        expect((await latestDraft(collection, id))[field]).toBe(ok ? value : before)
      },
    }
  },

  'edit published as draft': async (collection, token) => {
    const id = shared.get(collection)!.published
    const field = editable(collection)
    const live = await mainDoc(collection, id)
    const before = (await latestDraft(collection, id))[field]
    const value = unique('待审修改')
    const response = await rest.call('PATCH', `${collection}/${id}?draft=true&depth=0`, {
      token,
      body: { [field]: value, _status: 'draft' },
    })
    return {
      response,
      verify: async (ok) => {
        expect((await latestDraft(collection, id))[field]).toBe(ok ? value : before)
        // The public keeps seeing the published text either way.
        expect(await mainDoc(collection, id)).toMatchObject({ _status: 'published', [field]: live![field] })
      },
    }
  },

  'publish new': async (collection, token) => {
    const before = await payload.count({ collection })
    const response = await rest.call('POST', `${collection}?depth=0`, {
      token,
      body: { ...data(collection), _status: 'published' },
    })
    return {
      response,
      verify: async (ok) => {
        expect((await payload.count({ collection })).totalDocs).toBe(before.totalDocs + (ok ? 1 : 0))
        if (ok)
          expect(response.body.doc).toMatchObject({
            _status: 'published',
            workflow: 'published',
            firstPublishedAt: expect.any(String),
          })
      },
    }
  },

  'publish draft': async (collection, token) => {
    const id = await fixture(collection, 'draft')
    const response = await rest.call('PATCH', `${collection}/${id}?depth=0`, { token, body: { _status: 'published' } })
    return {
      response,
      verify: async (ok) => {
        expect(await mainDoc(collection, id)).toMatchObject(
          ok ? { _status: 'published', workflow: 'published' } : { _status: 'draft' },
        )
      },
    }
  },

  unpublish: async (collection, token) => {
    const id = await fixture(collection, 'published')
    const response = await rest.call('PATCH', `${collection}/${id}?depth=0`, { token, body: { _status: 'draft' } })
    return {
      response,
      verify: async (ok) => {
        expect(await mainDoc(collection, id)).toMatchObject(
          ok ? { _status: 'draft', workflow: 'withdrawn' } : { _status: 'published', workflow: 'published' },
        )
      },
    }
  },

  'delete never-published': async (collection, token) => {
    const id = await fixture(collection, 'draft')
    const response = await rest.call('DELETE', `${collection}/${id}`, { token })
    return {
      response,
      verify: async (ok) => {
        expect(await mainDoc(collection, id)).toEqual(ok ? null : expect.objectContaining({ id }))
      },
    }
  },

  'delete published': async (collection, token) => {
    const id = await fixture(collection, 'published')
    const response = await rest.call('DELETE', `${collection}/${id}`, { token })
    return {
      response,
      verify: async (ok) => {
        expect(await mainDoc(collection, id)).toEqual(ok ? null : expect.objectContaining({ id, _status: 'published' }))
      },
    }
  },

  'read version history': async (collection, token) => {
    const id = shared.get(collection)!.draft
    const response = await rest.call('GET', `${collection}/versions?where[parent][equals]=${id}&depth=0`, { token })
    return {
      response,
      verify: async (ok) => {
        const parents = ((response.body.docs ?? []) as { parent: number }[]).map((version) => version.parent)
        if (ok) expect(parents).toContain(id)
        else expect(parents).not.toContain(id)
      },
    }
  },

  'restore an old version as a draft': async (collection, token) => {
    const id = await fixture(collection, 'published')
    const field = editable(collection)
    const live = await mainDoc(collection, id)
    const { docs } = await payload.findVersions({ collection, where: { parent: { equals: id } }, depth: 0 })
    await payload.update({ collection, id, data: { [field]: unique('较新的草稿') }, draft: true, context: quiet })
    const response = await rest.call('POST', `${collection}/versions/${docs[0].id}?draft=true&depth=0`, { token })
    return {
      response,
      verify: async (ok) => {
        // The public keeps the published text: a restore by anyone is a draft to review.
        expect(await mainDoc(collection, id)).toMatchObject({ _status: 'published', [field]: live![field] })
        if (ok) expect((await latestDraft(collection, id))[field]).toBe(live![field])
        else expect((await latestDraft(collection, id))[field]).not.toBe(live![field])
      },
    }
  },
}

const describeOutcome = (e: Expected, ok: boolean) => (ok ? `allowed (${e.status})` : `refused (${e.status})`)

/** Checks status, the Chinese message of a refusal and the state of the database afterwards. */
async function check(attempt: Attempt, e: Expected, ok: boolean) {
  const { response } = attempt
  expect(response.status, JSON.stringify(response.body)).toBe(e.status)
  if (e.message) expect(rest.messageOf(response)).toBe(e.message)
  await attempt.verify(ok)
}

const CONTENT_ROWS = ROLES.flatMap((role) =>
  PUBLIC_COLLECTIONS.flatMap((collection) =>
    ACTIONS.map((action) => {
      const ok = allowed(role, collection, action)
      const e = expected(role, collection, action)
      return { role, collection, action, ok, e, outcome: describeOutcome(e, ok) }
    }),
  ),
)

describe('public collections: role × collection × action', () => {
  it.each(CONTENT_ROWS)('$role · $collection · $action → $outcome', async ({ role, collection, action, ok, e }) => {
    await check(await PERFORM[action](collection, tokens[role]), e, ok)
  })
})

// ─── Accounts ──────────────────────────────────────────────────────────────────────────────

const USER_ACTIONS = [
  'read another account',
  'list accounts',
  'create an account',
  'raise own role to admin',
  'change own unit',
  "change another account's role",
  'delete another account',
] as const
type UserAction = (typeof USER_ACTIONS)[number]

/** Only admins manage accounts; nobody raises their own role or leaves their unit. */
const userAllowed = (role: Role, _action: UserAction) => role === 'admin'

/** Own-account actions apply to signed-in users who are not admins (an admin already holds every right). */
const userApplies = (role: Role, action: UserAction) =>
  !(
    (action === 'raise own role to admin' || action === 'change own unit') &&
    (role === 'anonymous' || role === 'admin')
  )

function userExpected(role: Role, action: UserAction): Expected {
  if (userAllowed(role, action)) return { status: action === 'create an account' ? 201 : 200 }
  if (role === 'anonymous') return { status: 403, message: NOT_ALLOWED }
  switch (action) {
    case 'read another account':
      // Everyone but admins sees only their own account: others are not found.
      return { status: 404 }
    case 'list accounts':
      // The list holds their own account only (checked below).
      return { status: 200 }
    case 'raise own role to admin':
    case 'change own unit':
      // The save goes through, the role and unit fields are not theirs to write (checked below).
      return { status: 200 }
    default:
      return { status: 403, message: NOT_ALLOWED }
  }
}

const bystander = (role: User['role'] = 'editor') =>
  payload.create({
    collection: 'users',
    data: { email: `${unique('bystander')}@example.test`, password: newPassword(), role },
  })

type UserPerform = (role: Role, token: string | null) => Promise<Attempt>

const USER_PERFORM: Record<UserAction, UserPerform> = {
  'read another account': async (_role, token) => {
    const other = await bystander()
    const response = await rest.call('GET', `users/${other.id}`, { token })
    return { response, verify: async (ok) => expect(response.body.email).toBe(ok ? other.email : undefined) }
  },

  'list accounts': async (role, token) => {
    const response = await rest.call('GET', 'users?limit=100&depth=0', { token })
    return {
      response,
      verify: async (ok) => {
        if (role === 'anonymous') return expect(response.body.docs).toBeUndefined()
        const ids = (response.body.docs as User[]).map((user) => user.id)
        if (ok) expect(ids.length).toBe((await payload.count({ collection: 'users' })).totalDocs)
        else expect(ids).toEqual([accounts[role as Exclude<Role, 'anonymous'>].id])
      },
    }
  },

  'create an account': async (_role, token) => {
    const email = `${unique('new')}@example.test`
    const response = await rest.call('POST', 'users', {
      token,
      body: { email, password: newPassword(), role: 'reviewer' },
    })
    return {
      response,
      verify: async (ok) => {
        const { totalDocs } = await payload.count({ collection: 'users', where: { email: { equals: email } } })
        expect(totalDocs).toBe(ok ? 1 : 0)
      },
    }
  },

  'raise own role to admin': async (role, token) => {
    const me = accounts[role as Exclude<Role, 'anonymous'>]
    const name = unique('新名字')
    const response = await rest.call('PATCH', `users/${me.id}`, { token, body: { name, role: 'admin' } })
    return {
      response,
      verify: async () => {
        const stored = await payload.findByID({ collection: 'users', id: me.id, depth: 0 })
        expect(stored).toMatchObject({ name, role: me.role })
      },
    }
  },

  'change own unit': async (role, token) => {
    const me = accounts[role as Exclude<Role, 'anonymous'>]
    const before = (await payload.findByID({ collection: 'users', id: me.id, depth: 0 })).department ?? null
    const target = before === otherUnit ? related.department : otherUnit
    const response = await rest.call('PATCH', `users/${me.id}`, { token, body: { department: target } })
    return {
      response,
      verify: async () => {
        expect((await payload.findByID({ collection: 'users', id: me.id, depth: 0 })).department ?? null).toBe(before)
      },
    }
  },

  "change another account's role": async (_role, token) => {
    const other = await bystander('editor')
    const response = await rest.call('PATCH', `users/${other.id}`, { token, body: { role: 'reviewer' } })
    return {
      response,
      verify: async (ok) => {
        expect((await payload.findByID({ collection: 'users', id: other.id })).role).toBe(ok ? 'reviewer' : 'editor')
      },
    }
  },

  'delete another account': async (_role, token) => {
    const other = await bystander()
    const response = await rest.call('DELETE', `users/${other.id}`, { token })
    return {
      response,
      verify: async (ok) => {
        expect(await payload.findByID({ collection: 'users', id: other.id, disableErrors: true })).toEqual(
          ok ? null : expect.objectContaining({ id: other.id }),
        )
      },
    }
  },
}

const USER_ROWS = ROLES.flatMap((role) =>
  USER_ACTIONS.filter((action) => userApplies(role, action)).map((action) => {
    const ok = userAllowed(role, action)
    const e = userExpected(role, action)
    return { role, action, ok, e, outcome: describeOutcome(e, ok) }
  }),
)

describe('users: role × action', () => {
  it.each(USER_ROWS)('$role · users · $action → $outcome', async ({ role, action, ok, e }) => {
    await check(await USER_PERFORM[action](role, tokens[role]), e, ok)
  })
})

// ─── Media ─────────────────────────────────────────────────────────────────────────────────

const MEDIA_ACTIONS = ['list', 'upload', 'edit description', 'delete'] as const
type MediaAction = (typeof MEDIA_ACTIONS)[number]

/** Staff read, upload and describe files; liaisons read and upload (a disclosure needs its PDF); reviewers and admins delete. */
function mediaAllowed(role: Role, action: MediaAction): boolean {
  if (role === 'anonymous') return false
  if (action === 'list' || action === 'upload') return true
  if (action === 'edit description') return !isLiaison(role)
  return isReviewer(role)
}

const mediaExpected = (role: Role, action: MediaAction): Expected =>
  mediaAllowed(role, action) ? { status: action === 'upload' ? 201 : 200 } : { status: 403, message: NOT_ALLOWED }

const mediaFixture = async () =>
  (
    await payload.create({
      collection: 'media',
      data: { alt: '测试图片' },
      file: { data: await pngFile(), mimetype: 'image/png', name: `${unique('fixture')}.png`, size: 0 },
    })
  ).id

const MEDIA_PERFORM: Record<MediaAction, (token: string | null) => Promise<Attempt>> = {
  list: async (token) => {
    const response = await rest.call('GET', 'media?depth=0', { token })
    return { response, verify: async (ok) => expect(Array.isArray(response.body.docs)).toBe(ok) }
  },
  upload: async (token) => {
    const alt = unique('上传')
    const response = await rest.call('POST', 'media', { token, form: await uploadForm(alt) })
    return {
      response,
      verify: async (ok) => {
        expect((await payload.count({ collection: 'media', where: { alt: { equals: alt } } })).totalDocs).toBe(
          ok ? 1 : 0,
        )
      },
    }
  },
  'edit description': async (token) => {
    const id = await mediaFixture()
    const alt = unique('新说明')
    const response = await rest.call('PATCH', `media/${id}`, { token, body: { alt } })
    return {
      response,
      verify: async (ok) =>
        expect((await payload.findByID({ collection: 'media', id })).alt).toBe(ok ? alt : '测试图片'),
    }
  },
  delete: async (token) => {
    const id = await mediaFixture()
    const response = await rest.call('DELETE', `media/${id}`, { token })
    return {
      response,
      verify: async (ok) =>
        expect(await payload.findByID({ collection: 'media', id, disableErrors: true })).toEqual(
          ok ? null : expect.objectContaining({ id }),
        ),
    }
  },
}

const MEDIA_ROWS = ROLES.flatMap((role) =>
  MEDIA_ACTIONS.map((action) => {
    const ok = mediaAllowed(role, action)
    const e = mediaExpected(role, action)
    return { role, action, ok, e, outcome: describeOutcome(e, ok) }
  }),
)

describe('media: role × action', () => {
  it.each(MEDIA_ROWS)('$role · media · $action → $outcome', async ({ role, action, ok, e }) => {
    await check(await MEDIA_PERFORM[action](tokens[role]), e, ok)
  })
})

// ─── Records (审核记录, 发布记录) ──────────────────────────────────────────────────────────

const RECORD_ACTIONS = ['read 审核记录', 'read 发布记录', 'delete a 审核记录 entry', 'edit a 审核记录 entry'] as const
type RecordAction = (typeof RECORD_ACTIONS)[number]

/** Reviewers and admins read the records; nobody, not even an admin, rewrites them. */
const recordAllowed = (role: Role, action: RecordAction) => action.startsWith('read') && isReviewer(role)
const recordExpected = (role: Role, action: RecordAction): Expected =>
  recordAllowed(role, action) ? { status: 200 } : { status: 403, message: NOT_ALLOWED }

const recordFixture = async () =>
  (
    await payload.create({
      collection: 'workflow-events',
      data: {
        at: new Date().toISOString(),
        action: 'publish',
        collectionSlug: 'articles',
        docId: '1',
        title: '测试',
        actor: '系统',
      },
    })
  ).id

const RECORD_PERFORM: Record<RecordAction, (token: string | null) => Promise<Attempt>> = {
  'read 审核记录': async (token) => {
    const response = await rest.call('GET', 'workflow-events?depth=0', { token })
    return { response, verify: async (ok) => expect(Array.isArray(response.body.docs)).toBe(ok) }
  },
  'read 发布记录': async (token) => {
    const response = await rest.call('GET', 'publish-runs?depth=0', { token })
    return { response, verify: async (ok) => expect(Array.isArray(response.body.docs)).toBe(ok) }
  },
  'delete a 审核记录 entry': async (token) => {
    const id = await recordFixture()
    const response = await rest.call('DELETE', `workflow-events/${id}`, { token })
    return {
      response,
      verify: async () =>
        expect(await payload.findByID({ collection: 'workflow-events', id, disableErrors: true })).not.toBeNull(),
    }
  },
  'edit a 审核记录 entry': async (token) => {
    const id = await recordFixture()
    const response = await rest.call('PATCH', `workflow-events/${id}`, { token, body: { actor: '篡改' } })
    return {
      response,
      verify: async () => expect((await payload.findByID({ collection: 'workflow-events', id })).actor).toBe('系统'),
    }
  },
}

const RECORD_ROWS = ROLES.flatMap((role) =>
  RECORD_ACTIONS.map((action) => {
    const ok = recordAllowed(role, action)
    const e = recordExpected(role, action)
    return { role, action, ok, e, outcome: describeOutcome(e, ok) }
  }),
)

describe('records: role × action', () => {
  it.each(RECORD_ROWS)('$role · $action → $outcome', async ({ role, action, ok, e }) => {
    await check(await RECORD_PERFORM[action](tokens[role]), e, ok)
  })
})

// ─── Beyond the matrix: ways around the rules ───────────────────────────────────────────────

describe('ways around the rules', () => {
  it('keeps a liaison from moving their own unit’s document to another unit', async () => {
    const id = await fixture('disclosures', 'draft')
    const response = await rest.call('PATCH', `disclosures/${id}?draft=true`, {
      token: tokens['liaison (own unit)'],
      body: { department: otherUnit, _status: 'draft' },
    })
    expect(response.status).toBe(403)
    expect(rest.messageOf(response)).toBe(OWN_UNIT_ONLY)
    expect((await latestDraft('disclosures', id)).department).toBe(related.department)
  })

  it('keeps a liaison from taking another unit’s document by naming their own unit', async () => {
    for (const collection of UNIT_COLLECTIONS) {
      const id = await fixture(collection, 'draft')
      const response = await rest.call('PATCH', `${collection}/${id}?draft=true`, {
        token: tokens['liaison (other unit)'],
        body: { department: otherUnit, _status: 'draft' },
      })
      expect(response.status, `${collection}: ${JSON.stringify(response.body)}`).toBe(403)
      expect(rest.messageOf(response)).toBe(NOT_ALLOWED)
      expect((await latestDraft(collection, id)).department).toBe(related.department)
    }
  })

  it('keeps an editor from unpublishing through a bulk update', async () => {
    const id = await fixture('articles', 'published')
    const response = await rest.call('PATCH', `articles?where[id][equals]=${id}`, {
      token: tokens.editor,
      body: { _status: 'draft' },
    })
    expect(response.status).toBe(403)
    expect(rest.messageOf(response)).toBe(PUBLISHED_NEEDS_DRAFT)
    expect(await mainDoc('articles', id)).toMatchObject({ _status: 'published' })
  })

  it('keeps an editor from deleting published documents through a bulk delete', async () => {
    const published = await fixture('articles', 'published')
    const draft = await fixture('articles', 'draft')
    const response = await rest.call('DELETE', `articles?where[id][in]=${published},${draft}`, { token: tokens.editor })
    // The draft goes; the published document is outside what an editor may delete.
    expect(await mainDoc('articles', draft)).toBeNull()
    expect(await mainDoc('articles', published)).toMatchObject({ _status: 'published' })
    expect(response.body.docs?.map((doc: { id: number }) => doc.id)).toEqual([draft])
  })

  it('keeps an editor from publishing by restoring a version, but lets them restore it as a draft', async () => {
    const id = await fixture('articles', 'published')
    const { docs } = await payload.findVersions({ collection: 'articles', where: { parent: { equals: id } } })
    const version = docs[0].id
    const direct = await rest.call('POST', `articles/versions/${version}`, { token: tokens.editor })
    expect(direct.status).toBe(403)
    expect(rest.messageOf(direct)).toBe(ONLY_REVIEWERS_PUBLISH)
    const asDraft = await rest.call('POST', `articles/versions/${version}?draft=true`, { token: tokens.editor })
    expect(asDraft.status, JSON.stringify(asDraft.body)).toBe(200)
    expect(await mainDoc('articles', id)).toMatchObject({ _status: 'published' })
  })

  it('acts on a changed role at once, even with a token issued before the change', async () => {
    const email = `${unique('demoted')}@example.test`
    const account = await payload.create({
      collection: 'users',
      data: { email, password: passwordOf({ email }), name: '将被降级的审核员', role: 'reviewer' },
    })
    const token = await rest.login(account)
    const demoted = await rest.call('PATCH', `users/${account.id}`, { token: tokens.admin, body: { role: 'editor' } })
    expect(demoted.status).toBe(200)
    const response = await rest.call('POST', 'articles', { token, body: { ...data('articles'), _status: 'published' } })
    expect(response.status).toBe(403)
    expect(rest.messageOf(response)).toBe(ONLY_REVIEWERS_PUBLISH)
  })

  it('keeps anonymous callers from registering a “first” admin once accounts exist', async () => {
    const email = `${unique('intruder')}@example.test`
    const response = await rest.call('POST', 'users/first-register', {
      token: null,
      body: { email, password: newPassword(), role: 'admin' },
    })
    expect(response.status).toBe(403)
    expect((await payload.count({ collection: 'users', where: { email: { equals: email } } })).totalDocs).toBe(0)
  })

  it('keeps anonymous callers from the version history', async () => {
    const response = await rest.call('GET', 'articles/versions', { token: null })
    expect(response.status).toBe(403)
  })

  it('keeps an editor from publishing with ?draft=true and _status published', async () => {
    const id = shared.get('articles')!.draft
    const response = await rest.call('PATCH', `articles/${id}?draft=true`, {
      token: tokens.editor,
      body: { _status: 'published' },
    })
    expect(response.status).toBe(403)
    expect(rest.messageOf(response)).toBe(ONLY_REVIEWERS_PUBLISH)
    expect(await mainDoc('articles', id)).toMatchObject({ _status: 'draft' })
  })
})

describe('粘贴通报: role × action', () => {
  const NOTICE =
    '1.青石市水利局局长郑某某违规公款吃喝问题。2024年，郑某某多次组织公款宴请。2025年9月，郑某某受到党内严重警告处分。'
  const PASTE_ALLOWED: Record<Role, boolean> = {
    anonymous: false,
    editor: true,
    reviewer: true,
    admin: true,
    'liaison (own unit)': false,
    'liaison (other unit)': false,
  }
  const casesNamed = async () =>
    (
      await payload.find({
        collection: 'cases',
        where: { 'persons.name': { equals: '郑某某' } },
        draft: true,
        pagination: false,
        depth: 0,
      })
    ).docs

  it.each(ROLES)('%s: reading a pasted notice → allowed only to staff, and nothing is written', async (role) => {
    const before = (await casesNamed()).length
    const response = await rest.call('POST', 'cases/parse-notice', { token: tokens[role], body: { text: NOTICE } })
    if (PASTE_ALLOWED[role]) {
      expect(response.status).toBe(200)
      expect(response.body.items[0].draft.persons[0]).toMatchObject({ name: '郑某某', partySanction: '党内严重警告' })
      expect(response.body.items[0].marks.map((m: { value: string }) => m.value)).toEqual(
        expect.arrayContaining(['郑某某', '党内严重警告', '2025年9月']),
      )
    } else {
      expect([401, 403]).toContain(response.status)
      expect(JSON.stringify(response.body)).not.toContain('党内严重警告')
    }
    expect((await casesNamed()).length).toBe(before)
  })

  it.each(ROLES)('%s: creating drafts from a paste → allowed only to staff, as drafts nobody can see', async (role) => {
    const before = (await casesNamed()).length
    const response = await rest.call('POST', 'cases/paste-notice', { token: tokens[role], body: { text: NOTICE } })
    const after = await casesNamed()
    if (!PASTE_ALLOWED[role]) {
      expect([401, 403]).toContain(response.status)
      expect(after.length).toBe(before)
      return
    }
    expect(response.status).toBe(201)
    expect(after.length).toBe(before + 1)
    const created = after.find((d) => d.id === response.body.cases[0].id)!
    expect(created).toMatchObject({ _status: 'draft', workflow: 'draft' })
    // The public reads nothing of it.
    const read = await rest.call('GET', `cases/${created.id}`, { token: null })
    expect(read.status).not.toBe(200)
  })

  it.each(ROLES)('%s: reading how sanctions will be counted → allowed only to staff', async (role) => {
    const response = await rest.call('POST', 'cases/read-terms', {
      token: tokens[role],
      body: { partySanction: '黨內嚴重警告', governmentSanction: '组织审查中', measures: ['诫勉谈话'] },
    })
    if (!PASTE_ALLOWED[role]) {
      expect([401, 403]).toContain(response.status)
      return
    }
    expect(response.status).toBe(200)
    // Traditional characters read as the export reads them; a wording no rule knows has no kind (flagged).
    expect(response.body).toEqual({
      partySanction: { published: '黨內嚴重警告', value: '严重警告', years: null },
      governmentSanction: { published: '组织审查中', value: null },
      measures: [{ published: '诫勉谈话', value: '诫勉' }],
    })
  })

  it('refuses an empty or oversized paste in Chinese, and a paste without items', async () => {
    for (const [text, status] of [
      ['   ', 400],
      ['廉'.repeat(200_001), 413],
      ['今天天气很好。', 422],
    ] as const) {
      const response = await rest.call('POST', 'cases/parse-notice', { token: tokens.editor, body: { text } })
      expect(response.status, text.slice(0, 10)).toBe(status)
      expect(response.body.error).toMatch(/[\u4e00-\u9fff]/)
    }
  })
})
