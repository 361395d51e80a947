import { Text, View } from '@tarojs/components'
import type { TMe } from '../../../shared/api/user.api'
import { ROLE_LABELS } from '../../../shared/roles'
import { StatusTag } from '../StatusTag'

/** Props of UserHeader. */
export interface UserHeaderProps {
  title: string
  me: TMe
}

/** The page heading with the signed-in user's name, role and organisation. */
export function UserHeader({ title, me }: UserHeaderProps) {
  return (
    <View className='user-header'>
      <View className='user-header__title'>{title}</View>
      <View className='user-header__line'>
        <Text className='user-header__name'>{me.name}</Text>
        <StatusTag>{ROLE_LABELS[me.role]}</StatusTag>
        {me.demo ? <StatusTag tone='warning'>演示数据</StatusTag> : null}
      </View>
      <View className='user-header__org'>{me.orgName}</View>
    </View>
  )
}
