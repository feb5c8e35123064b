import type { MessageCatalog } from './messages.en';

/** 简体中文消息目录。键与占位符必须与 `messages.en.ts` 完全一致。 */
export const zhCN: MessageCatalog = {
  'app.portalName': '服务门户',
  'app.documentTitle': '{organisation} · 服务门户',
  'app.loading': '正在加载…',
  'app.skipToContent': '跳到主要内容',

  'language.label': '语言',
  'language.en': 'English',
  'language.zh-CN': '简体中文',

  'picker.heading': '进入您所在组织的服务门户',
  'picker.intro': '请输入您所在组织的简称，即门户地址中 /t/ 之后的部分，例如 /t/acme/ 中的“acme”。',
  'picker.label': '组织',
  'picker.hint': '小写字母、数字、连字符和下划线。',
  'picker.submit': '继续',
  'picker.invalid': '请输入有效的组织名称（小写字母、数字、连字符和下划线，最多 63 个字符）。',
  'picker.invalidAddress': '您打开的地址中没有有效的组织名称。',

  'tenant.notFound.heading': '未找到该组织',
  'tenant.notFound.body': '不存在名为“{slug}”的组织。请检查地址，或选择其他组织。',
  'tenant.suspended.heading': '该组织已被停用',
  'tenant.suspended.body': '“{slug}”的服务门户目前已停用。请联系您的 IT 服务提供商。',
  'tenant.unavailable.heading': '门户暂时无法使用',
  'tenant.unavailable.body': '无法连接到服务，请稍后重试。',
  'signIn.failed.heading': '登录失败',
  'signIn.failed.body': '无法完成登录，请重试。',

  'action.retry': '重试',
  'action.chooseOrganisation': '选择其他组织',

  'header.signedInAs': '当前用户：{name}',
  'header.unknownUser': '已登录用户',
  'header.signOut': '退出登录',

  'tickets.heading': '我的工单',
  'tickets.loading': '正在加载您的工单…',
  'tickets.empty': '您还没有任何工单。您可以通过表单报告问题或提出请求。',
  'tickets.loadMore': '加载更多',
  'tickets.loadingMore': '正在加载更多…',
  'tickets.loadFailed': '无法加载您的工单。',
  'tickets.created': '提交于 {date}',
  'tickets.updated': '更新于 {date}',
  'tickets.statusLabel': '状态：{status}',

  'status.new': '新建',
  'status.open': '待处理',
  'status.in_progress': '处理中',
  'status.pending': '等待中',
  'status.on_hold': '已挂起',
  'status.resolved': '已解决',
  'status.closed': '已关闭',
  'status.cancelled': '已取消',

  'form.heading': '新建工单',
  'form.intro': '请告诉我们哪里出了问题或您需要什么，我们会尽快回复您。',
  'form.title.label': '标题',
  'form.title.hint': '简要概述，最多 {max} 个字符。',
  'form.description.label': '描述',
  'form.description.hint': '选填。请说明发生了什么、您期望的结果以及问题出现的时间。最多 {max} 个字符。',
  'form.charCount': '已输入 {count} / {max} 个字符',
  'form.submit': '提交工单',
  'form.submitting': '正在提交…',
  'form.created': '工单 {number} 已创建。',
  'form.failed': '无法创建工单。',
  'form.fixFields': '请更正标记的字段。',

  'validation.title.required': '请输入标题。',
  'validation.title.tooLong': '标题最多 {max} 个字符。',
  'validation.description.tooLong': '描述最多 {max} 个字符。',

  'error.sessionExpired': '您的登录已过期，正在跳转到登录页面…',
  'error.forbidden': '您无权执行此操作。',
  'error.network': '无法连接到服务。请检查网络连接后重试。',
  'error.http': '出现错误（HTTP {status}），请重试。',
};
