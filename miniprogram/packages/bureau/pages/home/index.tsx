import { RoleHome } from '../../../../components/RoleHome'

const ROLES = ['bureau'] as const

/** 人社局工作台首页. */
export default function BureauHomePage() {
  return <RoleHome roles={ROLES} />
}
