#pragma once

#include <QString>
#include <QStringList>

namespace fa {

// The keys of a document's free texts ("texts" in the JSON form, table `texts` in the file).
//
//   reason/t05/<项 code>   why the 决算 of a 项 in 公开05表 differs from its 年初预算
//                          (情况说明 §五(三)); the check t05.budget_reason asks for it.
//   reason/change/<address> why a figure changed from last year (情况说明 §一, §四, §五(一), §十);
//                          the checks t01/t04/t05/x01.change ask for it when the change is large.
//   reason/t09/<column>    why a “三公” 决算 differs from its 预算 (§九): 合计, 因公出国（境）费,
//                          公务用车购置及运行维护费小计, 公务接待费
//   overview/duties        概况: 部门职责 (numbered duties, one per line)
//   overview/organisation  概况: 机构设置 (internal divisions, the units the accounts cover)
//   section/01 … section/13 a 情况说明 section as a person typed it, replacing the generated one
//                          (absent: the section is generated from the numbers)
//   glossary/<项 code>      名词解释 of a 项, replacing the shipped definition
//   note/三公/公务用车运行维护  what 公务用车运行维护费 was spent on (§九, after the amount)
//   note/三公/国内接待      what 国内公务接待 was for (§九, after the amount)
//   note/国有资产/其他用车   what the 其他用车 are (§十二)
//   performance/management 绩效管理工作开展情况 (§十三(一)), the paragraph before the figures
//   performance/prior      事前绩效评估 (§十三(一) 一是)
//   performance/projects   the per-project paragraphs of §十三(二)
//   performance/evaluation 部门评价结果 (§十三(三))
//
// Later parts of the program add keys here; anything else is refused on input.
bool isKnownTextKey(const QString &key);

// The keys of a document's counts ("counts" in the JSON form, table `counts` in the file): whole
// numbers of things that are not money, which 情况说明 prints beside the amounts.
//
//   三公/出国团组, 三公/出国人次        因公出国（境）团组 and 人次 (§九)
//   三公/购置车辆, 三公/车辆保有量      公务用车 bought this year, and held at year end (§九)
//   三公/外宾接待团组, 三公/外宾接待人次, 三公/国内接待团组, 三公/国内接待人次   公务接待 (§九)
//   国有资产/<kind>              vehicles held at year end by the eight kinds of §十二 (省级领导干部用车,
//                                 主要领导干部用车, 机要通信用车, 应急保障用车, 执法执勤用车,
//                                 特种专业技术用车, 离退休干部服务用车, 其他用车)
//   国有资产/大型设备             单价100万元（含）以上设备 (台/套), §十二
//   绩效/目标项目数, 绩效/监控项目数, 绩效/自评项目数, 绩效/评价项目数   projects with 绩效目标, under
//                                 monitoring, self-evaluated, evaluated by the department (§十三)
//   绩效/评价问题数, 绩效/评价建议数   problems found and suggestions made by the department's evaluation
//   绩效/优, 绩效/良, 绩效/中, 绩效/差  self-evaluated projects by grade (§十三(二))
//
// Later parts of the program add keys here; anything else is refused on input.
bool isKnownCountKey(const QString &key);
QStringList knownCountKeys();

// The eight kinds of vehicle of §十二, in the printed order.
QStringList vehicleKinds();

// The text key of a typed 情况说明 section (1–13): "section/01".
QString sectionTextKey(int section);

} // namespace fa
