#include "texts.h"

#include "address.h"
#include "catalog.h"

namespace fa {

QStringList knownCountKeys()
{
    static const QStringList keys = {
        QStringLiteral("三公/出国团组"),     QStringLiteral("三公/出国人次"),     QStringLiteral("三公/购置车辆"),
        QStringLiteral("三公/车辆保有量"),   QStringLiteral("三公/外宾接待团组"), QStringLiteral("三公/外宾接待人次"),
        QStringLiteral("三公/国内接待团组"), QStringLiteral("三公/国内接待人次"),
    };
    return keys;
}

bool isKnownCountKey(const QString &key)
{
    return knownCountKeys().contains(key);
}

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
