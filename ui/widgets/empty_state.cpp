#include "widgets/empty_state.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace stridewell::ui {

EmptyState::EmptyState(const QString& title, const QString& text, const QString& action,
                       QWidget* parent)
    : QWidget(parent), m_button(new QPushButton(action, this))
{
    auto* heading = new QLabel(title, this);
    QFont big = heading->font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    big.setBold(true);
    heading->setFont(big);
    heading->setAlignment(Qt::AlignCenter);
    heading->setWordWrap(true);
    auto* body = new QLabel(text, this);
    body->setWordWrap(true);
    body->setAlignment(Qt::AlignCenter);
    body->setFixedWidth(480); // fixed, so the wrapped text gets its full height
    m_button->setDefault(true);
    // Centred by stretches, not an alignment flag: an aligned item ignores heightForWidth and
    // would clip the wrapped text.
    auto* centred = new QHBoxLayout;
    centred->addStretch(1);
    centred->addWidget(body);
    centred->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->addStretch(2);
    layout->addWidget(heading);
    layout->addSpacing(8);
    layout->addLayout(centred);
    layout->addSpacing(16);
    layout->addWidget(m_button, 0, Qt::AlignHCenter);
    layout->addStretch(3);
}

} // namespace stridewell::ui
