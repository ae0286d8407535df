'use client'

import { useActionState, useId, type ReactNode } from 'react'

import type { ForumFormState } from '@/forums/writing'

export type ForumField =
  | {
      kind: 'text'
      name: string
      label: string
      defaultValue?: string
      required?: boolean
      minLength?: number
      maxLength?: number
    }
  | {
      kind: 'textarea'
      name: string
      label: string
      defaultValue?: string
      hint?: string
      rows?: number
      required?: boolean
      /** The reply box's own id, which the "quote" links fill. */
      id?: string
    }
  | {
      kind: 'choices'
      name: string
      legend: string
      multiple: boolean
      options: { value: string; label: string }[]
      defaultValue?: string[]
    }
  | { kind: 'checkbox'; name: string; label: string; defaultChecked?: boolean }
  | {
      kind: 'files'
      name: string
      label: string
      hint: string
      /** The `accept` list: the kinds the server takes (it checks their bytes again). */
      accept: string
      maxFiles: number
      maxFileBytes: number
      maxTotalBytes: number
      /** Said before sending, so nobody uploads 25 MB on a slow link to be refused. */
      tooMany: string
      tooLarge: string
    }

type Action = (state: ForumFormState, form: FormData) => Promise<ForumFormState>

/**
 * A forum form posting to a server action through `useActionState`: without JavaScript the
 * browser posts it and the page comes back with the answer; with it, no reload. A refusal is
 * shown above the button in the API's own words, and every field comes back with what was typed
 * (the fields are rebuilt from the answer, `attempt` changing on each).
 */
export function ForumForm({
  action,
  hidden,
  fields = [],
  submit,
  className,
  id,
  children,
}: {
  action: Action
  hidden: Record<string, string>
  fields?: ForumField[]
  submit: string
  className?: string
  id?: string
  children?: ReactNode
}) {
  const [state, formAction, isPending] = useActionState<ForumFormState, FormData>(action, {})
  const base = useId()
  const kept = state.values ?? {}
  const text = (name: string, fallback?: string) => {
    const value = kept[name]
    return typeof value === 'string' ? value : fallback
  }
  const list = (name: string, fallback?: string[]) => {
    const value = kept[name]
    return Array.isArray(value) ? value : fallback
  }
  const errorId = `${base}-error`
  return (
    <form
      action={formAction}
      className={className ?? 'forum-form'}
      id={id}
      key={state.attempt ?? 0}
      aria-describedby={state.error ? errorId : undefined}
    >
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} defaultValue={value} />
      ))}
      {children}
      {fields.map((field) => {
        const fieldId = `${base}-${field.name}`
        if (field.kind === 'text') {
          return (
            <p key={field.name} className="field">
              <label htmlFor={fieldId}>{field.label}</label>
              <input
                id={fieldId}
                name={field.name}
                type="text"
                defaultValue={text(field.name, field.defaultValue)}
                required={field.required}
                minLength={field.minLength}
                maxLength={field.maxLength}
              />
            </p>
          )
        }
        if (field.kind === 'textarea') {
          const textareaId = field.id ?? fieldId
          return (
            <p key={field.name} className="field">
              <label htmlFor={textareaId}>{field.label}</label>
              {field.hint ? (
                <small id={`${textareaId}-hint`} className="hint">
                  {field.hint}
                </small>
              ) : null}
              <textarea
                id={textareaId}
                name={field.name}
                rows={field.rows ?? 6}
                required={field.required}
                defaultValue={text(field.name, field.defaultValue)}
                aria-describedby={field.hint ? `${textareaId}-hint` : undefined}
              />
            </p>
          )
        }
        if (field.kind === 'files') {
          return (
            <p key={field.name} className="field">
              <label htmlFor={fieldId}>{field.label}</label>
              <small id={`${fieldId}-hint`} className="hint">
                {field.hint}
              </small>
              <input
                id={fieldId}
                type="file"
                name={field.name}
                multiple
                accept={field.accept}
                aria-describedby={`${fieldId}-hint`}
                onChange={(event) => {
                  const input = event.currentTarget
                  const files = [...(input.files ?? [])]
                  const total = files.reduce((sum, file) => sum + file.size, 0)
                  input.setCustomValidity(
                    files.length > field.maxFiles
                      ? field.tooMany
                      : files.some((file) => file.size > field.maxFileBytes) ||
                          total > field.maxTotalBytes
                        ? field.tooLarge
                        : '',
                  )
                  input.reportValidity()
                }}
              />
            </p>
          )
        }
        if (field.kind === 'checkbox') {
          return (
            <p key={field.name} className="field field-check">
              <input
                id={fieldId}
                type="checkbox"
                name={field.name}
                defaultChecked={kept[field.name] ? kept[field.name] === 'on' : field.defaultChecked}
              />
              <label htmlFor={fieldId}>{field.label}</label>
            </p>
          )
        }
        const chosen = new Set(list(field.name, field.defaultValue) ?? [])
        return (
          <fieldset key={field.name} className="field choices">
            <legend>{field.legend}</legend>
            {field.options.map((option) => (
              <label key={option.value} className="choice">
                <input
                  type={field.multiple ? 'checkbox' : 'radio'}
                  name={field.name}
                  value={option.value}
                  defaultChecked={chosen.has(option.value)}
                />
                {option.label}
              </label>
            ))}
          </fieldset>
        )
      })}
      {state.error ? (
        <p className="notice form-error" role="alert" id={errorId}>
          {state.error}
        </p>
      ) : null}
      <button type="submit" disabled={isPending}>
        {submit}
      </button>
    </form>
  )
}
