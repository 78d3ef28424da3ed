import { looksLikeDate } from '../values/dates.ts';
import { isExcelSerial } from '../values/detectDateFormat.ts';
import { looksLikeNumber } from '../values/numbers.ts';
import type { ColumnRole, SingleRole } from './types.ts';

/** Header patterns per role, tried in this order (so "InvoiceDate" is a date, "UnitPrice" a price). */
const HEADER_RULES: [SingleRole | 'attribute', RegExp][] = [
  // A customer summary's columns first ("first_purchase" is no transaction date, "平均金额" no total).
  [
    'first',
    /^(first|earliest)[\s_.-]*(purchase|order|buy|transaction|visit|seen)?[\s_.-]*(date|day|time)?$|^(首次|第一次|首单)(购买|消费|下单|交易)?(日期|时间)?$/i,
  ],
  [
    'orders',
    /^(orders|order.?count|n.?orders|num.?orders|number.?of.?orders|orders.?count|purchases|purchase.?count|frequency|transactions)$|^(订单数|订单数量|购买次数|消费次数|下单次数|交易次数)$/i,
  ],
  [
    'average',
    /^(avg|average|mean)[\s_.-]*(amount|order.?value|spend|value|sales)?$|^aov$|^(平均(金额|消费|消费额|订单金额)|客单价)$/i,
  ],
  [
    'date',
    /^(last|latest|recent|most.?recent)[\s_.-]*(purchase|order|buy|transaction|visit|seen)[\s_.-]*(date|day|time)?$|^(最近|最后|末次)(一次)?(购买|消费|下单|交易)(日期|时间)?$/i,
  ],
  ['date', /(date|time|day|日期|时间|下单|交易时间|购买时间)/i],
  ['price', /^(unit.?price|price|unit.?cost|单价|价格)$/i],
  [
    'customer',
    /^(customer|cust|client|member|user|buyer|shopper|account|master)[\s_.-]*(id|no|number|code|key)?$|^(客户|会员|顾客|用户|买家)(编号|id|号|代码)?$|^会员号$/i,
  ],
  [
    'invoice',
    /^(invoice|order|transaction|receipt|bill|basket)[\s_.-]*(id|no|number|code)?$|^(订单|发票|交易|单据)(号|编号|id)?$|^单号$/i,
  ],
  [
    'amount',
    /^(amount|total|sales|revenue|value|spend|spent|sum|dollar.?value|order.?value|net.?amount|gross)$|^total[\s_.-]*(amount|spend|sales|revenue|value)$|金额|销售额|总额|总价|消费额/i,
  ],
  ['quantity', /^(quantity|qty|units|number.?of.?items|pieces)$|^(数量|件数|购买数量)$/i],
  // What was bought (issue 17): sub-category before category ("Sub-Category" holds "Category").
  [
    'subcategory',
    /^(sub[\s_.-]*categor(y|ies)|sub[\s_.-]*cat|subcat|子类|小类|子类别|子类目|二级类目|二级分类|二级品类)$/i,
  ],
  [
    'category',
    /^((product|item)[\s_.-]*)?(category|categories|cat|department|dept|product[\s_.-]*line)$|^(品类|类别|大类|分类|类目|商品类别|一级类目|一级分类)$/i,
  ],
  [
    'product',
    /^(product|item|sku|stock|article|goods)[\s_.-]*(id|code|no|number|key|ref)$|^(stockcode|sku|asin|upc|ean|gtin|plu)$|^(商品编号|商品id|商品代码|商品编码|货号|产品编号|产品id|产品代码|商品号|sku编码)$/i,
  ],
  [
    'productName',
    /^(product|item|article|goods)[\s_.-]*(name|description|title)$|^(description|product|item)$|^(商品名称|商品|品名|产品名称|产品|商品描述)$/i,
  ],
  // A line's profit in money; "Margin" stays unmapped (it may be a percentage).
  [
    'profit',
    /^(profit|gross[\s_.-]*profit|net[\s_.-]*profit|line[\s_.-]*profit)$|^(利润|毛利|毛利润|净利润|利润额|毛利额)$/i,
  ],
  // Who and where the customer is (issue 18): kept as attributes with a meaning, before the plain
  // attribute rule (which also knows "region" and "city").
  [
    'name',
    /^((customer|client|contact|member|account)[\s_.-]*name|name|full[\s_.-]*name|contact|contact[\s_.-]*person)$|^(客户姓名|客户名称|客户名|姓名|联系人|会员姓名|顾客姓名|名称)$/i,
  ],
  [
    'phone',
    /^(phone|tel|telephone|mobile|cell|cellphone|(phone|mobile|tel)[\s_.-]*(no|number))$|^(电话|手机|手机号|手机号码|联系电话|电话号码|联系方式)$/i,
  ],
  ['email', /^(e-?mail|e-?mail[\s_.-]*address|mail)$|^(邮箱|电子邮箱|电子邮件|邮件|email地址)$/i],
  [
    'address',
    /^(address|street|addr|street[\s_.-]*address|shipping[\s_.-]*address)$|^(地址|收货地址|详细地址|联系地址)$/i,
  ],
  ['city', /^(city|town)$|^(城市|所在城市|市)$/i],
  [
    'region',
    /^(region|territory|sales[\s_.-]*(region|territory)|area|district)$|^(地区|区域|片区|大区|销售区域|所在地区)$/i,
  ],
  [
    'attribute',
    /^(age|age.?band|gender|sex|region|country|city|state|province|channel|segment|tier|store|shop|source)$|年龄|性别|地区|国家|城市|省|渠道|门店|来源|等级/i,
  ],
];

