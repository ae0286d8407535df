export { default, generateMetadata } from '@/app/(frontend)/cached/[locale]/themes/[slug]/page'
