import { ValidationError, type CollectionBeforeValidateHook } from 'payload'

const idOf = (value: unknown) =>
  typeof value === 'object' && value !== null ? (value as { id: unknown }).id : value

/**
 * One figure per indicator, place, year and sex: the unique `key` turns a second entry of the
 * same observation into a clear 400 instead of two conflicting bars on a chart. A figure
 * belongs to a country or to a region, never both and never neither.
 */
export const keyObservation: CollectionBeforeValidateHook = ({ data, originalDoc, req }) => {
  const merged = { ...originalDoc, ...data }
  const country = idOf(merged.country)
  const region = merged.region
  const hasCountry = country !== null && country !== undefined && country !== ''
  const hasRegion = typeof region === 'string' && region !== ''
  if (hasCountry === hasRegion) {
    throw new ValidationError(
      {
        collection: 'statistics',
        errors: [
          { path: 'country', message: 'Choose either a country or a region for this figure.' },
        ],
        req,
      },
      req.t,
    )
  }
  const place = hasCountry ? `country:${country}` : `region:${region}`
  return { ...data, key: [merged.indicator, place, merged.year, merged.sex].join('|') }
}
