import { RoleHome } from '../../../../components/RoleHome'

const ROLES = ['insurer'] as const

/** 商保工作台首页. */
export default function InsurerHomePage() {
  return <RoleHome roles={ROLES} />
}
