<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>CurvesData</name>
    <message>
        <source>pool accuracy</source>
        <translation>样本池准确率</translation>
    </message>
    <message>
        <source>test accuracy</source>
        <translation>测试准确率</translation>
    </message>
    <message>
        <source>agreement with the teacher</source>
        <translation>与教师的一致率</translation>
    </message>
    <message>
        <source>D_out share</source>
        <translation>D_out 占比</translation>
    </message>
    <message>
        <source>D_hc share</source>
        <translation>D_hc 占比</translation>
    </message>
    <message>
        <source>D_sl share</source>
        <translation>D_sl 占比</translation>
    </message>
    <message>
        <source>inside-set share</source>
        <translation>集合内占比</translation>
    </message>
    <message>
        <source>mean confidence</source>
        <translation>平均置信度</translation>
    </message>
    <message>
        <source>total loss</source>
        <translation>总损失</translation>
    </message>
    <message>
        <source>loss L_dr (refined distribution)</source>
        <translation>损失 L_dr（精炼分布）</translation>
    </message>
    <message>
        <source>loss L_cr_in (inside the set)</source>
        <translation>损失 L_cr_in（集合内）</translation>
    </message>
    <message>
        <source>loss L_cr_out (outside the set)</source>
        <translation>损失 L_cr_out（集合外）</translation>
    </message>
    <message>
        <source>loss L_mix</source>
        <translation>损失 L_mix</translation>
    </message>
    <message>
        <source>η (refinery weight)</source>
        <translation>η（精炼权重）</translation>
    </message>
    <message>
        <source>epoch time</source>
        <translation>每轮用时</translation>
    </message>
    <message>
        <source>s</source>
        <translation>秒</translation>
    </message>
    <message>
        <source>#%1 %2</source>
        <translation>#%1 %2</translation>
    </message>
</context>
<context>
    <name>DataFiles</name>
    <message>
        <source>no annotation column given</source>
        <translation>未指定标注列</translation>
    </message>
    <message>
        <source>the project has no label schema yet; import samples with --labels or a gold column first</source>
        <translation>项目还没有标签方案；请先用 --labels 或参考标签列导入样本</translation>
    </message>
    <message>
        <source>the text &quot;%1&quot; appears %2 times in the file but only %3 time(s) in the project (first on line %4); match by --id-column</source>
        <translation>文本“%1”在文件中出现 %2 次，但在项目中只出现 %3 次（首次在第 %4 行）；请用 --id-column 匹配</translation>
    </message>
    <message>
        <source>lines %1 and %2 both annotate sample &quot;%3&quot;</source>
        <translation>第 %1 行和第 %2 行都标注了样本“%3”</translation>
    </message>
    <message>
        <source>import cancelled; the project is unchanged</source>
        <translation>导入已取消；项目未更改</translation>
    </message>
    <message>
        <source>unknown label(s): %1; the project&apos;s labels are: %2</source>
        <translation>未知标签：%1；项目的标签为：%2</translation>
    </message>
    <message>
        <source>%1 row(s) match no sample by %2: %3 (%4)</source>
        <translation>%1 行按 %2 未匹配到任何样本：%3（%4）</translation>
    </message>
    <message>
        <source>the text &quot;%1&quot; appears %2 times in the file (lines %3 to %4) but %5 times in the project, so the rows cannot be paired with samples; match by --id-column</source>
        <translation>文本“%1”在文件中出现 %2 次（第 %3 至 %4 行），但在项目中出现 %5 次，因此无法将这些行与样本配对；请用 --id-column 匹配</translation>
    </message>
    <message>
        <source>cannot read: %1</source>
        <translation>无法读取：%1</translation>
    </message>
    <message>
        <source>the file is empty; expected a header line</source>
        <translation>文件为空；应有一行表头</translation>
    </message>
    <message>
        <source>column &quot;%1&quot; appears twice in the header</source>
        <translation>列“%1”在表头中出现两次</translation>
    </message>
    <message>
        <source>read error: %1</source>
        <translation>读取错误：%1</translation>
    </message>
    <message>
        <source>unterminated quoted field: expected a closing &apos;&quot;&apos; before the end of the file</source>
        <translation>引号字段未结束：文件结束前应有一个结束的 &apos;&quot;&apos;</translation>
    </message>
    <message>
        <source>unexpected character after a closing quote: expected the delimiter &apos;%1&apos; or the end of the line (a quote inside a quoted field is written as &quot;&quot;)</source>
        <translation>结束引号后出现意外字符：应为分隔符 &apos;%1&apos; 或行尾（引号字段内的引号写作 &quot;&quot;）</translation>
    </message>
    <message>
        <source>stray quote in an unquoted field: quote the whole field and write the quote as &quot;&quot;</source>
        <translation>未加引号的字段中有多余的引号：请给整个字段加引号，并把引号写作 &quot;&quot;</translation>
    </message>
    <message>
        <source>invalid UTF-8 byte sequence (the file must be UTF-8 encoded)</source>
        <translation>无效的 UTF-8 字节序列（文件必须采用 UTF-8 编码）</translation>
    </message>
    <message>
        <source>expected %1 fields as in the header, found %2</source>
        <translation>应与表头一样有 %1 个字段，实际为 %2 个</translation>
    </message>
    <message>
        <source>output: cannot write: %1</source>
        <translation>输出：无法写入：%1</translation>
    </message>
    <message>
        <source>the id and label columns must be different columns</source>
        <translation>ID 列和标签列必须是不同的列</translation>
    </message>
    <message>
        <source>resolve cancelled; the project is unchanged</source>
        <translation>解决已取消；项目未更改</translation>
    </message>
    <message>
        <source>unknown id(s) in column &quot;%1&quot;, not in the project: %2</source>
        <translation>列“%1”中有未知 ID，不在项目中：%2</translation>
    </message>
    <message>
        <source>two rows decide the same sample: %1</source>
        <translation>两行对同一样本作出决定：%1</translation>
    </message>
    <message>
        <source>unknown label(s) in column &quot;%1&quot;: %2; the project&apos;s labels are: %3</source>
        <translation>列“%1”中有未知标签：%2；项目的标签为：%3</translation>
    </message>
    <message>
        <source>invalid JSON: a raw NUL byte (inside a string write \u0000)</source>
        <translation>无效的 JSON：未转义的 NUL 字节（在字符串中请写作 \u0000）</translation>
    </message>
    <message>
        <source>cancelled while reading this line</source>
        <translation>读取此行时已取消</translation>
    </message>
    <message>
        <source>invalid JSON: nested deeper than %1 levels</source>
        <translation>无效的 JSON：嵌套超过 %1 层</translation>
    </message>
    <message>
        <source>invalid JSON: %1</source>
        <translation>无效的 JSON：%1</translation>
    </message>
    <message>
        <source>expected a JSON object {...} on each line</source>
        <translation>每行应为一个 JSON 对象 {...}</translation>
    </message>
    <message>
        <source>invalid JSON: the key &quot;%1&quot; appears twice in one object</source>
        <translation>无效的 JSON：键“%1”在同一对象中出现两次</translation>
    </message>
    <message>
        <source>the text, gold and id columns must be different columns</source>
        <translation>文本列、参考标签列和 ID 列必须是不同的列</translation>
    </message>
    <message>
        <source>differs from the label schema stored in %1: %2. Import without --labels to use the stored schema.</source>
        <translation>与 %1 中保存的标签方案不同：%2。不带 --labels 导入即可使用已保存的方案。</translation>
    </message>
    <message>
        <source>duplicate id &quot;%1&quot;: line %2 has the same id</source>
        <translation>重复的 ID“%1”：第 %2 行的 ID 相同</translation>
    </message>
    <message>
        <source>sample id &quot;%1&quot; is already in the project%2</source>
        <translation>样本 ID“%1”已在项目中%2</translation>
    </message>
    <message>
        <source>empty id in column &quot;%1&quot;: every sample needs an id when an id column is given</source>
        <translation>列“%1”中的 ID 为空：指定 ID 列时每个样本都需要 ID</translation>
    </message>
    <message>
        <source>column &quot;%1&quot; has more than %2 distinct values, too many for labels (is it a text column?); give the labels with --labels</source>
        <translation>列“%1”有超过 %2 个不同的值，作为标签太多（它是文本列吗？）；请用 --labels 指定标签</translation>
    </message>
    <message>
        <source>unknown gold label(s) in column &quot;%1&quot;: %2. The project&apos;s labels are: %3 (names or aliases, case-insensitive)</source>
        <translation>列“%1”中有未知的参考标签：%2。项目的标签为：%3（名称或别名，不区分大小写）</translation>
    </message>
    <message>
        <source>cannot write: %1</source>
        <translation>无法写入：%1</translation>
    </message>
    <message>
        <source>the file is empty; expected one JSON object per line</source>
        <translation>文件为空；应为每行一个 JSON 对象</translation>
    </message>
    <message>
        <source>no column &quot;%1&quot; (given by %2); the %3 columns are: %4</source>
        <translation>没有列“%1”（由 %2 指定）；%3 的列为：%4</translation>
    </message>
    <message>
        <source>unexpected key &quot;%1&quot;: every object may only use the keys of the first line (%2)</source>
        <translation>意外的键“%1”：每个对象只能使用第一行的键（%2）</translation>
    </message>
</context>
<context>
    <name>DecisionKeys</name>
    <message>
        <source>Accept the suggestion (or the focused label)</source>
        <translation>接受建议（或获得焦点的标签）</translation>
    </message>
    <message>
        <source>accept the suggestion</source>
        <translation>接受建议</translation>
    </message>
    <message>
        <source>Skip: unsure, keep the machine label</source>
        <translation>跳过：不确定，保留机器标签</translation>
    </message>
    <message>
        <source>skip (unsure)</source>
        <translation>跳过（不确定）</translation>
    </message>
    <message>
        <source>Next sample</source>
        <translation>下一个样本</translation>
    </message>
    <message>
        <source>next</source>
        <translation>下一个</translation>
    </message>
    <message>
        <source>Previous sample</source>
        <translation>上一个样本</translation>
    </message>
    <message>
        <source>previous</source>
        <translation>上一个</translation>
    </message>
    <message>
        <source>First sample of the queue</source>
        <translation>队列中的第一个样本</translation>
    </message>
    <message>
        <source>first</source>
        <translation>第一个</translation>
    </message>
    <message>
        <source>Last sample of the queue</source>
        <translation>队列中的最后一个样本</translation>
    </message>
    <message>
        <source>last</source>
        <translation>最后一个</translation>
    </message>
    <message>
        <source>Move the focus over the chips and bars</source>
        <translation>在标签块和条形之间移动焦点</translation>
    </message>
    <message>
        <source>focus the chips and bars</source>
        <translation>聚焦候选标签和条形</translation>
    </message>
    <message>
        <source>label key</source>
        <translation>标签键</translation>
    </message>
    <message>
        <source>decide</source>
        <translation>决定</translation>
    </message>
    <message>
        <source>undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <source>%1 samples back</source>
        <translation>后退 %1 个样本</translation>
    </message>
    <message>
        <source>%1 back</source>
        <translation>后退 %1 个</translation>
    </message>
    <message>
        <source>%1 samples on</source>
        <translation>前进 %1 个样本</translation>
    </message>
    <message>
        <source>%1 on</source>
        <translation>前进 %1 个</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>回车</translation>
    </message>
</context>
<context>
    <name>LabelSchema</name>
    <message>
        <source>&quot;%1&quot; must be a string</source>
        <translation>“%1”必须是字符串</translation>
    </message>
    <message>
        <source>invalid JSON: %1</source>
        <translation>无效的 JSON：%1</translation>
    </message>
    <message>
        <source>expected an object {&quot;labels&quot;: [...]}</source>
        <translation>应为对象 {&quot;labels&quot;: [...]}</translation>
    </message>
    <message>
        <source>&quot;aliases&quot; must be a list of strings</source>
        <translation>“aliases”必须是字符串列表</translation>
    </message>
    <message>
        <source>expected an object with a &quot;name&quot;</source>
        <translation>应为带有“name”的对象</translation>
    </message>
    <message>
        <source>cannot read label file: %1</source>
        <translation>无法读取标签文件：%1</translation>
    </message>
    <message>
        <source>the label schema has no labels</source>
        <translation>标签方案中没有标签</translation>
    </message>
    <message>
        <source>a label has an empty name</source>
        <translation>有一个标签的名称为空</translation>
    </message>
    <message>
        <source>label &quot;%1&quot; contains &apos;|&apos;, which separates candidates</source>
        <translation>标签“%1”包含用于分隔候选项的 &apos;|&apos;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; names both label &quot;%2&quot; and label &quot;%3&quot;</source>
        <translation>“%1”同时指代标签“%2”和标签“%3”</translation>
    </message>
    <message>
        <source>label &quot;%1&quot; is defined twice</source>
        <translation>标签“%1”被定义了两次</translation>
    </message>
    <message>
        <source>hotkey &quot;%1&quot; of label &quot;%2&quot; must be one letter or digit</source>
        <translation>标签“%2”的快捷键“%1”必须是一个字母或数字</translation>
    </message>
    <message>
        <source>hotkey &quot;%1&quot; is used by &quot;%2&quot; and &quot;%3&quot;</source>
        <translation>快捷键“%1”同时被“%2”和“%3”使用</translation>
    </message>
</context>
<context>
    <name>NoteFlags</name>
    <message>
        <source>Discuss</source>
        <translation>讨论</translation>
    </message>
    <message>
        <source>Bad text</source>
        <translation>文本有误</translation>
    </message>
    <message>
        <source>Schema gap</source>
        <translation>标签体系缺口</translation>
    </message>
    <message>
        <source>discuss</source>
        <translation>讨论</translation>
    </message>
    <message>
        <source>bad text</source>
        <translation>文本有误</translation>
    </message>
    <message>
        <source>schema gap</source>
        <translation>标签体系缺口</translation>
    </message>
    <message>
        <source>Talk this sample over before its label counts</source>
        <translation>在其标签生效前先讨论此样本</translation>
    </message>
    <message>
        <source>The text itself is broken: truncated, garbled, wrong language or spam</source>
        <translation>文本本身有问题：被截断、乱码、语言错误或垃圾信息</translation>
    </message>
    <message>
        <source>No label of the schema fits this sample</source>
        <translation>标签体系中没有适合此样本的标签</translation>
    </message>
