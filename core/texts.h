#pragma once

#include <QString>
#include <QStringList>

namespace fa {

// The keys of a document's free texts ("texts" in the JSON form, table `texts` in the file).
//
//   reason/t05/<项 code>   why the 决算 of a 项 in 公开05表 differs from its 年初预算
//                          (情况说明 §五(三)); the check t05.budget_reason asks for it.
//   reason/change/<address> why a figure changed from last year (情况说明 §一, §四, §五(一));
//                          the checks t01/t04/t05.change ask for it when the change is large.
//
// Later parts of the program add keys here; anything else is refused on input.
bool isKnownTextKey(const QString &key);

// The keys of a document's counts ("counts" in the JSON form, table `counts` in the file): whole
// numbers of things that are not money, which 情况说明 prints beside the amounts.
//
//   三公/出国团组, 三公/出国人次        因公出国（境）团组 and 人次 (§九)
//   三公/购置车辆, 三公/车辆保有量      公务用车 bought this year, and held at year end (§九)
//   三公/外宾接待团组, 三公/外宾接待人次, 三公/国内接待团组, 三公/国内接待人次   公务接待 (§九)
//
// Later parts of the program add keys here; anything else is refused on input.
bool isKnownCountKey(const QString &key);
QStringList knownCountKeys();

} // namespace fa
