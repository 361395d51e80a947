import { main as directoryMain } from '../../cloudfunctions/directory/index'
import { COLLECTIONS } from '../../backend/domain/collections'
import { seedReferenceData } from '../../backend/domain/seed'
import { contextFor, openTestBackend, type TestBackend } from '../support/backend'

let backend: TestBackend
beforeEach(async () => {
  backend = await openTestBackend()
})
afterEach(() => backend.close())

const data = <T>(reply: { ok: boolean; data?: unknown }): T => {
  if (!reply.ok) throw new Error(JSON.stringify(reply))
  return reply.data as T
}

describe('directory', () => {
  it('holds the 50 whitelisted enterprises in Appendix 2 order, all active', async () => {
    const { enterprises } = data<{ enterprises: Array<{ seq: number; status: string }> }>(await directoryMain({ action: 'listEnterprises' }, contextFor('u-officer-01')))
    expect(enterprises).toHaveLength(50)
    expect(enterprises.map((e) => e.seq)).toEqual(Array.from({ length: 50 }, (_, i) => i + 1))
    expect(new Set(enterprises.map((e) => e.status))).toEqual(new Set(['active']))
  })

  it('matches names regardless of bracket width and whitespace', async () => {
    for (const name of ['马拉兹(江苏)电梯导轨 有限公司', '马拉兹（江苏）电梯导轨有限公司', ' 马拉兹 (江苏) 电梯导轨\u3000有限公司 ']) {
      const { enterprise } = data<{ enterprise: { seq: number } | null }>(await directoryMain({ action: 'matchEnterprise', name }, contextFor('u-insurer-01')))
      expect(enterprise?.seq).toBe(2)
    }
    const { enterprise } = data<{ enterprise: unknown }>(await directoryMain({ action: 'matchEnterprise', name: '常州某某不存在有限公司' }, contextFor('u-insurer-01')))
    expect(enterprise).toBeNull()
  })

  it('lets the bureau suspend an enterprise, audited; refuses everyone else', async () => {
    const event = { action: 'setEnterpriseStatus', enterpriseId: 'ent-03', status: 'suspended', reason: '未按期支付联网结算范围外费用' }
    for (const other of ['u-officer-01', 'u-insurer-01', 'u-hospital-01', 'u-worker-01']) {
      expect(await directoryMain(event, contextFor(other))).toMatchObject({ ok: false, code: 'AUTH.FORBIDDEN' })
    }
    expect(data<{ enterprise: { status: string } }>(await directoryMain(event, contextFor('u-bureau-01'))).enterprise.status).toBe('suspended')
    const { enterprises } = data<{ enterprises: Array<{ _id: string }> }>(await directoryMain({ action: 'listEnterprises', status: 'suspended' }, contextFor('u-bureau-01')))
    expect(enterprises.map((e) => e._id)).toEqual(['ent-03'])
    const audit = await backend.platform.store.find(COLLECTIONS.audit, { action: 'enterprise.setStatus' })
    expect(audit).toEqual([expect.objectContaining({ subjectId: 'ent-03', actorId: 'u-bureau-01', detail: expect.objectContaining({ from: 'active', to: 'suspended' }) })])
  })

  it('says so when the enterprise does not exist', async () => {
    const reply = await directoryMain({ action: 'setEnterpriseStatus', enterpriseId: 'ent-99', status: 'removed', reason: '测试' }, contextFor('u-bureau-01'))
    expect(reply).toMatchObject({ ok: false, code: 'ENTERPRISE.NOT_FOUND' })
  })

  it('lists the demo hospitals, which say they are demo data', async () => {
    const { hospitals } = data<{ hospitals: Array<{ name: string; demo: boolean }> }>(await directoryMain({ action: 'listHospitals' }, contextFor('u-officer-01')))
    expect(hospitals.length).toBeGreaterThan(0)
    expect(hospitals.every((h) => h.demo && h.name.includes('演示'))).toBe(true)
  })

  it('seeding again writes nothing new and keeps the bureau\'s changes', async () => {
    await directoryMain({ action: 'setEnterpriseStatus', enterpriseId: 'ent-04', status: 'removed', reason: '测试移出' }, contextFor('u-bureau-01'))
    expect(await seedReferenceData(backend.platform.store, new Date())).toBe(0)
    expect((await backend.platform.store.get<{ _id: string; status: string }>(COLLECTIONS.enterprises, 'ent-04'))!.status).toBe('removed')
  })
})
