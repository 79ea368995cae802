#include "sheetmodel.h"

#include "catalog.h"

#include <QBrush>
#include <QColor>
#include <QCoreApplication>
#include <QFont>

#include <algorithm>

namespace fa::ui {

namespace {
const QColor kDerivedBackground(0xf1, 0xf4, 0xf8);
const QColor kUnprintedBackground(0xf3, 0xfa, 0xf1);
const QColor kErrorBackground(0xfb, 0xd5, 0xd5);
const QColor kWarningBackground(0xfd, 0xed, 0xc8);
const QColor kFlashBackground(0xff, 0xf4, 0x9c);
constexpr int kFlashMilliseconds = 700;
constexpr int kMaxTooltipTerms = 16;

} // namespace

SheetModel::SheetModel(DocumentSession *session, int sheet, QObject *parent)
    : QAbstractTableModel(parent)
    , m_session(session)
    , m_sheet(sheet)
    , m_layout(session->engine().sheets()[sheet])
{
    rebuildColumns();
    m_rows = m_layout.bodyRowCount();
    std::vector<QModelIndex> none;
    refreshMarks(none);
    m_flashTimer.setSingleShot(true);
    m_flashTimer.setInterval(kFlashMilliseconds);
    connect(&m_flashTimer, &QTimer::timeout, this, [this] {
        std::vector<QModelIndex> cells;
        for (CellId id : std::as_const(m_flash)) {
            const QModelIndex i = indexOfCell(id);
            if (i.isValid())
                cells.push_back(i);
        }
        m_flash.clear();
        emitCells(cells);
    });
    connect(session, &DocumentSession::changed, this, &SheetModel::onChanged);
    connect(session, &DocumentSession::shownUnitChanged, this, [this] {
        if (rowCount() > 0 && columnCount() > 0)
            emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1), {Qt::DisplayRole, Qt::EditRole});
    });
}

const Sheet &SheetModel::sheet() const
{
    return m_session->engine().sheets()[m_sheet];
}

QString SheetModel::tableId() const
{
    return sheet().decl->id;
}

bool SheetModel::hasUnprintedColumns() const
{
    const auto &cols = sheet().decl->columns;
    return std::any_of(cols.begin(), cols.end(), [](const ColumnDecl &c) { return !c.printed; });
}

void SheetModel::setShowUnprinted(bool show)
{
    if (show == m_showUnprinted)
        return;
    beginResetModel(); // the columns change: a person asked for it, not a value change
    m_showUnprinted = show;
    rebuildColumns();
    endResetModel();
}

void SheetModel::rebuildColumns()
{
    m_columns = m_layout.print().columns;
    m_header = m_layout.print().header;
    if (!m_showUnprinted)
        return;
    const Sheet &s = sheet();
    int parts = 1;
    for (const GridColumnDecl &g : m_columns)
        parts = std::max(parts, g.part + 1);
    const bool sides = m_layout.print().arrangement == Arrangement::Sides;
    for (int p = 0; p < parts; ++p) {
        for (int c = 0; c < s.columnCount(); ++c) {
            const ColumnDecl &col = s.decl->columns[c];
            if (col.printed)
                continue;
            bool any = false;
            for (int r = 0; r < s.rowCount() && !any; ++r)
                any = m_layout.partOf(r) == p && s.cell(r, c) != kNoCell;
            if (!any && !s.hasSubjectRows())
                continue;
            QString label = col.printedLabel();
            if (sides)
                label = (p == 0 ? QStringLiteral("收入") : QStringLiteral("支出")) + QLatin1Char(' ') + label;
            m_header.push_back({0, int(m_columns.size()), std::max(1, m_layout.headerRowCount()), 1,
                                label + QLatin1Char('\n') + tr("(not printed)")});
            m_columns.push_back({GridColumnDecl::Role::Amount, p, col.key});
        }
    }
}

int SheetModel::frozenColumnCount() const
{
    // Only a table of one record per row keeps its names in view: in the side-by-side tables
    // (01/04, 06, 09表) a frozen name would stand beside another record's amounts.
    if (m_layout.print().arrangement != Arrangement::Rows)
        return 0;
    int n = 0;
    while (n < int(m_columns.size()) && m_columns[n].role != GridColumnDecl::Role::Amount)
        ++n;
    return n;
}

