// Money::parseTyped and the minus signs people type: the ASCII hyphen-minus, the full-width one
// (U+FF0D) and the Unicode minus sign (U+2212) that input methods, Word and web pages write.

#include "money.h"

#include <catch2/catch.hpp>

#include <limits>
#include <utility>

using fa::AmountUnit;
using fa::Money;
using fa::MoneyParseError;

namespace {
Money::ParseResult typed(const char16_t *text, AmountUnit shown = AmountUnit::Yuan)
{
    return Money::parseTyped(QString::fromUtf16(text), shown);
}
// The amount in 分, or a value no amount here has when the text is refused.
qint64 fen(const char16_t *text, AmountUnit shown = AmountUnit::Yuan)
{
    const auto r = typed(text, shown);
    return r.value ? r.value->fen() : std::numeric_limits<qint64>::min();
}
} // namespace

TEST_CASE("Money::parseTyped takes U+2212 and the full-width hyphen-minus as a minus sign", "[money]")
{
    const std::pair<const char16_t *, qint64> cases[] = {
        {u"-6", -600}, {u"\u22126", -600}, {u"\uFF0D6", -600}, {u"\uFE636", -600}, {u" \u22126 ", -600},
        {u"\u3000\u22126\u3000", -600}, {u"+6", 600}, {u"6", 600},
    };
    for (const auto &[text, expected] : cases) {
        INFO(QString::fromUtf16(text).toStdString());
        CHECK(fen(text) == expected);
    }
    CHECK(fen(u"\u22121,234.50") == -123450);
    CHECK(fen(u"\uFF0D\uFF11\uFF0C\uFF12\uFF13\uFF14\uFF0E\uFF15") == -123450);
    CHECK(fen(u"\u22120.5", AmountUnit::Wanyuan) == -500000);
    CHECK(fen(u"\u221212\u4e07\u5143", AmountUnit::Yuan) == -12000000); // −12万元
    CHECK(fen(u"\u22121234\u5143", AmountUnit::Wanyuan) == -123400);   // −1234元
}

TEST_CASE("Money::parseTyped refuses a minus sign where a hyphen-minus is refused", "[money]")
{
    CHECK(typed(u"\u2212").error == MoneyParseError::Syntax);
    CHECK(typed(u"\u2212\u22126").error == MoneyParseError::Syntax);
    CHECK(typed(u"6\u2212").error == MoneyParseError::Syntax);
    CHECK(typed(u"(\u22125)").error == MoneyParseError::Syntax);      // a negative in parentheses is negative once
    CHECK(typed(u"\uFF08\u22125\uFF09").error == MoneyParseError::Syntax);
    CHECK(typed(u"1\u22122").error == MoneyParseError::Syntax);
    // Other dashes are not minus signs.
    CHECK(typed(u"\u20136").error == MoneyParseError::Syntax); // en dash
    CHECK(typed(u"\u20146").error == MoneyParseError::Syntax); // em dash
}
