#pragma once

#include <QWidget>

class QLabel;

namespace stridewell::ui {

// The line under a form field that says what is wrong with it (icon + words, never colour alone).
class FieldMessage : public QWidget
{
    Q_OBJECT
public:
    explicit FieldMessage(QWidget* parent = nullptr);
    void setMessage(const QString& text); // empty hides it
    QString message() const;

private:
    QLabel* m_icon;
    QLabel* m_text;
};

// The field with its message underneath, for a form row.
QWidget* withMessage(QWidget* field, FieldMessage* message);

} // namespace stridewell::ui
