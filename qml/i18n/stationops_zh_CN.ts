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
        <translation>
            <numerusform>%n 条报警需要处理。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Acknowledge %n selected</source>
        <translation>
            <numerusform>确认所选 %n 条</numerusform>
        </translation>
    </message>
    <message>
        <source>Acknowledge</source>
        <translation>确认</translation>
    </message>
    <message>
        <source>Shelve</source>
        <translation>搁置</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>现场检查</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>转事件</translation>
    </message>
    <message>
        <source>Set aside: shelved, in maintenance, out of service (%1)</source>
        <translation>已搁置、检修中、停用的报警（%1）</translation>
    </message>
    <message>
        <source>Unshelve</source>
        <translation>取消搁置</translation>
    </message>
</context>
<context>
    <name>AlarmBanner</name>
    <message>
        <source>FLOOD</source>
        <translation>报警泛滥</translation>
    </message>
    <message>
        <source>Open the alarm list</source>
        <translation>打开报警列表</translation>
    </message>
    <message>
        <source>Not acknowledged</source>
        <translation>未确认</translation>
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
    <name>AlarmLoadCard</name>
    <message>
        <source>Measured as EEMUA 191 does: each new alarm counts once; a flood is more than 10 alarms in 10 minutes.</source>
        <translation>按 EEMUA 191 统计：每次新报警计一次；10分钟内超过10条即为报警泛滥。</translation>
    </message>
    <message>
        <source>Flood intervals</source>
        <translation>报警泛滥时段</translation>
    </message>
    <message>
        <source>Average per 10 minutes</source>
        <translation>平均每10分钟</translation>
    </message>
    <message>
        <source>Most in any 10 minutes</source>
        <translation>10分钟内最多</translation>
    </message>
    <message>
        <source>Chattering alarms</source>
        <translation>频闪报警</translation>
    </message>
    <message>
        <source>Stale alarms (active over 24 h)</source>
        <translation>长期报警（持续超过24小时）</translation>
    </message>
</context>
<context>
    <name>AlarmWords</name>
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
        <translation>高</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>中</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>低</translation>
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
    <name>CashCard</name>
    <message>
        <source>Cash variance per seller, last 7 days</source>
        <translation>近7天各售票员长短款</translation>
    </message>
</context>
<context>
    <name>CashPage</name>
    <message>
        <source>Owed by you: %1 · error-free shifts in a row: %2</source>
        <translation>您的欠款：%1 · 连续无差错班次：%2</translation>
    </message>
    <message>
        <source>Open a shift</source>
        <translation>开班</translation>
    </message>
    <message>
        <source>A second person counts with you and confirms with their PIN.</source>
        <translation>备用金须由第二人共同清点，并输入其密码确认。</translation>
    </message>
    <message>
        <source>Their staff number</source>
        <translation>确认人员工号</translation>
    </message>
    <message>
        <source>Open with float %1</source>
        <translation>以备用金 %1 开班</translation>
    </message>
    <message>
        <source>%1 · float %2</source>
        <translation>%1 · 备用金 %2</translation>
    </message>
    <message>
        <source>Amount, e.g. 4.00</source>
        <translation>金额，如 4.00</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>退款</translation>
    </message>
    <message>
        <source>Undo last</source>
        <translation>撤销上一笔</translation>
    </message>
    <message>
        <source>Reason (refunds, payouts, drops)</source>
        <translation>原因（退款、支出、解行时填写）</translation>
    </message>
    <message>
        <source>Payout</source>
        <translation>支出</translation>
    </message>
    <message>
        <source>Safe drop</source>
        <translation>解行入保险柜</translation>
    </message>
    <message>
        <source>Close shift</source>
        <translation>结班</translation>
    </message>
    <message>
        <source>Latest entries</source>
        <translation>最近记录</translation>
    </message>
    <message>
        <source>Count the drawer</source>
        <translation>清点钱箱</translation>
    </message>
    <message>
        <source>Back to sales</source>
        <translation>返回售票</translation>
    </message>
    <message>
        <source>Expected %1 · counted %2</source>
        <translation>应有 %1 · 实点 %2</translation>
    </message>
    <message>
        <source>Why (needed)</source>
        <translation>差错原因（必填）</translation>
    </message>
    <message>
        <source>A supervisor signs off with their PIN.</source>
        <translation>由值班站长输入密码签认。</translation>
    </message>
    <message>
        <source>Supervisor number</source>
        <translation>值班站长员工号</translation>
    </message>
    <message>
        <source>Supervisor&apos;s note (needed to override)</source>
        <translation>站长意见（特批时必填）</translation>
    </message>
    <message>
        <source>Sign off</source>
        <translation>签认</translation>
    </message>
    <message>
        <source>Override</source>
        <translation>特批</translation>
    </message>
    <message>
        <source>Shift signed off.</source>
        <translation>本班已签认。</translation>
    </message>
    <message>
        <source>Open a new shift</source>
        <translation>再开一班</translation>
    </message>
    <message>
        <source>My booth</source>
        <translation>我的票亭</translation>
    </message>
    <message>
        <source>Sellers and corrections</source>
        <translation>售票员与更正</translation>
    </message>
    <message>
        <source>Exchange</source>
        <translation>兑零</translation>
    </message>
    <message>
        <source>No sale</source>
        <translation>开钱箱</translation>
    </message>
    <message>
        <source>Import terminal CSV</source>
        <translation>导入终端CSV</translation>
    </message>
    <message>
        <source>The ticket-office terminal&apos;s shift export</source>
        <translation>票亭终端导出的班次文件</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>The supervisor recounts</source>
        <translation>由站长复点</translation>
    </message>
    <message>
        <source>or overrides with a note</source>
        <translation>或填写意见特批</translation>
    </message>
    <message>
        <source>Sign off with the recount %1</source>
        <translation>按复点 %1 签认</translation>
    </message>
    <message>
        <source>Sellers&apos; over/short</source>
        <translation>售票员长短款</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Record repayment</source>
        <translation>登记还款</translation>
    </message>
    <message>
        <source>This week&apos;s shifts</source>
        <translation>本周班次</translation>
    </message>
    <message>
        <source>± amount</source>
        <translation>± 金额</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Correct</source>
        <translation>更正</translation>
    </message>
    <message>
        <source>Sale · %1</source>
        <translation>售票 · %1</translation>
    </message>
    <message>
        <source>Count what is there. You check the count before it is stored; the expected amount is shown after you submit it.</source>
        <translation>按实际清点。保存前先核对点数；提交后才显示应有金额。</translation>
    </message>
    <message>
        <source>Done counting</source>
        <translation>清点完毕</translation>
    </message>
    <message>
        <source>Check your count</source>
        <translation>核对点数</translation>
    </message>
    <message>
        <source>Counted %1</source>
        <translation>实点 %1</translation>
    </message>
    <message>
        <source>Nothing counted: the drawer is empty.</source>
        <translation>未点到任何现金：钱箱为空。</translation>
    </message>
    <message>
        <source>Once submitted the count cannot be changed, and the expected amount is shown.</source>
        <translation>提交后点数不可更改，并显示应有金额。</translation>
    </message>
    <message>
        <source>Back to the count</source>
        <translation>返回清点</translation>
    </message>
    <message>
        <source>Submit count</source>
        <translation>提交点数</translation>
    </message>
</context>
<context>
    <name>CashWords</name>
    <message>
        <source>Sale</source>
        <translation>售票</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>退款</translation>
    </message>
    <message>
        <source>Exchange</source>
        <translation>兑零</translation>
    </message>
    <message>
        <source>Payout</source>
        <translation>支出</translation>
    </message>
    <message>
        <source>Safe drop</source>
        <translation>解行入保险柜</translation>
    </message>
    <message>
        <source>Drawer opened</source>
        <translation>开钱箱</translation>
    </message>
    <message>
        <source>Undone</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>Correction</source>
        <translation>更正</translation>
    </message>
    <message>
        <source>Exact</source>
        <translation>账实相符</translation>
    </message>
    <message>
        <source>Short %1</source>
        <translation>短款 %1</translation>
    </message>
    <message>
        <source>Over %1</source>
        <translation>长款 %1</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>This shift</source>
        <translation>本班</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>近7天</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>The 10 most frequent alarms</source>
        <translation>最频繁的10条报警</translation>
    </message>
    <message>
        <source>No alarm in this window.</source>
        <translation>此时段没有报警。</translation>
    </message>
</context>
<context>
    <name>DenominationGrid</name>
    <message>
        <source>Total %1</source>
        <translation>合计 %1</translation>
    </message>
</context>
<context>
    <name>DevicePage</name>
    <message>
        <source>This tablet</source>
        <translation>本机</translation>
    </message>
    <message>
        <source>Device %1</source>
        <translation>设备编号 %1</translation>
    </message>
    <message>
        <source>Last import</source>
        <translation>最近一次导入</translation>
    </message>
    <message>
        <source>Records held, by device</source>
        <translation>本机保存的记录（按产生设备）</translation>
    </message>
    <message>
        <source>Device …%1</source>
        <translation>设备 …%1</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n 条记录</numerusform>
        </translation>
    </message>
    <message>
        <source>Newest made %1</source>
        <translation>最新一条：%1</translation>
    </message>
    <message numerus="yes">
        <source>Records at odds (%n open)</source>
        <translation>
            <numerusform>记录冲突（%n 条待处理）</numerusform>
        </translation>
    </message>
    <message>
        <source>Why (needed)</source>
        <translation>理由（必填）</translation>
    </message>
    <message>
        <source>No conflicts: every record that came in matched what this tablet holds.</source>
        <translation>没有冲突：导入的记录与本机保存的一致。</translation>
    </message>
    <message>
        <source>Nothing taken in yet. Records move between tablets on a USB stick: exported on one, imported on the other.</source>
        <translation>尚未导入任何记录。记录用U盘在平板之间传递：在一台上导出，在另一台上导入。</translation>
    </message>
    <message>
        <source>A record came in with the same id as one this tablet holds but different content, or two tablets changed one record at the same time. Nothing was overwritten. Decide which is right: a person&apos;s record then follows the choice; for others, correct the record the usual way.</source>
        <translation>传入的记录与本机所存记录编号相同但内容不同，或两台平板同时修改了同一条记录。没有任何内容被覆盖。请判定哪一个正确：人员档案将按所选版本生效；其他记录请按常规方式更正。</translation>
    </message>
