#include "dialogs/flag_list_dialog.h"

#include "dialogs/flag_details_dialog.h"
#include "flag_format.h"
#include "severity_style.h"

#include <QDialogButtonBox>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace stridewell::ui {

FlagListDialog::FlagListDialog(std::vector<core::Flag> flags,
                               const core::AnalysisSettings& settings, DistanceUnit unit,
                               QWidget* parent)
    : QDialog(parent), m_flags(std::move(flags)), m_settings(settings), m_unit(unit),
      m_list(new QListWidget(this))
{
    setWindowTitle(tr("All flags"));
    resize(560, 420);
    m_list->setAccessibleName(tr("Flags"));
    const QLocale locale;
    for (int i = int(m_flags.size()) - 1; i >= 0; --i) {
        const core::Flag& f = m_flags[std::size_t(i)];
        auto* item = new QListWidgetItem(
            SeverityStyle::icon(f.severity),
            tr("%1   %2 · %3")
                .arg(locale.toString(f.date, QStringLiteral("yyyy-MM-dd")),
                     SeverityStyle::word(f.severity), FlagFormat::summary(f, unit)),
            m_list);
        item->setData(Qt::UserRole, i);
        item->setToolTip(f.message);
    }
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton* explain = buttons->addButton(tr("&Explain…"), QDialogButtonBox::ActionRole);
    auto open = [this] {
        if (QListWidgetItem* item = m_list->currentItem()) {
            FlagDetailsDialog details(m_flags[std::size_t(item->data(Qt::UserRole).toInt())],
                                      m_settings, m_unit, this);
            details.exec();
        }
    };
    connect(explain, &QPushButton::clicked, this, open);
    connect(m_list, &QListWidget::itemActivated, this, open);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_list);
    layout->addWidget(buttons);
    if (m_list->count() > 0)
        m_list->setCurrentRow(0);
}

} // namespace stridewell::ui
