'use client'

import { useActionState, type ReactNode } from 'react'

import type { ModerationCode, ModerationState } from '@/forums/moderationActions'

/**
 * One moderator's form posting to a server action through `useActionState`: the outcome (done,
 * the reason missing, not theirs, …) shows beside the form, and the thread page refreshes with
 * the change. Without JavaScript the browser posts it all the same. The words come translated.
 */
export function ModerationForm({
  action,
  words,
  className,
  children,
}: {
  action: (previous: ModerationState, form: FormData) => Promise<ModerationState>
  words: Record<ModerationCode, string>
  className?: string
  children: ReactNode
}) {
  const [state, formAction, isPending] = useActionState<ModerationState, FormData>(action, {})
  return (
    <form action={formAction} className={className} aria-busy={isPending}>
      {children}
      {state.code ? (
        <p
          role={state.code === 'done' ? 'status' : 'alert'}
          className={state.code === 'done' ? 'notice' : 'error'}
        >
          {words[state.code]}
        </p>
      ) : null}
    </form>
  )
}
