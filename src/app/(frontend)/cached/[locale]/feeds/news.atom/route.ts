import { feedRoute } from '../feed'

/** /{locale}/feeds/news.atom: Atom feed of public news, optionally ?theme=<slug> and/or ?country=<ISO>. */
export const GET = feedRoute('news', 'atom')
