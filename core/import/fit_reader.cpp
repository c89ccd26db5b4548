#include "import/fit_reader.h"

#include "import/fit/fit_activity_builder.h"
#include "import/fit/fit_decoder.h"

namespace stridewell::core::fit {

Result<ParsedFile> read(const QByteArray& data, const QString& fileName, const ReadOptions& options)
{
    Decoder decoder(data, fileName, options.salvage);
    ActivityBuilder builder;
    if (Status ok = decoder.run(builder); !ok)
        return ok.error();
    ParsedFile file;
    file.format = QStringLiteral("fit");
    file.notes = decoder.notes();
    auto activities = builder.finish(fileName, file.notes);
    if (!activities) {
        if (decoder.damaged())
            return fail(activities.message() +
                        QStringLiteral(" (the file is damaged: %1)").arg(decoder.damage()));
        return activities.error();
    }
    file.activities = std::move(*activities);
    if (decoder.damaged()) {
        const QString note =
            QStringLiteral("Salvaged from a damaged file (%1): only the readable part was "
                           "imported.")
                .arg(decoder.damage());
        file.notes.prepend(QStringLiteral("salvaged: %1").arg(decoder.damage()));
        for (ParsedActivity& a : file.activities)
            a.notes = a.notes.isEmpty() ? note : a.notes + QLatin1Char('\n') + note;
    }
    return file;
}

} // namespace stridewell::core::fit
