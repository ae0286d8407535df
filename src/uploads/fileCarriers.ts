import { newsFiles } from '@collections/News/files'
import { resourceFiles } from '@collections/Resources/files'

import type { FileCarrier } from './fileAudience'

/**
 * Every collection with an upload field to `media`, from its own `files.ts`: a file's visibility
 * follows the published documents of all of them (`fileAudience.ts`). A new upload field to
 * `media` belongs here, or its files stay with editors (tests/int/files.int.spec.ts checks the
 * config against this list).
 */
export const FILE_CARRIERS: { [Slug in 'resources' | 'news']: FileCarrier<Slug> } = {
  resources: resourceFiles,
  news: newsFiles,
}
