#include "application.h"

#include <QApplication>
#include <QFontDatabase>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

namespace fa::ui {

namespace {
QString g_language = QStringLiteral("zh_CN");
}

void setUpApplication(QApplication &app, const QString &language)
{
    QCoreApplication::setOrganizationName(QStringLiteral("final-accounts"));
    QCoreApplication::setApplicationName(QStringLiteral("final-accounts"));
    QCoreApplication::setApplicationVersion(QStringLiteral(FA_VERSION));
    QGuiApplication::setApplicationDisplayName(QStringLiteral("部门决算公开"));

    QString lang = language;
    if (lang.isEmpty())
        lang = QSettings().value(QStringLiteral("view/language"), QStringLiteral("zh_CN")).toString();
    g_language = lang == QStringLiteral("en") ? QStringLiteral("en") : QStringLiteral("zh_CN");
    if (g_language == QStringLiteral("zh_CN")) {
        QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::China));
        auto *qt = new QTranslator(&app);
        if (qt->load(QStringLiteral("qtbase_zh_CN"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
            QCoreApplication::installTranslator(qt);
        auto *ours = new QTranslator(&app);
        if (ours->load(QStringLiteral(":/i18n/final-accounts_zh_CN.qm")))
            QCoreApplication::installTranslator(ours);
    } else {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    }

    // One CJK font, the same on every machine that has it: the setup installs WenQuanYi Micro Hei.
    const QStringList families = QFontDatabase::families();
    for (const QString &family : {QStringLiteral("WenQuanYi Micro Hei"), QStringLiteral("Noto Sans CJK SC"),
                                  QStringLiteral("Noto Sans SC"), QStringLiteral("Source Han Sans SC")}) {
        if (families.contains(family)) {
            QFont font(family);
            font.setPointSizeF(app.font().pointSizeF() > 0 ? app.font().pointSizeF() : 10);
            app.setFont(font);
            break;
        }
    }
}

QString currentLanguage()
{
    return g_language;
}

} // namespace fa::ui
