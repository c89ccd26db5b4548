#pragma once

#include <QColor>
#include <QFont>
#include <QList>
#include <QString>
#include <memory>

class QPainter;
class QPointF;
class QTextLayout;

namespace stridewell::ui {

// A stretch of text in one style: a paragraph is a list of them ("Distance: " bold, then the
// figure).
struct TextRun
{
    QString text;
    bool bold = false;
    bool italic = false;
};

// Text wrapped to a width, in report units (report_style.h), line by line so a long paragraph
// can continue on the next page between two lines.
class WrappedText
{
public:
    WrappedText(QList<TextRun> runs, const QFont& font, QColor color,
                Qt::Alignment alignment = Qt::AlignLeft);
    WrappedText(WrappedText&&) noexcept;
    WrappedText& operator=(WrappedText&&) noexcept;
    ~WrappedText();

    void layout(qreal width);
    qreal height() const;
    int lineCount() const;
    qreal lineTop(int line) const;
    qreal lineBottom(int line) const;
    // The widest line as laid out (no wider than the width given to layout()).
    qreal usedWidth() const;
    QString plainText() const;

    // Draws lines [first, last] with line `first` at `topLeft`.
    void draw(QPainter* painter, const QPointF& topLeft, int first = 0, int last = -1) const;

private:
    QList<TextRun> m_runs;
    QColor m_color;
    std::unique_ptr<QTextLayout> m_layout;
};

} // namespace stridewell::ui
