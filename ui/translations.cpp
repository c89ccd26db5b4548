#include "translations.h"

#include <QCoreApplication>
#include <QTranslator>

namespace stridewell::ui {

void installTranslations()
{
    auto* plurals = new QTranslator(QCoreApplication::instance());
    if (plurals->load(QStringLiteral(":/i18n/stridewell_en.qm")))
        QCoreApplication::installTranslator(plurals);
    else
        delete plurals;
}

} // namespace stridewell::ui
