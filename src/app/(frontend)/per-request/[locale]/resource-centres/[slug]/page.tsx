export {
  default,
  generateMetadata,
} from '@/app/(frontend)/cached/[locale]/resource-centres/[slug]/page'
