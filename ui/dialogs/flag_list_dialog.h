#pragma once

#include "model/flag.h"
#include "preferences.h"

#include <QDialog>
#include <vector>

class QListWidget;

namespace stridewell::ui {

// Every flag event of the athlete, newest first; Enter or a double-click explains one.
class FlagListDialog : public QDialog
{
    Q_OBJECT
public:
    FlagListDialog(std::vector<core::Flag> flags, DistanceUnit unit, QWidget* parent = nullptr);
    QListWidget* list() const { return m_list; }

private:
    std::vector<core::Flag> m_flags;
    DistanceUnit m_unit;
    QListWidget* m_list;
};

} // namespace stridewell::ui
