'use client'

export { default } from '@/app/(frontend)/cached/[locale]/not-found'
