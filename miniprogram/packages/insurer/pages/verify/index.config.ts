/** Page configuration: the navigation bar title. */
export default definePageConfig({
  navigationBarTitleText: '核实参保与首跟汇总',
})
