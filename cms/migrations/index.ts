import * as migration_20261127_064928_initial from './20261127_064928_initial';

export const migrations = [
  {
    up: migration_20261127_064928_initial.up,
    down: migration_20261127_064928_initial.down,
    name: '20261127_064928_initial'
  },
];
