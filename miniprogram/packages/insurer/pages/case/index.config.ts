/** Page configuration: the navigation bar title. */
export default definePageConfig({
  navigationBarTitleText: '案件工作台',
})
