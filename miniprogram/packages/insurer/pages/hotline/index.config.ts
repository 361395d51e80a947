/** Page configuration: the navigation bar title. */
export default definePageConfig({
  navigationBarTitleText: '电话报案',
})
