import * as migration_20261123_112339_initial from './20261123_112339_initial';

export const migrations = [
  {
    up: migration_20261123_112339_initial.up,
    down: migration_20261123_112339_initial.down,
    name: '20261123_112339_initial'
  },
];
