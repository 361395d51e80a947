import { RoleHome } from '../../components/RoleHome'

const ROLES = ['officer', 'worker'] as const

/** 企业专职人员与受伤职工的首页. */
export default function HomePage() {
  return <RoleHome roles={ROLES} />
}