</context>
<context>
    <name>DoorMap</name>
    <message>
        <source>Car %1 · all OK</source>
        <translation>第%1节 · 全部正常</translation>
    </message>
    <message>
        <source>Car %1</source>
        <translation>%1 号车</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>Fault</source>
        <translation>故障</translation>
    </message>
    <message>
        <source>Partly checked</source>
        <translation>部分已查</translation>
    </message>
    <message>
        <source>Not checked yet</source>
        <translation>尚未检查</translation>
    </message>
    <message>
        <source>Strip: the last patrol&apos;s result</source>
        <translation>底部色条：上次巡检结果</translation>
    </message>
    <message>
        <source>Open follow-up</source>
        <translation>未关闭的跟进</translation>
    </message>
    <message>
        <source>Active alarm</source>
        <translation>活动报警</translation>
    </message>
    <message>
        <source>Emergency or end door</source>
        <translation>应急门或端门</translation>
    </message>
</context>
<context>
    <name>DrillPanel</name>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n 项</numerusform>
        </translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Nothing in this list.</source>
        <translation>列表为空。</translation>
    </message>
</context>
<context>
    <name>DueList</name>
    <message>
        <source>Patrols and checks</source>
        <translation>巡视与检查</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>继续</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>开始</translation>
    </message>
</context>
<context>
    <name>FinalizeDialog</name>
    <message numerus="yes">
        <source>%n item(s) still to do</source>
        <translation>
            <numerusform>还有 %n 项未完成</numerusform>
        </translation>
    </message>
    <message>
        <source>Ready to finalize</source>
        <translation>可以提交</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>签名</translation>
    </message>
    <message>
        <source>Clear signature</source>
        <translation>重新签名</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Finalize</source>
        <translation>提交</translation>
    </message>
</context>
<context>
    <name>FollowUpList</name>
    <message>
        <source>Open follow-ups (%1)</source>
        <translation>待整改事项（%1）</translation>
    </message>
    <message>
        <source>How it was put right</source>
        <translation>整改情况</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>转事件</translation>
    </message>
</context>
<context>
    <name>HandoverAckPanel</name>
    <message>
        <source>Incoming person: read the list, then acknowledge with your staff number and PIN.</source>
        <translation>接班人：请阅读清单，然后输入工号和密码确认接班。</translation>
    </message>
    <message>
        <source>Your staff number</source>
        <translation>你的工号</translation>
    </message>
    <message>
        <source>Your PIN</source>
        <translation>你的密码</translation>
    </message>
    <message>
        <source>Sign me in on this tablet</source>
        <translation>同时在本平板上登录</translation>
    </message>
    <message>
        <source>Acknowledge the handover</source>
        <translation>确认接班</translation>
    </message>
</context>
<context>
    <name>HandoverHistoryPanel</name>
    <message>
        <source>Saved: %1</source>
        <translation>已保存：%1</translation>
    </message>
    <message>
        <source>Earlier handovers</source>
        <translation>以往交接</translation>
    </message>
</context>
<context>
    <name>HandoverItemsPanel</name>
    <message>
        <source>Carried from earlier shifts: %1</source>
        <translation>前班遗留：%1</translation>
    </message>
    <message>
        <source>Nothing is open. A clean handover.</source>
        <translation>没有未结事项，交接清爽。</translation>
    </message>
</context>
<context>
    <name>HandoverPage</name>
    <message>
        <source>Back to what is open now</source>
        <translation>回到当前未结事项</translation>
    </message>
</context>
<context>
    <name>HandoverWritePanel</name>
    <message>
        <source>Notes from earlier shifts: tick the ones dealt with</source>
        <translation>前班备注：勾选已处理的</translation>
    </message>
    <message>
        <source>Dealt with</source>
        <translation>已处理</translation>
    </message>
    <message>
        <source>Notes for the next shift</source>
        <translation>留给下一班的备注</translation>
    </message>
    <message>
        <source>Remove the note</source>
        <translation>删除备注</translation>
    </message>
    <message>
        <source>e.g. Lift 2 engineer due at 14:00</source>
        <translation>例如：2号电梯维保人员14:00到</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message numerus="yes">
        <source>Hand over %n item(s)</source>
        <translation>
            <numerusform>交班（%n 项）</numerusform>
        </translation>
    </message>
    <message>
        <source>A duty agent or a supervisor writes the handover.</source>
        <translation>交接班由值班站务员或值班站长填写。</translation>
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
        <translation>
            <numerusform>%1 · %2 · 员工号 %3。闲置 %n 分钟后平板自动锁屏。</numerusform>
        </translation>
    </message>
    <message>
        <source>Patrols due</source>
        <translation>待巡视</translation>
    </message>
    <message numerus="yes">
        <source>%n patrol(s) or check(s) due or overdue now.</source>
        <translation>
            <numerusform>现有 %n 项巡视或检查到期或超时。</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing due now.</source>
        <translation>目前没有到期的巡视。</translation>
    </message>
    <message>
        <source>Open follow-ups</source>
        <translation>待整改事项</translation>
    </message>
    <message>
        <source>Faults found on patrol that are not put right yet.</source>
        <translation>巡视发现、尚未整改的故障。</translation>
    </message>
    <message>
        <source>No open follow-ups.</source>
        <translation>没有待整改事项。</translation>
    </message>
    <message>
        <source>My cash shift</source>
        <translation>我的售票班次</translation>
    </message>
    <message>
        <source>Passenger service</source>
        <translation>客服事件</translation>
    </message>
    <message>
        <source>%1 overdue</source>
        <translation>超时 %1</translation>
    </message>
    <message>
        <source>Overdue: %1 · due soon: %2 · to assess %3, to approve %4, callbacks %5</source>
        <translation>超时 %1 · 即将到期 %2 · 待评估 %3，待审批 %4，待回访 %5</translation>
    </message>
    <message>
        <source>To assess %1, to approve %2, callbacks %3 · none overdue</source>
        <translation>待评估 %1，待审批 %2，待回访 %3 · 无超时</translation>
    </message>
    <message>
        <source>No case waiting for you.</source>
        <translation>没有待处理的事件。</translation>
    </message>
    <message>
        <source>Handover waiting</source>
        <translation>交接待确认</translation>
    </message>
    <message>
        <source>%1 handed over at %2. The incoming person reads it and acknowledges with their PIN.</source>
        <translation>%1 于 %2 交班。接班人阅读后用密码确认。</translation>
    </message>
    <message>
        <source>Alarms needing a person</source>
        <translation>需要处理的报警</translation>
    </message>
</context>
<context>
    <name>IncidentDetail</name>
    <message>
        <source>Valid complaint</source>
        <translation>有效投诉</translation>
    </message>
    <message>
        <source>Station at fault</source>
        <translation>车站有责</translation>
    </message>
    <message>
        <source>Add a note</source>
        <translation>添加备注</translation>
    </message>
    <message>
        <source>Add photo</source>
        <translation>添加照片</translation>
    </message>
    <message>
        <source>Passenger signed</source>
        <translation>乘客已签字</translation>
    </message>
    <message>
        <source>Passenger&apos;s signature (where possible)</source>
        <translation>乘客签字（如可能）</translation>
    </message>
    <message>
        <source>Tap for the passenger to sign</source>
        <translation>点此请乘客签名</translation>
    </message>
    <message>
        <source>Please sign below to confirm the matter was resolved</source>
        <translation>请在下方签名，确认事情已处理</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <source>Keep the signature</source>
        <translation>确认签名</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>处理记录</translation>
    </message>
</context>
<context>
    <name>IncidentIntake</name>
    <message>
        <source>What happened?</source>
        <translation>发生了什么？</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Where?</source>
        <translation>地点？</translation>
    </message>
    <message>
        <source>Describe what happened</source>
        <translation>描述事件经过</translation>
    </message>
    <message>
        <source>Passenger&apos;s name (optional)</source>
        <translation>乘客姓名（选填）</translation>
    </message>
    <message>
        <source>Contact (optional)</source>
        <translation>联系方式（选填）</translation>
    </message>
    <message>
        <source>What was done on the spot (optional)</source>
        <translation>现场处置情况（选填）</translation>
    </message>
    <message>
        <source>When?</source>
        <translation>发生时间？</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>刚刚</translation>
    </message>
    <message>
        <source>15 min ago</source>
        <translation>15分钟前</translation>
    </message>
    <message>
        <source>30 min ago</source>
        <translation>30分钟前</translation>
    </message>
    <message>
        <source>1 h ago</source>
        <translation>1小时前</translation>
    </message>
    <message>
        <source>2 h ago</source>
        <translation>2小时前</translation>
    </message>
    <message>
        <source>4 h ago</source>
        <translation>4小时前</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>影响程度</translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation>紧急程度</translation>
    </message>
    <message>
        <source>High</source>
        <translation>高</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>中</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>低</translation>
    </message>
    <message>
        <source>Staff involved (optional)</source>
        <translation>涉及员工（选填）</translation>
    </message>
    <message>
        <source>Add photo</source>
        <translation>添加照片</translation>
    </message>
