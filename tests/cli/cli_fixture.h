#pragma once

// A fresh log per test and helpers to run the built binary on it (end-to-end CLI tests).
#include "support/test_support.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

namespace stridewell::test {

class CliFixture : public ::testing::Test
{
protected:
    QTemporaryDir dir;
    QString db = dir.filePath(QStringLiteral("log.sqlite"));

    ProcessResult sw(QStringList args)
    {
        args.prepend(db);
        args.prepend(QStringLiteral("--db"));
        return runStridewell(args);
    }

    ProcessResult ok(const QStringList& args)
    {
        ProcessResult r = sw(args);
        EXPECT_EQ(r.exitCode, 0) << args.join(QLatin1Char(' ')).toStdString()
                                 << "\nstderr: " << r.err.toStdString();
        return r;
    }

    QJsonArray jsonArray(const QStringList& args)
    {
        ProcessResult r = ok(args);
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(r.out.toUtf8(), &error);
        EXPECT_EQ(error.error, QJsonParseError::NoError) << r.out.toStdString();
        EXPECT_TRUE(r.err.isEmpty()) << r.err.toStdString();
        return doc.array();
    }

    void expectUsageError(const QStringList& args, const char* expected)
    {
        ProcessResult r = sw(args);
        EXPECT_EQ(r.exitCode, 2) << args.join(QLatin1Char(' ')).toStdString() << "\n"
                                 << r.err.toStdString();
        EXPECT_TRUE(r.err.startsWith(QStringLiteral("stridewell: error: "))) << r.err.toStdString();
        EXPECT_TRUE(r.err.contains(QLatin1String(expected)))
            << "stderr: " << r.err.toStdString() << "\nwanted: " << expected;
        EXPECT_TRUE(r.out.isEmpty()) << r.out.toStdString();
    }
};

} // namespace stridewell::test
