import type { APIRoute, GetStaticPaths } from 'astro'
import { FEEDS, renderFeed, type FeedDefinition } from '../../lib/feeds'

export const getStaticPaths = (() =>
  FEEDS.map((feed) => ({ params: { feed: feed.slug }, props: { feed } }))) satisfies GetStaticPaths

export const GET: APIRoute<{ feed: FeedDefinition }> = async ({ props, site }) =>
  new Response(await renderFeed(props.feed, site!), {
    headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' },
  })
