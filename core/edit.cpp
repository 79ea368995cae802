#include "edit.h"

namespace fa {

Edit Edit::setValue(const QString &address, std::optional<Money> value)
{
    Edit e;
    e.kind = Kind::SetValue;
    e.key = address;
    e.value = value;
    return e;
}

Edit Edit::setText(const QString &key, const QString &text)
{
    Edit e;
    e.kind = Kind::SetText;
    e.key = key;
    e.text = text;
    return e;
}

Edit Edit::addRow(const QString &table, const QString &code)
{
    Edit e;
    e.kind = Kind::AddRow;
    e.key = table;
    e.code = code;
    return e;
}

Edit Edit::removeRow(const QString &table, const QString &code)
{
    Edit e;
    e.kind = Kind::RemoveRow;
    e.key = table;
    e.code = code;
    return e;
}

Edit Edit::setUnit(const UnitInfo &unit)
{
    Edit e;
    e.kind = Kind::SetUnit;
    e.unit = unit;
    return e;
}

Edit Edit::setSubjectName(const QString &code, const QString &name)
{
    Edit e;
    e.kind = Kind::SetSubjectName;
    e.code = code;
    e.text = name;
    return e;
}

Edit Edit::setCount(const QString &key, std::optional<qint64> count)
{
    Edit e;
    e.kind = Kind::SetCount;
    e.key = key;
    e.count = count;
    return e;
}

} // namespace fa
