#include "spanheaderview.h"

#include "sheetmodel.h"

#include <QPaintEvent>
#include <QPainter>

namespace fa::ui {

namespace {
constexpr int kPadding = 6;
}

SpanHeaderView::SpanHeaderView(QWidget *parent)
    : QHeaderView(Qt::Horizontal, parent)
{
    setSectionsClickable(true);
    setHighlightSections(false);
    setDefaultAlignment(Qt::AlignCenter);
    connect(this, &QHeaderView::sectionResized, this, &SpanHeaderView::relayout);
}

void SpanHeaderView::setModel(QAbstractItemModel *model)
{
    QHeaderView::setModel(model);
    if (model)
        connect(model, &QAbstractItemModel::modelReset, this, &SpanHeaderView::relayout);
    relayout();
}

SheetModel *SpanHeaderView::sheetModel() const
{
    return qobject_cast<SheetModel *>(model());
}

void SpanHeaderView::setHeightSource(const SpanHeaderView *source)
{
    m_source = source;
    connect(source, &QHeaderView::geometriesChanged, this, &SpanHeaderView::relayout);
    relayout();
}

std::vector<int> SpanHeaderView::rowHeights() const
{
    if (m_source)
        return m_source->rowHeights();
    const SheetModel *m = sheetModel();
    const int rows = m ? std::max(1, m->headerRowCount()) : 1;
    const QFontMetrics fm(font());
    std::vector<int> heights(rows, fm.height() + kPadding);
    if (!m)
        return heights;
    auto spanWidth = [this](const HeaderCellDecl &h) {
        int w = 0;
        for (int c = h.column; c < h.column + h.columnSpan && c < count(); ++c)
            w += QHeaderView::sectionSize(c);
        return w;
    };
    auto textHeight = [&](const HeaderCellDecl &h) {
        const int w = std::max(20, spanWidth(h) - kPadding);
        return fm.boundingRect(QRect(0, 0, w, 10000), Qt::AlignCenter | Qt::TextWordWrap, h.text).height() + kPadding;
    };
    for (const HeaderCellDecl &h : m->headerCells()) {
        if (h.rowSpan == 1 && h.row < rows)
            heights[h.row] = std::max(heights[h.row], textHeight(h));
    }
    // A tall merged cell grows the last row it covers.
    for (const HeaderCellDecl &h : m->headerCells()) {
        if (h.rowSpan <= 1)
            continue;
        const int last = std::min(rows - 1, h.row + h.rowSpan - 1);
        int have = 0;
        for (int r = h.row; r <= last; ++r)
            have += heights[r];
        const int need = textHeight(h);
        if (need > have)
            heights[last] += need - have;
    }
    return heights;
}

QSize SpanHeaderView::sizeHint() const
{
    QSize s = QHeaderView::sizeHint();
    int h = 0;
    for (int r : rowHeights())
        h += r;
    s.setHeight(h + 1);
    return s;
}

void SpanHeaderView::relayout()
{
    int h = 0;
    for (int r : rowHeights())
        h += r;
    if (h != m_cachedHeight) {
        m_cachedHeight = h;
        updateGeometry();
        emit geometriesChanged(); // the table view lays its viewport out again
    }
    viewport()->update();
}

void SpanHeaderView::paintEvent(QPaintEvent *)
{
    const SheetModel *m = sheetModel();
    QPainter p(viewport());
    const QPalette pal = palette();
    p.fillRect(viewport()->rect(), pal.button());
    if (!m)
        return;
    const std::vector<int> heights = rowHeights();
    std::vector<int> top(heights.size() + 1, 0);
    for (std::size_t r = 0; r < heights.size(); ++r)
        top[r + 1] = top[r] + heights[r];
    const int lanci = m->layout().print().lanciRow;
    QPen grid(pal.color(QPalette::Mid));
    for (const HeaderCellDecl &h : m->headerCells()) {
        int first = -1;
        int width = 0;
        bool visible = false;
        // The frozen copy draws a heading that runs on into the scrolled columns at its full
        // width (as the main heading has it), so that both halves of it line up.
        const QHeaderView *geometry = m_source ? static_cast<const QHeaderView *>(m_source) : this;
        for (int c = h.column; c < h.column + h.columnSpan && c < count(); ++c) {
            visible = visible || !isSectionHidden(c);
            if (geometry->isSectionHidden(c))
                continue;
            if (first < 0)
                first = c;
            width += geometry->sectionSize(c);
        }
        if (!visible || first < 0 || width <= 0)
            continue;
        const int x = m_source ? m_source->sectionPosition(first) : sectionViewportPosition(first);
        const int row = std::min<int>(h.row, int(heights.size()) - 1);
        const int lastRow = std::min<int>(h.row + h.rowSpan, int(heights.size()));
        const QRect rect(x, top[row], width, top[lastRow] - top[row]);
        if (!rect.intersects(viewport()->rect()))
            continue;
        if (h.row == lanci)
            p.fillRect(rect, pal.base());
        p.setPen(grid);
        p.drawRect(rect.adjusted(0, 0, -1, -1));
        p.setPen(pal.color(QPalette::ButtonText));
        p.drawText(rect.adjusted(kPadding / 2, 0, -kPadding / 2, 0), Qt::AlignCenter | Qt::TextWordWrap, h.text);
    }
}

} // namespace fa::ui