</context>
<context>
    <name>IncidentWords</name>
    <message>
        <source>Assess</source>
        <translation>评估</translation>
    </message>
    <message>
        <source>Investigate</source>
        <translation>开始调查</translation>
    </message>
    <message>
        <source>Propose a resolution</source>
        <translation>提出处理意见</translation>
    </message>
    <message>
        <source>Approve the resolution</source>
        <translation>批准处理意见</translation>
    </message>
    <message>
        <source>Mark resolved</source>
        <translation>标记已处理</translation>
    </message>
    <message>
        <source>Callback done</source>
        <translation>已完成回访</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Cancel the case</source>
        <translation>撤销此事件</translation>
    </message>
    <message>
        <source>alarm</source>
        <translation>报警</translation>
    </message>
    <message>
        <source>inspection</source>
        <translation>巡检</translation>
    </message>
    <message>
        <source>follow-up</source>
        <translation>整改</translation>
    </message>
</context>
<context>
    <name>IncidentsCard</name>
    <message>
        <source>Incidents by category, last 7 days</source>
        <translation>近7天客服事件（按类别）</translation>
    </message>
    <message>
        <source>Late callbacks</source>
        <translation>逾期回访</translation>
    </message>
</context>
<context>
    <name>IncidentsPage</name>
    <message>
        <source>New incident</source>
        <translation>新建事件</translation>
    </message>
    <message>
        <source>Search, e.g. 电梯</source>
        <translation>搜索，如 电梯</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>不限时间</translation>
    </message>
    <message>
        <source>7 days</source>
        <translation>近7天</translation>
    </message>
    <message>
        <source>30 days</source>
        <translation>近30天</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>与我有关</translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation>清除搜索</translation>
    </message>
</context>
<context>
    <name>InspectionView</name>
    <message>
        <source>Back</source>
        <translation>返回</translation>
    </message>
    <message>
        <source>%1 answered · %2 to do · saved as you go</source>
        <translation>已填 %1 · 待办 %2 · 随填随存</translation>
    </message>
    <message>
        <source>All others OK</source>
        <translation>其余全部正常</translation>
    </message>
    <message>
        <source>Finalize</source>
        <translation>提交</translation>
    </message>
    <message>
        <source>Finalize (%1 to do)</source>
        <translation>提交（还有 %1 项）</translation>
    </message>
    <message>
        <source>Doors</source>
        <translation>各门</translation>
    </message>
</context>
<context>
    <name>IntervalChart</name>
    <message>
        <source>per 10 minutes; the dashed line is the flood level</source>
        <translation>每10分钟报警数；虚线为泛滥线</translation>
    </message>
</context>
<context>
    <name>ItemPanel</name>
    <message>
        <source>Rest of this door OK</source>
        <translation>本门其余正常</translation>
    </message>
</context>
<context>
    <name>ItemRow</name>
    <message>
        <source>(optional)</source>
        <translation>（选填）</translation>
    </message>
    <message>
        <source>Damaged</source>
        <translation>损坏</translation>
    </message>
    <message>
        <source>Does not work</source>
        <translation>功能失效</translation>
    </message>
    <message>
        <source>Dirty or blocked</source>
        <translation>脏污或堵塞</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>缺失</translation>
    </message>
    <message>
        <source>What is wrong</source>
        <translation>故障描述</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>照片</translation>
    </message>
    <message>
        <source>Photo (needed)</source>
        <translation>照片（必需）</translation>
    </message>
    <message>
        <source>Pass</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>Fail</source>
        <translation>故障</translation>
    </message>
    <message>
        <source>N/A</source>
        <translation>不适用</translation>
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
        <translation>高</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>中</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>低</translation>
    </message>
    <message>
        <source>Device alarms</source>
        <translation>设备报警</translation>
    </message>
    <message>
        <source>Patrols and follow-ups</source>
        <translation>巡检与整改</translation>
    </message>
    <message>
        <source>Ticket cash</source>
        <translation>票务现金</translation>
    </message>
    <message>
        <source>Passenger service</source>
        <translation>客服事件</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>进行中</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>待巡检</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>已超时</translation>
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
    <message>
        <source>Patrol</source>
        <translation>巡视</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>票款</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>客服事件</translation>
    </message>
    <message>
        <source>Handover</source>
        <translation>交接班</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>看板</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>报表</translation>
    </message>
    <message>
        <source>This tablet</source>
        <translation>本机</translation>
    </message>
</context>
<context>
    <name>NameBook</name>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>End door %1</source>
        <translation>%1号端门</translation>
    </message>
    <message>
        <source>Emergency door %1</source>
        <translation>%1号应急门</translation>
    </message>
    <message>
        <source>Door %1</source>
        <translation>%1号门</translation>
    </message>
</context>
<context>
    <name>PatrolCard</name>
    <message>
        <source>Today&apos;s patrol completion</source>
        <translation>今日巡检完成率</translation>
    </message>
</context>
<context>
    <name>PhotoCamera</name>
    <message>
        <source>The camera cannot be used: %1</source>
        <translation>无法使用相机：%1</translation>
    </message>
    <message>
        <source>The photo was not saved: %1</source>
        <translation>照片未保存：%1</translation>
    </message>
    <message>
        <source>Choose a photo instead</source>
        <translation>改为选择照片</translation>
    </message>
    <message>
        <source>Take the photo</source>
        <translation>拍照</translation>
    </message>
</context>
<context>
    <name>PhotoPicker</name>
    <message>
        <source>Choose a photo</source>
        <translation>选择照片</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>No photos on this tablet yet. Take one with the camera, then choose it here.</source>
        <translation>平板上还没有照片。请先用相机拍照，再在这里选择。</translation>
    </message>
    <message>
        <source>Take a photo</source>
        <translation>拍照</translation>
    </message>
</context>
<context>
    <name>PhotoStore</name>
    <message>
        <source>%1: not a PNG picture</source>
        <translation>%1：不是 PNG 图片</translation>
    </message>
    <message>
        <source>%1: a photo may be at most 20 MB</source>
        <translation>%1：照片不能超过 20 MB</translation>
    </message>
    <message>
        <source>%1: cannot be read (%2)</source>
        <translation>%1：无法读取（%2）</translation>
    </message>
    <message>
        <source>%1: not a JPEG or PNG picture</source>
        <translation>%1：不是 JPEG 或 PNG 图片</translation>
    </message>
    <message>
        <source>%1: the photo could not be stored (%2)</source>
        <translation>%1：照片无法保存（%2）</translation>
    </message>
    <message>
        <source>%1: the photo could not be stored</source>
        <translation>%1：照片无法保存</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>未保存：%1</translation>
    </message>
</context>
<context>
    <name>PinFields</name>
    <message>
        <source>Staff number</source>
        <translation>员工号</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>密码</translation>
    </message>
