#pragma once

#include "model/run.h"
#include "model/sample.h"
#include "preferences.h"

#include <QDialog>

QT_BEGIN_NAMESPACE
class QChartView;
QT_END_NAMESPACE

namespace stridewell::ui {

// One run in detail: its summary, and pace, cadence, heart rate and elevation over distance
// from the samples the file recorded (a channel it did not record says so instead).
class RunDetailDialog : public QDialog
{
    Q_OBJECT
public:
    RunDetailDialog(const core::Run& run, const core::SampleList& samples, DistanceUnit unit,
                    QWidget* parent = nullptr);

    // The charts shown (for tests): one per recorded channel.
    QList<QChartView*> charts() const { return m_charts; }

private:
    QList<QChartView*> m_charts;
};

} // namespace stridewell::ui
