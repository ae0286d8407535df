import { countriesSearch } from '@collections/Countries/search'
import { discussionsSearch } from '@collections/Discussions/search'
import { eventsSearch } from '@collections/Events/search'
import { newsSearch } from '@collections/News/search'
import { projectsSearch } from '@collections/Projects/search'
import { resourceCentresSearch } from '@collections/ResourceCentres/search'
import { resourcesSearch } from '@collections/Resources/search'
import { themesSearch } from '@collections/Themes/search'

import type { SearchableCollection, SearchDescriptor } from './documents'

/**
 * What each searchable collection gives search, from its own `search.ts`: the sync job, the
 * full rebuild and the theme relabelling go through these and know no collection by name.
 */
export const SEARCH_DESCRIPTORS: { [Slug in SearchableCollection]: SearchDescriptor<Slug> } = {
  resources: resourcesSearch,
  news: newsSearch,
  events: eventsSearch,
  projects: projectsSearch,
  countries: countriesSearch,
  'resource-centres': resourceCentresSearch,
  themes: themesSearch,
  discussions: discussionsSearch,
}
