#pragma once

#include "model/symptom.h"

#include <QCoreApplication>
#include <QString>

namespace stridewell::ui {

// Where it hurts in plain words, for cards, charts and tooltips.
class SymptomText
{
    Q_DECLARE_TR_FUNCTIONS(SymptomText)
public:
    static QString location(core::BodyLocation location); // "inner lower calf"
    static QString side(core::Side side);                 // "left", "right", "both sides"
    // "inner lower calf, left" (with the free text for "other").
    static QString where(const core::Symptom& symptom);
};

} // namespace stridewell::ui