</context>
<context>
    <name>RecentInspections</name>
    <message>
        <source>Finalized this week</source>
        <translation>本周已提交</translation>
    </message>
    <message>
        <source>Comment (needed to send back)</source>
        <translation>意见（退回时必填）</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>复核通过</translation>
    </message>
    <message>
        <source>Send back</source>
        <translation>退回</translation>
    </message>
    <message>
        <source>Correct it</source>
        <translation>更正</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>转事件</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>Selling, not yet counted</source>
        <translation>售票中，未点钞</translation>
    </message>
    <message>
        <source>Counted, awaiting sign-off</source>
        <translation>已点钞，待签认</translation>
    </message>
    <message>
        <source>Signed off</source>
        <translation>已签认</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>接受</translation>
    </message>
    <message>
        <source>Overridden</source>
        <translation>特批</translation>
    </message>
    <message>
        <source>Recounted</source>
        <translation>复点</translation>
    </message>
    <message>
        <source>Cash report</source>
        <translation>票款报表</translation>
    </message>
    <message>
        <source>%1 · %2 to %3</source>
        <translation>%1 · %2 至 %3</translation>
    </message>
    <message>
        <source>No cash shifts in this period.</source>
        <translation>此期间没有售票班次。</translation>
    </message>
    <message>
        <source>Seller: %1</source>
        <translation>售票员：%1</translation>
    </message>
    <message>
        <source>Float %1</source>
        <translation>备用金 %1</translation>
    </message>
    <message>
        <source>+ cash sales %1</source>
        <translation>+ 现金售票 %1</translation>
    </message>
    <message>
        <source>− cash refunds %1</source>
        <translation>− 现金退款 %1</translation>
    </message>
    <message>
        <source>− payouts %1</source>
        <translation>− 支出 %1</translation>
    </message>
    <message>
        <source>− safe drops %1</source>
        <translation>− 解行 %1</translation>
    </message>
    <message>
        <source>± corrections %1</source>
        <translation>± 更正 %1</translation>
    </message>
    <message>
        <source>Non-cash sales %1 (not in the drawer)</source>
        <translation>非现金售票 %1（不计入钱箱）</translation>
    </message>
    <message>
        <source>Expected %1 · counted %2 · variance %3</source>
        <translation>应有 %1 · 实点 %2 · 差错 %3</translation>
    </message>
    <message>
        <source>Signed off by %1</source>
        <translation>签认人：%1</translation>
    </message>
    <message>
        <source>Seller&apos;s reason: %1</source>
        <translation>售票员说明：%1</translation>
    </message>
    <message>
        <source>Sellers&apos; over and short</source>
        <translation>售票员长短款</translation>
    </message>
    <message>
        <source>: owes %1 · overages %2 · error-free shifts in a row: %3</source>
        <translation>：欠款 %1 · 长款 %2 · 连续无差错班次：%3</translation>
    </message>
    <message>
        <source>Awaiting assessment</source>
        <translation>待评估</translation>
    </message>
    <message>
        <source>Assessed</source>
        <translation>已评估</translation>
    </message>
    <message>
        <source>Investigating</source>
        <translation>调查中</translation>
    </message>
    <message>
        <source>Resolution awaiting approval</source>
        <translation>处理方案待批准</translation>
    </message>
    <message>
        <source>Resolution approved</source>
        <translation>处理方案已批准</translation>
    </message>
    <message>
        <source>Resolved, callback due</source>
        <translation>已处理，待回访</translation>
    </message>
    <message>
        <source>Called back</source>
        <translation>已回访</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已结案</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已撤销</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Logged</source>
        <translation>登记</translation>
    </message>
    <message>
        <source>Passenger-service incidents</source>
        <translation>客服事件</translation>
    </message>
    <message>
        <source>No incidents in this period.</source>
        <translation>此期间没有事件。</translation>
    </message>
    <message>
        <source>Cases: %1</source>
        <translation>共 %1 件</translation>
    </message>
    <message>
        <source>Priority %1 · %2 · channel: %3</source>
        <translation>优先级 %1 · %2 · 渠道：%3</translation>
    </message>
    <message>
        <source>Done on the spot: %1</source>
        <translation>现场处置：%1</translation>
    </message>
    <message>
        <source>Staff involved: %1</source>
        <translation>涉及员工：%1</translation>
    </message>
    <message>
        <source>Passenger: %1 %2</source>
        <translation>乘客：%1 %2</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%2 · %1</translation>
    </message>
    <message>
        <source>Weekly service report</source>
        <translation>客服周报</translation>
    </message>
    <message>
        <source>%1 · week %2 (%3 to %4)</source>
        <translation>%1 · %2 周（%3 至 %4）</translation>
    </message>
    <message>
        <source>Cases: %1 · still open: %2</source>
        <translation>共 %1 件 · 未结 %2 件</translation>
    </message>
    <message>
        <source>Valid: %1 · the station at fault: %2 (%3%)</source>
        <translation>有效 %1 件 · 车站有责 %2 件（%3%）</translation>
    </message>
    <message>
        <source>Callbacks on time: %1 of %2</source>
        <translation>按时回访 %1 / %2</translation>
    </message>
    <message>
        <source>By category</source>
        <translation>按类别</translation>
    </message>
    <message>
        <source>By channel: %1</source>
        <translation>按渠道：%1</translation>
    </message>
    <message>
        <source>By place: %1</source>
        <translation>按地点：%1</translation>
    </message>
    <message>
        <source>Don&apos;t repeat: the same kind at the same place twice or more</source>
        <translation>不再重犯：同一地点同类事件两次及以上</translation>
    </message>
    <message>
        <source>%1: %2 times</source>
        <translation>%1：%2 次</translation>
    </message>
    <message>
        <source>Nothing repeated this week.</source>
        <translation>本周无重复。</translation>
    </message>
    <message>
        <source>Still open</source>
        <translation>未结事项</translation>
    </message>
    <message>
        <source>Nothing is open.</source>
        <translation>没有未结事项。</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>事件数</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>有效</translation>
    </message>
    <message>
        <source>The station at fault</source>
        <translation>车站有责</translation>
    </message>
    <message>
        <source>Callbacks due</source>
        <translation>应回访</translation>
    </message>
    <message>
        <source>Callbacks on time</source>
        <translation>按时回访</translation>
    </message>
    <message>
        <source>Pass</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>Fail</source>
        <translation>故障</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>不适用</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>已复核通过</translation>
    </message>
    <message>
        <source>Sent back: %1</source>
        <translation>退回修改：%1</translation>
    </message>
    <message>
        <source>Awaiting review</source>
        <translation>待复核</translation>
    </message>
    <message>
        <source>Inspection report</source>
        <translation>巡检记录</translation>
    </message>
    <message>
        <source>No inspections in this period.</source>
        <translation>此期间没有巡检记录。</translation>
    </message>
    <message>
        <source>%1 (version %2)</source>
        <translation>%1（第 %2 版）</translation>
    </message>
    <message>
        <source>Target: %1</source>
        <translation>对象：%1</translation>
    </message>
    <message>
        <source>Inspector: %1</source>
        <translation>检查人：%1</translation>
    </message>
    <message>
        <source>Started %1 · finished %2</source>
        <translation>开始 %1 · 完成 %2</translation>
    </message>
    <message>
        <source>Review: %1</source>
        <translation>复核：%1</translation>
    </message>
    <message>
        <source>Result: %1 passed · %2 failed · %3 not applicable</source>
        <translation>结果：正常 %1 · 故障 %2 · 不适用 %3</translation>
    </message>
    <message>
        <source>Corrects the inspection finished %1</source>
        <translation>更正 %1 完成的巡检</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Passed (%1 doors): %2</source>
        <translation>全部正常（%1 个门）：%2</translation>
    </message>
    <message>
        <source>Photo: %1</source>
        <translation>照片：%1</translation>
    </message>
    <message>
        <source>(the picture is missing)</source>
        <translation>（照片缺失）</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>签名</translation>
    </message>
    <message>
        <source>Shift handover</source>
        <translation>交接班</translation>
    </message>
    <message>
        <source>Handed over by %1</source>
        <translation>交班人：%1</translation>
    </message>
    <message>
        <source>Acknowledged by %1</source>
        <translation>接班确认：%1</translation>
    </message>
    <message>
        <source>Not yet acknowledged by the incoming person</source>
        <translation>接班人尚未确认</translation>
    </message>
    <message>
        <source>Device alarms</source>
        <translation>设备报警</translation>
    </message>
    <message>
        <source>Patrols and follow-ups</source>
        <translation>巡检与整改</translation>
    </message>
    <message>
        <source>Ticket cash</source>
        <translation>票务现金</translation>
    </message>
    <message>
        <source>Passenger service</source>
        <translation>客服事件</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>交班备注</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>since %1</source>
        <translation>自 %1</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>期限 %1</translation>
    </message>
    <message>
        <source>carried since the handover of %1</source>
        <translation>自 %1 交接起遗留</translation>
    </message>
</context>
<context>
    <name>ReportViewer</name>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>共 %n 页</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The first %n row(s)</source>
        <translation>
            <numerusform>前 %n 行</numerusform>
        </translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>More rows are in the file.</source>
        <translation>文件中还有更多行。</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>近7天</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>本周</translation>
    </message>
    <message>
        <source>Last week</source>
        <translation>上周</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>近30天</translation>
    </message>
    <message>
        <source>Station day %1</source>
        <translation>运营日 %1</translation>
    </message>
    <message>
        <source>Station days %1 to %2</source>
        <translation>运营日 %1 至 %2</translation>
    </message>
    <message>
        <source>Patrol inspections</source>
        <translation>巡检记录</translation>
    </message>
    <message numerus="yes">
        <source>%n finalized inspection(s), with every answer</source>
        <translation>
            <numerusform>%n 份已完成巡检，含每一项结果</numerusform>
        </translation>
    </message>
    <message>
        <source>Ticket cash</source>
        <translation>票务现金</translation>
    </message>
    <message numerus="yes">
        <source>%n booth shift(s): drawer pull, and each seller&apos;s over and short</source>
        <translation>
            <numerusform>%n 个票亭班次：钱箱结算及各售票员长短款</numerusform>
        </translation>
    </message>
    <message>
        <source>Passenger service</source>
        <translation>客服事件</translation>
    </message>
    <message numerus="yes">
        <source>%n incident(s) with their timelines; names and phone numbers masked</source>
        <translation>
            <numerusform>%n 件客服事件及处理经过；姓名和电话已隐去</numerusform>
        </translation>
    </message>
    <message>
        <source>Weekly service report</source>
        <translation>客服周报</translation>
    </message>
    <message>
        <source>Week %1: counts by category, place and channel, callbacks, what repeated</source>
        <translation>%1 周：按类别、地点和渠道统计，回访情况，重复发生的问题</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>已保存：%1</translation>
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
    <name>SideView</name>
    <message>
        <source>Back</source>
        <translation>返回</translation>
    </message>
    <message>
        <source>The last patrol&apos;s results; nothing is started until you tap Start</source>
        <translation>显示上次巡检结果；点“开始”后才开始巡检</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>开始</translation>
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
    <message>
        <source>Close the app…</source>
        <translation>关闭应用…</translation>
    </message>
    <message>
        <source>Close the app</source>
        <translation>关闭应用</translation>
    </message>
    <message>
        <source>An administrator closes the kiosk with their staff number and PIN.</source>
        <translation>需由系统管理员输入员工号和密码才能关闭本机应用。</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>SignaturePad</name>
    <message>
        <source>Sign here</source>
        <translation>请在此签名</translation>
    </message>
</context>
<context>
    <name>TerminalCsv</name>
    <message>
        <source>%1: not UTF-8 text; export it from the terminal as UTF-8 CSV</source>
        <translation>%1：不是 UTF-8 文本；请从终端导出为 UTF-8 编码的 CSV</translation>
    </message>
    <message>
        <source>%1:%2: the header has no &quot;%3&quot; column</source>
        <translation>%1:%2：表头缺少“%3”列</translation>
    </message>
    <message>
        <source>line %1: %2 fields, the header has %3</source>
        <translation>第 %1 行：%2 个字段，表头有 %3 个</translation>
    </message>
    <message>
        <source>time &quot;%1&quot; is not %2</source>
        <translation>时间“%1”不符合 %2 格式</translation>
    </message>
    <message>
        <source>kind &quot;%1&quot; is not sale or refund</source>
        <translation>类型“%1”不是售票或退款</translation>
    </message>
    <message>
        <source>payment &quot;%1&quot; is unknown</source>
        <translation>支付方式“%1”未知</translation>
    </message>
    <message>
        <source>amount: %1</source>
        <translation>金额：%1</translation>
    </message>
    <message>
        <source>amount must be above zero</source>
        <translation>金额须大于零</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <source>%1: the file is empty</source>
        <translation>%1：文件为空</translation>
    </message>
    <message>
        <source>%1: nothing was imported; fix these lines:
