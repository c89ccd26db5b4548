#pragma once

#include "model/symptom.h"
#include "model/units.h"
#include "preferences.h"

#include <QDate>
#include <QList>
#include <QWidget>

namespace stridewell::ui {

// The symptom history as a timeline: one lane per place and side, a mark per entry (larger
// for more pain, a triangle for warning signs), under the weekly distance on the same time
// axis, so that a big week and the pain after it line up.
class SymptomTimeline : public QWidget
{
    Q_OBJECT
public:
    struct WeekLoad
    {
        QDate start;
        core::Distance distance;
    };

    explicit SymptomTimeline(QWidget* parent = nullptr);

    // Shows the weeks from the first entry (at least 12 weeks, at most a year) up to `today`.
    void setData(QList<core::Symptom> symptoms, QList<WeekLoad> weeks, QDate today);
    void setUnit(DistanceUnit unit);

    QStringList laneNames() const; // top to bottom, "Inner lower calf, left"
    QDate firstDay() const { return m_first; }
    QString entryAt(const QPoint& pos) const; // the tooltip text, empty off the marks
    QPoint markOf(qint64 symptomId) const;    // for tests

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;
    bool event(QEvent* event) override;

private:
    struct Lane
    {
        core::BodyLocation location;
        core::Side side;
        QString label;
    };
    QRectF plotArea() const;
    double xOf(QDate day) const;
    double laneY(int lane) const;
    int laneOf(const core::Symptom& s) const;
    int labelWidth() const;

    QList<core::Symptom> m_symptoms;
    QList<WeekLoad> m_weeks;
    QList<Lane> m_lanes;
    QDate m_first;
    QDate m_last;
    DistanceUnit m_unit = DistanceUnit::Km;
};

} // namespace stridewell::ui
