#include "address.h"

#include <QStringList>

namespace fa {

std::optional<CellAddress> CellAddress::parse(const QString &text)
{
    const QStringList parts = text.split(QLatin1Char('/'));
    if (parts.size() != 3)
        return std::nullopt;
    for (const QString &p : parts) {
        if (p.isEmpty() || p.trimmed() != p)
            return std::nullopt;
    }
    return CellAddress{parts.at(0), parts.at(1), parts.at(2)};
}

} // namespace fa
