export { default, generateMetadata } from '@/app/(frontend)/cached/[locale]/themes/page'
