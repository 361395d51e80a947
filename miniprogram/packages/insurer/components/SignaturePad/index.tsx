import { Button } from '@nutui/nutui-react-taro'
import { View } from '@tarojs/components'
import { useState } from 'react'
import { userMessage } from '../../../../services/errors'
import { H5Pad } from './H5Pad'
import { WeappPad } from './WeappPad'

/** What a platform pad gives the wrapper: whether it holds a signature, how to clear it and export it. */
export interface PadHandle {
  signed: () => boolean
  clear: () => void
  /** Export as PNG and upload; resolves with the file id. */
  upload: () => Promise<string>
}

/** Props of SignaturePad. */
export interface SignaturePadProps {
  /** Called with the uploaded PNG's file id once the witness confirms. */
  onSigned: (fileId: string) => void
  /** Called when the pad is cleared: an earlier signature no longer stands. */
  onCleared?: () => void
  disabled?: boolean
}

/** A witness signs on screen (weapp: Canvas type 2d; H5: a plain canvas); 确认签名 exports a PNG and uploads it. */
export function SignaturePad({ onSigned, onCleared, disabled = false }: SignaturePadProps) {
  const [pad, setPad] = useState<PadHandle | null>(null)
  const [state, setState] = useState<{ busy: boolean; message: string | null; fileId: string | null }>({ busy: false, message: null, fileId: null })

  const confirm = async () => {
    if (!pad) return
    if (!pad.signed()) return setState((s) => ({ ...s, message: '请证人在框内签名' }))
    setState({ busy: true, message: null, fileId: null })
    try {
      const fileId = await pad.upload()
      setState({ busy: false, message: null, fileId })
      onSigned(fileId)
    } catch (error) {
      setState({ busy: false, message: userMessage(error), fileId: null })
    }
  }
  const clear = () => {
    pad?.clear()
    setState({ busy: false, message: null, fileId: null })
    onCleared?.()
  }
  return (
    <View className='signature'>
      <View className='field__label'>证人签名（请在框内手写）</View>
      {process.env.TARO_ENV === 'weapp' ? <WeappPad onReady={setPad} /> : <H5Pad onReady={setPad} />}
      {state.message ? <View className='field__error'>{state.message}</View> : null}
      {state.fileId ? <View className='signature__done'>签名已保存</View> : null}
      <View className='desk__buttons'>
        <Button type='default' disabled={state.busy || disabled} onClick={clear}>
          清除重签
        </Button>
        <Button type='primary' loading={state.busy} disabled={state.busy || disabled || !pad} onClick={() => void confirm()}>
          确认签名
        </Button>
      </View>
    </View>
  )
}
