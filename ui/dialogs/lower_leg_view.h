#pragma once

#include "model/symptom.h"

#include <QImage>
#include <QList>
#include <QSvgRenderer>
#include <QWidget>
#include <optional>

namespace stridewell::ui {

// The back of both lower legs (resources/images/lower_legs_back.svg), drawn in the palette's
// colours, whose regions are the location ids of domain.md section 2: click one to choose it.
// By keyboard: Up/Down move between the places, Left/Right between the legs. The symptom
// dialog offers a list of the same places beside it.
class LowerLegView : public QWidget
{
    Q_OBJECT
public:
    explicit LowerLegView(QWidget* parent = nullptr);

    // Highlights a place; Side::Both highlights it on both legs. Does not emit regionChosen.
    void setSelection(std::optional<core::BodyLocation> location, std::optional<core::Side> side);
    std::optional<core::BodyLocation> location() const { return m_location; }
    std::optional<core::Side> side() const { return m_side; }

    // The places the drawing shows, top to bottom (BodyLocation::Other is not drawn).
    static QList<core::BodyLocation> drawnLocations();
    // The middle of a drawn place in widget coordinates (for tests); null point if not drawn.
    QPoint centreOf(core::BodyLocation location, core::Side side) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

Q_SIGNALS:
    void regionChosen(core::BodyLocation location, core::Side side);

protected:
    void paintEvent(QPaintEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void leaveEvent(QEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    bool event(QEvent* event) override;

private:
    struct Region
    {
        QString elementId;
        core::BodyLocation location;
        core::Side side;
        QImage mask; // alpha where the region is, at the widget's size
        QImage rim;  // its outline
        QPoint centre;
    };
    void buildMasks();
    QImage render(const QString& elementId) const;
    int regionAt(const QPoint& pos) const;
    bool isSelected(const Region& region) const;
    void choose(core::BodyLocation location, core::Side side);
    void updateDescription();

    mutable QSvgRenderer m_svg; // render() is not const
    QList<Region> m_regions;
    QImage m_legs[2];
    QImage m_contours[2];
    QRectF m_target; // where the drawing sits in the widget
    int m_hover = -1;
    std::optional<core::BodyLocation> m_location;
    std::optional<core::Side> m_side;
};

} // namespace stridewell::ui
