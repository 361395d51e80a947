/** Page configuration: the navigation bar title. */
export default definePageConfig({
  navigationBarTitleText: '工作台',
})
