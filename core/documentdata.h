#pragma once

#include "error.h"
#include "money.h"
#include "performance.h"
#include "template.h"

#include <QString>

#include <map>
#include <set>

namespace fa {

struct UnitInfo {
    QString name;
    QString scope;    // 部门 or 单位
    QString type;     // 行政单位, 事业单位, …
    int year = 0;
    QString compiled; // "2025-09"

    friend bool operator==(const UnitInfo &, const UnitInfo &) = default;
};

// What a document is made of, as stored: everything else is derived.
struct DocumentData {
    QString templateId = QStringLiteral("2024");
    UnitInfo unit;
    AmountUnit amountUnit = AmountUnit::Wanyuan;       // the unit amounts were keyed in
    std::map<QString, QString> subjects;               // code → name (adds to / overrides the catalogue)
    std::map<QString, std::set<QString>> subjectRows;  // table id → the 项 codes it lists
    std::map<QString, Money> values;                   // entered cells by address
    std::map<QString, QString> texts;                  // free text by key (see texts.h)
    std::map<QString, qint64> counts;                  // whole numbers (人次, 车辆, 团组) by key (texts.h)
    std::vector<Evaluation> evaluations;               // 附件 绩效自评 tables, in printed order (performance.h)

    friend bool operator==(const DocumentData &, const DocumentData &) = default;
};

// Largest amount a person may enter (10^13 分 = 1000亿元). With the bounded number of rows this
// keeps every derived sum far from int64 overflow.
inline constexpr std::int64_t kMaxEnteredFen = 10'000'000'000'000LL;
// Bounds on untrusted input.
inline constexpr int kMaxSubjectRowsPerTable = 20000;
inline constexpr int kMaxTextLength = 100000;
inline constexpr int kMaxNameLength = 200;
inline constexpr qint64 kMaxCount = 1'000'000'000;

// Where an entered address points.
struct EnteredCell {
    const TableDecl *table = nullptr;
    QString row;    // 项 code, economic 款 code, line key
    QString column;
    bool subjectRow = false; // a 项 row of a function-classification table
};

// Resolves an address that a person may enter a value at. Errors name the address and say
// why: unknown table/row/column, a derived cell, a bad or unknown classification code.
Result<EnteredCell> resolveEnteredAddress(const Template &tpl, const std::map<QString, QString> &subjects,
                                          const QString &address);

// The name of a function-classification code: the document's own, else the catalogue's.
QString subjectName(const Template &tpl, const std::map<QString, QString> &subjects, const QString &code);

// Whole-document validation: unit info, codes, addresses, amounts, sizes.
[[nodiscard]] Status validateDocument(const DocumentData &data);

// A free text under `key` (texts.h): a known key, a bounded length.
[[nodiscard]] Status validateText(const QString &key, const QString &text);

// A count under `key` (texts.h): a known key, 0 ≤ n ≤ kMaxCount.
[[nodiscard]] Status validateCount(const QString &key, qint64 n);

// An amount entered at `address`: within ±kMaxEnteredFen.
[[nodiscard]] Status validateAmount(const QString &address, Money amount);

// Validates the parts of the unit info a person types. Names refuse control characters other
// than tab, line feed and carriage return (a NUL would cut the name short in many programs).
[[nodiscard]] Status validateUnit(const UnitInfo &unit);
// A compilation date as typed or imported: empty, or YYYY-MM of a real month from the accounts'
// year to two years after it. (Files are not held to it: older versions took any text.)
[[nodiscard]] Status validateCompiled(const QString &compiled, int year);

// The name a document gives a function-classification code: non-empty, bounded, no control
// characters other than tab, line feed and carriage return.
[[nodiscard]] Status validateSubjectName(const QString &code, const QString &name);

// At most about `max` characters of untrusted input, for a message: cut with "…", control
// characters shown as \uXXXX and a lone surrogate as U+FFFD. Every message that repeats what
// it was given goes through this, so a 100,000-character address never becomes the message.
// A part of something already repeated (the row of an address) takes kExcerptPart.
inline constexpr qsizetype kExcerptPart = 40;
QString excerpt(const QString &text, qsizetype max = 80);

} // namespace fa
