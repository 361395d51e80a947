/** Page configuration: the navigation bar title. */
export default definePageConfig({
  navigationBarTitleText: '医院工作台',
})
