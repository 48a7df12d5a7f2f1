<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>HomePage</name>
    <message>
        <source>Good to see you, %1.</source>
        <translation>%1，您好。</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>已登录</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %2 · staff number %3. The tablet locks itself after %n idle minute(s).</source>
        <translation>
            <numerusform>%1 · %2 · 员工号 %3。闲置 %n 分钟后平板自动锁屏。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Keypad</name>
    <message>
        <source>OK</source>
        <translation>确定</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Station agent</source>
        <translation>站务员</translation>
    </message>
    <message>
        <source>Ticket seller</source>
        <translation>售票员</translation>
    </message>
    <message>
        <source>Duty station master</source>
        <translation>值班站长</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>系统管理员</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <source>Locked</source>
        <translation>已锁屏</translation>
    </message>
    <message>
        <source>%1 is signed in. Enter the PIN to go on.</source>
        <translation>%1 已登录。输入密码继续。</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>解锁</translation>
    </message>
    <message>
        <source>Not you? Sign out</source>
        <translation>不是本人？退出登录</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>StationOps</source>
        <translation>车站运营助手</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>首页</translation>
    </message>
</context>
<context>
    <name>Shell</name>
    <message>
        <source>Lock</source>
        <translation>锁屏</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>退出</translation>
    </message>
</context>
<context>
    <name>SignInPage</name>
    <message>
        <source>StationOps</source>
        <translation>车站运营助手</translation>
    </message>
    <message>
        <source>Staff number</source>
        <translation>员工号</translation>
    </message>
    <message>
        <source>Tap and type</source>
        <translation>点击后输入</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>下一步</translation>
    </message>
</context>
<context>
    <name>so::AuthService</name>
    <message>
        <source>Enter your staff number and PIN.</source>
        <translation>请输入员工号和密码。</translation>
    </message>
    <message>
        <source>Sign-in is not possible right now: %1</source>
        <translation>暂时无法登录：%1</translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong PINs. Try again in %n minute(s).</source>
        <translation>
            <numerusform>密码错误次数过多，请 %n 分钟后再试。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Staff number or PIN not recognised. %n tries left.</source>
        <translation>
            <numerusform>员工号或密码不正确，还可尝试 %n 次。</numerusform>
        </translation>
    </message>
    <message>
        <source>Nobody is signed in.</source>
        <translation>当前无人登录。</translation>
    </message>
    <message>
        <source>Sign in first.</source>
        <translation>请先登录。</translation>
    </message>
    <message>
        <source>Your role may not do this.</source>
        <translation>您的岗位无权执行此操作。</translation>
    </message>
</context>
</TS>
