export { default, generateMetadata } from '@/app/(frontend)/cached/[locale]/news/page'
