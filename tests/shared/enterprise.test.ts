import {
  ENTERPRISE_STATUS_LABELS,
  WHITELIST_SEED,
  ZEnterprise,
  ZEnterpriseStatus,
  findWhitelistSeed,
  foldFullWidth,
  normalizeEnterpriseName,
  sameEnterpriseName,
} from '../../shared/enterprise'

describe('WHITELIST_SEED (附件2)', () => {
  test('has exactly 50 entries numbered 1 to 50 in order', () => {
    expect(WHITELIST_SEED).toHaveLength(50)
    expect(WHITELIST_SEED.map((e) => e.seq)).toEqual(Array.from({ length: 50 }, (_, i) => i + 1))
  })

  test('names are unique, also after normalisation', () => {
    expect(new Set(WHITELIST_SEED.map((e) => e.name)).size).toBe(50)
    expect(new Set(WHITELIST_SEED.map((e) => normalizeEnterpriseName(e.name))).size).toBe(50)
  })

  test('names carry no spaces and keep full-width brackets', () => {
    for (const { name } of WHITELIST_SEED) {
      expect(name).not.toMatch(/[\s\u3000]/)
      expect(name).not.toMatch(/[()]/)
    }
  })

  test('every entry has a town and an address', () => {
    for (const e of WHITELIST_SEED) {
      expect(e.town).toMatch(/(镇|街道)$/)
      expect(e.address.length).toBeGreaterThan(3)
    }
  })

  test('covers the 10 towns of the source with their counts', () => {
    const counts: Record<string, number> = {}
    for (const { town } of WHITELIST_SEED) counts[town] = (counts[town] ?? 0) + 1
    expect(counts).toEqual({
      湟里镇: 3,
      南夏墅街道: 17,
      洛阳镇: 3,
      前黄镇: 3,
      牛塘镇: 5,
      雪堰镇: 3,
      西湖街道: 5,
      湖塘镇: 5,
      嘉泽镇: 1,
      礼嘉镇: 5,
    })
  })

  test.each([
    [1, '湟里镇', '常州东方特钢有限公司', '武进区湟里镇东方路5号'],
    [2, '湟里镇', '马拉兹（江苏）电梯导轨有限公司', '湟里镇东方路6号'],
    [16, '南夏墅街道', '瑞声光电科技（常州）有限公司', '武进高新区常漕路3号'],
    [31, '牛塘镇', '江苏九洲酒店管理有限公司常州花园酒店分公司', '武进区延政西大道1号'],
    [48, '礼嘉镇', '常州百佳年代薄膜科技股份有限公司', '常州市武进区礼嘉镇工业园区武进大道666号'],
    [50, '礼嘉镇', '常州市武进红光无线电有限公司', '武进区礼嘉镇蒲岸村'],
  ])('entry #%i', (seq, town, name, address) => {
    expect(WHITELIST_SEED[seq - 1]).toEqual({ seq, town, name, address })
  })
})

describe('enterprise name matching', () => {
  test('full-width and half-width brackets are the same, both ways', () => {
    expect(sameEnterpriseName('马拉兹(江苏)电梯导轨有限公司', '马拉兹（江苏）电梯导轨有限公司')).toBe(true)
    expect(sameEnterpriseName('马拉兹（江苏）电梯导轨有限公司', '马拉兹(江苏)电梯导轨有限公司')).toBe(true)
    expect(sameEnterpriseName('马拉兹(江苏）电梯导轨有限公司', '马拉兹（江苏)电梯导轨有限公司')).toBe(true)
  })

  test('all whitespace is ignored, including the ideographic space, both ways', () => {
    const source = '马拉兹（江苏）电梯导轨  有限公司' // as printed in the source
    expect(sameEnterpriseName(source, '马拉兹（江苏）电梯导轨有限公司')).toBe(true)
    expect(sameEnterpriseName('马拉兹（江苏）电梯导轨有限公司', source)).toBe(true)
    expect(sameEnterpriseName('\u3000马拉兹 ( 江苏 )\t电梯导轨\u3000有限公司\n', '马拉兹（江苏）电梯导轨有限公司')).toBe(true)
    expect(sameEnterpriseName('瑞声光电科技(常州)\u00a0有限公司', '瑞声光电科技（常州）    有限公司')).toBe(true)
  })

  test('full-width ASCII letters and digits fold to half-width', () => {
    expect(foldFullWidth('ＡＢＢ（中国）１２３')).toBe('ABB(中国)123')
    expect(sameEnterpriseName('ＡＢＢ（中国）有限公司', 'abb(中国)有限公司')).toBe(true)
  })

  test('the key uses half-width brackets and no whitespace', () => {
    expect(normalizeEnterpriseName(' 博世力士乐（常州）  有限公司 ')).toBe('博世力士乐(常州)有限公司')
  })

  test('different enterprises do not match', () => {
    expect(sameEnterpriseName('江苏恒立液压科技有限公司', '江苏恒立液压股份有限公司')).toBe(false)
    expect(sameEnterpriseName('马拉兹（江苏）电梯导轨有限公司', '马拉兹（常州）电梯导轨有限公司')).toBe(false)
    expect(findWhitelistSeed('常州某某机械有限公司')).toBeUndefined()
  })

  test('findWhitelistSeed finds a source entry from a typed name', () => {
    expect(findWhitelistSeed('瑞声光电科技(常州) 有限公司')?.seq).toBe(16)
    expect(findWhitelistSeed('马拉兹 (江苏) 电梯导轨有限公司')?.seq).toBe(2)
  })
})

describe('enterprise schema', () => {
  test('statuses and labels', () => {
    expect(ZEnterpriseStatus.options).toEqual(['active', 'suspended', 'removed'])
    for (const s of ZEnterpriseStatus.options) expect(ENTERPRISE_STATUS_LABELS[s]).toMatch(/[\u4e00-\u9fff]/)
  })

  test('every seed entry makes a valid enterprise record', () => {
    for (const e of WHITELIST_SEED) {
      const record = { _id: `ent-${e.seq}`, ...e, nameKey: normalizeEnterpriseName(e.name), status: 'active', updatedAt: '2024-03-01T00:00:00.000Z' }
      expect(ZEnterprise.parse(record)).toEqual(record)
    }
  })

  test('rejects an unknown status and a non-ISO time', () => {
    const base = { _id: 'x', seq: 1, town: '湟里镇', name: 'a', nameKey: 'a', address: 'b', status: 'active', updatedAt: '2024-03-01T00:00:00.000Z' }
    expect(ZEnterprise.safeParse({ ...base, status: 'blacklisted' }).success).toBe(false)
    expect(ZEnterprise.safeParse({ ...base, updatedAt: '2024-03-01 08:00' }).success).toBe(false)
  })
})
