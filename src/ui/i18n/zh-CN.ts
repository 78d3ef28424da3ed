import { zhCNRules } from './zh-CN.rules.ts';
import { zhCNOffers } from './zh-CN.offers.ts';
import { zhCNBasket } from './zh-CN.basket.ts';
import { zhCNPlaybook } from './zh-CN.playbook.ts';
import { zhCNPlan } from './zh-CN.plan.ts';
import { zhCNProducts } from './zh-CN.products.ts';
import { zhCNJudge } from './zh-CN.judge.ts';
import { zhCNGuard } from './zh-CN.guard.ts';
import { zhCNIntervals } from './zh-CN.intervals.ts';
import { zhCNBacktest } from './zh-CN.backtest.ts';
import { zhCNCompute } from './zh-CN.compute.ts';
import { zhCNJobs } from './zh-CN.jobs.ts';
import { zhCNDataworker } from './zh-CN.dataworker.ts';
import { zhCNHostile } from './zh-CN.hostile.ts';
import type { Messages } from './en.ts';
import { zhCNSummary } from './zh-CN.summary.ts';
import { zhCNA11y } from './zh-CN.a11y.ts';
import { zhCNCard } from './zh-CN.card.ts';
import { zhCNCore } from './zh-CN.core.ts';
import { zhCNImport } from './zh-CN.import.ts';
import { zhCNFormats } from './zh-CN.formats.ts';
import { zhCNGlossary } from './zh-CN.glossary.ts';
import { zhCNLearn } from './zh-CN.learn.ts';
import { zhCNTime } from './zh-CN.time.ts';
import { zhCNStorage } from './zh-CN.storage.ts';
import { zhCNBackup } from './zh-CN.backup.ts';
import { zhCNClv } from './zh-CN.clv.ts';
import { zhCNCluster } from './zh-CN.cluster.ts';
import { zhCNCohorts } from './zh-CN.cohorts.ts';
import { zhCNSegments } from './zh-CN.segments.ts';
import { zhCNTabsCli } from './zh-CN.tabs-cli.ts';
import { zhCNBounded } from './zh-CN.bounded.ts';
import { zhCNDates } from './zh-CN.dates.ts';
import { zhCNEngines } from './zh-CN.engines.ts';
import { zhCNRouting } from './zh-CN.routing.ts';
import { zhCNReview } from './zh-CN.review.ts';
import { zhCNDefaults } from './zh-CN.defaults.ts';
import { zhCNItems } from './zh-CN.items.ts';

