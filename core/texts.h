#pragma once

#include <QString>

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

} // namespace fa
