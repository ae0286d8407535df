export { default, generateMetadata } from '@/app/(frontend)/cached/[locale]/library/page'
