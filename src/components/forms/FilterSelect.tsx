/** One filter of a list page's GET form: a labelled select whose first choice means "any". */
export function FilterSelect({
  label,
  name,
  value,
  anyLabel,
  options,
}: {
  label: string
  name: string
  value: string
  anyLabel: string
  options: { value: string | number; label?: string | number | null }[]
}) {
  return (
    <label>
      {label}
      <select name={name} defaultValue={value}>
        <option value="">{anyLabel}</option>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </label>
  )
}
