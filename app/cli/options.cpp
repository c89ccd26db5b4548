#include "cli/options.h"

#include "cli/context.h"

#include <QCommandLineParser>

namespace stridewell::cli {

QCommandLineOption option(const char* name, const QString& description, const char* valueName)
{
    return valueName ? QCommandLineOption(QString::fromLatin1(name), description,
                                          QString::fromLatin1(valueName))
                     : QCommandLineOption(QString::fromLatin1(name), description);
}

QCommandLineOption athleteOption()
{
    return option("athlete",
                  QStringLiteral("The athlete (may be left out when the log holds only one)."),
                  "NAME");
}

bool isSet(Context& ctx, const char* name)
{
    return ctx.args().isSet(QString::fromLatin1(name));
}

QString value(Context& ctx, const char* name)
{
    return ctx.args().value(QString::fromLatin1(name));
}

} // namespace stridewell::cli
