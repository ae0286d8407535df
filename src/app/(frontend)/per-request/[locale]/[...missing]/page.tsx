export { default } from '@/app/(frontend)/cached/[locale]/[...missing]/page'
