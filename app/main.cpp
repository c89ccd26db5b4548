// Stridewell: a command runs without a window; no command opens the main window.
#include "cli/cli.h"
#include "import/file_access.h"
#include "log_claim.h"
#include "main_window.h"
#include "preferences.h"
#include "preferences_store.h"
#include "storage/database.h"
#include "translations.h"
#include "version.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QSettings>

namespace {

QStringList argumentsOf(int argc, char** argv)
{
    QStringList args;
    for (int i = 0; i < argc; ++i)
        args << stridewell::core::file_access::decodeName(argv[i]); // keeps non-UTF-8 names
    return args;
}

QtMessageHandler qtDefaultHandler = nullptr;

// A command's stderr carries its own errors and notes. Qt's remark that a server session has
// no XDG_RUNTIME_DIR (it falls back to /tmp) is not one the user can act on there.
void quietRuntimeDirWarning(QtMsgType type, const QMessageLogContext& context, const QString& msg)
{
    if (type == QtWarningMsg && msg.startsWith(QLatin1String("QStandardPaths: XDG_RUNTIME_DIR")))
        return;
    qtDefaultHandler(type, context, msg);
}

} // namespace

int main(int argc, char** argv)
{
    const QStringList args = argumentsOf(argc, argv);
    if (stridewell::cli::needsGuiApplication(args)) {
        // Drawing charts needs a QApplication; the offscreen platform needs no display and
        // lays the PDF out the same on every machine (unless QT_QPA_PLATFORM says otherwise).
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        qtDefaultHandler = qInstallMessageHandler(quietRuntimeDirWarning);
        QApplication app(argc, argv);
        QApplication::setApplicationName(QStringLiteral("stridewell"));
        QApplication::setApplicationVersion(stridewell::core::appVersion());
        stridewell::ui::installTranslations();
        return stridewell::cli::run(args);
    }
    if (stridewell::cli::isCommandLineInvocation(args)) {
        QCoreApplication app(argc, argv);
        QCoreApplication::setApplicationName(QStringLiteral("stridewell"));
        return stridewell::cli::run(args);
    }

    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("stridewell"));
    QApplication::setApplicationDisplayName(QStringLiteral("Stridewell"));
    QApplication::setApplicationVersion(stridewell::core::appVersion());
    QApplication::setDesktopFileName(QStringLiteral("stridewell"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/stridewell.svg")));
    stridewell::ui::installTranslations();

    QCommandLineParser parser;
    parser.addOption({QStringLiteral("db"), QStringLiteral("log file"), QStringLiteral("PATH")});
    parser.addOption(
        {QStringLiteral("units"), QStringLiteral("km or mi"), QStringLiteral("UNITS")});
    parser.process(app);

    QSettings settings;
    stridewell::ui::Preferences prefs = stridewell::app::loadPreferences(settings);
    if (parser.isSet(QStringLiteral("units")))
        prefs.unit = parser.value(QStringLiteral("units")) == QLatin1String("mi")
                         ? stridewell::ui::DistanceUnit::Mi
                         : stridewell::ui::DistanceUnit::Km;
    prefs.defaultLogPath = stridewell::core::Database::defaultPath();
    QString path = parser.value(QStringLiteral("db"));
    if (path.isEmpty() && qEnvironmentVariableIsEmpty("STRIDEWELL_DB"))
        path = settings.value(QStringLiteral("lastLog")).toString();
    if (path.isEmpty())
        path = prefs.defaultLogPath;
    // One window per log: when one has it open already, that one comes forward instead.
    if (stridewell::ui::LogClaim::bringForward(path))
        return 0;

    stridewell::ui::MainWindow window(prefs);
    QObject::connect(&window, &stridewell::ui::MainWindow::preferencesChanged,
                     [&settings](const stridewell::ui::Preferences& p) {
                         stridewell::app::savePreferences(settings, p);
                     });
    QObject::connect(&window, &stridewell::ui::MainWindow::logOpened,
                     [&settings](const QString& opened) {
                         settings.setValue(QStringLiteral("lastLog"), opened);
                     });
    window.openLog(path);
    window.show();
    return app.exec();
}