%2</source>
        <translation>%1：未导入任何记录，请先改正以下各行：
%2</translation>
    </message>
    <message>
        <source>line %1: a quote inside a field that does not start with one; write a quote inside quotes as &quot;&quot;</source>
        <translation>第 %1 行：引号出现在不以引号开头的字段中；字段内的引号请写成 &quot;&quot;，并用引号括起整个字段</translation>
    </message>
    <message>
        <source>line %1: text after a closing quote; a field ends at its quote</source>
        <translation>第 %1 行：右引号后还有文字；字段应在引号处结束</translation>
    </message>
    <message>
        <source>line %1: a quote opens a field that never closes</source>
        <translation>第 %1 行：字段的引号没有闭合</translation>
    </message>
    <message>
        <source>%1: nothing was imported; %2</source>
        <translation>%1：未导入任何记录；%2</translation>
    </message>
    <message>
        <source>%1: there are no rows below the header; nothing was imported</source>
        <translation>%1：标题行下没有数据行；未导入任何记录</translation>
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
    <message>
        <source>Staff number or PIN not recognised.</source>
        <translation>员工号或密码不正确。</translation>
    </message>
    <message>
        <source>%1&apos;s role may not confirm this.</source>
        <translation>%1 的岗位无权确认此事项。</translation>
    </message>
</context>
<context>
    <name>so::alarms::AlarmActions</name>
    <message>
        <source>Unknown alarm action: %1</source>
        <translation>未知的报警操作：%1</translation>
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
        <source>The alarm came back before the control room took your action; look at it again.</source>
        <translation>控制室收到您的操作前，该报警已再次发生；请重新查看。</translation>
    </message>
    <message>
        <source>The control room refused the action: your role may not do it.</source>
        <translation>控制室未执行此操作：您的岗位无权执行。</translation>
    </message>
    <message>
        <source>The control room could not apply the action (%1).</source>
        <translation>控制室未能执行此操作（%1）。</translation>
    </message>
</context>
<context>
    <name>so::alarms::AlarmDesk</name>
    <message numerus="yes">
        <source>%n not acknowledged (the banner&apos;s badges). Worst: %1</source>
        <translation>
            <numerusform>%n 条未确认（即顶栏角标）。最严重：%1</numerusform>
        </translation>
    </message>
    <message>
        <source>All acknowledged, still active.</source>
        <translation>均已确认，仍在报警。</translation>
    </message>
    <message>
        <source>No active alarms.</source>
        <translation>没有当前报警。</translation>
    </message>
    <message numerus="yes">
        <source>%n set aside (shelved or in maintenance).</source>
        <translation>
            <numerusform>另有 %n 条已搁置或检修中。</numerusform>
        </translation>
    </message>
    <message>
        <source>Alarms are not being saved: %1</source>
        <translation>报警未能保存：%1</translation>
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
    <message>
        <source>This device shows the alarms of the station&apos;s control room; an action goes there first.</source>
        <translation>本机显示车站控制室的报警；操作须先送至控制室。</translation>
    </message>
</context>
<context>
    <name>so::alarms::AlarmModel</name>
    <message>
        <source>chattering</source>
        <translation>频繁跳变</translation>
    </message>
    <message numerus="yes">
        <source>%n time(s)</source>
        <translation>
            <numerusform>%n 次</numerusform>
        </translation>
    </message>
    <message>
        <source>In maintenance: the device&apos;s alarms are held back</source>
        <translation>检修中：该设备的报警暂不提示</translation>
    </message>
    <message>
        <source>Out of service</source>
        <translation>已停用</translation>
    </message>
    <message numerus="yes">
        <source>Shelved until %1 (%n min left) by %2: %3</source>
        <translation>
            <numerusform>%2 搁置至 %1（还剩 %n 分钟）：%3</numerusform>
        </translation>
    </message>
    <message>
        <source>Acknowledging…</source>
        <translation>确认中…</translation>
    </message>
    <message>
        <source>Shelving…</source>
        <translation>搁置中…</translation>
    </message>
    <message>
        <source>Unshelving…</source>
        <translation>取消搁置中…</translation>
    </message>
</context>
<context>
    <name>so::cash::CashDesk</name>
    <message numerus="yes">
        <source>%n entrie(s) imported.</source>
        <translation>
            <numerusform>已导入 %n 条记录。</numerusform>
        </translation>
    </message>
    <message>
        <source>Open at %1 with a float of %2.</source>
        <translation>在 %1 开班，备用金 %2。</translation>
    </message>
    <message>
        <source>Counted; waiting for a supervisor to sign off.</source>
        <translation>已清点，等待值班站长签认。</translation>
    </message>
    <message>
        <source>No open shift. Owed: %1 · error-free shifts in a row: %2</source>
        <translation>当前无班次。欠款：%1 · 连续无差错班次：%2</translation>
    </message>
</context>
<context>
    <name>so::cash::CashService</name>
    <message>
        <source>Your role may not sell tickets.</source>
        <translation>您的岗位无权售票。</translation>
    </message>
    <message>
        <source>No ticket office %1.</source>
        <translation>没有票亭 %1。</translation>
    </message>
    <message>
        <source>The float is confirmed by a second person.</source>
        <translation>备用金须由第二人确认。</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>未保存：%1</translation>
    </message>
    <message>
        <source>Ticket office %1 already has an open shift.</source>
        <translation>票亭 %1 已有未结班次。</translation>
    </message>
    <message>
        <source>You already have an open shift.</source>
        <translation>您已有未结班次。</translation>
    </message>
    <message>
        <source>No such shift.</source>
        <translation>没有此班次。</translation>
    </message>
    <message>
        <source>This is %1&apos;s shift.</source>
        <translation>这是 %1 的班次。</translation>
    </message>
    <message>
        <source>The shift is closed.</source>
        <translation>此班次已结班。</translation>
    </message>
    <message>
        <source>Unknown entry &quot;%1&quot;.</source>
        <translation>未知记录类型“%1”。</translation>
    </message>
    <message>
        <source>Unknown payment type &quot;%1&quot;.</source>
        <translation>未知支付方式“%1”。</translation>
    </message>
    <message>
        <source>A drawer opening has no amount.</source>
        <translation>开钱箱不涉及金额。</translation>
    </message>
    <message>
        <source>Enter an amount above zero.</source>
        <translation>请输入大于零的金额。</translation>
    </message>
    <message>
        <source>Give the reason.</source>
        <translation>请填写原因。</translation>
    </message>
    <message>
        <source>Nothing to undo.</source>
        <translation>没有可撤销的记录。</translation>
    </message>
    <message>
        <source>%1: cannot be read (%2)</source>
        <translation>%1：无法读取（%2）</translation>
    </message>
    <message>
        <source>%1: larger than 5 MB; is it the right file?</source>
        <translation>%1：超过 5 MB，文件是否正确？</translation>
    </message>
    <message>
        <source>terminal refund</source>
        <translation>终端退款</translation>
    </message>
    <message>
        <source>Count the drawer first.</source>
        <translation>请先清点钱箱。</translation>
    </message>
    <message>
        <source>This shift is signed off already.</source>
        <translation>此班次已签认。</translation>
    </message>
    <message>
        <source>Say why the drawer is %1 %2.</source>
        <translation>请说明%1 %2的原因。</translation>
    </message>
    <message>
        <source>short</source>
        <translation>短款</translation>
    </message>
    <message>
        <source>over</source>
        <translation>长款</translation>
    </message>
    <message>
        <source>Beyond %1 the supervisor recounts or overrides.</source>
        <translation>差错超过 %1 时须由站长复点或特批。</translation>
    </message>
    <message>
        <source>An override needs the supervisor&apos;s note.</source>
        <translation>特批须填写站长意见。</translation>
    </message>
    <message>
        <source>A supervisor other than the seller signs off.</source>
        <translation>须由售票员以外的值班站长签认。</translation>
    </message>
    <message>
        <source>Not saved.</source>
        <translation>未保存。</translation>
    </message>
    <message>
        <source>Only a supervisor may correct a shift.</source>
        <translation>只有值班站长可以更正班次。</translation>
    </message>
    <message>
        <source>A correction needs an amount and a reason.</source>
        <translation>更正须填写金额和原因。</translation>
    </message>
    <message>
        <source>Only a supervisor records a repayment.</source>
        <translation>只有值班站长可以登记还款。</translation>
    </message>
    <message>
        <source>%1 owes %2; a repayment is above zero and at most that.</source>
        <translation>%1 欠款 %2；还款须大于零且不超过欠款。</translation>
    </message>
</context>
<context>
    <name>so::cash::CountSheet</name>
    <message>
        <source>%1 coin</source>
        <translation>%1 硬币</translation>
    </message>
    <message>
        <source>%1 × %2 = %3</source>
        <translation>%1 × %2 = %3</translation>
    </message>
</context>
<context>
    <name>so::cash::EntryModel</name>
    <message>
        <source>undone</source>
        <translation>已撤销</translation>
    </message>
</context>
<context>
    <name>so::cash::SellerModel</name>
    <message>
        <source>owes %1</source>
        <extracomment>Repayments taken on two tablets offline that add up to more than was owed.</extracomment>
        <translation>欠款 %1</translation>
    </message>
    <message>
        <source>owes nothing</source>
        <translation>无欠款</translation>
    </message>
    <message>
        <source>overages %1</source>
        <translation>长款 %1</translation>
    </message>
    <message numerus="yes">
        <source>%n error-free shift(s) in a row</source>
        <translation>
            <numerusform>连续 %n 个班次无差错</numerusform>
        </translation>
    </message>
    <message>
        <source>repaid %1 more than owed</source>
        <translation>多还了 %1</translation>
    </message>
