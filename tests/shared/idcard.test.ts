import { birthDateFromId, idCheckChar, isValidIdNumber, maskIdNumber, sexFromId, SEX_LABELS, ZIdNumber } from '../../shared/idcard'

/* Check characters computed independently (ISO 7064 MOD 11-2). */
const VALID = [
  '320483199001011237',
  '11010519491231002X', // the standard's own example, check character X
  '32048319920315106X',
  '320412198503150026',
  '320483198802290016', // 29 Feb in a leap year
  '440304199506015678',
]

describe('isValidIdNumber', () => {
  test.each(VALID)('accepts %s', (id) => {
    expect(isValidIdNumber(id)).toBe(true)
  })

  test('accepts a lower-case x and surrounding spaces', () => {
    expect(isValidIdNumber('11010519491231002x')).toBe(true)
    expect(isValidIdNumber(' 320483199001011237 ')).toBe(true)
  })

  test.each([
    ['wrong check digit', '320483199001011234'],
    ['X instead of the check digit', '32048319900101123X'],
    ['one digit changed', '320483199001021237'],
    ['too short', '32048319900101123'],
    ['too long', '3204831990010112370'],
    ['15-digit old format', '320483900101123'],
    ['letters', '3204831990O1011237'],
    ['X not last', '3204831990010112X7'],
    ['leading zero', '020483199001011237'],
    ['month 13', '32048319901301123' + idCheckChar('32048319901301123')],
    ['30 February', '32048319900230123' + idCheckChar('32048319900230123')],
    ['29 February in a common year', '32048319890229001' + idCheckChar('32048319890229001')],
    ['empty', ''],
  ])('rejects %s', (_why, id) => {
    expect(isValidIdNumber(id)).toBe(false)
  })
})

describe('idCheckChar', () => {
  test('computes the check character', () => {
    expect(idCheckChar('32048319900101123')).toBe('7')
    expect(idCheckChar('11010519491231002')).toBe('X')
    expect(idCheckChar('32041219850315002')).toBe('6')
  })

  test('needs 17 digits', () => {
    expect(() => idCheckChar('123')).toThrow(RangeError)
  })
})

describe('maskIdNumber', () => {
  test('keeps the first 4 and last 4 characters', () => {
    expect(maskIdNumber('320483199001011234')).toBe('3204**********1234')
    expect(maskIdNumber('11010519491231002x')).toBe('1101**********002X')
  })

  test('never reveals a short value', () => {
    expect(maskIdNumber('12345678')).toBe('********')
    expect(maskIdNumber('')).toBe('')
  })
})

describe('birthDateFromId and sexFromId', () => {
  test('read the birth date', () => {
    expect(birthDateFromId('320483199001011237')).toBe('1990-01-01')
    expect(birthDateFromId('11010519491231002X')).toBe('1949-12-31')
    expect(birthDateFromId('320483198802290016')).toBe('1988-02-29')
    expect(birthDateFromId('320483199001011234')).toBeNull()
  })

  test('read the sex from the 17th digit', () => {
    expect(sexFromId('320483199001011237')).toBe('male') // 3
    expect(sexFromId('11010519491231002X')).toBe('female') // 2
    expect(sexFromId('320412198503150026')).toBe('female') // 2
    expect(sexFromId('440304199506015678')).toBe('male') // 7
    expect(sexFromId('320483199001011234')).toBeNull()
    expect(SEX_LABELS.female).toBe('女')
  })
})

describe('ZIdNumber', () => {
  test('parses and normalises a valid number', () => {
    expect(ZIdNumber.parse(' 11010519491231002x ')).toBe('11010519491231002X')
  })

  test.each([['320483199001011234'], [''], [12345]])('rejects %p with the Chinese message', (value) => {
    const result = ZIdNumber.safeParse(value)
    expect(result.success).toBe(false)
    expect(result.error?.issues[0].message).toBe('身份证号码格式不正确')
  })
})
