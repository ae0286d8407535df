/* Generated shape (Payload's blank template), kept thin: the handlers pass the API edge guard. */
import config from '@payload-config'
import '@payloadcms/next/css'

import { restRoutes } from '@/api/routes'

export const { GET, HEAD, POST, DELETE, PATCH, PUT, OPTIONS } = restRoutes(config)
