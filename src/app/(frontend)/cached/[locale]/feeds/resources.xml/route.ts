import { feedRoute } from '../feed'

/** /{locale}/feeds/resources.xml: RSS 2.0 feed of public resources, optionally ?theme=<slug> and/or ?country=<ISO>. */
export const GET = feedRoute('resources', 'rss')
