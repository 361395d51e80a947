import { sameEnterpriseName } from './normalize'

/** One row of Appendix 2 (附件2) of the service plan: the first pilot batch of quality enterprises. */
export type WhitelistSeedEntry = { readonly seq: number; readonly town: string; readonly name: string; readonly address: string }

/*
 * 附件2《武进区工伤医疗联网结算优质企业名单（首批试点）》, transcribed row by row. The source
 * pads some names with spaces before 有限公司 (table layout); they are removed here. The
 * full-width brackets of the source are kept; matching ignores the bracket form (normalize.ts).
 */
/** The 50 whitelisted enterprises of Appendix 2, in the source's order. */
export const WHITELIST_SEED: readonly WhitelistSeedEntry[] = [
  { seq: 1, town: '湟里镇', name: '常州东方特钢有限公司', address: '武进区湟里镇东方路5号' },
  { seq: 2, town: '湟里镇', name: '马拉兹（江苏）电梯导轨有限公司', address: '湟里镇东方路6号' },
  { seq: 3, town: '湟里镇', name: '苏尔威智能科技常州有限公司', address: '湟里镇新园路1-1号' },
  { seq: 4, town: '南夏墅街道', name: '江苏国茂减速机股份有限公司', address: '武进高新区龙潜路98号' },
  { seq: 5, town: '南夏墅街道', name: '新誉集团有限公司', address: '武进高新区凤林南路199号' },
  { seq: 6, town: '南夏墅街道', name: '常州博斯特西太湖包装设备有限公司', address: '武进区镜湖路26号' },
  { seq: 7, town: '南夏墅街道', name: '博世力士乐（常州）有限公司', address: '高新区龙门路17号' },
  { seq: 8, town: '南夏墅街道', name: '博世汽车部件（苏州）有限公司常州分公司', address: '高新区龙门路17号' },
  { seq: 9, town: '南夏墅街道', name: '江苏恒立液压科技有限公司', address: '高新区龙资路88号' },
  { seq: 10, town: '南夏墅街道', name: '江苏恒立液压股份有限公司', address: '高新区龙潜路99号' },
  { seq: 11, town: '南夏墅街道', name: '江苏中汽高科股份有限公司', address: '高新区龙飞路18号' },
  { seq: 12, town: '南夏墅街道', name: '光宝科技（常州）有限公司', address: '高新区阳湖路88号' },
  { seq: 13, town: '南夏墅街道', name: '江苏龙城精锻集团有限公司', address: '高新区龙域路26号' },
  { seq: 14, town: '南夏墅街道', name: '江苏河马井股份有限公司', address: '高新区南湖西路28号' },
  { seq: 15, town: '南夏墅街道', name: '常州极太汽车配件有限公司', address: '武进西大道76号' },
  { seq: 16, town: '南夏墅街道', name: '瑞声光电科技（常州）有限公司', address: '武进高新区常漕路3号' },
  { seq: 17, town: '南夏墅街道', name: '常州美欧电子有限公司', address: '武进高新区常漕路3号' },
  { seq: 18, town: '南夏墅街道', name: '瑞声精密制造科技（常州）有限公司', address: '武进高新区龙翔路3号' },
  { seq: 19, town: '南夏墅街道', name: '瑞声开泰精密科技（常州）有限公司', address: '武进高新区西湖路66号' },
  { seq: 20, town: '南夏墅街道', name: '常州泰瑞美电镀科技有限公司', address: '武进高新区新联南村' },
  { seq: 21, town: '洛阳镇', name: '常州市洛通机械有限公司', address: '洛阳镇创新路15号' },
  { seq: 22, town: '洛阳镇', name: '常州市鼎龙环保设备有限公司', address: '洛阳镇创新路4号' },
  { seq: 23, town: '洛阳镇', name: '常州同泰高导新材料有限公司', address: '洛阳镇戴洛路8号' },
  { seq: 24, town: '前黄镇', name: '常州市佳博机械制造有限公司', address: '前黄镇运村农场村' },
  { seq: 25, town: '前黄镇', name: '常州步速者机械制造有限公司', address: '前黄镇永胜路2号' },
  { seq: 26, town: '前黄镇', name: '常州市凯宏铝业有限公司', address: '前黄镇寨桥工业集中区' },
  { seq: 27, town: '牛塘镇', name: '常州康普瑞汽车空调有限公司', address: '武进区牛塘镇工业园区东宝路6号' },
  { seq: 28, town: '牛塘镇', name: '常州苏润机械有限公司', address: '武进区牛塘镇高家路3号' },
  { seq: 29, town: '牛塘镇', name: '常州市盖特硬质合金工具有限公司', address: '武进区牛塘镇湖滨北路61号' },
  { seq: 30, town: '牛塘镇', name: '常州绿色动力环保热电有限公司', address: '武进区牛塘镇青莲路15号' },
  { seq: 31, town: '牛塘镇', name: '江苏九洲酒店管理有限公司常州花园酒店分公司', address: '武进区延政西大道1号' },
  { seq: 32, town: '雪堰镇', name: '旷达汽车饰件系统有限公司', address: '雪堰镇旷达路1号' },
  { seq: 33, town: '雪堰镇', name: '嬉戏族集团有限公司', address: '雪堰镇太北路1号' },
  { seq: 34, town: '雪堰镇', name: '中铁建电气化局集团轨道交通器材有限公司', address: '雪堰镇潘家工业集中区' },
  { seq: 35, town: '西湖街道', name: '常州腾龙汽车零部件股份有限公司', address: '经发区腾龙路15号' },
  { seq: 36, town: '西湖街道', name: '江苏晶雪节能科技股份有限公司', address: '经发区丰泽路18号' },
  { seq: 37, town: '西湖街道', name: '江苏常虹钢结构工程有限公司', address: '经发区果香路8号' },
  { seq: 38, town: '西湖街道', name: '常州苏特轴承制造有限公司', address: '经发区禾香路11号' },
  { seq: 39, town: '西湖街道', name: '江苏唯德康医疗科技有限公司', address: '经发区果香路52号' },
  { seq: 40, town: '湖塘镇', name: '常州市旷达机织织物有限公司', address: '武进区湖塘镇人民东路109号' },
  { seq: 41, town: '湖塘镇', name: '常州市旷达针纺织品有限公司', address: '武进区湖塘镇人民东路109号' },
  { seq: 42, town: '湖塘镇', name: '常州市武进广宇花辊机械有限公司', address: '武进区湖塘镇城东科技园青洋南路156号' },
  { seq: 43, town: '湖塘镇', name: '常州新光印染有限公司', address: '武进区湖塘镇人民东路与凤凰路交界处' },
  { seq: 44, town: '湖塘镇', name: '常州市春秋乐园旅游发展有限公司', address: '武进区湖塘镇武宜中路197号' },
  { seq: 45, town: '嘉泽镇', name: '三鑫重工机械有限公司', address: '嘉泽镇夏溪北路150号' },
  { seq: 46, town: '礼嘉镇', name: '江苏常发农业装备股份有限公司', address: '武进区礼嘉镇武进东大道555号' },
  { seq: 47, town: '礼嘉镇', name: '常州常发制冷科技有限公司', address: '武进区礼嘉镇武进东大道555-2号' },
  { seq: 48, town: '礼嘉镇', name: '常州百佳年代薄膜科技股份有限公司', address: '常州市武进区礼嘉镇工业园区武进大道666号' },
  { seq: 49, town: '礼嘉镇', name: '常州丰顺新材料有限公司', address: '武进区礼嘉镇华渡村' },
  { seq: 50, town: '礼嘉镇', name: '常州市武进红光无线电有限公司', address: '武进区礼嘉镇蒲岸村' },
]

/** The Appendix 2 row whose name matches (brackets, width and whitespace ignored), if any. */
export function findWhitelistSeed(name: string): WhitelistSeedEntry | undefined {
  return WHITELIST_SEED.find((entry) => sameEnterpriseName(entry.name, name))
}
