import type { DateField } from 'payload'

/**
 * A calendar date (成文日期, 发布日期 …): editors pick a day, never a time, shown as the
 * government sites print it.
 */
export function dateOnlyField(field: Omit<DateField, 'type'> & { admin?: DateField['admin'] }): DateField {
  return {
    ...field,
    type: 'date',
    admin: {
      ...field.admin,
      date: { pickerAppearance: 'dayOnly', displayFormat: 'yyyy-MM-dd', ...field.admin?.date },
    },
  } as DateField
}
