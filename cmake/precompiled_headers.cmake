# Precompiled headers: most of a file's compile time on this code base is spent parsing the
# same Qt (and GoogleTest) headers again. Measured on one UI file (ui/pages/reports_page.cpp):
# 7.9 s of CPU without, 5.8 s with the UI set below; a small model file 3.3 s -> 1.2 s. The
# sets hold only headers most files of a layer include anyway, so a change to them is rare.
# STRIDEWELL_PCH=OFF builds without (useful to check that every file includes what it uses).
option(STRIDEWELL_PCH "Precompile the Qt and GoogleTest headers most files include" ON)

set(stridewell_pch_common
    <QByteArray> <QDate> <QDateTime> <QHash> <QList> <QObject> <QString> <QStringList>
    <QVariant> <algorithm> <cmath> <memory> <optional> <vector>)
# QSqlQuery for core and its tests only: ui has no QtSql on its include path (core links it
# PRIVATE), so ui's set must not bring it in.
set(stridewell_pch_core ${stridewell_pch_common} <QSqlQuery>)
set(stridewell_pch_ui
    ${stridewell_pch_common}
    <QAbstractItemModel> <QAction> <QChart> <QComboBox> <QHBoxLayout> <QHeaderView> <QLabel>
    <QLocale> <QMessageBox> <QPainter> <QPushButton> <QStyle> <QTableView> <QUndoStack>
    <QVBoxLayout> <QWidget>)

# stridewell_precompile(TARGET core|ui [gtest]): the header set of that layer, plus GoogleTest
# for a test executable.
function(stridewell_precompile target layer)
  if(NOT STRIDEWELL_PCH)
    return()
  endif()
  set(headers ${stridewell_pch_${layer}})
  if("gtest" IN_LIST ARGN)
    list(APPEND headers <gtest/gtest.h>)
  endif()
  target_precompile_headers(${target} PRIVATE ${headers})
endfunction()
