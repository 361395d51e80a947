/** Page configuration: the navigation bar title. */
export default definePageConfig({
  navigationBarTitleText: '工伤认定申请材料',
})
