#pragma once

// The bundle tests' look straight into SQLite, past the repositories: for the core tests, which
// link Qt6::Sql (the UI tests count through the repositories, as the window does).
#include "bundle/bundle_file.h"
#include "bundle/content_digest.h"
#include "storage/database.h"
#include "storage/sql_connection.h"
#include "support/raw_sql.h"

#include <QMap>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <gtest/gtest.h>

namespace stridewell::test {

// Rows per table, straight from SQLite: what "nothing was written" is checked against.
inline QMap<QString, int> rowCounts(core::Database& db)
{
    QMap<QString, int> counts;
    for (const char* table : {"athlete", "shoe", "run", "run_samples", "symptom", "calf_test",
                              "strength_session", "setting"}) {
        QSqlQuery q(core::sqlConnection(db));
        EXPECT_TRUE(q.exec(QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table))));
        q.next();
        counts.insert(QLatin1String(table), q.value(0).toInt());
    }
    return counts;
}

// Writes the bundle's checksum again after rawSql changed it, as a tampering writer would: what
// is checked then is what the merge makes of the rows themselves.
inline void reseal(const QString& path)
{
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("bundle-reseal"));
        db.setDatabaseName(path);
        ASSERT_TRUE(db.open());
        auto digest = core::bundle_format::contentDigest(db);
        ASSERT_TRUE(digest) << digest.message().toStdString();
        QSqlQuery q(db);
        q.prepare(QStringLiteral("INSERT OR REPLACE INTO setting (key, value) VALUES (?, ?)"));
        q.addBindValue(QString::fromLatin1(core::bundle_format::kDigestKey));
        q.addBindValue(QString::fromLatin1(*digest));
        ASSERT_TRUE(q.exec());
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("bundle-reseal"));
}

} // namespace stridewell::test
