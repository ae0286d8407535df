import * as migration_20261123_114257_initial from './20261123_114257_initial';
import * as migration_20261123_115435_search_jobs from './20261123_115435_search_jobs';

export const migrations = [
  {
    up: migration_20261123_114257_initial.up,
    down: migration_20261123_114257_initial.down,
    name: '20261123_114257_initial',
  },
  {
    up: migration_20261123_115435_search_jobs.up,
    down: migration_20261123_115435_search_jobs.down,
    name: '20261123_115435_search_jobs'
  },
];