/** Whether a header names a date (the transaction date rule: date, time, day, 日期 …). */
export function headerSaysDate(h: string): boolean {
  return HEADER_RULES.some(([role, re]) => role === 'date' && re.test(normaliseHeader(h)));
}

/** Whether a value reads as a date in some format (or is an Excel serial day number). */
export function isDatey(v: string): boolean {
  return looksLikeDate(v) || isExcelSerial(v);
}

function normaliseHeader(h: string): string {
  return h.trim().replace(/^\uFEFF/, '');
}

/**
 * Guesses the role of every column from its header (English and common Chinese names) and, where
 * the header says nothing or there is none, from its values: a column of dates is the date, the
 * first id-like column the customer, the last decimal column the amount.
 * `rows` are data rows (header excluded); each role other than attribute/ignore is given once.
 */
export function guessRoles(headers: string[], rows: string[][], hasHeader: boolean): ColumnRole[] {
  const n = headers.length;
  const roles: ColumnRole[] = new Array<ColumnRole>(n).fill('ignore');
  const taken = new Set<ColumnRole>();
  const col = (j: number) => rows.map((r) => (r[j] ?? '').trim()).filter((v) => v !== '');
  const share = (vals: string[], test: (v: string) => boolean) =>
    vals.length === 0 ? 0 : vals.filter(test).length / vals.length;
  const claim = (j: number, role: ColumnRole) => {
    roles[j] = role;
    taken.add(role);
  };

  if (hasHeader) {
    for (let j = 0; j < n; j++) {
      const h = normaliseHeader(headers[j]);
      for (const [role, re] of HEADER_RULES) {
        if (role !== 'attribute' && taken.has(role)) continue;
        if (!re.test(h)) continue;
        const vals = col(j);
        // A date header over Excel serial numbers (40886) is a date column too.
        if ((role === 'date' || role === 'first') && share(vals, isDatey) < 0.8 && vals.length > 0) continue;
        roles[j] = role;
        if (role !== 'attribute') taken.add(role);
        break;
      }
    }
  }

  // A file that names its customers but has no id: the name is the customer.
  if (!taken.has('customer') && taken.has('name')) {
    const j = roles.indexOf('name');
    roles[j] = 'customer';
    taken.delete('name');
    taken.add('customer');
  }

  // Content-based guesses for what the headers did not settle.
  const free = () => [...Array(n).keys()].filter((j) => roles[j] === 'ignore');
  if (!taken.has('date')) {
    const j = free().find((k) => share(col(k), looksLikeDate) >= 0.9);
    if (j !== undefined) claim(j, 'date');
  }
  const isNum = (v: string) => looksLikeNumber(v);
  const isDecimal = (v: string) => /[.,]\d{1,2}$/.test(v) && looksLikeNumber(v);
  if (!taken.has('customer')) {
    const j = free().find((k) => {
      const vals = col(k);
      if (vals.length === 0 || share(vals, isDecimal) > 0.5) return false;
      return new Set(vals).size < vals.length || share(vals, (v) => /^[\w-]+$/.test(v)) === 1;
    });
    if (j !== undefined) claim(j, 'customer');
  }
  if (!taken.has('amount') && !(taken.has('quantity') && taken.has('price'))) {
    const cands = free().filter((k) => {
      const vals = col(k);
      return vals.length > 0 && share(vals, isNum) >= 0.9 && share(vals, isDecimal) >= 0.3;
    });
    const j = cands.at(-1);
    if (j !== undefined) claim(j, 'amount');
  }
  return roles;
}

/** Whether guessed roles describe a customer summary: an orders column and a first-purchase column. */
export function looksLikeSummary(roles: ColumnRole[]): boolean {
  return roles.includes('orders') && roles.includes('first');
}