</context>
<context>
    <name>so::cash::ShiftModel</name>
    <message>
        <source>Open</source>
        <translation>未结班</translation>
    </message>
    <message>
        <source>Counted: %1, waiting for sign-off</source>
        <translation>已清点：%1，待签核</translation>
    </message>
    <message>
        <source>Signed off: %1</source>
        <translation>已签核：%1</translation>
    </message>
</context>
<context>
    <name>so::checklists</name>
    <message>
        <source>Answer pass, fail or not applicable.</source>
        <translation>请选择正常、故障或不适用。</translation>
    </message>
    <message>
        <source>Enter a number.</source>
        <translation>请输入数字。</translation>
    </message>
    <message>
        <source>Allowed: %1 to %2 %3.</source>
        <translation>允许范围：%1 至 %2 %3。</translation>
    </message>
    <message>
        <source>Keep it under 2000 characters.</source>
        <translation>请少于2000字。</translation>
    </message>
    <message>
        <source>Pick one of the choices.</source>
        <translation>请从选项中选择一项。</translation>
    </message>
    <message>
        <source>Pick from the choices.</source>
        <translation>请从选项中选择。</translation>
    </message>
    <message>
        <source>Not answered yet.</source>
        <translation>尚未填写。</translation>
    </message>
    <message>
        <source>A fail needs a note saying what is wrong.</source>
        <translation>故障项须说明具体情况。</translation>
    </message>
    <message>
        <source>A fail here needs a photo.</source>
        <translation>此故障项须附照片。</translation>
    </message>
</context>
<context>
    <name>so::checklists::DueModel</name>
    <message>
        <source>last done %1</source>
        <translation>上次完成 %1</translation>
    </message>
    <message>
        <source>never done</source>
        <translation>尚未做过</translation>
    </message>
    <message>
        <source>Overdue since %1</source>
        <translation>已于 %1 超时</translation>
    </message>
    <message>
        <source>Due by %1</source>
        <translation>请在 %1 前完成</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>进行中</translation>
    </message>
    <message>
        <source>Done · next at %1</source>
        <translation>已完成 · 下次 %1</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message numerus="yes">
        <source>%n missed today</source>
        <translation>
            <numerusform>今日漏检 %n 次</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>so::checklists::FollowUpModel</name>
    <message>
        <source>Overdue, due %1</source>
        <translation>已逾期，应于 %1 完成</translation>
    </message>
    <message>
        <source>Due %1</source>
        <translation>应于 %1 完成</translation>
    </message>
</context>
<context>
    <name>so::checklists::InspectionService</name>
    <message>
        <source>Your role may not run inspections.</source>
        <translation>您的岗位无权执行巡检。</translation>
    </message>
    <message>
        <source>No checklist %1.</source>
        <translation>没有检查表 %1。</translation>
    </message>
    <message>
        <source>The checklist %1 does not apply to %2.</source>
        <translation>检查表 %1 不适用于 %2。</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>未保存：%1</translation>
    </message>
    <message>
        <source>This inspection is no longer open.</source>
        <translation>此巡检已结束。</translation>
    </message>
    <message>
        <source>This inspection was started by %1.</source>
        <translation>此巡检由 %1 开始。</translation>
    </message>
    <message>
        <source>No such item.</source>
        <translation>没有此检查项。</translation>
    </message>
    <message>
        <source>No such door here: %1</source>
        <translation>此处没有门 %1</translation>
    </message>
    <message>
        <source>Answer the item first.</source>
        <translation>请先填写此项。</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) still need an answer or a note.</source>
        <translation>
            <numerusform>还有 %n 项需要填写或说明。</numerusform>
        </translation>
    </message>
    <message>
        <source>Sign on the screen first.</source>
        <translation>请先在屏幕上签名。</translation>
    </message>
    <message>
        <source>Only a supervisor may review inspections.</source>
        <translation>只有值班站长可以复核巡检。</translation>
    </message>
    <message>
        <source>Say what needs correcting.</source>
        <translation>请说明需要更正的内容。</translation>
    </message>
    <message>
        <source>No such inspection.</source>
        <translation>没有此巡检记录。</translation>
    </message>
    <message>
        <source>This inspection has been reviewed already.</source>
        <translation>此巡检已复核。</translation>
    </message>
    <message>
        <source>Only an inspection sent back by a supervisor is corrected.</source>
        <translation>只有被值班站长退回的巡检才能更正。</translation>
    </message>
    <message>
        <source>No such follow-up.</source>
        <translation>没有此整改事项。</translation>
    </message>
    <message>
        <source>This follow-up is closed already.</source>
        <translation>此整改事项已关闭。</translation>
    </message>
    <message>
        <source>Your role may not work on follow-ups.</source>
        <translation>您的岗位无权处理整改事项。</translation>
    </message>
    <message>
        <source>Write the note first.</source>
        <translation>请先填写说明。</translation>
    </message>
    <message>
        <source>Only a supervisor may close a follow-up.</source>
        <translation>只有值班站长可以关闭整改事项。</translation>
    </message>
    <message>
        <source>Say how it was put right.</source>
        <translation>请说明整改情况。</translation>
    </message>
</context>
<context>
    <name>so::checklists::ItemListModel</name>
    <message>
        <source>%1 to %2 %3</source>
        <translation>%1 至 %2 %3</translation>
    </message>
</context>
<context>
    <name>so::checklists::PatrolDesk</name>
    <message>
        <source>No checklist covers %1.</source>
        <translation>没有适用于 %1 的检查表。</translation>
    </message>
    <message>
        <source>This inspection is no longer open.</source>
        <translation>此巡检已结束。</translation>
    </message>
    <message>
        <source>No inspection is open.</source>
        <translation>没有打开的巡检。</translation>
    </message>
</context>
<context>
    <name>so::checklists::RecentModel</name>
    <message>
        <source>approved</source>
        <translation>已复核</translation>
    </message>
    <message>
        <source>sent back: %1</source>
        <translation>已退回：%1</translation>
    </message>
    <message>
        <source>awaiting review</source>
        <translation>待复核</translation>
    </message>
    <message numerus="yes">
        <source>%n fault(s)</source>
        <translation>
            <numerusform>故障 %n 项</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>so::incidents::CaseListModel</name>
    <message>
        <source>Overdue</source>
        <translation>已超时</translation>
    </message>
    <message>
        <source>Due soon</source>
        <translation>即将到期</translation>
    </message>
</context>
<context>
    <name>so::incidents::IncidentDesk</name>
    <message>
        <source>All categories</source>
        <translation>全部类别</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <source>Nothing matches “%1” with these filters.</source>
        <translation>在当前筛选条件下没有与“%1”匹配的事件。</translation>
    </message>
    <message>
        <source>Nothing matches “%1”.</source>
        <translation>没有与“%1”匹配的事件。</translation>
    </message>
    <message>
        <source>No case matches these filters.</source>
        <translation>没有符合筛选条件的事件。</translation>
    </message>
    <message>
        <source>No cases yet.</source>
        <translation>暂无事件。</translation>
    </message>
    <message>
        <source>How the passenger was told</source>
        <translation>如何告知乘客</translation>
    </message>
    <message>
        <source>What was found or agreed</source>
        <translation>调查结果或协商结果</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Reported</source>
        <translation>反映渠道</translation>
    </message>
    <message>
        <source>Passenger</source>
        <translation>乘客</translation>
    </message>
    <message>
        <source>Staff involved</source>
        <translation>涉及员工</translation>
    </message>
    <message>
        <source>Done on the spot</source>
        <translation>现场处置</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>评估结论</translation>
    </message>
    <message>
        <source>Valid complaint</source>
        <translation>有效投诉</translation>
    </message>
    <message>
        <source>Not a valid complaint</source>
        <translation>无效投诉</translation>
    </message>
    <message>
        <source>Investigation</source>
        <translation>调查结论</translation>
    </message>
    <message>
        <source>Station at fault</source>
        <translation>车站有责</translation>
    </message>
    <message>
        <source>Station not at fault</source>
        <translation>车站无责</translation>
    </message>
</context>
<context>
    <name>so::incidents::IncidentService</name>
    <message>
        <source>Your role may not log incidents.</source>
        <translation>您的岗位无权登记事件。</translation>
    </message>
    <message>
        <source>Pick a category.</source>
        <translation>请选择类别。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a kind of %2.</source>
        <translation>“%1”不属于%2。</translation>
    </message>
    <message>
        <source>Pick how it reached us.</source>
        <translation>请选择受理渠道。</translation>
    </message>
    <message>
        <source>Pick where it happened.</source>
        <translation>请选择发生地点。</translation>
    </message>
    <message>
        <source>Describe what happened.</source>
        <translation>请描述事件经过。</translation>
    </message>
    <message>
        <source>Impact and urgency are 1 to 3.</source>
        <translation>影响程度和紧急程度为 1 至 3。</translation>
    </message>
    <message>
        <source>The time is in the future.</source>
        <translation>时间不能晚于现在。</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>未保存：%1</translation>
    </message>
    <message>
        <source>From %1 your role may not move it to %2.</source>
        <translation>您的岗位无权将事件从“%1”转为“%2”。</translation>
    </message>
    <message>
        <source>Say whether the complaint is valid.</source>
        <translation>请说明投诉是否有效。</translation>
    </message>
    <message>
        <source>Write what was found or agreed.</source>
        <translation>请填写调查结果或协商结果。</translation>
    </message>
    <message>
        <source>Write the note first.</source>
        <translation>请先填写说明。</translation>
    </message>
    <message>
        <source>No such incident.</source>
        <translation>没有此事件。</translation>
    </message>
    <message>
        <source>An incident can point at an alarm, an inspection or a follow-up, not &quot;%1&quot;.</source>
        <translation>事件只能关联报警、巡检或整改，不能关联“%1”。</translation>
    </message>
    <message>
        <source>the link to %1 %2</source>
        <translation>与 %1 %2 的关联</translation>
    </message>
    <message>
        <source>the link to photo %1</source>
        <translation>与照片 %1 的关联</translation>
    </message>
    <message>
        <source>the passenger&apos;s signature</source>
        <translation>乘客签字</translation>
    </message>
    <message>
        <source>Get the passenger&apos;s signature, or write how they were told and why they did not sign.</source>
        <translation>请乘客签字，或写明如何告知乘客以及未签字的原因。</translation>
    </message>
