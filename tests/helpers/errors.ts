import { ValidationError } from 'payload'

/**
 * The field messages of the ValidationError an operation fails with. Fails the test when the
 * operation succeeds or fails for another reason, so an assertion on the messages is never
 * satisfied by accident.
 */
export async function validationMessages(operation: Promise<unknown>): Promise<string[]> {
  try {
    await operation
  } catch (error) {
    if (error instanceof ValidationError) return error.data.errors.map((e) => e.message)
    throw error
  }
  throw new Error('expected the operation to be rejected with a ValidationError, but it succeeded')
}

/** The message of the field at `path`, for asserting that the error names the right field. */
export async function validationMessageAt(operation: Promise<unknown>, path: string): Promise<string | undefined> {
  try {
    await operation
  } catch (error) {
    if (error instanceof ValidationError) return error.data.errors.find((e) => e.path === path)?.message
    throw error
  }
  throw new Error('expected the operation to be rejected with a ValidationError, but it succeeded')
}
