/* Generated shape (Payload's blank template), kept thin: the handler passes the API edge guard. */
import config from '@payload-config'

import { graphqlRoutes } from '@/api/routes'

export const { POST, OPTIONS } = graphqlRoutes(config)
