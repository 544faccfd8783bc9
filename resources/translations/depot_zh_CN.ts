<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../ui/about.py" line="70" />
        <source>About Depot</source>
        <translation>关于 Depot</translation>
    </message>
    <message>
        <location filename="../../ui/about.py" line="79" />
        <source>Depot {version}</source>
        <translation>Depot {version}</translation>
    </message>
    <message>
        <location filename="../../ui/about.py" line="81" />
        <source>Repair depot and spare-parts workbench</source>
        <translation>维修中心与备件工作台</translation>
    </message>
    <message>
        <location filename="../../ui/about.py" line="94" />
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <location filename="../../ui/about.py" line="95" />
        <source>Database</source>
        <translation>数据库</translation>
    </message>
    <message>
        <location filename="../../ui/about.py" line="96" />
        <source>Log folder</source>
        <translation>日志文件夹</translation>
    </message>
    <message>
        <location filename="../../ui/about.py" line="97" />
        <source>Qt</source>
        <translation>Qt</translation>
    </message>
    <message>
        <location filename="../../ui/about.py" line="98" />
        <source>Python</source>
        <translation>Python</translation>
    </message>
    <message>
        <location filename="../../ui/about.py" line="106" />
        <source>Copy diagnostics</source>
        <translation>复制诊断信息</translation>
    </message>
    <message>
        <location filename="../../ui/about.py" line="108" />
        <source>Copy versions, database and folders, to paste into a support request</source>
        <translation>复制版本、数据库和文件夹信息，以便粘贴到技术支持请求中</translation>
    </message>
    <message>
        <location filename="../../ui/about.py" line="110" />
        <source>Open log folder</source>
        <translation>打开日志文件夹</translation>
    </message>
    <message>
        <location filename="../../ui/about.py" line="128" />
        <source>Diagnostics copied to the clipboard.</source>
        <translation>诊断信息已复制到剪贴板。</translation>
    </message>
    <message>
        <location filename="../../ui/about.py" line="134" />
        <source>Could not open the log folder: {path}</source>
        <translation>无法打开日志文件夹：{path}</translation>
    </message>
</context>
<context>
    <name>AdjustDialog</name>
    <message>
        <location filename="../../ui/pages/parts_counting.py" line="64" />
        <source>Adjust stock</source>
        <translation>调整库存</translation>
    </message>
    <message>
        <location filename="../../ui/pages/parts_counting.py" line="67" />
        <source>Scan the part, or type its number</source>
        <translation>扫描备件，或输入备件号</translation>
    </message>
    <message>
        <location filename="../../ui/pages/parts_counting.py" line="69" />
        <source>Correction: pieces found (+) or lost (−)</source>
        <translation>更正：盘盈（+）或盘亏（−）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/parts_counting.py" line="70" />
        <source>Scrap: write off damaged or obsolete pieces</source>
        <translation>报废：核销损坏或淘汰的备件</translation>
    </message>
    <message>
        <location filename="../../ui/pages/parts_counting.py" line="73" />
        <location filename="../../ui/pages/parts_counting.py" line="85" />
        <source>e.g. +2 or -1</source>
        <translation>例如 +2 或 -1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/parts_counting.py" line="76" />
        <source>Why (required, audited)</source>
        <translation>原因（必填，记录审计）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/parts_counting.py" line="77" />
        <source>Part</source>
        <translation>备件</translation>
    </message>
    <message>
        <location filename="../../ui/pages/parts_counting.py" line="80" />
        <source>Pieces</source>
        <translation>件数</translation>
    </message>
    <message>
        <location filename="../../ui/pages/parts_counting.py" line="81" />
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../ui/pages/parts_counting.py" line="82" />
        <source>Losses and scrap wait for a manager's approval unless a manager makes them.</source>
        <translation>盘亏和报废须由经理审批（经理本人操作的除外）。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/parts_counting.py" line="85" />
        <source>pieces to scrap, e.g. 1</source>
        <translation>报废件数，例如 1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/parts_counting.py" line="95" />
        <source>{part}: {qty} booked.</source>
        <translation>{part}：{qty} 已入账。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/parts_counting.py" line="98" />
        <source>{part}: {qty} waits for a manager's approval.</source>
        <translation>{part}：{qty} 等待经理审批。</translation>
    </message>
</context>
<context>
    <name>AftercarePanel</name>
    <message>
        <location filename="../../ui/pages/aftercare.py" line="56" />
        <source>Scan or type an RMA number or serial…</source>
        <translation>扫描或输入维修单号或出厂编号…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/aftercare.py" line="59" />
        <source>Write service report (.xlsx)</source>
        <translation>生成服务报告 (.xlsx)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/aftercare.py" line="64" />
        <source>No RMA chosen.</source>
        <translation>未选择维修单。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/aftercare.py" line="69" />
        <source>Service report written: {path}</source>
        <translation>服务报告已生成：{path}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/aftercare.py" line="72" />
        <source>Export cancelled; nothing was written.</source>
        <translation>导出已取消，未写入任何文件。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/aftercare.py" line="76" />
        <source>Satisfaction survey (1 poor … 5 very good)</source>
        <translation>满意度调查（1 很差 … 5 很好）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/aftercare.py" line="87" />
        <source>Record survey</source>
        <translation>记录调查</translation>
    </message>
    <message>
        <location filename="../../ui/pages/aftercare.py" line="91" />
        <source>Staff</source>
        <translation>服务人员</translation>
    </message>
    <message>
        <location filename="../../ui/pages/aftercare.py" line="92" />
        <source>Quality</source>
        <translation>维修质量</translation>
    </message>
    <message>
        <location filename="../../ui/pages/aftercare.py" line="93" />
        <source>Speed</source>
        <translation>维修速度</translation>
    </message>
    <message>
        <location filename="../../ui/pages/aftercare.py" line="94" />
        <source>How</source>
        <translation>方式</translation>
    </message>
    <message>
        <location filename="../../ui/pages/aftercare.py" line="95" />
        <source>Comment</source>
        <translation>意见</translation>
    </message>
    <message>
        <location filename="../../ui/pages/aftercare.py" line="99" />
        <source>New complaint</source>
        <translation>新投诉</translation>
    </message>
    <message>
        <location filename="../../ui/pages/aftercare.py" line="102" />
        <source>What the customer complains about</source>
        <translation>客户投诉的内容</translation>
    </message>
    <message>
        <location filename="../../ui/pages/aftercare.py" line="104" />
        <source>File complaint</source>
        <translation>登记投诉</translation>
    </message>
    <message>
        <location filename="../../ui/pages/aftercare.py" line="106" />
        <location filename="../../ui/pages/aftercare.py" line="116" />
        <source>Complaint</source>
        <translation>投诉</translation>
    </message>
    <message>
        <location filename="../../ui/pages/aftercare.py" line="107" />
        <location filename="../../ui/pages/aftercare.py" line="117" />
        <source>Caused by our service?</source>
        <translation>是否由我方服务造成？</translation>
    </message>
    <message>
        <location filename="../../ui/pages/aftercare.py" line="112" />
        <source>Open complaints</source>
        <translation>未结投诉</translation>
    </message>
    <message>
        <location filename="../../ui/pages/aftercare.py" line="116" />
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <location filename="../../ui/pages/aftercare.py" line="116" />
        <source>RMA</source>
        <translation>维修单</translation>
    </message>
    <message>
        <location filename="../../ui/pages/aftercare.py" line="116" />
        <source>Received</source>
        <translation>收货</translation>
    </message>
    <message>
        <location filename="../../ui/pages/aftercare.py" line="127" />
        <source>Resolution (required to close)</source>
        <translation>处理结果（结案必填）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/aftercare.py" line="129" />
        <source>Close complaint</source>
        <translation>投诉结案</translation>
    </message>
    <message>
        <location filename="../../ui/pages/aftercare.py" line="141" />
        <source>Not judged yet</source>
        <translation>尚未判定</translation>
    </message>
    <message>
        <location filename="../../ui/pages/aftercare.py" line="142" />
        <source>Yes — attributable to service</source>
        <translation>是——由服务造成</translation>
    </message>
    <message>
        <location filename="../../ui/pages/aftercare.py" line="143" />
        <source>No — not our service</source>
        <translation>否——非我方服务原因</translation>
    </message>
    <message>
        <location filename="../../ui/pages/aftercare.py" line="158" />
        <source>No RMA found for {code}.</source>
        <translation>找不到 {code} 对应的维修单。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/aftercare.py" line="177" />
        <source>Scan an RMA number or a serial number.</source>
        <translation>请扫描维修单号或出厂编号。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/aftercare.py" line="184" />
        <location filename="../../ui/pages/aftercare.py" line="192" />
        <location filename="../../ui/pages/aftercare.py" line="205" />
        <source>Scan an RMA first.</source>
        <translation>请先扫描维修单。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/aftercare.py" line="188" />
        <source>An export is already running.</source>
        <translation>已有导出正在进行。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/aftercare.py" line="200" />
        <source>Survey recorded for {rma}.</source>
        <translation>已记录 {rma} 的满意度调查。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/aftercare.py" line="212" />
        <source>Complaint {number} filed.</source>
        <translation>投诉 {number} 已登记。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/aftercare.py" line="218" />
        <source>Select the complaint to close.</source>
        <translation>请选择要结案的投诉。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/aftercare.py" line="228" />
        <source>Complaint {number} closed.</source>
        <translation>投诉 {number} 已结案。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/aftercare.py" line="245" />
        <source>No RMA chosen: scan its label or the unit's serial.</source>
        <translation>未选择维修单：请扫描维修单标签或设备出厂编号。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/aftercare.py" line="251" />
        <source>&lt;b&gt;{rma}&lt;/b&gt; · S/N {serial} · {customer} · {state} · {coverage}</source>
        <translation>&lt;b&gt;{rma}&lt;/b&gt; · 出厂编号 {serial} · {customer} · {state} · {coverage}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/aftercare.py" line="258" />
        <source>Recorded {when}: {staff}/{quality}/{speed}</source>
        <translation>已于 {when} 记录：{staff}/{quality}/{speed}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/aftercare.py" line="269" />
        <source>not judged</source>
        <translation>未判定</translation>
    </message>
    <message>
        <location filename="../../ui/pages/aftercare.py" line="269" />
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../ui/pages/aftercare.py" line="269" />
        <source>no</source>
        <translation>否</translation>
    </message>
</context>
<context>
    <name>BackFromVendorDialog</name>
    <message>
        <location filename="../../ui/pages/bench.py" line="331" />
        <source>Back from vendor</source>
        <translation>厂家返回</translation>
    </message>
    <message>
        <location filename="../../ui/pages/bench.py" line="340" />
        <source>What the vendor did</source>
        <translation>厂家的维修内容</translation>
    </message>
    <message>
        <location filename="../../ui/pages/bench.py" line="341" />
        <source>Back on</source>
        <translation>返回日期</translation>
    </message>
    <message>
        <location filename="../../ui/pages/bench.py" line="342" />
        <source>Note</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>BenchPage</name>
    <message>
        <location filename="../../ui/pages/bench.py" line="102" />
        <source>Start diagnosis</source>
        <extracomment>button text per action ("…": asks for more first)</extracomment>
        <translation>开始诊断</translation>
    </message>
    <message>
        <location filename="../../ui/pages/bench.py" line="103" />
        <source>Record diagnosis</source>
        <translation>登记诊断</translation>
    </message>
    <message>
        <location filename="../../ui/pages/bench.py" line="104" />
        <source>Issue quote</source>
        <translation>出具报价单</translation>
    </message>
    <message>
        <location filename="../../ui/pages/bench.py" line="105" />
        <source>Customer accepted…</source>
        <translation>客户已接受…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/bench.py" line="106" />
        <source>Customer declined…</source>
        <translation>客户已拒绝…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/bench.py" line="107" />
        <source>Release for repair</source>
        <translation>放行维修</translation>
    </message>
    <message>
        <location filename="../../ui/pages/bench.py" line="108" />
        <source>Parts on order</source>
        <translation>登记备件订购</translation>
    </message>
    <message>
        <location filename="../../ui/pages/bench.py" line="109" />
        <location filename="../../ui/pages/bench.py" line="155" />
        <source>Parts arrived</source>
        <translation>备件已到货</translation>
    </message>
    <message>
        <location filename="../../ui/pages/bench.py" line="110" />
        <source>Start repair</source>
        <translation>开始维修</translation>
    </message>
    <message>
        <location filename="../../ui/pages/bench.py" line="111" />
        <source>Send to vendor…</source>
        <translation>返厂维修…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/bench.py" line="112" />
        <source>Back from vendor…</source>
        <translation>厂家返回…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/bench.py" line="113" />
        <source>Finish repair…</source>
        <translation>完成维修…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/bench.py" line="114" />
        <location filename="../../ui/pages/bench.py" line="160" />
        <source>Test passed</source>
        <translation>测试通过</translation>
    </message>
    <message>
        <location filename="../../ui/pages/bench.py" line="115" />
        <source>Test failed…</source>
        <translation>测试未通过…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/bench.py" line="116" />
        <source>Ship…</source>
        <translation>发货…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/bench.py" line="117" />
        <source>Close</source>
        <translation>结案</translation>
    </message>
    <message>
        <location filename="../../ui/pages/bench.py" line="118" />
        <source>Return unrepaired…</source>
        <translation>未修退回…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/bench.py" line="119" />
        <source>Replace (DOA)…</source>
        <translation>换新（包换）…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/bench.py" line="120" />
        <source>Scrap…</source>
        <translation>报废…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/bench.py" line="121" />
        <source>Cancel RMA…</source>
        <translation>取消维修单…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/bench.py" line="122" />
        <source>Extra part (revised quote)…</source>
        <translation>追加备件（修订报价单）…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/bench.py" line="147" />
        <source>Received</source>
        <extracomment>the main actions have a key each (Ctrl+S saves the diagnosis, Ctrl+Q opens the quote) the next step forward in each state is drawn as the primary button recorded with the diagnosis form's own button, not from the action row</extracomment>
        <translation>收货</translation>
    </message>
    <message>
        <location filename="../../ui/pages/bench.py" line="148" />
        <source>Diagnosis started</source>
        <translation>已开始诊断</translation>
    </message>
    <message>
        <location filename="../../ui/pages/bench.py" line="149" />
        <source>Diagnosis recorded</source>
        <translation>已登记诊断</translation>
    </message>
    <message>
        <location filename="../../ui/pages/bench.py" line="150" />
        <source>Quote issued</source>
        <translation>已出具报价单</translation>
    </message>
    <message>
        <location filename="../../ui/pages/bench.py" line="151" />
        <source>Quote accepted</source>
        <translation>报价单已接受</translation>
    </message>
    <message>
        <location filename="../../ui/pages/bench.py" line="152" />
        <source>Quote declined</source>
        <translation>报价单被拒绝</translation>
    </message>
    <message>
        <location filename="../../ui/pages/bench.py" line="153" />
        <source>Released for repair</source>
        <translation>已放行维修</translation>
    </message>
    <message>
        <location filename="../../ui/pages/bench.py" line="154" />
        <source>Parts ordered</source>
        <translation>已订购备件</translation>
    </message>
    <message>
        <location filename="../../ui/pages/bench.py" line="156" />
        <source>Repair started</source>
        <translation>已开始维修</translation>
    </message>
    <message>
        <location filename="../../ui/pages/bench.py" line="157" />
        <source>Sent to vendor</source>
        <translation>已返厂</translation>
    </message>
    <message>
        <location filename="../../ui/pages/bench.py" line="158" />
        <source>Back from vendor</source>
        <translation>厂家返回</translation>
    </message>
    <message>
        <location filename="../../ui/pages/bench.py" line="159" />
        <source>Repair finished</source>
        <translation>维修完成</translation>
    </message>
    <message>
        <location filename="../../ui/pages/bench.py" line="161" />
        <location filename="../../ui/pages/bench.py" line="1385" />
        <source>Test failed</source>
        <translation>测试未通过</translation>
    </message>
    <message>
        <location filename="../../ui/pages/bench.py" line="162" />
        <source>Shipped</source>
        <translation>发出</translation>
    </message>
    <message>
        <location filename="../../ui/pages/bench.py" line="163" />
        <source>Closed</source>
        <translation>结案</translation>
    </message>
    <message>
        <location filename="../../ui/pages/bench.py" line="164" />
        <source>Returned unrepaired</source>
        <translation>未修退回</translation>
    </message>
    <message>
        <location filename="../../ui/pages/bench.py" line="165" />
        <source>Replaced (DOA)</source>
        <translation>已换新（包换）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/bench.py" line="166" />
        <source>Scrapped</source>
        <translation>已报废</translation>
    </message>
    <message>
        <location filename="../../ui/pages/bench.py" line="167" />
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location filename="../../ui/pages/bench.py" line="168" />
        <source>Back to quote approval</source>
        <translation>退回报价确认</translation>
    </message>
    <message>
        <location filename="../../ui/pages/bench.py" line="169" />
        <source>Payment</source>
        <translation>付款</translation>
    </message>
    <message>
        <location filename="../../ui/pages/bench.py" line="170" />
        <source>Refund</source>
        <translation>退款</translation>
    </message>
    <message>
        <location filename="../../ui/pages/bench.py" line="171" />
        <source>Part issued</source>
        <translation>领用备件</translation>
    </message>
    <message>
        <location filename="../../ui/pages/bench.py" line="172" />
        <source>Part returned</source>
        <translation>备件退库</translation>
    </message>
    <message>
        <location filename="../../ui/pages/bench.py" line="173" />
        <source>Part needed</source>
        <translation>需要备件</translation>
    </message>
    <message>
        <location filename="../../ui/pages/bench.py" line="174" />
        <source>Part not needed</source>
        <translation>不再需要备件</translation>
    </message>
    <message>
        <location filename="../../ui/pages/bench.py" line="175" />
        <source>Coverage changed</source>
        <translation>保修判定变更</translation>
    </message>
    <message>
        <location filename="../../ui/pages/bench.py" line="176" />
        <source>Gate waived</source>
        <translation>限制已豁免</translation>
    </message>
    <message>
        <location filename="../../ui/pages/bench.py" line="177" />
        <source>Warranty extended</source>
        <translation>保修期顺延</translation>
    </message>
    <message>
        <location filename="../../ui/pages/bench.py" line="178" />
        <source>Assigned</source>
        <translation>已分配</translation>
    </message>
    <message>
        <location filename="../../ui/pages/bench.py" line="179" />
        <source>Task done</source>
        <translation>任务完成</translation>
    </message>
    <message>
        <location filename="../../ui/pages/bench.py" line="180" />
        <source>Loaner lent</source>
        <translation>借出备用机</translation>
    </message>
    <message>
        <location filename="../../ui/pages/bench.py" line="181" />
        <source>Loaner back</source>
        <translation>备用机归还</translation>
    </message>
    <message>
        <location filename="../../ui/pages/bench.py" line="182" />
        <source>Handed over</source>
        <translation>已交接</translation>
    </message>
    <message>
        <location filename="../../ui/pages/bench.py" line="183" />
        <source>Shipping leg</source>
        <translation>运输段</translation>
    </message>
    <message>
        <location filename="../../ui/pages/bench.py" line="187" />
        <source>Repair gate (quote accepted and paid before repair)</source>
        <translation>维修限制（维修前报价单须已接受并付清）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/bench.py" line="189" />
        <source>Money gate (nothing outstanding before the unit leaves)</source>
        <translation>收款限制（设备发出前须结清所有款项）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/bench.py" line="194" />
        <source>Mine</source>
        <translation>我的</translation>
    </message>
    <message>
        <location filename="../../ui/pages/bench.py" line="195" />
        <source>Unassigned</source>
        <translation>未分配</translation>
    </message>
    <message>
        <location filename="../../ui/pages/bench.py" line="196" />
        <source>Overdue</source>
        <translation>逾期</translation>
    </message>
    <message>
        <location filename="../../ui/pages/bench.py" line="197" />
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <location filename="../../ui/pages/bench.py" line="490" />
        <source>Bench</source>
        <translation>维修台</translation>
    </message>
    <message>
        <location filename="../../ui/pages/bench.py" line="494" />
        <source>Scan or type an RMA number or serial number (Ctrl+L)</source>
        <translation>扫描或输入维修单号或出厂编号 (Ctrl+L)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/bench.py" line="560" />
        <source>Scan an RMA label, or pick an RMA from the queue.</source>
        <translation>请扫描维修单标签，或从队列中选择维修单。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/bench.py" line="575" />
        <source>Timeline</source>
        <translation>时间线</translation>
    </message>
    <message>
        <location filename="../../ui/pages/bench.py" line="576" />
        <source>Diagnosis</source>
        <translation>诊断</translation>
    </message>
    <message>
        <location filename="../../ui/pages/bench.py" line="577" />
        <location filename="../../ui/pages/bench.py" line="1269" />
        <source>Parts</source>
        <translation>备件</translation>
    </message>
    <message>
        <location filename="../../ui/pages/bench.py" line="578" />
        <location filename="../../ui/pages/bench.py" line="1297" />
        <source>Vendor and tasks</source>
        <translation>返厂与任务</translation>
    </message>
    <message>
        <location filename="../../ui/pages/bench.py" line="581" />
        <location filename="../../ui/pages/bench.py" line="1179" />
        <source>Unit history</source>
        <translation>设备维修史</translation>
    </message>
    <message>
        <location filename="../../ui/pages/bench.py" line="613" />
        <source>Take it</source>
        <translation>领取</translation>
    </message>
    <message>
        <location filename="../../ui/pages/bench.py" line="616" />
        <source>A manager hands the RMA to a technician</source>
        <translation>由经理将维修单分配给技术员</translation>
    </message>
    <message>
        <location filename="../../ui/pages/bench.py" line="648" />
        <source>Quote and payments (Ctrl+Q)</source>
        <translation>报价与付款 (Ctrl+Q)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/bench.py" line="650" />
        <source>Waive a gate…</source>
        <translation>豁免限制…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/bench.py" line="651" />
        <source>Manager: let this RMA through a gate once, with a reason</source>
        <translation>经理：填写原因，允许此维修单通过一次限制</translation>
    </message>
    <message>
        <location filename="../../ui/pages/bench.py" line="675" />
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../ui/pages/bench.py" line="675" />
        <source>Who</source>
        <translation>操作人</translation>
    </message>
    <message>
        <location filename="../../ui/pages/bench.py" line="675" />
        <source>What happened</source>
        <translation>事件</translation>
    </message>
    <message>
        <location filename="../../ui/pages/bench.py" line="697" />
        <source>What you found (required), e.g. PSU primary MOSFET shorted</source>
        <translation>诊断结果（必填），例如：电源初级 MOSFET 短路</translation>
    </message>
    <message>
        <location filename="../../ui/pages/bench.py" line="701" />
        <source>Save diagnosis (Ctrl+S)</source>
        <translation>保存诊断 (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/bench.py" line="704" />
        <source>Findings</source>
        <translation>诊断结果</translation>
    </message>
    <message>
        <location filename="../../ui/pages/bench.py" line="706" />
        <source>Fault cause</source>
        <translation>故障原因</translation>
    </message>
    <message>
        <location filename="../../ui/pages/bench.py" line="712" />
        <source>Warranty exclusion</source>
        <translation>不予保修</translation>
    </message>
    <message>
        <location filename="../../ui/pages/bench.py" line="719" />
        <source>What shows it (the customer sees this note), e.g. liquid marks on board</source>
        <translation>判定依据（客户可见此备注），例如：主板有进液痕迹</translation>
    </message>
    <message>
        <location filename="../../ui/pages/bench.py" line="720" />
        <source>Record exclusion</source>
        <translation>登记不予保修</translation>
    </message>
    <message>
        <location filename="../../ui/pages/bench.py" line="722" />
        <source>Withdraw exclusion…</source>
        <translation>撤销不予保修…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/bench.py" line="734" />
        <source>Needed parts</source>
        <translation>所需备件</translation>
    </message>
    <message>
        <location filename="../../ui/pages/bench.py" line="739" />
        <location filename="../../ui/pages/bench.py" line="774" />
        <source>Part</source>
        <translation>备件</translation>
    </message>
    <message>
        <location filename="../../ui/pages/bench.py" line="739" />
        <location filename="../../ui/pages/bench.py" line="774" />
        <source>Description</source>
        <translation>说明</translation>
    </message>
    <message>
        <location filename="../../ui/pages/bench.py" line="739" />
        <source>Qty</source>
        <translation>数量</translation>
    </message>
    <message>
        <location filename="../../ui/pages/bench.py" line="739" />
        <source>Found during</source>
        <translation>发现阶段</translation>
    </message>
    <message>
        <location filename="../../ui/pages/bench.py" line="748" />
        <source>Part number, e.g. P-PSU-450</source>
        <translation>备件号，例如 P-PSU-450</translation>
    </message>
    <message>
        <location filename="../../ui/pages/bench.py" line="751" />
        <source>Add needed part</source>
        <translation>添加所需备件</translation>
    </message>
    <message>
        <location filename="../../ui/pages/bench.py" line="754" />
        <source>Remove selected</source>
        <translation>删除所选</translation>
    </message>
    <message>
        <location filename="../../ui/pages/bench.py" line="766" />
        <source>Scan a part label while the RMA is in repair: one piece is issued from stock to it.</source>
        <translation>维修单处于维修中时扫描备件标签，即从库存为其领用一件。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/bench.py" line="774" />
        <source>Issued</source>
        <translation>领用数</translation>
    </message>
    <message>
        <location filename="../../ui/pages/bench.py" line="774" />
        <source>Returned</source>
        <translation>退库数</translation>
    </message>
    <message>
        <location filename="../../ui/pages/bench.py" line="775" />
        <source>Unit cost</source>
        <translation>单位成本</translation>
    </message>
    <message>
        <location filename="../../ui/pages/bench.py" line="775" />
        <source>Issued at</source>
        <translation>领用时间</translation>
    </message>
    <message>
        <location filename="../../ui/pages/bench.py" line="783" />
        <source>Return selected to stock</source>
        <translation>所选退库</translation>
    </message>
    <message>
        <location filename="../../ui/pages/bench.py" line="793" />
        <source>Vendor repairs</source>
        <translation>返厂维修记录</translation>
    </message>
    <message>
        <location filename="../../ui/pages/bench.py" line="798" />
        <source>Vendor</source>
        <translation>厂家</translation>
    </message>
    <message>
        <location filename="../../ui/pages/bench.py" line="798" />
        <source>Vendor's RMA</source>
        <translation>厂家维修单号</translation>
    </message>
    <message>
        <location filename="../../ui/pages/bench.py" line="798" />
        <source>Sent</source>
        <translation>寄出日期</translation>
    </message>
    <message>
        <location filename="../../ui/pages/bench.py" line="799" />
        <source>Expected back</source>
        <translation>预计返回</translation>
    </message>
    <message>
        <location filename="../../ui/pages/bench.py" line="799" />
        <source>Back</source>
        <translation>实际返回</translation>
    </message>
    <message>
        <location filename="../../ui/pages/bench.py" line="805" />
        <source>Tasks</source>
        <translation>任务</translation>
    </message>
    <message>
        <location filename="../../ui/pages/bench.py" line="810" />
        <source>Task</source>
        <translation>任务</translation>
    </message>
    <message>
        <location filename="../../ui/pages/bench.py" line="810" />
        <source>Due</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <location filename="../../ui/pages/bench.py" line="810" />
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <location filename="../../ui/pages/bench.py" line="818" />
        <source>Mark selected task done</source>
        <translation>将所选任务标为完成</translation>
    </message>
    <message>
        <location filename="../../ui/pages/bench.py" line="848" />
        <source>{code} is not an RMA, serial or part number.</source>
        <translation>{code} 不是维修单号、出厂编号或备件号。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/bench.py" line="863" />
        <source>{serial} has no open RMA: receive it at the intake desk first.</source>
        <translation>{serial} 没有未结的维修单：请先在收货台办理收货。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/bench.py" line="866" />
        <source>Scanned {code}: the bench opens RMAs and issues parts.</source>
        <translation>已扫描 {code}：维修台只能打开维修单和领用备件。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/bench.py" line="914" />
        <source>{filter} ({n})</source>
        <translation>{filter}（{n}）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/bench.py" line="926" />
        <source>Scan your badge to see your queue.</source>
        <translation>请扫描工牌查看您的工作队列。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/bench.py" line="928" />
        <source>Nothing here.</source>
        <translation>暂无记录。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/bench.py" line="930" />
        <source>Most urgent first; overdue rows are red.</source>
        <translation>最紧急的排在最前；逾期的行显示为红色。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/bench.py" line="1008" />
        <source>no customer on record</source>
        <translation>无客户记录</translation>
    </message>
    <message>
        <location filename="../../ui/pages/bench.py" line="1011" />
        <source>&lt;b&gt;{serial}&lt;/b&gt; · {model} ({code}) · {customer}</source>
        <translation>&lt;b&gt;{serial}&lt;/b&gt; · {model}（{code}）· {customer}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/bench.py" line="1015" />
        <source>Received {when} · reported fault: {fault}</source>
        <translation>收货时间 {when} · 报修故障：{fault}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/bench.py" line="1022" />
        <source>Technician: {name}</source>
        <translation>技术员：{name}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/bench.py" line="1023" />
        <source>nobody yet</source>
        <translation>尚未分配</translation>
    </message>
    <message>
        <location filename="../../ui/pages/bench.py" line="1035" />
        <source>Assign to…</source>
        <translation>分配给…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/bench.py" line="1040" />
        <source>nobody (back to unassigned)</source>
        <translation>无人（退回未分配）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/bench.py" line="1064" />
        <source>SLA: {clocks}</source>
        <translation>SLA：{clocks}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/bench.py" line="1106" />
        <source>Keys: {keys}</source>
        <translation>快捷键：{keys}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/bench.py" line="1107" />
        <source>Ctrl+Q quote</source>
        <translation>Ctrl+Q 报价</translation>
    </message>
    <message>
        <location filename="../../ui/pages/bench.py" line="1107" />
        <source>Ctrl+L scan</source>
        <translation>Ctrl+L 扫描</translation>
    </message>
    <message>
        <location filename="../../ui/pages/bench.py" line="1127" />
        <source>The server cannot be reached.</source>
        <translation>无法连接服务器。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/bench.py" line="1128" />
        <source>Actions wait until the server is back: {reason}</source>
        <translation>服务器恢复连接前无法执行操作：{reason}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/bench.py" line="1131" />
        <source>{rma} is {state}: nothing is left to do.</source>
        <translation>{rma} 状态为 {state}：已无需任何操作。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/bench.py" line="1144" />
        <source>&lt;b&gt;{actions}&lt;/b&gt;: {reason}</source>
        <translation>&lt;b&gt;{actions}&lt;/b&gt;：{reason}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/bench.py" line="1165" />
        <source>Station: {name}</source>
        <translation>工作站：{name}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/bench.py" line="1178" />
        <source>Unit history ({n})</source>
        <translation>设备维修史（{n}）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/bench.py" line="1190" />
        <source>— pick the fault cause —</source>
        <translation>— 请选择故障原因 —</translation>
    </message>
    <message>
        <location filename="../../ui/pages/bench.py" line="1206" />
        <source>Every save goes on the timeline.</source>
        <translation>每次保存都会记入时间线。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/bench.py" line="1208" />
        <source>Start the diagnosis to record findings.</source>
        <translation>请先开始诊断，再登记诊断结果。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/bench.py" line="1210" />
        <source>Findings are recorded while the RMA is diagnosing; this is what was recorded.</source>
        <translation>诊断结果只能在诊断中登记；以下为已登记的内容。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/bench.py" line="1223" />
        <source>Exclusion recorded: {reason} — {note}</source>
        <translation>已登记不予保修：{reason}——{note}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/bench.py" line="1227" />
        <source>Record an exclusion when the fault is not covered (accident, liquid, self-disassembly…): the repair becomes chargeable.</source>
        <translation>故障不在保修范围内（意外损坏、进液、自行拆修…）时，请登记不予保修：本次维修将转为收费维修。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/bench.py" line="1231" />
        <source>diagnosis</source>
        <translation>诊断</translation>
    </message>
    <message>
        <location filename="../../ui/pages/bench.py" line="1231" />
        <source>repair</source>
        <translation>维修</translation>
    </message>
    <message>
        <location filename="../../ui/pages/bench.py" line="1264" />
        <source>Scan a part label now: one piece is issued from stock to {rma}.</source>
        <translation>现在扫描备件标签，即从库存为 {rma} 领用一件。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/bench.py" line="1266" />
        <source>Parts are issued by scanning their label while the RMA is in repair.</source>
        <translation>维修单处于维修中时，扫描备件标签即可领用备件。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/bench.py" line="1268" />
        <source>Parts ({n})</source>
        <translation>备件（{n}）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/bench.py" line="1284" />
        <source>{when} by {who}</source>
        <translation>{who}，{when}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/bench.py" line="1296" />
        <source>Vendor and tasks ({n} open)</source>
        <translation>返厂与任务（{n} 项未完成）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/bench.py" line="1328" />
        <source>{rma} is now {state}.</source>
        <translation>{rma} 状态已变为 {state}。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/bench.py" line="1343" />
        <location filename="../../ui/pages/bench.py" line="1476" />
        <source>Open an RMA first: scan its label.</source>
        <translation>请先打开维修单：扫描维修单标签。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/bench.py" line="1348" />
        <source>This action is not possible now.</source>
        <translation>当前无法执行此操作。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/bench.py" line="1354" />
        <source>The server cannot be reached: try again when it is back.</source>
        <translation>无法连接服务器：请在连接恢复后重试。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/bench.py" line="1377" />
        <source>Quote {quote} issued: {total}, valid until {date}.</source>
        <translation>报价单 {quote} 已出具：{total}，有效期至 {date}。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/bench.py" line="1382" />
        <source>Finish repair</source>
        <translation>完成维修</translation>
    </message>
    <message>
        <location filename="../../ui/pages/bench.py" line="1383" />
        <source>Describe the work done (it goes on the unit's history and the service report).</source>
        <translation>请描述维修内容（将记入设备维修履历和服务报告）。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/bench.py" line="1386" />
        <source>What failed in the test? The unit goes back into repair.</source>
        <translation>测试中哪些项目未通过？设备将退回维修。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/bench.py" line="1388" />
        <source>Return unrepaired</source>
        <translation>未修退回</translation>
    </message>
    <message>
        <location filename="../../ui/pages/bench.py" line="1389" />
        <source>Why does the unit go back unrepaired?</source>
        <translation>设备为何未修退回？</translation>
    </message>
    <message>
        <location filename="../../ui/pages/bench.py" line="1390" />
        <source>Scrap at the customer's request</source>
        <translation>应客户要求报废</translation>
    </message>
    <message>
        <location filename="../../ui/pages/bench.py" line="1391" />
        <source>Reference of the customer's written request to scrap the unit:</source>
        <translation>客户书面报废申请的凭证号：</translation>
    </message>
    <message>
        <location filename="../../ui/pages/bench.py" line="1393" />
        <source>Cancel RMA</source>
        <translation>取消维修单</translation>
    </message>
    <message>
        <location filename="../../ui/pages/bench.py" line="1394" />
        <source>Why is the RMA cancelled (opened in error, withdrawn)?</source>
        <translation>为何取消此维修单（误建、客户撤回等）？</translation>
    </message>
    <message>
        <location filename="../../ui/pages/bench.py" line="1403" />
        <source>Customer accepted the quote</source>
        <translation>客户接受报价单</translation>
    </message>
    <message>
        <location filename="../../ui/pages/bench.py" line="1404" />
        <source>Customer declined the quote</source>
        <translation>客户拒绝报价单</translation>
    </message>
    <message>
        <location filename="../../ui/pages/bench.py" line="1405" />
        <source>Record how the customer's acceptance reached us.</source>
        <translation>请记录客户以何种方式确认接受。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/bench.py" line="1406" />
        <source>Record how the customer's refusal reached us; the diagnosis fee and return shipping are then owed.</source>
        <translation>请记录客户以何种方式表示拒绝；拒绝后客户须支付检测费和回寄运费。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/bench.py" line="1432" />
        <source>The repair pauses: revised quote {quote} is drafted for the customer to approve.</source>
        <translation>维修暂停：已起草修订报价单 {quote}，待客户确认。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/bench.py" line="1435" />
        <source>Part noted as needed; the repair goes on.</source>
        <translation>已记录所需备件，维修继续进行。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/bench.py" line="1443" />
        <source>{rma} is yours.</source>
        <translation>{rma} 已由您负责。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/bench.py" line="1452" />
        <source>{rma} assigned to {name}.</source>
        <translation>{rma} 的负责技术员：{name}。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/bench.py" line="1453" />
        <source>nobody</source>
        <translation>无人</translation>
    </message>
    <message>
        <location filename="../../ui/pages/bench.py" line="1467" />
        <source>Gate waived for {rma}; the next action that needs it passes once.</source>
        <translation>已为 {rma} 豁免限制：下一个受此限制的操作可放行一次。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/bench.py" line="1485" />
        <source>{rma} is {state}: findings are recorded while it is diagnosing.</source>
        <translation>{rma} 状态为 {state}：诊断结果只能在诊断中登记。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/bench.py" line="1495" />
        <source>Diagnosis of {rma} saved.</source>
        <translation>{rma} 的诊断已保存。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/bench.py" line="1505" />
        <source>Exclusion recorded: {rma} is now {coverage}.</source>
        <translation>已登记不予保修：{rma} 保修判定现为 {coverage}。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/bench.py" line="1513" />
        <source>Withdraw the exclusion</source>
        <translation>撤销不予保修</translation>
    </message>
    <message>
        <location filename="../../ui/pages/bench.py" line="1514" />
        <source>Why is the exclusion withdrawn? Coverage is decided again without it.</source>
        <translation>为何撤销不予保修？撤销后将重新判定保修。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/bench.py" line="1526" />
        <source>{qty} × {part} noted as needed.</source>
        <translation>已记录所需备件：{qty} × {part}。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/bench.py" line="1532" />
        <source>Select the needed part to remove.</source>
        <translation>请选择要删除的所需备件。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/bench.py" line="1547" />
        <source>Open the RMA first (scan its label), then scan the part.</source>
        <translation>请先打开维修单（扫描维修单标签），再扫描备件。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/bench.py" line="1554" />
        <source>Issued {qty} × {part} {name} to {rma}.</source>
        <translation>已为 {rma} 领用 {qty} × {part} {name}。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/bench.py" line="1560" />
        <source>Select the issued part to return.</source>
        <translation>请选择要退库的已领用备件。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/bench.py" line="1566" />
        <source>{part} back in stock.</source>
        <translation>{part} 已退库。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/bench.py" line="1574" />
        <source>Select the task that is done.</source>
        <translation>请选择已完成的任务。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/bench.py" line="1580" />
        <source>Task done.</source>
        <translation>任务已完成。</translation>
    </message>
</context>
<context>
    <name>CatalogueModel</name>
    <message>
        <location filename="../../ui/pages/parts.py" line="142" />
        <source>Part number</source>
        <extracomment>the search runs this long after the last key (a fast typist is one query) rows the list shows at most; more is a hint to type a few letters moves per page of a part's history the page summary is recomputed this long after a change (a scan burst is one refresh)</extracomment>
        <translation>备件号</translation>
    </message>
    <message>
        <location filename="../../ui/pages/parts.py" line="143" />
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../ui/pages/parts.py" line="144" />
        <source>Bin</source>
        <translation>库位</translation>
    </message>
    <message>
        <location filename="../../ui/pages/parts.py" line="145" />
        <source>On hand</source>
        <translation>在库</translation>
    </message>
    <message>
        <location filename="../../ui/pages/parts.py" line="146" />
        <source>Reserved</source>
        <translation>预留</translation>
    </message>
    <message>
        <location filename="../../ui/pages/parts.py" line="147" />
        <source>Free</source>
        <translation>可用</translation>
    </message>
    <message>
        <location filename="../../ui/pages/parts.py" line="148" />
        <source>Avg cost</source>
        <translation>平均成本</translation>
    </message>
    <message>
        <location filename="../../ui/pages/parts.py" line="149" />
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <location filename="../../ui/pages/parts.py" line="150" />
        <source>Reorder at</source>
        <translation>再订货点</translation>
    </message>
    <message>
        <location filename="../../ui/pages/parts.py" line="185" />
        <source>{name} (discontinued)</source>
        <translation>{name}（已停用）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/parts.py" line="214" />
        <source>{free} free, reorder point {n}: time to reorder.</source>
        <translation>可用 {free}，再订货点 {n}：请及时补货。</translation>
    </message>
</context>
<context>
    <name>CatalogueTab</name>
    <message>
        <location filename="../../ui/pages/parts.py" line="544" />
        <source>Search number, name, model or barcode — or scan a part or bin label…</source>
        <translation>搜索备件号、名称、型号或条码——或扫描备件标签或库位标签…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/parts.py" line="546" />
        <source>New part… (Ctrl+N)</source>
        <translation>新建备件… (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/parts.py" line="550" />
        <source>Only parts at or below the reorder point</source>
        <translation>仅显示达到或低于再订货点的备件</translation>
    </message>
    <message>
        <location filename="../../ui/pages/parts.py" line="551" />
        <source>Include discontinued parts</source>
        <translation>包括已停用的备件</translation>
    </message>
    <message>
        <location filename="../../ui/pages/parts.py" line="619" />
        <source>Bin {bin}{description}: </source>
        <translation>库位 {bin}{description}： </translation>
    </message>
    <message>
        <location filename="../../ui/pages/parts.py" line="629" />
        <source>the first {n} parts; type to narrow down</source>
        <translation>仅显示前 {n} 种备件，输入关键字可缩小范围</translation>
    </message>
    <message>
        <location filename="../../ui/pages/parts.py" line="631" />
        <source>{n} part(s)</source>
        <translation>{n} 种备件</translation>
    </message>
    <message>
        <location filename="../../ui/pages/parts.py" line="634" />
        <source>{n} at or below the reorder point</source>
        <translation>{n} 种达到或低于再订货点</translation>
    </message>
    <message>
        <location filename="../../ui/pages/parts.py" line="690" />
        <source>Warehouse staff or a manager add parts: scan your badge.</source>
        <translation>仅仓库人员或经理可以添加备件：请扫描您的工牌。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/parts.py" line="745" />
        <source>Save labels as PDF</source>
        <translation>将标签另存为 PDF</translation>
    </message>
    <message>
        <location filename="../../ui/pages/parts.py" line="746" />
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/parts.py" line="753" />
        <source>Labels saved to {path}.</source>
        <translation>标签已保存到 {path}。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/parts.py" line="765" />
        <source>Warehouse staff or a manager edit the catalogue.</source>
        <translation>仅仓库人员或经理可以编辑备件目录。</translation>
    </message>
</context>
<context>
    <name>CheckoutPanel</name>
    <message>
        <location filename="../../ui/pages/loaners.py" line="465" />
        <source>The repair will take more than one working day (technician's estimate)</source>
        <translation>维修需要超过一个工作日（技术员预估）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/loaners.py" line="467" />
        <source>Manager override — why lend it anyway:</source>
        <translation>经理特批——仍然借出的原因：</translation>
    </message>
    <message>
        <location filename="../../ui/pages/loaners.py" line="469" />
        <source>Reason (audited), e.g. key account</source>
        <translation>原因（记录审计），例如：重点客户</translation>
    </message>
    <message>
        <location filename="../../ui/pages/loaners.py" line="475" />
        <source>&lt;b&gt;Available loaners&lt;/b&gt; (best match first)</source>
        <translation>&lt;b&gt;可用备用机&lt;/b&gt;（最匹配的在前）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/loaners.py" line="481" />
        <source>Scan the loaner's tag, or pick one on the left.</source>
        <translation>请扫描备用机标签，或从左侧选择。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/loaners.py" line="485" />
        <source>&lt;b&gt;Accessories going out&lt;/b&gt; (untick what stays)</source>
        <translation>&lt;b&gt;随机借出的附件&lt;/b&gt;（取消勾选不带出的附件）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/loaners.py" line="491" />
        <source>&lt;b&gt;How it goes out&lt;/b&gt;</source>
        <translation>&lt;b&gt;发出方式&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/pages/loaners.py" line="492" />
        <source>By courier</source>
        <translation>快递寄出</translation>
    </message>
    <message>
        <location filename="../../ui/pages/loaners.py" line="493" />
        <source>Handed over at the counter</source>
        <translation>柜台当面交付</translation>
    </message>
    <message>
        <location filename="../../ui/pages/loaners.py" line="505" />
        <source>Lend loaner (Ctrl+Enter)</source>
        <translation>借出备用机 (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/loaners.py" line="507" />
        <source>Cancel (Esc)</source>
        <translation>取消 (Esc)</translation>
    </message>
</context>
<context>
    <name>ConnectionDialog</name>
    <message>
        <location filename="../../ui/connection_dialog.py" line="72" />
        <source>Database connection</source>
        <translation>数据库连接</translation>
    </message>
    <message>
        <location filename="../../ui/connection_dialog.py" line="76" />
        <source>Welcome to Depot. Choose where this workstation keeps its data; you can change it later in Settings.</source>
        <translation>欢迎使用 Depot。请选择此工作站的数据存放位置；之后可在“设置”中更改。</translation>
    </message>
    <message>
        <location filename="../../ui/connection_dialog.py" line="81" />
        <source>This computer only</source>
        <translation>仅限本机</translation>
    </message>
    <message>
        <location filename="../../ui/connection_dialog.py" line="82" />
        <source>Shared depot server (several workstations)</source>
        <translation>共享的维修中心服务器（多个工作站）</translation>
    </message>
    <message>
        <location filename="../../ui/connection_dialog.py" line="91" />
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <location filename="../../ui/connection_dialog.py" line="101" />
        <source>server name or address</source>
        <translation>服务器名称或地址</translation>
    </message>
    <message>
        <location filename="../../ui/connection_dialog.py" line="109" />
        <source>kept in this computer's credential store</source>
        <translation>保存在本机的凭据存储中</translation>
    </message>
    <message>
        <location filename="../../ui/connection_dialog.py" line="112" />
        <source>Use TLS when the server offers it</source>
        <translation>服务器支持时使用 TLS</translation>
    </message>
    <message>
        <location filename="../../ui/connection_dialog.py" line="113" />
        <source>Require TLS</source>
        <translation>必须使用 TLS</translation>
    </message>
    <message>
        <location filename="../../ui/connection_dialog.py" line="114" />
        <source>Require TLS and check the certificate</source>
        <translation>必须使用 TLS 并验证证书</translation>
    </message>
    <message>
        <location filename="../../ui/connection_dialog.py" line="115" />
        <source>Require TLS and check certificate and host name</source>
        <translation>必须使用 TLS 并验证证书和主机名</translation>
    </message>
    <message>
        <location filename="../../ui/connection_dialog.py" line="116" />
        <source>No TLS</source>
        <translation>不使用 TLS</translation>
    </message>
    <message>
        <location filename="../../ui/connection_dialog.py" line="119" />
        <source>Host</source>
        <translation>主机</translation>
    </message>
    <message>
        <location filename="../../ui/connection_dialog.py" line="120" />
        <source>Port</source>
        <translation>端口</translation>
    </message>
    <message>
        <location filename="../../ui/connection_dialog.py" line="121" />
        <source>Database</source>
        <translation>数据库</translation>
    </message>
    <message>
        <location filename="../../ui/connection_dialog.py" line="122" />
        <source>User</source>
        <translation>用户名</translation>
    </message>
    <message>
        <location filename="../../ui/connection_dialog.py" line="123" />
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <location filename="../../ui/connection_dialog.py" line="124" />
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <location filename="../../ui/connection_dialog.py" line="128" />
        <source>Test connection</source>
        <translation>测试连接</translation>
    </message>
    <message>
        <location filename="../../ui/connection_dialog.py" line="173" />
        <source>Depot database file</source>
        <translation>Depot 数据库文件</translation>
    </message>
    <message>
        <location filename="../../ui/connection_dialog.py" line="174" />
        <source>Depot database (*.db)</source>
        <translation>Depot 数据库 (*.db)</translation>
    </message>
    <message>
        <location filename="../../ui/connection_dialog.py" line="190" />
        <source>Choose a file for the database.</source>
        <translation>请选择数据库文件。</translation>
    </message>
    <message>
        <location filename="../../ui/connection_dialog.py" line="204" />
        <source>Testing…</source>
        <translation>正在测试…</translation>
    </message>
</context>
<context>
    <name>CoreBackDialog</name>
    <message>
        <location filename="../../ui/pages/parts_valuation.py" line="52" />
        <source>Core back for {reference}</source>
        <translation>{reference} 的旧件返回</translation>
    </message>
    <message>
        <location filename="../../ui/pages/parts_valuation.py" line="56" />
        <source>{qty} × {part} {name}, due {day}</source>
        <translation>{qty} × {part} {name}，应于 {day} 返回</translation>
    </message>
    <message>
        <location filename="../../ui/pages/parts_valuation.py" line="59" />
        <source>Tested good: put it back into stock</source>
        <translation>检测良好：重新入库</translation>
    </message>
    <message>
        <location filename="../../ui/pages/parts_valuation.py" line="61" />
        <source>e.g. tested on the bench, fault confirmed</source>
        <translation>例如：已在维修台检测，确认故障</translation>
    </message>
    <message>
        <location filename="../../ui/pages/parts_valuation.py" line="63" />
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../ui/pages/parts_valuation.py" line="69" />
        <source>Core for {reference} booked back.</source>
        <translation>{reference} 的旧件已登记返回。</translation>
    </message>
</context>
<context>
    <name>CostReportPanel</name>
    <message>
        <location filename="../../ui/pages/shipping.py" line="866" />
        <source>By payer</source>
        <translation>按付款方</translation>
    </message>
    <message>
        <location filename="../../ui/pages/shipping.py" line="867" />
        <source>By leg</source>
        <translation>按运输段</translation>
    </message>
    <message>
        <location filename="../../ui/pages/shipping.py" line="868" />
        <source>By month</source>
        <translation>按月份</translation>
    </message>
    <message>
        <location filename="../../ui/pages/shipping.py" line="888" />
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <location filename="../../ui/pages/shipping.py" line="890" />
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <location filename="../../ui/pages/shipping.py" line="912" />
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <location filename="../../ui/pages/shipping.py" line="912" />
        <location filename="../../ui/pages/shipping.py" line="917" />
        <source>Payer</source>
        <translation>付款方</translation>
    </message>
    <message>
        <location filename="../../ui/pages/shipping.py" line="912" />
        <location filename="../../ui/pages/shipping.py" line="918" />
        <source>Legs</source>
        <translation>运输段数</translation>
    </message>
    <message>
        <location filename="../../ui/pages/shipping.py" line="912" />
        <location filename="../../ui/pages/shipping.py" line="918" />
        <source>Cost</source>
        <translation>费用</translation>
    </message>
    <message>
        <location filename="../../ui/pages/shipping.py" line="917" />
        <source>Leg</source>
        <translation>运输段</translation>
    </message>
    <message>
        <location filename="../../ui/pages/shipping.py" line="932" />
        <source>Total</source>
        <translation>合计</translation>
    </message>
</context>
<context>
    <name>CountTab</name>
    <message>
        <location filename="../../ui/pages/parts_counting.py" line="126" />
        <source>Part number</source>
        <translation>备件号</translation>
    </message>
    <message>
        <location filename="../../ui/pages/parts_counting.py" line="126" />
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../ui/pages/parts_counting.py" line="126" />
        <source>On hand</source>
        <translation>在库</translation>
    </message>
    <message>
        <location filename="../../ui/pages/parts_counting.py" line="127" />
        <source>Counted</source>
        <translation>实盘数</translation>
    </message>
    <message>
        <location filename="../../ui/pages/parts_counting.py" line="127" />
        <source>Difference</source>
        <translation>差异</translation>
    </message>
    <message>
        <location filename="../../ui/pages/parts_counting.py" line="130" />
        <location filename="../../ui/pages/parts_counting.py" line="261" />
        <source>Counted quantity:</source>
        <translation>实盘数量：</translation>
    </message>
    <message>
        <location filename="../../ui/pages/parts_counting.py" line="134" />
        <source>Set</source>
        <translation>设定</translation>
    </message>
    <message>
        <location filename="../../ui/pages/parts_counting.py" line="144" />
        <source>Post count (Ctrl+Enter)</source>
        <translation>盘点过账 (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/parts_counting.py" line="146" />
        <source>Cancel count…</source>
        <translation>取消盘点…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/parts_counting.py" line="147" />
        <source>Put aside</source>
        <translation>暂停盘点</translation>
    </message>
    <message>
        <location filename="../../ui/pages/parts_counting.py" line="148" />
        <source>Leave the count open and continue it later</source>
        <translation>保留此盘点，稍后继续</translation>
    </message>
    <message>
        <location filename="../../ui/pages/parts_counting.py" line="160" />
        <source>Adjust stock…</source>
        <translation>调整库存…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/parts_counting.py" line="168" />
        <source>What</source>
        <translation>事项</translation>
    </message>
    <message>
        <location filename="../../ui/pages/parts_counting.py" line="168" />
        <source>Pieces</source>
        <translation>件数</translation>
    </message>
    <message>
        <location filename="../../ui/pages/parts_counting.py" line="168" />
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <location filename="../../ui/pages/parts_counting.py" line="169" />
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../ui/pages/parts_counting.py" line="169" />
        <source>Asked by</source>
        <translation>申请人</translation>
    </message>
    <message>
        <location filename="../../ui/pages/parts_counting.py" line="170" />
        <source>Value at cost (estimate)</source>
        <translation>成本金额（估算）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/parts_counting.py" line="173" />
        <source>Approve</source>
        <translation>批准</translation>
    </message>
    <message>
        <location filename="../../ui/pages/parts_counting.py" line="174" />
        <source>Refuse…</source>
        <translation>驳回…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/parts_counting.py" line="179" />
        <source>Count</source>
        <translation>盘点</translation>
    </message>
    <message>
        <location filename="../../ui/pages/parts_counting.py" line="179" />
        <source>Bin</source>
        <translation>库位</translation>
    </message>
    <message>
        <location filename="../../ui/pages/parts_counting.py" line="179" />
        <source>Started</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <location filename="../../ui/pages/parts_counting.py" line="180" />
        <source>By</source>
        <translation>操作人</translation>
    </message>
    <message>
        <location filename="../../ui/pages/parts_counting.py" line="212" />
        <source>Scan the bin label first: a count covers one bin.</source>
        <translation>请先扫描库位标签：每次盘点只针对一个库位。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/parts_counting.py" line="225" />
        <source>Bin {bin} was counted (count #{id}) and waits for a manager's approval; it cannot be counted again meanwhile.</source>
        <translation>库位 {bin} 已盘点（盘点 #{id}），正在等待经理审批，在此期间不能再次盘点。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/parts_counting.py" line="231" />
        <source>Continuing count #{id} of bin {bin}.</source>
        <translation>继续库位 {bin} 的盘点 #{id}。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/parts_counting.py" line="237" />
        <source>Count #{id} of bin {bin} started: scan every piece on the shelf.</source>
        <translation>库位 {bin} 的盘点 #{id} 已开始：请逐件扫描货架上的备件。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/parts_counting.py" line="255" />
        <source>&lt;span style='font-size:13pt; font-weight:600'&gt;Scan a bin label to count it.&lt;/span&gt;&lt;br&gt;Then scan every piece on the shelf (each scan counts one), or select a part and type how many there are.</source>
        <translation>&lt;span style='font-size:13pt; font-weight:600'&gt;扫描库位标签开始盘点。&lt;/span&gt;&lt;br&gt;然后逐件扫描货架上的备件（每扫描一次计一件），或选择备件后输入数量。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/parts_counting.py" line="266" />
        <source>&lt;span style='font-size:13pt; font-weight:600'&gt;Count #{id} · bin {bin}&lt;/span&gt; {description}&lt;br&gt;started {when} by {who}</source>
        <translation>&lt;span style='font-size:13pt; font-weight:600'&gt;盘点 #{id} · 库位 {bin}&lt;/span&gt; {description}&lt;br&gt;{who} 于 {when} 开始</translation>
    </message>
    <message>
        <location filename="../../ui/pages/parts_counting.py" line="282" />
        <source>not counted</source>
        <translation>未盘点</translation>
    </message>
    <message>
        <location filename="../../ui/pages/parts_counting.py" line="309" />
        <source>{n} part(s) counted</source>
        <translation>已盘点 {n} 种备件</translation>
    </message>
    <message>
        <location filename="../../ui/pages/parts_counting.py" line="311" />
        <source>{found} piece(s) found, {lost} missing</source>
        <translation>盘盈 {found} 件，盘亏 {lost} 件</translation>
    </message>
    <message>
        <location filename="../../ui/pages/parts_counting.py" line="314" />
        <source>no differences so far</source>
        <translation>目前无差异</translation>
    </message>
    <message>
        <location filename="../../ui/pages/parts_counting.py" line="318" />
        <source>{n} part(s) of this bin not scanned yet: posting books them as 0 (missing).</source>
        <translation>此库位尚有 {n} 种备件未扫描：过账时将按 0（缺失）入账。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/parts_counting.py" line="337" />
        <source>Counted quantity of {part}:</source>
        <translation>{part} 的实盘数量：</translation>
    </message>
    <message>
        <location filename="../../ui/pages/parts_counting.py" line="348" />
        <source>Select the part in the list (or scan it) first.</source>
        <translation>请先在列表中选择（或扫描）备件。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/parts_counting.py" line="352" />
        <source>Type how many pieces are on the shelf (0 if none).</source>
        <translation>请输入货架上的件数（没有则填 0）。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/parts_counting.py" line="372" />
        <source>Count #{id} of bin {bin} posted: {n} difference(s) booked.</source>
        <translation>库位 {bin} 的盘点 #{id} 已过账：{n} 项差异已入账。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/parts_counting.py" line="375" />
        <source>Count #{id} of bin {bin} found missing pieces: it waits for a manager's approval.</source>
        <translation>库位 {bin} 的盘点 #{id} 发现盘亏：等待经理审批。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/parts_counting.py" line="385" />
        <source>Cancel count #{id}</source>
        <translation>取消盘点 #{id}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/parts_counting.py" line="386" />
        <source>Why is the count abandoned? Nothing is booked.</source>
        <translation>为什么放弃此次盘点？不会入账任何差异。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/parts_counting.py" line="395" />
        <source>Count cancelled; nothing was booked.</source>
        <translation>盘点已取消，未入账任何差异。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/parts_counting.py" line="401" />
        <source>Count #{id} stays open: scan the bin label to continue it.</source>
        <translation>盘点 #{id} 保持未完成状态：扫描库位标签即可继续。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/parts_counting.py" line="429" />
        <source>Count #{id} · bin {bin}</source>
        <translation>盘点 #{id} · 库位 {bin}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/parts_counting.py" line="434" />
        <source>Scrap</source>
        <translation>报废</translation>
    </message>
    <message>
        <location filename="../../ui/pages/parts_counting.py" line="434" />
        <source>Adjustment</source>
        <translation>调整</translation>
    </message>
    <message>
        <location filename="../../ui/pages/parts_counting.py" line="443" />
        <source>Waiting for a manager ({n})</source>
        <translation>待经理审批（{n}）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/parts_counting.py" line="451" />
        <source>Open counts ({n})</source>
        <translation>进行中的盘点（{n}）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/parts_counting.py" line="463" />
        <source>Only a manager approves write-offs.</source>
        <translation>只有经理可以审批报损。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/parts_counting.py" line="472" />
        <source>Count #{id} approved and posted.</source>
        <translation>盘点 #{id} 已批准并过账。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/parts_counting.py" line="475" />
        <source>Write-off approved and booked.</source>
        <translation>报损已批准并入账。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/parts_counting.py" line="490" />
        <source>Refuse</source>
        <translation>驳回</translation>
    </message>
    <message>
        <location filename="../../ui/pages/parts_counting.py" line="490" />
        <source>Why is it refused? Stock stays as it is.</source>
        <translation>驳回原因是什么？库存将保持不变。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/parts_counting.py" line="510" />
        <source>Warehouse staff or a manager count stock.</source>
        <translation>仅仓库人员或经理可以盘点库存。</translation>
    </message>
</context>
<context>
    <name>Coverage</name>
    <message>
        <location filename="../../rma/transitions.py" line="290" />
        <source>dead on arrival</source>
        <extracomment>coverage non-chargeable, or an accepted quote fully paid (DOMAIN §4) nothing outstanding: the unit never leaves with money owed (DOMAIN §4) the accepted quote is paid in full (automatic release for repair) only chargeable coverage is quoted a draft quote with at least one line exists an issued quote waits for the customer's decision an accepted quote the customer can still back out of before paying coverage is dead on arrival no parts issued to the RMA are still out no money received that has not been refunded gates a manager may waive with a reason (DOMAIN §4); the others are book-keeping</extracomment>
        <translation>包换</translation>
    </message>
    <message>
        <location filename="../../rma/transitions.py" line="291" />
        <source>in warranty</source>
        <translation>保修期内</translation>
    </message>
    <message>
        <location filename="../../rma/transitions.py" line="292" />
        <source>out of warranty</source>
        <translation>保修期外</translation>
    </message>
    <message>
        <location filename="../../rma/transitions.py" line="293" />
        <source>excluded from warranty</source>
        <translation>不予保修</translation>
    </message>
    <message>
        <location filename="../../ui/pages/intake.py" line="57" />
        <source>Dead on arrival — replace</source>
        <translation>包换——予以换新</translation>
    </message>
    <message>
        <location filename="../../ui/pages/intake.py" line="58" />
        <source>In warranty</source>
        <translation>保修期内</translation>
    </message>
    <message>
        <location filename="../../ui/pages/intake.py" line="59" />
        <source>Out of warranty — chargeable</source>
        <translation>保修期外——收费维修</translation>
    </message>
    <message>
        <location filename="../../ui/pages/intake.py" line="60" />
        <source>Excluded — chargeable</source>
        <translation>不予保修——收费维修</translation>
    </message>
</context>
<context>
    <name>DecisionDialog</name>
    <message>
        <location filename="../../ui/pages/repair_forms.py" line="216" />
        <source>How</source>
        <translation>方式</translation>
    </message>
    <message>
        <location filename="../../ui/pages/repair_forms.py" line="218" />
        <source>Who decided, and anything they asked for</source>
        <translation>由谁决定，以及对方提出的要求</translation>
    </message>
    <message>
        <location filename="../../ui/pages/repair_forms.py" line="220" />
        <source>Note</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>DetailPanel</name>
    <message>
        <location filename="../../ui/pages/loaners.py" line="369" />
        <source>Take back…</source>
        <translation>收回…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/loaners.py" line="370" />
        <source>Send to service…</source>
        <translation>送检修…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/loaners.py" line="371" />
        <source>Back from service…</source>
        <translation>检修完成…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/loaners.py" line="372" />
        <source>Retire…</source>
        <translation>报废…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/loaners.py" line="385" />
        <source>&lt;b&gt;Scan an RMA&lt;/b&gt; to lend it a loaner, or &lt;b&gt;scan a loaner&lt;/b&gt; to see it or take it back.&lt;br&gt;&lt;br&gt;Select a loaner in the list to see its details.</source>
        <translation>&lt;b&gt;扫描维修单&lt;/b&gt;可借出备用机，&lt;b&gt;扫描备用机&lt;/b&gt;可查看或收回。&lt;br&gt;&lt;br&gt;在列表中选择备用机可查看详情。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/loaners.py" line="393" />
        <source>Class {n} · {status} · condition {grade}</source>
        <translation>等级 {n} · {status} · 成色 {grade}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/loaners.py" line="398" />
        <source>Serial number {serial}</source>
        <translation>出厂编号 {serial}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/loaners.py" line="399" />
        <source>Location: {where} · cost value {cost}</source>
        <translation>存放位置：{where} · 成本价值 {cost}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/loaners.py" line="401" />
        <source>Accessories: {items}</source>
        <translation>附件：{items}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/loaners.py" line="402" />
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../../ui/pages/loaners.py" line="405" />
        <source>Condition notes:</source>
        <translation>状况备注：</translation>
    </message>
    <message>
        <location filename="../../ui/pages/loaners.py" line="409" />
        <source>&lt;b&gt;Out to {rma}&lt;/b&gt; · {customer} {phone}</source>
        <translation>&lt;b&gt;借给 {rma}&lt;/b&gt; · {customer} {phone}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/loaners.py" line="412" />
        <source>Since {when} with: {items}</source>
        <translation>自 {when} 借出，随附：{items}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/loaners.py" line="414" />
        <source>no accessories</source>
        <translation>无附件</translation>
    </message>
    <message>
        <location filename="../../ui/pages/loaners.py" line="416" />
        <source>Due back: 10 working days after the repaired unit is delivered (not delivered yet).</source>
        <translation>归还期限：修复的设备交付后 10 个工作日内（设备尚未交付）。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/loaners.py" line="420" />
        <source>Due back {day}: {n} working day(s) overdue.</source>
        <translation>应于 {day} 归还：已逾期 {n} 个工作日。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/loaners.py" line="423" />
        <source>Due back by {day}.</source>
        <translation>应于 {day} 前归还。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/loaners.py" line="425" />
        <source>Retired: {reason}</source>
        <translation>已报废：{reason}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/loaners.py" line="434" />
        <source>Warehouse staff or a manager manage the loaner pool.</source>
        <translation>仅仓库人员或经理可以管理备用机池。</translation>
    </message>
</context>
<context>
    <name>DoaDialog</name>
    <message>
        <location filename="../../ui/pages/bench.py" line="352" />
        <source>Replace (dead on arrival)</source>
        <translation>换新（包换）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/bench.py" line="357" />
        <source>Scan the new unit's serial number</source>
        <translation>扫描新设备的出厂编号</translation>
    </message>
    <message>
        <location filename="../../ui/pages/bench.py" line="359" />
        <source>The new unit inherits the warranty of the old one, extended by the days it spent at the depot.</source>
        <translation>新设备沿用原设备的保修期，并顺延原设备在维修中心停留的天数。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/bench.py" line="363" />
        <source>New serial number</source>
        <translation>新出厂编号</translation>
    </message>
    <message>
        <location filename="../../ui/pages/bench.py" line="364" />
        <source>Note</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../depot/backup.py" line="66" />
        <source>Enter true or false.</source>
        <translation>请输入 true 或 false。</translation>
    </message>
    <message>
        <location filename="../../depot/backup.py" line="189" />
        <source>{table}: not in the backup</source>
        <translation>{table}：备份中没有此表</translation>
    </message>
    <message>
        <location filename="../../depot/backup.py" line="191" />
        <source>{table}: missing</source>
        <translation>{table}：缺失</translation>
    </message>
    <message>
        <location filename="../../depot/backup.py" line="193" />
        <source>{table}: {rows} rows, expected {expected} (same count, different content)</source>
        <translation>{table}：{rows} 行，应为 {expected} 行（行数相同，内容不同）</translation>
    </message>
    <message>
        <location filename="../../depot/backup.py" line="197" />
        <source>{table}: {rows} rows, expected {expected}</source>
        <translation>{table}：{rows} 行，应为 {expected} 行</translation>
    </message>
    <message>
        <location filename="../../depot/backup.py" line="243" />
        <source>The manifest {path} is damaged ({error}).</source>
        <translation>清单文件 {path} 已损坏（{error}）。</translation>
    </message>
    <message>
        <location filename="../../depot/backup.py" line="279" />
        <source>{tool} was not found on this computer, so the PostgreSQL database cannot be backed up or restored from here. Install the PostgreSQL client tools (the same version as the server or newer), or run the backup on the database server.</source>
        <translation>本机未找到 {tool}，因此无法在此备份或恢复 PostgreSQL 数据库。请安装 PostgreSQL 客户端工具（版本不低于服务器），或在数据库服务器上执行备份。</translation>
    </message>
    <message>
        <location filename="../../depot/backup.py" line="307" />
        <source>{what} failed: {detail}</source>
        <translation>{what} 失败：{detail}</translation>
    </message>
    <message>
        <location filename="../../depot/backup.py" line="336" />
        <source>{path} already exists: choose a new file name.</source>
        <translation>{path} 已存在：请另选文件名。</translation>
    </message>
    <message>
        <location filename="../../depot/backup.py" line="362" />
        <source>There is no database file at {path}.</source>
        <translation>{path} 处没有数据库文件。</translation>
    </message>
    <message>
        <location filename="../../depot/backup.py" line="373" />
        <source>The copy failed its integrity check ({detail}); the database itself may be damaged.</source>
        <translation>副本未通过完整性检查（{detail}）；数据库本身可能已损坏。</translation>
    </message>
    <message>
        <location filename="../../depot/backup.py" line="432" />
        <source>There is no file {path}.</source>
        <translation>文件 {path} 不存在。</translation>
    </message>
    <message>
        <location filename="../../depot/backup.py" line="441" />
        <source>{path} is not a Depot database (it is empty).</source>
        <translation>{path} 不是 Depot 数据库（文件为空）。</translation>
    </message>
    <message>
        <location filename="../../depot/backup.py" line="450" />
        <source>{path} is damaged ({detail}): it cannot be restored.</source>
        <translation>{path} 已损坏（{detail}）：无法恢复。</translation>
    </message>
    <message>
        <location filename="../../depot/backup.py" line="457" />
        <source>{path} is not a Depot backup (neither an SQLite database nor a PostgreSQL dump).</source>
        <translation>{path} 不是 Depot 备份（既不是 SQLite 数据库，也不是 PostgreSQL 转储文件）。</translation>
    </message>
    <message>
        <location filename="../../depot/backup.py" line="463" />
        <source>The manifest next to {path} describes another file.</source>
        <translation>{path} 旁的清单文件描述的是另一个文件。</translation>
    </message>
    <message>
        <location filename="../../depot/backup.py" line="474" />
        <source>{path} is a PostgreSQL dump, but not of a Depot database.</source>
        <translation>{path} 是 PostgreSQL 转储文件，但不是 Depot 数据库的转储。</translation>
    </message>
    <message>
        <location filename="../../depot/backup.py" line="481" />
        <source>{path} holds no schema version: it is not a usable Depot backup.</source>
        <translation>{path} 不含数据库结构版本：不是可用的 Depot 备份。</translation>
    </message>
    <message>
        <location filename="../../depot/backup.py" line="525" />
        <source>The restored database does not match the backup: {tables}.</source>
        <translation>恢复后的数据库与备份不一致：{tables}。</translation>
    </message>
    <message>
        <location filename="../../depot/backup.py" line="532" />
        <source>An SQLite backup restores into an SQLite file and a PostgreSQL dump into a PostgreSQL database; moving data between the two kinds is not a restore.</source>
        <translation>SQLite 备份只能恢复为 SQLite 文件，PostgreSQL 转储只能恢复到 PostgreSQL 数据库；在两种数据库之间迁移数据不属于恢复操作。</translation>
    </message>
    <message>
        <location filename="../../depot/backup.py" line="545" />
        <source>{path} already exists. Restore into a new file, or replace it (the current file is kept as a copy).</source>
        <translation>{path} 已存在。请恢复到新文件，或选择替换（当前文件将保留一份副本）。</translation>
    </message>
    <message>
        <location filename="../../depot/backup.py" line="585" />
        <source>The database {target} is not empty: a dump is restored only into a new, empty database.</source>
        <translation>数据库 {target} 不为空：转储文件只能恢复到新建的空数据库。</translation>
    </message>
    <message>
        <location filename="../../depot/connection.py" line="83" />
        <source>Enter the server's host name or address.</source>
        <translation>请输入服务器的主机名或地址。</translation>
    </message>
    <message>
        <location filename="../../depot/connection.py" line="85" />
        <source>Enter the database name.</source>
        <translation>请输入数据库名称。</translation>
    </message>
    <message>
        <location filename="../../depot/connection.py" line="87" />
        <source>Enter the database user.</source>
        <translation>请输入数据库用户名。</translation>
    </message>
    <message>
        <location filename="../../depot/connection.py" line="89" />
        <source>The port must be from 1 to 65535.</source>
        <translation>端口必须在 1 到 65535 之间。</translation>
    </message>
    <message>
        <location filename="../../depot/connection.py" line="92" />
        <source>Unknown TLS mode {mode}.</source>
        <translation>未知的 TLS 模式 {mode}。</translation>
    </message>
    <message>
        <location filename="../../depot/connection.py" line="149" />
        <source>The password could not be kept in this computer's credential store ({detail}). Depot never writes passwords to a settings file; set up a credential store, or use a password file (.pgpass).</source>
        <translation>无法将密码保存到本机的凭据存储（{detail}）。Depot 从不将密码写入设置文件；请配置凭据存储，或使用密码文件（.pgpass）。</translation>
    </message>
    <message>
        <location filename="../../depot/connection.py" line="205" />
        <source>The server answers, but it has no database named {name}. Correct the name, or create the database (depot db init --create).</source>
        <translation>服务器有响应，但没有名为 {name} 的数据库。请更正名称，或创建该数据库（depot db init --create）。</translation>
    </message>
    <message>
        <location filename="../../depot/connection.py" line="210" />
        <source>The server refused user {user}: wrong password, unknown user, or this computer is not allowed to connect ({detail}).</source>
        <translation>服务器拒绝了用户 {user}：密码错误、用户不存在，或本机不允许连接（{detail}）。</translation>
    </message>
    <message>
        <location filename="../../depot/connection.py" line="215" />
        <source>The TLS setting does not match the server ({detail}). Choose another TLS mode.</source>
        <translation>TLS 设置与服务器不匹配（{detail}）。请选择其他 TLS 模式。</translation>
    </message>
    <message>
        <location filename="../../depot/connection.py" line="220" />
        <source>Cannot reach {server}: check the host name and port, that the server is running, and the network or firewall ({detail}).</source>
        <translation>无法连接 {server}：请检查主机名和端口、服务器是否正在运行，以及网络或防火墙设置（{detail}）。</translation>
    </message>
    <message>
        <location filename="../../depot/connection.py" line="224" />
        <source>Cannot open {server}: {detail}</source>
        <translation>无法打开 {server}：{detail}</translation>
    </message>
    <message>
        <location filename="../../depot/connection.py" line="258" />
        <source>Connected to {server}. The database is empty: prepare it with depot db init (schema and first manager).</source>
        <translation>已连接到 {server}。数据库为空：请使用 depot db init 进行初始化（创建数据库结构和首位经理）。</translation>
    </message>
    <message>
        <location filename="../../depot/connection.py" line="263" />
        <source>Connected to {server}, but it holds tables that are not a Depot database. Choose another database.</source>
        <translation>已连接到 {server}，但其中的数据表不属于 Depot 数据库。请选择其他数据库。</translation>
    </message>
    <message>
        <location filename="../../depot/connection.py" line="271" />
        <source>Connected to {server}: a Depot database at schema {found}; it will be upgraded to schema {known} when opened (a backup is taken first).</source>
        <translation>已连接到 {server}：Depot 数据库，结构版本 {found}；打开时将升级到结构版本 {known}（升级前会先备份）。</translation>
    </message>
    <message>
        <location filename="../../depot/connection.py" line="275" />
        <source>Connected to {server}: a Depot database, schema {found}, ready.</source>
        <translation>已连接到 {server}：Depot 数据库，结构版本 {found}，可以使用。</translation>
    </message>
    <message>
        <location filename="../../depot/connection.py" line="288" />
        <source>Depot cannot create {path}: the folder is not writable.</source>
        <translation>Depot 无法创建 {path}：该文件夹不可写。</translation>
    </message>
    <message>
        <location filename="../../depot/connection.py" line="291" />
        <source>{path} does not exist yet: a new Depot database will be created there.</source>
        <translation>{path} 尚不存在：将在此处新建 Depot 数据库。</translation>
    </message>
    <message>
        <location filename="../../depot/connection.py" line="301" />
        <source>{path} is empty: Depot will set it up when it opens it.</source>
        <translation>{path} 为空：Depot 打开时将自动完成初始化。</translation>
    </message>
    <message>
        <location filename="../../depot/connection.py" line="330" />
        <source>depot db init prepares a PostgreSQL database; an SQLite file is set up by itself the first time Depot opens it.</source>
        <translation>depot db init 用于初始化 PostgreSQL 数据库；SQLite 文件会在 Depot 首次打开时自动初始化。</translation>
    </message>
    <message>
        <location filename="../../depot/connection.py" line="336" />
        <source>Enter the first manager's name.</source>
        <translation>请输入首位经理的姓名。</translation>
    </message>
    <message>
        <location filename="../../depot/connection.py" line="338" />
        <source>Badge {badge} must look like BDG-1234 (3–20 letters or digits).</source>
        <translation>工牌 {badge} 的格式应类似 BDG-1234（3–20 位字母或数字）。</translation>
    </message>
    <message>
        <location filename="../../depot/connection.py" line="346" />
        <source>{server} already holds a Depot database (schema {found}); nothing was changed.</source>
        <translation>{server} 中已有 Depot 数据库（结构版本 {found}）；未做任何更改。</translation>
    </message>
    <message>
        <location filename="../../depot/connection.py" line="353" />
        <source>{server} is ready: Depot schema {known}, first manager {name} ({badge}).</source>
        <translation>{server} 已就绪：Depot 结构版本 {known}，首位经理 {name}（{badge}）。</translation>
    </message>
    <message>
        <location filename="../../depot/connection.py" line="371" />
        <source>Could not create the database {name}: {detail}</source>
        <translation>无法创建数据库 {name}：{detail}</translation>
    </message>
    <message>
        <location filename="../../depot/db.py" line="66" />
        <source>The SQLite URL names no file (sqlite:///path/to/depot.db).</source>
        <translation>SQLite 地址中未指定文件（sqlite:///path/to/depot.db）。</translation>
    </message>
    <message>
        <location filename="../../depot/db.py" line="78" />
        <source>Unsupported database URL {url!r}: use sqlite:///path/depot.db or postgresql://…</source>
        <translation>不支持的数据库地址 {url!r}：请使用 sqlite:///path/depot.db 或 postgresql://…</translation>
    </message>
    <message>
        <location filename="../../depot/db.py" line="191" />
        <source>Not saved: the connection to the depot server is lost ({reason}). Your input is kept; Depot is reconnecting — try again in a moment.</source>
        <extracomment>PostgreSQL TCP keepalives: a station notices a silently dead link within ~1 min</extracomment>
        <translation>未保存：与维修中心服务器的连接已断开（{reason}）。您输入的内容已保留；Depot 正在重新连接——请稍后重试。</translation>
    </message>
    <message>
        <location filename="../../depot/db.py" line="209" />
        <source>server unreachable</source>
        <translation>服务器无法访问</translation>
    </message>
    <message>
        <location filename="../../depot/db.py" line="221" />
        <source>The depot server stopped answering while saving ({reason}), so this save is not confirmed. Your input is kept; when the connection is back, check whether it was saved before repeating it.</source>
        <translation>保存过程中维修中心服务器停止响应（{reason}），因此无法确认是否已保存。您输入的内容已保留；连接恢复后，请先检查是否已保存，再决定是否重新操作。</translation>
    </message>
    <message>
        <location filename="../../depot/db.py" line="265" />
        <source>No database is open.</source>
        <translation>未打开任何数据库。</translation>
    </message>
    <message>
        <location filename="../../depot/db.py" line="297" />
        <source>{path} is not a Depot database.</source>
        <translation>{path} 不是 Depot 数据库。</translation>
    </message>
    <message>
        <location filename="../../depot/db.py" line="302" />
        <source>{path} is not a Depot database ({detail}).</source>
        <translation>{path} 不是 Depot 数据库（{detail}）。</translation>
    </message>
    <message>
        <location filename="../../depot/db.py" line="388" />
        <source>This record was deleted by someone else — reload.</source>
        <translation>此记录已被他人删除——请重新加载。</translation>
    </message>
    <message>
        <location filename="../../depot/db.py" line="392" />
        <source>Changed by {who} at {when} — reload and try again.</source>
        <translation>已于 {when} 被 {who} 修改——请重新加载后再试。</translation>
    </message>
    <message>
        <location filename="../../depot/settings.py" line="52" />
        <source>Unknown setting {key}.</source>
        <translation>未知的设置项 {key}。</translation>
    </message>
    <message>
        <location filename="../../depot/settings.py" line="68" />
        <source>Enter a whole number from {low} to {high}.</source>
        <translation>请输入 {low} 到 {high} 之间的整数。</translation>
    </message>
    <message>
        <location filename="../../depot/settings.py" line="78" />
        <source>This setting cannot be empty.</source>
        <translation>此设置项不能为空。</translation>
    </message>
    <message>
        <location filename="../../depot/settings.py" line="85" />
        <source>change the setting {label}</source>
        <translation>修改设置项“{label}”</translation>
    </message>
    <message>
        <location filename="../../exports/reports.py" line="251" />
        <source>Choose a month.</source>
        <extracomment>RMA states in which the clock waits on the customer (DOMAIN §8: SLA clocks pause) states of an RMA that went back repaired (a repeat of it is a repeat repair) turnaround histogram: upper bounds in days (the last bucket is "more")</extracomment>
        <translation>请选择月份。</translation>
    </message>
    <message>
        <location filename="../../inventory/catalogue.py" line="53" />
        <location filename="../../rma/units.py" line="92" />
        <source>an RMA number</source>
        <extracomment>loaner classes are ranked 1 (basic) upwards; more than this is a typo who may register units and edit models (managers always may) what a scan is instead of a serial, translated when used (context "Errors")</extracomment>
        <translation>维修单号</translation>
    </message>
    <message>
        <location filename="../../inventory/catalogue.py" line="54" />
        <location filename="../../rma/units.py" line="93" />
        <source>a handover number</source>
        <translation>交接单号</translation>
    </message>
    <message>
        <location filename="../../inventory/catalogue.py" line="55" />
        <location filename="../../rma/units.py" line="94" />
        <source>an operator badge</source>
        <translation>操作员工牌</translation>
    </message>
    <message>
        <location filename="../../inventory/catalogue.py" line="56" />
        <location filename="../../rma/units.py" line="95" />
        <source>a loaner number</source>
        <translation>备用机编号</translation>
    </message>
    <message>
        <location filename="../../inventory/catalogue.py" line="169" />
        <source>Enter a part number (P- followed by letters or digits).</source>
        <translation>请输入备件号（P- 后接字母或数字）。</translation>
    </message>
    <message>
        <location filename="../../inventory/catalogue.py" line="180" />
        <source>{text} cannot be a part number: use P- followed by 1 to 30 letters, digits, dashes, dots or slashes (e.g. P-PSU-450).</source>
        <translation>{text} 不是有效的备件号：请使用 P- 后接 1 到 30 个字母、数字、短横线、点或斜杠（例如 P-PSU-450）。</translation>
    </message>
    <message>
        <location filename="../../inventory/catalogue.py" line="190" />
        <source>Scan or type the supplier's barcode.</source>
        <translation>请扫描或输入供应商条码。</translation>
    </message>
    <message>
        <location filename="../../inventory/catalogue.py" line="204" />
        <source>{code} is one of our part numbers, not a supplier barcode.</source>
        <translation>{code} 是本公司的备件号，不是供应商条码。</translation>
    </message>
    <message>
        <location filename="../../inventory/catalogue.py" line="209" />
        <source>{code} is {kind}, not a supplier barcode.</source>
        <translation>{code} 是{kind}，不是供应商条码。</translation>
    </message>
    <message>
        <location filename="../../inventory/catalogue.py" line="216" />
        <source>This GS1 barcode carries no product number (01).</source>
        <translation>此 GS1 条码不含产品编码（01）。</translation>
    </message>
    <message>
        <location filename="../../inventory/catalogue.py" line="225" />
        <source>{text} cannot be a bin code: use 1 to 20 letters, digits or dashes (e.g. A-01-03).</source>
        <translation>{text} 不是有效的库位编码：请使用 1 到 20 个字母、数字或短横线（例如 A-01-03）。</translation>
    </message>
    <message>
        <location filename="../../inventory/catalogue.py" line="235" />
        <location filename="../../rma/feedback.py" line="111" />
        <source>Enter the {what}.</source>
        <translation>请填写{what}。</translation>
    </message>
    <message>
        <location filename="../../inventory/catalogue.py" line="238" />
        <source>The {what} is too long (at most {limit} characters).</source>
        <translation>{what}过长（最多 {limit} 个字符）。</translation>
    </message>
    <message>
        <location filename="../../inventory/catalogue.py" line="256" />
        <source>Model {model}… is too long (at most 60 characters).</source>
        <translation>型号 {model}… 过长（最多 60 个字符）。</translation>
    </message>
    <message>
        <location filename="../../inventory/catalogue.py" line="262" />
        <source>At most {n} compatible models per part.</source>
        <translation>每个备件最多 {n} 个适用型号。</translation>
    </message>
    <message>
        <location filename="../../inventory/catalogue.py" line="272" />
        <source>The reorder point must be a whole number from 0 to 100,000.</source>
        <translation>再订货点必须是 0 到 100,000 之间的整数。</translation>
    </message>
    <message>
        <location filename="../../inventory/catalogue.py" line="281" />
        <source>Enter the unit of measure (pc, set, m…), at most 12 characters.</source>
        <translation>请填写计量单位（pc、set、m…），最多 12 个字符。</translation>
    </message>
    <message>
        <location filename="../../inventory/catalogue.py" line="301" />
        <source>Part #{id} does not exist (deleted?). Reload the list.</source>
        <translation>备件 #{id} 不存在（可能已被删除）。请重新加载列表。</translation>
    </message>
    <message>
        <location filename="../../inventory/catalogue.py" line="307" />
        <source>Choose a part.</source>
        <translation>请选择备件。</translation>
    </message>
    <message>
        <location filename="../../inventory/catalogue.py" line="321" />
        <source>No part has the number {code}. Check the label or the catalogue.</source>
        <translation>没有备件号为 {code} 的备件。请核对标签或备件目录。</translation>
    </message>
    <message>
        <location filename="../../inventory/catalogue.py" line="327" />
        <source>{code} is {kind}, not a part. Scan the part's label.</source>
        <translation>{code} 是{kind}，不是备件。请扫描备件标签。</translation>
    </message>
    <message>
        <location filename="../../inventory/catalogue.py" line="339" />
        <source>No part is known by the barcode {code}. Scan our P-… label, or map this barcode to its part in the catalogue.</source>
        <translation>没有与条码 {code} 对应的备件。请扫描本公司的 P-… 标签，或在备件目录中将此条码关联到对应备件。</translation>
    </message>
    <message>
        <location filename="../../inventory/catalogue.py" line="350" />
        <source>No bin has the code {code}.</source>
        <translation>没有编码为 {code} 的库位。</translation>
    </message>
    <message>
        <location filename="../../inventory/catalogue.py" line="363" />
        <source>Bin #{id} does not exist.</source>
        <translation>库位 #{id} 不存在。</translation>
    </message>
    <message>
        <location filename="../../inventory/catalogue.py" line="505" />
        <source>add bins</source>
        <translation>添加库位</translation>
    </message>
    <message>
        <location filename="../../inventory/catalogue.py" line="511" />
        <source>Bin {code} already exists.</source>
        <translation>库位 {code} 已存在。</translation>
    </message>
    <message>
        <location filename="../../inventory/catalogue.py" line="522" />
        <source>add suppliers</source>
        <translation>添加供应商</translation>
    </message>
    <message>
        <location filename="../../inventory/catalogue.py" line="523" />
        <source>supplier's name</source>
        <translation>供应商名称</translation>
    </message>
    <message>
        <location filename="../../inventory/catalogue.py" line="527" />
        <source>Supplier {name} already exists.</source>
        <translation>供应商 {name} 已存在。</translation>
    </message>
    <message>
        <location filename="../../inventory/catalogue.py" line="557" />
        <source>add parts</source>
        <translation>添加备件</translation>
    </message>
    <message>
        <location filename="../../inventory/catalogue.py" line="559" />
        <location filename="../../inventory/catalogue.py" line="632" />
        <source>part's name</source>
        <translation>备件名称</translation>
    </message>
    <message>
        <location filename="../../inventory/catalogue.py" line="568" />
        <source>Part {number} already exists.</source>
        <translation>备件 {number} 已存在。</translation>
    </message>
    <message>
        <location filename="../../inventory/catalogue.py" line="601" />
        <source>Barcode {code} already belongs to {part}.</source>
        <translation>条码 {code} 已关联到 {part}。</translation>
    </message>
    <message>
        <location filename="../../inventory/catalogue.py" line="623" />
        <source>edit parts</source>
        <translation>编辑备件</translation>
    </message>
    <message>
        <location filename="../../inventory/catalogue.py" line="627" />
        <source>These part fields cannot be edited: {fields}.</source>
        <translation>以下备件字段不能编辑：{fields}。</translation>
    </message>
    <message>
        <location filename="../../inventory/catalogue.py" line="679" />
        <source>map barcodes</source>
        <translation>关联条码</translation>
    </message>
    <message>
        <location filename="../../inventory/catalogue.py" line="692" />
        <source>unmap barcodes</source>
        <translation>取消条码关联</translation>
    </message>
    <message>
        <location filename="../../inventory/catalogue.py" line="698" />
        <source>Barcode {code} is not mapped to any part.</source>
        <translation>条码 {code} 未关联任何备件。</translation>
    </message>
    <message>
        <location filename="../../inventory/counting.py" line="66" />
        <source>Count #{id} does not exist.</source>
        <translation>盘点 #{id} 不存在。</translation>
    </message>
    <message>
        <location filename="../../inventory/counting.py" line="74" />
        <source>Count #{id} is {status}; it can no longer be changed.</source>
        <translation>盘点 #{id} 状态为 {status}，不能再修改。</translation>
    </message>
    <message>
        <location filename="../../inventory/counting.py" line="82" />
        <location filename="../../inventory/counting.py" line="145" />
        <location filename="../../inventory/counting.py" line="160" />
        <source>count stock</source>
        <translation>盘点库存</translation>
    </message>
    <message>
        <location filename="../../inventory/counting.py" line="86" />
        <source>Scan the bin to count.</source>
        <translation>请扫描要盘点的库位。</translation>
    </message>
    <message>
        <location filename="../../inventory/counting.py" line="94" />
        <source>Bin {bin} is already being counted (count #{id}); continue that count.</source>
        <translation>库位 {bin} 正在盘点中（盘点 #{id}）：请继续该盘点。</translation>
    </message>
    <message>
        <location filename="../../inventory/counting.py" line="111" />
        <source>{part} has no bin in the catalogue; assign it to {bin} first, then count it.</source>
        <translation>{part} 在备件目录中没有库位：请先将其分配到 {bin}，再进行盘点。</translation>
    </message>
    <message>
        <location filename="../../inventory/counting.py" line="115" />
        <source>{part} belongs in bin {home}, not {bin}: put it back and count it there, or move it to {bin} in the catalogue first.</source>
        <translation>{part} 应存放在库位 {home}，而不是 {bin}：请将其放回原库位并在那里盘点，或先在备件目录中将其库位改为 {bin}。</translation>
    </message>
    <message>
        <location filename="../../inventory/counting.py" line="236" />
        <source>post counts</source>
        <translation>盘点过账</translation>
    </message>
    <message>
        <location filename="../../inventory/counting.py" line="255" />
        <location filename="../../inventory/counting.py" line="403" />
        <source>approve stock write-offs</source>
        <translation>审批库存报损</translation>
    </message>
    <message>
        <location filename="../../inventory/counting.py" line="259" />
        <source>Count #{id} is not waiting for approval.</source>
        <translation>盘点 #{id} 不在待审批状态。</translation>
    </message>
    <message>
        <location filename="../../inventory/counting.py" line="282" />
        <source>Count #{id} cannot be posted: {part} is short by {n}, but {detail} Release the reservations of the missing pieces first.</source>
        <translation>盘点 #{id} 无法过账：{part} 盘亏 {n} 件，但{detail}请先释放这些缺失件的预留。</translation>
    </message>
    <message>
        <location filename="../../inventory/counting.py" line="304" />
        <source>cancelling the count</source>
        <translation>取消盘点</translation>
    </message>
    <message>
        <location filename="../../inventory/counting.py" line="308" />
        <source>refuse counts</source>
        <translation>驳回盘点</translation>
    </message>
    <message>
        <location filename="../../inventory/counting.py" line="310" />
        <source>cancel counts</source>
        <translation>取消盘点</translation>
    </message>
    <message>
        <location filename="../../inventory/counting.py" line="376" />
        <source>adjust stock</source>
        <translation>调整库存</translation>
    </message>
    <message>
        <location filename="../../inventory/counting.py" line="378" />
        <location filename="../../inventory/rules.py" line="123" />
        <source>an adjustment</source>
        <translation>库存调整</translation>
    </message>
    <message>
        <location filename="../../inventory/counting.py" line="384" />
        <source>scrap stock</source>
        <translation>报废库存</translation>
    </message>
    <message>
        <location filename="../../inventory/counting.py" line="386" />
        <source>scrapping</source>
        <translation>报废</translation>
    </message>
    <message>
        <location filename="../../inventory/counting.py" line="394" />
        <source>Adjustment #{id} does not exist.</source>
        <translation>库存调整 #{id} 不存在。</translation>
    </message>
    <message>
        <location filename="../../inventory/counting.py" line="396" />
        <source>Adjustment #{id} was already decided ({status}).</source>
        <translation>库存调整 #{id} 已处理（{status}）。</translation>
    </message>
    <message>
        <location filename="../../inventory/counting.py" line="417" />
        <source>refuse stock write-offs</source>
        <translation>驳回库存报损</translation>
    </message>
    <message>
        <location filename="../../inventory/counting.py" line="418" />
        <source>refusing the write-off</source>
        <translation>驳回报损</translation>
    </message>
    <message>
        <location filename="../../inventory/exchange.py" line="84" />
        <source>ship advance exchanges</source>
        <translation>发出先发配件</translation>
    </message>
    <message>
        <location filename="../../inventory/exchange.py" line="110" />
        <source>Core #{id} does not exist.</source>
        <translation>旧件 #{id} 不存在。</translation>
    </message>
    <message>
        <location filename="../../inventory/exchange.py" line="123" />
        <source>book cores back</source>
        <translation>登记旧件返回</translation>
    </message>
    <message>
        <location filename="../../inventory/exchange.py" line="128" />
        <source>The core for {reference} was already booked back on {day}.</source>
        <translation>{reference} 的旧件已于 {day} 登记返回。</translation>
    </message>
    <message>
        <location filename="../../inventory/exchange.py" line="152" />
        <source>The core for {reference} was just booked back at another station.</source>
        <translation>{reference} 的旧件刚刚在另一工作站登记返回。</translation>
    </message>
    <message>
        <location filename="../../inventory/loaners.py" line="119" />
        <source>{code} is not a loaner tag: loaner tags look like LN-0007.</source>
        <translation>{code} 不是备用机编号：备用机编号格式如 LN-0007。</translation>
    </message>
    <message>
        <location filename="../../inventory/loaners.py" line="128" />
        <source>Enter {what}.</source>
        <translation>请填写{what}。</translation>
    </message>
    <message>
        <location filename="../../inventory/loaners.py" line="131" />
        <location filename="../../rma/intake.py" line="366" />
        <location filename="../../rma/loans.py" line="219" />
        <location filename="../../rma/quotes.py" line="316" />
        <source>{what} is too long (at most {n} characters).</source>
        <translation>{what}过长（最多 {n} 个字符）。</translation>
    </message>
    <message>
        <location filename="../../inventory/loaners.py" line="140" />
        <source>The loaner class must be a whole number from 1 to {n}.</source>
        <translation>备用机等级必须是 1 到 {n} 之间的整数。</translation>
    </message>
    <message>
        <location filename="../../inventory/loaners.py" line="148" />
        <source>The cost value must be an exact amount.</source>
        <translation>成本价值必须是精确金额。</translation>
    </message>
    <message>
        <location filename="../../inventory/loaners.py" line="150" />
        <source>The cost value cannot be negative.</source>
        <translation>成本价值不能为负数。</translation>
    </message>
    <message>
        <location filename="../../inventory/loaners.py" line="152" />
        <source>The cost value is not plausible.</source>
        <translation>成本价值不合理，请核对。</translation>
    </message>
    <message>
        <location filename="../../inventory/loaners.py" line="161" />
        <source>Unknown condition grade {grade}: use 1 (as new), 2 (good) or 3 (fair).</source>
        <translation>未知的成色等级 {grade}：请使用 1（全新）、2（良好）或 3（一般）。</translation>
    </message>
    <message>
        <location filename="../../inventory/loaners.py" line="176" />
        <source>An accessory needs a name.</source>
        <translation>请填写附件名称。</translation>
    </message>
    <message>
        <location filename="../../inventory/loaners.py" line="179" />
        <source>Accessory name {name} is too long (at most {n} characters).</source>
        <translation>附件名称 {name} 过长（最多 {n} 个字符）。</translation>
    </message>
    <message>
        <location filename="../../inventory/loaners.py" line="185" />
        <source>At most {n} accessories per loaner.</source>
        <translation>每台备用机最多 {n} 个附件。</translation>
    </message>
    <message>
        <location filename="../../inventory/loaners.py" line="191" />
        <source>a description</source>
        <translation>说明</translation>
    </message>
    <message>
        <location filename="../../inventory/loaners.py" line="192" />
        <source>The serial</source>
        <translation>出厂编号</translation>
    </message>
    <message>
        <location filename="../../inventory/loaners.py" line="195" />
        <source>The location</source>
        <translation>存放位置</translation>
    </message>
    <message>
        <location filename="../../inventory/loaners.py" line="197" />
        <source>The condition notes</source>
        <translation>状况备注</translation>
    </message>
    <message>
        <location filename="../../inventory/loaners.py" line="207" />
        <source>These loaner fields cannot be edited here: {names}.</source>
        <translation>以下备用机字段不能在此编辑：{names}。</translation>
    </message>
    <message>
        <location filename="../../inventory/loaners.py" line="223" />
        <source>No loaner has id {id}.</source>
        <translation>没有 ID 为 {id} 的备用机。</translation>
    </message>
    <message>
        <location filename="../../inventory/loaners.py" line="228" />
        <source>No loaner is tagged {code}.</source>
        <translation>没有编号为 {code} 的备用机。</translation>
    </message>
    <message>
        <location filename="../../inventory/loaners.py" line="275" />
        <source>add loaners</source>
        <translation>添加备用机</translation>
    </message>
    <message>
        <location filename="../../inventory/loaners.py" line="286" />
        <location filename="../../inventory/loaners.py" line="295" />
        <source>Loaner {code} already exists.</source>
        <translation>备用机 {code} 已存在。</translation>
    </message>
    <message>
        <location filename="../../inventory/loaners.py" line="313" />
        <source>edit loaners</source>
        <translation>编辑备用机</translation>
    </message>
    <message>
        <location filename="../../inventory/loaners.py" line="319" />
        <source>Loaner {code} is retired and can no longer be edited.</source>
        <translation>备用机 {code} 已报废，不能再编辑。</translation>
    </message>
    <message>
        <location filename="../../inventory/loaners.py" line="332" />
        <source>send loaners to service</source>
        <translation>将备用机送检修</translation>
    </message>
    <message>
        <location filename="../../inventory/loaners.py" line="333" />
        <source>what the service is for</source>
        <translation>检修事由</translation>
    </message>
    <message>
        <location filename="../../inventory/loaners.py" line="348" />
        <source>return loaners from service</source>
        <translation>登记备用机检修完成</translation>
    </message>
    <message>
        <location filename="../../inventory/loaners.py" line="356" />
        <source>The note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../inventory/loaners.py" line="367" />
        <source>retire loaners</source>
        <translation>报废备用机</translation>
    </message>
    <message>
        <location filename="../../inventory/loaners.py" line="368" />
        <source>the reason for retiring the loaner</source>
        <translation>备用机报废原因</translation>
    </message>
    <message>
        <location filename="../../inventory/loaners.py" line="400" />
        <location filename="../../rma/loans.py" line="264" />
        <source>lend loaners</source>
        <translation>借出备用机</translation>
    </message>
    <message>
        <location filename="../../inventory/loaners.py" line="401" />
        <source>the borrower's reference</source>
        <translation>借用方单号</translation>
    </message>
    <message>
        <location filename="../../inventory/loaners.py" line="424" />
        <location filename="../../rma/loans.py" line="389" />
        <source>take loaners back</source>
        <translation>收回备用机</translation>
    </message>
    <message>
        <location filename="../../inventory/loaners.py" line="451" />
        <source>Loaner {code} is already out ({ref}).</source>
        <translation>备用机 {code} 已借出（{ref}）。</translation>
    </message>
    <message>
        <location filename="../../inventory/loaners.py" line="454" />
        <source>Loaner {code} is retired and cannot be lent.</source>
        <translation>备用机 {code} 已报废，不能借出。</translation>
    </message>
    <message>
        <location filename="../../inventory/loaners.py" line="456" />
        <source>Loaner {code} is in service (being checked or repaired) and cannot be lent until it is returned to the pool.</source>
        <translation>备用机 {code} 正在检修（检查或维修中），归还备用机池之前不能借出。</translation>
    </message>
    <message>
        <location filename="../../inventory/loaners.py" line="462" />
        <source>Loaner {code} is not out (it is {status}): there is nothing to take back.</source>
        <translation>备用机 {code} 未借出（当前状态：{status}），无需收回。</translation>
    </message>
    <message>
        <location filename="../../inventory/loaners.py" line="474" />
        <source>Loaner {code} is out ({ref}): take it back before retiring it.</source>
        <translation>备用机 {code} 已借出（{ref}）：请先收回，再报废。</translation>
    </message>
    <message>
        <location filename="../../inventory/loaners.py" line="476" />
        <source>Loaner {code} is {status}: this cannot be done now.</source>
        <translation>备用机 {code} 当前状态为“{status}”，暂不能执行此操作。</translation>
    </message>
    <message>
        <location filename="../../inventory/loaners.py" line="502" />
        <source>Loaner {code} was changed by another station — try again.</source>
        <translation>备用机 {code} 已被另一工作站修改——请重试。</translation>
    </message>
    <message>
        <location filename="../../inventory/loaners.py" line="548" />
        <location filename="../../rma/shipping_reports.py" line="73" />
        <source>The period must end after it starts.</source>
        <translation>结束日期不能早于开始日期。</translation>
    </message>
    <message>
        <location filename="../../inventory/receiving.py" line="67" />
        <source>Supplier {name} is not in the list; add it first.</source>
        <translation>供应商 {name} 不在列表中：请先添加。</translation>
    </message>
    <message>
        <location filename="../../inventory/receiving.py" line="78" />
        <source>Delivery #{id} does not exist.</source>
        <translation>到货记录 #{id} 不存在。</translation>
    </message>
    <message>
        <location filename="../../inventory/receiving.py" line="86" />
        <source>Lot #{id} does not exist.</source>
        <translation>批次 #{id} 不存在。</translation>
    </message>
    <message>
        <location filename="../../inventory/receiving.py" line="95" />
        <location filename="../../inventory/receiving.py" line="179" />
        <source>receive deliveries</source>
        <translation>办理到货入库</translation>
    </message>
    <message>
        <location filename="../../inventory/receiving.py" line="98" />
        <source>Enter the delivery note number.</source>
        <translation>请填写送货单号。</translation>
    </message>
    <message>
        <location filename="../../inventory/receiving.py" line="101" />
        <source>The delivery note number is too long (at most 60 characters).</source>
        <translation>送货单号过长（最多 60 个字符）。</translation>
    </message>
    <message>
        <location filename="../../inventory/receiving.py" line="104" />
        <source>Enter the delivery date.</source>
        <translation>请填写送货日期。</translation>
    </message>
    <message>
        <location filename="../../inventory/receiving.py" line="111" />
        <source>Delivery note {number} of {supplier} was already received.</source>
        <translation>{supplier} 的送货单 {number} 已收货。</translation>
    </message>
    <message>
        <location filename="../../inventory/receiving.py" line="157" />
        <source>Unknown document {name}.</source>
        <translation>未知的随货文件 {name}。</translation>
    </message>
    <message>
        <location filename="../../inventory/receiving.py" line="180" />
        <source>Quantity on the delivery note</source>
        <translation>送货单数量</translation>
    </message>
    <message>
        <location filename="../../inventory/receiving.py" line="181" />
        <source>Quantity counted</source>
        <translation>实收数量</translation>
    </message>
    <message>
        <location filename="../../inventory/receiving.py" line="182" />
        <source>Unit cost</source>
        <translation>单位成本</translation>
    </message>
    <message>
        <location filename="../../inventory/receiving.py" line="189" />
        <source>{part} is discontinued; reactivate it in the catalogue to receive it.</source>
        <translation>{part} 已停用：如需收货，请先在备件目录中重新启用。</translation>
    </message>
    <message>
        <location filename="../../inventory/receiving.py" line="237" />
        <source>Lot #{id} is not in quarantine (it is {status}).</source>
        <translation>批次 #{id} 不在隔离状态（当前为 {status}）。</translation>
    </message>
    <message>
        <location filename="../../inventory/receiving.py" line="245" />
        <source>return lots to suppliers</source>
        <translation>将批次退回供应商</translation>
    </message>
    <message>
        <location filename="../../inventory/receiving.py" line="246" />
        <source>the return to the supplier</source>
        <translation>退回供应商</translation>
    </message>
    <message>
        <location filename="../../inventory/receiving.py" line="262" />
        <source>release lots from quarantine</source>
        <translation>解除批次隔离</translation>
    </message>
    <message>
        <location filename="../../inventory/receiving.py" line="263" />
        <source>releasing the lot</source>
        <translation>放行该批次</translation>
    </message>
    <message>
        <location filename="../../inventory/receiving.py" line="268" />
        <source>Lot #{id} has no pieces counted; there is nothing to put into stock.</source>
        <translation>批次 #{id} 的实收数量为 0，没有可入库的备件。</translation>
    </message>
    <message>
        <location filename="../../inventory/rules.py" line="58" />
        <location filename="../../rma/quote_math.py" line="75" />
        <source>Quantity</source>
        <extracomment>free-text references (RMA number, delivery note) are short codes, not essays</extracomment>
        <translation>数量</translation>
    </message>
    <message>
        <location filename="../../inventory/rules.py" line="62" />
        <source>{what} must be a whole number of pieces, not {value}.</source>
        <translation>{what}必须是整数件数，不能是 {value}。</translation>
    </message>
    <message>
        <location filename="../../inventory/rules.py" line="66" />
        <source>{what} must be a whole number of pieces.</source>
        <translation>{what}必须是整数件数。</translation>
    </message>
    <message>
        <location filename="../../inventory/rules.py" line="71" />
        <source>{what} must be at least 1 piece.</source>
        <translation>{what}至少为 1 件。</translation>
    </message>
    <message>
        <location filename="../../inventory/rules.py" line="75" />
        <source>{what} cannot be negative ({qty}). Enter the number of pieces; to bring pieces back use Return.</source>
        <translation>{what}不能为负数（{qty}）。请输入件数；如需退回备件，请使用“退库”。</translation>
    </message>
    <message>
        <location filename="../../inventory/rules.py" line="80" />
        <source>{qty} pieces in one move is not plausible (at most {most}). Check the number — was a barcode scanned into the quantity field?</source>
        <translation>单次变动 {qty} 件不合理（最多 {most} 件）。请核对数量——是否把条码扫进了数量栏？</translation>
    </message>
    <message>
        <location filename="../../inventory/rules.py" line="89" />
        <source>Counted quantity</source>
        <translation>实盘数量</translation>
    </message>
    <message>
        <location filename="../../inventory/rules.py" line="97" />
        <source>Adjustment</source>
        <translation>调整</translation>
    </message>
    <message>
        <location filename="../../inventory/rules.py" line="108" />
        <source>Enter a reference (RMA number, delivery note…) for this move.</source>
        <translation>请为此次库存变动填写凭证号（维修单号、送货单号…）。</translation>
    </message>
    <message>
        <location filename="../../inventory/rules.py" line="112" />
        <source>The reference is {n} characters long; at most {most}.</source>
        <translation>凭证号长度为 {n} 个字符，最多允许 {most} 个。</translation>
    </message>
    <message>
        <location filename="../../inventory/rules.py" line="127" />
        <source>Enter a reason for {what} (at least 3 characters).</source>
        <translation>请填写{what}的原因（至少 3 个字符）。</translation>
    </message>
    <message>
        <location filename="../../inventory/rules.py" line="132" />
        <source>The reason is too long (at most 500 characters).</source>
        <translation>原因过长（最多 500 个字符）。</translation>
    </message>
    <message>
        <location filename="../../inventory/rules.py" line="164" />
        <source>Enter the cut-off as HH:MM, e.g. 14:00.</source>
        <translation>请按 HH:MM 格式输入截止时间，例如 14:00。</translation>
    </message>
    <message>
        <location filename="../../inventory/stock.py" line="71" />
        <source>Other stations are changing this part's stock right now; try again.</source>
        <extracomment>moves that hand pieces to a job and take them back (what `issued_to` nets) moves that count as consumption in the reports</extracomment>
        <translation>其他工作站正在修改此备件的库存，请稍后重试。</translation>
    </message>
    <message>
        <location filename="../../inventory/stock.py" line="226" />
        <source>{part} has never been received, so it has no cost price yet. Receive a delivery of it first.</source>
        <translation>{part} 从未入库，尚无成本价。请先办理该备件的到货入库。</translation>
    </message>
    <message>
        <location filename="../../inventory/stock.py" line="241" />
        <source>{part} may be charged at most {cap} per {unit} (its initial price), not {price}.</source>
        <translation>{part} 每 {unit} 最多收费 {cap}（其初始价格），不能按 {price} 收费。</translation>
    </message>
    <message>
        <location filename="../../inventory/stock.py" line="331" />
        <source>Only {n} left of {part}.</source>
        <translation>{part} 仅剩 {n} 件可用。</translation>
    </message>
    <message>
        <location filename="../../inventory/stock.py" line="333" />
        <source>{on_hand} on hand, {reserved} reserved for other jobs.</source>
        <translation>在库 {on_hand} 件，其中 {reserved} 件已为其他维修单预留。</translation>
    </message>
    <message>
        <location filename="../../inventory/stock.py" line="336" />
        <source>Asked for {qty}.</source>
        <translation>需求 {qty} 件。</translation>
    </message>
    <message>
        <location filename="../../inventory/stock.py" line="387" />
        <location filename="../../inventory/stock.py" line="403" />
        <source>{part} has no stock record; reload the catalogue.</source>
        <translation>{part} 没有库存记录：请重新加载备件目录。</translation>
    </message>
    <message>
        <location filename="../../inventory/stock.py" line="435" />
        <source>reserve parts</source>
        <translation>预留备件</translation>
    </message>
    <message>
        <location filename="../../inventory/stock.py" line="458" />
        <source>release reservations</source>
        <translation>释放预留</translation>
    </message>
    <message>
        <location filename="../../inventory/stock.py" line="500" />
        <location filename="../../rma/parts.py" line="98" />
        <source>issue parts</source>
        <translation>领用备件</translation>
    </message>
    <message>
        <location filename="../../inventory/stock.py" line="524" />
        <location filename="../../rma/parts.py" line="152" />
        <source>return parts</source>
        <translation>备件退库</translation>
    </message>
    <message>
        <location filename="../../inventory/stock.py" line="533" />
        <source>No {part} was issued to {reference}; nothing to return.</source>
        <translation>{reference} 未领用 {part}，无需退库。</translation>
    </message>
    <message>
        <location filename="../../inventory/stock.py" line="538" />
        <source>{reference} holds {n} of {part} (issued and not yet returned); cannot return {qty}.</source>
        <translation>{reference} 持有 {part} {n} 件（已领用未退库），不能退库 {qty} 件。</translation>
    </message>
    <message>
        <location filename="../../rma/bench.py" line="72" />
        <source>Unknown queue {which!r}: use mine, unassigned, overdue or all.</source>
        <translation>未知的队列 {which!r}：请使用 mine、unassigned、overdue 或 all。</translation>
    </message>
    <message>
        <location filename="../../rma/diagnosis.py" line="85" />
        <source>Enter at least one fault cause.</source>
        <extracomment>English labels chosen to translate to one clear Chinese term each (the zh label is kept next to them for the sheet and the translator's reference)</extracomment>
        <translation>请至少填写一个故障原因。</translation>
    </message>
    <message>
        <location filename="../../rma/diagnosis.py" line="91" />
        <location filename="../../rma/diagnosis.py" line="96" />
        <source>Each fault cause needs a code and a label.</source>
        <translation>每个故障原因都需要填写代码和名称。</translation>
    </message>
    <message>
        <location filename="../../rma/diagnosis.py" line="98" />
        <source>Fault cause code {code!r}: use up to 40 letters, digits and underscores.</source>
        <translation>故障原因代码 {code!r} 无效：最多 40 个字符，只能使用字母、数字和下划线。</translation>
    </message>
    <message>
        <location filename="../../rma/diagnosis.py" line="103" />
        <source>Fault cause code {code!r} appears twice.</source>
        <translation>故障原因代码 {code!r} 重复。</translation>
    </message>
    <message>
        <location filename="../../rma/diagnosis.py" line="170" />
        <source>Write down what you found.</source>
        <translation>请填写诊断结果。</translation>
    </message>
    <message>
        <location filename="../../rma/diagnosis.py" line="173" />
        <source>The findings are too long (at most {n} characters).</source>
        <translation>诊断结果过长（最多 {n} 个字符）。</translation>
    </message>
    <message>
        <location filename="../../rma/diagnosis.py" line="178" />
        <source>Unknown fault cause {code!r}: pick one from the list (a manager maintains it).</source>
        <translation>未知的故障原因 {code!r}：请从列表中选择（列表由经理维护）。</translation>
    </message>
    <message>
        <location filename="../../rma/diagnosis.py" line="199" />
        <source>Cannot record an exclusion on an RMA that is {state}: exclusions are recorded during diagnosis.</source>
        <translation>维修单状态为 {state}，无法登记不予保修：不予保修只能在诊断阶段登记。</translation>
    </message>
    <message>
        <location filename="../../rma/diagnosis.py" line="202" />
        <source>Cannot withdraw an exclusion on an RMA that is {state}: exclusions are recorded during diagnosis.</source>
        <translation>维修单状态为 {state}，无法撤销不予保修：不予保修只能在诊断阶段处理。</translation>
    </message>
    <message>
        <location filename="../../rma/diagnosis.py" line="258" />
        <source>record a warranty exclusion</source>
        <translation>登记不予保修</translation>
    </message>
    <message>
        <location filename="../../rma/diagnosis.py" line="270" />
        <source>withdraw a warranty exclusion</source>
        <translation>撤销不予保修</translation>
    </message>
    <message>
        <location filename="../../rma/diagnosis.py" line="274" />
        <source>Say why the exclusion is withdrawn (it is audited).</source>
        <translation>请说明撤销不予保修的原因（将记录审计日志）。</translation>
    </message>
    <message>
        <location filename="../../rma/diagnosis.py" line="277" />
        <source>No exclusion is recorded on this RMA.</source>
        <translation>此维修单未登记不予保修。</translation>
    </message>
    <message>
        <location filename="../../rma/diagnosis.py" line="297" />
        <location filename="../../rma/diagnosis.py" line="328" />
        <source>list needed parts</source>
        <translation>登记所需备件</translation>
    </message>
    <message>
        <location filename="../../rma/diagnosis.py" line="302" />
        <source>Enter the part number.</source>
        <translation>请输入备件号。</translation>
    </message>
    <message>
        <location filename="../../rma/diagnosis.py" line="305" />
        <location filename="../../rma/parts.py" line="87" />
        <source>The quantity must be a whole number from 1 to 10,000.</source>
        <translation>数量必须是 1 到 10,000 之间的整数。</translation>
    </message>
    <message>
        <location filename="../../rma/diagnosis.py" line="314" />
        <source>{rma} is {state}: it needs no more parts.</source>
        <translation>{rma} 状态为 {state}：不再需要备件。</translation>
    </message>
    <message>
        <location filename="../../rma/diagnosis.py" line="334" />
        <source>This needed part is already gone — reload.</source>
        <translation>此所需备件已被删除——请重新加载。</translation>
    </message>
    <message>
        <location filename="../../rma/feedback.py" line="96" />
        <location filename="../../rma/handover.py" line="367" />
        <location filename="../../rma/loans.py" line="205" />
        <location filename="../../rma/shipping.py" line="148" />
        <location filename="../../rma/workflow.py" line="135" />
        <source>RMA {rma} does not exist.</source>
        <extracomment>who may do what (a manager may do everything); shown when an operator may not RmaEvent kinds written besides the action names themselves</extracomment>
        <translation>维修单 {rma} 不存在。</translation>
    </message>
    <message>
        <location filename="../../rma/feedback.py" line="103" />
        <source>The {what} score must be a whole number from 1 to 5.</source>
        <translation>{what}评分必须是 1 到 5 的整数。</translation>
    </message>
    <message>
        <location filename="../../rma/feedback.py" line="114" />
        <source>The {what} is too long (at most {n} characters).</source>
        <translation>{what}过长（最多 {n} 个字符）。</translation>
    </message>
    <message>
        <location filename="../../rma/feedback.py" line="137" />
        <source>record surveys</source>
        <translation>记录满意度调查</translation>
    </message>
    <message>
        <location filename="../../rma/feedback.py" line="139" />
        <source>staff</source>
        <translation>服务人员</translation>
    </message>
    <message>
        <location filename="../../rma/feedback.py" line="140" />
        <source>quality</source>
        <translation>维修质量</translation>
    </message>
    <message>
        <location filename="../../rma/feedback.py" line="141" />
        <source>speed</source>
        <translation>维修速度</translation>
    </message>
    <message>
        <location filename="../../rma/feedback.py" line="143" />
        <source>comment</source>
        <translation>意见</translation>
    </message>
    <message>
        <location filename="../../rma/feedback.py" line="147" />
        <source>Unknown survey channel {channel}.</source>
        <translation>未知的调查方式 {channel}。</translation>
    </message>
    <message>
        <location filename="../../rma/feedback.py" line="152" />
        <source>{rma} is {state}: the survey is taken after the unit is delivered.</source>
        <translation>{rma} 状态为 {state}：满意度调查应在设备交付后进行。</translation>
    </message>
    <message>
        <location filename="../../rma/feedback.py" line="176" />
        <source>{rma} already has a survey (recorded {when}).</source>
        <translation>{rma} 已有满意度调查（记录于 {when}）。</translation>
    </message>
    <message>
        <location filename="../../rma/feedback.py" line="192" />
        <source>Complaint {number} does not exist.</source>
        <translation>投诉 {number} 不存在。</translation>
    </message>
    <message>
        <location filename="../../rma/feedback.py" line="209" />
        <source>Say whether the complaint is attributable to the service: yes, no, or not yet judged.</source>
        <translation>请说明投诉是否由服务造成：是、否或尚未判定。</translation>
    </message>
    <message>
        <location filename="../../rma/feedback.py" line="222" />
        <location filename="../../rma/feedback.py" line="261" />
        <location filename="../../rma/feedback.py" line="284" />
        <source>record complaints</source>
        <translation>登记投诉</translation>
    </message>
    <message>
        <location filename="../../rma/feedback.py" line="223" />
        <source>complaint</source>
        <translation>投诉内容</translation>
    </message>
    <message>
        <location filename="../../rma/feedback.py" line="227" />
        <source>The time the complaint came in is not a valid time.</source>
        <translation>投诉时间无效。</translation>
    </message>
    <message>
        <location filename="../../rma/feedback.py" line="230" />
        <source>The complaint cannot come from the future.</source>
        <translation>投诉时间不能晚于现在。</translation>
    </message>
    <message>
        <location filename="../../rma/feedback.py" line="247" />
        <source>Complaint {number} was changed by {who} meanwhile — reload it and try again.</source>
        <translation>投诉 {number} 已被 {who} 修改——请重新加载后再试。</translation>
    </message>
    <message>
        <location filename="../../rma/feedback.py" line="263" />
        <source>Say whether the complaint is attributable to the service: yes or no.</source>
        <translation>请说明投诉是否由服务造成：是或否。</translation>
    </message>
    <message>
        <location filename="../../rma/feedback.py" line="285" />
        <source>resolution</source>
        <translation>处理结果</translation>
    </message>
    <message>
        <location filename="../../rma/feedback.py" line="290" />
        <source>Complaint {number} is already closed.</source>
        <translation>投诉 {number} 已结案。</translation>
    </message>
    <message>
        <location filename="../../rma/feedback.py" line="294" />
        <source>Decide whether complaint {number} is attributable to the service before closing it.</source>
        <translation>结案前请先判定投诉 {number} 是否由服务造成。</translation>
    </message>
    <message>
        <location filename="../../rma/handover.py" line="138" />
        <source>Unknown kind of handover {kind!r}.</source>
        <translation>未知的交接类型 {kind!r}。</translation>
    </message>
    <message>
        <location filename="../../rma/handover.py" line="150" />
        <source>A name on a handover is at most {n} characters long.</source>
        <translation>交接单上的名称最多 {n} 个字符。</translation>
    </message>
    <message>
        <location filename="../../rma/handover.py" line="159" />
        <location filename="../../rma/workflow.py" line="290" />
        <source>The note is too long (at most {n} characters).</source>
        <translation>备注过长（最多 {n} 个字符）。</translation>
    </message>
    <message>
        <location filename="../../rma/handover.py" line="177" />
        <source>Handover {number} does not exist.</source>
        <translation>交接单 {number} 不存在。</translation>
    </message>
    <message>
        <location filename="../../rma/handover.py" line="247" />
        <source>{rma} is {state}: the unit is no longer at the depot.</source>
        <translation>{rma} 状态为 {state}：设备已不在维修中心。</translation>
    </message>
    <message>
        <location filename="../../rma/handover.py" line="253" />
        <source>{rma} is {state}: record the vendor repair on the bench first (vendor and the vendor's RMA number), then hand the unit over.</source>
        <translation>{rma} 状态为 {state}：请先在维修台登记返厂维修（厂家及厂家维修单号），再交接设备。</translation>
    </message>
    <message>
        <location filename="../../rma/handover.py" line="260" />
        <source>{rma} is {state}: only a unit that passed its test (ready to ship) can leave the depot.</source>
        <translation>{rma} 状态为 {state}：只有测试通过（待发货）的设备才能离开维修中心。</translation>
    </message>
    <message>
        <location filename="../../rma/handover.py" line="266" />
        <location filename="../../rma/handover.py" line="561" />
        <source>{rma} cannot be handed over: {reason}</source>
        <translation>{rma} 不能交接：{reason}</translation>
    </message>
    <message>
        <location filename="../../rma/handover.py" line="287" />
        <source>Loaner {code} is retired: it is not handed over any more.</source>
        <translation>备用机 {code} 已报废，不再交接。</translation>
    </message>
    <message>
        <location filename="../../rma/handover.py" line="291" />
        <source>Loaner {code} is not lent to anyone: lend it to the RMA on the Loaners screen first, then hand it over.</source>
        <translation>备用机 {code} 未借出：请先在“备用机”页面借给维修单，再交接。</translation>
    </message>
    <message>
        <location filename="../../rma/handover.py" line="313" />
        <source>{code} cannot go on a handover "{kind}": it takes only {allowed}.</source>
        <translation>{code} 不能加入“{kind}”交接单：此类交接单只接受{allowed}。</translation>
    </message>
    <message>
        <location filename="../../rma/handover.py" line="329" />
        <location filename="../../rma/handover.py" line="414" />
        <location filename="../../rma/handover.py" line="503" />
        <location filename="../../rma/handover.py" line="531" />
        <location filename="../../rma/handover.py" line="578" />
        <source>make handovers</source>
        <translation>办理交接</translation>
    </message>
    <message>
        <location filename="../../rma/handover.py" line="331" />
        <source>Enter who hands over.</source>
        <translation>请填写交出方。</translation>
    </message>
    <message>
        <location filename="../../rma/handover.py" line="332" />
        <source>Enter who receives.</source>
        <translation>请填写接收方。</translation>
    </message>
    <message>
        <location filename="../../rma/handover.py" line="352" />
        <source>Handover {number} is {state}: it cannot be changed any more.</source>
        <translation>交接单 {number} 状态为{state}，不能再修改。</translation>
    </message>
    <message>
        <location filename="../../rma/handover.py" line="357" />
        <source>Handover {number} was changed by {who} meanwhile — reload it and try again.</source>
        <translation>交接单 {number} 已被 {who} 修改——请重新加载后再试。</translation>
    </message>
    <message>
        <location filename="../../rma/handover.py" line="376" />
        <source>No RMA was ever opened for serial {serial}.</source>
        <translation>出厂编号 {serial} 从未建立过维修单。</translation>
    </message>
    <message>
        <location filename="../../rma/handover.py" line="386" />
        <source>No loaner has the tag {code}.</source>
        <translation>没有编号为 {code} 的备用机。</translation>
    </message>
    <message>
        <location filename="../../rma/handover.py" line="390" />
        <source>{code} is a handover sheet, not an item: finish this handover, then scan {code} to open it.</source>
        <translation>{code} 是交接单而不是物品：请先完成当前交接，再扫描 {code} 打开它。</translation>
    </message>
    <message>
        <location filename="../../rma/handover.py" line="393" />
        <source>{code} is an operator badge, not an item.</source>
        <translation>{code} 是操作员工牌，不是物品。</translation>
    </message>
    <message>
        <location filename="../../rma/handover.py" line="417" />
        <location filename="../../rma/handover.py" line="475" />
        <source>Enter a quantity from 1 to {n}.</source>
        <translation>请输入 1 到 {n} 之间的数量。</translation>
    </message>
    <message>
        <location filename="../../rma/handover.py" line="436" />
        <source>Part {code} is no longer active.</source>
        <translation>备件 {code} 已停用。</translation>
    </message>
    <message>
        <location filename="../../rma/handover.py" line="467" />
        <source>{code} is already on handover {number} ({kind}, still open): finish or cancel that one first.</source>
        <translation>{code} 已在交接单 {number}（{kind}，未完成）中：请先完成或取消该交接单。</translation>
    </message>
    <message>
        <location filename="../../rma/handover.py" line="472" />
        <source>{code} is already on this handover.</source>
        <translation>{code} 已在本交接单中。</translation>
    </message>
    <message>
        <location filename="../../rma/handover.py" line="497" />
        <source>{code} was just put on handover {number} at another station.</source>
        <translation>{code} 刚在另一工作站加入了交接单 {number}。</translation>
    </message>
    <message>
        <location filename="../../rma/handover.py" line="508" />
        <source>This line was already removed — reload.</source>
        <translation>此行已被删除——请重新加载。</translation>
    </message>
    <message>
        <location filename="../../rma/handover.py" line="540" />
        <source>Handover {number} has no items: scan what is handed over first.</source>
        <translation>交接单 {number} 没有物品：请先扫描要交接的物品。</translation>
    </message>
    <message>
        <location filename="../../rma/handover.py" line="581" />
        <source>Say why the handover is cancelled.</source>
        <translation>请说明取消交接的原因。</translation>
    </message>
    <message>
        <location filename="../../rma/loans.py" line="234" />
        <source>{code} has no {items} to lend (its accessories: {kit}).</source>
        <translation>{code} 没有可借出的 {items}（其附件为：{kit}）。</translation>
    </message>
    <message>
        <location filename="../../rma/loans.py" line="236" />
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../../rma/loans.py" line="265" />
        <source>The override reason</source>
        <translation>特批原因</translation>
    </message>
    <message>
        <location filename="../../rma/loans.py" line="272" />
        <source>{rma} already has loaner {code} out: take it back before lending another.</source>
        <translation>{rma} 已借出备用机 {code}：请先收回，再借出另一台。</translation>
    </message>
    <message>
        <location filename="../../rma/loans.py" line="282" />
        <source>lend a loaner the rules do not give</source>
        <translation>在规则之外借出备用机</translation>
    </message>
    <message>
        <location filename="../../rma/loans.py" line="292" />
        <source>Loaner {code} is class {has}; {rma} needs class {need} or better.</source>
        <translation>备用机 {code} 为等级 {has}；{rma} 需要等级 {need} 或更高。</translation>
    </message>
    <message>
        <location filename="../../rma/loans.py" line="317" />
        <source>{rma} was just given another loaner at another station.</source>
        <translation>{rma} 刚刚在另一工作站借出了另一台备用机。</translation>
    </message>
    <message>
        <location filename="../../rma/loans.py" line="342" />
        <source>record loaner decisions</source>
        <translation>登记备用机决定</translation>
    </message>
    <message>
        <location filename="../../rma/loans.py" line="343" />
        <source>The reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../rma/loans.py" line="346" />
        <source>Say why no loaner is provided (e.g. the customer declined).</source>
        <translation>请说明不提供备用机的原因（例如客户谢绝）。</translation>
    </message>
    <message>
        <location filename="../../rma/loans.py" line="352" />
        <source>{rma} already records that no loaner is provided.</source>
        <translation>{rma} 已登记为不提供备用机。</translation>
    </message>
    <message>
        <location filename="../../rma/loans.py" line="357" />
        <source>{rma} has had a loaner: there is nothing to decline.</source>
        <translation>{rma} 已借过备用机，无需登记谢绝。</translation>
    </message>
    <message>
        <location filename="../../rma/loans.py" line="392" />
        <source>Say whether the loaner came back in good condition.</source>
        <translation>请说明备用机归还时状况是否良好。</translation>
    </message>
    <message>
        <location filename="../../rma/loans.py" line="394" />
        <source>The notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../rma/loans.py" line="397" />
        <source>Describe what is wrong with the loaner (the notes are kept with it).</source>
        <translation>请描述备用机存在的问题（备注将随备用机保存）。</translation>
    </message>
    <message>
        <location filename="../../rma/loans.py" line="409" />
        <source>Loaner {code} is marked out ({ref}) but no loan records it: ask a manager to check the loaner's history.</source>
        <translation>备用机 {code} 标记为已借出（{ref}），但没有对应的借用记录：请联系经理核查该备用机的历史记录。</translation>
    </message>
    <message>
        <location filename="../../rma/loans.py" line="473" />
        <location filename="../../rma/shipping.py" line="503" />
        <source>The delivery date must be a date.</source>
        <translation>送达日期必须是有效日期。</translation>
    </message>
    <message>
        <location filename="../../rma/loans.py" line="514" />
        <source>Loaner not arranged: {rma} is owed a loaner of class {n} or better by {due}. Lend one, or record that the customer declined it.</source>
        <translation>未安排备用机：{rma} 应在 {due} 前获得等级 {n} 或更高的备用机。请借出一台，或登记客户谢绝。</translation>
    </message>
    <message>
        <location filename="../../rma/parts.py" line="103" />
        <source>{rma} is {state}: parts cannot be issued to a closed RMA.</source>
        <translation>{rma} 状态为 {state}：维修单已结束，不能再领用备件。</translation>
    </message>
    <message>
        <location filename="../../rma/parts.py" line="107" />
        <source>{rma} is {state}: parts are issued only while the unit is in repair.</source>
        <translation>{rma} 状态为 {state}：只有设备在维修中时才能领用备件。</translation>
    </message>
    <message>
        <location filename="../../rma/parts.py" line="117" />
        <source>{part} is not on the accepted quote {quote}: add it as an extra part — the customer approves and pays a revised quote first.</source>
        <translation>{part} 不在已接受的报价单 {quote} 中：请将其作为追加备件添加——须待客户确认并支付修订报价单。</translation>
    </message>
    <message>
        <location filename="../../rma/parts.py" line="123" />
        <source>The accepted quote {quote} has {n} × {part} and {out} are already issued: add the extra piece(s) as an extra part — the customer approves a revised quote first.</source>
        <translation>已接受的报价单 {quote} 含 {n} × {part}，已领用 {out} 件：请将超出的数量作为追加备件添加——须待客户确认修订报价单。</translation>
    </message>
    <message>
        <location filename="../../rma/parts.py" line="157" />
        <source>This issued part line does not exist — reload.</source>
        <translation>此领用记录不存在——请重新加载。</translation>
    </message>
    <message>
        <location filename="../../rma/parts.py" line="162" />
        <source>All {n} × {part} are already back in stock.</source>
        <translation>全部 {n} × {part} 均已退库。</translation>
    </message>
    <message>
        <location filename="../../rma/parts.py" line="165" />
        <source>Only {out} × {part} are still issued to this RMA; {n} cannot come back.</source>
        <translation>此维修单仅有 {out} × {part} 尚未退库，无法退回 {n} 件。</translation>
    </message>
    <message>
        <location filename="../../rma/parts.py" line="201" />
        <source>add parts during repair</source>
        <translation>在维修中追加备件</translation>
    </message>
    <message>
        <location filename="../../rma/parts.py" line="206" />
        <source>Cannot add an extra part to an RMA that is {state}: extra parts are added during repair.</source>
        <translation>维修单状态为 {state}，无法追加备件：追加备件只能在维修中进行。</translation>
    </message>
    <message>
        <location filename="../../rma/payer_rules.py" line="141" />
        <source>Unknown shipping leg {leg}.</source>
        <translation>未知的运输段 {leg}。</translation>
    </message>
    <message>
        <location filename="../../rma/payer_rules.py" line="154" />
        <source>Unknown coverage {coverage}.</source>
        <translation>未知的保修判定 {coverage}。</translation>
    </message>
    <message>
        <location filename="../../rma/payer_rules.py" line="162" />
        <source>The payer table has no valid entry for {leg} of a unit {coverage}: a manager must fix it in the settings.</source>
        <translation>付款方表中“{coverage}”行的“{leg}”没有有效设置：请经理在设置中修正。</translation>
    </message>
    <message>
        <location filename="../../rma/payer_rules.py" line="177" />
        <source>The payer table must give a payer for every coverage and leg.</source>
        <translation>付款方表必须为每种保修判定的每个运输段指定付款方。</translation>
    </message>
    <message>
        <location filename="../../rma/payer_rules.py" line="182" />
        <source>The payer table names unknown coverage: {names}.</source>
        <translation>付款方表中含有未知的保修判定：{names}。</translation>
    </message>
    <message>
        <location filename="../../rma/payer_rules.py" line="190" />
        <source>The payer table has no row for units {coverage}.</source>
        <translation>付款方表中缺少“{coverage}”行。</translation>
    </message>
    <message>
        <location filename="../../rma/payer_rules.py" line="196" />
        <source>The payer table names unknown legs: {names}.</source>
        <translation>付款方表中含有未知的运输段：{names}。</translation>
    </message>
    <message>
        <location filename="../../rma/payer_rules.py" line="208" />
        <source>{leg} of a unit {coverage} must be paid by the customer or the depot: only loaner legs may be “not applicable”.</source>
        <translation>“{coverage}”设备的“{leg}”运输段必须由客户或维修中心付款：只有备用机运输段可以设为“不适用”。</translation>
    </message>
    <message>
        <location filename="../../rma/payer_rules.py" line="214" />
        <source>Choose who pays {leg} of a unit {coverage}: the customer or the depot.</source>
        <translation>请选择“{coverage}”设备的“{leg}”运输段由谁付款：客户或维修中心。</translation>
    </message>
    <message>
        <location filename="../../rma/payments.py" line="117" />
        <source>Unknown payment method {method!r}: use {names}.</source>
        <translation>未知的付款方式 {method!r}：请使用 {names}。</translation>
    </message>
    <message>
        <location filename="../../rma/payments.py" line="129" />
        <source>The amount must be a whole number of minor units (fen).</source>
        <translation>金额必须是以分为单位的整数。</translation>
    </message>
    <message>
        <location filename="../../rma/payments.py" line="131" />
        <source>The amount must be more than 0.</source>
        <translation>金额必须大于 0。</translation>
    </message>
    <message>
        <location filename="../../rma/payments.py" line="133" />
        <source>The amount is not plausible.</source>
        <translation>金额不合理，请核对。</translation>
    </message>
    <message>
        <location filename="../../rma/payments.py" line="140" />
        <source>The payment date must be a date.</source>
        <translation>付款日期必须是有效日期。</translation>
    </message>
    <message>
        <location filename="../../rma/payments.py" line="143" />
        <source>The payment date {date} is in the future.</source>
        <translation>付款日期 {date} 不能晚于今天。</translation>
    </message>
    <message>
        <location filename="../../rma/payments.py" line="152" />
        <source>The reference is too long (at most {n} characters).</source>
        <translation>凭证号过长（最多 {n} 个字符）。</translation>
    </message>
    <message>
        <location filename="../../rma/payments.py" line="176" />
        <source>record payments</source>
        <translation>登记付款</translation>
    </message>
    <message>
        <location filename="../../rma/payments.py" line="187" />
        <source>Nothing is outstanding on {rma}: record the customer's acceptance of the quote first.</source>
        <translation>{rma} 没有待付款项：请先登记客户接受报价单。</translation>
    </message>
    <message>
        <location filename="../../rma/payments.py" line="192" />
        <source>Nothing is outstanding on {rma}.</source>
        <translation>{rma} 没有待付款项。</translation>
    </message>
    <message>
        <location filename="../../rma/payments.py" line="194" />
        <source>{amount} is more than the {outstanding} outstanding on {rma}: check the amount.</source>
        <translation>{amount} 超过 {rma} 的未付金额 {outstanding}：请核对金额。</translation>
    </message>
    <message>
        <location filename="../../rma/payments.py" line="238" />
        <source>record refunds</source>
        <translation>登记退款</translation>
    </message>
    <message>
        <location filename="../../rma/payments.py" line="245" />
        <source>A refund needs a reason (it is shown on the ledger and audited).</source>
        <translation>退款须填写原因（将显示在收付款记录中并记录审计日志）。</translation>
    </message>
    <message>
        <location filename="../../rma/payments.py" line="252" />
        <source>Only {paid} has been received on {rma}: a refund of {amount} cannot exceed it.</source>
        <translation>{rma} 仅收款 {paid}：退款金额 {amount} 不能超过已收款。</translation>
    </message>
    <message>
        <location filename="../../rma/quote_math.py" line="68" />
        <source>{what} must be a whole number, got {value!r}.</source>
        <translation>{what}必须是整数，实际为 {value!r}。</translation>
    </message>
    <message>
        <location filename="../../rma/quote_math.py" line="76" />
        <location filename="../../rma/quote_math.py" line="122" />
        <source>Price</source>
        <translation>价格</translation>
    </message>
    <message>
        <location filename="../../rma/quote_math.py" line="78" />
        <source>Quantity must be from 1 to {max}, got {qty}.</source>
        <translation>数量必须在 1 到 {max} 之间，实际为 {qty}。</translation>
    </message>
    <message>
        <location filename="../../rma/quote_math.py" line="81" />
        <location filename="../../rma/quotes.py" line="360" />
        <source>A price cannot be negative.</source>
        <translation>价格不能为负数。</translation>
    </message>
    <message>
        <location filename="../../rma/quote_math.py" line="89" />
        <source>Line amount</source>
        <translation>行金额</translation>
    </message>
    <message>
        <location filename="../../rma/quote_math.py" line="125" />
        <source>The price of part {part} cannot be negative.</source>
        <translation>备件 {part} 的价格不能为负数。</translation>
    </message>
    <message>
        <location filename="../../rma/quote_math.py" line="129" />
        <source>The catalogue has no price for part {part}: enter the price on the line.</source>
        <translation>备件目录中没有备件 {part} 的价格：请在此行填写价格。</translation>
    </message>
    <message>
        <location filename="../../rma/quote_math.py" line="134" />
        <source>Initial price</source>
        <translation>初始价格</translation>
    </message>
    <message>
        <location filename="../../rma/quote_math.py" line="137" />
        <source>{price} for part {part} is above its initial price {cap}: a part is never charged above the price it was first stocked at.</source>
        <translation>备件 {part} 的价格 {price} 高于其初始价格 {cap}：备件收费不得高于首次入库时的价格。</translation>
    </message>
    <message>
        <location filename="../../rma/quote_math.py" line="147" />
        <source>Cost price</source>
        <translation>成本价</translation>
    </message>
    <message>
        <location filename="../../rma/quote_math.py" line="150" />
        <source>The cost price of part {part} is negative in the catalogue.</source>
        <translation>备件目录中备件 {part} 的成本价为负数，请先更正备件目录。</translation>
    </message>
    <message>
        <location filename="../../rma/quote_math.py" line="190" />
        <source>Amount due</source>
        <extracomment>owed if declined: diagnosis fee plus the customer-paid shipping legs</extracomment>
        <translation>应付金额</translation>
    </message>
    <message>
        <location filename="../../rma/quote_math.py" line="191" />
        <source>Payment</source>
        <translation>付款</translation>
    </message>
    <message>
        <location filename="../../rma/quotes.py" line="71" />
        <source>Enter an amount in minor units (fen), 0 or more.</source>
        <translation>请输入以分为单位、不小于 0 的金额。</translation>
    </message>
    <message>
        <location filename="../../rma/quotes.py" line="73" />
        <source>This amount is not plausible.</source>
        <translation>此金额不合理，请核对。</translation>
    </message>
    <message>
        <location filename="../../rma/quotes.py" line="165" />
        <source>Quote {quote} does not exist.</source>
        <translation>报价单 {quote} 不存在。</translation>
    </message>
    <message>
        <location filename="../../rma/quotes.py" line="191" />
        <source>{rma} is {state}: its quotes cannot change.</source>
        <translation>{rma} 状态为 {state}：其报价单不能再修改。</translation>
    </message>
    <message>
        <location filename="../../rma/quotes.py" line="199" />
        <source>Quote {quote} is {status}: only a draft can be changed. Make a revision instead.</source>
        <translation>报价单 {quote} 状态为 {status}：只能修改草稿。请改为制作修订版。</translation>
    </message>
    <message>
        <location filename="../../rma/quotes.py" line="206" />
        <source>Quote {quote} was changed by {who} — reload and try again.</source>
        <translation>报价单 {quote} 已被 {who} 修改——请重新加载后再试。</translation>
    </message>
    <message>
        <location filename="../../depot/db.py" line="393" />
        <location filename="../../rma/quotes.py" line="208" />
        <location filename="../../rma/workflow.py" line="142" />
        <source>someone else</source>
        <translation>其他人</translation>
    </message>
    <message>
        <location filename="../../rma/quotes.py" line="238" />
        <source>make quotes</source>
        <translation>出具报价单</translation>
    </message>
    <message>
        <location filename="../../rma/quotes.py" line="331" />
        <source>Enter the part number of a part line.</source>
        <translation>请填写备件行的备件号。</translation>
    </message>
    <message>
        <location filename="../../rma/quotes.py" line="345" />
        <source>Labour is charged at {amount} by policy; a manager changes the policy in the settings, not on a quote line.</source>
        <translation>按规定人工费为 {amount}；如需调整，请由经理在设置中修改，不能在报价单行中修改。</translation>
    </message>
    <message>
        <location filename="../../rma/quotes.py" line="354" />
        <source>Enter the amount of the {kind} line.</source>
        <translation>请填写{kind}行的金额。</translation>
    </message>
    <message>
        <location filename="../../rma/quotes.py" line="358" />
        <source>A price must be a whole number of minor units.</source>
        <translation>价格必须是以分为单位的整数。</translation>
    </message>
    <message>
        <location filename="../../rma/quotes.py" line="384" />
        <source>Unknown line kind {kind!r}: use one of {names}.</source>
        <translation>未知的明细类型 {kind!r}：请使用 {names} 之一。</translation>
    </message>
    <message>
        <location filename="../../rma/quotes.py" line="402" />
        <location filename="../../rma/quotes.py" line="446" />
        <source>The description</source>
        <translation>说明</translation>
    </message>
    <message>
        <location filename="../../rma/quotes.py" line="438" />
        <location filename="../../rma/quotes.py" line="465" />
        <source>This quote line no longer exists — reload.</source>
        <translation>此报价单明细行已不存在——请重新加载。</translation>
    </message>
    <message>
        <location filename="../../rma/quotes.py" line="543" />
        <source>Say how the customer decided ({names}), got {method!r}.</source>
        <translation>请说明客户的确认方式（{names}），当前为 {method!r}。</translation>
    </message>
    <message>
        <location filename="../../rma/quotes.py" line="616" />
        <source>Quote {quote} expired on {date}: make and issue a revision (prices may have changed).</source>
        <translation>报价单 {quote} 已于 {date} 过期：请制作并出具修订版（价格可能已有变动）。</translation>
    </message>
    <message>
        <location filename="../../rma/shipping.py" line="158" />
        <source>Unknown shipping leg {leg}: use one of {names}.</source>
        <translation>未知的运输段 {leg}：请使用以下之一：{names}。</translation>
    </message>
    <message>
        <location filename="../../rma/shipping.py" line="167" />
        <source>Enter the carrier (any name: SF Express, own van, courier…).</source>
        <translation>请填写承运商（任意名称：顺丰速运、自有车辆、快递员…）。</translation>
    </message>
    <message>
        <location filename="../../rma/shipping.py" line="171" />
        <source>The carrier name is too long (at most {n} characters).</source>
        <translation>承运商名称过长（最多 {n} 个字符）。</translation>
    </message>
    <message>
        <location filename="../../rma/shipping.py" line="181" />
        <source>The tracking number is too long (at most {n} characters).</source>
        <translation>运单号过长（最多 {n} 个字符）。</translation>
    </message>
    <message>
        <location filename="../../rma/shipping.py" line="186" />
        <source>The tracking number contains a control character: scan it again.</source>
        <translation>运单号包含控制字符：请重新扫描。</translation>
    </message>
    <message>
        <location filename="../../rma/shipping.py" line="195" />
        <source>The shipping cost must be an exact amount (minor units).</source>
        <translation>运费必须是精确金额（最小货币单位）。</translation>
    </message>
    <message>
        <location filename="../../rma/shipping.py" line="198" />
        <source>The shipping cost cannot be negative.</source>
        <translation>运费不能为负数。</translation>
    </message>
    <message>
        <location filename="../../rma/shipping.py" line="200" />
        <source>The shipping cost is not plausible.</source>
        <translation>运费金额不合理，请核对。</translation>
    </message>
    <message>
        <location filename="../../rma/shipping.py" line="211" />
        <source>Choose who pays the leg: the customer or the depot.</source>
        <translation>请选择该运输段的付款方：客户或维修中心。</translation>
    </message>
    <message>
        <location filename="../../rma/shipping.py" line="222" />
        <source>The text is too long (at most {n} characters).</source>
        <translation>文字过长（最多 {n} 个字符）。</translation>
    </message>
    <message>
        <location filename="../../rma/shipping.py" line="270" />
        <source>The payer table has no payer for {leg} of a unit {coverage} (no loaner is provided for it). A manager may record the leg by choosing who pays and giving a reason.</source>
        <translation>付款方表中没有为“{coverage}”设备的“{leg}”运输段指定付款方（此类设备不提供备用机）。经理可以指定付款方并说明原因后登记该运输段。</translation>
    </message>
    <message>
        <location filename="../../rma/shipping.py" line="280" />
        <source>choose another payer than the payer table's</source>
        <translation>指定与付款方表不同的付款方</translation>
    </message>
    <message>
        <location filename="../../rma/shipping.py" line="283" />
        <source>Say why {payer} pays this leg instead of {rule}: an override needs a reason (it is audited).</source>
        <translation>请说明为何由{payer}而不是{rule}支付此运输段：改定付款方须说明原因（将记录审计）。</translation>
    </message>
    <message>
        <location filename="../../rma/shipping.py" line="294" />
        <source>Only a customer-paid leg can be settled by the customer with the carrier.</source>
        <translation>只有由客户付款的运输段，才能由客户直接与承运商结算。</translation>
    </message>
    <message>
        <location filename="../../rma/shipping.py" line="306" />
        <location filename="../../rma/shipping.py" line="474" />
        <location filename="../../rma/shipping.py" line="500" />
        <source>record shipping legs</source>
        <translation>登记运输段</translation>
    </message>
    <message>
        <location filename="../../rma/shipping.py" line="311" />
        <source>A {leg} leg must name the loaner.</source>
        <translation>“{leg}”运输段必须指明备用机。</translation>
    </message>
    <message>
        <location filename="../../rma/shipping.py" line="315" />
        <source>Only loaner legs name a loaner; {leg} moves the unit.</source>
        <translation>只有备用机运输段才需指明备用机；“{leg}”运输的是设备。</translation>
    </message>
    <message>
        <location filename="../../rma/shipping.py" line="406" />
        <source>edit shipping legs</source>
        <translation>编辑运输段</translation>
    </message>
    <message>
        <location filename="../../rma/shipping.py" line="437" />
        <source>override who pays a leg</source>
        <translation>改定运输段付款方</translation>
    </message>
    <message>
        <location filename="../../rma/shipping.py" line="439" />
        <source>Say why the payer is overridden (it is audited).</source>
        <translation>请说明改定付款方的原因（将记录审计）。</translation>
    </message>
    <message>
        <location filename="../../rma/shipping.py" line="444" />
        <source>{leg} is already paid by the {payer}.</source>
        <translation>{leg} 的付款方已是{payer}。</translation>
    </message>
    <message>
        <location filename="../../rma/shipping.py" line="482" />
        <source>{leg} was already marked shipped.</source>
        <translation>{leg} 已标记为已发出。</translation>
    </message>
    <message>
        <location filename="../../rma/shipping.py" line="506" />
        <source>The delivery date {day} is in the future.</source>
        <translation>送达日期 {day} 不能晚于今天。</translation>
    </message>
    <message>
        <location filename="../../rma/shipping.py" line="513" />
        <source>{leg} was already delivered on {day}.</source>
        <translation>{leg} 已于 {day} 送达。</translation>
    </message>
    <message>
        <location filename="../../rma/shipping.py" line="551" />
        <source>Shipping leg {leg} does not exist.</source>
        <translation>运输段 {leg} 不存在。</translation>
    </message>
    <message>
        <location filename="../../rma/shipping.py" line="700" />
        <source>{rma}: {amount} outstanding, including {shipping} shipping the customer pays ({legs}). A unit with money outstanding is never shipped back: record the payment first.</source>
        <translation>{rma}：尚欠 {amount}，其中包括由客户承担的运费 {shipping}（{legs}）。有欠款的设备不能发还：请先登记付款。</translation>
    </message>
    <message>
        <location filename="../../rma/quotes.py" line="400" />
        <location filename="../../rma/quotes.py" line="433" />
        <location filename="../../rma/quotes.py" line="460" />
        <location filename="../../rma/quotes.py" line="478" />
        <location filename="../../rma/shipping.py" line="795" />
        <source>edit quotes</source>
        <translation>编辑报价单</translation>
    </message>
    <message>
        <location filename="../../rma/shipping.py" line="800" />
        <source>{leg} is not billed to the customer (payer {payer}, cost {cost}).</source>
        <translation>{leg} 不向客户收费（付款方 {payer}，运费 {cost}）。</translation>
    </message>
    <message>
        <location filename="../../rma/shipping.py" line="806" />
        <source>{leg} is already on a quote.</source>
        <translation>{leg} 已在报价单中。</translation>
    </message>
    <message>
        <location filename="../../rma/shipping.py" line="810" />
        <source>{rma} has no draft quote: the cost of {leg} is owed with the balance instead.</source>
        <translation>{rma} 没有草稿报价单：{leg} 的运费将计入应付余额。</translation>
    </message>
    <message>
        <location filename="../../rma/shipping_reports.py" line="71" />
        <source>A report period is given in dates.</source>
        <translation>请以日期指定报表期间。</translation>
    </message>
    <message>
        <location filename="../../rma/sla_status.py" line="61" />
        <source>Choose the calendar mode 5x8 or 7x24.</source>
        <extracomment>states in which the RMA waits on the customer: every SLA clock stands still</extracomment>
        <translation>请选择日历模式 5x8 或 7x24。</translation>
    </message>
    <message>
        <location filename="../../rma/sla_status.py" line="68" />
        <source>Enter a time as HH:MM, e.g. 09:00.</source>
        <translation>请按 HH:MM 格式输入时间，例如 09:00。</translation>
    </message>
    <message>
        <location filename="../../rma/sla_status.py" line="74" />
        <source>Enter a list of dates (YYYY-MM-DD).</source>
        <translation>请输入日期列表（YYYY-MM-DD）。</translation>
    </message>
    <message>
        <location filename="../../rma/sla_status.py" line="81" />
        <source>{item!r} is not a date (YYYY-MM-DD).</source>
        <translation>{item!r} 不是有效日期（YYYY-MM-DD）。</translation>
    </message>
    <message>
        <location filename="../../rma/sla_status.py" line="93" />
        <source>Unknown time zone {zone!r} (e.g. Asia/Shanghai).</source>
        <translation>未知的时区 {zone!r}（例如 Asia/Shanghai）。</translation>
    </message>
    <message>
        <location filename="../../rma/tasks.py" line="54" />
        <source>complete tasks</source>
        <extracomment>vendor repair (返厂): tell the customer the repair takes longer (DOMAIN §8)</extracomment>
        <translation>完成任务</translation>
    </message>
    <message>
        <location filename="../../rma/tasks.py" line="58" />
        <source>This task does not exist — reload.</source>
        <translation>此任务不存在——请重新加载。</translation>
    </message>
    <message>
        <location filename="../../rma/tasks.py" line="60" />
        <source>This task was already done by {who}.</source>
        <translation>此任务已由 {who} 完成。</translation>
    </message>
    <message>
        <location filename="../../rma/transitions.py" line="100" />
        <source>start diagnosis on</source>
        <extracomment>the verb phrase of an action, as in "Sue may not &lt;verb&gt; an RMA" (role refusals)</extracomment>
        <translation>开始诊断</translation>
    </message>
    <message>
        <location filename="../../rma/transitions.py" line="101" />
        <source>record a diagnosis on</source>
        <translation>登记诊断</translation>
    </message>
    <message>
        <location filename="../../rma/transitions.py" line="102" />
        <source>issue a quote for</source>
        <translation>出具报价单</translation>
    </message>
    <message>
        <location filename="../../rma/transitions.py" line="103" />
        <source>accept the quote of</source>
        <translation>接受报价单</translation>
    </message>
    <message>
        <location filename="../../rma/transitions.py" line="104" />
        <source>decline the quote of</source>
        <translation>拒绝报价单</translation>
    </message>
    <message>
        <location filename="../../rma/transitions.py" line="105" />
        <source>release for repair</source>
        <translation>放行维修</translation>
    </message>
    <message>
        <location filename="../../rma/transitions.py" line="106" />
        <source>order parts for</source>
        <translation>订购备件</translation>
    </message>
    <message>
        <location filename="../../rma/transitions.py" line="107" />
        <source>book the parts' arrival for</source>
        <translation>登记备件到货</translation>
    </message>
    <message>
        <location filename="../../rma/transitions.py" line="108" />
        <source>start the repair of</source>
        <translation>开始维修</translation>
    </message>
    <message>
        <location filename="../../rma/transitions.py" line="109" />
        <source>send to the vendor</source>
        <translation>返厂维修</translation>
    </message>
    <message>
        <location filename="../../rma/transitions.py" line="110" />
        <source>book back from the vendor</source>
        <translation>登记厂家返回</translation>
    </message>
    <message>
        <location filename="../../rma/transitions.py" line="111" />
        <source>finish the repair of</source>
        <translation>完成维修</translation>
    </message>
    <message>
        <location filename="../../rma/transitions.py" line="112" />
        <source>pass the test of</source>
        <translation>判定测试通过</translation>
    </message>
    <message>
        <location filename="../../rma/transitions.py" line="113" />
        <source>fail the test of</source>
        <translation>判定测试未通过</translation>
    </message>
    <message>
        <location filename="../../rma/transitions.py" line="114" />
        <source>ship</source>
        <translation>发货</translation>
    </message>
    <message>
        <location filename="../../rma/transitions.py" line="115" />
        <source>close</source>
        <translation>结案</translation>
    </message>
    <message>
        <location filename="../../rma/transitions.py" line="116" />
        <source>return unrepaired</source>
        <translation>未修退回</translation>
    </message>
    <message>
        <location filename="../../rma/transitions.py" line="117" />
        <source>replace (dead on arrival)</source>
        <translation>换新（包换）</translation>
    </message>
    <message>
        <location filename="../../rma/transitions.py" line="118" />
        <source>scrap</source>
        <translation>报废</translation>
    </message>
    <message>
        <location filename="../../rma/transitions.py" line="119" />
        <source>cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../rma/transitions.py" line="120" />
        <source>reopen for a revised quote</source>
        <translation>重新报价</translation>
    </message>
    <message>
        <location filename="../../rma/transitions.py" line="129" />
        <source>Cannot start diagnosis on an RMA that is {state}.</source>
        <extracomment>"Cannot … an RMA that is {state}." as whole sentences, so a translator can order the words of each; ``{state}`` is a translated `state_label`</extracomment>
        <translation>维修单状态为 {state}，无法开始诊断。</translation>
    </message>
    <message>
        <location filename="../../rma/transitions.py" line="131" />
        <source>Cannot record a diagnosis on an RMA that is {state}.</source>
        <translation>维修单状态为 {state}，无法登记诊断。</translation>
    </message>
    <message>
        <location filename="../../rma/transitions.py" line="133" />
        <source>Cannot issue a quote for an RMA that is {state}.</source>
        <translation>维修单状态为 {state}，无法出具报价单。</translation>
    </message>
    <message>
        <location filename="../../rma/transitions.py" line="135" />
        <source>Cannot accept the quote of an RMA that is {state}.</source>
        <translation>维修单状态为 {state}，无法接受报价单。</translation>
    </message>
    <message>
        <location filename="../../rma/transitions.py" line="137" />
        <source>Cannot decline the quote of an RMA that is {state}.</source>
        <translation>维修单状态为 {state}，无法拒绝报价单。</translation>
    </message>
    <message>
        <location filename="../../rma/transitions.py" line="139" />
        <source>Cannot release for repair an RMA that is {state}.</source>
        <translation>维修单状态为 {state}，无法放行维修。</translation>
    </message>
    <message>
        <location filename="../../rma/transitions.py" line="141" />
        <source>Cannot order parts for an RMA that is {state}.</source>
        <translation>维修单状态为 {state}，无法订购备件。</translation>
    </message>
    <message>
        <location filename="../../rma/transitions.py" line="143" />
        <source>Cannot book the parts' arrival for an RMA that is {state}.</source>
        <translation>维修单状态为 {state}，无法登记备件到货。</translation>
    </message>
    <message>
        <location filename="../../rma/transitions.py" line="145" />
        <source>Cannot start the repair of an RMA that is {state}.</source>
        <translation>维修单状态为 {state}，无法开始维修。</translation>
    </message>
    <message>
        <location filename="../../rma/transitions.py" line="147" />
        <source>Cannot send to the vendor an RMA that is {state}.</source>
        <translation>维修单状态为 {state}，无法返厂维修。</translation>
    </message>
    <message>
        <location filename="../../rma/transitions.py" line="149" />
        <source>Cannot book back from the vendor an RMA that is {state}.</source>
        <translation>维修单状态为 {state}，无法登记厂家返回。</translation>
    </message>
    <message>
        <location filename="../../rma/transitions.py" line="151" />
        <source>Cannot finish the repair of an RMA that is {state}.</source>
        <translation>维修单状态为 {state}，无法完成维修。</translation>
    </message>
    <message>
        <location filename="../../rma/transitions.py" line="153" />
        <source>Cannot pass the test of an RMA that is {state}.</source>
        <translation>维修单状态为 {state}，无法判定测试通过。</translation>
    </message>
    <message>
        <location filename="../../rma/transitions.py" line="155" />
        <source>Cannot fail the test of an RMA that is {state}.</source>
        <translation>维修单状态为 {state}，无法判定测试未通过。</translation>
    </message>
    <message>
        <location filename="../../rma/transitions.py" line="157" />
        <source>Cannot ship an RMA that is {state}.</source>
        <translation>维修单状态为 {state}，无法发货。</translation>
    </message>
    <message>
        <location filename="../../rma/transitions.py" line="158" />
        <source>Cannot close an RMA that is {state}.</source>
        <translation>维修单状态为 {state}，无法结案。</translation>
    </message>
    <message>
        <location filename="../../rma/transitions.py" line="159" />
        <source>Cannot return unrepaired an RMA that is {state}.</source>
        <translation>维修单状态为 {state}，无法未修退回。</translation>
    </message>
    <message>
        <location filename="../../rma/transitions.py" line="161" />
        <source>Cannot replace (dead on arrival) an RMA that is {state}.</source>
        <translation>维修单状态为 {state}，无法换新（包换）。</translation>
    </message>
    <message>
        <location filename="../../rma/transitions.py" line="163" />
        <source>Cannot scrap an RMA that is {state}.</source>
        <translation>维修单状态为 {state}，无法报废。</translation>
    </message>
    <message>
        <location filename="../../rma/transitions.py" line="164" />
        <source>Cannot cancel an RMA that is {state}.</source>
        <translation>维修单状态为 {state}，无法取消。</translation>
    </message>
    <message>
        <location filename="../../rma/transitions.py" line="165" />
        <source>Cannot reopen for a revised quote an RMA that is {state}.</source>
        <translation>维修单状态为 {state}，无法重新报价。</translation>
    </message>
    <message>
        <location filename="../../rma/transitions.py" line="309" />
        <source>Unknown state or action: {error}</source>
        <translation>未知的状态或操作：{error}</translation>
    </message>
    <message>
        <location filename="../../rma/transitions.py" line="382" />
        <source>Quote {quote} is unpaid: {amount} outstanding.</source>
        <translation>报价单 {quote} 尚未付款：尚欠 {amount}。</translation>
    </message>
    <message>
        <location filename="../../rma/transitions.py" line="384" />
        <source>Quote {quote} is not fully paid: {amount} outstanding ({paid} of {due} received).</source>
        <translation>报价单 {quote} 尚未付清：尚欠 {amount}（应付 {due}，已收 {paid}）。</translation>
    </message>
    <message>
        <location filename="../../rma/transitions.py" line="395" />
        <source>Quote {quote} waits for the customer's approval: record the acceptance and the payment before repair.</source>
        <translation>报价单 {quote} 正等待客户确认：请先登记客户接受及付款，再开始维修。</translation>
    </message>
    <message>
        <location filename="../../rma/transitions.py" line="401" />
        <source>The unit is {coverage}: issue quote {quote} and have it accepted and paid before repair.</source>
        <translation>设备保修判定为 {coverage}：维修前请先出具报价单 {quote}，并待客户接受、付款。</translation>
    </message>
    <message>
        <location filename="../../rma/transitions.py" line="405" />
        <source>The unit is {coverage}: make a quote and have it accepted and paid before repair.</source>
        <translation>设备保修判定为 {coverage}：维修前请先制作报价单，并待客户接受、付款。</translation>
    </message>
    <message>
        <location filename="../../rma/transitions.py" line="418" />
        <source>A unit with money outstanding is never shipped back.</source>
        <translation>设备尚有欠款时不能发还。</translation>
    </message>
    <message>
        <location filename="../../rma/transitions.py" line="421" />
        <source>Shipping billed to the customer is unpaid: {amount} outstanding on {rma}. Record the payment before the unit leaves.</source>
        <translation>由客户承担的运费尚未支付：{rma} 尚欠 {amount}。请在设备发出前登记付款。</translation>
    </message>
    <message>
        <location filename="../../rma/transitions.py" line="425" />
        <source>{amount} is outstanding on {rma}: record the payment before the unit leaves.</source>
        <translation>{rma} 尚欠 {amount}：请在设备发出前登记付款。</translation>
    </message>
    <message>
        <location filename="../../rma/transitions.py" line="442" />
        <source>{rma} has no accepted quote to pay.</source>
        <translation>{rma} 没有可付款的已接受报价单。</translation>
    </message>
    <message>
        <location filename="../../rma/transitions.py" line="448" />
        <source>The unit is {coverage}: the repair is free and there is nothing to quote. Record an exclusion first if the fault is not covered.</source>
        <translation>设备保修判定为 {coverage}：本次维修免费，无需报价。如故障不在保修范围内，请先登记不予保修。</translation>
    </message>
    <message>
        <location filename="../../rma/transitions.py" line="454" />
        <source>{rma} has no draft quote: make one first.</source>
        <translation>{rma} 没有报价单草稿：请先制作报价单。</translation>
    </message>
    <message>
        <location filename="../../rma/transitions.py" line="457" />
        <source>Quote {quote} has no lines: add at least one before issuing it.</source>
        <translation>报价单 {quote} 没有明细行：出具前请至少添加一行。</translation>
    </message>
    <message>
        <location filename="../../rma/transitions.py" line="463" />
        <source>No quote of {rma} waits for a decision: issue the quote first.</source>
        <translation>{rma} 没有待客户决定的报价单：请先出具报价单。</translation>
    </message>
    <message>
        <location filename="../../rma/transitions.py" line="469" />
        <source>{rma} has no accepted quote to withdraw from.</source>
        <translation>{rma} 没有可撤回的已接受报价单。</translation>
    </message>
    <message>
        <location filename="../../rma/transitions.py" line="475" />
        <source>The unit is {coverage}, not dead on arrival: only a DOA unit is replaced; repair this one.</source>
        <translation>设备保修判定为 {coverage}，不属于包换：只有包换设备才能换新，请维修此设备。</translation>
    </message>
    <message>
        <location filename="../../rma/transitions.py" line="483" />
        <source>1 part is still issued to {rma}: return them to stock first.</source>
        <translation>{rma} 仍有 1 件已领用备件未退库：请先退库。</translation>
    </message>
    <message>
        <location filename="../../rma/transitions.py" line="486" />
        <source>{n} parts are still issued to {rma}: return them to stock first.</source>
        <translation>{rma} 仍有 {n} 件已领用备件未退库：请先退库。</translation>
    </message>
    <message>
        <location filename="../../rma/transitions.py" line="492" />
        <source>{amount} has been received on {rma}: refund it before cancelling.</source>
        <translation>{rma} 已收款 {amount}：请先退款再取消。</translation>
    </message>
    <message>
        <location filename="../../rma/transitions.py" line="562" />
        <source>Gate waived by a manager: {gates}</source>
        <translation>经理已豁免限制：{gates}</translation>
    </message>
    <message>
        <location filename="../../rma/vendor.py" line="73" />
        <source>Enter the vendor's name.</source>
        <translation>请填写厂家名称。</translation>
    </message>
    <message>
        <location filename="../../rma/vendor.py" line="74" />
        <source>The vendor's name is too long (at most {n} characters).</source>
        <translation>厂家名称过长（最多 {n} 个字符）。</translation>
    </message>
    <message>
        <location filename="../../rma/vendor.py" line="76" />
        <source>The vendor's RMA number is too long (at most {n} characters).</source>
        <translation>厂家维修单号过长（最多 {n} 个字符）。</translation>
    </message>
    <message>
        <location filename="../../rma/vendor.py" line="80" />
        <source>The sent date {date} is in the future.</source>
        <translation>寄出日期 {date} 不能晚于今天。</translation>
    </message>
    <message>
        <location filename="../../rma/vendor.py" line="84" />
        <source>The expected return date is before the sent date.</source>
        <translation>预计返回日期早于寄出日期，请更正。</translation>
    </message>
    <message>
        <location filename="../../rma/vendor.py" line="129" />
        <source>The return date {date} is in the future.</source>
        <translation>返回日期 {date} 不能晚于今天。</translation>
    </message>
    <message>
        <location filename="../../rma/vendor.py" line="137" />
        <source>{rma} has no open vendor repair on record.</source>
        <translation>{rma} 没有进行中的返厂维修记录。</translation>
    </message>
    <message>
        <location filename="../../rma/vendor.py" line="140" />
        <source>The return date {date} is before the unit was sent ({sent}).</source>
        <translation>返回日期 {date} 早于设备寄出日期（{sent}），请更正。</translation>
    </message>
    <message>
        <location filename="../../rma/workflow.py" line="143" />
        <source>{rma} was changed by {who} at {when} — reload and try again.</source>
        <translation>{rma} 已于 {when} 被 {who} 修改——请重新加载后再试。</translation>
    </message>
    <message>
        <location filename="../../rma/workflow.py" line="277" />
        <source>{verb} an RMA</source>
        <translation>对维修单执行“{verb}”操作</translation>
    </message>
    <message>
        <location filename="../../rma/workflow.py" line="439" />
        <source>Describe the work done (it goes on the unit's history and the service report).</source>
        <translation>请描述维修内容（将记入设备维修履历和服务报告）。</translation>
    </message>
    <message>
        <location filename="../../rma/workflow.py" line="457" />
        <source>Say what failed in the test.</source>
        <translation>请说明测试中哪些项目未通过。</translation>
    </message>
    <message>
        <location filename="../../rma/workflow.py" line="565" />
        <source>Say why the unit goes back unrepaired.</source>
        <translation>请说明设备未修退回的原因。</translation>
    </message>
    <message>
        <location filename="../../rma/workflow.py" line="576" />
        <source>Scrapping needs the customer's written request: enter its reference.</source>
        <translation>报废须有客户的书面申请：请填写申请凭证号。</translation>
    </message>
    <message>
        <location filename="../../rma/workflow.py" line="587" />
        <source>Say why the RMA is cancelled.</source>
        <translation>请说明取消维修单的原因。</translation>
    </message>
    <message>
        <location filename="../../rma/workflow.py" line="611" />
        <source>{name} is not a technician.</source>
        <translation>{name} 不是技术员。</translation>
    </message>
    <message>
        <location filename="../../rma/workflow.py" line="614" />
        <source>take RMAs</source>
        <translation>领取维修单</translation>
    </message>
    <message>
        <location filename="../../rma/workflow.py" line="619" />
        <source>{rma} is {state}: there is nothing left to assign.</source>
        <translation>{rma} 状态为 {state}：无需再分配。</translation>
    </message>
    <message>
        <location filename="../../rma/workflow.py" line="624" />
        <source>{name} may take RMAs for themselves only; a manager assigns them to others.</source>
        <translation>{name} 只能为自己领取维修单；如需分配给他人，请由经理操作。</translation>
    </message>
    <message>
        <location filename="../../rma/workflow.py" line="656" />
        <source>waive a gate</source>
        <translation>豁免限制</translation>
    </message>
    <message>
        <location filename="../../rma/workflow.py" line="661" />
        <source>Unknown gate {gate!r}.</source>
        <translation>未知的限制项 {gate!r}。</translation>
    </message>
    <message>
        <location filename="../../rma/workflow.py" line="665" />
        <source>The {gate} check cannot be waived; only: {names}.</source>
        <translation>{gate} 检查不能豁免；可豁免的只有：{names}。</translation>
    </message>
    <message>
        <location filename="../../rma/workflow.py" line="667" />
        <source>A waiver needs a reason (it is audited).</source>
        <translation>豁免须填写原因（将记录审计日志）。</translation>
    </message>
    <message>
        <location filename="../../rma/workflow.py" line="673" />
        <source>{rma} is {state}: there is no gate left to waive.</source>
        <translation>{rma} 状态为 {state}：已没有可豁免的限制。</translation>
    </message>
    <message>
        <location filename="../../rma/workflow.py" line="680" />
        <source>The {gate} gate of {rma} is already waived.</source>
        <translation>{rma} 的 {gate} 限制已豁免。</translation>
    </message>
    <message>
        <location filename="../../depot/migrate.py" line="49" />
        <source>This database was written by a newer version of Depot (schema {found}; this program knows up to {known}). Install the newer Depot, or open another database. Nothing was changed.</source>
        <translation>此数据库由更新版本的 Depot 写入（结构版本 {found}；本程序最高支持 {known}）。请安装新版 Depot，或打开其他数据库。未做任何更改。</translation>
    </message>
    <message>
        <location filename="../../depot/migrate.py" line="163" />
        <source>Cannot open {database}: {detail}</source>
        <translation>无法打开 {database}：{detail}</translation>
    </message>
    <message>
        <location filename="../../depot/money.py" line="27" />
        <source>Unknown currency {currency!r}.</source>
        <extracomment>one hundred million in major units: larger amounts are typing mistakes</extracomment>
        <translation>未知的币种 {currency!r}。</translation>
    </message>
    <message>
        <location filename="../../depot/money.py" line="59" />
        <source>Enter an amount.</source>
        <translation>请输入金额。</translation>
    </message>
    <message>
        <location filename="../../depot/money.py" line="64" />
        <location filename="../../depot/money.py" line="67" />
        <source>{text!r} is not an amount.</source>
        <translation>{text!r} 不是有效金额。</translation>
    </message>
    <message>
        <location filename="../../depot/money.py" line="71" />
        <source>{text!r} has more decimals than {currency} allows.</source>
        <translation>{text!r} 的小数位数超过了 {currency} 允许的位数。</translation>
    </message>
    <message>
        <location filename="../../depot/money.py" line="76" />
        <source>{text!r} is not a plausible amount.</source>
        <translation>{text!r} 不是合理的金额。</translation>
    </message>
    <message>
        <location filename="../../depot/money.py" line="86" />
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../depot/money.py" line="89" />
        <source>{what} must be a whole number of minor units.</source>
        <translation>{what}必须是以分为单位的整数。</translation>
    </message>
    <message>
        <location filename="../../depot/money.py" line="91" />
        <source>{what} cannot be negative.</source>
        <translation>{what}不能为负数。</translation>
    </message>
    <message>
        <location filename="../../depot/money.py" line="93" />
        <source>{what} is not plausible.</source>
        <translation>{what}不合理。</translation>
    </message>
    <message>
        <location filename="../../depot/users.py" line="32" />
        <source>Enter the operator's name.</source>
        <translation>请输入操作员姓名。</translation>
    </message>
    <message>
        <location filename="../../depot/users.py" line="34" />
        <source>Badge {badge!r} must look like BDG-1234 (3–20 letters or digits).</source>
        <translation>工牌 {badge!r} 的格式应类似 BDG-1234（3–20 位字母或数字）。</translation>
    </message>
    <message>
        <location filename="../../depot/users.py" line="41" />
        <source>Unknown role {role!r}.</source>
        <translation>未知的角色 {role!r}。</translation>
    </message>
    <message>
        <location filename="../../depot/users.py" line="44" />
        <source>add operators</source>
        <translation>添加操作员</translation>
    </message>
    <message>
        <location filename="../../depot/users.py" line="46" />
        <source>Badge {badge} is already given to another operator.</source>
        <translation>工牌 {badge} 已分配给其他操作员。</translation>
    </message>
    <message>
        <location filename="../../depot/users.py" line="61" />
        <source>No operator has badge {code}.</source>
        <translation>没有操作员持有工牌 {code}。</translation>
    </message>
    <message>
        <location filename="../../depot/users.py" line="63" />
        <source>Badge {code} ({name}) is deactivated.</source>
        <translation>工牌 {code}（{name}）已停用。</translation>
    </message>
    <message>
        <location filename="../../depot/users.py" line="80" />
        <source>do this</source>
        <translation>执行此操作</translation>
    </message>
    <message>
        <location filename="../../depot/users.py" line="82" />
        <source>Scan your badge to {action}.</source>
        <translation>请扫描您的工牌以{action}。</translation>
    </message>
    <message>
        <location filename="../../depot/users.py" line="89" />
        <source>{first} or {second}</source>
        <translation>{first}或{second}</translation>
    </message>
    <message>
        <location filename="../../depot/users.py" line="90" />
        <source>{name} may not {action}: needs role {roles}.</source>
        <translation>{name} 无权{action}：需要{roles}角色。</translation>
    </message>
    <message>
        <location filename="../../exports/sales_import.py" line="159" />
        <source>Row {row} ({serial}): {reason}</source>
        <extracomment>header names recognised per field (compared after `_norm_header`)</extracomment>
        <translation>第 {row} 行（{serial}）：{reason}</translation>
    </message>
    <message>
        <location filename="../../exports/sales_import.py" line="161" />
        <source>Row {row}: {reason}</source>
        <translation>第 {row} 行：{reason}</translation>
    </message>
    <message>
        <location filename="../../exports/sales_import.py" line="221" />
        <source>{file}: {n} row rejected, nothing was imported (first: {first}). Fix the rows in the sheet and import again.</source>
        <translation>{file}：{n} 行被拒绝，未导入任何数据（第一处：{first}）。请在表格中修正这些行后重新导入。</translation>
    </message>
    <message>
        <location filename="../../exports/sales_import.py" line="225" />
        <source>{file}: {n} rows rejected, nothing was imported (first: {first}). Fix the rows in the sheet and import again.</source>
        <translation>{file}：{n} 行被拒绝，未导入任何数据（第一处：{first}）。请在表格中修正这些行后重新导入。</translation>
    </message>
    <message>
        <location filename="../../exports/sales_import.py" line="237" />
        <source>Import of {file} cancelled; nothing was imported.</source>
        <translation>{file} 的导入已取消；未导入任何数据。</translation>
    </message>
    <message>
        <location filename="../../exports/sales_import.py" line="308" />
        <source>Unknown import field(s): {fields}.</source>
        <translation>未知的导入字段：{fields}。</translation>
    </message>
    <message>
        <location filename="../../exports/sales_import.py" line="313" />
        <source>Choose the column that holds the {field}.</source>
        <translation>请选择“{field}”所在的列。</translation>
    </message>
    <message>
        <location filename="../../exports/sales_import.py" line="322" />
        <source>{field} is mapped to column {column!r}, which the sheet does not have.</source>
        <translation>“{field}”对应到第 {column!r} 列，但表格中没有该列。</translation>
    </message>
    <message>
        <location filename="../../exports/sales_import.py" line="329" />
        <source>Column {column} is chosen for both {first} and {second}.</source>
        <translation>{column} 列同时被指定为“{first}”和“{second}”。</translation>
    </message>
    <message>
        <location filename="../../exports/sales_import.py" line="360" />
        <source>{date} is not a plausible date (years {first}–{last})</source>
        <translation>{date} 不是合理的日期（年份应在 {first}–{last} 之间）</translation>
    </message>
    <message>
        <location filename="../../exports/sales_import.py" line="386" />
        <location filename="../../exports/sales_import.py" line="394" />
        <source>{value!r} is not a date</source>
        <translation>{value!r} 不是日期</translation>
    </message>
    <message>
        <location filename="../../exports/sales_import.py" line="405" />
        <source>{value!r} is not a date (use 2025-03-15, 2025/03/15 or 2025年3月15日)</source>
        <translation>{value!r} 不是日期（请使用 2025-03-15、2025/03/15 或 2025年3月15日）</translation>
    </message>
    <message>
        <location filename="../../exports/sales_import.py" line="413" />
        <source>{value!r} is not a calendar date</source>
        <translation>{value!r} 不是有效的日历日期</translation>
    </message>
    <message>
        <location filename="../../exports/sales_import.py" line="429" />
        <source>warranty months {value!r} is not a number</source>
        <translation>保修月数 {value!r} 不是数字</translation>
    </message>
    <message>
        <location filename="../../exports/sales_import.py" line="432" />
        <source>warranty months {value!r} is not a whole number</source>
        <translation>保修月数 {value!r} 不是整数</translation>
    </message>
    <message>
        <location filename="../../exports/sales_import.py" line="441" />
        <source>warranty months {value!r} is not a whole number of months</source>
        <translation>保修月数 {value!r} 不是整月数</translation>
    </message>
    <message>
        <location filename="../../exports/sales_import.py" line="446" />
        <source>warranty months {months} is outside 0–{max}</source>
        <translation>保修月数 {months} 超出 0–{max} 的范围</translation>
    </message>
    <message>
        <location filename="../../exports/sales_import.py" line="468" />
        <source>{file}: no such file.</source>
        <translation>{file}：文件不存在。</translation>
    </message>
    <message>
        <location filename="../../exports/sales_import.py" line="473" />
        <source>{file} cannot be read as an Excel workbook (.xlsx): {error}. Open it in Excel and save it as .xlsx.</source>
        <translation>无法将 {file} 作为 Excel 工作簿（.xlsx）读取：{error}。请在 Excel 中打开并另存为 .xlsx。</translation>
    </message>
    <message>
        <location filename="../../exports/sales_import.py" line="481" />
        <source>{file} has no worksheet.</source>
        <translation>{file} 中没有工作表。</translation>
    </message>
    <message>
        <location filename="../../exports/sales_import.py" line="482" />
        <source>{file} has no sheet {sheet!r}.</source>
        <translation>{file} 中没有工作表 {sheet!r}。</translation>
    </message>
    <message>
        <location filename="../../exports/sales_import.py" line="495" />
        <source>{file} cannot be read to the end ({error}). Open it in Excel and save it again.</source>
        <translation>无法完整读取 {file}（{error}）。请在 Excel 中打开后重新保存。</translation>
    </message>
    <message>
        <location filename="../../exports/sales_import.py" line="545" />
        <source>{file}: the sheet {sheet!r} is empty.</source>
        <translation>{file}：工作表 {sheet!r} 为空。</translation>
    </message>
    <message>
        <location filename="../../exports/sales_import.py" line="552" />
        <source>{file}: row {row} is not a header row (it is empty).</source>
        <translation>{file}：第 {row} 行不是表头行（该行为空）。</translation>
    </message>
    <message>
        <location filename="../../exports/sales_import.py" line="623" />
        <source>empty serial</source>
        <translation>出厂编号为空</translation>
    </message>
    <message>
        <location filename="../../exports/sales_import.py" line="628" />
        <source>malformed serial: {error}</source>
        <translation>出厂编号格式错误：{error}</translation>
    </message>
    <message>
        <location filename="../../exports/sales_import.py" line="631" />
        <source>no model</source>
        <translation>缺少型号</translation>
    </message>
    <message>
        <location filename="../../exports/sales_import.py" line="634" />
        <source>customer name longer than {n} characters</source>
        <translation>客户名称超过 {n} 个字符</translation>
    </message>
    <message>
        <location filename="../../exports/sales_import.py" line="640" />
        <source>bad sale date: {error}</source>
        <translation>销售日期有误：{error}</translation>
    </message>
    <message>
        <location filename="../../exports/sales_import.py" line="645" />
        <source>bad acceptance date: {error}</source>
        <translation>验收日期有误：{error}</translation>
    </message>
    <message>
        <location filename="../../exports/sales_import.py" line="647" />
        <source>acceptance date {acceptance} is before the sale date {sale}</source>
        <translation>验收日期 {acceptance} 早于销售日期 {sale}</translation>
    </message>
    <message>
        <location filename="../../exports/sales_import.py" line="654" />
        <source>bad {error}</source>
        <translation>{error}</translation>
    </message>
    <message>
        <location filename="../../exports/sales_import.py" line="739" />
        <source>(empty)</source>
        <translation>（空）</translation>
    </message>
    <message>
        <location filename="../../exports/sales_import.py" line="744" />
        <source>model</source>
        <extracomment>the compared values of a row, in `_Row.key` order (translated when used)</extracomment>
        <translation>型号</translation>
    </message>
    <message>
        <location filename="../../exports/sales_import.py" line="745" />
        <source>customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../exports/sales_import.py" line="746" />
        <source>sale date</source>
        <translation>销售日期</translation>
    </message>
    <message>
        <location filename="../../exports/sales_import.py" line="747" />
        <source>acceptance date</source>
        <translation>验收日期</translation>
    </message>
    <message>
        <location filename="../../exports/sales_import.py" line="748" />
        <source>warranty months</source>
        <translation>保修月数</translation>
    </message>
    <message>
        <location filename="../../exports/sales_import.py" line="758" />
        <source>{field} {old} vs {new}</source>
        <translation>{field}：{old} 与 {new} 不同</translation>
    </message>
    <message>
        <location filename="../../exports/sales_import.py" line="787" />
        <source>unknown model {model!r}</source>
        <translation>未知型号 {model!r}</translation>
    </message>
    <message>
        <location filename="../../exports/sales_import.py" line="799" />
        <source>serial {serial} is also on row {row} with different data ({differences})</source>
        <translation>出厂编号 {serial} 也出现在第 {row} 行，但数据不同（{differences}）</translation>
    </message>
    <message>
        <location filename="../../exports/sales_import.py" line="827" />
        <source>serial {serial} is already registered with different data ({differences})</source>
        <translation>出厂编号 {serial} 已登记，但数据不同（{differences}）</translation>
    </message>
    <message>
        <location filename="../../exports/sales_import.py" line="921" />
        <source>import the sales register</source>
        <translation>导入销售台账</translation>
    </message>
    <message>
        <location filename="../../exports/xlsx_read.py" line="105" />
        <location filename="../../exports/xlsx_read.py" line="115" />
        <source>not an .xlsx workbook ({detail})</source>
        <extracomment>built-in number formats that are dates in openpyxl, plus the CJK locale ones</extracomment>
        <translation>不是 .xlsx 工作簿（{detail}）</translation>
    </message>
    <message>
        <location filename="../../exports/xlsx_read.py" line="156" />
        <source>it has no workbook part (is it an .xls or .xlsb file?)</source>
        <translation>文件中没有工作簿部分（是否为 .xls 或 .xlsb 文件？）</translation>
    </message>
    <message>
        <location filename="../../exports/xlsx_read.py" line="218" />
        <source>it has no worksheet</source>
        <translation>文件中没有工作表</translation>
    </message>
    <message>
        <location filename="../../exports/xlsx_read.py" line="224" />
        <source>it has no sheet {sheet!r}</source>
        <translation>文件中没有工作表 {sheet!r}</translation>
    </message>
    <message>
        <location filename="../../exports/xlsx_read.py" line="284" />
        <source>the sheet is damaged: {detail}</source>
        <translation>工作表已损坏：{detail}</translation>
    </message>
    <message>
        <location filename="../../rma/customers.py" line="64" />
        <source>Customer name</source>
        <extracomment>the editable fields, in the order a form shows them who may create and edit customers (managers always may) field names in messages, translated when used (context "Errors")</extracomment>
        <translation>客户名称</translation>
    </message>
    <message>
        <location filename="../../rma/customers.py" line="65" />
        <source>Contact person</source>
        <translation>联系人</translation>
    </message>
    <message>
        <location filename="../../rma/customers.py" line="66" />
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../../rma/customers.py" line="67" />
        <source>Postcode</source>
        <translation>邮政编码</translation>
    </message>
    <message>
        <location filename="../../rma/customers.py" line="68" />
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../rma/customers.py" line="69" />
        <source>Fax</source>
        <translation>传真</translation>
    </message>
    <message>
        <location filename="../../rma/customers.py" line="70" />
        <source>Email</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <location filename="../../rma/customers.py" line="89" />
        <source>Unknown customer field(s): {fields}.</source>
        <translation>未知的客户字段：{fields}。</translation>
    </message>
    <message>
        <location filename="../../rma/customers.py" line="99" />
        <source>{field} is {length} characters long; at most {n} fit.</source>
        <translation>{field}长度为 {length} 个字符；最多允许 {n} 个字符。</translation>
    </message>
    <message>
        <location filename="../../rma/customers.py" line="104" />
        <source>Enter the customer's name.</source>
        <translation>请输入客户名称。</translation>
    </message>
    <message>
        <location filename="../../rma/customers.py" line="109" />
        <source>Email {email!r} does not look like an address (name@example.com).</source>
        <translation>电子邮件 {email!r} 不像有效地址（name@example.com）。</translation>
    </message>
    <message>
        <location filename="../../rma/customers.py" line="116" />
        <source>{field} {value!r} is not a phone number: use digits, spaces, + - ( ), and an extension like 'ext 12' or '转12'.</source>
        <translation>{field} {value!r} 不是有效的电话号码：请使用数字、空格、+ - ( )，分机号可写作“ext 12”或“转12”。</translation>
    </message>
    <message>
        <location filename="../../rma/customers.py" line="125" />
        <source>Postcode {postcode!r} is not a postcode: 2–10 letters or digits (100080, SW1A 1AA).</source>
        <translation>邮政编码 {postcode!r} 无效：应为 2–10 位字母或数字（如 100080、SW1A 1AA）。</translation>
    </message>
    <message>
        <location filename="../../rma/customers.py" line="138" />
        <source>add customers</source>
        <translation>添加客户</translation>
    </message>
    <message>
        <location filename="../../rma/customers.py" line="152" />
        <source>Customer #{id} does not exist (deleted or never saved).</source>
        <translation>客户 #{id} 不存在（已删除或从未保存）。</translation>
    </message>
    <message>
        <location filename="../../rma/customers.py" line="166" />
        <source>edit customers</source>
        <translation>编辑客户</translation>
    </message>
    <message>
        <location filename="../../rma/intake.py" line="104" />
        <source>Serial {serial} already has an open RMA: {number} (state {state}). No second RMA was created; open that one instead.</source>
        <extracomment>who may receive units (managers always may) the kind of the first event of every RMA keys of `Rma.condition`: what the unit looked like and came with</extracomment>
        <translation>出厂编号 {serial} 已有未结的维修单：{number}（状态：{state}）。未创建第二张维修单，请打开现有的这张。</translation>
    </message>
    <message>
        <location filename="../../rma/intake.py" line="110" />
        <source>Serial {serial} already has an open RMA: {number} (received {received}, state {state}). No second RMA was created; open that one instead.</source>
        <translation>出厂编号 {serial} 已有未结的维修单：{number}（收货时间 {received}，状态：{state}）。未创建第二张维修单，请打开现有的这张。</translation>
    </message>
    <message>
        <location filename="../../rma/intake.py" line="263" />
        <source>There is no RMA {number}.</source>
        <translation>维修单 {number} 不存在。</translation>
    </message>
    <message>
        <location filename="../../rma/intake.py" line="300" />
        <source>The reported date must be a calendar date, got {value!r}.</source>
        <translation>报修日期必须是日历日期，实际为 {value!r}。</translation>
    </message>
    <message>
        <location filename="../../rma/intake.py" line="305" />
        <source>The fault cannot have been reported on {reported}, after today ({today}).</source>
        <translation>报修日期不能是 {reported}，晚于今天（{today}）。</translation>
    </message>
    <message>
        <location filename="../../rma/intake.py" line="315" />
        <source>{what} must be a list of items, got {value!r}.</source>
        <translation>{what}必须是条目列表，实际为 {value!r}。</translation>
    </message>
    <message>
        <location filename="../../rma/intake.py" line="321" />
        <source>An item of {what} is too long.</source>
        <translation>{what}中有一项过长。</translation>
    </message>
    <message>
        <location filename="../../rma/intake.py" line="330" />
        <source>The intake condition must be a mapping, got {value!r}.</source>
        <translation>收货状况必须是字段映射，实际为 {value!r}。</translation>
    </message>
    <message>
        <location filename="../../rma/intake.py" line="335" />
        <source>Unknown intake condition field(s): {fields}.</source>
        <translation>未知的收货状况字段：{fields}。</translation>
    </message>
    <message>
        <location filename="../../rma/intake.py" line="341" />
        <source>The appearance note is too long (at most {n} characters).</source>
        <translation>外观说明过长（最多 {n} 个字符）。</translation>
    </message>
    <message>
        <location filename="../../rma/intake.py" line="346" />
        <source>Accessories</source>
        <translation>随附配件</translation>
    </message>
    <message>
        <location filename="../../rma/intake.py" line="347" />
        <source>Documents</source>
        <translation>随附单据</translation>
    </message>
    <message>
        <location filename="../../rma/intake.py" line="357" />
        <source>Unknown {what} {value!r}: choose one of {allowed}.</source>
        <translation>未知的{what} {value!r}：请从 {allowed} 中选择。</translation>
    </message>
    <message>
        <location filename="../../rma/intake.py" line="403" />
        <source>receive units</source>
        <translation>接收设备</translation>
    </message>
    <message>
        <location filename="../../rma/intake.py" line="408" />
        <source>Enter the fault the customer reported.</source>
        <translation>请输入客户报修的故障。</translation>
    </message>
    <message>
        <location filename="../../rma/intake.py" line="411" />
        <source>The fault description is too long (at most {n} characters).</source>
        <translation>故障描述过长（最多 {n} 个字符）。</translation>
    </message>
    <message>
        <location filename="../../rma/intake.py" line="414" />
        <source>severity</source>
        <translation>严重级别</translation>
    </message>
    <message>
        <location filename="../../rma/intake.py" line="415" />
        <source>channel</source>
        <translation>送修方式</translation>
    </message>
    <message>
        <location filename="../../rma/intake.py" line="417" />
        <source>The carrier name</source>
        <translation>承运商名称</translation>
    </message>
    <message>
        <location filename="../../rma/intake.py" line="418" />
        <source>The tracking number</source>
        <translation>运单号</translation>
    </message>
    <message>
        <location filename="../../rma/intake.py" line="437" />
        <source>The new RMA number is already taken: the number counter is behind the saved RMAs. Nothing was saved; ask a manager to check the counters.</source>
        <translation>新的维修单号已被占用：编号计数器落后于已保存的维修单。未保存任何内容；请联系经理检查计数器。</translation>
    </message>
    <message>
        <location filename="../../rma/intake.py" line="459" />
        <source>Serial {serial} is not registered: register the unit, then receive it.</source>
        <translation>出厂编号 {serial} 尚未登记：请先登记设备，再办理收货。</translation>
    </message>
    <message>
        <location filename="../../rma/intake.py" line="467" />
        <source>Unit {serial} has no customer on record: choose who sent it in.</source>
        <translation>设备 {serial} 没有客户记录：请选择送修客户。</translation>
    </message>
    <message>
        <location filename="../../rma/intake.py" line="588" />
        <source>RMA #{id} does not exist.</source>
        <translation>维修单 #{id} 不存在。</translation>
    </message>
    <message>
        <location filename="../../rma/units.py" line="96" />
        <source>a part number</source>
        <translation>备件号</translation>
    </message>
    <message>
        <location filename="../../rma/units.py" line="118" />
        <source>The serial number in this GS1 barcode is {length} characters long; at most {n} are accepted.</source>
        <translation>此 GS1 条码中的出厂编号长 {length} 个字符；最多允许 {n} 个字符。</translation>
    </message>
    <message>
        <location filename="../../rma/units.py" line="123" />
        <source>This GS1 barcode carries the product number but no serial number (21). Scan the barcode marked S/N on the unit.</source>
        <translation>此 GS1 条码只含产品编码，不含出厂编号（21）。请扫描设备上标有 S/N 的条码。</translation>
    </message>
    <message>
        <location filename="../../rma/units.py" line="128" />
        <source>{code} is a product code (EAN/UPC/GTIN), not a serial number. Scan the barcode marked S/N on the unit.</source>
        <translation>{code} 是产品编码（EAN/UPC/GTIN），不是出厂编号。请扫描设备上标有 S/N 的条码。</translation>
    </message>
    <message>
        <location filename="../../rma/units.py" line="132" />
        <source>{code} is {kind}, not a serial number.</source>
        <translation>{code} 是{kind}，不是出厂编号。</translation>
    </message>
    <message>
        <location filename="../../rma/units.py" line="145" />
        <location filename="../../rma/warranty.py" line="135" />
        <source>{what} must be a whole number of {unit}, got {value!r}.</source>
        <translation>{what}必须是整数{unit}，实际为 {value!r}。</translation>
    </message>
    <message>
        <location filename="../../rma/units.py" line="149" />
        <location filename="../../rma/warranty.py" line="141" />
        <source>{what} must be {low} to {high} {unit}, got {value}.</source>
        <translation>{what}必须在 {low} 到 {high} {unit}之间，实际为 {value}。</translation>
    </message>
    <message>
        <location filename="../../rma/units.py" line="157" />
        <source>Unknown product model field(s): {fields}.</source>
        <translation>未知的产品型号字段：{fields}。</translation>
    </message>
    <message>
        <location filename="../../rma/units.py" line="163" />
        <source>Enter the model code.</source>
        <translation>请输入型号代码。</translation>
    </message>
    <message>
        <location filename="../../rma/units.py" line="166" />
        <source>Model code {code!r} must be one word of at most 60 characters (e.g. ZT410).</source>
        <translation>型号代码 {code!r} 必须是不含空格、最多 60 个字符的单词（例如 ZT410）。</translation>
    </message>
    <message>
        <location filename="../../rma/units.py" line="173" />
        <source>Enter the model name.</source>
        <translation>请输入型号名称。</translation>
    </message>
    <message>
        <location filename="../../rma/units.py" line="176" />
        <source>The model name is too long (at most 200 characters).</source>
        <translation>型号名称过长（最多 200 个字符）。</translation>
    </message>
    <message>
        <location filename="../../rma/units.py" line="180" />
        <location filename="../../rma/warranty.py" line="147" />
        <source>Warranty length</source>
        <translation>保修期长度</translation>
    </message>
    <message>
        <location filename="../../rma/units.py" line="181" />
        <location filename="../../rma/units.py" line="361" />
        <location filename="../../rma/warranty.py" line="149" />
        <source>months</source>
        <translation>个月</translation>
    </message>
    <message>
        <location filename="../../rma/units.py" line="185" />
        <location filename="../../rma/warranty.py" line="197" />
        <source>Dead-on-arrival window</source>
        <translation>包换期</translation>
    </message>
    <message>
        <location filename="../../rma/units.py" line="186" />
        <location filename="../../rma/units.py" line="365" />
        <location filename="../../rma/warranty.py" line="154" />
        <location filename="../../rma/warranty.py" line="198" />
        <source>days</source>
        <translation>天</translation>
    </message>
    <message>
        <location filename="../../rma/units.py" line="190" />
        <source>Loaner class</source>
        <translation>备用机等级</translation>
    </message>
    <message>
        <location filename="../../rma/units.py" line="206" />
        <source>Model code {code} is already in use.</source>
        <translation>型号代码 {code} 已被使用。</translation>
    </message>
    <message>
        <location filename="../../rma/units.py" line="223" />
        <source>add product models</source>
        <translation>添加产品型号</translation>
    </message>
    <message>
        <location filename="../../rma/units.py" line="250" />
        <source>There is no product model {code!r}.</source>
        <translation>产品型号 {code!r} 不存在。</translation>
    </message>
    <message>
        <location filename="../../rma/units.py" line="255" />
        <source>Product model #{id} does not exist.</source>
        <translation>产品型号 #{id} 不存在。</translation>
    </message>
    <message>
        <location filename="../../rma/units.py" line="289" />
        <source>edit product models</source>
        <translation>编辑产品型号</translation>
    </message>
    <message>
        <location filename="../../rma/units.py" line="321" />
        <location filename="../../rma/warranty.py" line="193" />
        <source>Sale date</source>
        <translation>销售日期</translation>
    </message>
    <message>
        <location filename="../../rma/units.py" line="322" />
        <location filename="../../rma/warranty.py" line="194" />
        <source>Acceptance date</source>
        <translation>验收日期</translation>
    </message>
    <message>
        <location filename="../../rma/units.py" line="331" />
        <location filename="../../rma/warranty.py" line="168" />
        <source>{what} must be a calendar date, got {value!r}.</source>
        <translation>{what}必须是日历日期，实际为 {value!r}。</translation>
    </message>
    <message>
        <location filename="../../rma/units.py" line="340" />
        <source>Unknown unit field(s): {fields}.</source>
        <translation>未知的设备字段：{fields}。</translation>
    </message>
    <message>
        <location filename="../../rma/units.py" line="347" />
        <source>Choose the unit's product model.</source>
        <translation>请选择设备的产品型号。</translation>
    </message>
    <message>
        <location filename="../../rma/units.py" line="355" />
        <source>The unit's warranty length</source>
        <translation>设备的保修期长度</translation>
    </message>
    <message>
        <location filename="../../rma/units.py" line="356" />
        <source>The contract's warranty length</source>
        <translation>合同的保修期长度</translation>
    </message>
    <message>
        <location filename="../../rma/units.py" line="364" />
        <location filename="../../rma/warranty.py" line="153" />
        <source>Warranty extension</source>
        <translation>保修顺延</translation>
    </message>
    <message>
        <location filename="../../rma/units.py" line="373" />
        <source>The acceptance date {acceptance} is before the sale date {sale}: a unit is accepted after it is sold.</source>
        <translation>验收日期 {acceptance} 早于销售日期 {sale}：设备应在售出后验收。</translation>
    </message>
    <message>
        <location filename="../../rma/units.py" line="385" />
        <location filename="../../rma/units.py" line="441" />
        <source>Serial number {serial} is already registered.</source>
        <translation>出厂编号 {serial} 已登记。</translation>
    </message>
    <message>
        <location filename="../../rma/units.py" line="420" />
        <source>register units</source>
        <translation>登记设备</translation>
    </message>
    <message>
        <location filename="../../rma/units.py" line="455" />
        <source>Unit #{id} does not exist.</source>
        <translation>设备 #{id} 不存在。</translation>
    </message>
    <message>
        <location filename="../../rma/units.py" line="474" />
        <source>edit units</source>
        <translation>编辑设备</translation>
    </message>
    <message>
        <location filename="../../rma/units.py" line="484" />
        <source>change a unit's warranty extension by hand</source>
        <translation>手动修改设备的保修顺延天数</translation>
    </message>
    <message>
        <location filename="../../rma/warranty.py" line="139" />
        <source>{what} must be at least {low} {unit}, got {value}.</source>
        <translation>{what}不能少于 {low} {unit}，实际为 {value}。</translation>
    </message>
    <message>
        <location filename="../../rma/warranty.py" line="224" />
        <source>Unknown exclusion reason {code!r}; expected one of: {codes}.</source>
        <translation>未知的不予保修原因 {code!r}；应为以下之一：{codes}。</translation>
    </message>
    <message>
        <location filename="../../rma/warranty.py" line="230" />
        <source>An exclusion needs a note saying what was found.</source>
        <translation>登记不予保修时，须填写备注说明发现的情况。</translation>
    </message>
    <message>
        <location filename="../../rma/warranty.py" line="393" />
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../rma/warranty.py" line="396" />
        <source>Months must be a whole number, got {months!r}.</source>
        <translation>月数必须是整数，实际为 {months!r}。</translation>
    </message>
    <message>
        <location filename="../../rma/warranty.py" line="401" />
        <source>{date} plus {months} months falls outside the calendar.</source>
        <translation>{date} 加 {months} 个月超出了日历范围。</translation>
    </message>
    <message>
        <location filename="../../rma/warranty.py" line="414" />
        <source>Warranty start</source>
        <translation>保修起始日</translation>
    </message>
    <message>
        <location filename="../../rma/warranty.py" line="421" />
        <source>A warranty from {start} for {months} months plus {days} days ends outside the calendar.</source>
        <translation>自 {start} 起保修 {months} 个月再加 {days} 天，截止日期超出了日历范围。</translation>
    </message>
    <message>
        <location filename="../../rma/warranty.py" line="437" />
        <source>Model warranty length</source>
        <translation>型号保修期长度</translation>
    </message>
    <message>
        <location filename="../../rma/warranty.py" line="439" />
        <source>Unit warranty length</source>
        <translation>设备保修期长度</translation>
    </message>
    <message>
        <location filename="../../rma/warranty.py" line="441" />
        <source>Contract warranty length</source>
        <translation>合同保修期长度</translation>
    </message>
    <message>
        <location filename="../../rma/warranty.py" line="464" />
        <location filename="../../rma/warranty.py" line="582" />
        <source>Warranty terms expected, got {value!r}.</source>
        <translation>应为保修条款，实际为 {value!r}。</translation>
    </message>
    <message>
        <location filename="../../rma/warranty.py" line="465" />
        <source>Reported date</source>
        <translation>报修日期</translation>
    </message>
    <message>
        <location filename="../../rma/warranty.py" line="468" />
        <source>Exclusion expected, got {value!r}.</source>
        <translation>应为不予保修记录，实际为 {value!r}。</translation>
    </message>
    <message>
        <location filename="../../rma/warranty.py" line="583" />
        <source>Decision day</source>
        <translation>判定日期</translation>
    </message>
    <message>
        <location filename="../../rma/warranty.py" line="587" />
        <source>Cannot carry the warranty over to a replacement: the original unit has no sale or acceptance date on record.</source>
        <translation>无法将保修期转给换新设备：原设备没有销售日期或验收日期记录。</translation>
    </message>
    <message>
        <location filename="../../rma/warranty.py" line="593" />
        <source>A DOA replacement cannot be decided on {day}, before the original's warranty starts on {start}.</source>
        <translation>不能在 {day} 判定包换，此时原设备的保修期尚未开始（起始日 {start}）。</translation>
    </message>
    <message>
        <location filename="../../rma/warranty.py" line="601" />
        <source>The original's warranty ended on {end}, before the replacement was decided on {day}: there is no remaining warranty to carry.</source>
        <translation>原设备的保修期已于 {end} 结束，早于换新判定日期 {day}：没有剩余保修期可转移。</translation>
    </message>
    <message>
        <location filename="../../depot/workcal.py" line="154" />
        <source>Unknown calendar mode {mode}: use 5x8 or 7x24.</source>
        <translation>未知的日历模式 {mode}：请使用 5x8 或 7x24。</translation>
    </message>
    <message>
        <location filename="../../depot/workcal.py" line="160" />
        <source>Working hours are local wall-clock times without a zone.</source>
        <translation>工作时间须为本地时间，不带时区。</translation>
    </message>
    <message>
        <location filename="../../depot/workcal.py" line="164" />
        <source>The working day must end after it starts ({start}–{end}).</source>
        <translation>工作日的下班时间必须晚于上班时间（{start}–{end}）。</translation>
    </message>
    <message>
        <location filename="../../depot/workcal.py" line="170" />
        <source>No public-holiday calendar is known for {country}.</source>
        <translation>找不到 {country} 的法定节假日日历。</translation>
    </message>
    <message>
        <location filename="../../depot/workcal.py" line="178" />
        <source>A day cannot be both an extra holiday and a workday: {days}.</source>
        <translation>同一天不能既是额外休息日又是额外工作日：{days}。</translation>
    </message>
    <message>
        <location filename="../../depot/workcal.py" line="252" />
        <source>The working calendar has no working day near {date}.</source>
        <translation>工作日历在 {date} 前后没有任何工作日。</translation>
    </message>
    <message>
        <location filename="../../depot/workcal.py" line="302" />
        <source>The working calendar has no working day after {date}.</source>
        <translation>工作日历在 {date} 之后没有任何工作日。</translation>
    </message>
    <message>
        <location filename="../../exports/labels.py" line="80" />
        <source>Label width must be a number of millimetres.</source>
        <extracomment>white space either side of the bars, in modules (ISO/IEC 15417 asks for 10)</extracomment>
        <translation>标签宽度必须是以毫米为单位的数字。</translation>
    </message>
    <message>
        <location filename="../../exports/labels.py" line="81" />
        <source>Label width {value} mm is outside {low}–{high} mm.</source>
        <translation>标签宽度 {value} mm 超出 {low}–{high} mm 的范围。</translation>
    </message>
    <message>
        <location filename="../../exports/labels.py" line="84" />
        <source>Label height must be a number of millimetres.</source>
        <translation>标签高度必须是以毫米为单位的数字。</translation>
    </message>
    <message>
        <location filename="../../exports/labels.py" line="85" />
        <source>Label height {value} mm is outside {low}–{high} mm.</source>
        <translation>标签高度 {value} mm 超出 {low}–{high} mm 的范围。</translation>
    </message>
    <message>
        <location filename="../../exports/labels.py" line="118" />
        <source>Printer resolution must be a whole number of dpi.</source>
        <translation>打印分辨率必须是整数 dpi。</translation>
    </message>
    <message>
        <location filename="../../exports/labels.py" line="122" />
        <source>Printer resolution {dpi} dpi is outside {low}–{high} dpi.</source>
        <translation>打印分辨率 {dpi} dpi 超出 {low}–{high} dpi 的范围。</translation>
    </message>
    <message>
        <location filename="../../exports/labels.py" line="161" />
        <source>A label needs a code to print as a barcode.</source>
        <translation>标签必须有一个可打印为条码的编码。</translation>
    </message>
    <message>
        <location filename="../../exports/labels.py" line="165" />
        <source>Label code {code} has leading or trailing blanks.</source>
        <translation>标签编码 {code} 首尾有空格。</translation>
    </message>
    <message>
        <location filename="../../exports/labels.py" line="172" />
        <source>Label code {code} contains characters a Code 128 scan cannot carry: {characters}.</source>
        <translation>标签编码 {code} 含有 Code 128 条码无法承载的字符：{characters}。</translation>
    </message>
    <message>
        <location filename="../../exports/labels.py" line="179" />
        <source>A label title must be text.</source>
        <translation>标签标题必须是文本。</translation>
    </message>
    <message>
        <location filename="../../exports/labels.py" line="181" />
        <source>Label lines must be a list of text lines.</source>
        <translation>标签内容必须是由文本行组成的列表。</translation>
    </message>
    <message>
        <location filename="../../exports/labels.py" line="353" />
        <source>Code {code} is too long for a {width} mm wide label at {dpi} dpi; use a wider label or a higher resolution.</source>
        <translation>编码 {code} 太长，无法印在 {dpi} dpi 下宽 {width} mm 的标签上；请使用更宽的标签或更高的打印分辨率。</translation>
    </message>
    <message>
        <location filename="../../exports/labels.py" line="376" />
        <source>A {height} mm high label is too short for a barcode and its text.</source>
        <translation>高 {height} mm 的标签太矮，放不下条码及其文字。</translation>
    </message>
    <message>
        <location filename="../../exports/labels.py" line="457" />
        <source>No labels to save.</source>
        <translation>没有可保存的标签。</translation>
    </message>
    <message>
        <location filename="../../exports/labels.py" line="462" />
        <source>Label {n} is {width}×{height} dots, not {expected_width}×{expected_height} for {width_mm}×{height_mm} mm at {dpi} dpi.</source>
        <translation>第 {n} 张标签为 {width}×{height} 点，而 {width_mm}×{height_mm} mm、{dpi} dpi 的标签应为 {expected_width}×{expected_height} 点。</translation>
    </message>
</context>
<context>
    <name>Events</name>
    <message>
        <location filename="../../rma/event_text.py" line="32" />
        <source>{amount} by {method}{reference}; outstanding {outstanding}.</source>
        <extracomment>`data` keys: the sentence's key, and the person's own words shown after it</extracomment>
        <translation>{method}收款 {amount}{reference}；尚欠 {outstanding}。</translation>
    </message>
    <message>
        <location filename="../../rma/event_text.py" line="34" />
        <source>Refund {amount} by {method}{reference}.</source>
        <translation>{method}退款 {amount}{reference}。</translation>
    </message>
    <message>
        <location filename="../../rma/event_text.py" line="35" />
        <source>Paid in full: released for repair.</source>
        <translation>已付清：放行维修。</translation>
    </message>
    <message>
        <location filename="../../rma/event_text.py" line="36" />
        <source>Nothing left to pay: released for repair.</source>
        <translation>无需付款：放行维修。</translation>
    </message>
    <message>
        <location filename="../../rma/event_text.py" line="37" />
        <source>{qty} × {part} back to stock.</source>
        <translation>{qty} × {part} 退回库存。</translation>
    </message>
    <message>
        <location filename="../../rma/event_text.py" line="38" />
        <source>Warranty extended by {days} day(s) spent at the depot.</source>
        <translation>保修期顺延 {days} 天（设备在维修中心停留的天数）。</translation>
    </message>
    <message>
        <location filename="../../rma/event_text.py" line="40" />
        <source>Handover {number}: {kind}, {giver} → {taker}.</source>
        <translation>交接单 {number}：{kind}，{giver} → {taker}。</translation>
    </message>
    <message>
        <location filename="../../rma/workflow.py" line="629" />
        <source>nobody</source>
        <translation>无人</translation>
    </message>
</context>
<context>
    <name>ExtraPartDialog</name>
    <message>
        <location filename="../../ui/pages/bench.py" line="398" />
        <source>Extra part</source>
        <translation>追加备件</translation>
    </message>
    <message>
        <location filename="../../ui/pages/bench.py" line="402" />
        <source>Scan or type the part number, e.g. P-BELT</source>
        <translation>扫描或输入备件号，例如 P-BELT</translation>
    </message>
    <message>
        <location filename="../../ui/pages/bench.py" line="406" />
        <source>only for a part the catalogue does not price</source>
        <translation>仅用于备件目录中没有价格的备件</translation>
    </message>
    <message>
        <location filename="../../ui/pages/bench.py" line="408" />
        <source>Why it is needed</source>
        <translation>需要原因</translation>
    </message>
    <message>
        <location filename="../../ui/pages/bench.py" line="409" />
        <source>Part</source>
        <translation>备件</translation>
    </message>
    <message>
        <location filename="../../ui/pages/bench.py" line="410" />
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <location filename="../../ui/pages/bench.py" line="411" />
        <source>Unit price</source>
        <translation>单价</translation>
    </message>
    <message>
        <location filename="../../ui/pages/bench.py" line="412" />
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../ui/pages/bench.py" line="414" />
        <source>The repair pauses: the customer approves and pays a revised quote with this part first.</source>
        <translation>维修将暂停：须待客户确认并支付含此备件的修订报价单。</translation>
    </message>
</context>
<context>
    <name>Feedback</name>
    <message>
        <location filename="../../rma/feedback.py" line="76" />
        <source>Phone</source>
        <extracomment>the service desk talks to customers; a manager may do everything staff + quality + speed at or above this is a satisfied customer (average ≥ 4) states in which the unit has gone back to the customer (the survey comes after)</extracomment>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../rma/feedback.py" line="77" />
        <source>Email</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <location filename="../../rma/feedback.py" line="78" />
        <source>Paper form</source>
        <translation>纸质表格</translation>
    </message>
    <message>
        <location filename="../../rma/feedback.py" line="79" />
        <source>Visit</source>
        <translation>回访</translation>
    </message>
</context>
<context>
    <name>Handover</name>
    <message>
        <location filename="../../rma/handover.py" line="87" />
        <source>Intake desk → bench</source>
        <extracomment>every operator hands things over; a manager may too RmaEvent kind written for each RMA on a confirmed handover</extracomment>
        <translation>收货台 → 维修台</translation>
    </message>
    <message>
        <location filename="../../rma/handover.py" line="88" />
        <source>Bench → shipping</source>
        <translation>维修台 → 发货</translation>
    </message>
    <message>
        <location filename="../../rma/handover.py" line="89" />
        <source>Depot → courier</source>
        <translation>维修中心 → 快递</translation>
    </message>
    <message>
        <location filename="../../rma/handover.py" line="90" />
        <source>Depot → vendor</source>
        <translation>维修中心 → 厂家</translation>
    </message>
    <message>
        <location filename="../../rma/handover.py" line="91" />
        <source>Depot → customer</source>
        <translation>维修中心 → 客户</translation>
    </message>
    <message>
        <location filename="../../rma/handover.py" line="92" />
        <source>Warehouse → technician</source>
        <translation>备件库 → 技术员</translation>
    </message>
    <message>
        <location filename="../../rma/handover.py" line="93" />
        <source>Shift change</source>
        <translation>交接班</translation>
    </message>
    <message>
        <location filename="../../rma/handover.py" line="96" />
        <source>open</source>
        <translation>进行中</translation>
    </message>
    <message>
        <location filename="../../rma/handover.py" line="97" />
        <source>confirmed</source>
        <translation>已确认</translation>
    </message>
    <message>
        <location filename="../../rma/handover.py" line="98" />
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location filename="../../rma/handover.py" line="118" />
        <source>units (RMAs)</source>
        <extracomment>what may travel in each kind of handover kinds whose confirmation ships each ready RMA through the workflow RMA states that may leave with a shipping handover: ready (shipped on confirmation) or already returned unrepaired by the workflow (recorded only)</extracomment>
        <translation>设备（维修单）</translation>
    </message>
    <message>
        <location filename="../../rma/handover.py" line="119" />
        <source>parts</source>
        <translation>备件</translation>
    </message>
    <message>
        <location filename="../../rma/handover.py" line="120" />
        <source>loaners</source>
        <translation>备用机</translation>
    </message>
    <message>
        <location filename="../../rma/handover.py" line="229" />
        <source>S/N {serial}</source>
        <translation>出厂编号 {serial}</translation>
    </message>
</context>
<context>
    <name>HandoverPanel</name>
    <message>
        <location filename="../../ui/pages/handover.py" line="70" />
        <source>Who hands over</source>
        <extracomment>scans a handover takes as items (besides HO-… numbers, which open one)</extracomment>
        <translation>交出方</translation>
    </message>
    <message>
        <location filename="../../ui/pages/handover.py" line="72" />
        <source>Who receives (courier, vendor, person)</source>
        <translation>接收方（快递、厂家或人员）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/handover.py" line="73" />
        <source>Start handover</source>
        <translation>开始交接</translation>
    </message>
    <message>
        <location filename="../../ui/pages/handover.py" line="76" />
        <source>&lt;b&gt;New handover&lt;/b&gt;</source>
        <translation>&lt;b&gt;新交接单&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/pages/handover.py" line="77" />
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../ui/pages/handover.py" line="78" />
        <source>From</source>
        <translation>交出方</translation>
    </message>
    <message>
        <location filename="../../ui/pages/handover.py" line="79" />
        <source>To</source>
        <translation>接收方</translation>
    </message>
    <message>
        <location filename="../../ui/pages/handover.py" line="82" />
        <source>Open handovers</source>
        <translation>进行中的交接单</translation>
    </message>
    <message>
        <location filename="../../ui/pages/handover.py" line="93" />
        <location filename="../../ui/pages/handover.py" line="309" />
        <source>No handover open: start one, or scan a handover sheet.</source>
        <translation>没有打开的交接单：请新建，或扫描交接单。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/handover.py" line="100" />
        <source>Scan units, parts or loaners…</source>
        <translation>扫描设备、备件或备用机…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/handover.py" line="104" />
        <source>Qty </source>
        <translation>数量 </translation>
    </message>
    <message>
        <location filename="../../ui/pages/handover.py" line="105" />
        <source>Pieces per scan of a part</source>
        <translation>每次扫描备件的数量</translation>
    </message>
    <message>
        <location filename="../../ui/pages/handover.py" line="112" />
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <location filename="../../ui/pages/handover.py" line="112" />
        <source>Item</source>
        <translation>物品</translation>
    </message>
    <message>
        <location filename="../../ui/pages/handover.py" line="112" />
        <source>Type</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../ui/pages/handover.py" line="112" />
        <source>Description</source>
        <translation>说明</translation>
    </message>
    <message>
        <location filename="../../ui/pages/handover.py" line="113" />
        <source>Qty</source>
        <translation>数量</translation>
    </message>
    <message>
        <location filename="../../ui/pages/handover.py" line="113" />
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/pages/handover.py" line="123" />
        <source>Refused scans</source>
        <translation>被拒绝的扫描</translation>
    </message>
    <message>
        <location filename="../../ui/pages/handover.py" line="130" />
        <source>Remove line</source>
        <translation>删除此行</translation>
    </message>
    <message>
        <location filename="../../ui/pages/handover.py" line="133" />
        <source>Why cancel (required)</source>
        <translation>取消原因（必填）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/handover.py" line="134" />
        <source>Cancel handover</source>
        <translation>取消交接</translation>
    </message>
    <message>
        <location filename="../../ui/pages/handover.py" line="136" />
        <source>Confirm handover</source>
        <translation>确认交接</translation>
    </message>
    <message>
        <location filename="../../ui/pages/handover.py" line="139" />
        <source>Write handover sheet (.xlsx)</source>
        <translation>生成交接单 (.xlsx)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/handover.py" line="149" />
        <source>Handover sheet written: {path}</source>
        <translation>交接单已生成：{path}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/handover.py" line="152" />
        <source>Export cancelled; nothing was written.</source>
        <translation>导出已取消，未写入任何文件。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/handover.py" line="179" />
        <source>Opened handover {number} ({state}).</source>
        <translation>已打开交接单 {number}（{state}）。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/handover.py" line="184" />
        <source>Start a handover (or scan one) before scanning items.</source>
        <translation>扫描物品前请先新建（或扫描）交接单。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/handover.py" line="195" />
        <source>{code} added to {number}.</source>
        <translation>{code} 已加入 {number}。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/handover.py" line="224" />
        <source>Handover {number} started: scan what changes hands.</source>
        <translation>交接单 {number} 已开始：请扫描交接的物品。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/handover.py" line="233" />
        <source>Select the line to remove.</source>
        <translation>请选择要删除的行。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/handover.py" line="250" />
        <source>Handover {number} cancelled.</source>
        <translation>交接单 {number} 已取消。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/handover.py" line="254" />
        <source>There is no open handover to confirm.</source>
        <translation>没有可确认的交接单。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/handover.py" line="265" />
        <source>Handover {number} confirmed.</source>
        <translation>交接单 {number} 已确认。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/handover.py" line="270" />
        <source>Open a handover first.</source>
        <translation>请先打开交接单。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/handover.py" line="274" />
        <source>An export is already running.</source>
        <translation>已有导出正在进行。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/handover.py" line="312" />
        <source>&lt;b&gt;{number}&lt;/b&gt; · {kind} · {giver} → {taker} · {state}</source>
        <translation>&lt;b&gt;{number}&lt;/b&gt; · {kind} · {giver} → {taker} · {state}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/handover.py" line="317" />
        <source>Unit (RMA)</source>
        <translation>设备（维修单）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/handover.py" line="317" />
        <source>Part</source>
        <translation>备件</translation>
    </message>
    <message>
        <location filename="../../ui/pages/handover.py" line="318" />
        <source>Loaner</source>
        <translation>备用机</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <location filename="../../exports/sales_import.py" line="93" />
        <source>Serial number</source>
        <extracomment>English field names; shown through `translate("Import", …)` (see `field_label`)</extracomment>
        <translation>出厂编号</translation>
    </message>
    <message>
        <location filename="../../exports/sales_import.py" line="94" />
        <source>Model</source>
        <translation>型号</translation>
    </message>
    <message>
        <location filename="../../exports/sales_import.py" line="95" />
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../exports/sales_import.py" line="96" />
        <source>Sale date</source>
        <translation>销售日期</translation>
    </message>
    <message>
        <location filename="../../exports/sales_import.py" line="97" />
        <source>Acceptance date</source>
        <translation>验收日期</translation>
    </message>
    <message>
        <location filename="../../exports/sales_import.py" line="98" />
        <source>Warranty (months)</source>
        <translation>保修期（月）</translation>
    </message>
    <message>
        <location filename="../../exports/sales_import.py" line="190" />
        <source>{file}: {n} of {rows} rows rejected; nothing was imported.</source>
        <translation>{file}：{rows} 行中有 {n} 行被拒绝；未导入任何数据。</translation>
    </message>
    <message>
        <location filename="../../exports/sales_import.py" line="195" />
        <source>{n} new unit imported</source>
        <translation>已导入 {n} 台新设备</translation>
    </message>
    <message>
        <location filename="../../exports/sales_import.py" line="196" />
        <source>{n} new units imported</source>
        <translation>已导入 {n} 台新设备</translation>
    </message>
    <message>
        <location filename="../../exports/sales_import.py" line="198" />
        <source>{n} new unit ready to import</source>
        <translation>{n} 台新设备待导入</translation>
    </message>
    <message>
        <location filename="../../exports/sales_import.py" line="199" />
        <source>{n} new units ready to import</source>
        <translation>{n} 台新设备待导入</translation>
    </message>
    <message>
        <location filename="../../exports/sales_import.py" line="202" />
        <source>{n} new customer</source>
        <translation>{n} 个新客户</translation>
    </message>
    <message>
        <location filename="../../exports/sales_import.py" line="203" />
        <source>{n} new customers</source>
        <translation>{n} 个新客户</translation>
    </message>
    <message>
        <location filename="../../exports/sales_import.py" line="206" />
        <source>{n} already registered</source>
        <translation>{n} 台已登记</translation>
    </message>
    <message>
        <location filename="../../exports/sales_import.py" line="208" />
        <source>{n} repeated row</source>
        <translation>{n} 行重复</translation>
    </message>
    <message>
        <location filename="../../exports/sales_import.py" line="209" />
        <source>{n} repeated rows</source>
        <translation>{n} 行重复</translation>
    </message>
    <message>
        <location filename="../../exports/sales_import.py" line="210" />
        <source>{file}: {parts}.</source>
        <translation>{file}：{parts}。</translation>
    </message>
</context>
<context>
    <name>IntakeModel</name>
    <message>
        <location filename="../../ui/pages/intake.py" line="93" />
        <source>RMA</source>
        <translation>维修单</translation>
    </message>
    <message>
        <location filename="../../ui/pages/intake.py" line="94" />
        <source>Serial number</source>
        <translation>出厂编号</translation>
    </message>
    <message>
        <location filename="../../ui/pages/intake.py" line="95" />
        <source>Model</source>
        <translation>型号</translation>
    </message>
    <message>
        <location filename="../../ui/pages/intake.py" line="96" />
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../ui/pages/intake.py" line="97" />
        <source>Coverage</source>
        <translation>保修判定</translation>
    </message>
    <message>
        <location filename="../../ui/pages/intake.py" line="98" />
        <source>Received</source>
        <translation>收货</translation>
    </message>
    <message>
        <location filename="../../ui/pages/intake.py" line="105" />
        <source>DOA</source>
        <translation>包换</translation>
    </message>
    <message>
        <location filename="../../ui/pages/intake.py" line="106" />
        <source>In warranty</source>
        <translation>保修期内</translation>
    </message>
    <message>
        <location filename="../../ui/pages/intake.py" line="107" />
        <source>Out of warranty</source>
        <translation>保修期外</translation>
    </message>
    <message>
        <location filename="../../ui/pages/intake.py" line="108" />
        <source>Excluded</source>
        <translation>不予保修</translation>
    </message>
</context>
<context>
    <name>IntakePage</name>
    <message>
        <location filename="../../ui/pages/intake.py" line="75" />
        <source>Here before: {count} RMA(s). The last: {number}, received {date}, “{fault}”, {state}.</source>
        <translation>曾送修 {count} 次。最近一次：{number}，{date} 收货，“{fault}”，{state}。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/intake.py" line="147" />
        <source>Intake</source>
        <translation>收货</translation>
    </message>
    <message>
        <location filename="../../ui/pages/intake.py" line="150" />
        <source>Scan a serial number or RMA label…</source>
        <translation>扫描出厂编号或维修单标签…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/intake.py" line="159" />
        <location filename="../../ui/pages/intake.py" line="484" />
        <source>Scan a unit to begin.</source>
        <translation>请扫描设备开始。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/intake.py" line="200" />
        <source>Customer name (existing or new)</source>
        <translation>客户名称（已有或新建）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/intake.py" line="207" />
        <source>not recorded</source>
        <translation>未记录</translation>
    </message>
    <message>
        <location filename="../../ui/pages/intake.py" line="208" />
        <source>Register unit and continue</source>
        <translation>登记设备并继续</translation>
    </message>
    <message>
        <location filename="../../ui/pages/intake.py" line="210" />
        <source>&lt;b&gt;Unknown serial number — register the unit&lt;/b&gt;</source>
        <translation>&lt;b&gt;未知的出厂编号——请登记设备&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/pages/intake.py" line="211" />
        <source>Serial number</source>
        <translation>出厂编号</translation>
    </message>
    <message>
        <location filename="../../ui/pages/intake.py" line="212" />
        <source>Model</source>
        <translation>型号</translation>
    </message>
    <message>
        <location filename="../../ui/pages/intake.py" line="213" />
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../ui/pages/intake.py" line="214" />
        <source>Sale date</source>
        <translation>销售日期</translation>
    </message>
    <message>
        <location filename="../../ui/pages/intake.py" line="215" />
        <source>Acceptance date</source>
        <translation>验收日期</translation>
    </message>
    <message>
        <location filename="../../ui/pages/intake.py" line="224" />
        <source>What the customer reports (required)</source>
        <translation>客户报修的故障（必填）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/intake.py" line="226" />
        <source>General</source>
        <translation>一般</translation>
    </message>
    <message>
        <location filename="../../ui/pages/intake.py" line="227" />
        <source>Important</source>
        <translation>重要</translation>
    </message>
    <message>
        <location filename="../../ui/pages/intake.py" line="228" />
        <source>Major</source>
        <translation>重大</translation>
    </message>
    <message>
        <location filename="../../ui/pages/intake.py" line="229" />
        <source>Special</source>
        <translation>特殊</translation>
    </message>
    <message>
        <location filename="../../ui/pages/intake.py" line="232" />
        <source>Courier</source>
        <translation>快递</translation>
    </message>
    <message>
        <location filename="../../ui/pages/intake.py" line="233" />
        <source>Walk-in</source>
        <translation>客户送修</translation>
    </message>
    <message>
        <location filename="../../ui/pages/intake.py" line="234" />
        <source>On-site pickup</source>
        <translation>上门取件</translation>
    </message>
    <message>
        <location filename="../../ui/pages/intake.py" line="240" />
        <source>e.g. scratches on lid</source>
        <translation>例如：外壳有划痕</translation>
    </message>
    <message>
        <location filename="../../ui/pages/intake.py" line="242" />
        <source>comma separated, e.g. power cable, tray</source>
        <translation>用逗号分隔，例如：电源线, 托盘</translation>
    </message>
    <message>
        <location filename="../../ui/pages/intake.py" line="244" />
        <source>comma separated, e.g. invoice, warranty card</source>
        <translation>用逗号分隔，例如：发票, 保修卡</translation>
    </message>
    <message>
        <location filename="../../ui/pages/intake.py" line="247" />
        <source>Reported fault</source>
        <translation>报修故障</translation>
    </message>
    <message>
        <location filename="../../ui/pages/intake.py" line="248" />
        <source>Fault reported on</source>
        <translation>报修日期</translation>
    </message>
    <message>
        <location filename="../../ui/pages/intake.py" line="249" />
        <source>Severity</source>
        <translation>严重级别</translation>
    </message>
    <message>
        <location filename="../../ui/pages/intake.py" line="250" />
        <source>Channel</source>
        <translation>送修方式</translation>
    </message>
    <message>
        <location filename="../../ui/pages/intake.py" line="251" />
        <source>Appearance</source>
        <translation>外观</translation>
    </message>
    <message>
        <location filename="../../ui/pages/intake.py" line="252" />
        <source>Accessories</source>
        <translation>随附配件</translation>
    </message>
    <message>
        <location filename="../../ui/pages/intake.py" line="253" />
        <source>Documents</source>
        <translation>随附单据</translation>
    </message>
    <message>
        <location filename="../../ui/pages/intake.py" line="254" />
        <source>Carrier</source>
        <translation>承运商</translation>
    </message>
    <message>
        <location filename="../../ui/pages/intake.py" line="255" />
        <source>Tracking number</source>
        <translation>运单号</translation>
    </message>
    <message>
        <location filename="../../ui/pages/intake.py" line="257" />
        <source>Save RMA (Ctrl+S)</source>
        <translation>保存维修单 (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/intake.py" line="260" />
        <source>Print label (Ctrl+P)</source>
        <translation>打印标签 (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/intake.py" line="280" />
        <source>&lt;b&gt;Today's intake&lt;/b&gt;</source>
        <translation>&lt;b&gt;今日收货&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/pages/intake.py" line="323" />
        <source>Enter the reported fault for {serial} first, or press Esc to drop it.</source>
        <translation>请先填写 {serial} 的报修故障，或按 Esc 放弃。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/intake.py" line="332" />
        <source>{serial} already has open RMA {number}: opened it instead of creating a second.</source>
        <translation>{serial} 已有未结的维修单 {number}：已为您打开该维修单，未新建。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/intake.py" line="343" />
        <source>{code} is not a serial number.</source>
        <translation>{code} 不是出厂编号。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/intake.py" line="349" />
        <source>no customer on record</source>
        <translation>无客户记录</translation>
    </message>
    <message>
        <location filename="../../ui/pages/intake.py" line="350" />
        <source>{serial} · {model} ({code})</source>
        <translation>{serial} · {model}（{code}）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/intake.py" line="384" />
        <source>Unknown serial number {serial}.</source>
        <translation>未知的出厂编号 {serial}。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/intake.py" line="411" />
        <source>Unit {serial} registered.</source>
        <translation>设备 {serial} 已登记。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/intake.py" line="419" />
        <source>Scan a unit first.</source>
        <translation>请先扫描设备。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/intake.py" line="423" />
        <source>Enter the reported fault for {serial}.</source>
        <translation>请填写 {serial} 的报修故障。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/intake.py" line="454" />
        <source>Saved {number} for {serial}.</source>
        <translation>已为 {serial} 保存维修单 {number}。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/intake.py" line="463" />
        <source>Intake dropped; nothing was saved.</source>
        <translation>已放弃收货，未保存任何内容。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/intake.py" line="504" />
        <source>Save an RMA first; its label prints from here.</source>
        <translation>请先保存维修单，然后可在此打印其标签。</translation>
    </message>
</context>
<context>
    <name>JobPanel</name>
    <message>
        <location filename="../../ui/workers.py" line="155" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../ui/workers.py" line="176" />
        <source>Exporting {what}…</source>
        <translation>正在导出 {what}…</translation>
    </message>
    <message>
        <location filename="../../ui/workers.py" line="187" />
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
</context>
<context>
    <name>LabelSizeBox</name>
    <message>
        <location filename="../../ui/label_settings.py" line="51" />
        <source>Label printer (this workstation)</source>
        <extracomment>room for the preview, in screen pixels: a 62 × 29 mm label at its real size on a 96 dpi screen, with a margin; larger stock is shown reduced</extracomment>
        <translation>标签打印机（本工作站）</translation>
    </message>
    <message>
        <location filename="../../ui/label_settings.py" line="59" />
        <source> dpi</source>
        <translation> dpi</translation>
    </message>
    <message>
        <location filename="../../ui/label_settings.py" line="61" />
        <source>The printer's resolution: 203, 300 or 600 dpi on most label printers.</source>
        <translation>打印机分辨率：多数标签打印机为 203、300 或 600 dpi。</translation>
    </message>
    <message>
        <location filename="../../ui/label_settings.py" line="63" />
        <source>Label width</source>
        <translation>标签宽度</translation>
    </message>
    <message>
        <location filename="../../ui/label_settings.py" line="64" />
        <source>Label height</source>
        <translation>标签高度</translation>
    </message>
    <message>
        <location filename="../../ui/label_settings.py" line="65" />
        <source>Resolution</source>
        <translation>分辨率</translation>
    </message>
    <message>
        <location filename="../../ui/label_settings.py" line="78" />
        <source>Save label size</source>
        <translation>保存标签尺寸</translation>
    </message>
    <message>
        <location filename="../../ui/label_settings.py" line="80" />
        <source>Test print…</source>
        <translation>测试打印…</translation>
    </message>
    <message>
        <location filename="../../ui/label_settings.py" line="82" />
        <source>Default</source>
        <translation>默认</translation>
    </message>
    <message>
        <location filename="../../ui/label_settings.py" line="83" />
        <source>62 × 29 mm at 300 dpi</source>
        <translation>62 × 29 mm，300 dpi</translation>
    </message>
    <message>
        <location filename="../../ui/label_settings.py" line="105" />
        <source> mm</source>
        <translation> mm</translation>
    </message>
    <message>
        <location filename="../../ui/label_settings.py" line="119" />
        <source>Example Customer Co., Ltd.</source>
        <translation>示例客户有限公司</translation>
    </message>
    <message>
        <location filename="../../ui/label_settings.py" line="141" />
        <source>Saved for this workstation.</source>
        <translation>已保存为本工作站的设置。</translation>
    </message>
    <message>
        <location filename="../../ui/label_settings.py" line="142" />
        <source>Not saved yet: labels still print at {w:g} × {h:g} mm, {dpi} dpi.</source>
        <translation>尚未保存：标签仍按 {w:g} × {h:g} mm、{dpi} dpi 打印。</translation>
    </message>
    <message>
        <location filename="../../ui/label_settings.py" line="144" />
        <source>{w:g} × {h:g} mm, {dpi} dpi: {px_w} × {px_h} dots. {note}</source>
        <translation>{w:g} × {h:g} mm，{dpi} dpi：{px_w} × {px_h} 点。{note}</translation>
    </message>
    <message>
        <location filename="../../ui/label_settings.py" line="161" />
        <source>Labels now print at {w:g} × {h:g} mm, {dpi} dpi on this workstation.</source>
        <translation>本工作站的标签现按 {w:g} × {h:g} mm、{dpi} dpi 打印。</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../exports/labels.py" line="201" />
        <source>S/N {serial}</source>
        <translation>出厂编号 {serial}</translation>
    </message>
    <message>
        <location filename="../../exports/labels.py" line="204" />
        <source>Received {date}</source>
        <translation>收货 {date}</translation>
    </message>
    <message>
        <location filename="../../exports/labels.py" line="213" />
        <source>Bin {bin}</source>
        <translation>库位 {bin}</translation>
    </message>
</context>
<context>
    <name>LegForm</name>
    <message>
        <location filename="../../ui/pages/legs.py" line="76" />
        <source>e.g. SF Express, ZTO, own van</source>
        <translation>例如 顺丰、中通、自有车辆</translation>
    </message>
    <message>
        <location filename="../../ui/pages/legs.py" line="78" />
        <source>Scan the courier label</source>
        <translation>扫描快递面单</translation>
    </message>
    <message>
        <location filename="../../ui/pages/legs.py" line="87" />
        <source>Another payer (manager, with a reason)</source>
        <translation>改定付款方（经理操作，须说明原因）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/legs.py" line="93" />
        <source>Why this payer (audited)</source>
        <translation>改定原因（记录审计）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/legs.py" line="100" />
        <source>Carrier</source>
        <translation>承运商</translation>
    </message>
    <message>
        <location filename="../../ui/pages/legs.py" line="101" />
        <source>Tracking number</source>
        <translation>运单号</translation>
    </message>
    <message>
        <location filename="../../ui/pages/legs.py" line="102" />
        <source>Cost</source>
        <translation>费用</translation>
    </message>
    <message>
        <location filename="../../ui/pages/legs.py" line="103" />
        <source>Paid by</source>
        <translation>付款方</translation>
    </message>
    <message>
        <location filename="../../ui/pages/legs.py" line="126" />
        <source>The payer table has no payer for this leg of a unit {coverage}: a manager chooses who pays, with a reason.</source>
        <translation>付款方表中没有为“{coverage}”设备的此运输段指定付款方：须由经理指定付款方并说明原因。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/legs.py" line="130" />
        <source>{payer} (payer table, unit {coverage})</source>
        <translation>{payer}（付款方表：{coverage}）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/legs.py" line="137" />
        <source>Only a manager may choose another payer than the payer table's.</source>
        <translation>只有经理可以指定与付款方表不同的付款方。</translation>
    </message>
</context>
<context>
    <name>LiveLink</name>
    <message>
        <location filename="../../ui/live.py" line="68" />
        <source>Server connection lost — changes are kept in the form; reconnecting…</source>
        <extracomment>(state, detail) hopped from the listener thread to the GUI thread</extracomment>
        <translation>与服务器的连接已断开——修改内容保留在表单中；正在重新连接…</translation>
    </message>
    <message>
        <location filename="../../ui/live.py" line="75" />
        <source>The connection to the depot server was lost. What you typed stays in the form; saving is paused until Depot has reconnected.</source>
        <translation>与维修中心服务器的连接已断开。您输入的内容仍保留在表单中；在 Depot 重新连接之前，暂停保存。</translation>
    </message>
    <message>
        <location filename="../../ui/live.py" line="79" />
        <source>Live: connected to the server</source>
        <translation>实时：已连接到服务器</translation>
    </message>
    <message>
        <location filename="../../ui/live.py" line="85" />
        <source>The server connection is back; saving works again.</source>
        <translation>与服务器的连接已恢复，可以继续保存。</translation>
    </message>
    <message>
        <location filename="../../ui/live.py" line="88" />
        <source>Connecting to the server…</source>
        <translation>正在连接服务器…</translation>
    </message>
</context>
<context>
    <name>Loaners</name>
    <message>
        <location filename="../../inventory/loaners.py" line="87" />
        <source>available</source>
        <extracomment>loaner classes are ranked 1 (basic) upwards; more than this is a typo who manages the pool as assets (add, edit, service, retire); managers always may who hands loaners out and takes them back</extracomment>
        <translation>可用</translation>
    </message>
    <message>
        <location filename="../../inventory/loaners.py" line="88" />
        <source>out</source>
        <translation>借出</translation>
    </message>
    <message>
        <location filename="../../inventory/loaners.py" line="89" />
        <source>in service</source>
        <translation>检修中</translation>
    </message>
    <message>
        <location filename="../../inventory/loaners.py" line="90" />
        <source>retired</source>
        <translation>已报废</translation>
    </message>
</context>
<context>
    <name>LoanersPage</name>
    <message>
        <location filename="../../ui/pages/loaners.py" line="96" />
        <source>as new</source>
        <extracomment>scans the page takes while it is shown (a loaner tag opens it from anywhere) how long after a change the side lists are recomputed (a scan burst is one refresh) the utilisation shown on the page covers this many days up to today</extracomment>
        <translation>全新</translation>
    </message>
    <message>
        <location filename="../../ui/pages/loaners.py" line="97" />
        <source>good</source>
        <translation>良好</translation>
    </message>
    <message>
        <location filename="../../ui/pages/loaners.py" line="98" />
        <source>fair</source>
        <translation>一般</translation>
    </message>
    <message>
        <location filename="../../ui/pages/loaners.py" line="627" />
        <source>Loaners</source>
        <translation>备用机</translation>
    </message>
    <message>
        <location filename="../../ui/pages/loaners.py" line="635" />
        <source>Scan an RMA to lend it a loaner, or a loaner to take it back…</source>
        <translation>扫描维修单以借出备用机，或扫描备用机以收回…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/loaners.py" line="651" />
        <source>New loaner… (Ctrl+N)</source>
        <translation>新建备用机… (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/loaners.py" line="692" />
        <location filename="../../ui/pages/loaners.py" line="700" />
        <source>RMA</source>
        <translation>维修单</translation>
    </message>
    <message>
        <location filename="../../ui/pages/loaners.py" line="692" />
        <location filename="../../ui/pages/loaners.py" line="700" />
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../ui/pages/loaners.py" line="692" />
        <location filename="../../ui/pages/loaners.py" line="704" />
        <source>Class</source>
        <translation>等级</translation>
    </message>
    <message>
        <location filename="../../ui/pages/loaners.py" line="692" />
        <source>Owed by</source>
        <translation>应提供日期</translation>
    </message>
    <message>
        <location filename="../../ui/pages/loaners.py" line="696" />
        <source>Double-click (or Enter) to lend a loaner to the RMA.</source>
        <translation>双击（或按 Enter）为该维修单借出备用机。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/loaners.py" line="700" />
        <source>Loaner</source>
        <translation>备用机</translation>
    </message>
    <message>
        <location filename="../../ui/pages/loaners.py" line="700" />
        <source>Due back</source>
        <translation>应还日期</translation>
    </message>
    <message>
        <location filename="../../ui/pages/loaners.py" line="701" />
        <source>Overdue</source>
        <translation>逾期</translation>
    </message>
    <message>
        <location filename="../../ui/pages/loaners.py" line="704" />
        <source>Days out</source>
        <translation>借出天数</translation>
    </message>
    <message>
        <location filename="../../ui/pages/loaners.py" line="704" />
        <source>Days available</source>
        <translation>可用天数</translation>
    </message>
    <message>
        <location filename="../../ui/pages/loaners.py" line="705" />
        <source>Days in service</source>
        <translation>维护天数</translation>
    </message>
    <message>
        <location filename="../../ui/pages/loaners.py" line="705" />
        <source>Utilisation</source>
        <translation>使用率</translation>
    </message>
    <message>
        <location filename="../../ui/pages/loaners.py" line="781" />
        <source>RMA {rma} does not exist.</source>
        <translation>维修单 {rma} 不存在。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/loaners.py" line="795" />
        <source>{code} is neither an RMA nor a loaner: scan the RMA label or the loaner's tag.</source>
        <translation>{code} 既不是维修单也不是备用机：请扫描维修单标签或备用机标签。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/loaners.py" line="804" />
        <source>{serial} has no open RMA: receive the unit at Intake first.</source>
        <translation>{serial} 没有进行中的维修单：请先在“收货”页面接收该设备。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/loaners.py" line="807" />
        <source>No unit has serial number {serial}.</source>
        <translation>没有出厂编号为 {serial} 的设备。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/loaners.py" line="821" />
        <source>Return of {code} dropped; nothing was saved.</source>
        <translation>已放弃 {code} 的收回，未保存任何内容。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/loaners.py" line="834" />
        <source>{rma} already has loaner {code} out; scan that loaner to take it back.</source>
        <translation>{rma} 已借出备用机 {code}：如需收回，请扫描该备用机。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/loaners.py" line="851" />
        <source>no customer on record</source>
        <translation>无客户记录</translation>
    </message>
    <message>
        <location filename="../../ui/pages/loaners.py" line="854" />
        <source>&lt;span style='font-size:14pt; font-weight:600'&gt;Lend a loaner to {rma}&lt;/span&gt;&lt;br&gt;{customer}&lt;br&gt;{model} · {serial}</source>
        <translation>&lt;span style='font-size:14pt; font-weight:600'&gt;为 {rma} 借出备用机&lt;/span&gt;&lt;br&gt;{customer}&lt;br&gt;{model} · {serial}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/loaners.py" line="887" />
        <source>Reason (audited), e.g. key account</source>
        <translation>原因（记录审计），例如：重点客户</translation>
    </message>
    <message>
        <location filename="../../ui/pages/loaners.py" line="888" />
        <source>Only a manager may override: scan a manager's badge</source>
        <translation>仅经理可以特批：请扫描经理工牌</translation>
    </message>
    <message>
        <location filename="../../ui/pages/loaners.py" line="900" />
        <source>{code} (best match) · class {n} · {grade} · {description}</source>
        <translation>{code}（最佳匹配）· 等级 {n} · {grade} · {description}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/loaners.py" line="902" />
        <source>{code} · class {n} · {grade} · {description}</source>
        <translation>{code} · 等级 {n} · {grade} · {description}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/loaners.py" line="911" />
        <source>No loaner of class {n} or better is available.</source>
        <translation>没有等级 {n} 或更高的可用备用机。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/loaners.py" line="931" />
        <source>Loaner {code} is class {has}; {rma} needs class {need} or better.</source>
        <translation>备用机 {code} 为等级 {has}；{rma} 需要等级 {need} 或更高。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/loaners.py" line="947" />
        <source>Scan the loaner's tag, or pick one on the left.</source>
        <translation>请扫描备用机标签，或从左侧选择。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/loaners.py" line="951" />
        <source>&lt;b&gt;{code}&lt;/b&gt; · class {n} · {grade} · {description}</source>
        <translation>&lt;b&gt;{code}&lt;/b&gt; · 等级 {n} · {grade} · {description}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/loaners.py" line="986" />
        <source>Scan the loaner to lend first (or pick one from the list).</source>
        <translation>请先扫描要借出的备用机（或从列表中选择）。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/loaners.py" line="1005" />
        <source>Loaner {code} lent to {rma}.</source>
        <translation>备用机 {code} 已借给 {rma}。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/loaners.py" line="1016" />
        <source>Loaner {code} is not out (it is {status}): there is nothing to take back.</source>
        <translation>备用机 {code} 未借出（当前状态：{status}），无需收回。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/loaners.py" line="1025" />
        <source>due back {day}</source>
        <translation>应于 {day} 归还</translation>
    </message>
    <message>
        <location filename="../../ui/pages/loaners.py" line="1028" />
        <source>{n} working day(s) overdue</source>
        <translation>逾期 {n} 个工作日</translation>
    </message>
    <message>
        <location filename="../../ui/pages/loaners.py" line="1030" />
        <source>&lt;span style='font-size:14pt; font-weight:600'&gt;Take back {code}&lt;/span&gt;&lt;br&gt;{what}&lt;br&gt;Out to &lt;b&gt;{rma}&lt;/b&gt; · {customer} {phone}&lt;br&gt;{due}</source>
        <translation>&lt;span style='font-size:14pt; font-weight:600'&gt;收回 {code}&lt;/span&gt;&lt;br&gt;{what}&lt;br&gt;借给 &lt;b&gt;{rma}&lt;/b&gt; · {customer} {phone}&lt;br&gt;{due}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/loaners.py" line="1061" />
        <source>Say whether {code} came back in good condition.</source>
        <translation>请说明 {code} 归还时状况是否良好。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/loaners.py" line="1075" />
        <source>{code} taken back and sent to service: {what}</source>
        <translation>{code} 已收回并送检修：{what}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/loaners.py" line="1078" />
        <source>{code} taken back, complete: available again.</source>
        <translation>{code} 已收回，附件齐全：已恢复可用。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/loaners.py" line="1112" />
        <source>Retire loaner</source>
        <translation>报废备用机</translation>
    </message>
    <message>
        <location filename="../../ui/pages/loaners.py" line="1113" />
        <source>Why is this loaner leaving the pool for good (written off, sold, scrapped)?</source>
        <translation>这台备用机为何永久退出备用机池（核销、出售或报废）？</translation>
    </message>
    <message>
        <location filename="../../ui/pages/loaners.py" line="1117" />
        <source>Send to service</source>
        <translation>送检修</translation>
    </message>
    <message>
        <location filename="../../ui/pages/loaners.py" line="1118" />
        <source>What is the check or repair for?</source>
        <translation>需要检查或维修什么？</translation>
    </message>
    <message>
        <location filename="../../ui/pages/loaners.py" line="1122" />
        <source>Back from service</source>
        <translation>检修完成</translation>
    </message>
    <message>
        <location filename="../../ui/pages/loaners.py" line="1123" />
        <source>What was done (optional)?</source>
        <translation>做了哪些处理（可选）？</translation>
    </message>
    <message>
        <location filename="../../ui/pages/loaners.py" line="1137" />
        <source>Cancelled; nothing was saved.</source>
        <translation>已取消，未保存任何内容。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/loaners.py" line="1181" />
        <source>Warehouse staff or a manager add loaners.</source>
        <translation>仅仓库人员或经理可以添加备用机。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/loaners.py" line="1239" />
        <source>All ({n})</source>
        <translation>全部（{n}）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/loaners.py" line="1239" />
        <source>Available ({n})</source>
        <translation>可用（{n}）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/loaners.py" line="1240" />
        <source>Out ({n})</source>
        <translation>借出（{n}）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/loaners.py" line="1240" />
        <location filename="../../ui/pages/loaners.py" line="1294" />
        <source>Overdue ({n})</source>
        <translation>逾期（{n}）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/loaners.py" line="1241" />
        <source>In service ({n})</source>
        <translation>检修中（{n}）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/loaners.py" line="1241" />
        <source>Retired ({n})</source>
        <translation>已报废（{n}）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/loaners.py" line="1272" />
        <source>{n} working day(s)</source>
        <translation>{n} 个工作日</translation>
    </message>
    <message>
        <location filename="../../ui/pages/loaners.py" line="1293" />
        <source>Awaiting a loaner ({n})</source>
        <translation>待借备用机（{n}）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/loaners.py" line="1295" />
        <source>Utilisation, last {n} days</source>
        <translation>使用率（近 {n} 天）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/loaners.py" line="1301" />
        <source>{all} loaners · {available} available · {out} out ({overdue} overdue) · {waiting} RMA(s) awaiting a loaner · utilisation over {days} days: {usage}</source>
        <translation>备用机 {all} 台 · 可用 {available} · 借出 {out}（逾期 {overdue}）· {waiting} 张维修单待借备用机 · 近 {days} 天使用率：{usage}</translation>
    </message>
</context>
<context>
    <name>Loans</name>
    <message>
        <location filename="../../rma/loans.py" line="167" />
        <source>{rma} is no longer at the depot: no loaner is lent for it.</source>
        <extracomment>channels by which the unit itself must travel to the depot (DOMAIN §6 "must come") states in which the repair is finished (the unit passed its test) the next working day after receipt: when the loaner is owed by a manager may lend anyway, with a reason (never for a closed RMA)</extracomment>
        <translation>{rma} 已不在维修中心：不为其借出备用机。</translation>
    </message>
    <message>
        <location filename="../../rma/loans.py" line="171" />
        <source>{rma} is not covered by warranty: out-of-warranty units get no loaner unless a manager overrides.</source>
        <translation>{rma} 不在保修范围内：过保设备不提供备用机，经理特批除外。</translation>
    </message>
    <message>
        <location filename="../../rma/loans.py" line="175" />
        <source>In warranty and the unit must come to the depot: a loaner of class {n} or better is owed by {due}.</source>
        <translation>在保修期内且设备须送至维修中心：应在 {due} 前提供等级 {n} 或更高的备用机。</translation>
    </message>
    <message>
        <location filename="../../rma/loans.py" line="179" />
        <source>In warranty and the repair takes more than one working day: a loaner of class {n} or better is owed by {due}.</source>
        <translation>在保修期内且维修超过一个工作日：应在 {due} 前提供等级 {n} 或更高的备用机。</translation>
    </message>
    <message>
        <location filename="../../rma/loans.py" line="183" />
        <source>Repaired within one working day at the counter: no loaner is owed (a manager may lend one anyway).</source>
        <translation>在柜台一个工作日内修复：无需提供备用机（经理仍可特批借出）。</translation>
    </message>
    <message>
        <location filename="../../rma/loans.py" line="321" />
        <source>Loaner {code} ({description}) out with: {kit}.</source>
        <translation>备用机 {code}（{description}）已借出，随附：{kit}。</translation>
    </message>
    <message>
        <location filename="../../rma/loans.py" line="323" />
        <source>no accessories</source>
        <translation>无附件</translation>
    </message>
    <message>
        <location filename="../../rma/loans.py" line="325" />
        <source>Manager override: {reason}</source>
        <translation>经理特批：{reason}</translation>
    </message>
    <message>
        <location filename="../../rma/loans.py" line="363" />
        <source>No loaner: {reason}</source>
        <translation>不提供备用机：{reason}</translation>
    </message>
    <message>
        <location filename="../../rma/loans.py" line="425" />
        <source>missing: {items}</source>
        <translation>缺少：{items}</translation>
    </message>
    <message>
        <location filename="../../rma/loans.py" line="443" />
        <source>Loaner {code} back, MISSING: {items}.</source>
        <translation>备用机 {code} 已归还，缺少：{items}。</translation>
    </message>
    <message>
        <location filename="../../rma/loans.py" line="446" />
        <source>Loaner {code} back, accessories complete.</source>
        <translation>备用机 {code} 已归还，附件齐全。</translation>
    </message>
    <message>
        <location filename="../../rma/loans.py" line="449" />
        <source>Condition not OK: {notes}</source>
        <translation>状况异常：{notes}</translation>
    </message>
    <message>
        <location filename="../../rma/loans.py" line="487" />
        <source>Unit delivered on {day}: loaner {code} is due back by {due}.</source>
        <translation>设备已于 {day} 交付：备用机 {code} 应于 {due} 前归还。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="71" />
        <source>Depot</source>
        <translation>Depot 维修工作台</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="170" />
        <location filename="../../ui/main_window.py" line="205" />
        <source>Operator: {name}</source>
        <translation>操作员：{name}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="185" />
        <source>Scanned {code}: no screen handles this kind of code yet.</source>
        <translation>已扫描 {code}：目前没有界面处理此类条码。</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="195" />
        <source>Station: {name}</source>
        <translation>工作站：{name}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="203" />
        <source>No operator — scan your badge</source>
        <translation>无操作员——请扫描您的工牌</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="210" />
        <source>About Depot</source>
        <translation>关于 Depot</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="214" />
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
</context>
<context>
    <name>MoneyListModel</name>
    <message>
        <location filename="../../ui/pages/quotes.py" line="167" />
        <source>RMA</source>
        <translation>维修单</translation>
    </message>
    <message>
        <location filename="../../ui/pages/quotes.py" line="168" />
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../ui/pages/quotes.py" line="169" />
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/pages/quotes.py" line="170" />
        <source>Outstanding</source>
        <translation>未付</translation>
    </message>
    <message>
        <location filename="../../ui/pages/quotes.py" line="200" />
        <source>no quote yet</source>
        <translation>尚无报价单</translation>
    </message>
    <message>
        <location filename="../../ui/pages/quotes.py" line="201" />
        <source>{quote} · {status} · total {total}</source>
        <translation>{quote} · {status} · 合计 {total}</translation>
    </message>
</context>
<context>
    <name>MonthlyPanel</name>
    <message>
        <location filename="../../ui/pages/reports.py" line="121" />
        <source>Month</source>
        <extracomment>change kinds that move the month's figures how long to wait after a change before recomputing (a scan burst is one refresh)</extracomment>
        <translation>月份</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="123" />
        <source>Previous month</source>
        <translation>上个月</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="130" />
        <source>Next month</source>
        <translation>下个月</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="137" />
        <source>Export monthly report (.xlsx)</source>
        <translation>导出月报 (.xlsx)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="147" />
        <source>Monthly report written: {path}</source>
        <translation>月报已生成：{path}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="150" />
        <source>Export cancelled; nothing was written.</source>
        <translation>导出已取消，未写入任何文件。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="155" />
        <source>RMAs received</source>
        <translation>收到维修单</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="156" />
        <source>RMAs shipped</source>
        <translation>发出维修单</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="157" />
        <source>On-time rate</source>
        <translation>服务准时率</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="158" />
        <source>Complaint rate</source>
        <translation>投诉率</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="159" />
        <location filename="../../ui/pages/reports.py" line="176" />
        <source>Satisfaction</source>
        <translation>满意度</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="160" />
        <source>Median turnaround</source>
        <translation>维修周期中位数</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="167" />
        <source>RMAs per day</source>
        <translation>每日维修单</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="168" />
        <source>Failures by cause</source>
        <translation>按故障原因统计</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="175" />
        <source>Technician</source>
        <translation>技术员</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="175" />
        <source>Completed</source>
        <translation>完成</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="175" />
        <source>On time</source>
        <translation>准时</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="176" />
        <source>Median days</source>
        <translation>周期中位数（天）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="176" />
        <source>Repeat repairs</source>
        <translation>返修</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="217" />
        <source>Computing {month}…</source>
        <translation>正在计算 {month}…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="250" />
        <source>{n} returned unrepaired</source>
        <translation>其中 {n} 台未修退回</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="254" />
        <source>target ≥ {target}, within {days} days</source>
        <translation>目标 ≥ {target}，{days} 天内</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="258" />
        <source>target &lt; {target}; {n} complaint(s)</source>
        <translation>目标 &lt; {target}；投诉 {n} 件</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="262" />
        <source>target ≥ {target}; {n} survey(s)</source>
        <translation>目标 ≥ {target}；调查 {n} 份</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="265" />
        <source>{days} days</source>
        <translation>{days} 天</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="268" />
        <source>Received</source>
        <translation>收货</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="269" />
        <source>Shipped</source>
        <translation>发出</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="276" />
        <source>RMAs</source>
        <translation>维修单</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="288" />
        <source>An export is already running.</source>
        <translation>已有导出正在进行。</translation>
    </message>
</context>
<context>
    <name>NewLoanerDialog</name>
    <message>
        <location filename="../../ui/pages/loaners.py" line="311" />
        <source>New loaner</source>
        <translation>新建备用机</translation>
    </message>
    <message>
        <location filename="../../ui/pages/loaners.py" line="314" />
        <source>Scan the tag, or leave empty for the next number</source>
        <translation>扫描标签，或留空自动取下一个编号</translation>
    </message>
    <message>
        <location filename="../../ui/pages/loaners.py" line="328" />
        <source>comma separated, e.g. power cord, USB cable</source>
        <translation>以逗号分隔，例如 电源线, USB 数据线</translation>
    </message>
    <message>
        <location filename="../../ui/pages/loaners.py" line="330" />
        <source>Tag</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../ui/pages/loaners.py" line="331" />
        <source>Description</source>
        <translation>说明</translation>
    </message>
    <message>
        <location filename="../../ui/pages/loaners.py" line="332" />
        <source>Serial number</source>
        <translation>出厂编号</translation>
    </message>
    <message>
        <location filename="../../ui/pages/loaners.py" line="333" />
        <source>Class</source>
        <translation>等级</translation>
    </message>
    <message>
        <location filename="../../ui/pages/loaners.py" line="334" />
        <source>Cost value</source>
        <translation>成本价值</translation>
    </message>
    <message>
        <location filename="../../ui/pages/loaners.py" line="335" />
        <source>Location</source>
        <translation>存放位置</translation>
    </message>
    <message>
        <location filename="../../ui/pages/loaners.py" line="336" />
        <source>Condition</source>
        <translation>成色</translation>
    </message>
    <message>
        <location filename="../../ui/pages/loaners.py" line="337" />
        <source>Accessories</source>
        <translation>随附配件</translation>
    </message>
    <message>
        <location filename="../../ui/pages/loaners.py" line="338" />
        <source>Condition notes</source>
        <translation>状况备注</translation>
    </message>
    <message>
        <location filename="../../ui/pages/loaners.py" line="348" />
        <source>Loaner {code} added to the pool.</source>
        <translation>备用机 {code} 已加入备用机池。</translation>
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
    <name>OutboundPanel</name>
    <message>
        <location filename="../../ui/pages/shipping.py" line="271" />
        <source>Scan an RMA label or a serial number…</source>
        <translation>扫描维修单标签或出厂编号…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/shipping.py" line="315" />
        <location filename="../../ui/pages/shipping.py" line="455" />
        <source>Scan an RMA, or pick one from the queue.</source>
        <translation>请扫描维修单，或从队列中选择。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/shipping.py" line="328" />
        <source>Lend a loaner…</source>
        <translation>借出备用机…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/shipping.py" line="330" />
        <source>Customer declined the loaner…</source>
        <translation>客户谢绝备用机…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/shipping.py" line="340" />
        <source>&lt;b&gt;Send the unit back&lt;/b&gt;</source>
        <translation>&lt;b&gt;发还设备&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/pages/shipping.py" line="345" />
        <source>Mark shipped (Ctrl+Enter)</source>
        <translation>标记为已发货 (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/shipping.py" line="348" />
        <source>Record leg only</source>
        <translation>仅登记运输段</translation>
    </message>
    <message>
        <location filename="../../ui/pages/shipping.py" line="350" />
        <source>Record the return leg without shipping, e.g. so the customer can pay its cost first.</source>
        <translation>只登记回程运输段而不发货，例如让客户先支付运费。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/shipping.py" line="361" />
        <source>&lt;b&gt;Shipping legs of this RMA&lt;/b&gt;</source>
        <translation>&lt;b&gt;本维修单的运输段&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/pages/shipping.py" line="362" />
        <source>Delivered today</source>
        <translation>今日已送达</translation>
    </message>
    <message>
        <location filename="../../ui/pages/shipping.py" line="364" />
        <source>The carrier delivered the selected leg (starts the loaner's due-back clock when the repaired unit reaches the customer).</source>
        <translation>承运商已送达所选运输段（修复的设备送达客户时，开始计算备用机归还期限）。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/shipping.py" line="371" />
        <source>Leg</source>
        <translation>运输段</translation>
    </message>
    <message>
        <location filename="../../ui/pages/shipping.py" line="371" />
        <source>Direction</source>
        <translation>方向</translation>
    </message>
    <message>
        <location filename="../../ui/pages/shipping.py" line="371" />
        <source>Carrier</source>
        <translation>承运商</translation>
    </message>
    <message>
        <location filename="../../ui/pages/shipping.py" line="371" />
        <source>Tracking</source>
        <translation>运单号</translation>
    </message>
    <message>
        <location filename="../../ui/pages/shipping.py" line="372" />
        <source>Cost</source>
        <translation>费用</translation>
    </message>
    <message>
        <location filename="../../ui/pages/shipping.py" line="372" />
        <source>Paid by</source>
        <translation>付款方</translation>
    </message>
    <message>
        <location filename="../../ui/pages/shipping.py" line="372" />
        <source>Shipped</source>
        <translation>发出</translation>
    </message>
    <message>
        <location filename="../../ui/pages/shipping.py" line="372" />
        <source>Delivered</source>
        <translation>送达</translation>
    </message>
    <message>
        <location filename="../../ui/pages/shipping.py" line="415" />
        <source>{serial} has no open RMA: there is nothing to ship.</source>
        <translation>{serial} 没有进行中的维修单：没有可发货的设备。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/shipping.py" line="418" />
        <source>No unit has serial number {serial}.</source>
        <translation>没有出厂编号为 {serial} 的设备。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/shipping.py" line="421" />
        <source>{code} is not an RMA label or a serial number.</source>
        <translation>{code} 不是维修单标签或出厂编号。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/shipping.py" line="467" />
        <source>no customer on record</source>
        <translation>无客户记录</translation>
    </message>
    <message>
        <location filename="../../ui/pages/shipping.py" line="472" />
        <source>&lt;span style='font-size:14pt; font-weight:600'&gt;{rma}&lt;/span&gt; &amp;nbsp;{customer}&lt;br&gt;{contact}&lt;br&gt;{model} · {serial} · {coverage} · &lt;b&gt;{state}&lt;/b&gt;</source>
        <translation>&lt;span style='font-size:14pt; font-weight:600'&gt;{rma}&lt;/span&gt; &amp;nbsp;{customer}&lt;br&gt;{contact}&lt;br&gt;{model} · {serial} · {coverage} · &lt;b&gt;{state}&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/pages/shipping.py" line="479" />
        <source>Shipped.</source>
        <translation>已发货。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/shipping.py" line="482" />
        <source>Cannot ship yet:</source>
        <translation>暂不能发货：</translation>
    </message>
    <message>
        <location filename="../../ui/pages/shipping.py" line="486" />
        <source>Ready to ship.</source>
        <translation>可以发货。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/shipping.py" line="511" />
        <source>due back {day}</source>
        <translation>应于 {day} 归还</translation>
    </message>
    <message>
        <location filename="../../ui/pages/shipping.py" line="512" />
        <source>due back 10 working days after delivery</source>
        <translation>交付后 10 个工作日内归还</translation>
    </message>
    <message>
        <location filename="../../ui/pages/shipping.py" line="513" />
        <source>Loaner {code} is out with the customer ({due}).</source>
        <translation>备用机 {code} 在客户处（{due}）。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/shipping.py" line="516" />
        <source>A loaner is owed and not arranged.</source>
        <translation>应提供备用机，但尚未安排。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/shipping.py" line="526" />
        <source>{payer} (override)</source>
        <translation>{payer}（已改定）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/shipping.py" line="528" />
        <source>{payer} (paid the carrier)</source>
        <translation>{payer}（已直接付给承运商）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/shipping.py" line="588" />
        <source>{leg} recorded for {rma}: {carrier} {tracking}, {cost}, paid by {payer}.</source>
        <translation>已为 {rma} 登记 {leg}：{carrier} {tracking}，{cost}，付款方：{payer}。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/shipping.py" line="618" />
        <source>{rma} shipped: {carrier} {tracking}.</source>
        <translation>{rma} 已发货：{carrier} {tracking}。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/shipping.py" line="633" />
        <source>{refusal} {leg} is recorded so the customer can pay its {cost}; ship once the payment is recorded.</source>
        <translation>{refusal}已登记 {leg}，以便客户支付运费 {cost}；请在登记付款后再发货。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/shipping.py" line="647" />
        <source>{leg} delivered on {day}.</source>
        <translation>{leg} 已于 {day} 送达。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/shipping.py" line="657" />
        <source>No loaner for {rma}</source>
        <translation>{rma} 不提供备用机</translation>
    </message>
    <message>
        <location filename="../../ui/pages/shipping.py" line="658" />
        <source>Why is no loaner provided (e.g. the customer declined it)?</source>
        <translation>为什么不提供备用机（例如客户谢绝）？</translation>
    </message>
    <message>
        <location filename="../../ui/pages/shipping.py" line="671" />
        <source>Scan an RMA first.</source>
        <translation>请先扫描维修单。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/shipping.py" line="706" />
        <source>All ({n})</source>
        <translation>全部（{n}）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/shipping.py" line="707" />
        <source>Ready ({n})</source>
        <translation>可发货（{n}）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/shipping.py" line="708" />
        <source>Blocked ({n})</source>
        <translation>受阻（{n}）</translation>
    </message>
</context>
<context>
    <name>PartDetail</name>
    <message>
        <location filename="../../ui/pages/parts.py" line="384" />
        <source>Edit part…</source>
        <translation>编辑备件…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/parts.py" line="385" />
        <source>Labels as PDF…</source>
        <translation>标签导出为 PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/parts.py" line="386" />
        <source>Print part label…</source>
        <translation>打印备件标签…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/parts.py" line="387" />
        <source>Print bin label…</source>
        <translation>打印库位标签…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/parts.py" line="400" />
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../ui/pages/parts.py" line="400" />
        <source>Move</source>
        <translation>业务类型</translation>
    </message>
    <message>
        <location filename="../../ui/pages/parts.py" line="400" />
        <source>Qty</source>
        <translation>数量</translation>
    </message>
    <message>
        <location filename="../../ui/pages/parts.py" line="401" />
        <source>Unit cost</source>
        <translation>单位成本</translation>
    </message>
    <message>
        <location filename="../../ui/pages/parts.py" line="401" />
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <location filename="../../ui/pages/parts.py" line="401" />
        <source>Balance</source>
        <translation>余额</translation>
    </message>
    <message>
        <location filename="../../ui/pages/parts.py" line="402" />
        <source>Reference</source>
        <translation>凭证号</translation>
    </message>
    <message>
        <location filename="../../ui/pages/parts.py" line="402" />
        <location filename="../../ui/pages/parts.py" line="417" />
        <source>By</source>
        <translation>操作人</translation>
    </message>
    <message>
        <location filename="../../ui/pages/parts.py" line="402" />
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../ui/pages/parts.py" line="403" />
        <source>On hand after the move</source>
        <translation>本次变动后的在库数量</translation>
    </message>
    <message>
        <location filename="../../ui/pages/parts.py" line="406" />
        <source>◀ Newer</source>
        <translation>◀ 较新</translation>
    </message>
    <message>
        <location filename="../../ui/pages/parts.py" line="407" />
        <source>Older ▶</source>
        <translation>较早 ▶</translation>
    </message>
    <message>
        <location filename="../../ui/pages/parts.py" line="415" />
        <source>Reserved for</source>
        <translation>预留给</translation>
    </message>
    <message>
        <location filename="../../ui/pages/parts.py" line="415" />
        <source>Pieces held</source>
        <translation>预留数量</translation>
    </message>
    <message>
        <location filename="../../ui/pages/parts.py" line="416" />
        <source>Already issued</source>
        <translation>已领用</translation>
    </message>
    <message>
        <location filename="../../ui/pages/parts.py" line="416" />
        <source>Since</source>
        <translation>起始时间</translation>
    </message>
    <message>
        <location filename="../../ui/pages/parts.py" line="418" />
        <source>Movement history</source>
        <translation>库存变动记录</translation>
    </message>
    <message>
        <location filename="../../ui/pages/parts.py" line="419" />
        <location filename="../../ui/pages/parts.py" line="439" />
        <source>Reservations</source>
        <translation>预留</translation>
    </message>
    <message>
        <location filename="../../ui/pages/parts.py" line="429" />
        <source>&lt;b&gt;Scan a part label&lt;/b&gt; or a supplier's barcode to open the part, or select one in the list.&lt;br&gt;&lt;br&gt;Scan a &lt;b&gt;bin label&lt;/b&gt; to list what the bin holds.</source>
        <translation>&lt;b&gt;扫描备件标签&lt;/b&gt;或供应商条码可打开备件，也可在列表中选择。&lt;br&gt;&lt;br&gt;扫描&lt;b&gt;库位标签&lt;/b&gt;可列出该库位中的备件。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/parts.py" line="460" />
        <source>no bin</source>
        <translation>无库位</translation>
    </message>
    <message>
        <location filename="../../ui/pages/parts.py" line="461" />
        <source>reorder at {n} free</source>
        <translation>可用数降至 {n} 时补货</translation>
    </message>
    <message>
        <location filename="../../ui/pages/parts.py" line="462" />
        <source>not watched for reordering</source>
        <translation>不监控补货</translation>
    </message>
    <message>
        <location filename="../../ui/pages/parts.py" line="463" />
        <source>Bin {bin} · unit {unit} · {reorder}</source>
        <translation>库位 {bin} · 单位 {unit} · {reorder}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/parts.py" line="465" />
        <source>&lt;b&gt;{on_hand}&lt;/b&gt; on hand · {reserved} reserved · &lt;b&gt;{free}&lt;/b&gt; free</source>
        <translation>在库 &lt;b&gt;{on_hand}&lt;/b&gt; · 预留 {reserved} · 可用 &lt;b&gt;{free}&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/pages/parts.py" line="470" />
        <source>at or below the reorder point</source>
        <translation>已达到或低于再订货点</translation>
    </message>
    <message>
        <location filename="../../ui/pages/parts.py" line="475" />
        <source>Average cost {avg} · value {value} · price cap {cap}</source>
        <translation>平均成本 {avg} · 金额 {value} · 限价 {cap}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/parts.py" line="477" />
        <source>set by the first receipt</source>
        <translation>首次入库时确定</translation>
    </message>
    <message>
        <location filename="../../ui/pages/parts.py" line="480" />
        <source>Fits: {models}</source>
        <translation>适用型号：{models}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/parts.py" line="483" />
        <source>Supplier barcodes: {codes}</source>
        <translation>供应商条码：{codes}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/parts.py" line="485" />
        <source>Ships without papers: receiving does not ask for them.</source>
        <translation>无随货文件：收货时不检查文件。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/parts.py" line="488" />
        <source>Discontinued: not received, not offered.</source>
        <translation>已停用：不再收货，也不再提供。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/parts.py" line="500" />
        <source>Reservations ({n})</source>
        <translation>预留（{n}）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/parts.py" line="515" />
        <source>Moves {first}–{last} of {total}, newest first</source>
        <translation>第 {first}–{last} 条，共 {total} 条，最新的在前</translation>
    </message>
    <message>
        <location filename="../../ui/pages/parts.py" line="519" />
        <source>No moves yet: the part has never been received.</source>
        <translation>暂无库存变动：该备件从未入库。</translation>
    </message>
</context>
<context>
    <name>PartDialog</name>
    <message>
        <location filename="../../ui/pages/parts.py" line="252" />
        <source>Edit part {number}</source>
        <translation>编辑备件 {number}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/parts.py" line="253" />
        <source>New part</source>
        <translation>新建备件</translation>
    </message>
    <message>
        <location filename="../../ui/pages/parts.py" line="257" />
        <source>P- and letters, digits, dashes, e.g. P-PSU-450</source>
        <translation>P- 加字母、数字或短横线，例如 P-PSU-450</translation>
    </message>
    <message>
        <location filename="../../ui/pages/parts.py" line="260" />
        <source>e.g. 工控机电源 250 W ATX power supply</source>
        <translation>例如 工控机电源 250 W ATX</translation>
    </message>
    <message>
        <location filename="../../ui/pages/parts.py" line="265" />
        <source>comma separated, e.g. IPC-610, IPC-510</source>
        <translation>以逗号分隔，例如 IPC-610, IPC-510</translation>
    </message>
    <message>
        <location filename="../../ui/pages/parts.py" line="271" />
        <source>no bin</source>
        <translation>无库位</translation>
    </message>
    <message>
        <location filename="../../ui/pages/parts.py" line="272" />
        <source>Reorder when free stock falls to</source>
        <translation>可用库存降至此数时补货</translation>
    </message>
    <message>
        <location filename="../../ui/pages/parts.py" line="280" />
        <source>Deliveries come with papers (manual, certificates) — checked at receiving</source>
        <translation>到货随附文件（说明书、证书）——收货时检查</translation>
    </message>
    <message>
        <location filename="../../ui/pages/parts.py" line="284" />
        <source>scan the supplier's barcode (comma separates several)</source>
        <translation>扫描供应商条码（多个条码以逗号分隔）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/parts.py" line="287" />
        <source>In use (untick to discontinue)</source>
        <translation>在用（取消勾选即停用）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/parts.py" line="291" />
        <source>Part number</source>
        <translation>备件号</translation>
    </message>
    <message>
        <location filename="../../ui/pages/parts.py" line="292" />
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../ui/pages/parts.py" line="293" />
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../ui/pages/parts.py" line="294" />
        <source>Fits models</source>
        <translation>适用型号</translation>
    </message>
    <message>
        <location filename="../../ui/pages/parts.py" line="295" />
        <source>Bin</source>
        <translation>库位</translation>
    </message>
    <message>
        <location filename="../../ui/pages/parts.py" line="296" />
        <source>Reorder point</source>
        <translation>再订货点</translation>
    </message>
    <message>
        <location filename="../../ui/pages/parts.py" line="298" />
        <source>Supplier barcodes</source>
        <translation>供应商条码</translation>
    </message>
    <message>
        <location filename="../../ui/pages/parts.py" line="300" />
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../ui/pages/parts.py" line="310" />
        <source>The number is printed on labels and in the ledger; it cannot change.</source>
        <translation>备件号会印在标签和台账上，不能修改。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/parts.py" line="340" />
        <source>Part {number} added to the catalogue.</source>
        <translation>备件 {number} 已加入备件目录。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/parts.py" line="356" />
        <source>Part {number} saved.</source>
        <translation>备件 {number} 已保存。</translation>
    </message>
</context>
<context>
    <name>PartsPage</name>
    <message>
        <location filename="../../ui/pages/parts.py" line="821" />
        <source>Parts</source>
        <translation>备件</translation>
    </message>
    <message>
        <location filename="../../ui/pages/parts.py" line="832" />
        <source>Catalogue</source>
        <translation>备件目录</translation>
    </message>
    <message>
        <location filename="../../ui/pages/parts.py" line="833" />
        <source>Receiving</source>
        <translation>到货入库</translation>
    </message>
    <message>
        <location filename="../../ui/pages/parts.py" line="834" />
        <source>Count</source>
        <translation>盘点</translation>
    </message>
    <message>
        <location filename="../../ui/pages/parts.py" line="835" />
        <source>Valuation and cores</source>
        <translation>库存估值与旧件</translation>
    </message>
    <message>
        <location filename="../../ui/pages/parts.py" line="918" />
        <source>{n} parts in stock, {value} at cost</source>
        <translation>在库备件 {n} 种，成本合计 {value}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/parts.py" line="921" />
        <source>{n} at or below the reorder point</source>
        <translation>{n} 种达到或低于再订货点</translation>
    </message>
    <message>
        <location filename="../../ui/pages/parts.py" line="924" />
        <source>{n} lot(s) in quarantine</source>
        <translation>{n} 批隔离中</translation>
    </message>
    <message>
        <location filename="../../ui/pages/parts.py" line="927" />
        <source>{n} core(s) overdue</source>
        <translation>{n} 件旧件逾期未还</translation>
    </message>
    <message>
        <location filename="../../ui/pages/parts_common.py" line="66" />
        <source>Enter the unit cost from the delivery note (0.00 for free samples).</source>
        <extracomment>at or below the reorder point (amber, like a warning, not an error) missing pieces, failed lots, overdue cores pieces found, passed lots</extracomment>
        <translation>请填写送货单上的单位成本（免费样品填 0.00）。</translation>
    </message>
    <message>
        <location filename="../../inventory/models.py" line="102" />
        <source>passed</source>
        <extracomment>lot, count and write-off states as the warehouse reads them (a lot's "returned" went back to its supplier; a count's and a write-off's "pending" waits for a manager)</extracomment>
        <translation>合格</translation>
    </message>
    <message>
        <location filename="../../inventory/models.py" line="103" />
        <source>quarantined</source>
        <translation>已隔离</translation>
    </message>
    <message>
        <location filename="../../inventory/models.py" line="104" />
        <source>returned to supplier</source>
        <translation>已退回供应商</translation>
    </message>
    <message>
        <location filename="../../inventory/models.py" line="105" />
        <source>released by a manager</source>
        <translation>经理已放行</translation>
    </message>
    <message>
        <location filename="../../inventory/models.py" line="106" />
        <source>open</source>
        <translation>进行中</translation>
    </message>
    <message>
        <location filename="../../inventory/models.py" line="107" />
        <location filename="../../inventory/models.py" line="110" />
        <source>waiting for a manager</source>
        <translation>待经理审批</translation>
    </message>
    <message>
        <location filename="../../inventory/models.py" line="108" />
        <source>posted</source>
        <translation>已过账</translation>
    </message>
    <message>
        <location filename="../../inventory/models.py" line="109" />
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location filename="../../inventory/models.py" line="111" />
        <source>refused</source>
        <translation>已驳回</translation>
    </message>
</context>
<context>
    <name>PayerRulesPanel</name>
    <message>
        <location filename="../../ui/pages/shipping.py" line="745" />
        <source>Who pays each shipping leg, by the coverage of the RMA. A new leg takes its payer from this table when it is recorded; legs already recorded keep theirs. “—” means not applicable: only loaner legs may have it (no loaner for that coverage).</source>
        <translation>按维修单的保修判定规定各运输段的运费由谁承担。新运输段在登记时按此表确定付款方；已登记的运输段保持原付款方。“—”表示不适用：仅备用机运输段可设为此项（该保修判定不提供备用机）。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/shipping.py" line="777" />
        <source>Save payer table</source>
        <translation>保存付款方表</translation>
    </message>
    <message>
        <location filename="../../ui/pages/shipping.py" line="780" />
        <source>Reset to defaults</source>
        <translation>恢复默认值</translation>
    </message>
    <message>
        <location filename="../../ui/pages/shipping.py" line="781" />
        <source>Fill in DOMAIN §5's defaults (not saved until you save).</source>
        <translation>填入 DOMAIN §5 的默认值（点击保存后才生效）。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/shipping.py" line="784" />
        <source>Revert</source>
        <translation>还原</translation>
    </message>
    <message>
        <location filename="../../ui/pages/shipping.py" line="804" />
        <source>Last changed by {who}.</source>
        <translation>最后修改人：{who}。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/shipping.py" line="806" />
        <source>The defaults of DOMAIN §5 are in force.</source>
        <translation>当前使用 DOMAIN §5 的默认值。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/shipping.py" line="844" />
        <source>Only a manager may change the payer table.</source>
        <translation>只有经理可以修改付款方表。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/shipping.py" line="854" />
        <source>Payer table saved: it applies to legs recorded from now on.</source>
        <translation>付款方表已保存：适用于此后登记的运输段。</translation>
    </message>
</context>
<context>
    <name>Payments</name>
    <message>
        <location filename="../../rma/payments.py" line="65" />
        <source>Cash</source>
        <translation>现金</translation>
    </message>
    <message>
        <location filename="../../rma/payments.py" line="66" />
        <source>Bank transfer</source>
        <translation>银行转账</translation>
    </message>
    <message>
        <location filename="../../rma/payments.py" line="67" />
        <source>WeChat Pay</source>
        <translation>微信支付</translation>
    </message>
    <message>
        <location filename="../../rma/payments.py" line="68" />
        <source>Alipay</source>
        <translation>支付宝</translation>
    </message>
    <message>
        <location filename="../../rma/payments.py" line="69" />
        <source>Card</source>
        <translation>银行卡</translation>
    </message>
</context>
<context>
    <name>PoolModel</name>
    <message>
        <location filename="../../ui/pages/loaners.py" line="147" />
        <source>Loaner</source>
        <translation>备用机</translation>
    </message>
    <message>
        <location filename="../../ui/pages/loaners.py" line="148" />
        <source>Description</source>
        <translation>说明</translation>
    </message>
    <message>
        <location filename="../../ui/pages/loaners.py" line="149" />
        <source>Class</source>
        <translation>等级</translation>
    </message>
    <message>
        <location filename="../../ui/pages/loaners.py" line="150" />
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/pages/loaners.py" line="151" />
        <source>Location</source>
        <translation>存放位置</translation>
    </message>
    <message>
        <location filename="../../ui/pages/loaners.py" line="152" />
        <source>Condition</source>
        <translation>成色</translation>
    </message>
    <message>
        <location filename="../../ui/pages/loaners.py" line="153" />
        <source>RMA</source>
        <translation>维修单</translation>
    </message>
    <message>
        <location filename="../../ui/pages/loaners.py" line="154" />
        <source>Due back</source>
        <translation>应还日期</translation>
    </message>
    <message>
        <location filename="../../ui/pages/loaners.py" line="178" />
        <source>after delivery</source>
        <translation>交付后起算</translation>
    </message>
    <message>
        <location filename="../../ui/pages/loaners.py" line="180" />
        <source>{day} ({n} d overdue)</source>
        <translation>{day}（逾期 {n} 天）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/loaners.py" line="192" />
        <source>out — overdue</source>
        <translation>借出——逾期</translation>
    </message>
</context>
<context>
    <name>QueueModel</name>
    <message>
        <location filename="../../ui/pages/bench.py" line="216" />
        <location filename="../../ui/pages/shipping.py" line="136" />
        <source>RMA</source>
        <extracomment>the states the outbound queue lists: being tested (blocked until it passes) and ready</extracomment>
        <translation>维修单</translation>
    </message>
    <message>
        <location filename="../../ui/pages/bench.py" line="217" />
        <source>Time left</source>
        <translation>剩余时间</translation>
    </message>
    <message>
        <location filename="../../ui/pages/bench.py" line="218" />
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/pages/bench.py" line="219" />
        <location filename="../../ui/pages/shipping.py" line="137" />
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../ui/pages/bench.py" line="220" />
        <source>Technician</source>
        <translation>技术员</translation>
    </message>
    <message>
        <location filename="../../ui/pages/bench.py" line="250" />
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location filename="../../ui/pages/shipping.py" line="138" />
        <source>Unit</source>
        <translation>设备</translation>
    </message>
    <message>
        <location filename="../../ui/pages/shipping.py" line="139" />
        <source>Coverage</source>
        <translation>保修判定</translation>
    </message>
    <message>
        <location filename="../../ui/pages/shipping.py" line="140" />
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/pages/shipping.py" line="141" />
        <source>Why not</source>
        <translation>受阻原因</translation>
    </message>
    <message>
        <location filename="../../ui/pages/shipping.py" line="165" />
        <source>ready to ship</source>
        <translation>可发货</translation>
    </message>
    <message>
        <location filename="../../ui/pages/shipping.py" line="166" />
        <source>blocked</source>
        <translation>受阻</translation>
    </message>
    <message>
        <location filename="../../ui/pages/shipping.py" line="169" />
        <source>{first} (+{n} more)</source>
        <translation>{first}（另有 {n} 项）</translation>
    </message>
</context>
<context>
    <name>Quotes</name>
    <message>
        <location filename="../../rma/quotes.py" line="116" />
        <source>part</source>
        <translation>备件</translation>
    </message>
    <message>
        <location filename="../../rma/quotes.py" line="117" />
        <source>labour</source>
        <translation>人工</translation>
    </message>
    <message>
        <location filename="../../rma/quotes.py" line="118" />
        <source>on-site fee</source>
        <translation>上门费</translation>
    </message>
    <message>
        <location filename="../../rma/quotes.py" line="119" />
        <source>shipping</source>
        <translation>运费</translation>
    </message>
    <message>
        <location filename="../../rma/quotes.py" line="123" />
        <source>draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <location filename="../../rma/quotes.py" line="124" />
        <source>issued</source>
        <translation>已出具</translation>
    </message>
    <message>
        <location filename="../../rma/quotes.py" line="125" />
        <source>accepted</source>
        <translation>已接受</translation>
    </message>
    <message>
        <location filename="../../rma/quotes.py" line="126" />
        <source>declined</source>
        <translation>已拒绝</translation>
    </message>
    <message>
        <location filename="../../rma/quotes.py" line="127" />
        <source>superseded</source>
        <translation>已作废</translation>
    </message>
</context>
<context>
    <name>QuotesPage</name>
    <message>
        <location filename="../../ui/pages/quotes.py" line="89" />
        <source>Waiting on the customer</source>
        <translation>等待客户</translation>
    </message>
    <message>
        <location filename="../../ui/pages/quotes.py" line="90" />
        <source>To quote</source>
        <translation>待报价</translation>
    </message>
    <message>
        <location filename="../../ui/pages/quotes.py" line="91" />
        <source>All chargeable</source>
        <translation>全部收费维修</translation>
    </message>
    <message>
        <location filename="../../ui/pages/quotes.py" line="95" />
        <location filename="../../ui/pages/quotes.py" line="437" />
        <source>Part</source>
        <translation>备件</translation>
    </message>
    <message>
        <location filename="../../ui/pages/quotes.py" line="96" />
        <source>Labour</source>
        <translation>人工</translation>
    </message>
    <message>
        <location filename="../../ui/pages/quotes.py" line="97" />
        <source>On-site fee</source>
        <translation>上门费</translation>
    </message>
    <message>
        <location filename="../../ui/pages/quotes.py" line="98" />
        <source>Shipping</source>
        <translation>发货</translation>
    </message>
    <message>
        <location filename="../../ui/pages/quotes.py" line="102" />
        <source>at cost price</source>
        <translation>按成本价</translation>
    </message>
    <message>
        <location filename="../../ui/pages/quotes.py" line="103" />
        <source>capped at the part's initial price</source>
        <translation>以备件初始价格封顶</translation>
    </message>
    <message>
        <location filename="../../ui/pages/quotes.py" line="104" />
        <source>price entered</source>
        <translation>手工录入价格</translation>
    </message>
    <message>
        <location filename="../../ui/pages/quotes.py" line="105" />
        <source>labour policy</source>
        <translation>按人工费规定</translation>
    </message>
    <message>
        <location filename="../../ui/pages/quotes.py" line="128" />
        <source>quote {number} ({kind})</source>
        <translation>报价单 {number}（{kind}）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/quotes.py" line="301" />
        <source>Quotes &amp; payments</source>
        <translation>报价与付款</translation>
    </message>
    <message>
        <location filename="../../ui/pages/quotes.py" line="303" />
        <source>Scan or type an RMA number (Ctrl+L)</source>
        <translation>扫描或输入维修单号 (Ctrl+L)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/quotes.py" line="317" />
        <source>Saved {file}.</source>
        <translation>已保存 {file}。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/quotes.py" line="318" />
        <source>Export cancelled.</source>
        <translation>导出已取消。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/quotes.py" line="369" />
        <source>Scan an RMA label, or pick an RMA from the list.</source>
        <translation>请扫描维修单标签，或从列表中选择维修单。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/quotes.py" line="401" />
        <source>Open on the bench</source>
        <translation>在维修台打开</translation>
    </message>
    <message>
        <location filename="../../ui/pages/quotes.py" line="437" />
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../ui/pages/quotes.py" line="437" />
        <source>Description</source>
        <translation>说明</translation>
    </message>
    <message>
        <location filename="../../ui/pages/quotes.py" line="437" />
        <location filename="../../ui/pages/quotes.py" line="493" />
        <source>Qty</source>
        <translation>数量</translation>
    </message>
    <message>
        <location filename="../../ui/pages/quotes.py" line="438" />
        <location filename="../../ui/pages/quotes.py" line="480" />
        <source>Unit price</source>
        <translation>单价</translation>
    </message>
    <message>
        <location filename="../../ui/pages/quotes.py" line="438" />
        <location filename="../../ui/pages/quotes.py" line="615" />
        <location filename="../../ui/pages/quotes.py" line="1051" />
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../ui/pages/quotes.py" line="471" />
        <source>Part number (or scan the part)</source>
        <translation>备件号（或扫描备件）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/quotes.py" line="474" />
        <source>Description (optional for catalogue parts)</source>
        <translation>说明（目录内备件可不填）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/quotes.py" line="482" />
        <source>Add line</source>
        <translation>添加行</translation>
    </message>
    <message>
        <location filename="../../ui/pages/quotes.py" line="486" />
        <source>Update selected</source>
        <translation>更新所选</translation>
    </message>
    <message>
        <location filename="../../ui/pages/quotes.py" line="488" />
        <source>Remove selected</source>
        <translation>删除所选</translation>
    </message>
    <message>
        <location filename="../../ui/pages/quotes.py" line="508" />
        <source>Diagnosis fee if declined</source>
        <translation>拒绝报价时的检测费</translation>
    </message>
    <message>
        <location filename="../../ui/pages/quotes.py" line="512" />
        <source>Set fee</source>
        <translation>设置费用</translation>
    </message>
    <message>
        <location filename="../../ui/pages/quotes.py" line="526" />
        <location filename="../../ui/pages/quotes.py" line="890" />
        <source>New quote</source>
        <translation>新建报价单</translation>
    </message>
    <message>
        <location filename="../../ui/pages/quotes.py" line="528" />
        <source>Issue quote (Ctrl+I)</source>
        <translation>出具报价单 (Ctrl+I)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/quotes.py" line="531" />
        <source>Customer accepted…</source>
        <translation>客户已接受…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/quotes.py" line="533" />
        <source>Customer declined…</source>
        <translation>客户已拒绝…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/quotes.py" line="535" />
        <source>Export .xlsx</source>
        <translation>导出 .xlsx</translation>
    </message>
    <message>
        <location filename="../../ui/pages/quotes.py" line="537" />
        <source>Export PDF</source>
        <translation>导出 PDF</translation>
    </message>
    <message>
        <location filename="../../ui/pages/quotes.py" line="556" />
        <source>Payments</source>
        <translation>付款</translation>
    </message>
    <message>
        <location filename="../../ui/pages/quotes.py" line="563" />
        <location filename="../../ui/pages/quotes.py" line="941" />
        <source>Outstanding</source>
        <translation>未付</translation>
    </message>
    <message>
        <location filename="../../ui/pages/quotes.py" line="565" />
        <source>Due</source>
        <translation>应付</translation>
    </message>
    <message>
        <location filename="../../ui/pages/quotes.py" line="566" />
        <source>Paid</source>
        <translation>已付</translation>
    </message>
    <message>
        <location filename="../../ui/pages/quotes.py" line="581" />
        <source>Amount, e.g. 500.00</source>
        <translation>金额，例如 500.00</translation>
    </message>
    <message>
        <location filename="../../ui/pages/quotes.py" line="587" />
        <source>Reference (transfer no., receipt)</source>
        <translation>凭证号（转账单号、收据号）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/quotes.py" line="593" />
        <source>Note (optional)</source>
        <translation>备注（可选）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/quotes.py" line="594" />
        <source>Allow more than is outstanding</source>
        <translation>允许超过未付金额</translation>
    </message>
    <message>
        <location filename="../../ui/pages/quotes.py" line="595" />
        <source>Only when the customer really paid more: the excess becomes a credit to refund.</source>
        <translation>仅限客户确实多付时使用：多付部分将记为应退款。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/quotes.py" line="597" />
        <source>Record payment (Ctrl+Enter)</source>
        <translation>登记付款 (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/quotes.py" line="615" />
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../ui/pages/quotes.py" line="615" />
        <source>Method</source>
        <translation>付款方式</translation>
    </message>
    <message>
        <location filename="../../ui/pages/quotes.py" line="615" />
        <source>Reference</source>
        <translation>凭证号</translation>
    </message>
    <message>
        <location filename="../../ui/pages/quotes.py" line="616" />
        <source>By</source>
        <translation>操作人</translation>
    </message>
    <message>
        <location filename="../../ui/pages/quotes.py" line="616" />
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../ui/pages/quotes.py" line="627" />
        <source>Record refund…</source>
        <translation>登记退款…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/quotes.py" line="684" />
        <source>{code} is not an RMA number.</source>
        <translation>{code} 不是维修单号。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/quotes.py" line="732" />
        <source>Scan your badge to see the list.</source>
        <translation>请扫描工牌查看列表。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/quotes.py" line="748" />
        <source>{filter} ({n})</source>
        <translation>{filter}（{n}）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/quotes.py" line="754" />
        <source>{n} RMA(s); {amount} outstanding in total.</source>
        <translation>共 {n} 张维修单，未付合计 {amount}。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/quotes.py" line="755" />
        <source>Nothing here.</source>
        <translation>暂无记录。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/quotes.py" line="790" />
        <source>no customer on record</source>
        <translation>无客户记录</translation>
    </message>
    <message>
        <location filename="../../ui/pages/quotes.py" line="795" />
        <source>&lt;b&gt;{customer}&lt;/b&gt;{contact}&lt;br&gt;{serial} · {model} · reported fault: {fault}</source>
        <translation>&lt;b&gt;{customer}&lt;/b&gt;{contact}&lt;br&gt;{serial} · {model} · 报修故障：{fault}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/quotes.py" line="820" />
        <source>No quote yet</source>
        <translation>尚无报价单</translation>
    </message>
    <message>
        <location filename="../../ui/pages/quotes.py" line="823" />
        <source>Quote {number} · {status}</source>
        <translation>报价单 {number} · {status}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/quotes.py" line="828" />
        <source>expired on {date}</source>
        <translation>已于 {date} 过期</translation>
    </message>
    <message>
        <location filename="../../ui/pages/quotes.py" line="829" />
        <source>valid until {date}</source>
        <translation>有效期至 {date}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/quotes.py" line="832" />
        <source>valid until {date} if issued today</source>
        <translation>如今天出具，有效期至 {date}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/quotes.py" line="839" />
        <source>{status} by {method} on {when} ({who}).</source>
        <translation>{status}：{when} 通过{method}确认（{who}）。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/quotes.py" line="844" />
        <source>Other revisions: {list}</source>
        <translation>其他版本：{list}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/quotes.py" line="863" />
        <source>; initial price {cap}</source>
        <translation>；初始价格 {cap}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/quotes.py" line="869" />
        <source>Total {amount} {currency}</source>
        <translation>合计 {amount} {currency}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/quotes.py" line="871" />
        <source>Diagnosis fee owed if declined: {amount}</source>
        <translation>拒绝报价时应付检测费：{amount}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/quotes.py" line="878" />
        <source>Needed parts not on the quote: {parts}</source>
        <translation>所需备件未列入报价单：{parts}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/quotes.py" line="889" />
        <source>Revise quote</source>
        <translation>修订报价单</translation>
    </message>
    <message>
        <location filename="../../ui/pages/quotes.py" line="893" />
        <source>Ctrl+N — a revision starts as a copy of the latest quote the customer saw.</source>
        <translation>Ctrl+N — 修订版以客户最近收到的报价单为副本开始编辑。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/quotes.py" line="914" />
        <source>{rma} is {coverage}: the repair is free and there is nothing to quote.</source>
        <translation>{rma} 保修判定为 {coverage}：本次维修免费，无需报价。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/quotes.py" line="919" />
        <source>&lt;b&gt;{actions}&lt;/b&gt;: {reason}</source>
        <translation>&lt;b&gt;{actions}&lt;/b&gt;：{reason}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/quotes.py" line="938" />
        <source>Credit to refund</source>
        <translation>应退款</translation>
    </message>
    <message>
        <location filename="../../ui/pages/quotes.py" line="946" />
        <source>Due is the accepted quote {quote}.</source>
        <translation>应付金额按已接受的报价单 {quote} 计算。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/quotes.py" line="949" />
        <source>Nothing is due until the customer accepts quote {quote}.</source>
        <translation>客户接受报价单 {quote} 之前无需付款。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/quotes.py" line="952" />
        <source>Includes {amount} of shipping billed to the customer.</source>
        <translation>含由客户承担的运费 {amount}。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/quotes.py" line="955" />
        <source>The repair starts once {amount} more is paid.</source>
        <translation>再付 {amount} 后即开始维修。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/quotes.py" line="980" />
        <source>Refunds are recorded by a manager.</source>
        <translation>退款须由经理登记。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/quotes.py" line="985" />
        <source>Payments are recorded by the service desk (scan a desk badge).</source>
        <translation>付款须由服务台登记（请扫描服务台工牌）。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/quotes.py" line="1020" />
        <source>Open an RMA first: scan its label.</source>
        <translation>请先打开维修单：扫描维修单标签。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/quotes.py" line="1028" />
        <source>There is no draft to change: press Revise quote to start a revision.</source>
        <translation>没有可修改的草稿：请点击“修订报价单”开始修订。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/quotes.py" line="1039" />
        <source>Draft {quote} ready: add its lines.</source>
        <translation>草稿 {quote} 已创建：请添加明细行。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/quotes.py" line="1050" />
        <source>Unit price (empty: the catalogue's)</source>
        <translation>单价（留空：使用目录价格）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/quotes.py" line="1051" />
        <source>by policy</source>
        <translation>按规定</translation>
    </message>
    <message>
        <location filename="../../ui/pages/quotes.py" line="1072" />
        <source>{part} is not in the catalogue: enter its price.</source>
        <translation>{part} 不在备件目录中：请填写价格。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/quotes.py" line="1074" />
        <source>{qty} × {price} = {amount} (price entered)</source>
        <translation>{qty} × {price} = {amount}（手工录入价格）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/quotes.py" line="1084" />
        <source>{name}: cost {cost}, initial price {cap}.</source>
        <translation>{name}：成本 {cost}，初始价格 {cap}。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/quotes.py" line="1088" />
        <location filename="../../ui/pages/quotes.py" line="1102" />
        <source>{qty} × {price} = {amount}</source>
        <translation>{qty} × {price} = {amount}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/quotes.py" line="1091" />
        <source>Above the initial price: refused.</source>
        <translation>高于初始价格：不予接受。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/quotes.py" line="1094" />
        <source>Scan a part label or type its number.</source>
        <translation>请扫描备件标签或输入备件号。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/quotes.py" line="1097" />
        <source>Labour is charged by policy (a manager sets it).</source>
        <translation>人工费按规定收取（由经理设置）。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/quotes.py" line="1100" />
        <source>Enter the amount.</source>
        <translation>请输入金额。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/quotes.py" line="1131" />
        <source>Line added: {qty} × {what}, {amount}.</source>
        <translation>已添加：{qty} × {what}，{amount}。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/quotes.py" line="1169" />
        <source>{qty} × {part} on the quote, {amount}.</source>
        <translation>已列入报价单：{qty} × {part}，{amount}。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/quotes.py" line="1190" />
        <source>Select the line to change.</source>
        <translation>请选择要修改的行。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/quotes.py" line="1201" />
        <source>Line changed: {qty} × {what}, {amount}.</source>
        <translation>已修改：{qty} × {what}，{amount}。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/quotes.py" line="1209" />
        <source>Select the line to remove.</source>
        <translation>请选择要删除的行。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/quotes.py" line="1223" />
        <source>Line removed.</source>
        <translation>已删除该行。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/quotes.py" line="1235" />
        <source>Diagnosis fee set to {amount}.</source>
        <translation>检测费已设为 {amount}。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/quotes.py" line="1244" />
        <source>This action is not possible now.</source>
        <translation>当前无法执行此操作。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/quotes.py" line="1254" />
        <source>Quote {quote} issued: {total}, valid until {date}.</source>
        <translation>报价单 {quote} 已出具：{total}，有效期至 {date}。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/quotes.py" line="1266" />
        <source>Customer accepted the quote</source>
        <translation>客户接受报价单</translation>
    </message>
    <message>
        <location filename="../../ui/pages/quotes.py" line="1267" />
        <source>Record how the customer's acceptance reached us. The quote's parts are reserved.</source>
        <translation>请记录客户以何种方式确认接受。报价单中的备件将被预留。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/quotes.py" line="1270" />
        <source>Customer declined the quote</source>
        <translation>客户拒绝报价单</translation>
    </message>
    <message>
        <location filename="../../ui/pages/quotes.py" line="1271" />
        <source>Record how the customer's refusal reached us; the diagnosis fee and return shipping are then owed.</source>
        <translation>请记录客户以何种方式表示拒绝；拒绝后客户须支付检测费和回寄运费。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/quotes.py" line="1277" />
        <source>Quote {quote} {status}; {rma} is now {state}.</source>
        <translation>报价单 {quote} {status}；{rma} 状态已变为 {state}。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/quotes.py" line="1315" />
        <source>{amount} received: paid in full, {rma} is released for repair.</source>
        <translation>已收款 {amount}：已全额付清，{rma} 已放行维修。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/quotes.py" line="1318" />
        <source>{amount} received on {rma}; {left} outstanding.</source>
        <translation>{rma} 已收款 {amount}；尚欠 {left}。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/quotes.py" line="1329" />
        <source>Refund recorded on {rma}.</source>
        <translation>已为 {rma} 登记退款。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/quotes.py" line="1338" />
        <source>There is no quote to export yet.</source>
        <translation>尚无可导出的报价单。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/quotes.py" line="1342" />
        <source>An export is already running.</source>
        <translation>已有导出正在进行。</translation>
    </message>
</context>
<context>
    <name>ReceivingTab</name>
    <message>
        <location filename="../../ui/pages/parts_receiving.py" line="128" />
        <location filename="../../ui/pages/parts_receiving.py" line="135" />
        <source>Lot</source>
        <translation>批次</translation>
    </message>
    <message>
        <location filename="../../ui/pages/parts_receiving.py" line="128" />
        <location filename="../../ui/pages/parts_receiving.py" line="136" />
        <source>Part number</source>
        <translation>备件号</translation>
    </message>
    <message>
        <location filename="../../ui/pages/parts_receiving.py" line="128" />
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../ui/pages/parts_receiving.py" line="128" />
        <source>Note qty</source>
        <translation>送货单数量</translation>
    </message>
    <message>
        <location filename="../../ui/pages/parts_receiving.py" line="129" />
        <source>Counted</source>
        <translation>实盘数</translation>
    </message>
    <message>
        <location filename="../../ui/pages/parts_receiving.py" line="129" />
        <location filename="../../ui/pages/parts_receiving.py" line="136" />
        <location filename="../../ui/pages/parts_receiving.py" line="248" />
        <source>Unit cost</source>
        <translation>单位成本</translation>
    </message>
    <message>
        <location filename="../../ui/pages/parts_receiving.py" line="129" />
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <location filename="../../ui/pages/parts_receiving.py" line="129" />
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../../ui/pages/parts_receiving.py" line="130" />
        <location filename="../../ui/pages/parts_receiving.py" line="137" />
        <source>Why</source>
        <translation>依据</translation>
    </message>
    <message>
        <location filename="../../ui/pages/parts_receiving.py" line="135" />
        <source>Inspected</source>
        <translation>检验日期</translation>
    </message>
    <message>
        <location filename="../../ui/pages/parts_receiving.py" line="135" />
        <location filename="../../ui/pages/parts_receiving.py" line="192" />
        <source>Supplier</source>
        <translation>供应商</translation>
    </message>
    <message>
        <location filename="../../ui/pages/parts_receiving.py" line="135" />
        <source>Delivery note</source>
        <translation>送货单</translation>
    </message>
    <message>
        <location filename="../../ui/pages/parts_receiving.py" line="136" />
        <source>Counted / note</source>
        <translation>实收 / 送货单</translation>
    </message>
    <message>
        <location filename="../../ui/pages/parts_receiving.py" line="143" />
        <source>Return to supplier…</source>
        <translation>退回供应商…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/parts_receiving.py" line="144" />
        <source>Release into stock…</source>
        <translation>放行入库…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/parts_receiving.py" line="172" />
        <source>&lt;b&gt;1 · The delivery&lt;/b&gt;</source>
        <translation>&lt;b&gt;1 · 到货信息&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/pages/parts_receiving.py" line="180" />
        <source>New…</source>
        <translation>新建…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/parts_receiving.py" line="185" />
        <source>as printed on the delivery note</source>
        <translation>与送货单上印的一致</translation>
    </message>
    <message>
        <location filename="../../ui/pages/parts_receiving.py" line="190" />
        <source>Open delivery</source>
        <translation>开始收货</translation>
    </message>
    <message>
        <location filename="../../ui/pages/parts_receiving.py" line="193" />
        <source>Delivery note no.</source>
        <translation>送货单号</translation>
    </message>
    <message>
        <location filename="../../ui/pages/parts_receiving.py" line="194" />
        <source>Delivery date</source>
        <translation>送货日期</translation>
    </message>
    <message>
        <location filename="../../ui/pages/parts_receiving.py" line="200" />
        <source>Continue</source>
        <translation>继续</translation>
    </message>
    <message>
        <location filename="../../ui/pages/parts_receiving.py" line="204" />
        <source>Or continue</source>
        <translation>或继续</translation>
    </message>
    <message>
        <location filename="../../ui/pages/parts_receiving.py" line="209" />
        <source>Finish delivery</source>
        <translation>完成收货</translation>
    </message>
    <message>
        <location filename="../../ui/pages/parts_receiving.py" line="230" />
        <source>&lt;b&gt;2 · Each lot: scan the part, count, inspect&lt;/b&gt;</source>
        <translation>&lt;b&gt;2 · 逐批处理：扫描备件、清点、检验&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/pages/parts_receiving.py" line="244" />
        <source>Qty on delivery note</source>
        <translation>送货单数量</translation>
    </message>
    <message>
        <location filename="../../ui/pages/parts_receiving.py" line="246" />
        <source>Qty counted</source>
        <translation>实收数量</translation>
    </message>
    <message>
        <location filename="../../ui/pages/parts_receiving.py" line="256" />
        <source>Appearance OK: no damage, packaging intact</source>
        <translation>外观合格：无损坏，包装完好</translation>
    </message>
    <message>
        <location filename="../../ui/pages/parts_receiving.py" line="258" />
        <location filename="../../ui/pages/parts_receiving.py" line="428" />
        <location filename="../../ui/pages/parts_receiving.py" line="446" />
        <source>Documents present:</source>
        <translation>随货文件：</translation>
    </message>
    <message>
        <location filename="../../ui/pages/parts_receiving.py" line="267" />
        <source>All present</source>
        <translation>全部齐全</translation>
    </message>
    <message>
        <location filename="../../ui/pages/parts_receiving.py" line="268" />
        <source>Tick all four papers</source>
        <translation>勾选全部四种文件</translation>
    </message>
    <message>
        <location filename="../../ui/pages/parts_receiving.py" line="273" />
        <source>Note (optional), e.g. what is damaged, what the supplier said</source>
        <translation>备注（可选），例如损坏情况、供应商的说明</translation>
    </message>
    <message>
        <location filename="../../ui/pages/parts_receiving.py" line="280" />
        <source>Book lot (Ctrl+Enter)</source>
        <translation>登记批次 (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/parts_receiving.py" line="282" />
        <source>Clear (Esc)</source>
        <translation>清空 (Esc)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/parts_receiving.py" line="341" />
        <source>Choose the supplier (or add it with New…).</source>
        <translation>请选择供应商（或点击“新建…”添加）。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/parts_receiving.py" line="348" />
        <source>Delivery {number} opened: scan the first part.</source>
        <translation>送货单 {number} 已开始收货：请扫描第一个备件。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/parts_receiving.py" line="368" />
        <source>Delivery {number} finished.</source>
        <translation>送货单 {number} 收货完成。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/parts_receiving.py" line="383" />
        <source>Open the delivery first; then scan each part as it is unpacked.</source>
        <translation>请先开始收货，然后在拆包时逐一扫描备件。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/parts_receiving.py" line="386" />
        <source>Lots of this delivery</source>
        <translation>本次到货的批次</translation>
    </message>
    <message>
        <location filename="../../ui/pages/parts_receiving.py" line="390" />
        <source>Receiving delivery note &lt;b&gt;{number}&lt;/b&gt;&lt;br&gt;{supplier}&lt;br&gt;dated {day}</source>
        <translation>正在收货：送货单 &lt;b&gt;{number}&lt;/b&gt;&lt;br&gt;{supplier}&lt;br&gt;日期 {day}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/parts_receiving.py" line="401" />
        <source>Open the delivery first (supplier, delivery note number, date), then scan {part}.</source>
        <translation>请先开始收货（供应商、送货单号、日期），再扫描 {part}。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/parts_receiving.py" line="410" />
        <source>Lot of {part} dropped; nothing was saved.</source>
        <translation>已放弃 {part} 的批次，未保存任何内容。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/parts_receiving.py" line="417" />
        <source>no bin</source>
        <translation>无库位</translation>
    </message>
    <message>
        <location filename="../../ui/pages/parts_receiving.py" line="419" />
        <source>&lt;span style='font-size:13pt; font-weight:600'&gt;{number}&lt;/span&gt; &amp;nbsp;{name}&lt;br&gt;bin {bin} · unit {unit} · last receipt cost {last}</source>
        <translation>&lt;span style='font-size:13pt; font-weight:600'&gt;{number}&lt;/span&gt; &amp;nbsp;{name}&lt;br&gt;库位 {bin} · 单位 {unit} · 上次入库成本 {last}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/parts_receiving.py" line="429" />
        <source>Ships without papers (not checked):</source>
        <translation>无随货文件（不检查）：</translation>
    </message>
    <message>
        <location filename="../../ui/pages/parts_receiving.py" line="451" />
        <source>&lt;b&gt;Scan the part&lt;/b&gt;: our P-… label or the supplier's barcode on the bag.</source>
        <translation>&lt;b&gt;扫描备件&lt;/b&gt;：本公司的 P-… 标签或包装袋上的供应商条码。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/parts_receiving.py" line="471" />
        <source>Goes to quarantine:</source>
        <translation>将进入隔离：</translation>
    </message>
    <message>
        <location filename="../../ui/pages/parts_receiving.py" line="476" />
        <source>Passes: {n} {unit} enter stock.</source>
        <translation>合格：{n} {unit} 入库。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/parts_receiving.py" line="482" />
        <source>Passes: {n} {unit} enter stock at {cost} each, {total} in all.</source>
        <translation>合格：{n} {unit} 入库，单价 {cost}，合计 {total}。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/parts_receiving.py" line="492" />
        <source>Open the delivery first.</source>
        <translation>请先开始收货。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/parts_receiving.py" line="495" />
        <source>Scan the part of this lot first.</source>
        <translation>请先扫描本批次的备件。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/parts_receiving.py" line="497" />
        <source>the quantity on the delivery note</source>
        <translation>送货单数量</translation>
    </message>
    <message>
        <location filename="../../ui/pages/parts_receiving.py" line="498" />
        <source>the quantity counted</source>
        <translation>实收数量</translation>
    </message>
    <message>
        <location filename="../../ui/pages/parts_receiving.py" line="500" />
        <source>Enter {what}.</source>
        <translation>请填写{what}。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/parts_receiving.py" line="520" />
        <source>Lot #{id} passed: {n} × {part} entered stock at {cost}; {on_hand} on hand now.</source>
        <translation>批次 #{id} 合格：{n} × {part} 已按 {cost} 入库；当前在库 {on_hand}。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/parts_receiving.py" line="529" />
        <source>Lot #{id} of {part} went to quarantine: {why}</source>
        <translation>{part} 的批次 #{id} 已隔离：{why}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/parts_receiving.py" line="533" />
        <source>Lot #{id} of {part} went to quarantine:</source>
        <translation>{part} 的批次 #{id} 已隔离：</translation>
    </message>
    <message>
        <location filename="../../ui/pages/parts_receiving.py" line="556" />
        <source>Lots of {number} ({n})</source>
        <translation>{number} 的批次（{n}）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/parts_receiving.py" line="561" />
        <source>No lots yet: scan the first part.</source>
        <translation>尚无批次：请扫描第一个备件。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/parts_receiving.py" line="564" />
        <source>{n} lot(s) so far: {passed} into stock ({pieces} pieces, {value} at cost), {held} in quarantine.</source>
        <translation>已登记 {n} 批：{passed} 批入库（{pieces} 件，成本 {value}），{held} 批隔离。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/parts_receiving.py" line="581" />
        <source>Quarantine ({n})</source>
        <translation>隔离（{n}）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/parts_receiving.py" line="598" />
        <source>Only a manager releases a quarantined lot into stock.</source>
        <translation>只有经理可以将隔离批次放行入库。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/parts_receiving.py" line="605" />
        <source>Return lot #{id} to the supplier</source>
        <translation>将批次 #{id} 退回供应商</translation>
    </message>
    <message>
        <location filename="../../ui/pages/parts_receiving.py" line="606" />
        <source>How does it go back? (the supplier's return number, courier and tracking number)</source>
        <translation>如何退回？（供应商退货单号、快递公司及运单号）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/parts_receiving.py" line="619" />
        <source>Release lot #{id} into stock</source>
        <translation>批次 #{id} 放行入库</translation>
    </message>
    <message>
        <location filename="../../ui/pages/parts_receiving.py" line="620" />
        <source>Why may it enter stock now? (the missing paper arrived, the shortage was settled with the supplier…)</source>
        <translation>为何现在可以入库？（缺少的文件已补齐、短缺已与供应商协商解决…）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/parts_receiving.py" line="630" />
        <source>Lot #{id} recorded as returned to the supplier.</source>
        <translation>批次 #{id} 已登记为退回供应商。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/parts_receiving.py" line="633" />
        <source>Lot #{id} released into stock.</source>
        <translation>批次 #{id} 已放行入库。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/parts_receiving.py" line="644" />
        <source>Warehouse staff or a manager receive deliveries.</source>
        <translation>仅仓库人员或经理可以办理到货入库。</translation>
    </message>
</context>
<context>
    <name>RefundDialog</name>
    <message>
        <location filename="../../ui/pages/quotes.py" line="244" />
        <source>Record a refund</source>
        <translation>登记退款</translation>
    </message>
    <message>
        <location filename="../../ui/pages/quotes.py" line="253" />
        <source>Why the money goes back (required)</source>
        <translation>退款原因（必填）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/quotes.py" line="254" />
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../ui/pages/quotes.py" line="255" />
        <source>Method</source>
        <translation>付款方式</translation>
    </message>
    <message>
        <location filename="../../ui/pages/quotes.py" line="256" />
        <source>Reference</source>
        <translation>凭证号</translation>
    </message>
    <message>
        <location filename="../../ui/pages/quotes.py" line="257" />
        <source>Reason</source>
        <translation>原因</translation>
    </message>
</context>
<context>
    <name>Repair</name>
    <message>
        <location filename="../../ui/pages/repair_forms.py" line="79" />
        <source>{d} d {h} h</source>
        <extracomment>row colours of the queues: overdue rows stand out, clocks about to run out are amber</extracomment>
        <translation>{d} 天 {h} 小时</translation>
    </message>
    <message>
        <location filename="../../ui/pages/repair_forms.py" line="81" />
        <source>{d} d</source>
        <translation>{d} 天</translation>
    </message>
    <message>
        <location filename="../../ui/pages/repair_forms.py" line="83" />
        <source>{h} h {m} min</source>
        <translation>{h} 小时 {m} 分钟</translation>
    </message>
    <message>
        <location filename="../../ui/pages/repair_forms.py" line="85" />
        <source>{h} h</source>
        <translation>{h} 小时</translation>
    </message>
    <message>
        <location filename="../../ui/pages/repair_forms.py" line="86" />
        <source>{m} min</source>
        <translation>{m} 分钟</translation>
    </message>
    <message>
        <location filename="../../ui/pages/repair_forms.py" line="90" />
        <source>Turnaround</source>
        <translation>维修周期</translation>
    </message>
    <message>
        <location filename="../../ui/pages/repair_forms.py" line="91" />
        <source>Fix</source>
        <translation>修复</translation>
    </message>
    <message>
        <location filename="../../ui/pages/repair_forms.py" line="104" />
        <source>overdue by {span}</source>
        <translation>已超时 {span}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/repair_forms.py" line="106" />
        <source>{span} left</source>
        <translation>剩余 {span}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/repair_forms.py" line="122" />
        <source>no target</source>
        <translation>无目标</translation>
    </message>
    <message>
        <location filename="../../ui/pages/repair_forms.py" line="124" />
        <source>stopped</source>
        <translation>已停止</translation>
    </message>
    <message>
        <location filename="../../ui/pages/repair_forms.py" line="127" />
        <source>overdue {span}</source>
        <translation>超时 {span}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/repair_forms.py" line="129" />
        <source>paused, {span}</source>
        <translation>已暂停，{span}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/repair_forms.py" line="138" />
        <source>{clock}: stopped {when}</source>
        <translation>{clock}：已于 {when} 停止</translation>
    </message>
    <message>
        <location filename="../../ui/pages/repair_forms.py" line="141" />
        <source>{clock}: {left} (due {due})</source>
        <translation>{clock}：{left}（截止 {due}）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/repair_forms.py" line="145" />
        <source>clocks paused while the customer decides</source>
        <translation>等待客户决定期间暂停计时</translation>
    </message>
    <message>
        <location filename="../../ui/pages/repair_forms.py" line="147" />
        <source>No SLA target for this severity.</source>
        <translation>此严重级别没有 SLA 目标。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/repair_forms.py" line="152" />
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../ui/pages/repair_forms.py" line="153" />
        <source>Email</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <location filename="../../ui/pages/repair_forms.py" line="154" />
        <source>Signed quote</source>
        <translation>签字报价单</translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message>
        <location filename="../../exports/reports.py" line="377" />
        <source>The month is not over yet: figures up to {day}.</source>
        <extracomment>the station's UTC offset at the month's start (China keeps one all year)</extracomment>
        <translation>本月尚未结束：数据截至 {day}。</translation>
    </message>
    <message>
        <location filename="../../exports/reports.py" line="539" />
        <source>not diagnosed yet</source>
        <translation>尚未诊断</translation>
    </message>
    <message>
        <location filename="../../exports/reports.py" line="574" />
        <source>(no technician)</source>
        <translation>（无技术员）</translation>
    </message>
    <message>
        <location filename="../../exports/reports.py" line="593" />
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../exports/reports.py" line="593" />
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <location filename="../../exports/reports.py" line="600" />
        <source>Month {month}</source>
        <translation>月份 {month}</translation>
    </message>
    <message>
        <location filename="../../exports/reports.py" line="661" />
        <source>Summary</source>
        <translation>概要</translation>
    </message>
    <message>
        <location filename="../../exports/reports.py" line="662" />
        <source>Monthly service report</source>
        <translation>月度服务报告</translation>
    </message>
    <message>
        <location filename="../../exports/reports.py" line="663" />
        <source>Measure</source>
        <translation>指标</translation>
    </message>
    <message>
        <location filename="../../exports/reports.py" line="663" />
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <location filename="../../exports/reports.py" line="664" />
        <location filename="../../exports/reports.py" line="742" />
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <location filename="../../exports/reports.py" line="664" />
        <source>Met</source>
        <translation>达标</translation>
    </message>
    <message>
        <location filename="../../exports/reports.py" line="668" />
        <source>RMAs received</source>
        <translation>收到维修单</translation>
    </message>
    <message>
        <location filename="../../exports/reports.py" line="669" />
        <source>RMAs shipped</source>
        <translation>发出维修单</translation>
    </message>
    <message>
        <location filename="../../exports/reports.py" line="670" />
        <source>On-time rate (≤ {n} days)</source>
        <translation>服务准时率（≤ {n} 天）</translation>
    </message>
    <message>
        <location filename="../../exports/reports.py" line="672" />
        <source>Complaint rate (attributable to service)</source>
        <translation>投诉率（服务原因）</translation>
    </message>
    <message>
        <location filename="../../exports/reports.py" line="674" />
        <location filename="../../exports/reports.py" line="778" />
        <location filename="../../exports/reports.py" line="783" />
        <location filename="../../exports/reports.py" line="862" />
        <source>Satisfaction</source>
        <translation>满意度</translation>
    </message>
    <message>
        <location filename="../../exports/reports.py" line="676" />
        <source>Median turnaround (days)</source>
        <translation>维修周期中位数（天）</translation>
    </message>
    <message>
        <location filename="../../exports/reports.py" line="678" />
        <location filename="../../exports/reports.py" line="780" />
        <location filename="../../exports/reports.py" line="862" />
        <source>Surveys</source>
        <translation>满意度调查</translation>
    </message>
    <message>
        <location filename="../../exports/reports.py" line="679" />
        <location filename="../../exports/reports.py" line="755" />
        <location filename="../../exports/reports.py" line="756" />
        <location filename="../../exports/reports.py" line="757" />
        <source>Complaints</source>
        <translation>投诉</translation>
    </message>
    <message>
        <location filename="../../exports/reports.py" line="680" />
        <source>Parts consumed at cost</source>
        <translation>备件消耗（成本价）</translation>
    </message>
    <message>
        <location filename="../../exports/reports.py" line="682" />
        <source>Shipping cost</source>
        <translation>物流费用</translation>
    </message>
    <message>
        <location filename="../../exports/reports.py" line="684" />
        <location filename="../../exports/reports.py" line="851" />
        <source>Loaners overdue now</source>
        <translation>当前逾期备用机</translation>
    </message>
    <message>
        <location filename="../../exports/reports.py" line="692" />
        <source>On time: received to shipped within the target, in calendar days, less the time waiting on the customer (quote approval, payment).</source>
        <translation>准时：自收货至发货在目标日历天数内，扣除等待客户（报价确认、付款）的时间。</translation>
    </message>
    <message>
        <location filename="../../exports/reports.py" line="695" />
        <source>Satisfied: the survey's three scores average 4 or more.</source>
        <translation>满意：调查三项评分平均 4 分及以上。</translation>
    </message>
    <message>
        <location filename="../../exports/reports.py" line="700" />
        <location filename="../../exports/reports.py" line="745" />
        <location filename="../../exports/reports.py" line="799" />
        <source>RMAs</source>
        <translation>维修单</translation>
    </message>
    <message>
        <location filename="../../exports/reports.py" line="701" />
        <source>RMAs received and shipped</source>
        <translation>维修单收发</translation>
    </message>
    <message>
        <location filename="../../exports/reports.py" line="702" />
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../exports/reports.py" line="702" />
        <location filename="../../exports/reports.py" line="714" />
        <location filename="../../exports/reports.py" line="767" />
        <source>Received</source>
        <translation>收货</translation>
    </message>
    <message>
        <location filename="../../exports/reports.py" line="703" />
        <location filename="../../exports/reports.py" line="735" />
        <source>Shipped</source>
        <translation>发出</translation>
    </message>
    <message>
        <location filename="../../exports/reports.py" line="708" />
        <location filename="../../exports/reports.py" line="803" />
        <location filename="../../exports/reports.py" line="816" />
        <location filename="../../exports/reports.py" line="833" />
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <location filename="../../exports/reports.py" line="711" />
        <source>Shipped unrepaired (returned)</source>
        <translation>未修退回</translation>
    </message>
    <message>
        <location filename="../../exports/reports.py" line="714" />
        <source>Coverage</source>
        <translation>保修判定</translation>
    </message>
    <message>
        <location filename="../../exports/reports.py" line="721" />
        <source>RMAs per day</source>
        <translation>每日维修单</translation>
    </message>
    <message>
        <location filename="../../exports/reports.py" line="733" />
        <location filename="../../exports/reports.py" line="861" />
        <source>On time</source>
        <translation>准时</translation>
    </message>
    <message>
        <location filename="../../exports/reports.py" line="734" />
        <location filename="../../exports/reports.py" line="740" />
        <source>On-time rate</source>
        <translation>服务准时率</translation>
    </message>
    <message>
        <location filename="../../exports/reports.py" line="736" />
        <source>On time (≤ {n} days)</source>
        <translation>准时（≤ {n} 天）</translation>
    </message>
    <message>
        <location filename="../../exports/reports.py" line="738" />
        <source>Late</source>
        <translation>超时</translation>
    </message>
    <message>
        <location filename="../../exports/reports.py" line="745" />
        <source>Turnaround (days)</source>
        <translation>维修周期（天）</translation>
    </message>
    <message>
        <location filename="../../exports/reports.py" line="748" />
        <source>more than {n}</source>
        <translation>超过 {n}</translation>
    </message>
    <message>
        <location filename="../../exports/reports.py" line="759" />
        <source>Attributable to service</source>
        <translation>服务原因</translation>
    </message>
    <message>
        <location filename="../../exports/reports.py" line="761" />
        <source>Not judged yet</source>
        <translation>尚未判定</translation>
    </message>
    <message>
        <location filename="../../exports/reports.py" line="763" />
        <source>Complaint rate</source>
        <translation>投诉率</translation>
    </message>
    <message>
        <location filename="../../exports/reports.py" line="766" />
        <source>Complaint</source>
        <translation>投诉</translation>
    </message>
    <message>
        <location filename="../../exports/reports.py" line="766" />
        <source>RMA</source>
        <translation>维修单</translation>
    </message>
    <message>
        <location filename="../../exports/reports.py" line="767" />
        <source>Description</source>
        <translation>说明</translation>
    </message>
    <message>
        <location filename="../../exports/reports.py" line="768" />
        <source>Attributable</source>
        <translation>服务原因</translation>
    </message>
    <message>
        <location filename="../../exports/reports.py" line="768" />
        <source>Resolution</source>
        <translation>分辨率</translation>
    </message>
    <message>
        <location filename="../../exports/reports.py" line="769" />
        <source>Closed</source>
        <translation>结案</translation>
    </message>
    <message>
        <location filename="../../exports/reports.py" line="779" />
        <source>Satisfaction surveys</source>
        <translation>满意度调查</translation>
    </message>
    <message>
        <location filename="../../exports/reports.py" line="781" />
        <source>Satisfied</source>
        <translation>满意</translation>
    </message>
    <message>
        <location filename="../../exports/reports.py" line="786" />
        <source>Score</source>
        <translation>评分</translation>
    </message>
    <message>
        <location filename="../../exports/reports.py" line="786" />
        <source>Staff</source>
        <translation>服务人员</translation>
    </message>
    <message>
        <location filename="../../exports/reports.py" line="787" />
        <source>Quality</source>
        <translation>维修质量</translation>
    </message>
    <message>
        <location filename="../../exports/reports.py" line="787" />
        <source>Speed</source>
        <translation>维修速度</translation>
    </message>
    <message>
        <location filename="../../exports/reports.py" line="791" />
        <source>Mean</source>
        <translation>平均</translation>
    </message>
    <message>
        <location filename="../../exports/reports.py" line="796" />
        <source>Failures</source>
        <translation>故障</translation>
    </message>
    <message>
        <location filename="../../exports/reports.py" line="797" />
        <source>Failures by model and cause</source>
        <translation>按型号和原因统计故障</translation>
    </message>
    <message>
        <location filename="../../exports/reports.py" line="798" />
        <source>Model</source>
        <translation>型号</translation>
    </message>
    <message>
        <location filename="../../exports/reports.py" line="798" />
        <source>Model name</source>
        <translation>型号名称</translation>
    </message>
    <message>
        <location filename="../../exports/reports.py" line="799" />
        <source>Cause</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../exports/reports.py" line="808" />
        <source>Parts</source>
        <translation>备件</translation>
    </message>
    <message>
        <location filename="../../exports/reports.py" line="809" />
        <source>Parts consumption at cost</source>
        <translation>备件消耗（成本价）</translation>
    </message>
    <message>
        <location filename="../../exports/reports.py" line="810" />
        <source>Part no.</source>
        <translation>备件号</translation>
    </message>
    <message>
        <location filename="../../exports/reports.py" line="810" />
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../exports/reports.py" line="811" />
        <source>Qty</source>
        <translation>数量</translation>
    </message>
    <message>
        <location filename="../../exports/reports.py" line="812" />
        <location filename="../../exports/reports.py" line="826" />
        <source>Cost ({currency})</source>
        <translation>成本（{currency}）</translation>
    </message>
    <message>
        <location filename="../../exports/reports.py" line="819" />
        <source>Issued to repairs and advance exchanges, less returns, at the cost on the stock ledger.</source>
        <translation>维修领用和先发配件，扣除退库，按库存台账成本价计。</translation>
    </message>
    <message>
        <location filename="../../exports/reports.py" line="824" />
        <source>Shipping</source>
        <translation>发货</translation>
    </message>
    <message>
        <location filename="../../exports/reports.py" line="825" />
        <source>Shipping cost by payer</source>
        <translation>按付款方统计物流费用</translation>
    </message>
    <message>
        <location filename="../../exports/reports.py" line="827" />
        <location filename="../../rma/shipping_reports.py" line="45" />
        <source>Payer</source>
        <translation>付款方</translation>
    </message>
    <message>
        <location filename="../../exports/reports.py" line="828" />
        <location filename="../../rma/shipping_reports.py" line="46" />
        <source>Leg</source>
        <translation>运输段</translation>
    </message>
    <message>
        <location filename="../../exports/reports.py" line="829" />
        <location filename="../../rma/shipping_reports.py" line="48" />
        <source>Legs</source>
        <translation>运输段数</translation>
    </message>
    <message>
        <location filename="../../exports/reports.py" line="840" />
        <source>Loaners</source>
        <translation>备用机</translation>
    </message>
    <message>
        <location filename="../../exports/reports.py" line="841" />
        <source>Loaner utilisation</source>
        <translation>备用机使用率</translation>
    </message>
    <message>
        <location filename="../../exports/reports.py" line="842" />
        <location filename="../../rma/shipping_reports.py" line="51" />
        <source>Class</source>
        <translation>等级</translation>
    </message>
    <message>
        <location filename="../../exports/reports.py" line="842" />
        <location filename="../../rma/shipping_reports.py" line="52" />
        <source>Days out</source>
        <translation>借出天数</translation>
    </message>
    <message>
        <location filename="../../exports/reports.py" line="843" />
        <location filename="../../rma/shipping_reports.py" line="53" />
        <source>Days available</source>
        <translation>可用天数</translation>
    </message>
    <message>
        <location filename="../../exports/reports.py" line="843" />
        <location filename="../../rma/shipping_reports.py" line="54" />
        <source>Days in service</source>
        <translation>维护天数</translation>
    </message>
    <message>
        <location filename="../../exports/reports.py" line="844" />
        <location filename="../../rma/shipping_reports.py" line="55" />
        <source>Utilisation</source>
        <translation>使用率</translation>
    </message>
    <message>
        <location filename="../../exports/reports.py" line="853" />
        <source>Utilisation: days out ÷ days in the pool (out or available).</source>
        <translation>使用率：借出天数 ÷ 在池天数（借出或可用）。</translation>
    </message>
    <message>
        <location filename="../../exports/reports.py" line="858" />
        <source>Technicians</source>
        <translation>技术员</translation>
    </message>
    <message>
        <location filename="../../exports/reports.py" line="859" />
        <source>Per technician</source>
        <translation>按技术员统计</translation>
    </message>
    <message>
        <location filename="../../exports/reports.py" line="860" />
        <source>Technician</source>
        <translation>技术员</translation>
    </message>
    <message>
        <location filename="../../exports/reports.py" line="860" />
        <source>Completed</source>
        <translation>完成</translation>
    </message>
    <message>
        <location filename="../../exports/reports.py" line="861" />
        <source>Median days</source>
        <translation>周期中位数（天）</translation>
    </message>
    <message>
        <location filename="../../exports/reports.py" line="863" />
        <source>Repeat repairs ({n} days)</source>
        <translation>返修（{n} 天内）</translation>
    </message>
    <message>
        <location filename="../../rma/shipping_reports.py" line="47" />
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <location filename="../../rma/shipping_reports.py" line="49" />
        <source>Cost</source>
        <translation>费用</translation>
    </message>
    <message>
        <location filename="../../rma/shipping_reports.py" line="50" />
        <source>Loaner</source>
        <translation>备用机</translation>
    </message>
    <message>
        <location filename="../../rma/shipping_reports.py" line="223" />
        <source>class {n}</source>
        <translation>等级 {n}</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <location filename="../../ui/pages/reports.py" line="326" />
        <source>Reports</source>
        <translation>报表</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="331" />
        <source>Monthly KPIs</source>
        <translation>月度指标</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="332" />
        <source>Handovers</source>
        <translation>交接</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="333" />
        <source>Service reports and feedback</source>
        <translation>服务报告与客户反馈</translation>
    </message>
</context>
<context>
    <name>ReturnPanel</name>
    <message>
        <location filename="../../ui/pages/loaners.py" line="534" />
        <source>&lt;b&gt;Condition&lt;/b&gt;</source>
        <translation>&lt;b&gt;状况&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/pages/loaners.py" line="536" />
        <source>&amp;Good — works, no damage</source>
        <translation>良好——功能正常，无损坏(&amp;G)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/loaners.py" line="537" />
        <source>&amp;Damaged or faulty</source>
        <translation>损坏或故障(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/loaners.py" line="546" />
        <source>Notes (required when damaged): what is wrong</source>
        <translation>备注（损坏时必填）：说明问题所在</translation>
    </message>
    <message>
        <location filename="../../ui/pages/loaners.py" line="551" />
        <source>&lt;b&gt;Accessories back&lt;/b&gt; (tick what came back)</source>
        <translation>&lt;b&gt;归还的附件&lt;/b&gt;（勾选已归还的附件）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/loaners.py" line="552" />
        <source>All present</source>
        <translation>全部齐全</translation>
    </message>
    <message>
        <location filename="../../ui/pages/loaners.py" line="563" />
        <source>Came back by courier</source>
        <translation>通过快递归还</translation>
    </message>
    <message>
        <location filename="../../ui/pages/loaners.py" line="570" />
        <source>Take back (Ctrl+Enter)</source>
        <translation>收回 (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/loaners.py" line="572" />
        <source>Cancel (Esc)</source>
        <translation>取消 (Esc)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/loaners.py" line="592" />
        <source>Not ticked (recorded as missing; the loaner then goes to service): {items}</source>
        <translation>未勾选（记为缺失，备用机随后送检修）：{items}</translation>
    </message>
</context>
<context>
    <name>Rma</name>
    <message>
        <location filename="../../rma/shipping.py" line="455" />
        <source>{leg}: payer changed from {old} to {new}: {reason}</source>
        <translation>{leg}：付款方由{old}改为{new}：{reason}</translation>
    </message>
    <message>
        <location filename="../../rma/shipping.py" line="522" />
        <source>{leg} ({what}) delivered on {day}.</source>
        <translation>{leg}（{what}）已于 {day} 送达。</translation>
    </message>
    <message>
        <location filename="../../rma/shipping.py" line="719" />
        <source>Shipping {what} ({carrier}{tracking}) [{ref}]</source>
        <translation>运费 {what}（{carrier}{tracking}）[{ref}]</translation>
    </message>
    <message>
        <location filename="../../rma/shipping.py" line="835" />
        <source>{ref} {what} by {carrier}{tracking}: {cost}, paid by {payer}.</source>
        <translation>{ref} {what}，{carrier}{tracking}：{cost}，付款方：{payer}。</translation>
    </message>
    <message>
        <location filename="../../rma/shipping.py" line="840" />
        <source>Payer overridden (rule: {rule}): {reason}</source>
        <translation>付款方已改定（规则为 {rule}）：{reason}</translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <location filename="../../depot/users.py" line="20" />
        <source>Technician</source>
        <translation>技术员</translation>
    </message>
    <message>
        <location filename="../../depot/users.py" line="21" />
        <source>Warehouse</source>
        <translation>仓库</translation>
    </message>
    <message>
        <location filename="../../depot/users.py" line="22" />
        <source>Service desk</source>
        <translation>服务台</translation>
    </message>
    <message>
        <location filename="../../depot/users.py" line="23" />
        <source>Manager</source>
        <translation>经理</translation>
    </message>
</context>
<context>
    <name>Scan</name>
    <message>
        <location filename="../../depot/scan.py" line="197" />
        <source>Nothing was scanned.</source>
        <translation>未扫描到任何内容。</translation>
    </message>
    <message>
        <location filename="../../depot/scan.py" line="200" />
        <source>Scan refused: it is {length} characters long; no barcode we read is longer than {limit}. Clear the field and scan again.</source>
        <translation>扫描被拒绝：内容长 {length} 个字符，而本系统读取的条码最长 {limit} 个字符。请清空输入框后重新扫描。</translation>
    </message>
    <message>
        <location filename="../../depot/scan.py" line="209" />
        <source>Scan refused: it contains a control character ({char}). Check the scanner's settings and scan again.</source>
        <translation>扫描被拒绝：内容含有控制字符（{char}）。请检查扫描枪设置后重新扫描。</translation>
    </message>
    <message>
        <location filename="../../depot/scan.py" line="241" />
        <source>Scan refused: "{code}" starts with ']' but not with a symbology identifier such as ]C1. Check the scanner's settings and scan again.</source>
        <translation>扫描被拒绝：“{code}”以“]”开头，但开头不是 ]C1 之类的码制标识符。请检查扫描枪设置后重新扫描。</translation>
    </message>
    <message>
        <location filename="../../depot/scan.py" line="250" />
        <source>Scan refused: the scanner sent only its symbology identifier {identifier} and no data. Scan again.</source>
        <translation>扫描被拒绝：扫描枪只发送了码制标识符 {identifier}，没有数据。请重新扫描。</translation>
    </message>
    <message>
        <location filename="../../depot/scan.py" line="268" />
        <source>an RMA number</source>
        <translation>维修单号</translation>
    </message>
    <message>
        <location filename="../../depot/scan.py" line="269" />
        <source>RMA numbers look like RMA-2611-00042 (year, month 01-12, then at least five digits)</source>
        <translation>维修单号形如 RMA-2611-00042（年份、月份 01-12，再加至少五位数字）</translation>
    </message>
    <message>
        <location filename="../../depot/scan.py" line="281" />
        <source>a handover number</source>
        <translation>交接单号</translation>
    </message>
    <message>
        <location filename="../../depot/scan.py" line="282" />
        <source>handover numbers look like HO-2611-00042 (year, month 01-12, then at least five digits)</source>
        <translation>交接单号形如 HO-2611-00042（年份、月份 01-12，再加至少五位数字）</translation>
    </message>
    <message>
        <location filename="../../depot/scan.py" line="294" />
        <source>a badge</source>
        <translation>工牌</translation>
    </message>
    <message>
        <location filename="../../depot/scan.py" line="295" />
        <source>badges are BDG- followed by 3 to 20 letters or digits</source>
        <translation>工牌号为 BDG- 加 3 到 20 位字母或数字</translation>
    </message>
    <message>
        <location filename="../../depot/scan.py" line="303" />
        <source>a loaner number</source>
        <translation>备用机编号</translation>
    </message>
    <message>
        <location filename="../../depot/scan.py" line="304" />
        <source>loaner numbers are LN- followed by 1 to 20 letters, digits or dashes</source>
        <translation>备用机编号为 LN- 加 1 到 20 位字母、数字或连字符</translation>
    </message>
    <message>
        <location filename="../../depot/scan.py" line="314" />
        <source>a part number</source>
        <translation>备件号</translation>
    </message>
    <message>
        <location filename="../../depot/scan.py" line="315" />
        <source>part numbers are P- followed by 1 to 30 letters, digits, dashes, dots or slashes</source>
        <translation>备件号为 P- 加 1 到 30 位字母、数字、连字符、点或斜杠</translation>
    </message>
    <message>
        <location filename="../../depot/scan.py" line="327" />
        <source>a serial, part or RMA number</source>
        <translation>出厂编号、备件号或维修单号</translation>
    </message>
    <message>
        <location filename="../../depot/scan.py" line="335" />
        <source>Scan refused: "{code}" looks like {what} but is not one: {rule}.</source>
        <translation>扫描被拒绝：“{code}”看似{what}，但格式不符：{rule}。</translation>
    </message>
    <message>
        <location filename="../../depot/scan.py" line="350" />
        <source>Scan refused: "{code}" is {length} characters long; a serial number has at most {limit}.</source>
        <translation>扫描被拒绝：“{code}”长 {length} 个字符，而出厂编号最多 {limit} 个字符。</translation>
    </message>
    <message>
        <location filename="../../depot/scan.py" line="372" />
        <source>Scan refused: {digits} is not a valid product code (GTIN). Scan again, or type the number printed under the barcode.</source>
        <translation>扫描被拒绝：{digits} 不是有效的产品编码（GTIN）。请重新扫描，或输入条码下方印的号码。</translation>
    </message>
    <message>
        <location filename="../../depot/scan.py" line="379" />
        <source>Scan refused: the check digit of {digits} is wrong (expected {expected}). Scan again, or type the number printed under the barcode.</source>
        <translation>扫描被拒绝：{digits} 的校验位错误（应为 {expected}）。请重新扫描，或输入条码下方印的号码。</translation>
    </message>
    <message>
        <location filename="../../depot/scan.py" line="389" />
        <source>a GS1 barcode</source>
        <translation>GS1 条码</translation>
    </message>
    <message>
        <location filename="../../depot/scan.py" line="401" />
        <source>Scan refused: "{code}" looks like a GS1 barcode but cannot be read. Scan it again, or type the serial number printed on the unit.</source>
        <translation>扫描被拒绝：“{code}”看似 GS1 条码，但无法识读。请重新扫描，或输入设备上印的出厂编号。</translation>
    </message>
    <message>
        <location filename="../../depot/scan.py" line="422" />
        <source>Scan refused: the GS1 barcode {code} carries neither a product number (01) nor a serial number (21), so there is nothing to look up. Scan another barcode on the label.</source>
        <translation>扫描被拒绝：GS1 条码 {code} 既不含产品编码（01），也不含出厂编号（21），无从查找。请扫描标签上的其他条码。</translation>
    </message>
    <message>
        <location filename="../../depot/scan.py" line="442" />
        <source>Scan refused: "{code}" contains {char}, which {what} never contains. Scan again or type the number by hand.</source>
        <translation>扫描被拒绝：“{code}”含有 {char}，{what}中不会有此字符。请重新扫描或手动输入号码。</translation>
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
    <name>Settings</name>
    <message>
        <location filename="../../depot/settings.py" line="105" />
        <source>Company name</source>
        <translation>公司名称</translation>
    </message>
    <message>
        <location filename="../../depot/settings.py" line="106" />
        <source>Company address</source>
        <translation>公司地址</translation>
    </message>
    <message>
        <location filename="../../depot/settings.py" line="107" />
        <source>Company phone</source>
        <translation>公司电话</translation>
    </message>
    <message>
        <location filename="../../depot/settings.py" line="108" />
        <source>Currency</source>
        <translation>币种</translation>
    </message>
    <message>
        <location filename="../../exports/reports.py" line="83" />
        <source>Depot turnaround target (calendar days)</source>
        <translation>维修周期目标（日历天）</translation>
    </message>
    <message>
        <location filename="../../exports/reports.py" line="85" />
        <source>On-time rate target (%)</source>
        <translation>服务准时率目标（%）</translation>
    </message>
    <message>
        <location filename="../../exports/reports.py" line="89" />
        <source>Complaint rate target, attributable to service (below %)</source>
        <translation>投诉率目标，服务原因（低于 %）</translation>
    </message>
    <message>
        <location filename="../../exports/reports.py" line="93" />
        <source>Satisfaction target (%)</source>
        <translation>满意度目标（%）</translation>
    </message>
    <message>
        <location filename="../../exports/reports.py" line="96" />
        <source>A unit back within this many days is a repeat repair</source>
        <translation>设备在此天数内再次返回即计为返修</translation>
    </message>
    <message>
        <location filename="../../inventory/rules.py" line="171" />
        <source>Advance exchange: same-day shipping cut-off (local time)</source>
        <translation>先发配件：当日发货截止时间（本地时间）</translation>
    </message>
    <message>
        <location filename="../../inventory/rules.py" line="177" />
        <source>Advance exchange: working days until the faulty part (core) is due back</source>
        <translation>先发配件：故障件（旧件）应返回期限（工作日）</translation>
    </message>
    <message>
        <location filename="../../inventory/rules.py" line="185" />
        <source>Write-offs at or above this value at cost (minor units) need a manager's approval</source>
        <translation>成本金额达到或超过此值（最小货币单位）的报损须经理审批</translation>
    </message>
    <message>
        <location filename="../../rma/diagnosis.py" line="114" />
        <source>Fault cause codes</source>
        <translation>故障原因代码</translation>
    </message>
    <message>
        <location filename="../../rma/loans.py" line="82" />
        <source>A loaner is due back within (working days after the repaired unit is delivered)</source>
        <extracomment>who hands loaners out and takes them back (managers always may) RmaEvent kinds written here</extracomment>
        <translation>备用机归还期限（修复的设备交付后的工作日数）</translation>
    </message>
    <message>
        <location filename="../../rma/quotes.py" line="78" />
        <source>A quote is valid for (days)</source>
        <translation>报价单有效期（天）</translation>
    </message>
    <message>
        <location filename="../../rma/quotes.py" line="83" />
        <source>Labour charged on a chargeable repair (minor units; 0: labour is free)</source>
        <translation>收费维修的人工费（单位：分；0 表示免人工费）</translation>
    </message>
    <message>
        <location filename="../../rma/quotes.py" line="89" />
        <source>Default on-site visit fee (minor units)</source>
        <translation>默认上门服务费（单位：分）</translation>
    </message>
    <message>
        <location filename="../../rma/quotes.py" line="93" />
        <source>Diagnosis fee owed when a quote is declined (minor units)</source>
        <translation>拒绝报价时应付的检测费（单位：分）</translation>
    </message>
    <message>
        <location filename="../../rma/shipping.py" line="105" />
        <source>Who pays each shipping leg (by coverage)</source>
        <extracomment>who records legs (managers always may; only managers override a payer) RmaEvent kinds written here legs whose sender is the customer: "sender pays" means they pay the carrier themselves</extracomment>
        <translation>各运输段运费由谁承担（按保修判定）</translation>
    </message>
    <message>
        <location filename="../../rma/sla_status.py" line="99" />
        <source>Working calendar (5x8 or 7x24)</source>
        <translation>工作日历（5x8 或 7x24）</translation>
    </message>
    <message>
        <location filename="../../rma/sla_status.py" line="103" />
        <source>Working day starts</source>
        <translation>工作日开始时间</translation>
    </message>
    <message>
        <location filename="../../rma/sla_status.py" line="106" />
        <source>Working day ends</source>
        <translation>工作日结束时间</translation>
    </message>
    <message>
        <location filename="../../rma/sla_status.py" line="109" />
        <source>Public holidays of (country code)</source>
        <translation>法定节假日（国家代码）</translation>
    </message>
    <message>
        <location filename="../../rma/sla_status.py" line="113" />
        <source>Company holidays</source>
        <translation>公司假日</translation>
    </message>
    <message>
        <location filename="../../rma/sla_status.py" line="116" />
        <source>Extra working days</source>
        <translation>额外工作日</translation>
    </message>
    <message>
        <location filename="../../rma/sla_status.py" line="120" />
        <source>Depot time zone (empty: this computer's)</source>
        <translation>维修中心时区（留空：使用本机时区）</translation>
    </message>
    <message>
        <location filename="../../rma/sla_status.py" line="124" />
        <source>Depot turnaround: received to shipped (calendar days)</source>
        <translation>维修中心周期：收货至发货（日历天）</translation>
    </message>
    <message>
        <location filename="../../depot/backup.py" line="71" />
        <source>Take a backup every day</source>
        <translation>每天自动备份</translation>
    </message>
    <message>
        <location filename="../../depot/backup.py" line="75" />
        <source>Daily backups kept (the oldest beyond this are deleted)</source>
        <translation>保留的每日备份份数（超出部分从最早的开始删除）</translation>
    </message>
    <message>
        <location filename="../../depot/backup.py" line="80" />
        <source>Daily backup folder (empty: the backups folder in the data folder)</source>
        <translation>每日备份文件夹（留空：使用数据文件夹中的 backups 文件夹）</translation>
    </message>
    <message>
        <location filename="../../rma/units.py" line="74" />
        <source>Warranty length of a new product model (months)</source>
        <translation>新产品型号的保修期长度（月）</translation>
    </message>
    <message>
        <location filename="../../rma/units.py" line="80" />
        <source>Dead-on-arrival window of a new product model (days)</source>
        <translation>新产品型号的包换期（天）</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../ui/pages/settings.py" line="33" />
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="35" />
        <source>This workstation</source>
        <translation>本工作站</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="38" />
        <source>System language</source>
        <translation>系统语言</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="44" />
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="47" />
        <source>Station name</source>
        <translation>工作站名称</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="52" />
        <source>Change…</source>
        <translation>更改…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="55" />
        <source>Database</source>
        <translation>数据库</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="65" />
        <source>Business settings (a manager may change them; every change is audited)</source>
        <translation>业务设置（仅经理可修改；每次修改均记录审计日志）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="69" />
        <source>Setting</source>
        <translation>设置项</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="69" />
        <source>Key</source>
        <translation>键</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="69" />
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="78" />
        <source>New value for the selected setting</source>
        <translation>所选设置项的新值</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="79" />
        <source>Change</source>
        <translation>修改</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="107" />
        <source>Select a setting first.</source>
        <translation>请先选择一个设置项。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="117" />
        <source>{text!r} is not a valid value.</source>
        <translation>{text!r} 不是有效的值。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="121" />
        <source>Setting changed.</source>
        <translation>设置已修改。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="125" />
        <source>The language changes the next time Depot starts.</source>
        <translation>语言将在下次启动 Depot 时生效。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="135" />
        <source>Depot opens the chosen database the next time it starts.</source>
        <translation>Depot 将在下次启动时打开所选数据库。</translation>
    </message>
</context>
<context>
    <name>Sheets</name>
    <message>
        <location filename="../../exports/handover.py" line="79" />
        <source>No.</source>
        <extracomment>column widths (characters) of the item table, A … L</extracomment>
        <translation>序号</translation>
    </message>
    <message>
        <location filename="../../exports/handover.py" line="80" />
        <source>RMA / item</source>
        <translation>维修单 / 物品</translation>
    </message>
    <message>
        <location filename="../../exports/handover.py" line="81" />
        <location filename="../../exports/quote_sheet.py" line="245" />
        <location filename="../../exports/quote_sheet.py" line="425" />
        <location filename="../../exports/service_report.py" line="145" />
        <source>Serial no.</source>
        <translation>出厂编号</translation>
    </message>
    <message>
        <location filename="../../exports/handover.py" line="82" />
        <location filename="../../exports/quote_sheet.py" line="246" />
        <location filename="../../exports/quote_sheet.py" line="426" />
        <location filename="../../exports/service_report.py" line="146" />
        <source>Model</source>
        <translation>型号</translation>
    </message>
    <message>
        <location filename="../../exports/handover.py" line="83" />
        <location filename="../../exports/quote_sheet.py" line="235" />
        <location filename="../../exports/quote_sheet.py" line="237" />
        <location filename="../../exports/quote_sheet.py" line="415" />
        <location filename="../../exports/quote_sheet.py" line="417" />
        <location filename="../../exports/service_report.py" line="136" />
        <location filename="../../exports/service_report.py" line="138" />
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../exports/handover.py" line="84" />
        <source>Fault</source>
        <translation>故障</translation>
    </message>
    <message>
        <location filename="../../exports/handover.py" line="85" />
        <location filename="../../exports/service_report.py" line="157" />
        <source>Work done</source>
        <translation>维修内容</translation>
    </message>
    <message>
        <location filename="../../exports/handover.py" line="86" />
        <location filename="../../exports/service_report.py" line="202" />
        <source>Parts used</source>
        <translation>所用备件</translation>
    </message>
    <message>
        <location filename="../../exports/handover.py" line="87" />
        <location filename="../../exports/quote_sheet.py" line="254" />
        <location filename="../../exports/quote_sheet.py" line="437" />
        <location filename="../../exports/service_report.py" line="207" />
        <location filename="../../exports/service_report.py" line="239" />
        <source>Qty</source>
        <translation>数量</translation>
    </message>
    <message>
        <location filename="../../exports/handover.py" line="88" />
        <source>Charges ({currency})</source>
        <translation>费用（{currency}）</translation>
    </message>
    <message>
        <location filename="../../exports/handover.py" line="90" />
        <source>Shipping: payer of each leg</source>
        <translation>物流：各运输段付款方</translation>
    </message>
    <message>
        <location filename="../../exports/handover.py" line="91" />
        <source>Loaner</source>
        <translation>备用机</translation>
    </message>
    <message>
        <location filename="../../exports/handover.py" line="101" />
        <source>(returned)</source>
        <translation>（已归还）</translation>
    </message>
    <message>
        <location filename="../../exports/handover.py" line="151" />
        <source>{units} unit(s), {parts} part line(s) ({pieces} pcs), {loaners} loaner(s)</source>
        <translation>设备 {units} 台，备件 {parts} 行（共 {pieces} 件），备用机 {loaners} 台</translation>
    </message>
    <message>
        <location filename="../../exports/handover.py" line="180" />
        <source>Handover</source>
        <translation>交接单</translation>
    </message>
    <message>
        <location filename="../../exports/handover.py" line="183" />
        <source>Handover sheet</source>
        <translation>交接单</translation>
    </message>
    <message>
        <location filename="../../exports/handover.py" line="191" />
        <source>Handover no.</source>
        <translation>交接单号</translation>
    </message>
    <message>
        <location filename="../../exports/handover.py" line="192" />
        <location filename="../../exports/handover.py" line="256" />
        <location filename="../../exports/quote_sheet.py" line="229" />
        <location filename="../../exports/quote_sheet.py" line="305" />
        <location filename="../../exports/quote_sheet.py" line="400" />
        <location filename="../../exports/quote_sheet.py" line="466" />
        <location filename="../../exports/service_report.py" line="306" />
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../exports/handover.py" line="194" />
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../exports/handover.py" line="195" />
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../exports/handover.py" line="197" />
        <source>From</source>
        <translation>交出方</translation>
    </message>
    <message>
        <location filename="../../exports/handover.py" line="198" />
        <source>To</source>
        <translation>接收方</translation>
    </message>
    <message>
        <location filename="../../exports/handover.py" line="199" />
        <source>Operator</source>
        <translation>操作员</translation>
    </message>
    <message>
        <location filename="../../exports/handover.py" line="200" />
        <source>Station</source>
        <translation>工作站</translation>
    </message>
    <message>
        <location filename="../../exports/handover.py" line="203" />
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../exports/handover.py" line="224" />
        <source>(no items)</source>
        <translation>（无物品）</translation>
    </message>
    <message>
        <location filename="../../exports/handover.py" line="227" />
        <source>Totals</source>
        <translation>合计</translation>
    </message>
    <message>
        <location filename="../../exports/handover.py" line="253" />
        <source>Handed over by</source>
        <translation>交出方</translation>
    </message>
    <message>
        <location filename="../../exports/handover.py" line="254" />
        <source>Received by</source>
        <translation>接收方</translation>
    </message>
    <message>
        <location filename="../../exports/handover.py" line="256" />
        <source>Signature</source>
        <translation>签字</translation>
    </message>
    <message>
        <location filename="../../exports/jobs.py" line="105" />
        <source>Handover sheet {number}</source>
        <translation>交接单 {number}</translation>
    </message>
    <message>
        <location filename="../../exports/jobs.py" line="125" />
        <source>Service report {rma}</source>
        <translation>服务报告 {rma}</translation>
    </message>
    <message>
        <location filename="../../exports/jobs.py" line="132" />
        <source>{rma} service report.xlsx</source>
        <translation>{rma} 服务报告.xlsx</translation>
    </message>
    <message>
        <location filename="../../exports/jobs.py" line="146" />
        <source>Monthly report {month}</source>
        <translation>月报 {month}</translation>
    </message>
    <message>
        <location filename="../../exports/jobs.py" line="152" />
        <source>Monthly report {month}.xlsx</source>
        <translation>月报 {month}.xlsx</translation>
    </message>
    <message>
        <location filename="../../exports/quote_sheet.py" line="120" />
        <location filename="../../exports/service_report.py" line="291" />
        <source>Part</source>
        <extracomment>A … F: #, part no., description, qty, unit price, amount</extracomment>
        <translation>备件</translation>
    </message>
    <message>
        <location filename="../../exports/quote_sheet.py" line="121" />
        <location filename="../../exports/service_report.py" line="292" />
        <source>Labour</source>
        <translation>人工</translation>
    </message>
    <message>
        <location filename="../../exports/quote_sheet.py" line="122" />
        <location filename="../../exports/service_report.py" line="293" />
        <source>On-site visit</source>
        <translation>上门服务</translation>
    </message>
    <message>
        <location filename="../../exports/quote_sheet.py" line="123" />
        <location filename="../../exports/service_report.py" line="255" />
        <location filename="../../exports/service_report.py" line="294" />
        <source>Shipping</source>
        <translation>发货</translation>
    </message>
    <message>
        <location filename="../../exports/quote_sheet.py" line="181" />
        <source>Quote (draft, not an offer)</source>
        <translation>报价单（草稿，非正式报价）</translation>
    </message>
    <message>
        <location filename="../../exports/quote_sheet.py" line="182" />
        <location filename="../../exports/quote_sheet.py" line="219" />
        <source>Quote</source>
        <translation>报价单</translation>
    </message>
    <message>
        <location filename="../../exports/quote_sheet.py" line="187" />
        <source>Spare parts are charged at cost price, never above the price at which the part was first stocked.</source>
        <translation>备件按成本价收费，且不高于该备件首次入库时的价格。</translation>
    </message>
    <message>
        <location filename="../../exports/quote_sheet.py" line="189" />
        <source>The repair starts once this quote is accepted and paid in full; the unit is returned once nothing is outstanding.</source>
        <translation>本报价单经接受并全额付款后开始维修；款项结清后发还设备。</translation>
    </message>
    <message>
        <location filename="../../exports/quote_sheet.py" line="193" />
        <source>This quote is valid until {date}.</source>
        <translation>本报价单有效期至 {date}。</translation>
    </message>
    <message>
        <location filename="../../exports/quote_sheet.py" line="196" />
        <source>If the quote is declined, the diagnosis fee of {fee} and the return shipping are charged.</source>
        <translation>如拒绝本报价，将收取检测费 {fee} 及回寄运费。</translation>
    </message>
    <message>
        <location filename="../../exports/quote_sheet.py" line="226" />
        <location filename="../../exports/quote_sheet.py" line="398" />
        <source>Quote no.</source>
        <translation>报价单号</translation>
    </message>
    <message>
        <location filename="../../exports/quote_sheet.py" line="228" />
        <location filename="../../exports/quote_sheet.py" line="399" />
        <location filename="../../exports/service_report.py" line="133" />
        <source>RMA no.</source>
        <translation>维修单号</translation>
    </message>
    <message>
        <location filename="../../exports/quote_sheet.py" line="231" />
        <location filename="../../exports/quote_sheet.py" line="401" />
        <source>Valid until</source>
        <translation>有效期至</translation>
    </message>
    <message>
        <location filename="../../exports/quote_sheet.py" line="232" />
        <location filename="../../exports/quote_sheet.py" line="402" />
        <source>set when issued</source>
        <translation>出具时确定</translation>
    </message>
    <message>
        <location filename="../../exports/quote_sheet.py" line="238" />
        <location filename="../../exports/quote_sheet.py" line="418" />
        <location filename="../../exports/service_report.py" line="139" />
        <source>Contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <location filename="../../exports/quote_sheet.py" line="239" />
        <location filename="../../exports/quote_sheet.py" line="419" />
        <location filename="../../exports/service_report.py" line="140" />
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../../exports/quote_sheet.py" line="240" />
        <location filename="../../exports/quote_sheet.py" line="420" />
        <location filename="../../exports/service_report.py" line="141" />
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../exports/quote_sheet.py" line="241" />
        <location filename="../../exports/quote_sheet.py" line="421" />
        <source>Email</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <location filename="../../exports/quote_sheet.py" line="243" />
        <location filename="../../exports/quote_sheet.py" line="423" />
        <location filename="../../exports/service_report.py" line="143" />
        <source>Unit</source>
        <translation>设备</translation>
    </message>
    <message>
        <location filename="../../exports/quote_sheet.py" line="247" />
        <location filename="../../exports/quote_sheet.py" line="427" />
        <location filename="../../exports/service_report.py" line="154" />
        <source>Fault reported</source>
        <translation>报修故障</translation>
    </message>
    <message>
        <location filename="../../exports/quote_sheet.py" line="248" />
        <location filename="../../exports/quote_sheet.py" line="428" />
        <location filename="../../exports/service_report.py" line="155" />
        <source>Diagnosis</source>
        <translation>诊断</translation>
    </message>
    <message>
        <location filename="../../exports/quote_sheet.py" line="251" />
        <location filename="../../exports/quote_sheet.py" line="431" />
        <source>Charges</source>
        <translation>费用</translation>
    </message>
    <message>
        <location filename="../../exports/quote_sheet.py" line="253" />
        <location filename="../../exports/quote_sheet.py" line="435" />
        <location filename="../../exports/service_report.py" line="206" />
        <source>Part no.</source>
        <translation>备件号</translation>
    </message>
    <message>
        <location filename="../../exports/quote_sheet.py" line="253" />
        <location filename="../../exports/quote_sheet.py" line="436" />
        <location filename="../../exports/service_report.py" line="206" />
        <location filename="../../exports/service_report.py" line="238" />
        <source>Description</source>
        <translation>说明</translation>
    </message>
    <message>
        <location filename="../../exports/quote_sheet.py" line="254" />
        <location filename="../../exports/quote_sheet.py" line="438" />
        <location filename="../../exports/service_report.py" line="239" />
        <source>Unit price</source>
        <translation>单价</translation>
    </message>
    <message>
        <location filename="../../exports/quote_sheet.py" line="255" />
        <location filename="../../exports/quote_sheet.py" line="439" />
        <location filename="../../exports/service_report.py" line="240" />
        <location filename="../../exports/service_report.py" line="266" />
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../exports/quote_sheet.py" line="263" />
        <location filename="../../exports/quote_sheet.py" line="445" />
        <source>No lines yet.</source>
        <translation>暂无明细。</translation>
    </message>
    <message>
        <location filename="../../exports/quote_sheet.py" line="264" />
        <location filename="../../exports/quote_sheet.py" line="447" />
        <source>Total ({currency})</source>
        <translation>合计（{currency}）</translation>
    </message>
    <message>
        <location filename="../../exports/quote_sheet.py" line="270" />
        <location filename="../../exports/quote_sheet.py" line="461" />
        <source>Terms</source>
        <translation>条款</translation>
    </message>
    <message>
        <location filename="../../exports/quote_sheet.py" line="298" />
        <location filename="../../exports/quote_sheet.py" line="473" />
        <source>Acceptance</source>
        <translation>确认接受</translation>
    </message>
    <message>
        <location filename="../../exports/quote_sheet.py" line="299" />
        <location filename="../../exports/quote_sheet.py" line="477" />
        <source>I accept this quote and the terms above, and ask the depot to carry out the repair.</source>
        <translation>本人接受本报价单及上述条款，并委托维修中心进行维修。</translation>
    </message>
    <message>
        <location filename="../../exports/quote_sheet.py" line="304" />
        <location filename="../../exports/quote_sheet.py" line="465" />
        <location filename="../../exports/service_report.py" line="307" />
        <source>Customer signature</source>
        <translation>客户签字</translation>
    </message>
    <message>
        <location filename="../../exports/quote_sheet.py" line="304" />
        <location filename="../../exports/quote_sheet.py" line="465" />
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../exports/quote_sheet.py" line="305" />
        <location filename="../../exports/quote_sheet.py" line="466" />
        <source>Company stamp</source>
        <translation>公司盖章</translation>
    </message>
    <message>
        <location filename="../../exports/quote_sheet.py" line="385" />
        <location filename="../../exports/xlsx.py" line="534" />
        <source>Phone {phone}</source>
        <translation>电话 {phone}</translation>
    </message>
    <message>
        <location filename="../../exports/quote_sheet.py" line="503" />
        <source>Page {n}</source>
        <translation>第 {n} 页</translation>
    </message>
    <message>
        <location filename="../../exports/quote_sheet.py" line="516" />
        <source>Quote for {rma}</source>
        <translation>{rma} 报价单</translation>
    </message>
    <message>
        <location filename="../../exports/service_report.py" line="66" />
        <source>Unknown: the unit has no sale or acceptance date.</source>
        <extracomment>A … F; the long texts are merged over B … F</extracomment>
        <translation>未知：设备没有销售日期或验收日期。</translation>
    </message>
    <message>
        <location filename="../../exports/service_report.py" line="69" />
        <source>{day} (extended by {n} day(s) at the depot when the unit ships today)</source>
        <translation>{day}（若今天发货，顺延在维修中心的 {n} 天）</translation>
    </message>
    <message>
        <location filename="../../exports/service_report.py" line="72" />
        <source>{day} (includes {n} day(s) at the depot)</source>
        <translation>{day}（含顺延在维修中心的 {n} 天）</translation>
    </message>
    <message>
        <location filename="../../exports/service_report.py" line="125" />
        <location filename="../../exports/service_report.py" line="128" />
        <source>Service report</source>
        <translation>服务报告</translation>
    </message>
    <message>
        <location filename="../../exports/service_report.py" line="134" />
        <source>Report date</source>
        <translation>报告日期</translation>
    </message>
    <message>
        <location filename="../../exports/service_report.py" line="148" />
        <source>Received</source>
        <translation>收货</translation>
    </message>
    <message>
        <location filename="../../exports/service_report.py" line="149" />
        <source>Shipped</source>
        <translation>发出</translation>
    </message>
    <message>
        <location filename="../../exports/service_report.py" line="149" />
        <source>not yet</source>
        <translation>尚未</translation>
    </message>
    <message>
        <location filename="../../exports/service_report.py" line="152" />
        <source>Repair</source>
        <translation>维修</translation>
    </message>
    <message>
        <location filename="../../exports/service_report.py" line="156" />
        <source>Fault cause</source>
        <translation>故障原因</translation>
    </message>
    <message>
        <location filename="../../exports/service_report.py" line="169" />
        <source>Coverage and warranty</source>
        <translation>保修判定与保修期</translation>
    </message>
    <message>
        <location filename="../../exports/service_report.py" line="172" />
        <source>Coverage</source>
        <translation>保修判定</translation>
    </message>
    <message>
        <location filename="../../exports/service_report.py" line="173" />
        <source>Why</source>
        <translation>依据</translation>
    </message>
    <message>
        <location filename="../../exports/service_report.py" line="174" />
        <source>Warranty ends after this repair</source>
        <translation>本次维修后保修期至</translation>
    </message>
    <message>
        <location filename="../../exports/service_report.py" line="204" />
        <source>No parts were used.</source>
        <translation>未使用备件。</translation>
    </message>
    <message>
        <location filename="../../exports/service_report.py" line="228" />
        <source>Charges and payments</source>
        <translation>费用与付款</translation>
    </message>
    <message>
        <location filename="../../exports/service_report.py" line="234" />
        <source>No charge: the repair is covered ({coverage}).</source>
        <translation>免费：本次维修在保修范围内（{coverage}）。</translation>
    </message>
    <message>
        <location filename="../../exports/service_report.py" line="238" />
        <source>Charge</source>
        <translation>费用项</translation>
    </message>
    <message>
        <location filename="../../exports/service_report.py" line="251" />
        <source>Quote {number} was declined: only the diagnosis fee and shipping are charged.</source>
        <translation>报价单 {number} 已被拒绝：只收取检测费和物流费。</translation>
    </message>
    <message>
        <location filename="../../exports/service_report.py" line="256" />
        <source>Shipping legs billed to the customer</source>
        <translation>由客户承担的物流费</translation>
    </message>
    <message>
        <location filename="../../exports/service_report.py" line="265" />
        <source>Paid on</source>
        <translation>付款日期</translation>
    </message>
    <message>
        <location filename="../../exports/service_report.py" line="265" />
        <source>Method</source>
        <translation>付款方式</translation>
    </message>
    <message>
        <location filename="../../exports/service_report.py" line="266" />
        <source>Reference</source>
        <translation>凭证号</translation>
    </message>
    <message>
        <location filename="../../exports/service_report.py" line="277" />
        <source>Total charged</source>
        <translation>应收合计</translation>
    </message>
    <message>
        <location filename="../../exports/service_report.py" line="278" />
        <source>Total paid</source>
        <translation>已付合计</translation>
    </message>
    <message>
        <location filename="../../exports/service_report.py" line="279" />
        <source>Balance</source>
        <translation>余额</translation>
    </message>
    <message>
        <location filename="../../exports/service_report.py" line="284" />
        <source>{amount} is outstanding: the unit is returned once it is paid.</source>
        <translation>尚欠 {amount}：付清后发还设备。</translation>
    </message>
    <message>
        <location filename="../../exports/service_report.py" line="300" />
        <source>Confirmation</source>
        <translation>确认</translation>
    </message>
    <message>
        <location filename="../../exports/service_report.py" line="301" />
        <source>I confirm that the unit was repaired as described above and returned to me in working order.</source>
        <translation>本人确认设备已按上述内容维修，并已完好交还。</translation>
    </message>
    <message>
        <location filename="../../exports/service_report.py" line="308" />
        <source>Technician</source>
        <translation>技术员</translation>
    </message>
    <message>
        <location filename="../../exports/xlsx.py" line="494" />
        <source>Page &amp;P of &amp;N</source>
        <extracomment>a string starting with one of these is data, never a formula (OWASP "CSV injection") ``progress(done, total)`` as an export goes; ``cancelled()`` True asks it to stop a label with its value in the very next cell: it wraps (and its row grows) instead of being cut off by the value, as "Warranty ends after this repair" was Arial everywhere: on every Windows PC, metric-compatible Liberation Sans on Linux, and Chinese falls back to the system's CJK font in Excel and LibreOffice alike points per line of 10 pt text, for the row heights `SheetWriter` computes column-width units per character of 10 pt Arial: Latin letters are narrower than the unit (the default font's digit), Chinese ones nearly two units wide</extracomment>
        <translation>第 &amp;P 页，共 &amp;N 页</translation>
    </message>
</context>
<context>
    <name>ShipDialog</name>
    <message>
        <location filename="../../ui/pages/bench.py" line="375" />
        <source>Ship the unit back</source>
        <translation>寄回设备</translation>
    </message>
    <message>
        <location filename="../../ui/pages/bench.py" line="378" />
        <source>e.g. SF Express</source>
        <translation>例如：顺丰速运</translation>
    </message>
    <message>
        <location filename="../../ui/pages/bench.py" line="382" />
        <source>Carrier</source>
        <translation>承运商</translation>
    </message>
    <message>
        <location filename="../../ui/pages/bench.py" line="383" />
        <source>Tracking number</source>
        <translation>运单号</translation>
    </message>
    <message>
        <location filename="../../ui/pages/bench.py" line="384" />
        <source>Note</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>Shipping</name>
    <message>
        <location filename="../../rma/payer_rules.py" line="103" />
        <source>customer → depot</source>
        <extracomment>coverage outcomes of the warranty engine, in the order the table shows them legs that move a loaner; only these may have no payer ("—")</extracomment>
        <translation>客户 → 维修中心</translation>
    </message>
    <message>
        <location filename="../../rma/payer_rules.py" line="104" />
        <source>depot → customer</source>
        <translation>维修中心 → 客户</translation>
    </message>
    <message>
        <location filename="../../rma/payer_rules.py" line="105" />
        <source>depot → vendor</source>
        <translation>维修中心 → 厂家</translation>
    </message>
    <message>
        <location filename="../../rma/payer_rules.py" line="106" />
        <source>vendor → depot</source>
        <translation>厂家 → 维修中心</translation>
    </message>
    <message>
        <location filename="../../rma/payer_rules.py" line="107" />
        <source>loaner out</source>
        <translation>备用机发出</translation>
    </message>
    <message>
        <location filename="../../rma/payer_rules.py" line="108" />
        <source>loaner back</source>
        <translation>备用机归还</translation>
    </message>
    <message>
        <location filename="../../rma/payer_rules.py" line="111" />
        <source>customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../rma/payer_rules.py" line="112" />
        <source>depot</source>
        <translation>维修中心</translation>
    </message>
    <message>
        <location filename="../../rma/payer_rules.py" line="113" />
        <source>— (not applicable)</source>
        <translation>—（不适用）</translation>
    </message>
    <message>
        <location filename="../../rma/payer_rules.py" line="116" />
        <source>dead on arrival</source>
        <translation>包换</translation>
    </message>
    <message>
        <location filename="../../rma/payer_rules.py" line="117" />
        <source>in warranty</source>
        <translation>保修期内</translation>
    </message>
    <message>
        <location filename="../../rma/payer_rules.py" line="118" />
        <source>out of warranty</source>
        <translation>保修期外</translation>
    </message>
    <message>
        <location filename="../../rma/payer_rules.py" line="119" />
        <source>excluded from warranty</source>
        <translation>不予保修</translation>
    </message>
</context>
<context>
    <name>ShippingPage</name>
    <message>
        <location filename="../../ui/pages/shipping.py" line="970" />
        <source>Shipping</source>
        <translation>发货</translation>
    </message>
    <message>
        <location filename="../../ui/pages/shipping.py" line="979" />
        <source>Outbound desk</source>
        <translation>发货台</translation>
    </message>
    <message>
        <location filename="../../ui/pages/shipping.py" line="980" />
        <source>Who pays</source>
        <translation>运费承担</translation>
    </message>
    <message>
        <location filename="../../ui/pages/shipping.py" line="981" />
        <source>Shipping costs</source>
        <translation>物流费用</translation>
    </message>
    <message>
        <location filename="../../ui/pages/shipping.py" line="1002" />
        <source>RMA {rma} does not exist.</source>
        <translation>维修单 {rma} 不存在。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/shipping.py" line="1021" />
        <source>{ready} ready to ship · {blocked} blocked</source>
        <translation>可发货 {ready} · 受阻 {blocked}</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <location filename="../../ui/app.py" line="89" />
        <source>Depot cannot start</source>
        <translation>Depot 无法启动</translation>
    </message>
</context>
<context>
    <name>States</name>
    <message>
        <location filename="../../rma/transitions.py" line="173" />
        <source>received</source>
        <extracomment>what a state is called in sentences ("an RMA that is awaiting payment")</extracomment>
        <translation>已收货</translation>
    </message>
    <message>
        <location filename="../../rma/transitions.py" line="174" />
        <source>diagnosing</source>
        <translation>诊断中</translation>
    </message>
    <message>
        <location filename="../../rma/transitions.py" line="175" />
        <source>awaiting approval</source>
        <translation>待客户确认</translation>
    </message>
    <message>
        <location filename="../../rma/transitions.py" line="176" />
        <source>awaiting payment</source>
        <translation>待付款</translation>
    </message>
    <message>
        <location filename="../../rma/transitions.py" line="177" />
        <source>awaiting parts</source>
        <translation>待备件</translation>
    </message>
    <message>
        <location filename="../../rma/transitions.py" line="178" />
        <source>in repair</source>
        <translation>维修中</translation>
    </message>
    <message>
        <location filename="../../rma/transitions.py" line="179" />
        <source>at vendor</source>
        <translation>返厂中</translation>
    </message>
    <message>
        <location filename="../../rma/transitions.py" line="180" />
        <source>testing</source>
        <translation>测试中</translation>
    </message>
    <message>
        <location filename="../../rma/transitions.py" line="181" />
        <source>ready to ship</source>
        <translation>可发货</translation>
    </message>
    <message>
        <location filename="../../rma/transitions.py" line="182" />
        <source>shipped</source>
        <translation>已发货</translation>
    </message>
    <message>
        <location filename="../../rma/transitions.py" line="183" />
        <source>closed</source>
        <translation>已结案</translation>
    </message>
    <message>
        <location filename="../../rma/transitions.py" line="184" />
        <source>declined</source>
        <translation>已拒绝</translation>
    </message>
    <message>
        <location filename="../../rma/transitions.py" line="185" />
        <source>returned unrepaired</source>
        <translation>未修退回</translation>
    </message>
    <message>
        <location filename="../../rma/transitions.py" line="186" />
        <source>replaced</source>
        <translation>已换新</translation>
    </message>
    <message>
        <location filename="../../rma/transitions.py" line="187" />
        <source>scrapped</source>
        <translation>已报废</translation>
    </message>
    <message>
        <location filename="../../rma/transitions.py" line="188" />
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
</context>
<context>
    <name>StationServices</name>
    <message>
        <location filename="../../ui/live.py" line="130" />
        <source>Today's backup failed: {error}</source>
        <translation>今日备份失败：{error}</translation>
    </message>
    <message>
        <location filename="../../ui/live.py" line="133" />
        <source>Today's backup is saved: {path}</source>
        <translation>今日备份已保存：{path}</translation>
    </message>
</context>
<context>
    <name>Stock</name>
    <message>
        <location filename="../../inventory/counting.py" line="268" />
        <source>Count of bin {bin}</source>
        <translation>库位 {bin} 盘点</translation>
    </message>
    <message>
        <location filename="../../inventory/exchange.py" line="92" />
        <source>Advance exchange</source>
        <translation>先发配件</translation>
    </message>
    <message>
        <location filename="../../inventory/exchange.py" line="138" />
        <source>Core back, tested good</source>
        <translation>旧件返回，检测良好</translation>
    </message>
    <message>
        <location filename="../../inventory/models.py" line="45" />
        <source>Receipt</source>
        <extracomment>English labels, translated where shown: ``translate("Stock", MOVE_KIND_LABELS[kind])``</extracomment>
        <translation>入库</translation>
    </message>
    <message>
        <location filename="../../inventory/models.py" line="46" />
        <source>Issue</source>
        <translation>领用</translation>
    </message>
    <message>
        <location filename="../../inventory/models.py" line="47" />
        <source>Return</source>
        <translation>退库</translation>
    </message>
    <message>
        <location filename="../../inventory/models.py" line="48" />
        <source>Advance exchange out</source>
        <translation>先发配件出库</translation>
    </message>
    <message>
        <location filename="../../inventory/models.py" line="49" />
        <source>Core back</source>
        <translation>旧件返回</translation>
    </message>
    <message>
        <location filename="../../inventory/models.py" line="50" />
        <source>Adjustment</source>
        <translation>调整</translation>
    </message>
    <message>
        <location filename="../../inventory/models.py" line="51" />
        <source>Scrap</source>
        <translation>报废</translation>
    </message>
    <message>
        <location filename="../../inventory/models.py" line="52" />
        <source>Count</source>
        <translation>盘点</translation>
    </message>
    <message>
        <location filename="../../inventory/models.py" line="67" />
        <source>manual</source>
        <extracomment>English labels, translated where shown: ``translate("Stock", DOCUMENT_LABELS[doc])``</extracomment>
        <translation>说明书</translation>
    </message>
    <message>
        <location filename="../../inventory/models.py" line="68" />
        <source>inspection certificate</source>
        <translation>检验证书</translation>
    </message>
    <message>
        <location filename="../../inventory/models.py" line="69" />
        <source>quality guarantee</source>
        <translation>质量保证书</translation>
    </message>
    <message>
        <location filename="../../inventory/models.py" line="70" />
        <source>certificate of conformity</source>
        <translation>合格证</translation>
    </message>
    <message>
        <location filename="../../inventory/receiving.py" line="132" />
        <source>Quantity: counted {counted}, the delivery note says {note}.</source>
        <translation>数量不符：实收 {counted}，送货单为 {note}。</translation>
    </message>
    <message>
        <location filename="../../inventory/receiving.py" line="137" />
        <source>Appearance not acceptable (damage, wrong or opened packaging).</source>
        <translation>外观不合格（损坏、包装不符或已拆封）。</translation>
    </message>
    <message>
        <location filename="../../inventory/receiving.py" line="144" />
        <source>Missing documents: {documents}.</source>
        <translation>缺少文件：{documents}。</translation>
    </message>
    <message>
        <location filename="../../inventory/receiving.py" line="206" />
        <source>Lot #{id}</source>
        <translation>批次 #{id}</translation>
    </message>
    <message>
        <location filename="../../inventory/receiving.py" line="274" />
        <source>Lot #{id}, released from quarantine: {reason}</source>
        <translation>批次 #{id}，解除隔离：{reason}</translation>
    </message>
</context>
<context>
    <name>SupplierDialog</name>
    <message>
        <location filename="../../ui/pages/parts_receiving.py" line="86" />
        <source>New supplier</source>
        <extracomment>deliveries received this many days back can be continued from the list</extracomment>
        <translation>新建供应商</translation>
    </message>
    <message>
        <location filename="../../ui/pages/parts_receiving.py" line="92" />
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../ui/pages/parts_receiving.py" line="93" />
        <source>Contact person</source>
        <translation>联系人</translation>
    </message>
    <message>
        <location filename="../../ui/pages/parts_receiving.py" line="94" />
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../ui/pages/parts_receiving.py" line="95" />
        <source>Email</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <location filename="../../ui/pages/parts_receiving.py" line="101" />
        <source>Supplier {name} added.</source>
        <translation>供应商 {name} 已添加。</translation>
    </message>
</context>
<context>
    <name>UnitHistoryTable</name>
    <message>
        <location filename="../../ui/pages/unit_history.py" line="38" />
        <source>RMA</source>
        <translation>维修单</translation>
    </message>
    <message>
        <location filename="../../ui/pages/unit_history.py" line="39" />
        <source>Fault, and what was found and done</source>
        <translation>故障及检查、维修内容</translation>
    </message>
    <message>
        <location filename="../../ui/pages/unit_history.py" line="57" />
        <source>received {date}</source>
        <translation>{date} 收货</translation>
    </message>
    <message>
        <location filename="../../ui/pages/unit_history.py" line="60" />
        <source>left {date}</source>
        <translation>{date} 发出</translation>
    </message>
    <message>
        <location filename="../../ui/pages/unit_history.py" line="64" />
        <source>(nothing recorded)</source>
        <translation>（无记录）</translation>
    </message>
</context>
<context>
    <name>ValuationTab</name>
    <message>
        <location filename="../../ui/pages/parts_valuation.py" line="100" />
        <source>&lt;b&gt;Per bin, at cost&lt;/b&gt;</source>
        <translation>&lt;b&gt;按库位（成本价）&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/pages/parts_valuation.py" line="101" />
        <location filename="../../ui/pages/parts_valuation.py" line="110" />
        <source>Bin</source>
        <translation>库位</translation>
    </message>
    <message>
        <location filename="../../ui/pages/parts_valuation.py" line="101" />
        <source>Description</source>
        <translation>说明</translation>
    </message>
    <message>
        <location filename="../../ui/pages/parts_valuation.py" line="101" />
        <source>Parts</source>
        <translation>备件</translation>
    </message>
    <message>
        <location filename="../../ui/pages/parts_valuation.py" line="102" />
        <source>Pieces</source>
        <translation>件数</translation>
    </message>
    <message>
        <location filename="../../ui/pages/parts_valuation.py" line="102" />
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <location filename="../../ui/pages/parts_valuation.py" line="102" />
        <source>Share</source>
        <translation>占比</translation>
    </message>
    <message>
        <location filename="../../ui/pages/parts_valuation.py" line="110" />
        <location filename="../../ui/pages/parts_valuation.py" line="122" />
        <source>Part number</source>
        <translation>备件号</translation>
    </message>
    <message>
        <location filename="../../ui/pages/parts_valuation.py" line="110" />
        <location filename="../../ui/pages/parts_valuation.py" line="122" />
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../ui/pages/parts_valuation.py" line="111" />
        <source>Free</source>
        <translation>可用</translation>
    </message>
    <message>
        <location filename="../../ui/pages/parts_valuation.py" line="111" />
        <source>Reorder at</source>
        <translation>再订货点</translation>
    </message>
    <message>
        <location filename="../../ui/pages/parts_valuation.py" line="122" />
        <source>Reference</source>
        <translation>凭证号</translation>
    </message>
    <message>
        <location filename="../../ui/pages/parts_valuation.py" line="123" />
        <source>Qty</source>
        <translation>数量</translation>
    </message>
    <message>
        <location filename="../../ui/pages/parts_valuation.py" line="123" />
        <source>Shipped</source>
        <translation>发出</translation>
    </message>
    <message>
        <location filename="../../ui/pages/parts_valuation.py" line="123" />
        <source>Due back</source>
        <translation>应还日期</translation>
    </message>
    <message>
        <location filename="../../ui/pages/parts_valuation.py" line="124" />
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/pages/parts_valuation.py" line="127" />
        <source>Core came back…</source>
        <translation>旧件已返回…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/parts_valuation.py" line="129" />
        <source>Cores are due {n} working days after the good part shipped.</source>
        <translation>旧件应在良品配件发出后 {n} 个工作日内返回。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/parts_valuation.py" line="152" />
        <source>&lt;span style='font-size:11pt'&gt;Stock at cost&lt;/span&gt;&amp;nbsp;&amp;nbsp;&lt;span style='font-size:18pt; font-weight:600'&gt;{value}&lt;/span&gt;&amp;nbsp;&amp;nbsp;&lt;span style='color:#6b7785'&gt;{parts} parts in stock · {qty} pieces · moving average cost price&lt;/span&gt;</source>
        <translation>&lt;span style='font-size:11pt'&gt;库存成本&lt;/span&gt;&amp;nbsp;&amp;nbsp;&lt;span style='font-size:18pt; font-weight:600'&gt;{value}&lt;/span&gt;&amp;nbsp;&amp;nbsp;&lt;span style='color:#6b7785'&gt;在库备件 {parts} 种 · {qty} 件 · 移动平均成本价&lt;/span&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/pages/parts_valuation.py" line="162" />
        <source>(no bin)</source>
        <translation>（无库位）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/parts_valuation.py" line="171" />
        <source>&lt;b&gt;At or below the reorder point ({n})&lt;/b&gt; — double-click to open</source>
        <translation>&lt;b&gt;已达到或低于再订货点（{n}）&lt;/b&gt;——双击打开</translation>
    </message>
    <message>
        <location filename="../../ui/pages/parts_valuation.py" line="181" />
        <source>{n} day(s) overdue</source>
        <translation>逾期 {n} 天</translation>
    </message>
    <message>
        <location filename="../../ui/pages/parts_valuation.py" line="182" />
        <source>owed</source>
        <translation>待返回</translation>
    </message>
    <message>
        <location filename="../../ui/pages/parts_valuation.py" line="187" />
        <source>&lt;b&gt;Cores owed after advance exchange ({n})&lt;/b&gt;</source>
        <translation>&lt;b&gt;先发配件后待返回的旧件（{n}）&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/pages/parts_valuation.py" line="191" />
        <source>{n} overdue</source>
        <translation>逾期 {n} 件</translation>
    </message>
    <message>
        <location filename="../../ui/pages/parts_valuation.py" line="212" />
        <source>Warehouse or service desk staff book cores back.</source>
        <translation>仅仓库或服务台人员可以登记旧件返回。</translation>
    </message>
</context>
<context>
    <name>VendorDialog</name>
    <message>
        <location filename="../../ui/pages/bench.py" line="290" />
        <source>Send to vendor</source>
        <translation>返厂维修</translation>
    </message>
    <message>
        <location filename="../../ui/pages/bench.py" line="294" />
        <source>e.g. Zebra Technologies Repair Center</source>
        <translation>例如：Zebra Technologies 维修中心</translation>
    </message>
    <message>
        <location filename="../../ui/pages/bench.py" line="300" />
        <source>Expected back on</source>
        <translation>预计返回日期</translation>
    </message>
    <message>
        <location filename="../../ui/pages/bench.py" line="310" />
        <source>Sending raises a task: tell the customer the repair takes longer.</source>
        <translation>返厂后将生成一项任务：通知客户维修周期会延长。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/bench.py" line="313" />
        <source>Vendor</source>
        <translation>厂家</translation>
    </message>
    <message>
        <location filename="../../ui/pages/bench.py" line="314" />
        <source>Vendor's RMA number</source>
        <translation>厂家维修单号</translation>
    </message>
    <message>
        <location filename="../../ui/pages/bench.py" line="315" />
        <source>Sent on</source>
        <translation>寄出日期</translation>
    </message>
    <message>
        <location filename="../../ui/pages/bench.py" line="317" />
        <source>Note</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>WaiverDialog</name>
    <message>
        <location filename="../../ui/pages/bench.py" line="432" />
        <source>Waive a gate</source>
        <translation>豁免限制</translation>
    </message>
    <message>
        <location filename="../../ui/pages/bench.py" line="441" />
        <source>Why this RMA may pass (it is audited)</source>
        <translation>允许此维修单放行的原因（将记录审计日志）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/bench.py" line="442" />
        <source>The waiver is used up by the next action that needs the gate.</source>
        <translation>豁免仅对下一个受此限制的操作生效一次。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/bench.py" line="445" />
        <source>Gate</source>
        <translation>限制项</translation>
    </message>
    <message>
        <location filename="../../ui/pages/bench.py" line="446" />
        <source>Reason</source>
        <translation>原因</translation>
    </message>
</context>
<context>
    <name>Warranty</name>
    <message>
        <location filename="../../rma/warranty.py" line="97" />
        <source>accident</source>
        <translation>意外损坏</translation>
    </message>
    <message>
        <location filename="../../rma/warranty.py" line="98" />
        <source>self-disassembly</source>
        <translation>自行拆修</translation>
    </message>
    <message>
        <location filename="../../rma/warranty.py" line="99" />
        <source>unauthorised repair</source>
        <translation>非授权维修</translation>
    </message>
    <message>
        <location filename="../../rma/warranty.py" line="100" />
        <source>improper operation</source>
        <translation>操作不当</translation>
    </message>
    <message>
        <location filename="../../rma/warranty.py" line="101" />
        <source>abnormal environment</source>
        <translation>使用环境异常</translation>
    </message>
    <message>
        <location filename="../../rma/warranty.py" line="102" />
        <source>force majeure</source>
        <translation>不可抗力</translation>
    </message>
    <message>
        <location filename="../../rma/warranty.py" line="273" />
        <source>Dead on arrival: reported {reported}, day {doa_day} of the {doa_days}-day window from the start {start} ({start_basis}); the unit is replaced.</source>
        <translation>包换：于 {reported} 报修，处于自起始日 {start}（{start_basis}）起 {doa_days} 天包换期的第 {doa_day} 天；予以换新。</translation>
    </message>
    <message>
        <location filename="../../rma/warranty.py" line="278" />
        <source>In warranty: started {start} ({start_basis}), {term}, ends {end}{extension}.</source>
        <translation>保修期内：自 {start}（{start_basis}）起保修 {term}，至 {end}{extension}止。</translation>
    </message>
    <message>
        <location filename="../../rma/warranty.py" line="282" />
        <source>In warranty: reported {reported}, before the warranty starts on {start} ({start_basis}); a unit not yet accepted is covered.</source>
        <translation>保修期内：于 {reported} 报修，早于保修起始日 {start}（{start_basis}）；尚未验收的设备同样在保修范围内。</translation>
    </message>
    <message>
        <location filename="../../rma/warranty.py" line="287" />
        <source>Out of warranty: started {start} ({start_basis}), {term}, ended {end}{extension}; reported {reported}.</source>
        <translation>保修期外：自 {start}（{start_basis}）起保修 {term}，已于 {end}{extension}到期；报修日期 {reported}。</translation>
    </message>
    <message>
        <location filename="../../rma/warranty.py" line="292" />
        <source>Out of warranty: no sale or acceptance date on record.</source>
        <translation>保修期外：没有销售日期或验收日期记录。</translation>
    </message>
    <message>
        <location filename="../../rma/warranty.py" line="295" />
        <source>Excluded ({exclusion}), the repair is chargeable. Technician's note: {note}</source>
        <translation>不予保修（{exclusion}），本次维修需收费。技术员备注：{note}</translation>
    </message>
    <message>
        <location filename="../../rma/warranty.py" line="311" />
        <source>day after acceptance {acceptance}</source>
        <translation>验收日 {acceptance} 的次日</translation>
    </message>
    <message>
        <location filename="../../rma/warranty.py" line="312" />
        <source>sale date</source>
        <translation>销售日期</translation>
    </message>
    <message>
        <location filename="../../rma/warranty.py" line="313" />
        <source>1 month</source>
        <translation>1 个月</translation>
    </message>
    <message>
        <location filename="../../rma/warranty.py" line="314" />
        <source>{months} months</source>
        <translation>{months} 个月</translation>
    </message>
    <message>
        <location filename="../../rma/warranty.py" line="315" />
        <source> ({base_end} + 1 day extension)</source>
        <translation>（{base_end} + 顺延 1 天）</translation>
    </message>
    <message>
        <location filename="../../rma/warranty.py" line="316" />
        <source> ({base_end} + {extension_days} days extension)</source>
        <translation>（{base_end} + 顺延 {extension_days} 天）</translation>
    </message>
</context>
<context>
    <name>Worker</name>
    <message>
        <location filename="../../ui/workers.py" line="122" />
        <source>The work stopped with an error: {error}</source>
        <extracomment>workers still running; they hold themselves here so closing a page or the window never destroys a QThread that is still running (Qt aborts the process if it is)</extracomment>
        <translation>处理因错误中止：{error}</translation>
    </message>
</context>
</TS>