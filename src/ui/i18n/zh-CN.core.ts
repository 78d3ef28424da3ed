import type { enCore } from './en.core.ts';

/** 核心计算给出的错误、警告和说明的简体中文文字，键为 `core.<代码>`。 */
export const zhCNCore: Record<keyof typeof enCore, string> = {
  'core.choice.pinned': '{model}：您选定的模型。',
  'core.choice.aic': '{model}：在能够拟合的模型中 AIC 最低（没有可用于回测的保留期）。',
  'core.fit.notFinite': '{model}：在所有起始点上似然值都不是有限数，数据无法支持该模型。',
  'core.fit.noCustomers': '在校准期结束之前没有任何客户完成首次购买。',
  'core.fit.noRepeat':
    '{model}：校准期内没有客户重复购买，无法估计购买率。请选择更晚的校准期结束日期或更短的时间单位。',
  'core.fit.tooFew':
    '{model}：{customers} 位客户只有 {patterns} 种不同的购买记录，模型至少需要 {needed} 种。请补充数据或选择更晚的校准期结束日期。',
  'core.fit.boundary':
    '{name} = {value} 落在参数空间的边界上：数据可能无法确定该参数（重复购买者太少，或时间单位与购买节奏相差太远）。请换一个时间单位、加入惩罚项或换一个模型。',
  'core.fit.notConverged': '优化器在收敛前停止，结果为找到的最优点。',
  'core.fit.noSe': '无法给出标准误：最优点处的 Hessian 矩阵不是正定的。',
  'core.spend.tooFew': '只有 {customers} 位客户有正的重复消费额：消费额取简单平均值。',
  'core.spend.qBelowOne': 'Gamma-Gamma 拟合得到 q ≤ 1（平均消费额不存在）：消费额取简单平均值。',
  'core.spend.failed': 'Gamma-Gamma 无法拟合：消费额取简单平均值。',
  'core.spend.zeroValue': '{customers} 位客户的重复购买平均金额不大于零，未纳入消费额模型。',
  'core.cluster.constant': '所有客户的 {feature} 都相同，无法用来区分聚类。',
  'core.cluster.imputed': '{feature}：{count} 个缺失值以平均值代替。',
  'core.cluster.kLowered': '这些特征下只有 {distinct} 个互不相同的客户：k 从 {k} 降为 {distinct}。',
  'core.cluster.notConverged': '迭代 {iterations} 次后仍未收敛，已停止。',
  'core.file.xlsx': '这看起来是 Excel .xlsx 文件，而不是 CSV：请先另存为 CSV。',
  'core.file.xls': '这看起来是旧版 Excel .xls 文件，而不是 CSV：请先另存为 CSV。',
  'core.file.gzip': '这是 gzip 压缩文件，而不是 CSV：请先解压。',
  'core.file.pdf': '这是 PDF 文件，而不是 CSV。',
  'core.file.nul': '文件中含有 NUL 字节：这是二进制文件，而不是 CSV 文本文件。',
  'core.file.empty': '文件为空。',
  'core.csv.unterminated': '{file} 第 {line} 行第 {column} 列：引号字段从这里开始却没有结束（缺少 "）。',
  'core.csv.syntax': '{file} 第 {line} 行第 {column} 列：此处无法按 CSV 读取。',
  'core.import.cancelled': '导入已取消。',
  'core.import.noRows': '{file}：没有数据行。',
  'core.import.nothingKept':
    '{file}{where}：没有保留任何行：{rows} 行中有 {count} 行因“{reason}”被剔除（第一个：“{first}”）。',
};
