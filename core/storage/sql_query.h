#pragma once

#include "result.h"

#include <QSqlQuery>
#include <QVariant>
#include <optional>

namespace stridewell::core {

class Database;

// A prepared statement with positional bound parameters. Every SQL in the app goes through
// this (or QSqlQuery::prepare directly): no value is ever spliced into SQL text.
class SqlQuery
{
public:
    SqlQuery(const Database& db, const QString& sql);

    template <typename T> SqlQuery& bind(const T& value)
    {
        m_query.addBindValue(toVariant(value));
        return *this;
    }

    Status exec();
    bool next() { return m_query.next(); }
    QVariant value(int column) const { return m_query.value(column); }
    qint64 lastInsertId() const { return m_query.lastInsertId().toLongLong(); }
    int rowsAffected() const { return m_query.numRowsAffected(); }

    template <typename T> std::optional<T> optional(int column) const
    {
        const QVariant v = m_query.value(column);
        if (v.isNull())
            return std::nullopt;
        return v.value<T>();
    }

private:
    template <typename T> static QVariant toVariant(const T& value)
    {
        return QVariant::fromValue(value);
    }
    template <typename T> static QVariant toVariant(const std::optional<T>& value)
    {
        return value ? QVariant::fromValue(*value) : QVariant();
    }
    // A null QString would bind SQL NULL; text columns want '' for "no text".
    static QVariant toVariant(const QString& value)
    {
        return value.isNull() ? QVariant(QStringLiteral("")) : QVariant(value);
    }
    static QVariant toVariant(const QVariant& value) { return value; }

    QSqlQuery m_query;
    QString m_sql;
    QString m_path; // the log's file, for messages
    bool m_prepared = false;
};

} // namespace stridewell::core
