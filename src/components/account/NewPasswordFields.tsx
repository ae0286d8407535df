import { MIN_PASSWORD_LENGTH } from '@/account/passwords'

/**
 * A new password and its repetition, as the join and reset forms ask for them: the browser
 * checks the length too, and the actions check both again (`newPasswordProblem`).
 */
export function NewPasswordFields({
  label,
  repeatLabel,
  isInvalid = false,
}: {
  label: string
  repeatLabel: string
  isInvalid?: boolean
}) {
  const input = {
    type: 'password',
    autoComplete: 'new-password',
    minLength: MIN_PASSWORD_LENGTH,
    required: true,
  } as const
  return (
    <>
      <label>
        {label}
        <input name="password" {...input} {...(isInvalid ? { 'aria-invalid': true } : {})} />
      </label>
      <label>
        {repeatLabel}
        <input name="repeat" {...input} />
      </label>
    </>
  )
}
