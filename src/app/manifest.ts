import type { MetadataRoute } from 'next'

import { translate } from '@/i18n/ui'

/** /manifest.webmanifest: what a phone shows when the portal is added to its home screen. */
export default function manifest(): MetadataRoute.Manifest {
  return {
    name: translate('en', 'siteName'),
    short_name: 'Labour Migration CoP',
    description: translate('en', 'tagline'),
    start_url: '/',
    display: 'standalone',
    background_color: '#ffffff',
    theme_color: '#1e3a8a',
    icons: [
      { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png' },
      { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
    ],
  }
}
