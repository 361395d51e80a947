import { RoleHome } from '../../../../components/RoleHome'

const ROLES = ['hospital'] as const

/** 医院工作台首页. */
export default function HospitalHomePage() {
  return <RoleHome roles={ROLES} />
}
