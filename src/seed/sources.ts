import type { SourceRef } from './data/types'

/** The five source documents (shared/seeds), as a record's `source` field cites them. */
export const SOURCE_DOCUMENTS: Record<SourceRef['document'], string> = {
  '000':
    'ILO/Japan project brochure, Managing Cross-Border Movement of Labour in South-East Asia (2006-2010)',
  '001': 'ILO resource kit, Labour migration in Asia and the Pacific (chapter)',
  '002': 'Concept note, Building a Community of Practice on Labour Migration',
  '003': 'ILO background note, Labour migration and development (post-2015 agenda)',
  '004': 'ILO (2022), Trade union-led Migrant Worker Resource Centres in ASEAN and Jordan',
}

export function cite(ref: SourceRef): string {
  const title = SOURCE_DOCUMENTS[ref.document]
  return `${title} [seed ${ref.document}]${ref.locator ? `, ${ref.locator}` : ''}`
}
