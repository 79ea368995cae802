#pragma once

#include <QString>

namespace fa {

// The keys of a document's free texts ("texts" in the JSON form, table `texts` in the file).
//
//   reason/t05/<项 code>   why the 决算 of a 项 in 公开05表 differs from its 年初预算
//                          (情况说明 §五(三)); the check t05.budget_reason asks for it.
//
// Later parts of the program add keys here; anything else is refused on input.
bool isKnownTextKey(const QString &key);

} // namespace fa
