import { CsvError, parse } from 'csv-parse/sync'

import { MalformedRequest } from '@/validation/errors'

/** One person of a pasted or uploaded list, with the line they came from. */
export type InvitationRow = {
  line: number
  name: string
  email: string
  language?: string
  organisation?: string
}

/** More than a list of trainees or a core group: a larger one is split, and read in time. */
export const MAX_INVITATION_ROWS = 500
const MAX_LIST_CHARACTERS = 200_000

/**
 * A list refused as a whole: a readable 400 for the API, and what the managers' page needs to say
 * the same in the manager's language (`problem`, and the line or the number of people).
 */
export class RefusedList extends MalformedRequest {
  constructor(
    readonly problem: 'too-many' | 'unreadable',
    readonly count: number,
  ) {
    super(
      problem === 'too-many'
        ? `The list has ${count} people: send at most ${MAX_INVITATION_ROWS} at a time.`
        : `The list could not be read${count ? ` (line ${count})` : ''}: put one person per line as name, e-mail address, language, organisation, with quotes around a value that holds a comma.`,
    )
  }
}

const COLUMNS = ['name', 'email', 'language', 'organisation'] as const
type Column = (typeof COLUMNS)[number]
/** Heading words a spreadsheet's first row may use for each column. */
const HEADINGS: Record<Column, string[]> = {
  name: ['name', 'full name', 'participant'],
  email: ['email', 'e-mail', 'email address', 'e-mail address', 'address', 'mail'],
  language: ['language', 'lang', 'locale'],
  organisation: ['organisation', 'organization', 'agency', 'institution'],
}

/** Spreadsheets save with commas, semicolons (in many locales) or tabs (pasted cells). */
function delimiterOf(text: string): string {
  const first = text.split(/\r?\n/).find((line) => line.trim() !== '') ?? ''
  if (first.includes('\t')) return '\t'
  if (first.includes(';') && !first.includes(',')) return ';'
  return ','
}

/** The column each field is in: from a heading row if the list has one, else the plain order. */
function columnsOf(first: string[]): { positions: Record<Column, number>; hasHeading: boolean } {
  const cells = first.map((cell) => cell.trim().toLowerCase())
  const found = COLUMNS.map((column) => cells.findIndex((cell) => HEADINGS[column].includes(cell)))
  if (found[1] >= 0 && !cells.some((cell) => cell.includes('@'))) {
    const positions = Object.fromEntries(COLUMNS.map((column, index) => [column, found[index]]))
    return { positions: positions as Record<Column, number>, hasHeading: true }
  }
  return { positions: { name: 0, email: 1, language: 2, organisation: 3 }, hasHeading: false }
}

/**
 * A list as managers paste it or save it from a spreadsheet: `name,email[,language[,organisation]]`
 * per line, an optional heading row (which may order the columns differently), quotes around
 * values with commas, blank lines skipped. Read by csv-parse, so quoting follows RFC 4180. A list
 * that cannot be read, or is too long, is a 400 that says where and why.
 */
export function parseInvitationList(text: string): InvitationRow[] {
  if (text.length > MAX_LIST_CHARACTERS) {
    throw new RefusedList('too-many', text.split('\n').length)
  }
  let records: { record: string[]; info: { lines: number } }[]
  try {
    records = parse(text, {
      delimiter: delimiterOf(text),
      bom: true,
      info: true,
      relax_column_count: true,
      skip_empty_lines: true,
      skip_records_with_empty_values: true,
      trim: true,
    }) as unknown as typeof records
  } catch (error) {
    throw new RefusedList('unreadable', error instanceof CsvError ? Number(error.lines) : 0)
  }
  if (records.length === 0) return []
  const { positions, hasHeading } = columnsOf(records[0].record)
  const people = hasHeading ? records.slice(1) : records
  if (people.length > MAX_INVITATION_ROWS) throw new RefusedList('too-many', people.length)
  const cell = (record: string[], column: Column) =>
    positions[column] >= 0 ? (record[positions[column]] ?? '').trim() : ''
  return people.map(({ record, info }) => ({
    line: info.lines,
    name: cell(record, 'name'),
    email: cell(record, 'email'),
    language: cell(record, 'language') || undefined,
    organisation: cell(record, 'organisation') || undefined,
  }))
}
