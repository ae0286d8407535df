import { feedRoute } from '../feed'

/** /{locale}/feeds/news.xml: RSS 2.0 feed of public news, optionally ?theme=<slug> and/or ?country=<ISO>. */
export const GET = feedRoute('news', 'rss')
