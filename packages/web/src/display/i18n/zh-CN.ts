/** The hall display's texts in Chinese, the default language (kept apart from the console's catalogue). */
export const zhCN = {
  page: { title: "叫号屏 · 一窗通" },
  setup: {
    title: "叫号屏未登记",
    help: "请管理员在“系统管理 › 设备”登记叫号屏，并用登记时给出的地址打开本页。",
  },
  status: { online: "● 已连接", offline: "● 连接中断，正在重连…" },
  now: {
    please: "请",
    // Around the counter's name, shown bold: 号到 <b>2号窗口</b> 办理.
    goToBefore: "号到 ",
    goToAfter: " 办理",
    welcome: "欢迎来到{{site}}",
  },
  recent: { title: "最近叫号", none: "暂无" },
  waiting: { title: "等候人数" },
  notice: "请留意叫号，过号请到服务台重新取号。办事指南、进度查询请使用自助服务终端。",
  enableSound: "🔊 点击开启叫号声音",
};

export type DisplayMessages = typeof zhCN;
