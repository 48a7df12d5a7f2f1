<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ActiveAlarmList</name>
    <message>
        <source>No alarm needs attention.</source>
        <translation>没有需要处理的报警。</translation>
    </message>
    <message numerus="yes">
        <source>%n alarm(s) need attention.</source>
        <translation><numerusform>%n 条报警需要处理。</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Acknowledge %n selected</source>
        <translation><numerusform>确认所选 %n 条</numerusform></translation>
    </message>
    <message>
        <source>chattering</source>
        <translation>频繁跳变</translation>
    </message>
    <message numerus="yes">
        <source>%n time(s)</source>
        <translation><numerusform>%n 次</numerusform></translation>
    </message>
    <message>
        <source>Acknowledge</source>
        <translation>确认</translation>
    </message>
    <message>
        <source>Shelve</source>
        <translation>搁置</translation>
    </message>
</context>
<context>
    <name>AlarmBanner</name>
    <message>
        <source>Alarms are not being saved: %1</source>
        <translation>报警未能保存：%1</translation>
    </message>
    <message>
        <source>FLOOD</source>
        <translation>报警泛滥</translation>
    </message>
    <message>
        <source>Open the alarm list</source>
        <translation>打开报警列表</translation>
    </message>
</context>
<context>
    <name>AlarmHistoryList</name>
    <message>
        <source>All devices</source>
        <translation>全部设备</translation>
    </message>
    <message>
        <source>All priorities</source>
        <translation>全部级别</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>昨天</translation>
    </message>
    <message>
        <source>All days</source>
        <translation>全部日期</translation>
    </message>
    <message>
        <source>Nothing recorded for this choice.</source>
        <translation>所选条件下没有记录。</translation>
    </message>
</context>
<context>
    <name>AlarmsPage</name>
    <message>
        <source>Active (%1)</source>
        <translation>当前报警（%1）</translation>
    </message>
    <message>
        <source>History</source>
        <translation>历史记录</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>设备通信</translation>
    </message>
</context>
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
        <translation><numerusform>%1 · %2 · 员工号 %3。闲置 %n 分钟后平板自动锁屏。</numerusform></translation>
    </message>
    <message>
        <source>Active alarms</source>
        <translation>当前报警</translation>
    </message>
    <message>
        <source>Worst not acknowledged: %1 · %2</source>
        <translation>最高级未确认：%1 · %2</translation>
    </message>
    <message>
        <source>All acknowledged.</source>
        <translation>均已确认。</translation>
    </message>
    <message>
        <source>No active alarms.</source>
        <translation>没有当前报警。</translation>
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
    <message>
        <source>Unacknowledged</source>
        <translation>未确认</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>已确认</translation>
    </message>
    <message>
        <source>Cleared, not acknowledged</source>
        <translation>已恢复，未确认</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>Shelved</source>
        <translation>已搁置</translation>
    </message>
    <message>
        <source>In maintenance</source>
        <translation>检修中</translation>
    </message>
    <message>
        <source>Out of service</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>Raised again</source>
        <translation>再次报警</translation>
    </message>
    <message>
        <source>Raised</source>
        <translation>报警</translation>
    </message>
    <message>
        <source>Cleared at device (latched)</source>
        <translation>设备端已恢复（保持报警）</translation>
    </message>
    <message>
        <source>Cleared</source>
        <translation>已恢复</translation>
    </message>
    <message>
        <source>Reset at panel</source>
        <translation>控制器复位</translation>
    </message>
    <message>
        <source>Shelving ended</source>
        <translation>搁置到期</translation>
    </message>
    <message>
        <source>Unshelved</source>
        <translation>取消搁置</translation>
    </message>
    <message>
        <source>Maintenance started</source>
        <translation>开始检修</translation>
    </message>
    <message>
        <source>Maintenance ended</source>
        <translation>结束检修</translation>
    </message>
    <message>
        <source>Taken out of service</source>
        <translation>停用</translation>
    </message>
    <message>
        <source>Back in service</source>
        <translation>恢复启用</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>已连接</translation>
    </message>
    <message>
        <source>No connection</source>
        <translation>无连接</translation>
    </message>
    <message>
        <source>Connecting</source>
        <translation>连接中</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>未启动</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>紧急</translation>
    </message>
    <message>
        <source>High</source>
        <translation>重要</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>一般</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>提示</translation>
    </message>
</context>
<context>
    <name>LinkStatusList</name>
    <message>
        <source>Last frame %1</source>
        <translation>最后报文 %1</translation>
    </message>
    <message>
        <source>%1 frames · %2 bad · %3 port errors</source>
        <translation>报文 %1 · 错误 %2 · 端口故障 %3</translation>
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
    <message>
        <source>Alarms</source>
        <translation>报警</translation>
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
    <name>ShelveDialog</name>
    <message>
        <source>Shelve: %1</source>
        <translation>搁置：%1</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Contractor working on it</source>
        <translation>施工单位正在处理</translation>
    </message>
    <message>
        <source>Known fault, repair booked</source>
        <translation>已知故障，已报修</translation>
    </message>
    <message>
        <source>Faulty sensor</source>
        <translation>传感器故障</translation>
    </message>
    <message>
        <source>Or type a reason</source>
        <translation>或输入原因</translation>
    </message>
    <message>
        <source>For how long</source>
        <translation>搁置时长</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 分钟</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 小时</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Shelve</source>
        <translation>搁置</translation>
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
        <translation><numerusform>密码错误次数过多，请 %n 分钟后再试。</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Staff number or PIN not recognised. %n tries left.</source>
        <translation><numerusform>员工号或密码不正确，还可尝试 %n 次。</numerusform></translation>
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
<context>
    <name>so::alarms::AlarmEngine</name>
    <message>
        <source>No such alarm: %1</source>
        <translation>没有此报警：%1</translation>
    </message>
    <message>
        <source>Nothing to do: the alarm is already in that state.</source>
        <translation>无需操作：报警已处于该状态。</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>未保存：%1</translation>
    </message>
    <message>
        <source>Your role may not acknowledge alarms.</source>
        <translation>您的岗位无权确认报警。</translation>
    </message>
    <message>
        <source>Only a supervisor may shelve alarms.</source>
        <translation>只有值班站长可以搁置报警。</translation>
    </message>
    <message>
        <source>Give a reason for shelving.</source>
        <translation>请填写搁置原因。</translation>
    </message>
    <message>
        <source>Shelve for 5 minutes to 8 hours.</source>
        <translation>搁置时长为 5 分钟至 8 小时。</translation>
    </message>
    <message>
        <source>Only a supervisor may unshelve alarms.</source>
        <translation>只有值班站长可以取消搁置。</translation>
    </message>
    <message>
        <source>Only a supervisor may put a device in maintenance.</source>
        <translation>只有值班站长可以将设备设为检修。</translation>
    </message>
    <message>
        <source>No such device: %1</source>
        <translation>没有此设备：%1</translation>
    </message>
    <message>
        <source>Give a reason for the maintenance.</source>
        <translation>请填写检修原因。</translation>
    </message>
    <message>
        <source>Only a supervisor may take an alarm out of service.</source>
        <translation>只有值班站长可以停用报警。</translation>
    </message>
    <message>
        <source>Give a reason for taking the alarm out of service.</source>
        <translation>请填写停用原因。</translation>
    </message>
</context>
</TS>
