import type { InLanguages } from '@/data/translations'
import type { Locale } from '@/i18n/languages'
import type { Country, Theme } from '@/payload-types'

export type CountryChoice = InLanguages<Country, 'name'>

/**
 * The countries as a select's options. A name that fell back to another language says which
 * (`lang`), so a screen reader pronounces "Cambodia" in English on a Thai page.
 */
export function CountryOptions({
  locale,
  countries,
}: {
  locale: Locale
  countries: CountryChoice[]
}) {
  return countries.map((country) => (
    <option
      key={country.id}
      value={country.id}
      lang={country.languages.name === locale ? undefined : country.languages.name}
    >
      {country.name}
    </option>
  ))
}

/** The themes as a fieldset of checkboxes named `name`, those in `checked` ticked. */
export function ThemeChoices({
  legend,
  name,
  themes,
  checked,
  isInvalid = false,
}: {
  legend: string
  name: string
  themes: Theme[]
  checked?: ReadonlySet<number | string>
  isInvalid?: boolean
}) {
  return (
    <fieldset className="choices" {...(isInvalid ? { 'aria-invalid': true } : {})}>
      <legend>{legend}</legend>
      {themes.map((theme) => (
        <label key={theme.id}>
          <input
            type="checkbox"
            name={name}
            value={theme.id}
            defaultChecked={checked?.has(theme.id)}
          />
          {theme.title}
        </label>
      ))}
    </fieldset>
  )
}
