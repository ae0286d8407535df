import { Forbidden } from 'payload'

/**
 * A 403 that tells the person why. It keeps Payload's `Forbidden` name so the error handler
 * logs it as the expected refusal it is (info), not as a server fault.
 */
export class Refused extends Forbidden {
  constructor(message: string) {
    super()
    this.message = message
    this.name = 'Forbidden'
  }
}
