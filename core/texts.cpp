#include "texts.h"

#include "address.h"
#include "catalog.h"

namespace fa {

QStringList vehicleKinds()
{
    static const QStringList kinds = {
        QStringLiteral("省级领导干部用车"), QStringLiteral("主要领导干部用车"), QStringLiteral("机要通信用车"),
        QStringLiteral("应急保障用车"),     QStringLiteral("执法执勤用车"),     QStringLiteral("特种专业技术用车"),
        QStringLiteral("离退休干部服务用车"), QStringLiteral("其他用车"),
    };
    return kinds;
}

QString sectionTextKey(int section)
{
    return QStringLiteral("section/%1").arg(section, 2, 10, QLatin1Char('0'));
}

QStringList knownCountKeys()
{
    static const QStringList keys = [] {
        QStringList k = {
            QStringLiteral("三公/出国团组"),     QStringLiteral("三公/出国人次"),     QStringLiteral("三公/购置车辆"),
            QStringLiteral("三公/车辆保有量"),   QStringLiteral("三公/外宾接待团组"), QStringLiteral("三公/外宾接待人次"),
            QStringLiteral("三公/国内接待团组"), QStringLiteral("三公/国内接待人次"),
        };
        for (const QString &kind : vehicleKinds())
            k << QStringLiteral("国有资产/") + kind;
        k << QStringLiteral("国有资产/大型设备");
        for (const char *name : {"目标项目数", "监控项目数", "自评项目数", "评价项目数", "评价问题数", "评价建议数", "优", "良",
                                 "中", "差"})
            k << QStringLiteral("绩效/") + QString::fromUtf8(name);
        return k;
    }();
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
    static const QString glossary = QStringLiteral("glossary/");
    if (key.startsWith(glossary))
        return functionCodeLevel(key.mid(glossary.size())) == SubjectLevel::Item;
    static const QStringList fixed = [] {
        QStringList k = {
            QStringLiteral("reason/t09/合计"), QStringLiteral("reason/t09/因公出国（境）费"),
            QStringLiteral("reason/t09/公务用车购置及运行维护费小计"), QStringLiteral("reason/t09/公务接待费"),
            QStringLiteral("overview/duties"), QStringLiteral("overview/organisation"),
            QStringLiteral("note/三公/公务用车运行维护"), QStringLiteral("note/三公/国内接待"),
            QStringLiteral("note/国有资产/其他用车"), QStringLiteral("performance/management"),
            QStringLiteral("performance/prior"), QStringLiteral("performance/projects"),
            QStringLiteral("performance/evaluation"),
        };
        for (int i = 1; i <= 13; ++i)
            k << sectionTextKey(i);
        return k;
    }();
    return fixed.contains(key);
}

} // namespace fa
