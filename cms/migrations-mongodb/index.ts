// MongoDB's migrations: data moves only (the schema is Payload's). Each one is the counterpart of
// a SQLite migration in cms/migrations/ that changes what stored documents hold.
import * as migration_20261207_case_persons from './20261207_case_persons'
import * as migration_20261207_departments_aliases from './20261207_departments_aliases'

export const mongoMigrations = [
  {
    up: migration_20261207_case_persons.up,
    down: migration_20261207_case_persons.down,
    name: '20261207_case_persons',
  },
  {
    up: migration_20261207_departments_aliases.up,
    down: migration_20261207_departments_aliases.down,
    name: '20261207_departments_aliases',
  },
]
