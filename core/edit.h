#pragma once

#include "documentdata.h"
#include "money.h"

#include <QString>

#include <optional>
#include <vector>

namespace fa {

// One change a person (or a program) makes to a document. A Batch of them is applied as one:
// validated first, written in one transaction, recomputed once, undone by one inverse batch.
struct Edit {
    enum class Kind {
        SetValue,       // `key` = cell address; `value` (nullopt blanks the cell). A value in a
                        // 项 row the table does not list yet adds the row.
        SetText,        // `key` = text key (texts.h); `text` ("" removes the text)
        AddRow,         // `key` = table id, `code` = 项 code: list the row, with blank cells
        RemoveRow,      // `key` = table id, `code` = 项 code: the row, its values and its texts go
        SetUnit,        // `unit`: name, scope, type, year, compile month
        SetSubjectName, // `code`; `text` = the document's own name ("" = the catalogue's)
        SetCount,       // `key` = count key (texts.h); `count` (nullopt removes it)
        SetEvaluations, // `evaluations`: the 绩效自评 tables, all of them, in order
    };
    Kind kind = Kind::SetValue;
    QString key = {};
    QString code = {};
    std::optional<Money> value = {};
    QString text = {};
    UnitInfo unit = {};
    std::optional<qint64> count = {};
    std::vector<Evaluation> evaluations = {};

    static Edit setValue(const QString &address, std::optional<Money> value);
    static Edit setText(const QString &key, const QString &text);
    static Edit addRow(const QString &table, const QString &code);
    static Edit removeRow(const QString &table, const QString &code);
    static Edit setUnit(const UnitInfo &unit);
    static Edit setSubjectName(const QString &code, const QString &name);
    static Edit setCount(const QString &key, std::optional<qint64> count);
    static Edit setEvaluations(std::vector<Evaluation> evaluations);

    friend bool operator==(const Edit &, const Edit &) = default;
};
using Batch = std::vector<Edit>;

// One statement of a change as the file stores it; a batch becomes a list of these, written in
// one transaction (Store::write).
struct StoreOp {
    enum class Kind { PutCell, DeleteCell, PutRow, DeleteRow, PutText, DeleteText, PutSubject, DeleteSubject, PutMeta, PutCount,
                      DeleteCount, ClearEvaluations, PutEvaluation };
    Kind kind;
    QString a;     // address, table id, text key, subject code, meta key
    QString b;     // 项 code, text, subject name, meta value
    qint64 fen = 0; // PutCell: the amount in 分; PutCount: the count; PutEvaluation: its position (b: its JSON)
};

} // namespace fa
