import { charCount, isoWeeksInYear, isValidIsoWeek, isValidMonth } from './periods'

/** Field validators whose messages name the field, for the admin and the API alike. */

export const validateMonth = (value: null | string | undefined): string | true => {
  if (!value) return '月份不能为空'
  return isValidMonth(value) ? true : `月份「${value}」格式不正确：请按 YYYY-MM 填写真实月份，例如 2026-11`
}

export const validateIsoWeek = (value: null | string | undefined): string | true => {
  if (!value) return 'ISO 周不能为空'
  if (isValidIsoWeek(value)) return true
  const year = Number(value.slice(0, 4))
  const weeks = Number.isInteger(year) && year >= 1000 ? `（${year} 年共 ${isoWeeksInYear(year)} 周）` : ''
  return `ISO 周「${value}」格式不正确：请按 YYYY-Www 填写，例如 2026-W48${weeks}`
}

/** 短信/微博 limit a weekly reminder must fit into. */
export const REMINDER_MAX_CHARS = 140

export const validateReminderMessage = (value: null | string | undefined): string | true => {
  if (!value || value.trim() === '') return '提醒内容不能为空'
  const count = charCount(value)
  if (count <= REMINDER_MAX_CHARS) return true
  return `提醒内容不能超过 ${REMINDER_MAX_CHARS} 个字（当前 ${count} 个字），以便短信和微博发布`
}

/** A whole number no smaller than 1, or empty; `label` names the field in the message. */
export const validatePositiveInteger =
  (label: string) =>
  (value: null | number | undefined): string | true => {
    if (value == null) return true
    return Number.isInteger(value) && value >= 1 ? true : `${label}必须是不小于 1 的整数`
  }
