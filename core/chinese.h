#pragma once

// Small pieces of Chinese text the documents print, shared by the templates, 情况说明 and 名词解释.

#include <QString>

namespace fa {

// 1 → 一, 10 → 十, 11 → 十一, 20 → 二十, 105 → 一百零五, 110 → 一百一十; outside 1–999 Arabic digits.
QString chineseNumeral(int n);

// The UTF-8 text of a built-in resource (a catalogue or other data file compiled into the
// program); a missing one is a broken build and stops the program.
QString builtinText(const QString &path);

} // namespace fa
