// MongoDB's migrations: data moves only (the schema is Payload's). Each one is the counterpart of
// a SQLite migration in cms/migrations/ that changes what stored documents hold.
import * as migration_20261207_case_persons from './20261207_case_persons'

export const mongoMigrations = [
  {
    up: migration_20261207_case_persons.up,
    down: migration_20261207_case_persons.down,
    name: '20261207_case_persons',
  },
]
