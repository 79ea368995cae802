#include "texts.h"

#include "address.h"
#include "catalog.h"

namespace fa {

bool isKnownTextKey(const QString &key)
{
    static const QString reason = QStringLiteral("reason/t05/");
    if (key.startsWith(reason)) {
        const QString code = key.mid(reason.size());
        return functionCodeLevel(code) == SubjectLevel::Item;
    }
    static const QString change = QStringLiteral("reason/change/");
    if (key.startsWith(change))
        return CellAddress::parse(key.mid(change.size())).has_value();
    return false;
}

} // namespace fa