</context>
<context>
    <name>so::incidents::LinkListModel</name>
    <message>
        <source>Linked: %1 %2</source>
        <translation>关联：%1 %2</translation>
    </message>
</context>
<context>
    <name>so::incidents::QueueModel</name>
    <message>
        <source>To assess (%1)</source>
        <translation>待评估 (%1)</translation>
    </message>
    <message>
        <source>To approve (%1)</source>
        <translation>待审批 (%1)</translation>
    </message>
    <message>
        <source>Callbacks (%1)</source>
        <translation>待回访 (%1)</translation>
    </message>
    <message>
        <source>All</source>
        <translation>全部</translation>
    </message>
</context>
<context>
    <name>so::incidents::TimelineModel</name>
    <message>
        <source>Logged</source>
        <translation>已登记</translation>
    </message>
    <message>
        <source>Photo added</source>
        <translation>已添加照片</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>→ %1, not applied: made at the same time as another move</source>
        <extracomment>Two people moved the case at once on two tablets; this move did not count.</extracomment>
        <translation>→ %1，未生效：与另一操作同时进行</translation>
    </message>
</context>
<context>
    <name>so::supervision::CsvPreviewModel</name>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
</context>
<context>
    <name>so::supervision::Dashboard</name>
    <message>
        <source>The dashboard could not be read: %1</source>
        <translation>看板读取失败：%1</translation>
    </message>
    <message>
        <source>This shift began at %1, when the last handover was acknowledged.</source>
        <translation>本班自 %1 上次交接确认时开始。</translation>
    </message>
    <message>
        <source>No handover acknowledged in the last 24 hours: this shift counts from %1.</source>
        <translation>24小时内没有已确认的交接，本班自 %1 起计。</translation>
    </message>
    <message>
        <source>Alarms by priority, last 7 days</source>
        <translation>近7天报警（按优先级）</translation>
    </message>
    <message>
        <source>Alarms by priority, this shift</source>
        <translation>本班报警（按优先级）</translation>
    </message>
    <message>
        <source>%1 per 10 minutes</source>
        <translation>每 10 分钟 %1 条</translation>
    </message>
    <message>
        <source>acceptable</source>
        <translation>可接受</translation>
    </message>
    <message>
        <source>manageable</source>
        <translation>尚可应对</translation>
    </message>
    <message>
        <source>over-demanding</source>
        <translation>负荷过重</translation>
    </message>
    <message numerus="yes">
        <source>too early to rate: the shift began %n minute(s) ago; a rate needs 10</source>
        <translation>
            <numerusform>尚无法评级：本班 %n 分钟前开始，评级需满 10 分钟</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2% of the time)</source>
        <translation>%1（占时 %2%）</translation>
    </message>
    <message>
        <source>%1 of today&apos;s %2 patrol slots so far were done; %3 missed.</source>
        <translation>今日已到时的 %2 个巡检时段中完成 %1 个，漏检 %3 个。</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>进行中</translation>
    </message>
    <message>
        <source>Due now</source>
        <translation>现在到期</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>已错过</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>紧急</translation>
    </message>
    <message>
        <source>High</source>
        <translation>高</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>中</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>低</translation>
    </message>
    <message>
        <source>%1/%2 exact</source>
        <translation>%1/%2 无差错</translation>
    </message>
    <message>
        <source>No shift signed off in the last 7 days.</source>
        <translation>近7天没有已签核的班次。</translation>
    </message>
    <message>
        <source>Net over (+) or short (−) of signed-off shifts; tap a seller for the shifts.</source>
        <translation>已签核班次的长款（+）或短款（−）合计；点售票员查看班次。</translation>
    </message>
    <message>
        <source>On time</source>
        <translation>按期</translation>
    </message>
    <message>
        <source>Late or missed</source>
        <translation>逾期或未回访</translation>
    </message>
    <message>
        <source>Not yet due</source>
        <translation>未到期</translation>
    </message>
    <message>
        <source>Callbacks within the deadline: none was due yet</source>
        <translation>按期回访率：暂无到期回访</translation>
    </message>
    <message>
        <source>Callbacks within the deadline: %1%</source>
        <translation>按期回访率：%1%</translation>
    </message>
    <message numerus="yes">
        <source>%n alarm(s) in 10 minutes</source>
        <translation>
            <numerusform>10 分钟内 %n 条报警</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n time(s)</source>
        <translation>
            <numerusform>%1 · %n 次</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n done today</source>
        <translation>
            <numerusform>今日已完成 %n 项</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n missed today</source>
        <translation>
            <numerusform>今日漏检 %n 次</numerusform>
        </translation>
    </message>
    <message>
        <source>Variance %1</source>
        <translation>差额 %1</translation>
    </message>
</context>
<context>
    <name>so::supervision::HandoverDesk</name>
    <message>
        <source>The handover could not be read: %1</source>
        <translation>交接读取失败：%1</translation>
    </message>
    <message>
        <source>No handover is waiting for acknowledgement.</source>
        <translation>没有待确认的交接。</translation>
    </message>
    <message>
        <source>There is no handover to save yet.</source>
        <translation>还没有可保存的交接。</translation>
    </message>
    <message>
        <source>%1 cannot be created.</source>
        <translation>无法创建 %1。</translation>
    </message>
    <message>
        <source>There is no handover %1.</source>
        <translation>没有交接 %1。</translation>
    </message>
    <message numerus="yes">
        <source>Handed over by %1 at %2 to %3: %n item(s)</source>
        <translation>
            <numerusform>%1 于 %2 交给 %3：%n 项</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Handed over by %1 at %2: %n item(s)</source>
        <translation>
            <numerusform>%1 于 %2 交班：%n 项</numerusform>
        </translation>
    </message>
    <message>
        <source>Open now across the four jobs</source>
        <translation>四项业务当前未结事项</translation>
    </message>
    <message>
        <source>No handover acknowledged yet.</source>
        <translation>还没有已确认的交接。</translation>
    </message>
    <message>
        <source>Last handover: %1 to %2, acknowledged at %3</source>
        <translation>上次交接：%1 交给 %2，%3 确认</translation>
    </message>
    <message>
        <source>Save the last handover as PDF</source>
        <translation>将上次交接存为 PDF</translation>
    </message>
    <message>
        <source>Save this handover as PDF</source>
        <translation>将本次交接存为 PDF</translation>
    </message>
</context>
<context>
    <name>so::supervision::HandoverHistoryModel</name>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n 项</numerusform>
        </translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>待确认</translation>
    </message>
</context>
<context>
    <name>so::supervision::HandoverService</name>
    <message>
        <source>Only a duty agent or a supervisor writes the handover.</source>
        <translation>只有值班站务员或值班站长可以填写交接。</translation>
    </message>
    <message>
        <source>The note is empty.</source>
        <translation>备注为空。</translation>
    </message>
    <message>
        <source>A note holds at most %1 characters; this one has %2.</source>
        <translation>备注最多 %1 个字，这条有 %2 个字。</translation>
    </message>
    <message>
        <source>Note not saved: %1</source>
        <translation>备注未保存：%1</translation>
    </message>
    <message>
        <source>The handover written by %1 waits for the incoming person&apos;s PIN. Acknowledge it first.</source>
        <translation>%1 填写的交接还在等接班人用密码确认，请先确认。</translation>
    </message>
    <message>
        <source>Note %1 is not open, so it cannot be cleared.</source>
        <translation>备注 %1 不是未结状态，不能销项。</translation>
    </message>
    <message>
        <source>Handover not saved: %1</source>
        <translation>交接未保存：%1</translation>
    </message>
    <message>
        <source>There is no handover %1.</source>
        <translation>没有交接 %1。</translation>
    </message>
    <message>
        <source>This handover was already acknowledged by %1.</source>
        <translation>此交接已由 %1 确认。</translation>
    </message>
    <message>
        <source>%1 wrote this handover; the incoming person acknowledges it.</source>
        <translation>此交接由 %1 填写，须由接班人确认。</translation>
    </message>
    <message>
        <source>Acknowledgement not saved: %1</source>
        <translation>确认未保存：%1</translation>
    </message>
    <message>
        <source>%1 handed over a moment ago. Read that handover first.</source>
        <translation>%1 刚刚已交班，请先阅读那份交接。</translation>
    </message>
    <message>
        <source>This handover was acknowledged a moment ago.</source>
        <translation>这份交接刚刚已被确认。</translation>
    </message>
</context>
<context>
    <name>so::supervision::OpenItemModel</name>
    <message>
        <source>Device alarms</source>
        <translation>设备报警</translation>
    </message>
    <message>
        <source>Patrols and follow-ups</source>
        <translation>巡检与整改</translation>
    </message>
    <message>
        <source>Ticket cash</source>
        <translation>票务现金</translation>
    </message>
    <message>
        <source>Passenger service</source>
        <translation>客服事件</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>since %1</source>
        <translation>自 %1</translation>
    </message>
    <message>
        <source>overdue since %1</source>
        <translation>自 %1 起逾期</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>期限 %1</translation>
    </message>
    <message>
        <source>Carried since %1</source>
        <translation>自 %1 起遗留</translation>
    </message>
</context>
<context>
    <name>so::supervision::ReportsDesk</name>
    <message>
        <source>%1 cannot be created.</source>
        <translation>无法创建 %1。</translation>
    </message>
    <message>
        <source>There is no report called %1.</source>
        <translation>没有名为 %1 的报表。</translation>
    </message>
