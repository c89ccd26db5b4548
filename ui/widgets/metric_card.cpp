#include "widgets/metric_card.h"

#include "severity_style.h"

#include <QFontMetrics>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QMouseEvent>
#include <QVBoxLayout>

namespace stridewell::ui {

MetricCard::MetricCard(QWidget* parent)
    : QFrame(parent), m_title(new QLabel(this)), m_icon(new QLabel(this)),
      m_value(new QLabel(this)), m_severityWord(new QLabel(this)), m_detail(new QLabel(this))
{
    setFrameShape(QFrame::StyledPanel);
    setFocusPolicy(Qt::StrongFocus);
    setCursor(Qt::PointingHandCursor);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Preferred);
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    QFont big = m_value->font();
    big.setPointSizeF(big.pointSizeF() * 1.7);
    big.setBold(true);
    m_value->setFont(big);
    m_value->setWordWrap(true); // words in place of a figure ("Building a baseline") may wrap
    m_detail->setWordWrap(true);
    m_detail->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_detail->setForegroundRole(QPalette::PlaceholderText);
    QFont bold = m_severityWord->font();
    bold.setBold(true);
    m_severityWord->setFont(bold);

    // The severity (icon and word) has a line of its own under the figure, so neither the
    // title nor the figure ("On hold", "23.1 km") is cut for the word beside it.
    auto* severity = new QHBoxLayout;
    severity->setSpacing(4);
    severity->addWidget(m_icon);
    severity->addWidget(m_severityWord);
    severity->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(10, 8, 10, 8);
    layout->setSpacing(2);
    layout->addWidget(m_title);
    layout->addWidget(m_value);
    layout->addLayout(severity);
    layout->addWidget(m_detail, 1);
    // Room for three lines of detail whatever width the row gives the card (a wrapped label's
    // size hint assumes a wider one).
    setMinimumHeight(16 + 4 + m_title->fontMetrics().height() + QFontMetrics(big).height() +
                     3 * m_detail->fontMetrics().lineSpacing() + 4);
    setMinimumWidth(140);
}

void MetricCard::setContent(const QString& title, const QString& value, const QString& detail,
                            const QString& how, std::optional<core::Severity> severity)
{
    m_title->setText(title);
    m_value->setText(value);
    m_detail->setText(detail);
    m_how = how;
    m_severity = severity;
    m_icon->setVisible(severity.has_value());
    m_severityWord->setVisible(severity.has_value());
    if (severity) {
        m_icon->setPixmap(SeverityStyle::pixmap(*severity, 16, devicePixelRatioF()));
        m_severityWord->setText(SeverityStyle::word(*severity));
    }
    setToolTip(QStringLiteral("<p><b>%1</b></p><p>%2</p>")
                   .arg(title.toHtmlEscaped(), how.toHtmlEscaped()));
    setAccessibleName(tr("%1: %2").arg(title, value));
    setAccessibleDescription(detail);
}

QString MetricCard::title() const
{
    return m_title->text();
}

QString MetricCard::value() const
{
    return m_value->text();
}

QString MetricCard::detail() const
{
    return m_detail->text();
}

void MetricCard::mouseReleaseEvent(QMouseEvent* event)
{
    if (event->button() == Qt::LeftButton && rect().contains(event->position().toPoint()))
        Q_EMIT explainRequested(title(), m_how);
    QFrame::mouseReleaseEvent(event);
}

void MetricCard::keyPressEvent(QKeyEvent* event)
{
    if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter ||
        event->key() == Qt::Key_Space) {
        Q_EMIT explainRequested(title(), m_how);
        return;
    }
    QFrame::keyPressEvent(event);
}

} // namespace stridewell::ui
