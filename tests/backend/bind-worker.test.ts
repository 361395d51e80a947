import { main as caseMain } from '../../cloudfunctions/case/index'
import { main as userMain } from '../../cloudfunctions/user/index'
import { ConsoleOtpVerifier } from '../../backend/adapters/local/console-otp'
import { DEMO_WORKER_ID } from '../../backend/local/demo-data'
import { contextFor, openTestBackend, type TestBackend } from '../support/backend'
import { injured, reportEvent, type ReportData } from '../support/report'

let backend: TestBackend
let printed: string[]
beforeEach(async () => {
  backend = await openTestBackend()
  printed = []
  backend.platform.phone = new ConsoleOtpVerifier(backend.platform.store, 'test-secret', (line) => printed.push(line))
})
afterEach(() => backend.close())

const guest = (n = 1) => ({ caller: { openid: `wx-new-worker-${n}` } })
const lastCode = () => /验证码：(\d{6})/.exec(printed[printed.length - 1] ?? '')?.[1] ?? ''

async function bind(ctx: ReturnType<typeof guest>, name: string, idNumber: string, phone: string, otp?: string) {
  if (!otp) {
    expect(await userMain({ action: 'sendBindCode', phone }, ctx)).toMatchObject({ ok: true })
    otp = lastCode()
  }
  return userMain({ action: 'bindWorker', name, idNumber, proof: { kind: 'otp', phone, otp } }, ctx)
}

describe('worker binding', () => {
  it('binds a rostered worker after the phone code, and then shows only their own cases', async () => {
    const stranger = await caseMain(reportEvent({ injured: [injured({ worker: { kind: 'roster', rosterId: 'roster-ent-01-2' } })] }), contextFor('u-officer-01'))
    const own = await caseMain(reportEvent({ injured: [injured({ worker: { kind: 'roster', rosterId: 'roster-ent-01-1' } })] }), contextFor('u-officer-01'))
    expect(printed).toHaveLength(0)
    const reply = await bind(guest(), '刘建国（演示）', '320483198501101007', '13800000000')
    expect(reply).toMatchObject({ ok: true, data: { me: { role: 'worker', enterpriseId: 'ent-01', demo: false } } })
    expect(printed[0]).toContain('13800000000')
    const list = await caseMain({ action: 'list' }, guest())
    const ids = (list as { data: { cases: Array<{ id: string }> } }).data.cases.map((c) => c.id)
    expect(ids).toEqual([(own as { data: ReportData }).data.cases[0].caseId])
    const theirs = (stranger as { data: ReportData }).data.cases[0].caseId
    expect(await caseMain({ action: 'get', caseId: theirs }, guest())).toMatchObject({ ok: false, code: 'CASE.NOT_FOUND' })
  })

  it('binds a worker known only from a case (not on the roster)', async () => {
    await caseMain(reportEvent({ injured: [injured({ worker: { kind: 'manual', name: '临时工（演示）', idNumber: '11010519491231002X', phone: '13911112222' } })] }), contextFor('u-officer-01'))
    expect(await bind(guest(2), '临时工（演示）', '11010519491231002X', '13911112222')).toMatchObject({ ok: true, data: { me: { enterpriseId: 'ent-01' } } })
  })

  it.each([
    ['a wrong name', '别人', DEMO_WORKER_ID, '13900000001'],
    ['a phone other than the roster\'s', '陈师傅（演示）', DEMO_WORKER_ID, '13912345678'],
    ['an ID number nobody has', '陈师傅（演示）', '11010519491231002X', '13900000001'],
  ])('refuses %s without saying which part is wrong, writing no user', async (_label, name, id, phone) => {
    const before = backend.snapshot().c_users
    expect(await bind(guest(3), name, id, phone)).toMatchObject({ ok: false, code: 'BIND.NO_MATCH' })
    expect(backend.snapshot().c_users).toBe(before)
  })

  it('refuses a wrong or reused code, and a code sent to another phone', async () => {
    await userMain({ action: 'sendBindCode', phone: '13900000001' }, guest(4))
    const code = lastCode()
    const wrong = code === '000000' ? '111111' : '000000'
    expect(await bind(guest(4), '陈师傅（演示）', DEMO_WORKER_ID, '13900000001', wrong)).toMatchObject({ ok: false, code: 'BIND.CODE_INVALID' })
    expect(await bind(guest(4), '陈师傅（演示）', DEMO_WORKER_ID, '13900000002', code)).toMatchObject({ ok: false, code: 'BIND.CODE_INVALID' })
    expect(await bind(guest(4), '陈师傅（演示）', DEMO_WORKER_ID, '13900000001', code)).toMatchObject({ ok: true })
    expect(await bind(guest(4), '陈师傅（演示）', DEMO_WORKER_ID, '13900000001', code)).toMatchObject({ ok: false, code: 'BIND.ALREADY_BOUND' })
  })

  it('expires a code after ten minutes', async () => {
    await userMain({ action: 'sendBindCode', phone: '13900000001' }, guest(5))
    const code = lastCode()
    backend.clock.advance(11 * 60_000)
    expect(await bind(guest(5), '陈师傅（演示）', DEMO_WORKER_ID, '13900000001', code)).toMatchObject({ ok: false, code: 'BIND.CODE_INVALID' })
  })

  it('refuses anonymous callers and already-bound users', async () => {
    expect(await userMain({ action: 'sendBindCode', phone: '13900000001' }, {})).toMatchObject({ ok: false, code: 'AUTH.UNAUTHENTICATED' })
    expect(await userMain({ action: 'sendBindCode', phone: '13900000001' }, contextFor('u-officer-01'))).toMatchObject({ ok: false, code: 'BIND.ALREADY_BOUND' })
  })

  it('stores the bound worker\'s ID number only as a keyed hash', async () => {
    expect(await bind(guest(6), '陈师傅（演示）', DEMO_WORKER_ID, '13900000001')).toMatchObject({ ok: true })
    const rows = backend.platform.store.db.prepare('SELECT body FROM c_users').all() as { body: string }[]
    expect(rows.some((r) => r.body.includes(DEMO_WORKER_ID))).toBe(false)
  })
})
