#include "formview.h"

#include "sheetmodel.h"
#include "spanheaderview.h"
#include "tsv.h"

#include <QApplication>
#include <QClipboard>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLineEdit>
#include <QMimeData>
#include <QMouseEvent>
#include <QScrollBar>

#include <algorithm>

namespace fa::ui {

FormView::FormView(QWidget *parent)
    : QTableView(parent)
{
    m_header = new SpanHeaderView(this);
    setHorizontalHeader(m_header);
    verticalHeader()->hide();
    verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    setEditTriggers(QAbstractItemView::AnyKeyPressed | QAbstractItemView::EditKeyPressed
                    | QAbstractItemView::DoubleClicked);
    setSelectionMode(QAbstractItemView::ContiguousSelection);
    setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    setTabKeyNavigation(true);
    setWordWrap(false);
    setCornerButtonEnabled(false);
}

FormView::~FormView() = default;

void FormView::setSheetModel(SheetModel *model)
{
    m_model = model;
    setModel(model);
    connect(selectionModel(), &QItemSelectionModel::currentChanged, this, [this](const QModelIndex &current) {
        if (!m_extending)
            m_anchor = current;
    });
    connect(model, &SheetModel::message, this, [this](const QString &text) {
        m_refused = true;
        emit message(text);
    });
    // A change the file refused (disk full, read-only) also keeps the cell for another try.
    connect(model->session(), &DocumentSession::failed, this, [this] { m_refused = true; });
    connect(model, &QAbstractItemModel::modelReset, this, [this] {
        fitColumns();
        updateFrozen();
    });
    setupFrozen();
    fitColumns();
    updateFrozen();
}

void FormView::setupFrozen()
{
    delete m_frozen;
    m_frozen = new QTableView(this);
    m_frozenHeader = new SpanHeaderView(m_frozen);
    m_frozen->setHorizontalHeader(m_frozenHeader);
    m_frozenHeader->setHeightSource(m_header);
    m_frozen->setModel(m_model);
    m_frozen->setSelectionModel(selectionModel());
    m_frozen->setFocusPolicy(Qt::NoFocus);
    m_frozen->verticalHeader()->hide();
    m_frozen->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_frozen->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_frozen->setVerticalScrollMode(verticalScrollMode());
    m_frozen->setSelectionMode(selectionMode());
    m_frozen->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_frozen->setWordWrap(false);
    m_frozen->setFrameShape(QFrame::NoFrame);
    m_frozen->setStyleSheet(QStringLiteral("QTableView { border-right: 1px solid palette(mid); }"));
    viewport()->stackUnder(m_frozen);
    m_frozen->viewport()->installEventFilter(this);
    m_frozen->show();

    connect(horizontalHeader(), &QHeaderView::sectionResized, this, [this](int column, int, int size) {
        if (m_model && column < m_model->frozenColumnCount()) {
            m_frozen->setColumnWidth(column, size);
            updateFrozen();
        }
    });
    connect(verticalHeader(), &QHeaderView::sectionResized, this,
            [this](int row, int, int size) { m_frozen->setRowHeight(row, size); });
    connect(m_frozen->verticalScrollBar(), &QAbstractSlider::valueChanged, verticalScrollBar(), &QAbstractSlider::setValue);
    connect(verticalScrollBar(), &QAbstractSlider::valueChanged, m_frozen->verticalScrollBar(), &QAbstractSlider::setValue);
}

void FormView::updateFrozen()
{
    if (!m_frozen || !m_model)
        return;
    const int frozen = m_model->frozenColumnCount();
    int width = 0;
    for (int c = 0; c < m_model->columnCount(); ++c) {
        m_frozen->setColumnHidden(c, c >= frozen);
        if (c < frozen) {
            m_frozen->setColumnWidth(c, columnWidth(c));
            width += columnWidth(c);
        }
    }
    m_frozen->verticalHeader()->setDefaultSectionSize(verticalHeader()->defaultSectionSize());
    m_frozen->setGeometry(verticalHeader()->width() + frameWidth(), frameWidth(), width,
                          viewport()->height() + horizontalHeader()->height());
    m_frozen->setVisible(frozen > 0);
}

void FormView::fitColumns()
{
    if (!m_model)
        return;
    const QFontMetrics fm(font());
    const int digit = fm.horizontalAdvance(QStringLiteral("0"));
    verticalHeader()->setDefaultSectionSize(fm.height() + 8);
    for (int c = 0; c < m_model->columnCount(); ++c) {
        const GridColumnDecl &g = m_model->gridColumn(c);
        int w = 0;
        switch (g.role) {
        case GridColumnDecl::Role::Code: // wide enough for 功能分类科目编码 on two lines
            w = std::max(fm.horizontalAdvance(QStringLiteral("2013701")) + 3 * digit,
                         fm.horizontalAdvance(QString(5, QChar(0x56fd))) + digit);
            break;
        case GridColumnDecl::Role::Line:
            w = fm.horizontalAdvance(QStringLiteral("行次")) + 2 * digit;
            break;
        case GridColumnDecl::Role::Name: {
            w = fm.horizontalAdvance(QString(12, QChar(0x56fd))); // 12 CJK characters
            for (int r = 0; r < std::min(m_model->rowCount(), 400); ++r)
                w = std::max(w, fm.horizontalAdvance(m_model->index(r, c).data().toString()) + 2 * digit);
            w = std::min(w, fm.horizontalAdvance(QString(22, QChar(0x56fd))));
            break;
        }
        case GridColumnDecl::Role::Amount:
            w = std::max(fm.horizontalAdvance(QStringLiteral("-12,345,678.00")) + 2 * digit,
                         fm.horizontalAdvance(QString(6, QChar(0x56fd))) + digit); // 公务用车运行维护费 in two lines
            break;
        }
        setColumnWidth(c, w);
    }
}

void FormView::resizeEvent(QResizeEvent *event)
{
    QTableView::resizeEvent(event);
    updateFrozen();
}

void FormView::updateGeometries()
{
    QTableView::updateGeometries();
    updateFrozen();
}

void FormView::scrollTo(const QModelIndex &index, ScrollHint hint)
{
    if (!m_model || index.column() >= m_model->frozenColumnCount())
        QTableView::scrollTo(index, hint);
    else if (index.isValid()) // keep the horizontal position: a frozen column is always in view
        QTableView::scrollTo(this->model()->index(index.row(), m_model->frozenColumnCount() < m_model->columnCount()
                                                                    ? m_model->frozenColumnCount()
                                                                    : index.column()),
                             hint);
    // A cell right of the frozen columns must not hide under them.
    if (m_model && index.column() >= m_model->frozenColumnCount()) {
        int frozenWidth = 0;
        for (int c = 0; c < m_model->frozenColumnCount(); ++c)
            frozenWidth += columnWidth(c);
        const int x = columnViewportPosition(index.column());
        if (x < frozenWidth)
            horizontalScrollBar()->setValue(horizontalScrollBar()->value() + x - frozenWidth);
    }
}

void FormView::moveCurrent(int dRow, int dColumn)
{
    if (!m_model)
        return;
    const QModelIndex cur = currentIndex();
    const int row = std::clamp((cur.isValid() ? cur.row() : 0) + dRow, 0, std::max(0, m_model->rowCount() - 1));
    const int col = std::clamp((cur.isValid() ? cur.column() : 0) + dColumn, 0, std::max(0, m_model->columnCount() - 1));
    const QModelIndex next = m_model->index(row, col);
    selectionModel()->setCurrentIndex(next, QItemSelectionModel::ClearAndSelect);
    scrollTo(next);
}

void FormView::extendSelectionTo(const QModelIndex &index)
{
    if (!m_model || !index.isValid())
        return;
    if (!m_anchor.isValid())
        m_anchor = currentIndex().isValid() ? QPersistentModelIndex(currentIndex()) : QPersistentModelIndex(index);
    m_extending = true;
    selectionModel()->setCurrentIndex(index, QItemSelectionModel::NoUpdate);
    m_extending = false;
    const QModelIndex topLeft = m_model->index(std::min(m_anchor.row(), index.row()), std::min(m_anchor.column(), index.column()));
    const QModelIndex bottomRight = m_model->index(std::max(m_anchor.row(), index.row()), std::max(m_anchor.column(), index.column()));
    selectionModel()->select(QItemSelection(topLeft, bottomRight), QItemSelectionModel::ClearAndSelect);
}

bool FormView::pressExtends(QTableView *view, QMouseEvent *event)
{
    m_dragExtending = false;
    if (event->button() != Qt::LeftButton)
        return false;
    const QModelIndex index = view->indexAt(event->position().toPoint());
    if (!index.isValid())
        return false;
    // As QAbstractItemView extends a contiguous selection: with Shift, or Ctrl.
    if (!(event->modifiers() & (Qt::ShiftModifier | Qt::ControlModifier))) {
        m_anchor = index; // also when the cell clicked is current already
        return false;
    }
    extendSelectionTo(index);
    m_dragExtending = true;
    return true;
}

bool FormView::dragExtends(QTableView *view, QMouseEvent *event)
{
    if (!m_dragExtending)
        return false;
    if (!(event->buttons() & Qt::LeftButton)) {
        m_dragExtending = false;
        return false;
    }
    const QModelIndex index = view->indexAt(event->position().toPoint());
    if (index.isValid() && index != currentIndex())
        extendSelectionTo(index);
    return true;
}

void FormView::mousePressEvent(QMouseEvent *event)
{
    if (state() != EditingState && pressExtends(this, event)) {
        event->accept();
        return;
    }
    QTableView::mousePressEvent(event);
}

void FormView::mouseMoveEvent(QMouseEvent *event)
{
    if (dragExtends(this, event)) {
        event->accept();
        return;
    }
    QTableView::mouseMoveEvent(event);
}

void FormView::mouseReleaseEvent(QMouseEvent *event)
{
    if (m_dragExtending) {
        m_dragExtending = false;
        event->accept();
        return;
    }
    QTableView::mouseReleaseEvent(event);
}

bool FormView::eventFilter(QObject *watched, QEvent *event)
{
    if (m_frozen && watched == m_frozen->viewport()) {
        switch (event->type()) {
        case QEvent::MouseButtonPress:
            if (state() != EditingState && pressExtends(m_frozen, static_cast<QMouseEvent *>(event)))
                return true;
            break;
        case QEvent::MouseMove:
            if (dragExtends(m_frozen, static_cast<QMouseEvent *>(event)))
                return true;
            break;
        case QEvent::MouseButtonRelease:
            if (m_dragExtending) {
                m_dragExtending = false;
                return true;
            }
            break;
        default:
            break;
        }
    }
    return QTableView::eventFilter(watched, event);
}

QModelIndex FormView::edgeCell(int key) const
{
    const QModelIndex cur = currentIndex();
    const int lastRow = std::max(0, m_model->rowCount() - 1);
    const int lastCol = std::max(0, m_model->columnCount() - 1);
    const int row = key == Qt::Key_Up ? 0 : key == Qt::Key_Down ? lastRow : std::max(0, cur.row());
    const int col = key == Qt::Key_Left ? 0 : key == Qt::Key_Right ? lastCol : std::max(0, cur.column());
    return m_model->index(row, col);
}

void FormView::extendByKey(QKeyEvent *event)
{
    CursorAction action = MoveDown;
    switch (event->key()) {
    case Qt::Key_Up: action = MoveUp; break;
    case Qt::Key_Left: action = MoveLeft; break;
    case Qt::Key_Right: action = MoveRight; break;
    case Qt::Key_Home: action = MoveHome; break;
    case Qt::Key_End: action = MoveEnd; break;
    case Qt::Key_PageUp: action = MovePageUp; break;
    case Qt::Key_PageDown: action = MovePageDown; break;
    default: break;
    }
    const QModelIndex next = moveCursor(action, event->modifiers() & ~Qt::ShiftModifier);
    if (next.isValid()) {
        extendSelectionTo(next);
        scrollTo(next);
    }
}

void FormView::commitData(QWidget *editor)
{
    m_refused = false;
    QTableView::commitData(editor);
}

void FormView::closeEditor(QWidget *editor, QAbstractItemDelegate::EndEditHint hint)
{
    QTableView::closeEditor(editor, QAbstractItemDelegate::NoHint);
    if (m_refused) { // the old value stays; so does the cell, for typing again
        m_refused = false;
        return;
    }
    const bool back = QApplication::keyboardModifiers() & Qt::ShiftModifier;
    switch (hint) {
    case QAbstractItemDelegate::SubmitModelCache: // Enter
        moveCurrent(back ? -1 : 1, 0);
        break;
    case QAbstractItemDelegate::EditNextItem: // Tab
        moveCurrent(0, 1);
        break;
    case QAbstractItemDelegate::EditPreviousItem: // Shift+Tab
        moveCurrent(0, -1);
        break;
    default:
        break;
    }
}

bool FormView::edit(const QModelIndex &index, EditTrigger trigger, QEvent *event)
{
    if (!QTableView::edit(index, trigger, event))
        return false;
    // F2 (and a double click) edit what is there, as in Excel: the caret after the text, not the
    // text selected for the first key to replace. A key typed to start an edit still replaces it.
    if (trigger == EditKeyPressed || trigger == DoubleClicked) {
        if (QWidget *editor = indexWidget(index)) {
            QWidget *focus = editor;
            while (focus->focusProxy())
                focus = focus->focusProxy();
            if (auto *line = qobject_cast<QLineEdit *>(focus)) {
                line->deselect();
                line->end(false);
            }
        }
    }
    return true;
}

void FormView::keyPressEvent(QKeyEvent *event)
{
    if (state() != EditingState && m_model) {
        if (event->matches(QKeySequence::Copy)) {
            copySelection();
            return;
        }
        if (event->matches(QKeySequence::Paste)) {
            paste();
            return;
        }
        const auto mods = event->modifiers() & ~Qt::KeypadModifier;
        switch (event->key()) {
        case Qt::Key_Delete:
        case Qt::Key_Backspace:
            if (mods == Qt::NoModifier) {
                clearSelectedCells();
                return;
            }
            break;
        case Qt::Key_Return:
        case Qt::Key_Enter:
            if (mods == Qt::NoModifier || mods == Qt::ShiftModifier) {
                moveCurrent(mods == Qt::ShiftModifier ? -1 : 1, 0);
                return;
            }
            break;
        case Qt::Key_Up:
        case Qt::Key_Down:
        case Qt::Key_Left:
        case Qt::Key_Right:
            if (mods == Qt::ControlModifier) {
                const QModelIndex cur = currentIndex();
                const QModelIndex edge = edgeCell(event->key());
                moveCurrent(edge.row() - std::max(0, cur.row()), edge.column() - std::max(0, cur.column()));
                return;
            }
            if (mods == (Qt::ControlModifier | Qt::ShiftModifier)) {
                const QModelIndex next = edgeCell(event->key());
                extendSelectionTo(next);
                scrollTo(next);
                return;
            }
            [[fallthrough]];
        case Qt::Key_Home:
        case Qt::Key_End:
            // Shift+movement extends the selection from the anchor, wherever that was clicked.
            if (mods == Qt::ShiftModifier
                || (mods == (Qt::ShiftModifier | Qt::ControlModifier)
                    && (event->key() == Qt::Key_Home || event->key() == Qt::Key_End))) {
                extendByKey(event);
                return;
            }
            break;
        case Qt::Key_PageUp:
        case Qt::Key_PageDown:
            if (mods & Qt::ControlModifier) { // switching tables belongs to the window
                event->ignore();
                return;
            }
            if (mods == Qt::ShiftModifier) {
                extendByKey(event);
                return;
            }
            break;
        default:
            break;
        }
        // Typing into a cell that cannot be typed into says why, instead of searching.
        const QString text = event->text();
        if (!text.isEmpty() && text.at(0).isPrint() && !(mods & (Qt::ControlModifier | Qt::AltModifier))
            && currentIndex().isValid() && !(m_model->flags(currentIndex()) & Qt::ItemIsEditable)) {
            if (m_model->session()->isReadOnly())
                emit message(tr("The document is open read-only."));
            else if (m_model->isEnteredCell(currentIndex()) == false
                     && m_model->slotAt(currentIndex().row(), currentIndex().column()).cell != kNoCell)
                emit message(tr("This cell is computed: %1")
                                 .arg(m_model->formulaText(m_model->slotAt(currentIndex().row(), currentIndex().column()).cell)));
            else
                emit message(tr("Nothing can be typed here."));
            return;
        }
    }
    QTableView::keyPressEvent(event);
}

void FormView::copySelection()
{
    if (!m_model)
        return;
    QModelIndexList cells = selectionModel()->selectedIndexes();
    if (cells.isEmpty() && currentIndex().isValid())
        cells << currentIndex();
    if (cells.isEmpty())
        return;
    int top = INT_MAX, left = INT_MAX, bottom = -1, right = -1;
    for (const QModelIndex &i : cells) {
        top = std::min(top, i.row());
        bottom = std::max(bottom, i.row());
        left = std::min(left, i.column());
        right = std::max(right, i.column());
    }
    TextGrid grid(bottom - top + 1, QStringList());
    for (auto &row : grid) {
        for (int c = left; c <= right; ++c)
            row << QString();
    }
    for (const QModelIndex &i : cells)
        grid[i.row() - top][i.column() - left] = i.data(SheetModel::CopyRole).toString();
    auto *mime = new QMimeData;
    mime->setText(toTsv(grid));
    mime->setHtml(toHtmlTable(grid));
    QGuiApplication::clipboard()->setMimeData(mime);
    emit message(tr("Copied %n cells.", nullptr, int(cells.size())));
}

void FormView::paste()
{
    const QMimeData *mime = QGuiApplication::clipboard()->mimeData();
    if (!mime || !mime->hasText()) {
        emit message(tr("The clipboard holds no text to paste."));
        return;
    }
    pasteText(mime->text());
}

bool FormView::pasteText(const QString &tsv)
{
    if (!m_model)
        return false;
    DocumentSession *session = m_model->session();
    if (session->isReadOnly()) {
        emit message(tr("The document is open read-only."));
        return false;
    }
    const TextGrid grid = parseTsv(tsv);
    if (grid.empty()) {
        emit message(tr("The clipboard holds no text to paste."));
        return false;
    }
    const QModelIndexList selected = selectionModel()->selectedIndexes();
    QModelIndex anchor = currentIndex();
    for (const QModelIndex &i : selected) {
        if (!anchor.isValid() || i.row() < anchor.row() || (i.row() == anchor.row() && i.column() < anchor.column()))
            anchor = i;
    }
    if (!anchor.isValid()) {
        emit message(tr("Choose a cell to paste into."));
        return false;
    }
    // One value over a selection of several cells fills them all, as in Excel.
    std::vector<std::pair<QModelIndex, QString>> targets;
    int outside = 0; // values below or right of the table: said, never dropped silently
    if (grid.size() == 1 && grid[0].size() == 1 && selected.size() > 1) {
        for (const QModelIndex &i : selected)
            targets.emplace_back(i, grid[0][0]);
    } else {
        for (int r = 0; r < int(grid.size()); ++r) {
            for (int c = 0; c < int(grid[r].size()); ++c) {
                const QModelIndex i = m_model->index(anchor.row() + r, anchor.column() + c);
                if (i.isValid())
                    targets.emplace_back(i, grid[r][c]);
                else if (!grid[r][c].trimmed().isEmpty())
                    ++outside;
            }
        }
    }
    const QString outsideText =
        outside ? QLatin1Char(' ') + tr("%n values fell outside the table and were not pasted.", nullptr, outside) : QString();
    const Engine &e = session->engine();
    Batch batch;
    int skipped = 0;
    QModelIndex last = anchor;
    for (const auto &[index, text] : targets) {
        const auto slot = m_model->slotAt(index.row(), index.column());
        if (slot.kind != TableLayout::Slot::Kind::Amount)
            continue; // codes and names in the pasted block are not values
        if (slot.cell == kNoCell || !e.isEntered(slot.cell)) {
            if (!text.trimmed().isEmpty())
                ++skipped;
            continue;
        }
        const auto parsed = m_model->parse(text);
        if (!parsed.error.isEmpty()) {
            emit message(tr("Nothing was pasted: %1 (at %2)").arg(parsed.error, e.address(slot.cell)));
            return false;
        }
        batch.push_back(Edit::setValue(e.address(slot.cell), parsed.value));
        last = index;
    }
    if (batch.empty()) {
        emit message((skipped ? tr("Nothing was pasted: the %n cells in the way are computed.", nullptr, skipped)
                              : tr("Nothing was pasted."))
                     + outsideText);
        return false;
    }
    // Undo shows the first cell pasted into (the anchor may be a code or name: no cell there).
    const QString address = batch.front().key;
    if (!session->apply(batch, tr("Paste %n cells", nullptr, int(batch.size())), {m_model->tableId(), address}))
        return false;
    if (targets.size() > 1) {
        QItemSelection area(m_model->index(anchor.row(), anchor.column()), last);
        selectionModel()->select(area, QItemSelectionModel::ClearAndSelect);
    }
    QString text = tr("Pasted %n cells.", nullptr, int(batch.size()));
    if (skipped)
        text += QLatin1Char(' ') + tr("%n computed cells in the way were skipped.", nullptr, skipped);
    emit message(text + outsideText);
    return true;
}

void FormView::clearSelectedCells()
{
    if (!m_model)
        return;
    DocumentSession *session = m_model->session();
    if (session->isReadOnly()) {
        emit message(tr("The document is open read-only."));
        return;
    }
    QModelIndexList cells = selectionModel()->selectedIndexes();
    if (cells.isEmpty() && currentIndex().isValid())
        cells << currentIndex();
    const Engine &e = session->engine();
    Batch batch;
    for (const QModelIndex &i : cells) {
        const auto slot = m_model->slotAt(i.row(), i.column());
        if (slot.cell != kNoCell && e.isEntered(slot.cell) && e.isSet(slot.cell))
            batch.push_back(Edit::setValue(e.address(slot.cell), std::nullopt));
    }
    if (batch.empty())
        return;
    const QModelIndex cur = currentIndex();
    session->apply(batch, tr("Clear %n cells", nullptr, int(batch.size())), {m_model->tableId(), m_model->addressAt(cur)});
}

void FormView::selectCells(const QModelIndexList &cells)
{
    if (cells.isEmpty())
        return;
    QItemSelection selection;
    for (const QModelIndex &i : cells)
        selection.select(i, i);
    selectionModel()->setCurrentIndex(cells.first(), QItemSelectionModel::NoUpdate);
    selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect);
    scrollTo(cells.first());
}

} // namespace fa::ui
