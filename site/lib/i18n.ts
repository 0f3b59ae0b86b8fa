import strings from './strings.zh-CN.json'

export type UiKey = keyof typeof strings

/** Looks up a UI string and fills `{name}` placeholders. */
export function t(key: UiKey, vars: Record<string, string | number> = {}): string {
  return strings[key].replace(/\{(\w+)\}/g, (_, name: string) => String(vars[name] ?? `{${name}}`))
}
