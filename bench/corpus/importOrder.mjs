/** The order import files are loaded in: every relationship points at a collection loaded before. */
export const IMPORT_ORDER = [
  'departments',
  'catalog-items',
  'disclosures',
  'cases',
  'bulletins',
  'themes',
  'reminders',
  'brands',
  'exemplars',
  'articles',
]
