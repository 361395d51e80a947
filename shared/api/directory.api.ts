import { z } from 'zod'
import { ZEnterprise, ZEnterpriseStatus } from '../enterprise/schema'
import { ZHospital } from '../directory/hospital'
import { action, defineFunction, text, ZId } from './define'

/** `directory`: the whitelist of quality enterprises and the designated hospitals. */
export const directoryApi = defineFunction({
  name: 'directory',
  summary: '优质企业名单与定点医院 (whitelist and hospitals)',
  actions: {
    listEnterprises: action({
      summary: 'Whitelisted enterprises, optionally filtered by status or town.',
      access: 'signed-in',
      input: z.object({ status: ZEnterpriseStatus.optional(), town: text(20).optional() }),
      output: z.object({ enterprises: z.array(ZEnterprise) }),
    }),
    matchEnterprise: action({
      summary: 'Find a whitelisted enterprise by name (brackets and spaces ignored).',
      access: 'signed-in',
      input: z.object({ name: text(100).min(1, '请输入企业名称') }),
      output: z.object({ enterprise: ZEnterprise.nullable() }),
    }),
    setEnterpriseStatus: action({
      summary: 'Bureau: suspend, remove or reinstate an enterprise on the whitelist.',
      access: ['bureau'],
      input: z.object({ enterpriseId: ZId, status: ZEnterpriseStatus, reason: text(200).min(2, '请填写原因') }),
      output: z.object({ enterprise: ZEnterprise }),
    }),
    listHospitals: action({
      summary: 'Designated hospitals.',
      access: 'signed-in',
      input: z.object({}),
      output: z.object({ hospitals: z.array(ZHospital) }),
    }),
  },
})
