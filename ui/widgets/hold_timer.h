#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QTimer;

namespace stridewell::ui {

// A countdown for a held stretch or position: Start, the seconds left, a beep at the end.
class HoldTimer : public QWidget
{
    Q_OBJECT
public:
    explicit HoldTimer(int seconds, QWidget* parent = nullptr);

    int seconds() const { return m_seconds; }
    int remaining() const { return m_remaining; }
    bool running() const;
    QPushButton* button() const { return m_button; }
    QString display() const; // what the countdown shows

public Q_SLOTS:
    void start();
    void stop();
    void tick(); // one second passed (the timer calls it; tests may too)

Q_SIGNALS:
    void finished();

private:
    void show();

    int m_seconds;
    int m_remaining;
    QPushButton* m_button;
    QLabel* m_left;
    QTimer* m_timer;
};

} // namespace stridewell::ui
