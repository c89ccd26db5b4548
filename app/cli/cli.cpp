#include "cli/cli.h"

#include "cli/commands.h"
#include "cli/context.h"
#include "storage/database.h"
#include "version.h"

#include <QCommandLineParser>
#include <QTextStream>
#include <cstdio>

namespace stridewell::cli {

namespace {

const QList<Command>& allCommands()
{
    static const QList<Command> commands = [] {
        QList<Command> all = entryCommands();
        all += editCommands();
        all += importCommands();
        all += dataCommands();
        all += analysisCommands();
        all += adviceCommands();
        all += episodeCommands();
        all += maintenanceCommands();
        all += reportCommands();
        return all;
    }();
    return commands;
}

QList<QCommandLineOption> globalOptions()
{
    return {
        {QStringLiteral("db"),
         QStringLiteral("The log file (default: $STRIDEWELL_DB, else %1).")
             .arg(core::Database::defaultPath()),
         QStringLiteral("PATH")},
        {QStringLiteral("units"), QStringLiteral("Distances in output: km or mi (default km)."),
         QStringLiteral("km|mi")},
        {{QStringLiteral("h"), QStringLiteral("help")},
         QStringLiteral("Show help (for a command: stridewell COMMAND --help).")},
        {{QStringLiteral("v"), QStringLiteral("version")}, QStringLiteral("Show the version.")},
    };
}

bool takesValue(const QString& arg)
{
    return arg == QLatin1String("--db") || arg == QLatin1String("--units");
}

// The words before the first option that are not global-option values: "log", "run".
QStringList commandWords(const QStringList& arguments)
{
    QStringList words;
    for (int i = 1; i < arguments.size(); ++i) {
        const QString& a = arguments[i];
        if (takesValue(a)) {
            ++i;
            continue;
        }
        if (a.startsWith(QLatin1Char('-')))
            continue;
        words << a;
        if (words.size() == 2)
            break;
    }
    return words;
}

const Command* findCommand(const QStringList& words)
{
    for (const Command& c : allCommands()) {
        const QStringList parts = c.name.split(QLatin1Char(' '));
        if (words.size() >= parts.size() && words.mid(0, parts.size()) == parts)
            return &c;
    }
    return nullptr;
}

// The commands whose first word is `word`: "log" -> log run, log symptom ...
QList<const Command*> commandGroup(const QString& word)
{
    QList<const Command*> group;
    for (const Command& c : allCommands())
        if (c.name.startsWith(word + QLatin1Char(' ')))
            group << &c;
    return group;
}

QString groupNames(const QList<const Command*>& group)
{
    QStringList names;
    for (const Command* c : group)
        names << c->name;
    return names.join(QStringLiteral(", "));
}

QString generalHelp()
{
    QString text;
    QTextStream s(&text);
    s << "Stridewell " << core::appVersion()
      << ": a training log that links running load, calf symptoms and strength work.\n\n"
      << "Usage: stridewell [--db PATH] [--units km|mi]            open the window\n"
      << "       stridewell [--db PATH] [--units km|mi] COMMAND ...  run one command and exit\n\n"
      << "Commands:\n";
    for (const Command& c : allCommands())
        s << "  " << (c.name + QLatin1Char(' ') + c.synopsis).trimmed() << "\n      " << c.summary
          << "\n";
    s << "\nGlobal options:\n";
    for (const QCommandLineOption& o : globalOptions())
        s << "  --" << o.names().last()
          << (o.valueName().isEmpty() ? QString() : QLatin1Char(' ') + o.valueName()) << "\n      "
          << o.description() << "\n";
    s << "\nDates are YYYY-MM-DD. Exit codes: 0 success, 1 the command failed or some input was "
         "rejected, 2 a usage error.\nErrors go to stderr as \"stridewell: error: <what>: "
         "<reason>\".\n";
    return text;
}

QString commandHelp(const Command& c)
{
    QString text;
    QTextStream s(&text);
    s << "Usage: stridewell " << (c.name + QLatin1Char(' ') + c.synopsis).trimmed() << "\n\n"
      << c.summary << "\n";
    if (!c.positionals.isEmpty()) {
        s << "\nArguments:\n";
        for (const auto& [name, description] : c.positionals)
            s << "  " << name << "\n      " << description << "\n";
    }
    if (!c.options.isEmpty()) {
        s << "\nOptions:\n";
        for (const QCommandLineOption& o : c.options)
            s << "  --" << o.names().last()
              << (o.valueName().isEmpty() ? QString() : QLatin1Char(' ') + o.valueName())
              << "\n      " << o.description() << "\n";
    }
    s << "\nGlobal options: --db PATH, --units km|mi, --help\n";
    return text;
}

QString groupHelp(const QString& word, const QList<const Command*>& group)
{
    QString text;
    QTextStream s(&text);
    s << "The " << word << " commands:\n";
    for (const Command* c : group)
        s << "  " << (c->name + QLatin1Char(' ') + c->synopsis).trimmed() << "\n      "
          << c->summary << "\n";
    s << "\nOne command's arguments and options: stridewell " << group.front()->name
      << " --help (and so on).\nGlobal options: --db PATH, --units km|mi, --help\n";
    return text;
}

void printUsageError(const QString& message, const QString& helpHint)
{
    QTextStream err(stderr);
    err << "stridewell: error: " << message << "\n(see: stridewell " << helpHint << "--help)\n";
}

} // namespace

bool isCommandLineInvocation(const QStringList& arguments)
{
    if (!commandWords(arguments).isEmpty())
        return true;
    for (int i = 1; i < arguments.size(); ++i) {
        const QString& a = arguments[i];
        if (takesValue(a)) {
            ++i;
            continue;
        }
        if (a.startsWith(QLatin1Char('-')))
            return true; // --help, --version, or an unknown option to complain about
    }
    return false;
}

bool needsGuiApplication(const QStringList& arguments)
{
    const QStringList words = commandWords(arguments);
    const Command* command = words.isEmpty() ? nullptr : findCommand(words);
    if (!command)
        return false;
    for (const Command& c : reportCommands())
        if (c.name == command->name)
            return true;
    return false;
}

int run(const QStringList& arguments)
{
    QTextStream out(stdout);
    const QStringList words = commandWords(arguments);
    const Command* command = words.isEmpty() ? nullptr : findCommand(words);

    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    parser.addOptions(globalOptions());
    if (command)
        parser.addOptions(command->options);
    if (!parser.parse(arguments)) {
        printUsageError(command ? QStringLiteral("%1: %2").arg(command->name, parser.errorText())
                                : parser.errorText(),
                        command ? command->name + QLatin1Char(' ') : QString());
        return kUsage;
    }
    if (parser.isSet(QStringLiteral("version"))) {
        out << "stridewell " << core::appVersion() << Qt::endl;
        return kSuccess;
    }
    const QList<const Command*> group =
        command || words.isEmpty() ? QList<const Command*>() : commandGroup(words.front());
    if (parser.isSet(QStringLiteral("help"))) {
        out << (command           ? commandHelp(*command)
                : group.isEmpty() ? generalHelp()
                                  : groupHelp(words.front(), group));
        return kSuccess;
    }
    if (!command) {
        if (words.isEmpty()) {
            printUsageError(QStringLiteral("no command given"), QString());
            return kUsage;
        }
        if (!group.isEmpty()) {
            printUsageError(
                words.size() == 1
                    ? QStringLiteral("%1: say which one (%2)").arg(words.front(), groupNames(group))
                    : QStringLiteral("unknown command \"%1\" (%2)")
                          .arg(words.join(QLatin1Char(' ')), groupNames(group)),
                words.front() + QLatin1Char(' '));
            return kUsage;
        }
        printUsageError(QStringLiteral("unknown command \"%1\"").arg(words.join(QLatin1Char(' '))),
                        QString());
        return kUsage;
    }

    Units units = Units::Km;
    if (parser.isSet(QStringLiteral("units"))) {
        const QString u = parser.value(QStringLiteral("units")).toLower();
        if (u == QLatin1String("mi"))
            units = Units::Mi;
        else if (u != QLatin1String("km")) {
            printUsageError(QStringLiteral("--units: \"%1\" is not km or mi")
                                .arg(parser.value(QStringLiteral("units"))),
                            command->name + QLatin1Char(' '));
            return kUsage;
        }
    }
    for (const QString& name : {QStringLiteral("db"), QStringLiteral("units")})
        if (parser.values(name).size() > 1) {
            printUsageError(QStringLiteral("--%1: given more than once").arg(name),
                            command->name + QLatin1Char(' '));
            return kUsage;
        }
    const QString dbPath = parser.isSet(QStringLiteral("db")) ? parser.value(QStringLiteral("db"))
                                                              : core::Database::defaultPath();
    if (dbPath.isEmpty()) {
        printUsageError(QStringLiteral("--db: empty path"), command->name + QLatin1Char(' '));
        return kUsage;
    }

    // Positionals after the command words belong to the command.
    QStringList rest = parser.positionalArguments();
    rest = rest.mid(command->name.count(QLatin1Char(' ')) + 1);
    const bool variadic = !command->positionals.isEmpty() &&
                          command->positionals.last().first.endsWith(QLatin1String("..."));
    if (rest.size() > command->positionals.size() && !variadic) {
        printUsageError(QStringLiteral("%1: unexpected argument \"%2\"")
                            .arg(command->name, rest.value(command->positionals.size())),
                        command->name + QLatin1Char(' '));
        return kUsage;
    }
    Context ctx(parser, command->name, rest, dbPath, units);
    return command->run(ctx);
}

} // namespace stridewell::cli
