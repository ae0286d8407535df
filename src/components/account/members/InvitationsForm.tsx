'use client'

import { useActionState } from 'react'

import { sendInvitations, type InvitationsState } from '@/account/membersAdminActions'
import type { Locale } from '@/i18n/languages'
import type { InviteOutcome } from '@/membership/inviteMembers'

export type InvitationsFormWords = {
  text: string
  list: string
  file: string
  language: string
  send: string
  results: string
  line: string
  name: string
  email: string
  outcome: string
  empty: string
  /** With {count}: the number of people. */
  tooMany: string
  /** With {line}. */
  unreadable: string
  outcomes: Record<InviteOutcome, string>
  languages: { value: Locale; label: string }[]
}

/**
 * The list to invite, pasted or as a CSV file, and what became of each person. A form posting
 * to a server action through `useActionState`: without JavaScript the browser posts it and the
 * page comes back with the results all the same. The words come translated from the page.
 */
export function InvitationsForm({
  locale,
  words,
}: {
  locale: Locale
  words: InvitationsFormWords
}) {
  const refusal = (state: InvitationsState) => {
    const count = String(state.count ?? '')
    if (state.error === 'too-many') return words.tooMany.replace('{count}', count)
    if (state.error === 'unreadable') return words.unreadable.replace('{line}', count)
    return words.empty
  }
  const [state, action, isPending] = useActionState<InvitationsState, FormData>(sendInvitations, {})
  return (
    <>
      <form action={action} className="account-form">
        <input type="hidden" name="locale" value={locale} />
        <p>{words.text}</p>
        <label>
          {words.list}
          <textarea name="list" rows={8} placeholder="Somchai Jaidee,somchai@example.org,th" />
        </label>
        <label>
          {words.file}
          <input name="file" type="file" accept=".csv,text/csv,text/plain" />
        </label>
        <label>
          {words.language}
          <select name="language" className="language-name" defaultValue={locale}>
            {words.languages.map(({ value, label }) => (
              <option key={value} value={value} lang={value}>
                {label}
              </option>
            ))}
          </select>
        </label>
        <button type="submit" disabled={isPending}>
          {words.send}
        </button>
      </form>
      {state.error ? (
        <p className="notice form-error" role="alert">
          {refusal(state)}
        </p>
      ) : null}
      {state.results ? (
        <table className="invitation-results">
          <caption>{words.results}</caption>
          <thead>
            <tr>
              <th scope="col">{words.line}</th>
              <th scope="col">{words.name}</th>
              <th scope="col">{words.email}</th>
              <th scope="col">{words.outcome}</th>
            </tr>
          </thead>
          <tbody>
            {state.results.map((result) => (
              <tr key={`${result.line}-${result.email}`}>
                <td>{result.line}</td>
                <td>{result.name}</td>
                <td>{result.email}</td>
                <td>{words.outcomes[result.outcome]}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </>
  )
}