</context>
<context>
    <name>ReviewRanker</name>
    <message>
        <source>the teacher gave no usable label</source>
        <translation>教师没有给出可用的标签</translation>
    </message>
    <message>
        <source>the teacher is unsure between %1 labels</source>
        <translation>教师在 %1 个标签之间犹豫不决</translation>
    </message>
    <message>
        <source>the teacher gave no usable label; the student says %1 (%2)</source>
        <translation>教师没有给出可用的标签；学生预测为 %1（%2）</translation>
    </message>
    <message>
        <source>the student says %1 (%2), outside the teacher&apos;s candidates</source>
        <translation>学生预测为 %1（%2），不在教师的候选中</translation>
    </message>
    <message>
        <source>the teacher prefers %1, the student %2 (%3)</source>
        <translation>教师倾向于 %1，学生倾向于 %2（%3）</translation>
    </message>
    <message>
        <source>%1 vs %2: margin %3</source>
        <translation>%1 对 %2：间隔 %3</translation>
    </message>
    <message>
        <source>the student overrules the teacher with %1 (%2)</source>
        <translation>学生以 %1（%2）否决了教师</translation>
    </message>
    <message>
        <source>the student is unsure</source>
        <translation>学生不确定</translation>
    </message>
    <message>
        <source>the teacher could not be reached for this sample; its next run asks again</source>
        <translation>此样本未能联系到教师；下次运行时会再次询问</translation>
    </message>
    <message>
        <source>the teacher has not been asked yet</source>
        <translation>尚未询问教师</translation>
    </message>
    <message>
        <source>the teacher names one label, %1; no student yet</source>
        <translation>教师只给出一个标签 %1；尚无学生</translation>
    </message>
    <message>
        <source>its label among them is %1 (%2)</source>
        <translation>它在候选中的标签是 %1（%2）</translation>
    </message>
    <message>
        <source>the student says %1 (%2)</source>
        <translation>学生预测为 %1（%2）</translation>
    </message>
    <message>
        <source>the student agrees with the teacher on %1 (%2)</source>
        <translation>学生与教师一致：%1（%2）</translation>
    </message>
    <message>
        <source>the student was sure of a label outside the teacher&apos;s candidates; %1 stays</source>
        <translation>学生确信是教师候选之外的某个标签；仍保留 %1</translation>
    </message>
    <message>
        <source>the student leant to a label outside the teacher&apos;s candidates; %1 stays</source>
        <translation>学生倾向于教师候选之外的标签；仍保留 %1</translation>
    </message>
</context>
<context>
    <name>ShortcutCatalog</name>
    <message>
        <source>Window</source>
        <translation>窗口</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>审阅</translation>
    </message>
    <message>
        <source>Label as %1</source>
        <translation>标记为 %1</translation>
    </message>
</context>
<context>
    <name>StoreText</name>
    <message>
        <source>a spot check needs at least one sample</source>
        <translation>抽查至少需要一个样本</translation>
    </message>
    <message>
        <source>cannot draw %1 spot checks: only %2 sample(s) have no human label and are not spot checks yet</source>
        <translation>无法抽取 %1 个抽查样本：只有 %2 个样本既没有人工标签也尚未被抽查</translation>
    </message>
    <message>
        <source>is the project file or one of its companion files (%1); %2 would destroy the project, so nothing was written. Choose another output file.</source>
        <translation>是项目文件或其附属文件之一（%1）；%2 会破坏项目，因此未写入任何内容。请选择其他输出文件。</translation>
    </message>
    <message>
        <source>cannot create the lock file: %1</source>
        <translation>无法创建锁文件：%1</translation>
    </message>
    <message>
        <source>cannot lock: %1</source>
        <translation>无法加锁：%1</translation>
    </message>
    <message>
        <source>cannot lock: the lock file keeps being replaced</source>
        <translation>无法加锁：锁文件不断被替换</translation>
    </message>
    <message>
        <source>no such project file</source>
        <translation>没有此项目文件</translation>
    </message>
    <message>
        <source>is not a file</source>
        <translation>不是文件</translation>
    </message>
    <message>
        <source>cannot open project: %1</source>
        <translation>无法打开项目：%1</translation>
    </message>
    <message>
        <source>not a CanDist project (%1)</source>
        <translation>不是 CanDist 项目（%1）</translation>
    </message>
    <message>
        <source>cannot switch the project to WAL mode</source>
        <translation>无法将项目切换到 WAL 模式</translation>
    </message>
    <message>
        <source>changes were rolled back after an earlier failure</source>
        <translation>由于先前的失败，更改已回滚</translation>
    </message>
    <message>
        <source>labels cannot be removed once samples are annotated (%1 annotations refer to them); rename them instead</source>
        <translation>样本一旦被标注，标签便不能删除（有 %1 条标注引用它们）；请改为重命名</translation>
    </message>
    <message>
        <source>duplicate sample id &quot;%1&quot;</source>
        <translation>样本 ID 重复：&quot;%1&quot;</translation>
    </message>
    <message>
        <source>label index %1 is not in the project&apos;s label schema</source>
        <translation>标签索引 %1 不在项目的标签方案中</translation>
    </message>
    <message>
        <source>label index %1 for sample row %2 is not in the project&apos;s label schema</source>
        <translation>样本行 %2 的标签索引 %1 不在项目的标签方案中</translation>
    </message>
    <message>
        <source>distillation run %1 does not exist</source>
        <translation>蒸馏运行 %1 不存在</translation>
    </message>
    <message>
        <source>distillation run %1 is still running: cancel it first</source>
        <translation>蒸馏运行 %1 仍在进行：请先取消它</translation>
    </message>
    <message>
        <source>distillation run %1 gave the project its current student labels: distil again before deleting it</source>
        <translation>蒸馏运行 %1 产生了项目当前的学生标签：请先重新蒸馏再删除它</translation>
    </message>
    <message>
        <source>not a CanDist project (an SQLite database of another application)</source>
        <translation>不是 CanDist 项目（是其他应用程序的 SQLite 数据库）</translation>
    </message>
    <message>
        <source>written by a newer CanDist Workbench (project schema %1; this version reads schemas up to %2). Update the workbench to open it.</source>
        <translation>由更新版本的 CanDist Workbench 写入（项目架构 %1；此版本最多读取架构 %2）。请更新工作台后再打开。</translation>
    </message>
    <message>
        <source>database error: %1 (in: %2)</source>
        <translation>数据库错误：%1（位于：%2）</translation>
    </message>
    <message>
        <source>database error: not an open SQLite connection (in: %1)</source>
        <translation>数据库错误：不是已打开的 SQLite 连接（位于：%1）</translation>
    </message>
    <message>
        <source>sample %1: unknown note flags %2 (known: %3)</source>
        <translation>样本 %1：未知的备注标记 %2（已知：%3）</translation>
    </message>
    <message>
        <source>cannot save the note of sample %1: %2</source>
        <translation>无法保存样本 %1 的备注：%2</translation>
    </message>
</context>
<context>
    <name>StudentText</name>
    <message>
        <source>the word vectors changed (checksum %1, the run recorded %2)</source>
        <translation>词向量已更改（校验和 %1，运行记录的是 %2）</translation>
    </message>
    <message>
        <source>distillation needs at least two labels (got %1)</source>
        <translation>蒸馏至少需要两个标签（实际 %1 个）</translation>
    </message>
    <message>
        <source>no checkpoint to resume from</source>
        <translation>没有可用于恢复的检查点</translation>
    </message>
    <message>
        <source>the samples or labels changed since this checkpoint was written (texts, teacher candidates, votes, human or gold labels); it cannot be resumed</source>
        <translation>自写入此检查点以来样本或标签已更改（文本、教师候选、投票、人工或标准标签）；无法恢复</translation>
    </message>
    <message>
        <source>distillation needs at least one sample</source>
        <translation>蒸馏至少需要一个样本</translation>
    </message>
    <message>
        <source>the checkpoint is past the run&apos;s last epoch (%1 of %2)</source>
        <translation>检查点已超过运行的最后一个轮次（%1 / %2）</translation>
    </message>
    <message>
        <source>the resume checkpoint does not match the run: %1</source>
        <translation>恢复检查点与该运行不匹配：%1</translation>
    </message>
    <message>
        <source>cannot create the checkpoint folder</source>
        <translation>无法创建检查点文件夹</translation>
    </message>
    <message>
        <source>the student checkpoint does not match this project: %1</source>
        <translation>学生检查点与此项目不匹配：%1</translation>
    </message>
    <message>
        <source>distillation option &quot;%1&quot;: unknown value &quot;%2&quot; (expected one of %3)</source>
        <translation>蒸馏选项 &quot;%1&quot;：未知的值 &quot;%2&quot;（应为 %3 之一）</translation>
    </message>
    <message>
        <source>distillation option &quot;%1%2&quot;: expected %3</source>
        <translation>蒸馏选项 &quot;%1%2&quot;：应为 %3</translation>
    </message>
    <message>
        <source>invalid distillation option: %1</source>
        <translation>无效的蒸馏选项：%1</translation>
    </message>
    <message>
        <source>the project is being distilled by process %1 on %2; wait for that run to end or stop it</source>
        <translation>进程 %1（位于 %2）正在蒸馏此项目；请等待该运行结束或停止它</translation>
    </message>
    <message>
        <source>no interrupted distillation run with a checkpoint to resume (finished runs and runs stopped before their first checkpoint cannot be resumed)</source>
        <translation>没有带检查点可恢复的中断蒸馏运行（已完成的运行和在第一个检查点之前停止的运行无法恢复）</translation>
    </message>
    <message>
        <source>there is no distillation run %1</source>
        <translation>没有蒸馏运行 %1</translation>
    </message>
    <message>
        <source>run %1 finished; there is nothing to resume</source>
        <translation>运行 %1 已完成；没有可恢复的内容</translation>
    </message>
    <message>
        <source>run %1 (%2) has no checkpoint to resume from: it stopped before its first one (written every checkpoint_interval_seconds and at the end of the warm-up)</source>
        <translation>运行 %1（%2）没有可恢复的检查点：它在第一个检查点之前就停止了（每隔 checkpoint_interval_seconds 以及预热结束时写入）</translation>
    </message>
    <message>
        <source>run %1 cannot be resumed: %2</source>
        <translation>运行 %1 无法恢复：%2</translation>
    </message>
    <message>
        <source>the TorchScript student was asked to run on CUDA, but this LibTorch build has no usable CUDA device</source>
        <translation>要求 TorchScript 学生在 CUDA 上运行，但此 LibTorch 版本没有可用的 CUDA 设备</translation>
    </message>
    <message>
        <source>not a loadable TorchScript module: %1</source>
        <translation>不是可加载的 TorchScript 模块：%1</translation>
    </message>
    <message>
        <source>the encoder must map (input_ids, attention_mask) to a [batch, hidden] tensor: %1</source>
        <translation>编码器必须将 (input_ids, attention_mask) 映射为 [batch, hidden] 张量：%1</translation>
    </message>
    <message>
        <source>the encoder returned a tensor of %1 dimensions; expected [batch, hidden]</source>
        <translation>编码器返回了 %1 维张量；应为 [batch, hidden]</translation>
    </message>
    <message>
        <source>cannot read the WordPiece vocabulary: %1</source>
        <translation>无法读取 WordPiece 词表：%1</translation>
    </message>
    <message>
        <source>cannot write the student checkpoint: %1</source>
        <translation>无法写入学生检查点：%1</translation>
    </message>
    <message>
        <source>cannot read the student checkpoint: %1</source>
        <translation>无法读取学生检查点：%1</translation>
    </message>
    <message>
        <source>no finished distillation run to evaluate; run &apos;candist-cli distill&apos; first</source>
        <translation>没有可评估的已完成蒸馏运行；请先运行 &apos;candist-cli distill&apos;</translation>
    </message>
    <message>
        <source>the checkpoint of run %1 is missing</source>
        <translation>运行 %1 的检查点缺失</translation>
    </message>
    <message>
        <source>offset %1: not a resume state (%2)</source>
        <translation>偏移 %1：不是恢复状态（%2）</translation>
    </message>
    <message>
        <source>unknown resume state format (expected &quot;format&quot;: %1)</source>
        <translation>未知的恢复状态格式（应为 &quot;format&quot;: %1）</translation>
    </message>
    <message>
        <source>not a tensor archive: %1</source>
        <translation>不是张量归档：%1</translation>
    </message>
    <message>
        <source>cannot create the resume checkpoint folder</source>
        <translation>无法创建恢复检查点文件夹</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: expected %2</source>
        <translation>&quot;%1&quot;：应为 %2</translation>
    </message>
    <message>
        <source>method gold needs gold labels, and this pool has none</source>
        <translation>gold 方法需要标准标签，而此数据池没有</translation>
    </message>
    <message>
        <source>method single needs teacher labels, and no sample has one</source>
        <translation>single 方法需要教师标签，而没有任何样本有</translation>
    </message>
    <message>
        <source>%1 was trained with %2; it cannot be resumed or applied with %3 (choose the same vectors, e.g. --word-vectors %4)</source>
        <translation>%1 是用 %2 训练的；不能用 %3 恢复或应用（请选择相同的向量，例如 --word-vectors %4）</translation>
    </message>
    <message>
        <source>%1 was trained with %2, which are no longer at %3 (install them with scripts/install_word_vectors, or name the file with --word-vectors)</source>
        <translation>%1 是用 %2 训练的，但它们已不在 %3（请用 scripts/install_word_vectors 安装，或用 --word-vectors 指定文件）</translation>
    </message>
    <message>
        <source>checksum mismatch in %1 (the file is damaged; run scripts/install_word_vectors again)</source>
        <translation>%1 的校验和不匹配（文件已损坏；请重新运行 scripts/install_word_vectors）</translation>
    </message>
    <message>
        <source>the WordPiece vocabulary has no %1 token</source>
        <translation>WordPiece 词表中没有 %1 标记</translation>
    </message>
