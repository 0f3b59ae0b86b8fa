import * as migration_20261127_063655_initial from './20261127_063655_initial';

export const migrations = [
  {
    up: migration_20261127_063655_initial.up,
    down: migration_20261127_063655_initial.down,
    name: '20261127_063655_initial'
  },
];
