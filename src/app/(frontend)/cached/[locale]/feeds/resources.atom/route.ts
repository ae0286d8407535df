import { feedRoute } from '../feed'

/** /{locale}/feeds/resources.atom: Atom feed of public resources, optionally ?theme=<slug> and/or ?country=<ISO>. */
export const GET = feedRoute('resources', 'atom')
