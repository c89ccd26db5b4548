#include "translations.h"

#include <QApplication>
#include <gtest/gtest.h>

// One QApplication for the whole binary; tests run offscreen (QT_QPA_PLATFORM=offscreen).
int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("stridewell-tests"));
    stridewell::ui::installTranslations();
    testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
