export { default, generateMetadata } from '@/app/(frontend)/cached/[locale]/projects/[code]/page'
