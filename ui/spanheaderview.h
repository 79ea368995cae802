#pragma once

#include <QHeaderView>

namespace fa::ui {

class SheetModel;

// The printed headings of a table over its columns: several rows of heading cells, merged as
// the published table merges them (SheetModel::headerCells), with the 栏次 row. Hidden columns
// take no room, so the frozen code/name view and the main view share one heading.
class SpanHeaderView : public QHeaderView
{
    Q_OBJECT
public:
    explicit SpanHeaderView(QWidget *parent = nullptr);

    void setModel(QAbstractItemModel *model) override;
    QSize sizeHint() const override;
    // The height of each heading row for the current column widths.
    std::vector<int> rowHeights() const;
    // Takes the heading row heights from another header (the frozen columns' copy of the main
    // view's heading, which sees only some of the columns).
    void setHeightSource(const SpanHeaderView *source);
    void relayout();

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    SheetModel *sheetModel() const;

    const SpanHeaderView *m_source = nullptr;

    int m_cachedHeight = 0;
};

} // namespace fa::ui