TableLayout::Slot SheetModel::slotAt(int row, int column) const
{
    if (row < 0 || row >= m_rows || row >= m_layout.bodyRowCount() || column < 0 || column >= int(m_columns.size()))
        return {};
    if (column < m_layout.columnCount())
        return m_layout.slot(row, column);
    const GridColumnDecl &g = m_columns[column];
    TableLayout::Slot slot;
    slot.tableRow = m_layout.tableRow(row, g.part);
    if (slot.tableRow < 0)
        return slot;
    slot.kind = TableLayout::Slot::Kind::Amount;
    const int c = sheet().columnIndex(g.column);
    slot.cell = c < 0 ? kNoCell : sheet().cell(slot.tableRow, c);
    return slot;
}

bool SheetModel::isEnteredCell(const QModelIndex &index) const
{
    const auto slot = slotAt(index.row(), index.column());
    return slot.cell != kNoCell && m_session->engine().isEntered(slot.cell);
}

QString SheetModel::addressAt(const QModelIndex &index) const
{
    const auto slot = slotAt(index.row(), index.column());
    return slot.cell == kNoCell ? QString() : m_session->engine().address(slot.cell);
}

QString SheetModel::locationAt(const QModelIndex &index) const
{
    const auto slot = slotAt(index.row(), index.column());
    if (slot.cell != kNoCell)
        return m_session->engine().address(slot.cell);
    if (slot.kind == TableLayout::Slot::Kind::Empty || slot.kind == TableLayout::Slot::Kind::Amount || slot.tableRow < 0)
        return {};
    return tableId() + QLatin1Char('/') + sheet().rows[slot.tableRow].key;
}

QModelIndex SheetModel::indexOfCell(CellId id) const
{
    const Engine &e = m_session->engine();
    if (id < 0 || id >= e.cellCount() || !e.isAlive(id))
        return {};
    const auto &meta = e.meta(id);
    if (meta.sheet != m_sheet)
        return {};
    if (auto pos = m_layout.position(meta.row, meta.column))
        return index(pos->bodyRow, pos->gridColumn);
    if (!m_showUnprinted)
        return {};
    const int bodyRow = m_layout.bodyRowOf(meta.row);
    const int part = m_layout.partOf(meta.row);
    const QString &key = sheet().decl->columns[meta.column].key;
    for (int g = m_layout.columnCount(); g < int(m_columns.size()); ++g) {
        if (m_columns[g].part == part && m_columns[g].column == key)
            return bodyRow < 0 ? QModelIndex() : index(bodyRow, g);
    }
    return {};
}

QModelIndex SheetModel::indexOfAddress(const QString &address) const
{
    return indexOfCell(m_session->engine().find(address));
}

QString SheetModel::itemCodeAt(int row) const
{
    const Sheet &s = sheet();
    if (!s.hasSubjectRows() || row < 0 || row >= s.rowCount() || s.rows[row].kind != RowInfo::Kind::Item)
        return {};
    return s.rows[row].key;
}

SheetModel::Parsed SheetModel::parse(const QString &text) const
{
    if (text.trimmed().isEmpty())
        return {};
    const auto parsed = Money::parseTyped(text, m_session->shownUnit());
    if (!parsed)
        return {std::nullopt, tr("“%1” is not an amount: %2").arg(text.trimmed(), Money::parseErrorMessage(parsed.error))};
    return {parsed.value, {}};
}

QString SheetModel::formatAmount(Money value) const
{
    return value.toString(m_session->shownUnit(), Money::Grouping::Thousands);
}

QString SheetModel::termLabel(CellId id) const
{
    const Engine &e = m_session->engine();
    const auto &meta = e.meta(id);
    const Sheet &s = e.sheets()[meta.sheet];
    const RowInfo &row = s.rows[meta.row];
    QString label = s.decl->print.arrangement == Arrangement::Rows || row.label.isEmpty() ? row.key : row.label;
    if (row.kind == RowInfo::Kind::Total)
        label = row.label.isEmpty() ? row.key : row.label;
    const QString &column = s.decl->columns[meta.column].printedLabel();
    // The column is named when the term is in another column than the cell it adds up to.
    if (meta.sheet != m_sheet)
        return s.decl->code + QLatin1Char(' ') + label + QLatin1Char(' ') + column;
    return label + QStringLiteral(" ") + column;
}

QString SheetModel::formulaText(CellId id) const
{
    const Engine &e = m_session->engine();
    const auto &terms = e.formula(id);
    if (terms.empty())
        return tr("= 0 (nothing to add up)");
    QString text = QStringLiteral("=");
    int shown = 0;
    for (const auto &t : terms) {
        if (shown == kMaxTooltipTerms) {
            text += tr(" … (%n terms in all)", nullptr, int(terms.size()));
            break;
        }
        if (shown > 0 || t.coeff < 0)
            text += t.coeff < 0 ? QStringLiteral(" − ") : QStringLiteral(" + ");
        else
            text += QLatin1Char(' ');
        if (std::abs(t.coeff) != 1)
            text += QString::number(std::abs(t.coeff)) + QStringLiteral(" × ");
        text += termLabel(t.cell);
        ++shown;
    }
    return text;
}