</context>
<context>
    <name>so::sync::ConflictModel</name>
    <message>
        <source>Incident as reported</source>
        <translation>事件登记内容</translation>
    </message>
    <message>
        <source>Incident step</source>
        <translation>事件处理步骤</translation>
    </message>
    <message>
        <source>Link between records</source>
        <translation>记录关联</translation>
    </message>
    <message>
        <source>Found %1 in %2</source>
        <extracomment>When a conflict was found, and the file or server it came in.</extracomment>
        <translation>%1 在 %2 中发现</translation>
    </message>
    <message>
        <source>This tablet&apos;s version is right</source>
        <translation>本机的记录正确</translation>
    </message>
    <message>
        <source>The arrived version is right</source>
        <translation>导入的记录正确</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>细类</translation>
    </message>
    <message>
        <source>Reported by</source>
        <translation>反映渠道</translation>
    </message>
    <message>
        <source>When it happened</source>
        <translation>发生时间</translation>
    </message>
    <message>
        <source>Passenger&apos;s name</source>
        <translation>乘客姓名</translation>
    </message>
    <message>
        <source>Passenger&apos;s contact</source>
        <translation>乘客联系方式</translation>
    </message>
    <message>
        <source>Staff involved</source>
        <translation>涉及员工</translation>
    </message>
    <message>
        <source>Done on the spot</source>
        <translation>现场处置</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>影响</translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation>紧急程度</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>优先级</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>条目类型</translation>
    </message>
    <message>
        <source>From</source>
        <translation>原状态</translation>
    </message>
    <message>
        <source>To</source>
        <translation>新状态</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>After entry</source>
        <translation>上一条目</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>事件</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>关联</translation>
    </message>
    <message>
        <source>Staff member&apos;s record</source>
        <translation>人员档案</translation>
    </message>
    <message>
        <source>Name in Chinese</source>
        <translation>中文姓名</translation>
    </message>
    <message>
        <source>Name in English</source>
        <translation>英文姓名</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>岗位</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>在职</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Follows version</source>
        <translation>上一版本</translation>
    </message>
    <message>
        <source>%1: two versions made at the same time</source>
        <extracomment>Two versions of one record made on two devices from the same earlier one.</extracomment>
        <translation>%1：同时产生了两个版本</translation>
    </message>
    <message>
        <source>Found %1</source>
        <translation>发现于 %1</translation>
    </message>
    <message>
        <source>Field: this tablet&apos;s → the arrived</source>
        <translation>字段：本机的 → 导入的</translation>
    </message>
    <message>
        <source>Field: first → second</source>
        <translation>字段：第一个 → 第二个</translation>
    </message>
    <message>
        <source>The first is right</source>
        <translation>第一个正确</translation>
    </message>
    <message>
        <source>The second is right</source>
        <translation>第二个正确</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <extracomment>The two records of a pair: who made each and when, and which applies now. Who made a record, and when: &quot;陈静 · 2026-12-02 09:14&quot;.</extracomment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>First: %1%2</source>
        <translation>第一个：%1%2</translation>
    </message>
    <message>
        <source> (in force)</source>
        <translation>（当前生效）</translation>
    </message>
    <message>
        <source>Second: %1%2</source>
        <translation>第二个：%1%2</translation>
    </message>
    <message>
        <source>Incident: two moves made at the same time</source>
        <translation>客服事件：同时做出了两个处理步骤</translation>
    </message>
    <message>
        <source>Inspection</source>
        <translation>巡检</translation>
    </message>
    <message>
        <source>Inspection review</source>
        <translation>巡检审核</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>跟进事项</translation>
    </message>
    <message>
        <source>Follow-up step</source>
        <translation>跟进记录</translation>
    </message>
    <message>
        <source>Shift handover</source>
        <translation>交接班</translation>
    </message>
    <message>
        <source>Handover note</source>
        <translation>交接事项</translation>
    </message>
    <message>
        <source>Handover note cleared</source>
        <translation>交接事项已办结</translation>
    </message>
    <message>
        <source>Handover acknowledgement</source>
        <translation>接班确认</translation>
    </message>
    <message>
        <source>Booth shift</source>
        <translation>票亭班次</translation>
    </message>
    <message>
        <source>Sale or drawer entry</source>
        <translation>售票或钱箱记录</translation>
    </message>
    <message>
        <source>Blind count</source>
        <translation>盲点清点</translation>
    </message>
    <message>
        <source>Shift sign-off</source>
        <translation>班次签核</translation>
    </message>
    <message>
        <source>Over/short ledger entry</source>
        <translation>长短款记录</translation>
    </message>
    <message>
        <source>Shift correction</source>
        <translation>班次更正</translation>
    </message>
    <message>
        <source>Audit record</source>
        <translation>审计记录</translation>
    </message>
    <message>
        <source>Ticket office</source>
        <translation>票亭</translation>
    </message>
    <message>
        <source>Seller</source>
        <translation>售票员</translation>
    </message>
    <message>
        <source>Float</source>
        <translation>备用金</translation>
    </message>
    <message>
        <source>Float by denomination</source>
        <translation>备用金面额明细</translation>
    </message>
    <message>
        <source>Float confirmed by</source>
        <translation>备用金确认人</translation>
    </message>
    <message>
        <source>Count by denomination</source>
        <translation>清点面额明细</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>实点</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>应有</translation>
    </message>
    <message>
        <source>Over or short</source>
        <translation>长短款</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>值班站长</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>决定</translation>
    </message>
    <message>
        <source>Seller&apos;s reason</source>
        <translation>售票员说明</translation>
    </message>
    <message>
        <source>Recount by denomination</source>
        <translation>复点面额明细</translation>
    </message>
    <message>
        <source>Recounted</source>
        <translation>复点</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Shift</source>
        <translation>班次</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>支付方式</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>%1: two shifts open at once</source>
        <extracomment>Two shifts open at once at one ticket office (its name), made on two tablets offline.</extracomment>
        <translation>%1：同时有两个班次未结</translation>
    </message>
    <message>
        <source>%1: two shifts open at the same time</source>
        <extracomment>One seller (their name) with two shifts open at once, made on two tablets offline.</extracomment>
        <translation>%1：同时开着两个班次</translation>
    </message>
    <message>
        <source>%1: counted twice; the first count stands</source>
        <extracomment>A shift (ticket office · seller) whose drawer was counted on two tablets.</extracomment>
        <translation>%1：清点了两次，以第一次为准</translation>
    </message>
    <message>
        <source>%1: signed off twice; the first sign-off stands</source>
        <extracomment>A shift (ticket office · seller) signed off on two tablets.</extracomment>
        <translation>%1：签核了两次，以第一次为准</translation>
    </message>
    <message>
        <source>%1: repaid more than was owed</source>
        <extracomment>A seller (their name) whose repayments, taken on two tablets offline, add up to more than they owed.</extracomment>
        <translation>%1：还款超过了欠款</translation>
    </message>
</context>
<context>
    <name>so::sync::SyncDesk</name>
    <message numerus="yes">
        <source>%1 · %2 · %n record(s), %3 new, %4 conflicts</source>
        <translation>
            <numerusform>%1 · %2 · %n 条记录，新增 %3 条，冲突 %4 条</numerusform>
        </translation>
    </message>
    <message>
        <source>Only a supervisor or an administrator may settle a conflict.</source>
        <translation>只有值班站长或管理员可以处理冲突。</translation>
    </message>
    <message>
        <source>Say why, in a few words, so the next person understands the decision.</source>
        <translation>请简要写明理由，便于后来的人理解这一判定。</translation>
    </message>
    <message>
        <source>This conflict has been settled already.</source>
        <translation>此冲突已处理。</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>未保存：%1</translation>
    </message>
    <message>
        <source>(hidden)</source>
        <translation>（已隐藏）</translation>
    </message>
    <message>
        <source>(not shown)</source>
        <translation>（不显示）</translation>
    </message>
    <message>
        <source>(changed)</source>
        <translation>（已更改）</translation>
    </message>
    <message>
        <source>This conflict is not on this tablet.</source>
        <translation>本机没有这条冲突记录。</translation>
    </message>
    <message>
        <source>Only an administrator may settle two versions of a person.</source>
        <translation>只有管理员可以处理人员档案的两个版本。</translation>
    </message>
    <message>
        <source>This person&apos;s record has changed since; check it on the staff list instead.</source>
        <translation>此人的档案之后又有改动；请改在人员名单中核对。</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) waiting to go</source>
        <translation>
            <numerusform>%n 条记录待发送</numerusform>
        </translation>
    </message>
    <message>
        <source>nothing waiting</source>
        <translation>无待发送记录</translation>
    </message>
    <message>
        <source>Station server: connected · last sync %1 · %2</source>
        <extracomment>The station server: when this tablet last synced, and what waits to go.</extracomment>
        <translation>车站服务器：已连接 · 上次同步 %1 · %2</translation>
    </message>
    <message>
        <source>Station server: offline since %1 · %2 · records are kept here and go when it answers</source>
        <extracomment>No station server reachable since a time; records keep being saved on this tablet.</extracomment>
        <translation>车站服务器：自 %1 起离线 · %2 · 记录保存在本机，恢复连接后自动发送</translation>
    </message>
    <message>
        <source>Station server: connecting…</source>
        <translation>车站服务器：正在连接…</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) made here have waited longer than %1 min for the station server, the oldest since %2. They are safe on this tablet; check the Wi-Fi or tell the control room.</source>
        <extracomment>Records saved on this tablet have not reached the station server for too long.</extracomment>
        <translation>
            <numerusform>本机有 %n 条记录等待发往车站服务器已超过 %1 分钟，最早的一条自 %2 起。记录已安全保存在本机；请检查无线网络，或告知控制室。</numerusform>
        </translation>
    </message>
</context>
</TS>
