import { describe, expect, it } from 'vitest'

import { clientIp, rateKey } from '../../cms/api/clientIp'

describe('the key the REST rate limits count a caller by', () => {
  it('takes the address the reverse proxy wrote last', () => {
    expect(clientIp(new Headers({ 'x-forwarded-for': '6.6.6.6, 203.0.113.9' }))).toBe('203.0.113.9')
    expect(clientIp(new Headers({ 'x-forwarded-for': '::ffff:203.0.113.9' }))).toBe('203.0.113.9')
  })

  it('counts a whole IPv6 /64 as one caller, however the address is written', () => {
    const one = rateKey('2001:db8:85a3:1:aaaa::1')
    expect(rateKey('2001:0db8:85a3:0001:ffff:ffff:ffff:ffff')).toBe(one)
    expect(rateKey('2001:db8:85a3:1::')).toBe(one)
    expect(rateKey('2001:db8:85a3:2::1')).not.toBe(one)
    expect(rateKey('2001:db8::1')).toBe('2001:db8:0:0::/64')
  })
})
