#pragma once

#include "model/flag.h"
#include "preferences.h"

#include <QFrame>
#include <vector>

class QLabel;
class QPushButton;
class QVBoxLayout;

namespace stridewell::ui {

// The dashboard card of the flags still worth acting on: one row each (icon, word, what, when),
// most severe first; a row opens the flag's explanation.
class ActiveFlagsCard : public QFrame
{
    Q_OBJECT
public:
    static constexpr int kRows = 3;

    explicit ActiveFlagsCard(QWidget* parent = nullptr);
    // `last` is the newest flag of all, named when none is active.
    void setFlags(const std::vector<core::Flag>& active, const std::optional<core::Flag>& last,
                  int activeDays, DistanceUnit unit);
    QList<QPushButton*> rows() const { return m_rows; }
    QString emptyText() const;

Q_SIGNALS:
    void flagClicked(const core::Flag& flag);
    void allFlagsRequested();

private:
    QVBoxLayout* m_list;
    QLabel* m_empty;
    QPushButton* m_more;
    QList<QPushButton*> m_rows;
};

} // namespace stridewell::ui
