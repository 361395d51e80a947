/** True in the WeChat mini-program build; read at call time (Taro replaces it at compile time, tests can switch it). */
export function isWeapp(): boolean {
  return process.env.TARO_ENV === 'weapp'
}
