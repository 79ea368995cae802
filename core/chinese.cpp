#include "chinese.h"

#include <QFile>

namespace fa {

QString chineseNumeral(int n)
{
    static const QString digits = QStringLiteral("零一二三四五六七八九");
    if (n <= 0 || n > 999)
        return QString::number(n);
    if (n < 10)
        return digits.at(n);
    const QString ten = QStringLiteral("十");
    if (n < 100) {
        const int tens = n / 10;
        const int ones = n % 10;
        QString s = tens == 1 ? ten : QString(digits.at(tens)) + ten;
        if (ones)
            s += digits.at(ones);
        return s;
    }
    QString s = QString(digits.at(n / 100)) + QStringLiteral("百");
    const int rest = n % 100;
    if (rest == 0)
        return s;
    if (rest < 10)
        return s + digits.at(0) + digits.at(rest);
    // Inside a number 十 takes its digit: 一百一十, not 一百十.
    return s + (rest < 20 ? QString(digits.at(1)) + chineseNumeral(rest) : chineseNumeral(rest));
}

QString builtinText(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("missing built-in resource %s", qPrintable(path));
    return QString::fromUtf8(f.readAll());
}

} // namespace fa
