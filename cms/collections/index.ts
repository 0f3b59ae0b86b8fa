import type { CollectionConfig } from 'payload'

import { Users } from './Users'

/** Every collection, in the order the admin navigation lists them. */
export const collections: CollectionConfig[] = [Users]
