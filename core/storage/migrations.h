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
};

std::span<const Migration> migrations();

} // namespace stridewell::core
