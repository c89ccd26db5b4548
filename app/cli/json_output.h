#pragma once

#include <QJsonDocument>
#include <QJsonValue>
#include <QString>
#include <QTextStream>
#include <optional>

namespace stridewell::cli {

// --json output: UTF-8 JSON on stdout and nothing else.
void printJson(QTextStream& out, const QJsonValue& value);

template <typename T> QJsonValue orNull(const std::optional<T>& v)
{
    return v ? QJsonValue(*v) : QJsonValue(QJsonValue::Null);
}

inline QJsonValue orNull(const QString& text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

} // namespace stridewell::cli
