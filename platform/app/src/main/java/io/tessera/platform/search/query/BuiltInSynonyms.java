package io.tessera.platform.search.query;

import java.util.List;

/**
 * Tessera's built-in bilingual ITSM vocabulary. Every tenant has these; tenant admins add their own on top.
 */
public final class BuiltInSynonyms {

    private static final List<SynonymSet> SETS = List.of(
            SynonymSet.of("vpn", "虚拟专用网", "虚拟专用网络", "virtual private network"),
            SynonymSet.of("mfa", "2fa", "two-factor authentication", "multi-factor authentication", "双因素认证",
                    "双重认证", "多因素认证", "两步验证"),
            SynonymSet.of("password", "密码", "口令", "passcode"),
            SynonymSet.of("printer", "打印机"),
            SynonymSet.of("print", "打印"),
            SynonymSet.of("email", "e-mail", "mail", "邮件", "电子邮件", "邮箱"),
            SynonymSet.of("outlook", "邮件客户端"),
            SynonymSet.of("wifi", "wi-fi", "wireless", "无线网络", "无线", "无线网"),
            SynonymSet.of("network", "网络"),
            SynonymSet.of("laptop", "notebook", "笔记本电脑", "笔记本"),
            SynonymSet.of("computer", "pc", "电脑", "计算机"),
            SynonymSet.of("login", "log in", "sign in", "signin", "登录", "登陆"),
            SynonymSet.of("logout", "log out", "sign out", "退出登录", "注销"),
            SynonymSet.of("account", "账号", "账户", "帐号", "帐户"),
            SynonymSet.of("locked", "lockout", "locked out", "锁定", "被锁"),
            SynonymSet.of("reset", "重置"),
            SynonymSet.of("forgot", "forgotten", "忘记", "忘了"),
            SynonymSet.of("install", "installation", "安装"),
            SynonymSet.of("update", "upgrade", "更新", "升级"),
            SynonymSet.of("slow", "sluggish", "慢", "卡顿", "很慢"),
            SynonymSet.of("crash", "crashes", "freeze", "崩溃", "死机"),
            SynonymSet.of("error", "错误", "报错"),
            SynonymSet.of("connect", "connection", "连接", "连不上", "联网"),
            SynonymSet.of("cannot", "can't", "unable", "无法", "不能"),
            SynonymSet.of("screen", "monitor", "display", "屏幕", "显示器"),
            SynonymSet.of("keyboard", "键盘"),
            SynonymSet.of("mouse", "鼠标"),
            SynonymSet.of("phone", "mobile", "smartphone", "手机"),
            SynonymSet.of("software", "application", "app", "软件", "应用"),
            SynonymSet.of("license", "licence", "许可证", "授权"),
            SynonymSet.of("backup", "备份"),
            SynonymSet.of("restore", "recover", "恢复", "还原"),
            SynonymSet.of("virus", "malware", "病毒", "恶意软件"),
            SynonymSet.of("phishing", "钓鱼", "网络钓鱼", "钓鱼邮件"),
            SynonymSet.of("shared drive", "network drive", "共享盘", "网络驱动器", "共享文件夹"),
            SynonymSet.of("permission", "access rights", "权限", "访问权限"),
            SynonymSet.of("certificate", "证书"),
            SynonymSet.of("meeting", "会议"),
            SynonymSet.of("calendar", "日历"),
            SynonymSet.of("incident", "事件", "故障"),
            SynonymSet.of("ticket", "工单"),
            SynonymSet.of("knowledge base", "知识库"),
            SynonymSet.of("server", "服务器"),
            SynonymSet.of("database", "数据库"),
            SynonymSet.of("browser", "浏览器"),
            SynonymSet.of("disk", "hard drive", "磁盘", "硬盘"),
            SynonymSet.of("battery", "电池"),
            SynonymSet.of("scanner", "扫描仪"),
            SynonymSet.of("teams", "microsoft teams"),
            SynonymSet.of("remote desktop", "rdp", "远程桌面"));

    private BuiltInSynonyms() {
    }

    public static List<SynonymSet> sets() {
        return SETS;
    }
}
