#pragma once

#include "model/flag.h"

#include <QFrame>
#include <optional>

class QLabel;

namespace stridewell::ui {

// A dashboard card: a title, a big figure (with the severity's icon and word when it matters),
// a line of context. Hovering shows how the figure was computed; clicking (or Enter/Space when
// focused) asks for the same explanation to be shown.
class MetricCard : public QFrame
{
    Q_OBJECT
public:
    explicit MetricCard(QWidget* parent = nullptr);

    void setContent(const QString& title, const QString& value, const QString& detail,
                    const QString& how, std::optional<core::Severity> severity);
    QString title() const;
    QString value() const;
    QString detail() const;
    QString how() const { return m_how; }
    std::optional<core::Severity> severity() const { return m_severity; }

Q_SIGNALS:
    void explainRequested(const QString& title, const QString& how);

protected:
    void mouseReleaseEvent(QMouseEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;

private:
    QLabel* m_title;
    QLabel* m_icon;
    QLabel* m_value;
    QLabel* m_severityWord;
    QLabel* m_detail;
    QString m_how;
    std::optional<core::Severity> m_severity;
};

} // namespace stridewell::ui
