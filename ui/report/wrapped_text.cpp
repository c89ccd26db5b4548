#include "report/wrapped_text.h"

#include <QPainter>
#include <QTextLayout>
#include <algorithm>

namespace stridewell::ui {

WrappedText::WrappedText(QList<TextRun> runs, const QFont& font, QColor color,
                         Qt::Alignment alignment)
    : m_runs(std::move(runs)), m_color(color)
{
    QString text;
    QList<QTextLayout::FormatRange> formats;
    for (const TextRun& run : m_runs) {
        if (run.bold || run.italic) {
            QTextLayout::FormatRange range;
            range.start = int(text.size());
            range.length = int(run.text.size());
            if (run.bold)
                range.format.setFontWeight(QFont::Bold);
            if (run.italic)
                range.format.setFontItalic(true);
            formats << range;
        }
        text += run.text;
    }
    // A line break typed in a note stays one: QTextLayout breaks lines at U+2028.
    text.replace(QLatin1Char('\n'), QChar::LineSeparator);
    m_layout = std::make_unique<QTextLayout>(text, font);
    m_layout->setFormats(formats);
    QTextOption option(alignment);
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    m_layout->setTextOption(option);
    m_layout->setCacheEnabled(true);
}

WrappedText::WrappedText(WrappedText&&) noexcept = default;
WrappedText& WrappedText::operator=(WrappedText&&) noexcept = default;
WrappedText::~WrappedText() = default;

void WrappedText::layout(qreal width)
{
    m_layout->beginLayout();
    qreal y = 0;
    for (QTextLine line = m_layout->createLine(); line.isValid(); line = m_layout->createLine()) {
        line.setLineWidth(width);
        line.setPosition(QPointF(0, y));
        y += line.height();
    }
    m_layout->endLayout();
}

qreal WrappedText::height() const
{
    const int n = m_layout->lineCount();
    return n == 0 ? 0.0 : lineBottom(n - 1);
}

int WrappedText::lineCount() const
{
    return m_layout->lineCount();
}

qreal WrappedText::lineTop(int line) const
{
    return m_layout->lineAt(line).y();
}

qreal WrappedText::lineBottom(int line) const
{
    const QTextLine l = m_layout->lineAt(line);
    return l.y() + l.height();
}

qreal WrappedText::usedWidth() const
{
    qreal width = 0;
    for (int i = 0; i < m_layout->lineCount(); ++i)
        width = std::max(width, m_layout->lineAt(i).naturalTextWidth());
    return width;
}

QString WrappedText::plainText() const
{
    QString text;
    for (const TextRun& run : m_runs)
        text += run.text;
    return text;
}

void WrappedText::draw(QPainter* painter, const QPointF& topLeft, int first, int last) const
{
    const int n = m_layout->lineCount();
    if (n == 0)
        return;
    if (last < 0 || last >= n)
        last = n - 1;
    const qreal top = lineTop(first);
    const qreal bottom = lineBottom(last);
    // QTextLayout::draw skips the lines outside `clip` (painter coordinates); a line touching
    // its edge still counts, so the clip stays half a unit inside the lines wanted.
    const QRectF clip(topLeft.x(), topLeft.y() + 0.5, 1.0, bottom - top - 1.0);
    painter->save();
    painter->setPen(m_color);
    m_layout->draw(painter, topLeft - QPointF(0, top), {}, clip);
    painter->restore();
}

} // namespace stridewell::ui
