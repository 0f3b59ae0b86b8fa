// The site build's settings travel to its children and to Astro as environment variables
// (site/build/protocol.ts): what the build sets is what the child reads, and nothing else.
import { describe, expect, it } from 'vitest'

import { globalSymbol, readBuildEnv, toEnv, type BuildEnv } from '../../site/build/protocol'

describe('site build protocol', () => {
  it('should hand every setting to the child as the child reads it', () => {
    const settings: BuildEnv = {
      contentDir: '/c',
      outDir: '/o',
      cacheDir: '/k',
      rendererBundle: true,
      pageManifest: '/b.pages.json',
      previousPages: '/a.pages.json',
      changedCollections: ['cases', 'bulletins'],
      siteUrl: 'https://lian.example.gov.cn',
      today: '2026-12-07',
    }
    expect(readBuildEnv(toEnv(settings))).toEqual(settings)
  })

  it('should leave unset and empty settings out, so the parent environment is not overridden', () => {
    expect(toEnv({ contentDir: 'content', siteUrl: '', today: undefined, rendererBundle: false })).toEqual({
      CONTENT_DIR: 'content',
    })
    expect(readBuildEnv({ SITE_URL: '', SITE_RENDERER_BUNDLE: '0' })).toMatchObject({
      siteUrl: undefined,
      rendererBundle: false,
      changedCollections: [],
    })
  })

  it('should keep an empty list of changed collections (nothing changed) apart from none given', () => {
    expect(toEnv({ changedCollections: [] })).toEqual({ SITE_CHANGED_COLLECTIONS: '' })
  })

  it('should share one symbol per global between the renderer and the bundle', () => {
    expect(globalSymbol('dataStore')).toBe(Symbol.for('chongde.dataStore'))
    expect(globalSymbol('pageManifest')).not.toBe(globalSymbol('rendererProps'))
  })
})
