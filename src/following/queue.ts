/** Jobs of following: the fan-out of a first publication to followers, and the digests. */
export const FOLLOWING_QUEUE = 'following'
