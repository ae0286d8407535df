export { default, generateMetadata } from '@/app/(frontend)/cached/[locale]/search/page'
