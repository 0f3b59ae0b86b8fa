// Hands a page rendered by the page renderer the props its getStaticPaths gave for its path,
// as a static build would. Runs first ('pre'), so the site's own middleware (page inputs,
// ../middleware.ts) sees them too. The renderer passes them in `locals`; Astro gives the page
// the very `context.props` object the middleware fills.
import { defineMiddleware } from 'astro:middleware'
import { globalSymbol } from '../../protocol'

const PROPS = globalSymbol('rendererProps')

export const onRequest = defineMiddleware((context, next) => {
  const props = context.locals[PROPS]
  if (props) Object.assign(context.props, props)
  return next()
})
