export { default, generateMetadata } from '@/app/(frontend)/cached/[locale]/regional-overview/page'
