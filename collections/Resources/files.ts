import type { FileCarrier } from '@/uploads/fileAudience'

/** A work's editions carry its files; a members-only work opens them to members only. */
export const resourceFiles: FileCarrier<'resources'> = {
  collection: 'resources',
  fileFields: ['editions.file'],
  audienceFields: ['visibility'],
  opensFilesTo: (work) => (work.visibility === 'members' ? 'members' : 'public'),
}
