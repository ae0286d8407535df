'use client'

import { usePathname, useRouter } from 'next/navigation'
import { useEffect, useRef, useState, useTransition } from 'react'

/**
 * The one piece of client JavaScript on the search page: results as you type. It only rewrites
 * the address (debounced), so the server renders the results exactly as for the plain form,
 * which keeps working when this script never loads.
 */
export function LiveSearch({ formId, searchingLabel }: { formId: string; searchingLabel: string }) {
  const router = useRouter()
  const pathname = usePathname()
  const [pending, startTransition] = useTransition()
  const [, setTick] = useState(0)
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined)

  useEffect(() => {
    const form = document.getElementById(formId) as HTMLFormElement | null
    if (!form) return
    const update = () => {
      clearTimeout(timer.current)
      timer.current = setTimeout(() => {
        // The visitor may have followed a link meanwhile; never pull them back to the search page.
        if (window.location.pathname !== pathname) return
        const params = new URLSearchParams()
        for (const [key, value] of new FormData(form))
          if (typeof value === 'string' && value) params.set(key, value)
        startTransition(() => router.replace(`${pathname}?${params}`, { scroll: false }))
        setTick((tick) => tick + 1)
      }, 250)
    }
    const submit = (event: Event) => {
      event.preventDefault()
      clearTimeout(timer.current)
      update()
    }
    // `input` covers typing and the selects. Not `change`: a text box also fires it when it loses
    // focus, so clicking a result right after typing re-ran the search and undid the click.
    form.addEventListener('input', update)
    form.addEventListener('submit', submit)
    return () => {
      form.removeEventListener('input', update)
      form.removeEventListener('submit', submit)
      clearTimeout(timer.current)
    }
  }, [formId, pathname, router])

  return (
    <p className="search-status" role="status" aria-live="polite">
      {pending ? searchingLabel : ''}
    </p>
  )
}
