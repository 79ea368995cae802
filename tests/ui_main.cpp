#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include <QApplication>
#include <QFile>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>

namespace {
QtMessageHandler g_defaultHandler = nullptr;

// The offscreen platform says this about every window shown; it tells nothing about the tests.
void messageHandler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (message.contains(QLatin1String("does not support propagateSizeHints")))
        return;
    g_defaultHandler(type, context, message);
}
} // namespace

int main(int argc, char **argv)
{
    g_defaultHandler = qInstallMessageHandler(messageHandler);
    // catch_discover_tests runs this binary at build time without the test environment: no display
    // is needed, ever.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    // The editor remembers windows, recent files and the language in QSettings and keeps samples
    // in its data folder: the tests keep theirs apart from the user's, before anything reads them.
    QStandardPaths::setTestModeEnabled(true);
    QTemporaryDir runtimeDir; // owner-only, as Qt wants it
    if (qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR") && runtimeDir.isValid())
        qputenv("XDG_RUNTIME_DIR", QFile::encodeName(runtimeDir.path()));
    QTemporaryDir settingsDir;
    if (settingsDir.isValid()) {
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, settingsDir.path());
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, settingsDir.path());
    }
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("final-accounts-tests"));
    QCoreApplication::setApplicationName(QStringLiteral("fa_ui_tests"));
    return Catch::Session().run(argc, argv);
}