QVariant SheetModel::rowFont(int tableRow) const
{
    if (tableRow < 0 || !m_layout.isSubtotal(tableRow))
        return {};
    QFont bold;
    bold.setBold(true);
    return bold;
}

int SheetModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rows;
}

int SheetModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_columns.size());
}

QVariant SheetModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const auto slot = slotAt(index.row(), index.column());
    const Engine &e = m_session->engine();
    using Kind = TableLayout::Slot::Kind;
    switch (role) {
    case SlotKindRole:
        return int(slot.kind);
    case CellIdRole:
        return slot.cell;
    case AddressRole:
        return slot.cell == kNoCell ? QVariant() : QVariant(e.address(slot.cell));
    case EnteredRole:
        return slot.cell != kNoCell && e.isEntered(slot.cell);
    case UnprintedRole:
        return isUnprintedColumn(index.column());
    case FlashRole:
        return slot.cell != kNoCell && m_flash.contains(slot.cell);
    case SeverityRole: {
        auto it = m_marks.constFind(slot.cell);
        return it == m_marks.constEnd() ? QVariant() : QVariant(int(*it));
    }
    default:
        break;
    }
    if (slot.kind == Kind::Empty)
        return {};
    if (slot.kind != Kind::Amount) {
        const QString text = m_layout.text(index.row(), index.column());
        switch (role) {
        case Qt::DisplayRole:
            if (slot.kind == Kind::Name && slot.tableRow >= 0)
                return QString(2 * m_layout.level(slot.tableRow), QChar(0x3000)).left(4) + text;
            return text;
        case CopyRole:
        case Qt::EditRole:
            return text;
        case Qt::TextAlignmentRole:
            return int((slot.kind == Kind::Name ? Qt::AlignLeft : Qt::AlignHCenter) | Qt::AlignVCenter);
        case Qt::FontRole:
            return rowFont(slot.tableRow);
        default:
            return {};
        }
    }
    if (slot.cell == kNoCell) {
        if (role == Qt::BackgroundRole)
            return QBrush(kDerivedBackground);
        return {};
    }
    const bool entered = e.isEntered(slot.cell);
    const bool blank = entered && !e.isSet(slot.cell);
    switch (role) {
    case Qt::DisplayRole:
        return blank ? QString() : formatAmount(e.value(slot.cell));
    case Qt::EditRole:
        if (blank)
            return QString();
        return m_session->shownUnit() == AmountUnit::Wanyuan ? e.value(slot.cell).toExactWanyuanString()
                                                              : e.value(slot.cell).toYuanString();
    case CopyRole:
        return blank ? QString() : e.value(slot.cell).toString(m_session->shownUnit());
    case Qt::TextAlignmentRole:
        return int(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::FontRole:
        return rowFont(slot.tableRow);
    case Qt::BackgroundRole: {
        if (m_flash.contains(slot.cell))
            return QBrush(kFlashBackground);
        auto it = m_marks.constFind(slot.cell);
        if (it != m_marks.constEnd())
            return QBrush(*it == Severity::Error ? kErrorBackground : kWarningBackground);
        if (!entered)
            return QBrush(kDerivedBackground);
        if (isUnprintedColumn(index.column()))
            return QBrush(kUnprintedBackground);
        return {};
    }
    case Qt::ToolTipRole: {
        QStringList lines;
        lines << (entered ? tr("Entered: %1").arg(e.address(slot.cell))
                          : tr("Computed: %1").arg(formulaText(slot.cell)));
        if (entered && !blank && m_session->shownUnit() == AmountUnit::Wanyuan && !e.value(slot.cell).isWanyuanPrecision())
            lines << tr("Exact: %1 元").arg(e.value(slot.cell).toYuanString(Money::Grouping::Thousands));
        for (const QString &m : m_markMessages.value(slot.cell))
            lines << m;
        return lines.join(QLatin1Char('\n'));
    }
    case Qt::StatusTipRole:
        return e.address(slot.cell);
    default:
        return {};
    }
}

QVariant SheetModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Vertical)
        return section + 1;
    // The lowest heading over the column (the flat form, for accessibility and simple views).
    QString text;
    for (const HeaderCellDecl &h : m_header) {
        if (section >= h.column && section < h.column + h.columnSpan && h.row != m_layout.print().lanciRow)
            text = h.text;
    }
    return text;
}

