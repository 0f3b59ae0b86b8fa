import { describe, expect, it } from 'vitest'

import { bindHost, isLoopback, localAddress, urlHost } from '../../scripts/lib/bindHost'
import { demoContentDecision } from '../../scripts/lib/demoContent'

describe('whether a first start loads the fictional demo', () => {
  it('should not seed the demo in production unless DEMO_CONTENT=1, and say how to get it', () => {
    const decision = demoContentDecision({ NODE_ENV: 'production' })
    expect(decision.seed).toBe(false)
    expect(decision.reason).toContain('DEMO_CONTENT=1')
    expect(demoContentDecision({ NODE_ENV: 'production', DEMO_CONTENT: '0' }).seed).toBe(false)
  })

  it('should seed it in production when DEMO_CONTENT=1, warning that it goes live', () => {
    const decision = demoContentDecision({ NODE_ENV: 'production', DEMO_CONTENT: '1' })
    expect(decision.seed).toBe(true)
    expect(decision.reason).toContain('上线')
  })

  it('should keep the demo as the default outside production, with DEMO_CONTENT=0 turning it off', () => {
    expect(demoContentDecision({}).seed).toBe(true)
    expect(demoContentDecision({ NODE_ENV: 'development' }).seed).toBe(true)
    expect(demoContentDecision({ DEMO_CONTENT: '0' })).toEqual({
      seed: false,
      reason: 'DEMO_CONTENT=0：不写入演示数据',
    })
  })

  it('should refuse a value that is neither 0 nor 1 rather than guess', () => {
    expect(() => demoContentDecision({ NODE_ENV: 'production', DEMO_CONTENT: 'yes' })).toThrow(
      'DEMO_CONTENT=「yes」无效：只能是 1（写入演示数据）或 0（不写入）',
    )
  })
})

describe('the addresses npm start listens on', () => {
  it('should listen on loopback unless told otherwise', () => {
    expect(bindHost('CMS_HOST', '127.0.0.1', {})).toBe('127.0.0.1')
    expect(bindHost('CMS_HOST', '127.0.0.1', { CMS_HOST: '' })).toBe('127.0.0.1')
  })

  it('should accept IP addresses (IPv6 with or without brackets) and host names', () => {
    expect(bindHost('SITE_HOST', '127.0.0.1', { SITE_HOST: '0.0.0.0' })).toBe('0.0.0.0')
    expect(bindHost('SITE_HOST', '127.0.0.1', { SITE_HOST: '[::1]' })).toBe('::1')
    expect(bindHost('SITE_HOST', '127.0.0.1', { SITE_HOST: '::' })).toBe('::')
    expect(bindHost('CMS_HOST', '127.0.0.1', { CMS_HOST: 'localhost' })).toBe('localhost')
    expect(bindHost('CMS_HOST', '127.0.0.1', { CMS_HOST: 'cms.internal.example' })).toBe('cms.internal.example')
  })

  it('should refuse a URL or an address with a port, naming the variable and what to write', () => {
    expect(() => bindHost('CMS_HOST', '127.0.0.1', { CMS_HOST: 'http://127.0.0.1' })).toThrow(
      'CMS_HOST=「http://127.0.0.1」不是有效的监听地址：只写地址，不要带 http:// 或端口',
    )
    expect(() => bindHost('SITE_HOST', '127.0.0.1', { SITE_HOST: '127.0.0.1:4321' })).toThrow(
      'SITE_HOST=「127.0.0.1:4321」不是有效的监听地址：只写地址',
    )
    expect(() => bindHost('SITE_HOST', '127.0.0.1', { SITE_HOST: 'my host' })).toThrow(
      '请填 IP 地址（如 127.0.0.1、0.0.0.0、::1）或主机名（如 localhost）',
    )
  })

  it('should print IPv6 addresses in brackets and reach a wildcard address through loopback', () => {
    expect(urlHost('::1', 3000)).toBe('[::1]:3000')
    expect(urlHost('127.0.0.1', 3000)).toBe('127.0.0.1:3000')
    expect(localAddress('0.0.0.0')).toBe('127.0.0.1')
    expect(localAddress('::')).toBe('::1')
  })

  it('should tell loopback addresses, reachable from this machine only, from the rest', () => {
    expect(['127.0.0.1', '127.0.1.1', '::1', 'localhost'].filter(isLoopback)).toHaveLength(4)
    expect(['0.0.0.0', '::', '10.0.0.5', 'cms.internal.example', '127.example.org'].filter(isLoopback)).toEqual([])
  })
})
