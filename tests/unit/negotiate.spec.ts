import { describe, expect, it } from 'vitest'

import { preferredLocale } from '@/i18n/negotiate'

describe('preferredLocale', () => {
  it('should pick the portal language a browser prefers, regional variants included', () => {
    expect(preferredLocale('th-TH,th;q=0.9,en;q=0.8')).toBe('th')
    expect(preferredLocale('km-KH')).toBe('km')
    expect(preferredLocale('lo-LA,lo;q=0.9,en-US;q=0.8')).toBe('lo')
    expect(preferredLocale('en-GB;q=0.5,th;q=0.6')).toBe('th')
  })

  it('should skip languages the portal does not have for the next one it does', () => {
    expect(preferredLocale('zh-CN,zh;q=0.9,km;q=0.5')).toBe('km')
  })

  it('should fall back to English for no header, a wildcard or only other languages', () => {
    expect(preferredLocale(undefined)).toBe('en')
    expect(preferredLocale('')).toBe('en')
    expect(preferredLocale('*')).toBe('en')
    expect(preferredLocale('fr-FR,fr;q=0.9')).toBe('en')
  })
})
