#pragma once

#include <QCommandLineOption>
#include <QList>
#include <QString>

namespace stridewell::cli {

class Context;

// One command of the command-line contract: its words, help, options and what it runs.
struct Command
{
    QString name;     // "log run"
    QString synopsis; // arguments, for the help
    QString summary;  // one line
    QList<QCommandLineOption> options;
    QList<std::pair<QString, QString>> positionals; // name, description
    int (*run)(Context& ctx);
};

// Each group lives in its own file; the list of all commands is assembled in cli.cpp.
QList<Command> entryCommands();       // athlete, log, shoe
QList<Command> editCommands();        // edit, delete
QList<Command> dataCommands();        // runs, export, import-bundle
QList<Command> importCommands();      // import, inspect
QList<Command> analysisCommands();    // weeks, flags
QList<Command> adviceCommands();      // plan
QList<Command> episodeCommands();     // episode list/start/end
QList<Command> maintenanceCommands(); // demo, check, backup
// Commands that draw (report): they need a QApplication, see needsGuiApplication() in cli.h.
QList<Command> reportCommands(); // report

} // namespace stridewell::cli
