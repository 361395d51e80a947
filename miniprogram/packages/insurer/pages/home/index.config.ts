/** Page configuration: the navigation bar title. */
export default definePageConfig({
  navigationBarTitleText: '商保工作台',
})
