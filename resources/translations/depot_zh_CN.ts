<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="37" />
        <source>Depot</source>
        <translation>Depot 维修工作台</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="123" />
        <location filename="../../ui/main_window.py" line="159" />
        <source>Operator: {name}</source>
        <translation>操作员：{name}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="139" />
        <source>Scanned {code}: no screen handles this kind of code yet.</source>
        <translation>已扫描 {code}：目前没有界面处理此类条码。</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="149" />
        <source>Station: {name}</source>
        <translation>工作站：{name}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="157" />
        <source>No operator — scan your badge</source>
        <translation>无操作员——请扫描您的工牌</translation>
    </message>
</context>
<context>
    <name>NotYetPage</name>
    <message>
        <location filename="../../ui/pages/base.py" line="53" />
        <source>This section is not built yet (planned in issue #{issue}).

{blurb}</source>
        <extracomment>scan kinds this page opens when scanned anywhere</extracomment>
        <translation>此功能尚未完成（计划于第 {issue} 号任务实现）。

{blurb}</translation>
    </message>
</context>
<context>
    <name>Sections</name>
    <message>
        <location filename="../../ui/sections.py" line="43" />
        <source>Intake</source>
        <translation>收货</translation>
    </message>
    <message>
        <location filename="../../ui/sections.py" line="44" />
        <source>Receive returned units by scan, see their warranty coverage at once, and print RMA labels.</source>
        <translation>扫码接收返修设备，立即查看保修状态，并打印维修单标签。</translation>
    </message>
    <message>
        <location filename="../../ui/sections.py" line="46" />
        <source>Bench</source>
        <translation>维修台</translation>
    </message>
    <message>
        <location filename="../../ui/sections.py" line="47" />
        <source>The technician's queue: diagnosis, repair, testing, with the timeline of every RMA.</source>
        <translation>技术员工作队列：诊断、维修、测试，以及每张维修单的时间线。</translation>
    </message>
    <message>
        <location filename="../../ui/sections.py" line="49" />
        <source>Quotes &amp; payments</source>
        <translation>报价与付款</translation>
    </message>
    <message>
        <location filename="../../ui/sections.py" line="51" />
        <source>Quotes for chargeable repairs and the payments that open the prepayment gate.</source>
        <translation>收费维修的报价单，以及解除预付款限制的付款记录。</translation>
    </message>
    <message>
        <location filename="../../ui/sections.py" line="53" />
        <source>Parts</source>
        <translation>备件</translation>
    </message>
    <message>
        <location filename="../../ui/sections.py" line="54" />
        <source>Spare parts at cost price: receiving with incoming inspection, stock ledger, counts.</source>
        <translation>按成本价管理备件：到货检验入库、库存台账、盘点。</translation>
    </message>
    <message>
        <location filename="../../ui/sections.py" line="56" />
        <source>Loaners</source>
        <translation>备用机</translation>
    </message>
    <message>
        <location filename="../../ui/sections.py" line="57" />
        <source>The loaner pool: who has which loaner, and which are overdue.</source>
        <translation>备用机池：哪台备用机在谁手里，哪些已逾期未还。</translation>
    </message>
    <message>
        <location filename="../../ui/sections.py" line="59" />
        <source>Shipping</source>
        <translation>发货</translation>
    </message>
    <message>
        <location filename="../../ui/sections.py" line="61" />
        <source>Outbound queue, carriers and tracking numbers, and who pays each shipping leg.</source>
        <translation>待发货队列、承运商与运单号，以及每段运费由谁承担。</translation>
    </message>
    <message>
        <location filename="../../ui/sections.py" line="63" />
        <source>Reports</source>
        <translation>报表</translation>
    </message>
    <message>
        <location filename="../../ui/sections.py" line="64" />
        <source>Handover sheets, service reports and the monthly KPI report.</source>
        <translation>交接单、服务报告和月度KPI报表。</translation>
    </message>
    <message>
        <location filename="../../ui/sections.py" line="66" />
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../../ui/sections.py" line="68" />
        <source>Language, station name and business settings.</source>
        <translation>语言、工作站名称和业务设置。</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../ui/pages/settings.py" line="32" />
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="34" />
        <source>This workstation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="37" />
        <source>System language</source>
        <translation>系统语言</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="43" />
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="46" />
        <source>Station name</source>
        <translation>工作站名称</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="47" />
        <source>Database</source>
        <translation>数据库</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="53" />
        <source>Business settings (a manager may change them; every change is audited)</source>
        <translation>业务设置（仅经理可修改；每次修改均记录审计日志）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="57" />
        <source>Setting</source>
        <translation>设置项</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="57" />
        <source>Key</source>
        <translation>键</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="57" />
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="66" />
        <source>New value for the selected setting</source>
        <translation>所选设置项的新值</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="67" />
        <source>Change</source>
        <translation>修改</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="95" />
        <source>Select a setting first.</source>
        <translation>请先选择一个设置项。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="105" />
        <source>{text!r} is not a valid value.</source>
        <translation>{text!r} 不是有效的值。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="109" />
        <source>Setting changed.</source>
        <translation>设置已修改。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="113" />
        <source>The language changes the next time Depot starts.</source>
        <translation>语言将在下次启动 Depot 时生效。</translation>
    </message>
</context>
</TS>