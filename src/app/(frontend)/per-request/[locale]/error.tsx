'use client'

export { default } from '@/app/(frontend)/cached/[locale]/error'
