#pragma once

// Reading a PDF as a person would, with poppler-utils (pdftotext, pdftoppm, pdfinfo; installed
// by scripts/deps.sh). A missing tool fails the test that needs it: it never skips.
#include <QDir>
#include <QProcess>
#include <QRegularExpression>
#include <QString>
#include <QStringList>
#include <gtest/gtest.h>

namespace stridewell::test {

// Runs a poppler tool; its stdout, or an empty string after a test failure.
inline QString poppler(const QString& tool, const QStringList& args)
{
    QProcess p;
    p.start(tool, args);
    if (!p.waitForStarted(10000)) {
        ADD_FAILURE() << tool.toStdString()
                      << " did not start: install poppler-utils (scripts/deps.sh lists it)";
        return {};
    }
    if (!p.waitForFinished(60000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        ADD_FAILURE() << tool.toStdString() << " " << args.join(QLatin1Char(' ')).toStdString()
                      << " failed: " << p.readAllStandardError().toStdString();
        return {};
    }
    return QString::fromUtf8(p.readAllStandardOutput());
}

// The text of the PDF: in reading order, a table cell by cell and row by row (each cell's
// lines together), or with `layout` as laid out on the page, a table row's cells side by side.
inline QString pdfText(const QString& pdf, bool layout = false)
{
    QStringList args = {pdf, QStringLiteral("-")};
    if (layout)
        args.prepend(QStringLiteral("-layout"));
    return poppler(QStringLiteral("pdftotext"), args);
}

// The text in reading order with every run of white space as one space: what a search finds.
inline QString pdfWords(const QString& pdf)
{
    return pdfText(pdf).simplified();
}

inline QString pdfInfo(const QString& pdf)
{
    return poppler(QStringLiteral("pdfinfo"), {pdf});
}

inline int pdfPageCount(const QString& pdf)
{
    const QRegularExpressionMatch m =
        QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(pdfInfo(pdf));
    return m.hasMatch() ? m.captured(1).toInt() : -1;
}

// "595 x 842 pts (A4)", as pdfinfo gives the first page's size.
inline QString pdfPageSize(const QString& pdf)
{
    const QRegularExpressionMatch m =
        QRegularExpression(QStringLiteral("Page size:\\s+(.*)")).match(pdfInfo(pdf));
    return m.hasMatch() ? m.captured(1).trimmed() : QString();
}

// Renders every page to PNG (prefix-1.png, prefix-2.png, ...) and returns their paths.
inline QStringList renderPages(const QString& pdf, const QString& prefix, int dpi = 60)
{
    poppler(QStringLiteral("pdftoppm"),
            {QStringLiteral("-png"), QStringLiteral("-r"), QString::number(dpi), pdf, prefix});
    const QFileInfo info(prefix);
    QStringList pages;
    for (const QFileInfo& f :
         QDir(info.absolutePath())
             .entryInfoList({info.fileName() + QStringLiteral("-*.png")}, QDir::Files, QDir::Name))
        pages << f.absoluteFilePath();
    return pages;
}

} // namespace stridewell::test
