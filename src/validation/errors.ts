import { APIError } from 'payload'

import type { Problem } from './shape'

/**
 * A request refused at the API edge: a 400 whose message says what to send instead. It keeps
 * Payload's `ValidationError` name so the logger treats it as the expected refusal it is (info),
 * not as a server fault.
 */
export class MalformedRequest extends APIError {
  constructor(message: string, problems?: Problem[]) {
    super(message, 400, problems ? { errors: problems } : undefined, true)
    this.name = 'ValidationError'
  }
}
