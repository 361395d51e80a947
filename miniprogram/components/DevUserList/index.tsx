import { Cell, CellGroup } from '@nutui/nutui-react-taro'
import { View } from '@tarojs/components'
import { HUMAN_ROLES, ROLE_LABELS } from '../../../shared/roles'
import type { TDevUser } from '../../services/devAuth'

/** Props of DevUserList. */
export interface DevUserListProps {
  users: readonly TDevUser[]
  /** The account being signed in, shown as busy. */
  busyId: string | null
  onPick: (user: TDevUser) => void
}

/** Demo accounts grouped by role, each a tappable cell with id `signin-<userId>`. */
export function DevUserList({ users, busyId, onPick }: DevUserListProps) {
  const groups = HUMAN_ROLES.map((role) => ({ role, members: users.filter((u) => u.role === role) })).filter(
    (g) => g.members.length > 0,
  )
  return (
    <View className='dev-users'>
      {groups.map(({ role, members }) => (
        <CellGroup key={role} title={members[0]?.roleLabel || ROLE_LABELS[role]} className={`dev-users__group dev-users__group--${role}`}>
          {members.map((u, i) => (
            /* NutUI's Cell drops unknown props such as id, so the id and the tap live on a wrapper. */
            <View key={u.id} id={`signin-${u.id}`} className='dev-users__item' onClick={() => busyId === null && onPick(u)}>
              <Cell
                clickable
                isLast={i === members.length - 1}
                title={u.name}
                description={u.orgName}
                extra={busyId === u.id ? '登录中…' : '登录'}
              />
            </View>
          ))}
        </CellGroup>
      ))}
    </View>
  )
}
