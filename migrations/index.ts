import * as migration_20261123_114257_initial from './20261123_114257_initial';

export const migrations = [
  {
    up: migration_20261123_114257_initial.up,
    down: migration_20261123_114257_initial.down,
    name: '20261123_114257_initial'
  },
];
