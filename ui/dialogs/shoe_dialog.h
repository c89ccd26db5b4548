#pragma once

#include "model/shoe.h"
#include "preferences.h"

#include <QDialog>
#include <QStringList>

class QCheckBox;
class QDialogButtonBox;
class QLineEdit;

namespace stridewell::ui {

class FieldMessage;

// Add or edit a pair of shoes: name, the distance after which to replace them, and what was
// already run in them before they were tracked. Validates as the user types.
class ShoeDialog : public QDialog
{
    Q_OBJECT
public:
    // `takenNames`: the athlete's other shoes, which a new name must not repeat.
    ShoeDialog(DistanceUnit unit, QStringList takenNames, QWidget* parent = nullptr);

    void setShoe(const core::Shoe& shoe);
    core::Shoe shoe() const;

    bool isValid() const;
    QLineEdit* nameEdit() const { return m_name; }
    QLineEdit* limitEdit() const { return m_limit; }
    QLineEdit* startEdit() const { return m_start; }
    QString messageFor(const QWidget* field) const;

private:
    void validate();

    DistanceUnit m_unit;
    QStringList m_taken;
    core::Shoe m_original;
    QLineEdit* m_name;
    QLineEdit* m_limit;
    QLineEdit* m_start;
    QCheckBox* m_retired;
    FieldMessage* m_nameMsg;
    FieldMessage* m_limitMsg;
    FieldMessage* m_startMsg;
    QDialogButtonBox* m_buttons;
};

} // namespace stridewell::ui
