/**
 * Fictional but well-formed 统一社会信用代码 (GB 32100-2015) for the demo units.
 *
 * Layout: 登记管理部门码 + 机构类别码 (e.g. "11" 机关, "12" 事业单位, "54" 村/居委会, "91" 企业),
 * a six-digit division code, a nine-character organisation code (GB 11714, own check character)
 * and the final check character. The division codes 3399xx and the organisation codes
 * "QF……" (清风) belong to no real place or body, so a demo code can never be mistaken for a
 * real unit's.
 */
const CREDIT_CHARS = '0123456789ABCDEFGHJKLMNPQRTUWXY'
const CREDIT_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
const ORG_WEIGHTS = [3, 7, 9, 10, 5, 8, 4, 2]

/** Fictional division codes of 清风市 and its counties (not real GB/T 2260 codes). */
export const divisions = {
  清风市本级: '339900',
  青莲区: '339902',
  翠湖区: '339903',
  松溪县: '339921',
  竹山县: '339922',
  梅岭市: '339981',
} as const

export type Region = keyof typeof divisions

function orgCode(serial: number): string {
  const body = `QF${String(serial).padStart(6, '0')}`
  const sum = [...body].reduce((acc, ch, i) => acc + parseInt(ch, 36) * ORG_WEIGHTS[i], 0)
  const check = 11 - (sum % 11)
  return body + (check === 10 ? 'X' : check === 11 ? '0' : String(check))
}

/** An 18-character code with valid check characters. */
export function creditCode(kind: '11' | '12' | '54' | '91', region: Region, serial: number): string {
  const body = `${kind}${divisions[region]}${orgCode(serial)}`
  const sum = [...body].reduce((acc, ch, i) => acc + CREDIT_CHARS.indexOf(ch) * CREDIT_WEIGHTS[i], 0)
  const check = (31 - (sum % 31)) % 31
  return body + CREDIT_CHARS[check]
}

/** True when `code` is an 18-character code whose final check character is right. */
export function isWellFormedCreditCode(code: string): boolean {
  if (!/^[0-9A-HJ-NPQRTUWXY]{18}$/.test(code)) return false
  const sum = [...code.slice(0, 17)].reduce((acc, ch, i) => acc + CREDIT_CHARS.indexOf(ch) * CREDIT_WEIGHTS[i], 0)
  return CREDIT_CHARS[(31 - (sum % 31)) % 31] === code[17]
}