</context>
<context>
    <name>Teacher</name>
    <message>
        <source>no application object to talk to the keychain</source>
        <translation>没有可与密钥环通信的应用程序对象</translation>
    </message>
    <message>
        <source>no D-Bus session, so no system keychain</source>
        <translation>没有 D-Bus 会话，因此无法使用系统密钥环</translation>
    </message>
    <message>
        <source>the system keychain did not answer within %1 s</source>
        <translation>系统密钥环在 %1 秒内没有响应</translation>
    </message>
    <message>
        <source>no entry in the system keychain</source>
        <translation>系统密钥环中没有该条目</translation>
    </message>
    <message>
        <source>system keychain: </source>
        <translation>系统密钥环： </translation>
    </message>
    <message>
        <source>environment variable </source>
        <translation>环境变量 </translation>
    </message>
    <message>
        <source>$%1 is not set</source>
        <translation>$%1 未设置</translation>
    </message>
    <message>
        <source>; sending requests without an API key</source>
        <translation>；将在没有 API 密钥的情况下发送请求</translation>
    </message>
    <message>
        <source> and there is </source>
        <translation> 并且有 </translation>
    </message>
    <message>
        <source>%1 and the keychain gave no key for %2 (%3); sending requests without an API key</source>
        <translation>%1，且密钥环没有为 %2 提供密钥（%3）；将在没有 API 密钥的情况下发送请求</translation>
    </message>
    <message>
        <source>system keychain</source>
        <translation>系统密钥环</translation>
    </message>
    <message>
        <source>cannot store the API key: </source>
        <translation>无法保存 API 密钥： </translation>
    </message>
    <message>
        <source>the %1 requests of sample &quot;%2&quot; (%3 bytes) exceed the limits of one batch (%4 requests, %5 bytes)</source>
        <translation>样本“%2”的 %1 个请求（%3 字节）超出了单个批次的限制（%4 个请求，%5 字节）</translation>
    </message>
    <message>
        <source>cannot create a temporary file: %1</source>
        <translation>无法创建临时文件：%1</translation>
    </message>
    <message>
        <source>%1: cannot write: %2</source>
        <translation>%1：无法写入：%2</translation>
    </message>
    <message>
        <source>HTTP %1: %2</source>
        <translation>HTTP %1：%2</translation>
    </message>
    <message>
        <source>%1: expected a &quot;custom_id&quot; string (is this a Batch API output file?)</source>
        <translation>%1：应为字符串 &quot;custom_id&quot;（这是 Batch API 的输出文件吗？）</translation>
    </message>
    <message>
        <source>%1: custom_id &quot;%2&quot; was not written by teach --batch-file (expected &lt;sample id&gt;#&lt;slot&gt;#&lt;16 hex digits&gt;)</source>
        <translation>%1：custom_id“%2”不是由 teach --batch-file 写入的（应为 &lt;样本 id&gt;#&lt;槽位&gt;#&lt;16 位十六进制数&gt;）</translation>
    </message>
    <message>
        <source>%1: expected a &quot;response&quot; object, or &quot;response&quot;: null with an &quot;error&quot; object</source>
        <translation>%1：应为 &quot;response&quot; 对象，或 &quot;response&quot;: null 加一个 &quot;error&quot; 对象</translation>
    </message>
    <message>
        <source>%1: expected &quot;response&quot;.&quot;status_code&quot; to be a number</source>
        <translation>%1：&quot;response&quot;.&quot;status_code&quot; 应为数字</translation>
    </message>
    <message>
        <source>%1: expected &quot;response&quot;.&quot;body&quot; to be a JSON object</source>
        <translation>%1：&quot;response&quot;.&quot;body&quot; 应为 JSON 对象</translation>
    </message>
    <message>
        <source>%1: the response body is not a chat completion: %2</source>
        <translation>%1：响应正文不是 chat completion：%2</translation>
    </message>
    <message>
        <source>%1: the project has no teacher settings; the results must come from a request file written by teach --batch-file for this project</source>
        <translation>%1：该项目没有教师设置；结果必须来自 teach --batch-file 为此项目写入的请求文件</translation>
    </message>
    <message>
        <source>%1: import cancelled; the project is unchanged</source>
        <translation>%1：导入已取消；项目未更改</translation>
    </message>
    <message>
        <source>%1: custom_id &quot;%2&quot; was already answered on line %3</source>
        <translation>%1：custom_id“%2”已在第 %3 行得到回答</translation>
    </message>
    <message>
        <source>%1: custom_id &quot;%2&quot; names sample &quot;%3&quot;, which is not in %4 (a results file of another project?)</source>
        <translation>%1：custom_id“%2”指向样本“%3”，但它不在 %4 中（是另一个项目的结果文件吗？）</translation>
    </message>
    <message>
        <source>%1: sample &quot;%2&quot; has no request with slot %3 under the project&apos;s teacher settings (%4 answers per sample, n %5)</source>
        <translation>%1：按照项目的教师设置，样本“%2”没有槽位为 %3 的请求（每个样本 %4 个回答，n %5）</translation>
    </message>
    <message>
        <source>on</source>
        <translation>开</translation>
    </message>
    <message>
        <source>off</source>
        <translation>关</translation>
    </message>
    <message>
        <source>%1: custom_id &quot;%2&quot; was written for another prompt than the project builds now for sample &quot;%3&quot; (teacher settings, templates, few-shot pool or the sample&apos;s text changed); write a new request file with teach --batch-file</source>
        <translation>%1：custom_id“%2”对应的提示词与项目现在为样本“%3”生成的不同（教师设置、模板、少样本池或样本文本已更改）；请用 teach --batch-file 写入新的请求文件</translation>
    </message>
    <message>
        <source>the answer is not a JSON object</source>
        <translation>回答不是 JSON 对象</translation>
    </message>
    <message>
        <source>the answer has no &quot;choices&quot;</source>
        <translation>回答中没有 &quot;choices&quot;</translation>
    </message>
    <message>
        <source>a choice is not an object</source>
        <translation>某个 choice 不是对象</translation>
    </message>
    <message>
        <source>a choice has no &quot;message&quot;</source>
        <translation>某个 choice 没有 &quot;message&quot;</translation>
    </message>
    <message>
        <source>a choice&apos;s message has no text &quot;content&quot;</source>
        <translation>某个 choice 的 message 没有文本 &quot;content&quot;</translation>
    </message>
    <message>
        <source>the answer has no &quot;data&quot; list of embeddings</source>
        <translation>回答中没有嵌入向量列表 &quot;data&quot;</translation>
    </message>
    <message>
        <source>an entry of &quot;data&quot; has no &quot;embedding&quot; list</source>
        <translation>&quot;data&quot; 中的某个条目没有 &quot;embedding&quot; 列表</translation>
    </message>
    <message>
        <source>an embedding holds a non-number</source>
        <translation>某个嵌入向量包含非数字</translation>
    </message>
    <message>
        <source>cannot initialise libcurl</source>
        <translation>无法初始化 libcurl</translation>
    </message>
    <message>
        <source>cannot create a libcurl transfer</source>
        <translation>无法创建 libcurl 传输</translation>
    </message>
    <message>
        <source>libcurl: %1</source>
        <translation>libcurl：%1</translation>
    </message>
    <message>
        <source>%1:%2: &quot;text&quot; is missing or empty</source>
        <translation>%1:%2：&quot;text&quot; 缺失或为空</translation>
    </message>
    <message>
        <source>%1:%2: label &quot;%3&quot; is not one of the project&apos;s labels (%4)</source>
        <translation>%1:%2：标签“%3”不是项目的标签之一（%4）</translation>
    </message>
    <message>
        <source>%1: cannot read %2: %3</source>
        <translation>%1：无法读取 %2：%3</translation>
    </message>
    <message>
        <source>%1:%2:%3: expected a JSON object (%4)</source>
        <translation>%1:%2:%3：应为 JSON 对象（%4）</translation>
    </message>
    <message>
        <source>%1: project setting %2 is not a JSON object (%3)</source>
        <translation>%1：项目设置 %2 不是 JSON 对象（%3）</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; must be a string</source>
        <translation>%1：&quot;%2&quot; 必须是字符串</translation>
    </message>
    <message>
        <source>%1: the user template must contain {{text}}</source>
        <translation>%1：用户模板必须包含 {{text}}</translation>
    </message>
    <message>
        <source>%1: the system or user template must contain {{labels}}</source>
        <translation>%1：系统模板或用户模板必须包含 {{labels}}</translation>
    </message>
    <message>
        <source>dry run (%1): %2 samples, about %3 requests, %4 answers already cached
</source>
        <translation>试运行（%1）：%2 个样本，约 %3 个请求，%4 个回答已在缓存中
</translation>
    </message>
    <message>
        <source>estimated tokens: %1 prompt + %2 completion, estimated cost %3
</source>
        <translation>估计词元数：%1 提示 + %2 补全，估计费用 %3
</translation>
    </message>
    <message>
        <source>teacher (%1): %2 of %3 samples %4%5
</source>
        <translation>教师（%1）：%3 个样本中的 %2 个%4%5
</translation>
    </message>
    <message>
        <source>processed before cancellation</source>
        <translation>在取消前已处理</translation>
    </message>
    <message>
        <source>processed</source>
        <translation>已处理</translation>
    </message>
    <message>
        <source>  ok: %1, parse-failed: %2, transport-failed: %3, not reached: %4
</source>
        <translation>  成功：%1，解析失败：%2，传输失败：%3，未处理：%4
</translation>
    </message>
    <message>
        <source>  requests: %1 (%2 retries), answers from cache: %3
</source>
        <translation>  请求：%1（%2 次重试），来自缓存的回答：%3
</translation>
    </message>
    <message>
        <source>  longest wait before a retry: %1 s
</source>
        <translation>  重试前的最长等待：%1 秒
</translation>
    </message>
    <message>
        <source>  tokens paid: %1 prompt + %2 completion, cost %3
</source>
        <translation>  已付费词元：%1 提示 + %2 补全，费用 %3
</translation>
    </message>
    <message>
        <source>  run teach again to resume the rest (cached answers are free)
</source>
        <translation>  再次运行 teach 以继续剩余部分（缓存的回答免费）
</translation>
    </message>
    <message>
        <source>%1: the project has no labels to annotate with</source>
        <translation>%1：该项目没有可用于标注的标签</translation>
    </message>
    <message>
        <source>%1 few-shot demonstrations were asked for, but the project has no few-shot pool (teach --pool FILE.jsonl)</source>
        <translation>请求了 %1 个少样本示例，但项目没有少样本池（teach --pool FILE.jsonl）</translation>
    </message>
    <message>
        <source>the few-shot pool names a label that is no longer in the schema</source>
        <translation>少样本池中的某个标签已不在标签方案中</translation>
    </message>
    <message>
        <source>no answer within %1 s</source>
        <translation>%1 秒内没有回答</translation>
    </message>
    <message>
        <source>unreadable answer: </source>
        <translation>无法读取的回答： </translation>
    </message>
    <message>
        <source>%1 answered HTTP %2 (%3)</source>
        <translation>%1 返回了 HTTP %2（%3）</translation>
    </message>
    <message>
        <source>HTTP %1 from %2: %3</source>
        <translation>来自 %2 的 HTTP %1：%3</translation>
    </message>
    <message>
        <source>%1 answered HTTP %2 (%3)%4</source>
        <translation>%1 返回了 HTTP %2（%3）%4</translation>
    </message>
    <message>
        <source>; check the endpoint URL and the model name</source>
        <translation>；请检查端点 URL 和模型名称</translation>
    </message>
    <message>
        <source>; check the API key in $%1 or the keychain</source>
        <translation>；请检查 $%1 或密钥环中的 API 密钥</translation>
    </message>
    <message>
        <source>the few-shot pool could not be embedded: %1</source>
        <translation>无法为少样本池计算嵌入向量：%1</translation>
    </message>
    <message>
        <source>%1 (after %2 attempts)</source>
        <translation>%1（尝试 %2 次后）</translation>
    </message>
    <message>
        <source>%1 gave no usable embeddings for the few-shot pool (%2)</source>
        <translation>%1 没有为少样本池给出可用的嵌入向量（%2）</translation>
    </message>
    <message>
        <source>%1 gave %2 embeddings for %3 texts %4</source>
        <translation>%1 为 %3 个文本给出了 %2 个嵌入向量 %4</translation>
    </message>
    <message>
        <source>unreadable cached answer: </source>
        <translation>无法读取的缓存回答： </translation>
    </message>
    <message>
        <source>API key from the </source>
        <translation>API 密钥来自 </translation>
    </message>
    <message>
        <source>teacher stopped: %1. %2 results were saved; run teach again to resume.</source>
        <translation>教师已停止：%1。已保存 %2 个结果；再次运行 teach 以继续。</translation>
    </message>
    <message>
        <source>the select strategy asks about each sample&apos;s earlier candidates and needs a live run; a request file can hold sa, ca_add or ca_all</source>
        <translation>select 策略会询问每个样本之前的候选，需要实时运行；请求文件只能使用 sa、ca_add 或 ca_all</translation>
    </message>
    <message>
        <source>demonstrations picked by /embeddings (embedding model %1) need the endpoint; a request file needs TF-IDF demonstrations (--embedding-model &apos;&apos;)</source>
        <translation>通过 /embeddings（嵌入模型 %1）挑选的示例需要访问端点；请求文件需要 TF-IDF 示例（--embedding-model &apos;&apos;）</translation>
    </message>
    <message>
        <source>examples per label must lie between 1 and 1000, got %1</source>
        <translation>每个标签的示例数必须在 1 到 1000 之间，实际为 %1</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; must be %3</source>
        <translation>%1：&quot;%2&quot; 必须是 %3</translation>
    </message>
    <message>
        <source>endpoint &quot;%1&quot; is not an http(s) URL such as https://api.openai.com/v1</source>
        <translation>端点“%1”不是 http(s) URL，例如 https://api.openai.com/v1</translation>
    </message>
    <message>
        <source>the model name is empty</source>
        <translation>模型名称为空</translation>
    </message>
    <message>
        <source>%1 must lie between %2 and %3, got %4</source>
        <translation>%1 必须在 %2 到 %3 之间，实际为 %4</translation>
    </message>
    <message>
        <source>api_key_env must name an environment variable</source>
        <translation>api_key_env 必须是一个环境变量的名称</translation>
    </message>
    <message>
        <source>the answer is larger than %1 kB, the limit for one answer; it was not stored</source>
        <translation>回答超过 %1 kB（单个回答的上限），未保存</translation>
    </message>
    <message>
        <source>  last failure: %1
</source>
        <translation>  最近一次失败：%1
</translation>
    </message>
    <message>
        <source>%1 requests in a row failed without one success (the last: %2); %3 looks down or unreachable, so the run stopped instead of retrying every sample</source>
        <translation>连续 %1 个请求失败且无一成功（最后一次：%2）；%3 似乎已宕机或无法访问，因此运行已停止，而不是逐个样本重试</translation>
    </message>
    <message>
        <source>%1: the project is being annotated by process %2 on %3; wait for that run to end or stop it (a stopped run resumes where it was, paid answers are cached)</source>
        <translation>%1：项目正由 %3 上的进程 %2 标注；请等待该运行结束或将其停止（停止的运行会从原处继续，已付费的回答已缓存）</translation>
    </message>
    <message>
        <source>this host</source>
        <translation>本机</translation>
    </message>
    <message>
        <source>the API key from the %1 contains a line break or another control character (U+%2), which would corrupt the HTTP request; nothing was sent. Store the key without it.</source>
        <translation>来自%1的 API 密钥包含换行符或其他控制字符（U+%2），会破坏 HTTP 请求；未发送任何内容。请去掉该字符后重新保存密钥。</translation>
    </message>
</context>
<context>
    <name>candist::AgreementView</name>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Agreement report</source>
        <translation>一致性报告</translation>
    </message>
    <message>
        <source>Agreement summary</source>
        <translation>一致性摘要</translation>
    </message>
    <message>
        <source>Confusion matrix, human × teacher</source>
        <translation>混淆矩阵，人工 × 教师</translation>
    </message>
    <message>
        <source>Confusion matrix, human × student</source>
        <translation>混淆矩阵，人工 × 学生</translation>
    </message>
    <message>
        <source>Per-label accuracy against the human answers</source>
        <translation>各标签相对人工答案的准确率</translation>
    </message>
    <message>
        <source>Human label</source>
        <translation>人工标签</translation>
    </message>
    <message>
        <source>Human answers</source>
        <translation>人工答案</translation>
    </message>
    <message>
        <source>Teacher accuracy</source>
        <translation>教师准确率</translation>
    </message>
    <message>
        <source>Student accuracy</source>
        <translation>学生准确率</translation>
    </message>
    <message>
        <source>Human × %1 (%2 compared, %3 agree)</source>
        <translation>人工 × %1（比较 %2 个，一致 %3 个）</translation>
    </message>
    <message>
        <source>human</source>
        <translation>人工</translation>
    </message>
    <message>
        <source>Computing the agreement report…</source>
        <translation>正在计算一致性报告…</translation>
    </message>
    <message>
        <source>No project open.</source>
        <translation>没有打开的项目。</translation>
    </message>
    <message>
        <source>No sample has a human label yet: review some samples (Ctrl+4) and the agreement with the teacher and the student appears here.</source>
        <translation>还没有样本带有人工标签：请审核一些样本（Ctrl+4），与教师和学生的一致性将显示在这里。</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; samples labelled by a human. Teacher (first candidate) agrees on %2, the student on %3. Where teacher and student disagreed the human sided with the &lt;b&gt;teacher %4&lt;/b&gt; and with the &lt;b&gt;student %5&lt;/b&gt; times; on %6 samples all three differ.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; 个样本已由人工标注。教师（第一个候选）一致 %2 个，学生一致 %3 个。在教师与学生意见不同时，人工有 &lt;b&gt;%4 次站在教师一边&lt;/b&gt;，&lt;b&gt;%5 次站在学生一边&lt;/b&gt;；有 %6 个样本三者各不相同。</translation>
    </message>
    <message>
        <source> (student preferred in %1 of those)</source>
        <translation> （其中 %1 个偏向学生）</translation>
    </message>
    <message>
        <source>teacher</source>
        <translation>教师</translation>
    </message>
    <message>
        <source>student</source>
        <translation>学生</translation>
    </message>
    <message>
        <source>%1 (%2 of %3)</source>
        <translation>%1（%3 个中的 %2 个）</translation>
    </message>
    <message numerus="yes">
        <source>The student was trained on %n of these human labels (Re-distil): they are left out of its comparison, where it would only repeat them.</source>
        <translation>
            <numerusform>学生在训练中使用了其中 %n 个人工标签（重新蒸馏）：它们不计入学生的比较，否则学生只是在重复它们。</numerusform>
        </translation>
    </message>
    <message>
        <source>Click a cell to list the samples you labelled with its row&apos;s label</source>
        <translation>点击单元格，列出您以该行标签标注的样本</translation>
    </message>
</context>
<context>
    <name>candist::DataFileField</name>
    <message>
        <source>Input file</source>
        <translation>输入文件</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>文件(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>%1 columns: %2</source>
        <translation>%1 列：%2</translation>
    </message>
    <message>
        <source>The preview stops early: %1</source>
        <translation>预览提前结束：%1</translation>
    </message>
    <message>
        <source>Preview of the first rows</source>
        <translation>前几行预览</translation>
    </message>
</context>
<context>
    <name>candist::DetailPanel</name>
    <message>
        <source>labelled %1</source>
        <translation>标注为 %1</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>已跳过</translation>
    </message>
    <message>
        <source>cleared</source>
        <translation>已清除</translation>
    </message>
    <message>
        <source>Sample details</source>
        <translation>样本详情</translation>
    </message>
    <message>
        <source>Why review this sample</source>
        <translation>为何审核此样本</translation>
    </message>
    <message>
        <source>Sample text</source>
        <translation>样本文本</translation>
    </message>
    <message>
        <source>Your decision</source>
        <translation>您的决定</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>跳过</translation>
    </message>
    <message>
        <source>Unsure: keep the machine label (Space)</source>
        <translation>不确定：保留机器标签（空格）</translation>
    </message>
    <message>
        <source>Skip sample</source>
        <translation>跳过样本</translation>
    </message>
    <message>
        <source>Clear decision</source>
        <translation>清除决定</translation>
    </message>
    <message>
        <source>Withdraw the human decision (Backspace)</source>
        <translation>撤回人工决定（Backspace）</translation>
    </message>
    <message>
        <source>Teacher</source>
        <translation>教师</translation>
    </message>
    <message>
        <source>Raw teacher answer</source>
        <translation>教师的原始回答</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>学生</translation>
    </message>
    <message>
        <source>Student probability per label</source>
        <translation>学生对每个标签的概率</translation>
    </message>
    <message>
        <source>other labels</source>
        <translation>其他标签</translation>
    </message>
    <message>
        <source>teacher candidates</source>
        <translation>教师候选</translation>
    </message>
    <message>
        <source>probability</source>
        <translation>概率</translation>
    </message>
    <message>
        <source>Provenance and history</source>
        <translation>来源与历史</translation>
    </message>
    <message>
        <source>Label as %1</source>
        <translation>标注为 %1</translation>
    </message>
    <message>
        <source>Label as %1: %2</source>
        <translation>标注为 %1：%2</translation>
    </message>
    <message>
        <source>No sample selected</source>
        <translation>未选择样本</translation>
    </message>
    <message>
        <source>Sample %1</source>
        <translation>样本 %1</translation>
    </message>
    <message>
        <source>decided by a human</source>
        <translation>由人工决定</translation>
    </message>
    <message>
        <source>from the student</source>
        <translation>来自学生</translation>
    </message>
    <message>
        <source>from the teacher&apos;s first candidate</source>
        <translation>来自教师的第一个候选</translation>
    </message>
    <message>
        <source>Final label %1 &lt;span style=&quot;color:gray&quot;&gt;%2%3&lt;/span&gt;</source>
        <translation>最终标签 %1 &lt;span style=&quot;color:gray&quot;&gt;%2%3&lt;/span&gt;</translation>
    </message>
    <message>
        <source>, confidence %1</source>
        <translation>，置信度 %1</translation>
    </message>
    <message>
        <source>No label yet</source>
        <translation>尚无标签</translation>
    </message>
    <message>
        <source>Review: %1</source>
        <translation>审核：%1</translation>
    </message>
    <message>
        <source>&lt;i&gt;no candidates&lt;/i&gt;</source>
        <translation>&lt;i&gt;没有候选&lt;/i&gt;</translation>
    </message>
    <message>
        <source>Status %1 · strategy %2 · %3 prompt + %4 completion tokens · %5 ms</source>
        <translation>状态 %1 · 策略 %2 · %3 提示 + %4 补全词元 · %5 毫秒</translation>
    </message>
    <message>
        <source>&lt;i&gt;The teacher has not annotated this sample yet.&lt;/i&gt;</source>
        <translation>&lt;i&gt;教师尚未标注此样本。&lt;/i&gt;</translation>
    </message>
    <message>
        <source>overrules the teacher</source>
        <translation>否决了教师</translation>
    </message>
    <message>
        <source>outside the candidate set</source>
        <translation>不在候选集中</translation>
    </message>
    <message>
        <source>clean small-loss sample</source>
        <translation>干净的小损失样本</translation>
    </message>
    <message>
        <source>Predicts %1 with confidence %2 (run %3, %4)%5</source>
        <translation>预测为 %1，置信度 %2（运行 %3，%4）%5</translation>
    </message>
    <message>
        <source>?</source>
        <translation>？</translation>
    </message>
    <message>
        <source>No student prediction yet.</source>
        <translation>尚无学生预测。</translation>
    </message>
    <message>
        <source>No human decision yet.</source>
        <translation>尚无人工决定。</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Metadata: &lt;tt&gt;%1&lt;/tt&gt;</source>
        <translation>元数据：&lt;tt&gt;%1&lt;/tt&gt;</translation>
    </message>
    <message>
        <source>Project row %1</source>
        <translation>项目第 %1 行</translation>
    </message>
    <message>
        <source>the best of the teacher&apos;s candidates; %1 (%2) scores higher but lies outside them</source>
        <translation>教师候选中的最佳标签；%1（%2）得分更高，但不在候选中</translation>
    </message>
    <message>
        <source>Flags and comment</source>
        <translation>标记和评论</translation>
    </message>
    <message>
        <source>Flag: %1</source>
        <translation>标记：%1</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>评论</translation>
    </message>
    <message>
        <source>Comment (Enter saves, Esc reverts)</source>
        <translation>评论（回车保存，Esc 还原）</translation>
    </message>
    <message>
        <source>Last changed %1</source>
        <translation>最后修改于 %1</translation>
    </message>
</context>
<context>
    <name>candist::DistillationActions</name>
    <message>
        <source>&amp;Distil Student…</source>
        <translation>蒸馏学生(&amp;D)…</translation>
    </message>
    <message>
        <source>Ctrl+D</source>
        <translation>Ctrl+D</translation>
    </message>
    <message>
        <source>Train the student on the teacher&apos;s candidate sets</source>
        <translation>用教师的候选集训练学生</translation>
    </message>
    <message>
        <source>Distillation</source>
        <translation>蒸馏</translation>
    </message>
    <message>
        <source>&amp;Re-distil Now</source>
        <translation>立即重新蒸馏(&amp;R)</translation>
    </message>
    <message>
        <source>Ctrl+Shift+D</source>
        <translation>Ctrl+Shift+D</translation>
    </message>
    <message>
        <source>Train the student again with the last run&apos;s parameters; human labels enter as singleton candidate sets</source>
        <translation>使用上次运行的参数重新训练学生；人工标签作为单元素候选集加入</translation>
    </message>
    <message>
        <source>Res&amp;ume Interrupted Run</source>
        <translation>继续中断的运行(&amp;U)</translation>
    </message>
    <message>
        <source>Continue the last distillation run that was cancelled, failed or killed, from its last checkpoint, with the same parameters</source>
        <translation>从最后一个检查点继续上一次被取消、失败或被终止的蒸馏运行，参数不变</translation>
    </message>
    <message numerus="yes">
        <source>run %1 %2 after %n epoch(s), teacher agreement %3, word vectors: %4</source>
        <translation>
            <numerusform>运行 %1 %2，共 %n 个轮次，与教师一致率 %3，词向量：%4</numerusform>
        </translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>The project has no samples yet: File › Import Samples… adds some.</source>
        <translation>项目中还没有样本：使用“文件 › 导入样本…”添加。</translation>
    </message>
    <message>
        <source>The samples have no candidate sets yet: Run › Run Teacher… asks the teacher for them (or label some samples by hand first).</source>
        <translation>样本还没有候选集：使用“运行 › 运行教师…”向教师请求（或先手动标注一些样本）。</translation>
    </message>
    <message>
        <source>Distil Student</source>
        <translation>蒸馏学生</translation>
    </message>
</context>
<context>
    <name>candist::DistillationDialog</name>
    <message>
        <source>Distil Student</source>
        <translation>蒸馏学生</translation>
    </message>
    <message>
        <source>CanDist: Distribution Refinery over candidate sets</source>
        <translation>CanDist：基于候选集的分布精炼（Distribution Refinery）</translation>
    </message>
    <message>
        <source>Single: the teacher&apos;s first candidate</source>
        <translation>Single：教师的第一个候选</translation>
    </message>
    <message>
        <source>Vanilla: uniform over the candidates</source>
        <translation>Vanilla：候选上的均匀分布</translation>
    </message>
    <message>
        <source>Gold: supervised upper reference</source>
        <translation>Gold：有监督的上限参考</translation>
    </message>
    <message>
        <source>All %1 cores</source>
        <translation>全部 %1 个核心</translation>
    </message>
    <message>
        <source>&amp;Method:</source>
        <translation>方法(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;Epochs:</source>
        <translation>轮次(&amp;E)：</translation>
    </message>
    <message>
        <source>&amp;Seed:</source>
        <translation>随机种子(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Threads:</source>
        <translation>线程(&amp;T)：</translation>
    </message>
    <message>
        <source>Distribution Refinery</source>
        <translation>分布精炼（Distribution Refinery）</translation>
    </message>
    <message>
        <source>&amp;Renormalise targets (Ren.)</source>
        <translation>重新归一化目标（Ren.）(&amp;R)</translation>
    </message>
    <message>
        <source>Filter &amp;out-of-candidate samples (Out.)</source>
        <translation>过滤候选集外的样本（Out.）(&amp;O)</translation>
    </message>
    <message>
        <source>S&amp;harpen clean samples (Sha.)</source>
        <translation>锐化干净样本（Sha.）(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Class-wise small-loss selection (Cla.)</source>
        <translation>按类别的小损失选择（Cla.）(&amp;C)</translation>
    </message>
    <message>
        <source>Trust high-confidence &amp;overrules (Hig.)</source>
        <translation>信任高置信度的否决（Hig.）(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Auxiliary consistency and mixup losses</source>
        <translation>辅助一致性与 mixup 损失(&amp;A)</translation>
    </message>
    <message>
        <source>Small-loss fraction &amp;δ:</source>
        <translation>小损失比例 δ(&amp;D)：</translation>
    </message>
    <message>
        <source>Confidence threshold &amp;τ:</source>
        <translation>置信度阈值 τ(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Distil</source>
        <translation>蒸馏(&amp;D)</translation>
    </message>
    <message>
        <source>Within the candidates, unless the student is sure of another label</source>
        <translation>在候选之内，除非学生确信是另一个标签</translation>
    </message>
    <message>
        <source>Always within the candidates</source>
        <translation>始终在候选之内</translation>
    </message>
    <message>
        <source>The student&apos;s choice over all labels (the paper)</source>
        <translation>学生在所有标签中的选择（论文）</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source> folds</source>
        <translation> 折</translation>
    </message>
    <message>
        <source>Label the pool with students that never saw the sample they label: pays with noisy human labels, costs as many extra trainings as folds.</source>
        <translation>用从未见过所标样本的学生为样本池打标签：适合有噪声的人工标签，额外训练次数等于折数。</translation>
    </message>
    <message>
        <source>Pool &amp;labels:</source>
        <translation>样本池标签(&amp;L)：</translation>
    </message>
    <message>
        <source>C&amp;ross-fitting:</source>
        <translation>交叉拟合(&amp;R)：</translation>
    </message>
    <message>
        <source>The student&apos;s opinion weighed by the teacher&apos;s measured reliability</source>
        <translation>按教师的实测可靠性加权的学生判断</translation>
    </message>
    <message>
        <source>Let the pool choose the initial target and the stopping epoch</source>
        <translation>由样本池自行选择初始目标和停止轮次</translation>
    </message>
    <message>
        <source>Students that never saw a sample label it, and the configuration under which they explain the teacher&apos;s annotations best is kept (no gold needed). About three times the training; worth it with a weak teacher.</source>
        <translation>由从未见过该样本的学生为其标注，并保留最能解释教师标注的配置（无需金标准）。训练量约为三倍；教师较弱时值得。</translation>
    </message>
    <message>
        <source>&amp;Word vectors:</source>
        <translation>词向量(&amp;W)：</translation>
    </message>
</context>
<context>
    <name>candist::DistillationView</name>
    <message>
        <source>Plot</source>
        <translation>图表</translation>
    </message>
    <message>
        <source>Fit to data</source>
        <translation>适应数据</translation>
    </message>
    <message>
        <source>Export plot…</source>
        <translation>导出图表…</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Ctrl+0</source>
        <translation>Ctrl+0</translation>
    </message>
    <message>
        <source>Ctrl+Shift+E</source>
        <translation>Ctrl+Shift+E</translation>
    </message>
    <message>
        <source>Distillation runs</source>
        <translation>蒸馏运行</translation>
    </message>
    <message>
        <source>Metrics to plot</source>
        <translation>要绘制的指标</translation>
    </message>
    <message>
        <source>Per-epoch curves</source>
        <translation>每轮次曲线</translation>
    </message>
    <message>
        <source>epoch</source>
        <translation>轮次</translation>
    </message>
    <message>
        <source>Histogram of candidate-set sizes</source>
        <translation>候选集大小直方图</translation>
    </message>
    <message>
        <source>Histogram of student confidence</source>
        <translation>学生置信度直方图</translation>
    </message>
    <message>
        <source>Candidate-set size</source>
        <translation>候选集大小</translation>
    </message>
    <message>
        <source>Student confidence</source>
        <translation>学生置信度</translation>
    </message>
    <message>
        <source>labels in the teacher&apos;s set</source>
        <translation>教师候选集中的标签数</translation>
    </message>
    <message>
        <source>samples</source>
        <translation>样本数</translation>
    </message>
    <message>
        <source>max probability</source>
        <translation>最大概率</translation>
    </message>
    <message>
        <source>#%1 %2 (%3)</source>
        <translation>#%1 %2（%3）</translation>
    </message>
    <message>
        <source>started %1</source>
        <translation>开始于 %1</translation>
    </message>
    <message>
        <source>Export plot</source>
        <translation>导出图表</translation>
    </message>
    <message>
        <source>PNG image (*.png);;PDF document (*.pdf)</source>
        <translation>PNG 图像 (*.png);;PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>无法写入 %1。</translation>
    </message>
    <message>
        <source>The teacher results or human labels changed while this run trained: distil again.</source>
        <translation>本次运行训练期间教师结果或人工标签发生了变化：请重新蒸馏。</translation>
    </message>
    <message>
        <source>&amp;Runs (uncheck to hide)</source>
        <translation>运行（取消勾选以隐藏）(&amp;R)</translation>
    </message>
    <message>
        <source>Re&amp;name…</source>
        <translation>重命名(&amp;N)…</translation>
    </message>
    <message>
        <source>De&amp;lete…</source>
        <translation>删除(&amp;L)…</translation>
    </message>
    <message>
        <source>Removes the run and its curves from the project; this cannot be undone</source>
        <translation>从项目中删除该运行及其曲线；此操作无法撤销</translation>
    </message>
    <message>
        <source>&amp;Metrics (one plot each)</source>
        <translation>指标（每个一幅图）(&amp;M)</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>重命名…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>删除…</translation>
    </message>
    <message>
        <source>%1, stale</source>
        <translation>%1，已过时</translation>
    </message>
    <message>
        <source>%1 — #%2 %3 (%4)</source>
        <translation>%1 — #%2 %3（%4）</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>选项：</translation>
    </message>
    <message>
        <source>no metric chosen</source>
        <translation>未选择指标</translation>
    </message>
    <message>
        <source>value</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>%1, epoch %2
%3: %4%5</source>
        <translation>%1，第 %2 轮
%3：%4%5</translation>
    </message>
    <message>
        <source>Rename Run</source>
        <translation>重命名运行</translation>
    </message>
    <message>
        <source>Name of run #%1 (%2); empty for none:</source>
        <translation>运行 #%1（%2）的名称；留空表示不命名：</translation>
    </message>
    <message>
        <source>Delete Run</source>
        <translation>删除运行</translation>
    </message>
    <message>
        <source>Delete %1 and its curves from the project? This cannot be undone.</source>
        <translation>要从项目中删除 %1 及其曲线吗？此操作无法撤销。</translation>
    </message>
</context>
<context>
    <name>candist::ErrorLine</name>
    <message>
        <source>Error</source>
        <translation>错误</translation>
    </message>
</context>
<context>
    <name>candist::ExportDialog</name>
    <message>
        <source>Export Labels</source>
        <translation>导出标签</translation>
    </message>
    <message>
        <source>Output file</source>
        <translation>输出文件</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Output CSV:</source>
        <translation>输出 CSV(&amp;O)：</translation>
    </message>
    <message>
        <source>Only samples with a final &amp;label</source>
        <translation>仅导出有最终标签的样本(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Spreadsheet-safe cells (no formulas)</source>
        <translation>电子表格安全的单元格（无公式）(&amp;S)</translation>
    </message>
    <message>
        <source>Cells starting with = + - @ get a leading apostrophe</source>
        <translation>以 = + - @ 开头的单元格前加一个撇号</translation>
    </message>
    <message>
        <source>Student &amp;probability per label</source>
        <translation>学生对每个标签的概率(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>导出(&amp;E)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
</context>
<context>
    <name>candist::FilterBar</name>
    <message>
        <source>Search text or ID</source>
        <translation>搜索文本或 ID</translation>
    </message>
    <message>
        <source>Search samples</source>
        <translation>搜索样本</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>状态筛选</translation>
    </message>
    <message>
        <source>All samples</source>
        <translation>全部样本</translation>
    </message>
    <message>
        <source>Unreviewed</source>
        <translation>未审核</translation>
    </message>
    <message>
        <source>Labelled by a human</source>
        <translation>已由人工标注</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>已跳过</translation>
    </message>
    <message>
        <source>Teacher pending</source>
        <translation>教师待处理</translation>
    </message>
    <message>
        <source>Teacher answered</source>
        <translation>教师已回答</translation>
    </message>
    <message>
        <source>Teacher parse failure</source>
        <translation>教师回答解析失败</translation>
    </message>
    <message>
        <source>Teacher transport failure</source>
        <translation>教师传输失败</translation>
    </message>
    <message>
        <source>Final label filter</source>
        <translation>最终标签筛选</translation>
    </message>
    <message>
        <source>size any</source>
        <translation>任意大小</translation>
    </message>
    <message>
        <source>size ≥ </source>
        <translation>大小 ≥ </translation>
    </message>
    <message>
        <source>Smallest candidate-set size</source>
        <translation>最小候选集大小</translation>
    </message>
    <message>
        <source>Minimum candidate-set size</source>
        <translation>最小候选集大小</translation>
    </message>
    <message>
        <source>any</source>
        <translation>任意</translation>
    </message>
    <message>
        <source>≤ </source>
        <translation>≤ </translation>
    </message>
    <message>
        <source>Largest candidate-set size</source>
        <translation>最大候选集大小</translation>
    </message>
    <message>
        <source>Maximum candidate-set size</source>
        <translation>最大候选集大小</translation>
    </message>
    <message>
        <source>Flag filters</source>
        <translation>标记筛选</translation>
    </message>
    <message>
        <source>&amp;Ambiguous (several candidates or out of set)</source>
        <translation>有歧义（多个候选或不在集合内）(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Out of the candidate set</source>
        <translation>不在候选集中(&amp;O)</translation>
    </message>
    <message>
        <source>O&amp;verruled by the student</source>
        <translation>被学生否决(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Parse failure</source>
        <translation>解析失败(&amp;P)</translation>
    </message>
    <message>
        <source>Sort key</source>
        <translation>排序键</translation>
    </message>
    <message>
        <source>Sort order of the table</source>
        <translation>表格排序方式</translation>
    </message>
    <message>
        <source>Sort: import order</source>
        <translation>排序：导入顺序</translation>
    </message>
    <message>
        <source>Sort: ID</source>
        <translation>排序：ID</translation>
    </message>
    <message>
        <source>Sort: confidence</source>
        <translation>排序：置信度</translation>
    </message>
    <message>
        <source>Sort: margin</source>
        <translation>排序：间隔</translation>
    </message>
    <message>
        <source>Sort: entropy</source>
        <translation>排序：熵</translation>
    </message>
    <message>
        <source>Sort: candidate-set size</source>
        <translation>排序：候选集大小</translation>
    </message>
    <message>
        <source>Sort: student label</source>
        <translation>排序：学生标签</translation>
    </message>
    <message>
        <source>Sort: final label</source>
        <translation>排序：最终标签</translation>
    </message>
    <message>
        <source>Sort: review priority</source>
        <translation>排序：审核优先级</translation>
    </message>
    <message>
        <source>core/review&apos;s queue: samples without a human label, most valuable answer first</source>
        <translation>core/review 的队列：没有人工标签的样本，最有价值的排在最前</translation>
    </message>
    <message>
        <source>Descending order</source>
        <translation>降序</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>重置</translation>
    </message>
    <message>
        <source>Reset filters</source>
        <translation>重置筛选</translation>
    </message>
    <message>
        <source>Any final label</source>
        <translation>任意最终标签</translation>
    </message>
    <message>
        <source>ambiguous</source>
        <translation>有歧义</translation>
    </message>
    <message>
        <source>out of set</source>
        <translation>不在集合内</translation>
    </message>
    <message>
        <source>overruled</source>
        <translation>被否决</translation>
    </message>
    <message>
        <source>parse failure</source>
        <translation>解析失败</translation>
    </message>
    <message>
        <source>Any flags</source>
        <translation>任意标记</translation>
    </message>
    <message>
        <source>Your notes</source>
        <translation>你的备注</translation>
    </message>
    <message>
        <source>&amp;Flagged (any of your flags)</source>
        <translation>已标记（任一标记）(&amp;F)</translation>
    </message>
    <message>
        <source>Flag: %1</source>
        <translation>标记：%1</translation>
    </message>
    <message>
        <source>Has a &amp;comment</source>
        <translation>有评论(&amp;C)</translation>
    </message>
    <message>
        <source>Sort: your flags</source>
        <translation>排序：你的标记</translation>
    </message>
    <message>
        <source>flagged</source>
        <translation>已标记</translation>
    </message>
    <message>
        <source>commented</source>
        <translation>有评论</translation>
    </message>
    <message>
        <source>Agreement cell filter</source>
        <translation>一致性单元格筛选</translation>
    </message>
    <message>
        <source>Samples of one agreement-report cell; click to show them all again</source>
        <translation>一致性报告中某个单元格的样本；单击可重新显示全部</translation>
    </message>
    <message>
        <source>teacher said %1</source>
        <translation>教师判为 %1</translation>
    </message>
    <message>
        <source>student said %1</source>
        <translation>学生判为 %1</translation>
    </message>
</context>
<context>
    <name>candist::ImportAnnotationsWizard</name>
    <message>
        <source>Batch API results</source>
        <translation>Batch API 结果</translation>
    </message>
    <message>
        <source>Map the columns</source>
        <translation>映射列</translation>
    </message>
    <message>
        <source>The first %1 lines of the file.</source>
        <translation>文件的前 %1 行。</translation>
    </message>
    <message>
        <source>The first %1 rows of the file. Choose the column that names the samples and the label columns: several columns are several annotators, merged into one candidate set ranked by votes.</source>
        <translation>文件的前 %1 行。请选择标识样本的列和标签列：多个列即多位标注者，按票数合并为一个候选集合。</translation>
    </message>
    <message>
        <source>Import Annotations</source>
        <translation>导入标注</translation>
    </message>
    <message>
        <source>Choose the annotations</source>
        <translation>选择标注</translation>
    </message>
    <message>
        <source>Existing annotations become the teacher&apos;s candidate sets: a CSV or JSONL file with a label, a &apos;|&apos;-separated list or a JSON array of labels per cell (an empty cell abstains), or the results of an OpenAI Batch API job.</source>
        <translation>已有的标注将成为教师的候选集合：每个单元格含一个标签、以“|”分隔的列表或 JSON 标签数组的 CSV 或 JSONL 文件（空单元格表示弃权），或 OpenAI Batch API 作业的结果。</translation>
    </message>
    <message>
        <source>Annotation files (*.csv *.tsv *.jsonl *.json);;All files (*)</source>
        <translation>标注文件 (*.csv *.tsv *.jsonl *.json);;所有文件 (*)</translation>
    </message>
    <message>
        <source>&amp;Annotations: label columns, one per annotator (CSV or JSONL)</source>
        <translation>标注(&amp;A)：标签列，每位标注者一列（CSV 或 JSONL）</translation>
    </message>
    <message>
        <source>OpenAI &amp;Batch API results (the answers to a request file of teach --batch-file)</source>
        <translation>OpenAI Batch API 结果(&amp;B)（对 teach --batch-file 请求文件的回答）</translation>
    </message>
    <message>
        <source>their ID</source>
        <translation>其 ID</translation>
    </message>
    <message>
        <source>their exact text</source>
        <translation>其完全相同的文本</translation>
    </message>
    <message>
        <source>Label columns</source>
        <translation>标签列</translation>
    </message>
    <message>
        <source>&amp;Match samples by:</source>
        <translation>匹配样本依据(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;In column:</source>
        <translation>所在列(&amp;I)：</translation>
    </message>
    <message>
        <source>&amp;Label columns:</source>
        <translation>标签列(&amp;L)：</translation>
    </message>
    <message>
        <source>Each line&apos;s custom_id names the sample and the prompt it answers. The answers are parsed and decided with the project&apos;s teacher settings, as a live run would, and cached, so a later teacher run does not pay for them again.</source>
        <translation>每行的 custom_id 标识其回答的样本和提示。回答会按项目的教师设置解析和判定（与实时运行相同）并写入缓存，之后的教师运行无需再为它们付费。</translation>
    </message>
    <message>
        <source>Row %1 of the preview: column &quot;%2&quot; names &quot;%3&quot;, which is not one of the project&apos;s labels (%4).</source>
        <translation>预览第 %1 行：列“%2”中的“%3”不是项目的标签（%4）。</translation>
    </message>
    <message>
        <source>Choose a file that can be read.</source>
        <translation>请选择一个可读取的文件。</translation>
    </message>
    <message>
        <source>This is no Batch API results file: its first line has no &quot;custom_id&quot; and &quot;response&quot;. Go back and choose Annotations.</source>
        <translation>这不是 Batch API 结果文件：其第一行没有“custom_id”和“response”。请返回并选择“标注”。</translation>
    </message>
    <message>
        <source>The project has no labels yet: import samples with a gold column or a label schema file first.</source>
        <translation>项目还没有标签：请先导入带金标准列或标签模式文件的样本。</translation>
    </message>
    <message>
        <source>Choose the column that names the samples.</source>
        <translation>请选择标识样本的列。</translation>
    </message>
    <message>
        <source>Check at least one label column.</source>
        <translation>请至少勾选一个标签列。</translation>
    </message>
    <message>
        <source>The column &quot;%1&quot; cannot both name the samples and hold their labels.</source>
        <translation>列“%1”不能既标识样本又包含其标签。</translation>
    </message>
    <message>
        <source>Rows name samples by their ID in &quot;%1&quot;.</source>
        <translation>各行通过“%1”中的 ID 标识样本。</translation>
    </message>
    <message>
        <source>Rows name samples by their exact text in &quot;%1&quot;.</source>
        <translation>各行通过“%1”中完全相同的文本标识样本。</translation>
    </message>
    <message numerus="yes">
        <source>%n annotators, merged by votes.</source>
        <translation>
            <numerusform>%n 位标注者，按票数合并。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>candist::ImportWizard</name>
    <message>
        <source>Import Samples</source>
        <translation>导入样本</translation>
    </message>
    <message>
        <source>Choose the data file</source>
        <translation>选择数据文件</translation>
    </message>
    <message>
        <source>CSV (comma, semicolon or tab separated, with a header row) or JSONL (one JSON object per line).</source>
        <translation>CSV（以逗号、分号或制表符分隔，带表头行）或 JSONL（每行一个 JSON 对象）。</translation>
    </message>
    <message>
        <source>Map the columns</source>
        <translation>映射列</translation>
    </message>
    <message>
        <source>The first %1 rows of the file. Only the text column is required; the other columns become each sample&apos;s metadata.</source>
        <translation>文件的前 %1 行。只有文本列是必需的；其他列会成为每个样本的元数据。</translation>
    </message>
    <message>
        <source>optional: labels.json (names, descriptions, aliases)</source>
        <translation>可选：labels.json（名称、描述、别名）</translation>
    </message>
    <message>
        <source>B&amp;rowse…</source>
        <translation>浏览(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Text column:</source>
        <translation>文本列(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Gold label column:</source>
        <translation>金标标签列(&amp;G)：</translation>
    </message>
    <message>
        <source>&amp;ID column:</source>
        <translation>ID 列(&amp;I)：</translation>
    </message>
    <message>
        <source>&amp;Label schema file:</source>
        <translation>标签方案文件(&amp;L)：</translation>
    </message>
    <message>
        <source>Data files (*.csv *.tsv *.jsonl *.json);;All files (*)</source>
        <translation>数据文件 (*.csv *.tsv *.jsonl *.json);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Label Schema File</source>
        <translation>标签方案文件</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON 文件 (*.json)</translation>
    </message>
</context>
<context>
    <name>candist::IoActions</name>
    <message>
        <source>&amp;Import Samples…</source>
        <translation>导入样本(&amp;I)…</translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <source>&amp;Export Labels…</source>
        <translation>导出标签(&amp;E)…</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>Project &amp;Statistics…</source>
        <translation>项目统计(&amp;S)…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+S</source>
        <translation>Ctrl+Shift+S</translation>
    </message>
    <message>
        <source>New Project for the Import</source>
        <translation>为导入新建项目</translation>
    </message>
    <message>
        <source>CanDist projects (*.candist)</source>
        <translation>CanDist 项目 (*.candist)</translation>
    </message>
    <message>
        <source>Import Samples</source>
        <translation>导入样本</translation>
    </message>
    <message>
        <source>%1 already exists; open it and import again.</source>
        <translation>%1 已存在；请打开它后再次导入。</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message numerus="yes">
        <source>%n sample(s) imported</source>
        <translation>
            <numerusform>已导入 %n 个样本</numerusform>
        </translation>
    </message>
    <message>
        <source>, %1 with gold</source>
        <translation>，其中 %1 个有金标</translation>
    </message>
    <message numerus="yes">
        <source>, %n row(s) skipped (first: line %1, %2)</source>
        <translation>
            <numerusform>，跳过 %n 行（第一处：第 %1 行，%2）</numerusform>
        </translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) written to %1</source>
        <translation>
            <numerusform>已向 %1 写入 %n 行</numerusform>
        </translation>
    </message>
    <message>
        <source>Project Statistics</source>
        <translation>项目统计</translation>
    </message>
    <message>
        <source>Project statistics</source>
        <translation>项目统计</translation>
    </message>
    <message>
        <source>Import &amp;Annotations…</source>
        <translation>导入标注(&amp;A)…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+I</source>
        <translation>Ctrl+Shift+I</translation>
    </message>
    <message>
        <source>Load candidate sets: existing annotations or OpenAI Batch API results</source>
        <translation>加载候选集合：已有标注或 OpenAI Batch API 结果</translation>
    </message>
    <message>
        <source>Import Annotations</source>
        <translation>导入标注</translation>
    </message>
    <message>
        <source>Another job is running; wait for it to finish or cancel it.</source>
        <translation>另一个任务正在运行；请等待其完成或取消它。</translation>
    </message>
    <message>
        <source>Import annotations</source>
        <translation>导入标注</translation>
    </message>
    <message numerus="yes">
        <source>%n sample(s) annotated, %1 without a valid label, %2 failed, %3 left pending, from %4 answer line(s); cost %5</source>
        <translation>
            <numerusform>已标注 %n 个样本，%1 个无有效标签，%2 个失败，%3 个仍待处理，共 %4 行回答；费用 %5</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sample(s) annotated, %1 abstained, from %2 row(s)</source>
        <translation>
            <numerusform>已标注 %n 个样本，%1 个弃权，共 %2 行</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>candist::JobProgressWidget</name>
    <message>
        <source>Job progress</source>
        <translation>任务进度</translation>
    </message>
    <message>
        <source>Job status</source>
        <translation>任务状态</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Cancel job</source>
        <translation>取消任务</translation>
    </message>
    <message>
        <source>Cancelling after the current batch…</source>
        <translation>将在当前批次后取消…</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>正在开始…</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 小时 %2 分</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 分 %2 秒</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>%1/s</source>
        <translation>%1/秒</translation>
    </message>
    <message>
        <source>ETA %1</source>
        <translation>剩余时间 %1</translation>
    </message>
</context>
<context>
    <name>candist::LabelChoiceButton</name>
    <message>
        <source>Label as %1</source>
        <translation>标注为 %1</translation>
    </message>
    <message>
        <source>student probability %1%</source>
        <translation>学生概率 %1%</translation>
    </message>
    <message>
        <source>  ✓ your label</source>
        <translation>  ✓ 您的标签</translation>
    </message>
    <message>
        <source>  ★ suggested (Enter)</source>
        <translation>  ★ 建议（回车）</translation>
    </message>
    <message>
        <source>  • candidate</source>
        <translation>  • 候选</translation>
    </message>
</context>
<context>
    <name>candist::LabelChoicePanel</name>
    <message>
        <source>Sample text</source>
        <translation>样本文本</translation>
    </message>
</context>
<context>
    <name>candist::LabelSchemaCommand</name>
    <message>
        <source>Edit label schema</source>
        <translation>编辑标签方案</translation>
    </message>
</context>
<context>
    <name>candist::LabelSchemaEditor</name>
    <message>
        <source>Label Schema</source>
        <translation>标签方案</translation>
    </message>
    <message>
        <source>Labels the teacher chooses from and the student learns. Descriptions and aliases go into the teacher&apos;s prompt; hotkeys record your decisions in the detail panel.</source>
        <translation>教师从中选择、学生学习的标签。描述和别名会写入教师的提示词；快捷键在详情面板中记录您的决定。</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <source>Aliases (comma separated)</source>
        <translation>别名（以逗号分隔）</translation>
    </message>
    <message>
        <source>Hotkey</source>
        <translation>快捷键</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>颜色</translation>
    </message>
    <message>
        <source>&amp;Add label</source>
        <translation>添加标签(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Remove label</source>
        <translation>删除标签(&amp;R)</translation>
    </message>
    <message>
        <source>Fill in &amp;hotkeys and colours</source>
        <translation>填充快捷键和颜色(&amp;H)</translation>
    </message>
    <message>
        <source>label %1</source>
        <translation>标签 %1</translation>
    </message>
    <message>
        <source>#rrggbb; double-click to pick, empty for the palette colour</source>
        <translation>#rrggbb；双击以选择，留空使用调色板颜色</translation>
    </message>
    <message>
        <source>Label colour</source>
        <translation>标签颜色</translation>
    </message>
    <message>
        <source>Annotations refer to this label; rename it instead</source>
        <translation>已有标注引用此标签；请改为重命名它</translation>
    </message>
    <message>
        <source>label schema</source>
        <translation>标签方案</translation>
    </message>
    <message>
        <source>label %1: colour &quot;%2&quot; is not a #rrggbb colour</source>
        <translation>标签 %1：颜色“%2”不是 #rrggbb 格式的颜色</translation>
    </message>
    <message>
        <source>label %1: hotkey &quot;%2&quot; must be one key</source>
        <translation>标签 %1：快捷键“%2”必须是单个按键</translation>
    </message>
    <message>
        <source>label %1: hotkey &quot;%2&quot; must be a letter or a digit (Space, Enter, arrows and ? are review keys)</source>
        <translation>标签 %1：快捷键“%2”必须是字母或数字（空格、回车、方向键和 ? 是审核用键）</translation>
    </message>
</context>
<context>
    <name>candist::MainWindow</name>
    <message>
        <source>CanDist projects (*.candist);;All files (*)</source>
        <translation>CanDist 项目 (*.candist);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>视图</translation>
    </message>
    <message>
        <source>Samples</source>
        <translation>样本</translation>
    </message>
    <message>
        <source>Distillation</source>
        <translation>蒸馏</translation>
    </message>
    <message>
        <source>Sample</source>
        <translation>样本</translation>
    </message>
    <message>
        <source>Open project</source>
        <translation>打开项目</translation>
    </message>
    <message>
        <source>CanDist Workbench</source>
        <translation>CanDist Workbench</translation>
    </message>
    <message>
        <source>&amp;New Project…</source>
        <translation>新建项目(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Open Project…</source>
        <translation>打开项目(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Close Project</source>
        <translation>关闭项目(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>查找(&amp;F)…</translation>
    </message>
    <message>
        <source>&amp;Label Schema…</source>
        <translation>标签方案(&amp;L)…</translation>
    </message>
    <message>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>设置(&amp;S)…</translation>
    </message>
    <message>
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <source>&amp;Samples</source>
        <translation>样本(&amp;S)</translation>
    </message>
    <message>
        <source>Ctrl+1</source>
        <translation>Ctrl+1</translation>
    </message>
    <message>
        <source>&amp;Distillation Curves</source>
        <translation>蒸馏曲线(&amp;D)</translation>
    </message>
    <message>
        <source>Ctrl+2</source>
        <translation>Ctrl+2</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Next Sample</source>
        <translation>下一个样本(&amp;N)</translation>
    </message>
    <message>
        <source>J</source>
        <translation>J</translation>
    </message>
    <message>
        <source>&amp;Previous Sample</source>
        <translation>上一个样本(&amp;P)</translation>
    </message>
    <message>
        <source>K</source>
        <translation>K</translation>
    </message>
    <message>
        <source>S&amp;kip Sample</source>
        <translation>跳过样本(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Clear Decision</source>
        <translation>清除决定(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Cancel Running Job</source>
        <translation>取消正在运行的任务(&amp;C)</translation>
    </message>
    <message>
        <source>Ctrl+.</source>
        <translation>Ctrl+.</translation>
    </message>
    <message>
        <source>&amp;About CanDist Workbench</source>
        <translation>关于 CanDist Workbench(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>Sample &amp;Details</source>
        <translation>样本详情(&amp;D)</translation>
    </message>
    <message>
        <source>Ctrl+3</source>
        <translation>Ctrl+3</translation>
    </message>
    <message>
        <source>&amp;Annotate</source>
        <translation>标注(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>运行(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>关于 Qt(&amp;Q)</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <source>Sample count</source>
        <translation>样本数</translation>
    </message>
    <message>
        <source>Database activity</source>
        <translation>数据库活动</translation>
    </message>
    <message>
        <source>Saved state</source>
        <translation>保存状态</translation>
    </message>
    <message>
        <source>%1 — CanDist Workbench</source>
        <translation>%1 — CanDist Workbench</translation>
    </message>
    <message>
        <source>No project open. Open one with %1.</source>
        <translation>没有打开的项目。请用 %1 打开一个。</translation>
    </message>
    <message>
        <source>Empty project: add samples with File › Import Samples (Ctrl+I).</source>
        <translation>空项目：通过 文件 › 导入样本（Ctrl+I）添加样本。</translation>
    </message>
    <message>
        <source>%1 samples · loading…</source>
        <translation>%1 个样本 · 正在加载…</translation>
    </message>
    <message>
        <source>%1 of %2 samples shown</source>
        <translation>显示 %2 个样本中的 %1 个</translation>
    </message>
    <message>
        <source>✓ All changes saved</source>
        <translation>✓ 所有更改已保存</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>正在保存…</translation>
    </message>
    <message>
        <source>Every decision is written to the project file the moment it is made</source>
        <translation>每个决定都会在做出时立即写入项目文件</translation>
    </message>
    <message>
        <source>Writing to the project file</source>
        <translation>正在写入项目文件</translation>
    </message>
    <message>
        <source>&amp;%1 %2</source>
        <translation>&amp;%1 %2</translation>
    </message>
    <message>
        <source>Open Recent</source>
        <translation>最近打开</translation>
    </message>
    <message>
        <source>%1 no longer exists.</source>
        <translation>%1 已不存在。</translation>
    </message>
    <message>
        <source>Label as %1</source>
        <translation>标注为 %1</translation>
    </message>
    <message>
        <source>%1 cancelled: %2</source>
        <translation>%1 已取消：%2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>New Project</source>
        <translation>新建项目</translation>
    </message>
    <message>
        <source>%1 already exists; open it instead, or choose a new name.</source>
        <translation>%1 已存在；请打开它，或选择一个新名称。</translation>
    </message>
    <message>
        <source>Open Project</source>
        <translation>打开项目</translation>
    </message>
    <message>
        <source>About CanDist Workbench</source>
        <translation>关于 CanDist Workbench</translation>
    </message>
    <message>
        <source>&lt;h3&gt;CanDist Workbench %1&lt;/h3&gt;&lt;p&gt;LLM-driven data annotation: prompt a teacher for candidate label sets, then distil them into a student (Xia et al., ACL 2025).&lt;/p&gt;</source>
        <translation>&lt;h3&gt;CanDist Workbench %1&lt;/h3&gt;&lt;p&gt;由大语言模型驱动的数据标注：让教师给出候选标签集，再将其蒸馏为学生模型（Xia 等，ACL 2025）。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>The new language takes effect when you restart CanDist Workbench.</source>
        <translation>新语言将在重新启动 CanDist Workbench 后生效。</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>审核</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>一致性</translation>
    </message>
    <message>
        <source>&amp;Review</source>
        <translation>审核(&amp;R)</translation>
    </message>
    <message>
        <source>Ctrl+4</source>
        <translation>Ctrl+4</translation>
    </message>
    <message>
        <source>&amp;Agreement Report</source>
        <translation>一致性报告(&amp;A)</translation>
    </message>
    <message>
        <source>Ctrl+5</source>
        <translation>Ctrl+5</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <source>%1 is still running. Quit anyway? What it finished so far is saved, and running it again continues from there.</source>
        <translation>%1 仍在运行。仍要退出吗？已完成的部分已保存，再次运行时会从那里继续。</translation>
    </message>
    <message>
        <source>Cancel It and Quit</source>
        <translation>取消并退出</translation>
    </message>
    <message>
        <source>Keep Running</source>
        <translation>继续运行</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 失败：%2</translation>
    </message>
    <message>
        <source>student</source>
        <translation>学生</translation>
    </message>
    <message>
        <source>teacher</source>
        <translation>教师</translation>
    </message>
    <message>
        <source>Spot Check</source>
        <translation>抽查</translation>
    </message>
    <message>
        <source>Spo&amp;t Check</source>
        <translation>抽查(&amp;T)</translation>
    </message>
    <message>
        <source>Ctrl+6</source>
        <translation>Ctrl+6</translation>
    </message>
    <message>
        <source>Recording decisions… %1 of %2</source>
        <translation>正在记录决定… %1 / %2</translation>
    </message>
    <message>
        <source>%1 decisions recorded.</source>
        <translation>已记录 %1 个决定。</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>键盘快捷键(&amp;K)</translation>
    </message>
    <message>
        <source>Select &amp;All Samples</source>
        <translation>全选样本(&amp;A)</translation>
    </message>
    <message>
        <source>Accept &amp;Student&apos;s Label for Selection</source>
        <translation>为所选样本接受学生的标签(&amp;S)</translation>
    </message>
    <message>
        <source>Accept &amp;Teacher&apos;s First Candidate for Selection</source>
        <translation>为所选样本接受教师的首个候选(&amp;T)</translation>
    </message>
    <message>
        <source>Clear &amp;Decisions of Selection</source>
        <translation>清除所选样本的决定(&amp;D)</translation>
    </message>
    <message>
        <source>Select samples in the table first (Shift, Ctrl or Ctrl+A).</source>
        <translation>请先在表格中选择样本（Shift、Ctrl 或 Ctrl+A）。</translation>
    </message>
    <message numerus="yes">
        <source>Reading %n selected sample(s)…</source>
        <translation>
            <numerusform>正在读取 %n 个所选样本…</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 already decided so, %2 without a label to take.</source>
        <translation>%1 个已如此决定，%2 个没有可采用的标签。</translation>
    </message>
    <message>
        <source>Nothing to change: %1</source>
        <translation>没有需要更改的内容：%1</translation>
    </message>
    <message>
        <source>Bulk Decision</source>
        <translation>批量决定</translation>
    </message>
    <message>
        <source>This changes the decisions of %1 samples (%2). One undo (Ctrl+Z) reverts all of them.</source>
        <translation>这将更改 %1 个样本的决定（%2）。一次撤销（Ctrl+Z）即可全部还原。</translation>
    </message>
    <message>
        <source>Change Them</source>
        <translation>更改</translation>
    </message>
    <message>
        <source>Bulk decision cancelled: nothing changed.</source>
        <translation>批量决定已取消：未做任何更改。</translation>
    </message>
    <message>
        <source>%1 decisions changed; %2</source>
        <translation>已更改 %1 个决定；%2</translation>
    </message>
    <message>
        <source>Alt+1</source>
        <translation>Alt+1</translation>
    </message>
    <message>
        <source>Alt+2</source>
        <translation>Alt+2</translation>
    </message>
    <message>
        <source>Alt+3</source>
        <translation>Alt+3</translation>
    </message>
    <message>
        <source>Flag for &amp;Discussion</source>
        <translation>标记为待讨论(&amp;D)</translation>
    </message>
    <message>
        <source>Flag as &amp;Bad Text</source>
        <translation>标记为文本有误(&amp;B)</translation>
    </message>
    <message>
        <source>Flag as Schema &amp;Gap</source>
        <translation>标记为标签体系缺口(&amp;G)</translation>
    </message>
    <message>
        <source>Co&amp;mment on Sample</source>
        <translation>评论样本(&amp;M)</translation>
    </message>
    <message>
        <source>Alt+C</source>
        <translation>Alt+C</translation>
    </message>
    <message>
        <source>Flag %1 set on %2 samples.</source>
        <translation>已在 %2 个样本上设置标记 %1。</translation>
    </message>
    <message>
        <source>Flag %1 taken off %2 samples.</source>
        <translation>已从 %2 个样本上移除标记 %1。</translation>
    </message>
    <message>
        <source>The sample is still loading: nothing was flagged.</source>
        <translation>样本仍在加载：未做任何标记。</translation>
    </message>
    <message numerus="yes">
        <source>%n sample(s) you labelled %1 that the %2 labelled %3.</source>
        <translation>
            <numerusform>您标为 %1、而%2标为 %3 的样本共 %n 个。</numerusform>
        </translation>
    </message>
    <message>
        <source>The sample is still loading: nothing was decided.</source>
        <translation>样本仍在加载：未做任何决定。</translation>
    </message>
</context>
<context>
    <name>candist::ProjectDocument</name>
    <message>
        <source>Label sample as %1</source>
        <translation>将样本标注为 %1</translation>
    </message>
    <message>
        <source>Skip sample</source>
        <translation>跳过样本</translation>
    </message>
    <message>
        <source>Clear decision</source>
        <translation>清除决定</translation>
    </message>
    <message numerus="yes">
        <source>Accept the student&apos;s label for %n sample(s)</source>
        <translation>
            <numerusform>为 %n 个样本接受学生的标签</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Accept the teacher&apos;s first candidate for %n sample(s)</source>
        <translation>
            <numerusform>为 %n 个样本接受教师的首个候选</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Clear the decisions of %n sample(s)</source>
        <translation>
            <numerusform>清除 %n 个样本的决定</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove comment</source>
        <translation>删除评论</translation>
    </message>
    <message>
        <source>Edit comment</source>
        <translation>编辑评论</translation>
    </message>
    <message>
        <source>Flag sample: %1</source>
        <translation>标记样本：%1</translation>
    </message>
    <message>
        <source>Unflag sample: %1</source>
        <translation>取消标记样本：%1</translation>
    </message>
    <message>
        <source>Change flags</source>
        <translation>更改标记</translation>
    </message>
    <message numerus="yes">
        <source>Flag %n sample(s): %1</source>
        <translation>
            <numerusform>标记 %n 个样本：%1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Unflag %n sample(s): %1</source>
        <translation>
            <numerusform>取消标记 %n 个样本：%1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>candist::ReviewView</name>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 分钟</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 小时 %2 分</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>审核</translation>
    </message>
    <message>
        <source>Position in the review queue</source>
        <translation>在审核队列中的位置</translation>
    </message>
    <message>
        <source>Why review this sample</source>
        <translation>为何审核此样本</translation>
    </message>
    <message>
        <source>Teacher&apos;s candidates, in the teacher&apos;s order:</source>
        <translation>教师的候选，按教师给出的顺序：</translation>
    </message>
    <message>
        <source>Student&apos;s probability for every label (click or press the key to decide):</source>
        <translation>学生对每个标签的概率（点击或按下对应键来决定）：</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>会话</translation>
    </message>
    <message>
        <source>Review progress</source>
        <translation>审核进度</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>按键</translation>
    </message>
    <message>
        <source>Ranking weights</source>
        <translation>排序权重</translation>
    </message>
    <message>
        <source>Disagreement weight</source>
        <translation>分歧权重</translation>
    </message>
    <message>
        <source>Margin weight</source>
        <translation>间隔权重</translation>
    </message>
    <message>
        <source>Entropy weight</source>
        <translation>熵权重</translation>
    </message>
    <message>
        <source>&amp;Disagreement</source>
        <translation>分歧(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Margin</source>
        <translation>间隔(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Entropy</source>
        <translation>熵(&amp;E)</translation>
    </message>
    <message>
        <source>Apply and Re-rank</source>
        <translation>应用并重新排序</translation>
    </message>
    <message>
        <source>Re-distil Now</source>
        <translation>立即重新蒸馏</translation>
    </message>
    <message>
        <source>Train the student again with your labels as singleton candidate sets, then re-rank the queue</source>
        <translation>以您的标签作为单元素候选集重新训练学生，然后重新排序队列</translation>
    </message>
    <message>
        <source>Re-distil now</source>
        <translation>立即重新蒸馏</translation>
    </message>
    <message>
        <source>Ranking the samples…</source>
        <translation>正在对样本排序…</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; resolved · &lt;b&gt;%2&lt;/b&gt; remaining in the queue</source>
        <translation>已解决 &lt;b&gt;%1&lt;/b&gt; 个 · 队列中剩余 &lt;b&gt;%2&lt;/b&gt; 个</translation>
    </message>
    <message>
        <source>&lt;br&gt;pace %1 samples/min</source>
        <translation>&lt;br&gt;速度：%1 个样本/分钟</translation>
    </message>
    <message>
        <source>&lt;br&gt;about %1 left at this pace</source>
        <translation>&lt;br&gt;按此速度约剩 %1</translation>
    </message>
    <message>
        <source>&lt;br&gt;pace: shown after your first decisions</source>
        <translation>&lt;br&gt;速度：在您做出最初几个决定后显示</translation>
    </message>
    <message>
        <source>No project open</source>
        <translation>没有打开的项目</translation>
    </message>
    <message>
        <source>Ranking…</source>
        <translation>正在排序…</translation>
    </message>
    <message>
        <source>The review queue is done</source>
        <translation>审核队列已完成</translation>
    </message>
    <message>
        <source>No sample is waiting for a human. Re-distil to apply your labels, or change the ranking weights.</source>
        <translation>没有等待人工处理的样本。重新蒸馏以应用您的标签，或更改排序权重。</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <source>Sample %1</source>
        <translation>样本 %1</translation>
    </message>
    <message>
        <source>Why: %1</source>
        <translation>原因：%1</translation>
    </message>
    <message>
        <source>The teacher gave no usable candidates.</source>
        <translation>教师没有给出可用的候选。</translation>
    </message>
    <message>
        <source>%1. %2  [%3]</source>
        <translation>%1. %2  [%3]</translation>
    </message>
    <message>
        <source>Teacher candidate %1: label as %2</source>
        <translation>教师候选 %1：标注为 %2</translation>
    </message>
    <message>
        <source>No student output yet: run Distil to get suggestions.</source>
        <translation>尚无学生输出：运行“蒸馏”以获得建议。</translation>
    </message>
</context>
<context>
    <name>candist::SampleDecisionView</name>
    <message>
        <source>You skipped this sample (unsure).</source>
        <translation>您跳过了此样本（不确定）。</translation>
    </message>
    <message>
        <source>You labelled this sample %1.</source>
        <translation>您将此样本标注为 %1。</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
</context>
<context>
    <name>candist::SampleDetail</name>
    <message>
        <source>Sample %1 no longer exists in %2</source>
        <translation>样本 %1 已不在 %2 中</translation>
    </message>
</context>
<context>
    <name>candist::SampleQuery</name>
    <message>
        <source>%1: cannot order the samples: %2</source>
        <translation>%1：无法对样本排序：%2</translation>
    </message>
</context>
<context>
    <name>candist::SampleTableModel</name>
    <message>
        <source>human</source>
        <translation>人工</translation>
    </message>
    <message>
        <source>student</source>
        <translation>学生</translation>
    </message>
    <message>
        <source>teacher</source>
        <translation>教师</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <source>(unreadable answer)</source>
        <translation>（无法读取的回答）</translation>
    </message>
    <message>
        <source>confidence %1, margin %2, entropy %3</source>
        <translation>置信度 %1，间隔 %2，熵 %3</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>overruled</source>
        <translation>被否决</translation>
    </message>
    <message>
        <source>out of set</source>
        <translation>不在集合内</translation>
    </message>
    <message>
        <source>parse failure</source>
        <translation>解析失败</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>文本</translation>
    </message>
    <message>
        <source>Teacher candidates</source>
        <translation>教师候选</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>学生</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>置信度</translation>
    </message>
    <message>
        <source>Final label</source>
        <translation>最终标签</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>标记</translation>
    </message>
    <message>
        <source>The labels the teacher offered, most likely first (sorts by set size)</source>
        <translation>教师给出的标签，最可能的在前（按集合大小排序）</translation>
    </message>
    <message>
        <source>The student&apos;s probability for its own label</source>
        <translation>学生对其自身标签的概率</translation>
    </message>
    <message>
        <source>The label the sample leaves with: human beats student beats teacher</source>
        <translation>样本最终采用的标签：人工优先于学生，学生优先于教师</translation>
    </message>
    <message>
        <source>Your flags (discuss, bad text, schema gap) and comment, which the column sorts by; then out of set: the student chose a label outside the candidates; overruled: ...with high confidence; parse failure: unreadable teacher answer</source>
        <translation>你的标记（讨论、文本有误、标签体系缺口）和评论，此列按它们排序；然后是集合外：学生选择了候选之外的标签；推翻：……且置信度高；解析失败：教师的回答无法读取</translation>
    </message>
</context>
<context>
    <name>candist::ScreenshotRunner</name>
    <message>
        <source>the project did not finish loading within two minutes</source>
        <translation>项目在两分钟内未完成加载</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>candist::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Base URL of an OpenAI-compatible chat completions API</source>
        <translation>兼容 OpenAI 的 chat completions API 的基础 URL</translation>
    </message>
    <message>
        <source>Environment variable</source>
        <translation>环境变量</translation>
    </message>
    <message>
        <source>System keychain</source>
        <translation>系统密钥环</translation>
    </message>
    <message>
        <source>CA_add: answer, plus alternatives when unsure</source>
        <translation>CA_add：给出答案，不确定时附加备选</translation>
    </message>
    <message>
        <source>CA_all: every possible label</source>
        <translation>CA_all：所有可能的标签</translation>
    </message>
    <message>
        <source>SA: exactly one label</source>
        <translation>SA：恰好一个标签</translation>
    </message>
    <message>
        <source>&amp;Endpoint:</source>
        <translation>端点(&amp;E)：</translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation>模型(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;Input price per 1M tokens:</source>
        <translation>每百万输入词元价格(&amp;I)：</translation>
    </message>
    <message>
        <source>&amp;Output price per 1M tokens:</source>
        <translation>每百万输出词元价格(&amp;O)：</translation>
    </message>
    <message>
        <source>API &amp;key from:</source>
        <translation>API 密钥来源(&amp;K)：</translation>
    </message>
    <message>
        <source>&amp;Variable name:</source>
        <translation>变量名(&amp;V)：</translation>
    </message>
    <message>
        <source>Keychain &amp;service:</source>
        <translation>密钥环服务(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Concurrent requests:</source>
        <translation>并发请求数(&amp;C)：</translation>
    </message>
    <message>
        <source>Default &amp;strategy:</source>
        <translation>默认策略(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Teacher</source>
        <translation>教师(&amp;T)</translation>
    </message>
    <message>
        <source>All %1 cores</source>
        <translation>全部 %1 个核心</translation>
    </message>
    <message>
        <source>Training &amp;threads:</source>
        <translation>训练线程数(&amp;T)：</translation>
    </message>
    <message>
        <source>Default &amp;epochs:</source>
        <translation>默认轮次(&amp;E)：</translation>
    </message>
    <message>
        <source>Default s&amp;eed:</source>
        <translation>默认随机种子(&amp;E)：</translation>
    </message>
    <message>
        <source>S&amp;tudent</source>
        <translation>学生(&amp;T)</translation>
    </message>
    <message>
        <source>The variable is set in this session.</source>
        <translation>此会话中已设置该变量。</translation>
    </message>
    <message>
        <source>The variable is not set in this session.</source>
        <translation>此会话中未设置该变量。</translation>
    </message>
    <message>
        <source>The key is read from the keychain entry &quot;%1&quot; when a run starts.</source>
        <translation>运行开始时从密钥环条目“%1”读取密钥。</translation>
    </message>
    <message>
        <source>The language changes the next time the workbench starts. &quot;System default&quot; follows the language of your desktop (%1).</source>
        <translation>语言将在下次启动本程序时更改。“系统默认”跟随桌面的语言（%1）。</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Interface</source>
        <translation>界面(&amp;I)</translation>
    </message>
    <message>
        <source>paste a key to store it in the system keychain</source>
        <translation>粘贴密钥以将其保存到系统密钥环</translation>
    </message>
    <message>
        <source>API key to store in the keychain</source>
        <translation>要保存到密钥环的 API 密钥</translation>
    </message>
    <message>
        <source>Store in &amp;Keychain</source>
        <translation>存入密钥环(&amp;K)</translation>
    </message>
    <message>
        <source>Store API key:</source>
        <translation>保存 API 密钥：</translation>
    </message>
    <message>
        <source>The key is stored in the system keychain as &quot;%1&quot;.</source>
        <translation>密钥已以“%1”的名称保存在系统密钥环中。</translation>
    </message>
    <message>
        <source>&amp;Word vectors:</source>
        <translation>词向量(&amp;W)：</translation>
    </message>
    <message>
        <source>System (follows the desktop)</source>
        <translation>系统（跟随桌面）</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>浅色</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <source>&amp;Colour scheme:</source>
        <translation>配色方案(&amp;C)：</translation>
    </message>
</context>
<context>
    <name>candist::ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>搜索(&amp;S)：</translation>
    </message>
    <message>
        <source>Action, key or menu</source>
        <translation>操作、按键或菜单</translation>
    </message>
    <message>
        <source>Search the shortcuts</source>
        <translation>搜索快捷键</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>按键</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>位置</translation>
    </message>
</context>
<context>
    <name>candist::SpotCheckView</name>
    <message>
        <source>Spot check</source>
        <translation>抽查</translation>
    </message>
    <message>
        <source>Position in the spot checks</source>
        <translation>在抽查中的位置</translation>
    </message>
    <message>
        <source>Your label (click or press the key). The teacher&apos;s and the student&apos;s suggestions are hidden, so that they cannot anchor your answer.</source>
        <translation>您的标签（点击或按键）。教师和学生的建议已隐藏，以免影响您的回答。</translation>
    </message>
    <message>
        <source>Draw spot checks</source>
        <translation>抽取抽查样本</translation>
    </message>
    <message>
        <source>This project has no spot checks yet. A spot check is a uniform random sample of the samples without a human label: labelled blind, it tells how many of the exported labels are right, with a confidence interval.</source>
        <translation>此项目还没有抽查样本。抽查是从没有人工标签的样本中均匀随机抽取的一组样本：盲标后，它能以置信区间给出导出标签中有多少是正确的。</translation>
    </message>
    <message>
        <source>&amp;Samples to draw:</source>
        <translation>抽取的样本数(&amp;S)：</translation>
    </message>
    <message>
        <source>Samples to draw</source>
        <translation>抽取的样本数</translation>
    </message>
    <message>
        <source>&amp;Draw</source>
        <translation>抽取(&amp;D)</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>会话</translation>
    </message>
    <message>
        <source>Spot-check progress</source>
        <translation>抽查进度</translation>
    </message>
    <message>
        <source>Label quality estimate</source>
        <translation>标签质量估计</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>按键</translation>
    </message>
    <message>
        <source>Reading the spot checks…</source>
        <translation>正在读取抽查样本…</translation>
    </message>
    <message numerus="yes">
        <source>Drawing %n spot check(s)…</source>
        <translation>
            <numerusform>正在抽取 %n 个抽查样本…</numerusform>
        </translation>
    </message>
    <message>
        <source>The estimate of the exported labels appears after the first answer.</source>
        <translation>导出标签的估计将在第一个回答之后显示。</translation>
    </message>
    <message>
        <source>final labels ≈ %1 % correct (95 % CI %2–%3 %, %4), about %5 wrong labels expected in the export</source>
        <translation>最终标签 ≈ %1 % 正确（95 % 置信区间 %2–%3 %，%4），导出中预计约有 %5 个错误标签</translation>
    </message>
    <message>
        <source>prediction-powered, the narrower interval</source>
        <translation>预测增强推断，较窄的区间</translation>
    </message>
    <message>
        <source>Wilson interval</source>
        <translation>Wilson 区间</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; answered · &lt;b&gt;%2&lt;/b&gt; to go</source>
        <translation>已回答 &lt;b&gt;%1&lt;/b&gt; · 剩余 &lt;b&gt;%2&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;br&gt;pace %1 samples/min</source>
        <translation>&lt;br&gt;速度：%1 个样本/分钟</translation>
    </message>
    <message>
        <source>No project open</source>
        <translation>没有打开的项目</translation>
    </message>
    <message>
        <source>No spot checks yet</source>
        <translation>还没有抽查样本</translation>
    </message>
    <message>
        <source>Every spot check is answered</source>
        <translation>所有抽查样本均已回答</translation>
    </message>
    <message>
        <source>Draw more spot checks from the command line (candist-cli spot-check) to narrow the interval.</source>
        <translation>可在命令行（candist-cli spot-check）中抽取更多抽查样本以缩小区间。</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <source>Spot check: sample %1</source>
        <translation>抽查：样本 %1</translation>
    </message>
</context>
<context>
    <name>candist::TeacherActions</name>
    <message>
        <source>Run &amp;Teacher…</source>
        <translation>运行教师(&amp;T)…</translation>
    </message>
    <message>
        <source>Ctrl+T</source>
        <translation>Ctrl+T</translation>
    </message>
    <message>
        <source>Ask the teacher LLM for candidate labels of every pending sample</source>
        <translation>向教师大语言模型请求每个待处理样本的候选标签</translation>
    </message>
    <message>
        <source>Teacher</source>
        <translation>教师</translation>
    </message>
</context>
<context>
    <name>candist::TeacherDialog</name>
    <message>
        <source>Run Teacher</source>
        <translation>运行教师</translation>
    </message>
    <message>
        <source>CA_all: every possible label</source>
        <translation>CA_all：所有可能的标签</translation>
    </message>
    <message>
        <source>CA_add: answer, plus alternatives when unsure</source>
        <translation>CA_add：给出答案，不确定时附加备选</translation>
    </message>
    <message>
        <source>SA: exactly one label</source>
        <translation>SA：恰好一个标签</translation>
    </message>
    <message>
        <source>Select: one label out of the earlier candidates</source>
        <translation>Select：从之前的候选中选择一个标签</translation>
    </message>
    <message>
        <source>Self-consistency: answers per sample; votes become the teacher&apos;s confidence</source>
        <translation>自洽性：每个样本的回答数；投票成为教师的置信度</translation>
    </message>
    <message>
        <source>all pending samples</source>
        <translation>所有待处理样本</translation>
    </message>
    <message>
        <source>The environment variable that holds the API key; when it is unset the system keychain is asked. The key is never stored.</source>
        <translation>保存 API 密钥的环境变量；未设置时会查询系统密钥环。密钥永远不会被保存。</translation>
    </message>
    <message>
        <source>&amp;Endpoint:</source>
        <translation>端点(&amp;E)：</translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation>模型(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;Strategy:</source>
        <translation>策略(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Concurrent requests:</source>
        <translation>并发请求数(&amp;C)：</translation>
    </message>
    <message>
        <source>Few-shot &amp;demonstrations:</source>
        <translation>少样本示例(&amp;D)：</translation>
    </message>
    <message>
        <source>Answers per sample (&amp;K):</source>
        <translation>每个样本的回答数(&amp;K)：</translation>
    </message>
    <message>
        <source>&amp;Temperature:</source>
        <translation>温度(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Input price per 1M tokens:</source>
        <translation>每百万输入词元价格(&amp;I)：</translation>
    </message>
    <message>
        <source>&amp;Output price per 1M tokens:</source>
        <translation>每百万输出词元价格(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Limit:</source>
        <translation>上限(&amp;L)：</translation>
    </message>
    <message>
        <source>API &amp;key variable:</source>
        <translation>API 密钥变量(&amp;K)：</translation>
    </message>
    <message>
        <source>Dry-run estimate</source>
        <translation>试运行估算</translation>
    </message>
    <message>
        <source>Estimate shows the requests, tokens and cost before anything is sent.</source>
        <translation>估算会在发送任何内容之前显示请求数、词元数和费用。</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>运行(&amp;R)</translation>
    </message>
    <message>
        <source>E&amp;stimate</source>
        <translation>估算(&amp;S)</translation>
    </message>
    <message>
        <source>Estimating…</source>
        <translation>正在估算…</translation>
    </message>
</context>
<context>
    <name>candist::TranslationLoader</name>
    <message>
        <source>System default</source>
        <translation>系统默认</translation>
    </message>
</context>
<context>
    <name>candist::WordVectorPicker</name>
    <message>
        <source>Installed (GloVe 6B, 100 dimensions)</source>
        <translation>已安装（GloVe 6B，100 维）</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>File…</source>
        <translation>文件…</translation>
    </message>
    <message>
        <source>Pretrained word vectors tell the student that words such as &quot;physician&quot; and &quot;doctor&quot; mean alike; they lift accuracy most on small pools and many labels</source>
        <translation>预训练词向量让学生模型知道“physician”和“doctor”意思相近；在小数据池和标签很多时提升最明显</translation>
    </message>
    <message>
        <source>A .cdv file (scripts/convert_word_vectors.py)</source>
        <translation>一个 .cdv 文件（scripts/convert_word_vectors.py）</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>Word Vectors</source>
        <translation>词向量</translation>
    </message>
    <message>
        <source>CanDist word vectors (*.cdv);;All files (*)</source>
        <translation>CanDist 词向量 (*.cdv);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Installed at %1</source>
        <translation>已安装于 %1</translation>
    </message>
    <message>
        <source>Not installed: the student trains without them. Run scripts/install_word_vectors to install them.</source>
        <translation>未安装：学生模型将不使用词向量训练。运行 scripts/install_word_vectors 进行安装。</translation>
    </message>
    <message>
        <source>The student learns every word from the pool alone.</source>
        <translation>学生模型仅从数据池中学习每个词。</translation>
    </message>
    <message>
        <source>No such file: the run will refuse to start.</source>
        <translation>文件不存在：运行将拒绝开始。</translation>
    </message>
</context>
<context>
    <name>candist::labelName</name>
    <message>
        <source>#%1</source>
        <translation>#%1</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>CanDist Workbench: LLM-driven data annotation</source>
        <translation>CanDist Workbench：由大语言模型驱动的数据标注</translation>
    </message>
    <message>
        <source>Render the window after loading PROJECT into OUT.png and exit.</source>
        <translation>加载 PROJECT 后将窗口渲染到 OUT.png 并退出。</translation>
    </message>
    <message>
        <source>The .candist project to open.</source>
        <translation>要打开的 .candist 项目。</translation>
    </message>
    <message>
        <source>candist: expected at most one PROJECT, got %1
</source>
        <translation>candist：最多只能指定一个 PROJECT，实际为 %1 个
</translation>
    </message>
    <message>
        <source>candist: --screenshot needs a PROJECT
</source>
        <translation>candist：--screenshot 需要一个 PROJECT
</translation>
    </message>
    <message>
        <source>candist: --view only applies with --screenshot
</source>
        <translation>candist：--view 仅在使用 --screenshot 时有效
</translation>
    </message>
    <message>
        <source>With --screenshot: table, detail, curves, review or agreement.</source>
        <translation>与 --screenshot 一起使用：table、detail、curves、review 或 agreement。</translation>
    </message>
    <message>
        <source>candist: --view expects table, detail, curves, review or agreement, got &quot;%1&quot;
</source>
        <translation>candist：--view 应为 table、detail、curves、review 或 agreement，实际为“%1”
</translation>
    </message>
</context>
</TS>
