#include "cli/json_output.h"

#include <QJsonArray>
#include <QJsonObject>

namespace stridewell::cli {

void printJson(QTextStream& out, const QJsonValue& value)
{
    const QJsonDocument doc =
        value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
    out << QString::fromUtf8(doc.toJson(QJsonDocument::Indented));
    out.flush();
}

} // namespace stridewell::cli
