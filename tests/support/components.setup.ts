import '@testing-library/jest-dom'
import { resetTaroMock } from './taro.mock'

/* Every test starts signed out, on H5, with no recorded navigation and no fetch stub. */
beforeEach(() => {
  resetTaroMock()
  delete process.env.TARO_ENV
})

afterEach(() => {
  jest.restoreAllMocks()
})
