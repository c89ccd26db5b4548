#pragma once

#include <QApplication>
#include <QDir>
#include <QTimer>
#include <QWidget>
#include <functional>

namespace stridewell::test {

// Runs `fill` on the next modal dialog that opens (from a blocking exec()).
inline void whenDialogOpens(std::function<void(QWidget*)> fill)
{
    auto* timer = new QTimer;
    timer->setInterval(10);
    QObject::connect(timer, &QTimer::timeout, [timer, fill] {
        if (QWidget* modal = QApplication::activeModalWidget()) {
            timer->stop();
            timer->deleteLater();
            fill(modal);
        }
    });
    timer->start();
}

// Saves a picture of the widget for a person to look at (build/screenshots).
inline void screenshot(QWidget* widget, const QString& name)
{
    QDir().mkpath(QStringLiteral(STRIDEWELL_SCREENSHOT_DIR));
    QApplication::processEvents(); // pending layouts, as a user would see them
    widget->grab().save(QStringLiteral(STRIDEWELL_SCREENSHOT_DIR "/") + name +
                        QStringLiteral(".png"));
}

} // namespace stridewell::test