Qt::ItemFlags SheetModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (!m_session->isReadOnly() && isEnteredCell(index))
        f |= Qt::ItemIsEditable;
    return f;
}

bool SheetModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !index.isValid())
        return false;
    const auto slot = slotAt(index.row(), index.column());
    const Engine &e = m_session->engine();
    if (slot.cell == kNoCell)
        return false;
    if (!e.isEntered(slot.cell)) {
        emit message(tr("This cell is computed and cannot be typed into: %1").arg(formulaText(slot.cell)));
        return false;
    }
    if (m_session->isReadOnly()) {
        emit message(tr("The document is open read-only."));
        return false;
    }
    const Parsed parsed = parse(value.toString());
    if (!parsed.error.isEmpty()) {
        emit message(parsed.error);
        return false;
    }
    const std::optional<Money> old = e.isSet(slot.cell) ? std::optional<Money>(e.value(slot.cell)) : std::nullopt;
    if (old == parsed.value)
        return true; // a no-op is never pushed
    const QString address = e.address(slot.cell);
    const QString text = tr("Change %1").arg(m_session->describe(address));
    return m_session->apply({Edit::setValue(address, parsed.value)}, text, {tableId(), address}, address);
}

void SheetModel::emitCells(std::vector<QModelIndex> &indexes)
{
    for (const QModelIndex &i : indexes)
        emit dataChanged(i, i);
    indexes.clear();
}

void SheetModel::refreshMarks(std::vector<QModelIndex> &touched)
{
    const DocumentSession::CellMarks &now = m_session->marks(m_sheet);
    for (auto it = now.worst.constBegin(); it != now.worst.constEnd(); ++it) {
        if (m_marks.value(it.key(), Severity::Rounding) != it.value())
            touched.push_back(indexOfCell(it.key()));
    }
    for (auto it = m_marks.constBegin(); it != m_marks.constEnd(); ++it) {
        if (!now.worst.contains(it.key()))
            touched.push_back(indexOfCell(it.key()));
    }
    m_marks = now.worst;
    m_markMessages = now.messages;
}

void SheetModel::onChanged(const ChangeSet &changes)
{
    // The layout keeps what it knows of each table row (a subtotal's bold) by position: after a
    // row is inserted or removed the rows below it are other rows. It is laid out again before
    // the views hear of the rows, so that nothing they ask for meanwhile is the old row's.
    if (changes.structural())
        m_layout = TableLayout(sheet());
    // Rows first, so that the cells below are reported where they now are.
    for (const RowSpan &span : changes.rowsRemoved) {
        if (span.sheet != m_sheet)
            continue;
        beginRemoveRows({}, span.first, span.first + span.count - 1);
        m_rows -= span.count;
        endRemoveRows();
    }
    for (const RowSpan &span : changes.rowsInserted) {
        if (span.sheet != m_sheet)
            continue;
        beginInsertRows({}, span.first, span.first + span.count - 1);
        m_rows += span.count;
        endInsertRows();
    }
    if (m_rows != m_layout.bodyRowCount()) { // cannot happen when the core reports every row change
        qWarning("SheetModel: %d rows shown, %d in the table; resetting", m_rows, m_layout.bodyRowCount());
        beginResetModel();
        m_rows = m_layout.bodyRowCount();
        endResetModel();
    }

    std::vector<QModelIndex> touched;
    const Engine &e = m_session->engine();
    bool flashed = false;
    for (CellId id : changes.cells) {
        const QModelIndex i = indexOfCell(id);
        if (!i.isValid())
            continue;
        touched.push_back(i);
        if (!e.isEntered(id)) {
            m_flash.insert(id);
            flashed = true;
        }
    }
    for (const auto &[sheet, row] : changes.rowsRenamed) {
        if (sheet != m_sheet)
            continue;
        for (int c = 0; c < columnCount(); ++c) {
            if (m_columns[c].role == GridColumnDecl::Role::Name)
                touched.push_back(index(row, c));
        }
    }
    if (!changes.findings.empty() || changes.structural())
        refreshMarks(touched);
    std::sort(touched.begin(), touched.end());
    touched.erase(std::unique(touched.begin(), touched.end()), touched.end());
    touched.erase(std::remove_if(touched.begin(), touched.end(), [](const QModelIndex &i) { return !i.isValid(); }),
                  touched.end());
    emitCells(touched);
    if (flashed)
        m_flashTimer.start();
}

} // namespace fa::ui
