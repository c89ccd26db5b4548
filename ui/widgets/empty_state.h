#pragma once

#include <QWidget>

class QPushButton;

namespace stridewell::ui {

// What a page shows instead of an empty table or chart: a title, a sentence on what will appear
// and how, and the one button that gets the user there.
class EmptyState : public QWidget
{
    Q_OBJECT
public:
    EmptyState(const QString& title, const QString& text, const QString& action,
               QWidget* parent = nullptr);
    QPushButton* button() const { return m_button; }

private:
    QPushButton* m_button;
};

} // namespace stridewell::ui
