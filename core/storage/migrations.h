#pragma once

#include <QStringList>
#include <span>

namespace stridewell::core {

// One schema step: brings a log from version - 1 to version. Statements name their columns.
struct Migration
{
    int version;
    const char* description;
    QStringList statements;
    // A step that rebuilds a table other tables point to (SQLite's 12-step ALTER procedure):
    // foreign keys are off while it runs, and PRAGMA foreign_key_check must find nothing before
    // it commits.
    bool rebuildsTables = false;
};

std::span<const Migration> migrations();

} // namespace stridewell::core
