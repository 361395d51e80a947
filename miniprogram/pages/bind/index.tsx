import { Button } from '@nutui/nutui-react-taro'
import { Input, View } from '@tarojs/components'
import { useState } from 'react'
import { isValidIdNumber } from '../../../shared/idcard'
import { bindWorker, sendBindCode, type PhoneProof } from '../../services/bind'
import { userMessage } from '../../services/errors'
import { isWeapp } from '../../services/platform'
import { goHome } from '../../utils/routes'
import { askCaseUpdates } from '../../services/subscribe'
import '../../components/ReportForm/index.css'

/** 绑定职工身份: name, ID number and a confirmed phone, matched against the roster or a case. */
export default function BindPage() {
  const [name, setName] = useState('')
  const [idNumber, setIdNumber] = useState('')
  const [phone, setPhone] = useState('')
  const [otp, setOtp] = useState('')
  const [codeSent, setCodeSent] = useState(false)
  const [error, setError] = useState('')
  const [busy, setBusy] = useState(false)

  const check = (): boolean => {
    if (name.trim().length < 2) return setError('请输入姓名'), false
    if (!isValidIdNumber(idNumber)) return setError('身份证号码格式不正确'), false
    return true
  }
  const bind = async (proof: PhoneProof) => {
    if (!check()) return
    setBusy(true)
    setError('')
    try {
      const me = await bindWorker(name.trim(), idNumber.trim(), proof)
      if (isWeapp()) await askCaseUpdates()
      goHome(me.role)
    } catch (e) {
      setError(userMessage(e))
    } finally {
      setBusy(false)
    }
  }
  const sendCode = async () => {
    setError('')
    try {
      await sendBindCode(phone.trim())
      setCodeSent(true)
    } catch (e) {
      setError(userMessage(e))
    }
  }

  return (
    <View className='page form' id='bind-form'>
      <View className='page__hint'>请填写与企业参保名册一致的信息。绑定后只能查看您本人的工伤案件。</View>
      <View className='form__label'>姓名</View>
      <View className='form__group'><Input className='form__input' id='bind-name' value={name} onInput={(e) => setName(e.detail.value)} /></View>
      <View className='form__label'>身份证号码</View>
      <View className='form__group'><Input className='form__input' id='bind-id' maxlength={18} value={idNumber} onInput={(e) => setIdNumber(e.detail.value)} /></View>
      {isWeapp() ? (
        <View className='form__actions'>
          <Button block type='primary' loading={busy} openType='getPhoneNumber' onGetPhoneNumber={(e: { detail: { code?: string } }) => (e.detail.code ? void bind({ kind: 'wechat', code: e.detail.code }) : setError('需要授权手机号才能完成绑定'))}>
            授权手机号并绑定
          </Button>
        </View>
      ) : (
        <>
          <View className='form__label'>手机号码</View>
          <View className='form__row'>
            <Input className='form__input' id='bind-phone' type='number' maxlength={11} value={phone} onInput={(e) => setPhone(e.detail.value)} />
            <View className='form__link' id='bind-send-code' onClick={() => void sendCode()}>{codeSent ? '重新发送' : '发送验证码'}</View>
          </View>
          <View className='form__label'>验证码</View>
          <View className='form__group'><Input className='form__input' id='bind-otp' type='number' maxlength={6} value={otp} onInput={(e) => setOtp(e.detail.value)} /></View>
          <View className='form__actions'>
            <Button block type='primary' id='bind-submit' loading={busy} onClick={() => void bind({ kind: 'otp', phone: phone.trim(), otp: otp.trim() })}>绑定</Button>
          </View>
        </>
      )}
      {error ? <View className='form__error' id='bind-error'>{error}</View> : null}
    </View>
  )
}
