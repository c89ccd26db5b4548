#pragma once

#include <QWidget>

namespace stridewell::ui {

// What a new user sees first: try the demo log, or start their own.
class WelcomePage : public QWidget
{
    Q_OBJECT
public:
    explicit WelcomePage(QWidget* parent = nullptr);

Q_SIGNALS:
    void exploreDemoRequested();
    void startOwnLogRequested();
    void openLogRequested();
};

} // namespace stridewell::ui
