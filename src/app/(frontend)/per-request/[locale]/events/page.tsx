export { default, generateMetadata } from '@/app/(frontend)/cached/[locale]/events/page'
