#include "texts.h"

#include "catalog.h"

namespace fa {

bool isKnownTextKey(const QString &key)
{
    static const QString reason = QStringLiteral("reason/t05/");
    if (key.startsWith(reason)) {
        const QString code = key.mid(reason.size());
        return functionCodeLevel(code) == SubjectLevel::Item;
    }
    return false;
}

} // namespace fa