/** 简体中文界面文字。 */
export const zhCN: Messages = {
  ...zhCNItems,
  ...zhCNIntervals,
  ...zhCNSegments,
  ...zhCNClv,
  ...zhCNCluster,
  ...zhCNCard,
  ...zhCNCore,
  ...zhCNLearn,
  ...zhCNGlossary,
  ...zhCNTime,
  ...zhCNStorage,
  ...zhCNBackup,
  ...zhCNA11y,
  ...zhCNCohorts,
  ...zhCNImport,
  ...zhCNFormats,
  ...zhCNSummary,
  ...zhCNTabsCli,
  ...zhCNBounded,
  ...zhCNHostile,
  ...zhCNDates,
  ...zhCNJobs,
  ...zhCNEngines,
  ...zhCNRouting,
  ...zhCNReview,
  ...zhCNGuard,
  ...zhCNDefaults,
  ...zhCNCompute,
  ...zhCNDataworker,
  ...zhCNBacktest,
  ...zhCNJudge,
  ...zhCNProducts,
  ...zhCNRules,
  ...zhCNOffers,
  ...zhCNBasket,
  ...zhCNPlaybook,
  ...zhCNPlan,
  'app.title': 'Segmap 客户细分',
  'app.tagline': '在您自己的设备上做客户细分，数据不会上传。',
  'nav.data': '数据',
  'nav.customers': '客户',
  'nav.main': '主导航',
  'lang.label': '语言',
  'drop.title': '导入您的 CSV',
  'drop.hint': '把交易文件（客户、日期、金额）拖到这里，或选择文件。',
  'drop.button': '选择文件',
  'drop.formats':
    'CSV、TSV 或文本（UTF-8、UTF-16 或 GBK；逗号、分号、制表符、竖线或空格分隔），Excel .xlsx、Parquet 或 Arrow。',
  'sniff.reading': '正在读取 {file}…',
  'map.title': '核对 {file} 的列',
  'map.encoding': '编码',
  'map.delimiter': '分隔符',
  'map.header': '第一行是表头',
  'map.preview': '前 {n} 行及每列的用途',
  'map.role': '列 {name} 的用途',
  'map.dateOrder': '形如 9/12/2011 的日期是',
  'map.dateOrder.dmy': '日/月/年',
  'map.dateOrder.mdy': '月/日/年',
  'map.dateOrder.auto': '由整个文件决定',
  'map.dateAmbiguous': '前几行的日期两种读法都说得通。请选择一种，或由整个文件决定（之后出现大于 12 的日即可判定）。',
  'dateKind.ymd': '年-月-日（2011-12-09）',
  'dateKind.dmy': '日/月/年（9/12/2011）',
  'dateKind.mdy': '月/日/年（12/9/2011）',
  'dateKind.compact': 'yyyymmdd（20111209）',
  'dateKind.cjk': '2011年12月9日',
  'dateKind.excel': 'Excel 日期序号（40886）',
  'map.dateFormat': '日期格式：{format}',
  'map.numberFormat': '小数点：“{sep}”',
  'map.cleaning': '清洗规则',
  'map.clean.dropCancellations': '剔除取消订单（发票号以“C”开头或数量为负）',
  'map.clean.keepReturns': '保留退货为负金额，并从客户总额中扣除',
  'map.clean.dropNonPositive': '剔除金额为零或负数的行',
  'map.clean.dropDuplicates': '剔除完全重复的行',
  'map.missing': '请指定客户编号、日期和金额（或数量与单价）。',
  'map.import': '导入',
  'map.cancel': '取消',
  'role.customer': '客户编号',
  'role.date': '日期',
  'role.amount': '金额',
  'role.quantity': '数量',
  'role.price': '单价',
  'role.invoice': '订单号 / 发票号',
  'role.attribute': '客户属性',
  'role.ignore': '忽略',
  'delim.,': '逗号 ,',
  'delim.;': '分号 ;',
  'delim.\t': '制表符',
  'delim.|': '竖线 |',
  'delim.whitespace': '空格',
  'progress.title': '正在导入 {file}',
  'progress.detail': '已读 {read} / {total} · {rows} 行',
  'progress.cancel': '取消',
  'progress.cancelled': '已取消导入，未保存任何数据。',
  'report.title': '导入报告',
  'report.rowsRead': '读取行数',
  'report.rowsKept': '保留行数',
  'report.returnsKept': '其中退货',
  'report.customers': '客户数',
  'report.invoices': '订单数',
  'report.dateRange': '日期范围',
  'report.dropped': '剔除：{reason}',
  'report.samples': '前几条被剔除的行',
  'report.line': '行',
  'report.column': '列',
  'report.value': '值',
  'report.elapsed': '导入用时 {ms} 毫秒',
  'report.dateOrder': '日/月顺序',
  'report.dateOrder.user': '{order}（按您的选择）',
  'report.dateOrder.sample': '{order}，由第 {line} 行判定：“{raw}”',
  'report.dateOrder.file': '{order}，由第 {line} 行判定：“{raw}”',
  'report.dateOrder.default': '{order}：文件中所有日期两种读法都说得通。如有误，请重新导入并选择顺序。',
  'report.saving': '正在保存到本设备…',
  'report.saved': '已保存到本设备。',
  'reason.malformed': '字段太少',
  'reason.noCustomer': '缺少客户编号',
  'reason.badDate': '日期无法识别',
  'reason.badAmount': '金额无法识别',
  'reason.cancellation': '取消或退货',
  'reason.nonPositive': '金额为零或负数',
  'reason.duplicate': '完全重复的行',
  'datasets.title': '本设备上的数据集',
  'datasets.empty': '还没有数据集。',
  'datasets.name': '名称',
  'datasets.rows': '行数',
  'datasets.customers': '客户数',
  'datasets.dates': '日期',
  'datasets.size': '占用空间',
  'datasets.actions': '操作',
  'datasets.open': '打开',
  'datasets.rename': '重命名',
  'datasets.delete': '删除',
  'datasets.renamePrompt': '“{name}”的新名称',
  'datasets.confirmDelete': '从本设备删除“{name}”？',
  'datasets.current': '当前',
  'datasets.sample': '示例商店',
  'storage.usage': '存储：已用 {used}，共 {quota}',
  'storage.persisted': '持久存储',
  'storage.notPersisted': '浏览器可能会清除',
  'customers.title': '客户：RFM',
  'customers.none': '请导入或打开一个数据集以查看客户。',
  'customers.search': '搜索客户编号',
  'customers.reference': '参考日期',
  'customers.count': '显示 {shown} / 共 {total} 位客户',
  'customers.dataset': '数据集：{name}',
  'col.customer': '客户',
  'col.recency': '最近购买（天）',
  'col.frequency': '频次',
  'col.monetary': '金额',
  'col.r': 'R',
  'col.f': 'F',
  'col.m': 'M',
  'col.code': 'RFM',
  'sort.by': '按{col}排序',
  'how.title': '计算方法',
  'how.rfm.recency':
    '最近购买（R）= 从客户最后一次购买当天到参考日期的整天数（默认参考日期为最后一笔交易的次日）。参考日期较早时，表格截至其前一天：之后的交易不计入。',
  'how.rfm.frequency': '购买频次（F）= 不同订单数（指定了订单号列时按订单号计，否则按不同的购买日计）。',
  'how.rfm.monetary': '消费金额（M）= 客户所有金额之和（若保留退货则已扣除）。',
  'how.rfm.scores':
    '每个维度按客户分布的五分位打 1–5 分：得分 = 1 + ⌊5 × (取值严格更差的客户数) / (客户总数)⌋。5 分表示最近、最频繁、消费最高。',
  'how.rfm.ties':
    '取值相同的客户得分相同：都取其中第一位的得分。若大量客户取值相同（如大多数只买过一次），该维度可能不足 5 个不同得分。',
  'how.rfm.code': 'RFM 代码由三个得分组成，例如 545。',
  'how.import':
    '文件在后台线程中读取，直接从字节解析为类型化列；上面的清洗规则决定保留哪些行，导入报告按原因统计每一条被剔除的行并列出前几行（字段过少或过多、缺少编号、日期或金额无法识别）。无法解码的字符、跨多行的引号字段以及晚于今天的日期都会被标出。导入要么全部成功，要么什么都不保存；所有数据都留在本设备上。',
  'error.title': '出错了',
  'error.dismiss': '关闭',
  'pwa.updateReady': 'Segmap 有新版本可用。您的数据集和设置保持不变。',
  'pwa.reload': '立即重新加载',
  'pwa.later': '稍后',
  'pwa.offlineReady': 'Segmap 已保存在本设备上，现在无需网络也能使用。',
  'pwa.ok': '好',
  'storage.mayNotFit': '此文件可能放不下：大约需要 {need}，本设备剩余 {free}。只有全部放得下才会保存。',
  'a11y.scrollTable': '{name}（表格，可左右滚动）',
};
