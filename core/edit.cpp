#include "edit.h"

namespace fa {

Edit Edit::setValue(const QString &address, std::optional<Money> value)
{
    return {.kind = Kind::SetValue, .key = address, .value = value};
}

Edit Edit::setText(const QString &key, const QString &text)
{
    return {.kind = Kind::SetText, .key = key, .text = text};
}

Edit Edit::addRow(const QString &table, const QString &code)
{
    return {.kind = Kind::AddRow, .key = table, .code = code};
}

Edit Edit::removeRow(const QString &table, const QString &code)
{
    return {.kind = Kind::RemoveRow, .key = table, .code = code};
}

Edit Edit::setUnit(const UnitInfo &unit)
{
    return {.kind = Kind::SetUnit, .unit = unit};
}

Edit Edit::setSubjectName(const QString &code, const QString &name)
{
    return {.kind = Kind::SetSubjectName, .code = code, .text = name};
}

Edit Edit::setCount(const QString &key, std::optional<qint64> count)
{
    return {.kind = Kind::SetCount, .key = key, .count = count};
}

Edit Edit::setEvaluations(std::vector<Evaluation> evaluations)
{
    return {.kind = Kind::SetEvaluations, .evaluations = std::move(evaluations)};
}

} // namespace fa
