import { ZxcvbnFactory } from '@zxcvbn-ts/core'
import { adjacencyGraphs, dictionary } from '@zxcvbn-ts/language-common'
import {
  ValidationError,
  type CollectionBeforeOperationHook,
  type CollectionBeforeValidateHook,
  type PayloadRequest,
} from 'payload'

export const MIN_PASSWORD_LENGTH = 12

/** Local parts this short ("li", "wu") would forbid half of all passwords without making any safer. */
const MIN_LOCAL_PART_TO_CHECK = 3

let commonPasswords: Set<string> | undefined
/** zxcvbn's list of ~49,000 passwords seen most in breaches (about 300 of them 12+ characters). */
const isCommon = (password: string): boolean => {
  commonPasswords ??= new Set(dictionary['passwords-common'].map((entry) => entry.toLowerCase()))
  return commonPasswords.has(password.toLowerCase())
}

/** zxcvbn's score (0–4) a password needs: 3 is "safely unguessable" for an online attack with throttling. */
export const MIN_PASSWORD_SCORE = 3

let estimator: ZxcvbnFactory | undefined
/**
 * How guessable a password is, by zxcvbn: repetitions (111111111111), sequences (abcdefghijkl),
 * keyboard walks and dictionary words with substitutions score low however long they are.
 */
const score = (password: string, userInputs: string[]): number => {
  estimator ??= new ZxcvbnFactory({ dictionary, graphs: adjacencyGraphs })
  return estimator.check(password, userInputs).score
}

/**
 * Why a new password is refused, in Chinese for the editor, or null when it is acceptable.
 * Length first: it is the rule people meet most and the easiest to fix.
 */
export function passwordProblem(password: string, email?: string | null): string | null {
  if ([...password].length < MIN_PASSWORD_LENGTH) return `密码至少需要 ${MIN_PASSWORD_LENGTH} 个字符。`
  const lower = password.toLowerCase()
  const address = (email ?? '').trim().toLowerCase()
  const localPart = address.split('@')[0]
  if (
    address &&
    (lower.includes(address) || (localPart.length >= MIN_LOCAL_PART_TO_CHECK && lower.includes(localPart)))
  ) {
    return '密码不能包含登录邮箱或邮箱的用户名部分。'
  }
  if (isCommon(password)) return '密码过于常见，容易被猜中，请换一个。'
  if (score(password, [address, localPart].filter(Boolean)) < MIN_PASSWORD_SCORE) {
    return '密码太容易被猜中（如重复字符、连续字母数字、键盘上相邻的键或常见词语），请加入更多不相关的字词、数字和符号。'
  }
  return null
}

// resetPassword hands the collection's beforeValidate hooks the stored user, not the new
// password: beforeOperation passes it on in the request context.
const RESET_PASSWORD = 'passwordPolicy.resetPassword'

export const rememberResetPassword: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  if (operation === 'resetPassword' && typeof args.data?.password === 'string')
    req.context[RESET_PASSWORD] = args.data.password
  return args
}

const newPasswordOf = (data: Record<string, unknown> | undefined, req: PayloadRequest): string | null => {
  if (typeof data?.password === 'string' && data.password) return data.password
  const reset = req.context[RESET_PASSWORD]
  delete req.context[RESET_PASSWORD]
  return typeof reset === 'string' ? reset : null
}

/**
 * Create (also first-register), own or admin password change, and reset-password: every
 * way a password is set goes through the users collection's beforeValidate.
 */
export const enforcePasswordPolicy: CollectionBeforeValidateHook = ({ collection, data, originalDoc, req }) => {
  const password = newPasswordOf(data, req)
  if (password === null) return data
  const email = (data?.email as string | undefined) ?? (originalDoc?.email as string | undefined)
  const problem = passwordProblem(password, email)
  if (problem) {
    throw new ValidationError(
      { collection: collection.slug, errors: [{ path: 'password', label: '密码', message: problem }], req },
      req.t,
    )
  }
  return data
}
