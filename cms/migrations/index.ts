import * as migration_20261127_064928_initial from './20261127_064928_initial';
import * as migration_20261127_092422_workflow from './20261127_092422_workflow';
import * as migration_20261127_093357_work_calendar from './20261127_093357_work_calendar';
import * as migration_20261203_160227_media_owner_unit from './20261203_160227_media_owner_unit';
import * as migration_20261207_115456_case_persons from './20261207_115456_case_persons';
import * as migration_20261207_125959_case_person_rank from './20261207_125959_case_person_rank';
import * as migration_20261207_144855_departments_aliases from './20261207_144855_departments_aliases';

export const migrations = [
  {
    up: migration_20261127_064928_initial.up,
    down: migration_20261127_064928_initial.down,
    name: '20261127_064928_initial',
  },
  {
    up: migration_20261127_092422_workflow.up,
    down: migration_20261127_092422_workflow.down,
    name: '20261127_092422_workflow',
  },
  {
    up: migration_20261127_093357_work_calendar.up,
    down: migration_20261127_093357_work_calendar.down,
    name: '20261127_093357_work_calendar',
  },
  {
    up: migration_20261203_160227_media_owner_unit.up,
    down: migration_20261203_160227_media_owner_unit.down,
    name: '20261203_160227_media_owner_unit',
  },
  {
    up: migration_20261207_115456_case_persons.up,
    down: migration_20261207_115456_case_persons.down,
    name: '20261207_115456_case_persons',
  },
  {
    up: migration_20261207_125959_case_person_rank.up,
    down: migration_20261207_125959_case_person_rank.down,
    name: '20261207_125959_case_person_rank',
  },
  {
    up: migration_20261207_144855_departments_aliases.up,
    down: migration_20261207_144855_departments_aliases.down,
    name: '20261207_144855_departments_aliases'
  },
];
