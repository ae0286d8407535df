export { default, generateMetadata } from '@/app/(frontend)/cached/[locale]/countries/[iso]/page'
