#include "application.h"
#include "mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFileInfo>
#include <QSettings>
#include <QTimer>

#include <cstdio>

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    // --lang must be known before anything is translated.
    QString language;
    for (int i = 1; i < argc; ++i) {
        const QString a = QString::fromLocal8Bit(argv[i]);
        if (a == QStringLiteral("--lang") && i + 1 < argc)
            language = QString::fromLocal8Bit(argv[i + 1]);
        else if (a.startsWith(QStringLiteral("--lang=")))
            language = a.mid(7);
    }
    fa::ui::setUpApplication(app, language);

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("main", "Editor of the annual final accounts disclosure (部门决算公开)."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("file"), QCoreApplication::translate("main", "The document to open (.fadb)."),
                                 QStringLiteral("[FILE]"));
    const QCommandLineOption readOnly(QStringLiteral("read-only"), QCoreApplication::translate("main", "Open the document read-only."));
    const QCommandLineOption gotoCell(QStringLiteral("goto"),
                                      QCoreApplication::translate("main", "Show the cell at ADDRESS (as `check` prints it), ready to type into."),
                                      QStringLiteral("ADDRESS"));
    const QCommandLineOption lang(QStringLiteral("lang"), QCoreApplication::translate("main", "The language: zh_CN (default) or en."),
                                  QStringLiteral("LANG"));
    const QCommandLineOption screenshot(QStringLiteral("screenshot"),
                                        QCoreApplication::translate("main", "Save a picture of the window to PNG and quit."),
                                        QStringLiteral("PNG"));
    const QCommandLineOption page(QStringLiteral("page"),
                                  QCoreApplication::translate("main", "Show the tab PAGE: overview, explanation, glossary, "
                                                                      "performance, counts, unit, a table (t01…x01) or a tab's label."),
                                  QStringLiteral("PAGE"));
    const QCommandLineOption evaluation(QStringLiteral("evaluation"),
                                        QCoreApplication::translate("main", "Show the Nth 绩效自评 table (1 = the first)."),
                                        QStringLiteral("N"));
    parser.addOptions({readOnly, gotoCell, lang, screenshot, page, evaluation});
    parser.process(app);
    if (parser.isSet(lang))
        QSettings().setValue(QStringLiteral("view/language"), fa::ui::currentLanguage());

    fa::ui::MainWindow window;
    QString file = parser.positionalArguments().value(0);
    if (file.isEmpty()) {
        const QString last = QSettings().value(QStringLiteral("files/last")).toString();
        if (!last.isEmpty() && QFileInfo::exists(last))
            file = last;
    }
    if (!file.isEmpty())
        window.openFile(file, parser.isSet(readOnly));
    window.show();
    // After show(): the view knows its size, so the cell can be scrolled to the middle.
    if (parser.isSet(gotoCell) && !window.gotoAddress(parser.value(gotoCell)))
        std::fprintf(stderr, "%s\n",
                     qPrintable(QCoreApplication::translate("main", "--goto: there is no cell “%1” in this document.")
                                    .arg(parser.value(gotoCell))));
    if (parser.isSet(page) && !window.showPage(parser.value(page)))
        std::fprintf(stderr, "%s\n",
                     qPrintable(QCoreApplication::translate("main", "--page: there is no page “%1”.").arg(parser.value(page))));
    if (parser.isSet(evaluation)) {
        bool ok = false;
        const int n = parser.value(evaluation).toInt(&ok);
        if (!ok || !window.showEvaluation(n - 1))
            std::fprintf(stderr, "%s\n",
                         qPrintable(QCoreApplication::translate("main", "--evaluation: there is no 绩效自评 table %1 in this document.")
                                        .arg(parser.value(evaluation))));
    }
    if (parser.isSet(screenshot)) {
        const QString png = parser.value(screenshot);
        QTimer::singleShot(300, &window, [&window, png] {
            const bool ok = window.grab().save(png);
            std::fprintf(ok ? stdout : stderr, "%s %s\n", ok ? "screenshot:" : "could not write", qPrintable(png));
            QApplication::exit(ok ? 0 : 1);
        });
    }
    return app.exec();
}
