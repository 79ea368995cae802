#include "evaluationpage.h"

#include "documentsession.h"

#include <QAbstractTableModel>
#include <QApplication>
#include <QFocusEvent>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QMetaProperty>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSplitter>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>
#include <set>

namespace fa::ui {

namespace {

const QString kPage = QStringLiteral("performance");
const QColor kDiffers(0xff, 0xd9, 0x8c);         // a typed value the rules do not allow: amber
const QColor kComputed(0xee, 0xf2, 0xf8);        // what the rules give: never typed
const QColor kDiffersText(0x7a, 0x45, 0x00);
constexpr int kMinStretchWidth = 64;             // the narrowest a column of words gets
constexpr int kMaxFittedWidth = 200;             // the widest a column of figures or short words gets
constexpr int kMaxRowLines = 6;                  // the tallest a row gets, in lines

// A score as the tables print it: "10", "4.74", "99.5".
QString pointsText(const std::optional<Points> &p)
{
    return p ? p->toShortString() : QString();
}

QString rangeText(const ScoreRange &r)
{
    return r.isExact() ? r.low.toString() : QStringLiteral("%1–%2").arg(r.low.toString(), r.high.toString());
}

QString amountText(const std::optional<Money> &m)
{
    return m ? m->toExactWanyuanString() : QString();
}

// A percentage as typed ("-5.26", "99.29%", "97.7 %") in hundredths of a percent, rounded half away
// from zero like Percent; nullopt when it is not one plain figure.
std::optional<qint64> hundredthsOf(const QString &text)
{
    const Target t = parseTarget(text);
    if (t.comparison != Target::Comparison::Equal || t.explicitOperator || !t.value
        || !(t.unit.isEmpty() || t.unit == QStringLiteral("%")))
        return std::nullopt;
    qint64 units = t.value->units;
    int scale = t.value->scale;
    while (scale < 2) {
        units *= 10;
        ++scale;
    }
    if (scale == 2)
        return units;
    qint64 div = 1;
    for (int i = 2; i < scale; ++i)
        div *= 10;
    const qint64 magnitude = (units < 0 ? -units : units);
    const qint64 rounded = (magnitude + div / 2) / div;
    return units < 0 ? -rounded : rounded;
}

// The 年度主要任务 columns as the 部门整体 table prints them (the keys of the JSON form).
const QStringList kTaskKeys = {QStringLiteral("task"), QStringLiteral("content"), QStringLiteral("actual")};

QString taskText(const Evaluation &e, int row, const QString &key)
{
    for (const auto &[k, v] : e.tasks[std::size_t(row)]) {
        if (k == key)
            return v;
    }
    return {};
}

void setTaskText(Evaluation &e, int row, const QString &key, const QString &text)
{
    auto &cells = e.tasks[std::size_t(row)];
    for (auto &[k, v] : cells) {
        if (k == key) {
            v = text;
            return;
        }
    }
    cells.emplace_back(key, text);
    // In the order the JSON form reads them back.
    std::sort(cells.begin(), cells.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
}

} // namespace

// A plain-text field of the form: written when it loses the focus.
class EvaluationTextEdit : public QPlainTextEdit
{
public:
    explicit EvaluationTextEdit(QWidget *parent = nullptr)
        : QPlainTextEdit(parent)
    {
        setTabChangesFocus(true);
    }
    std::function<void()> onLeave;

protected:
    void focusOutEvent(QFocusEvent *event) override
    {
        QPlainTextEdit::focusOutEvent(event);
        if (event->reason() != Qt::PopupFocusReason && onLeave)
            onLeave();
    }
};

// One column of a table of the form.
struct EvaluationColumn {
    QString header;
    QString tip;         // the header's tooltip
    int stretch = 0;     // 0: as wide as its contents; > 0: its share of the room left
    bool figure = false; // right-aligned
    bool computed = false;
    std::function<QString(const Evaluation &, const EvaluationScores &, int)> text;
    // Writes what was typed into the evaluation; returns why it cannot. Empty: not typed into.
    std::function<QString(Evaluation &, int, const QString &)> set;
    // A typed cell: why it is not what the rules give (empty when it is, or cannot be told).
    std::function<QString(const Evaluation &, const EvaluationScores &, int)> differs;
    // A computed cell: how it was computed.
    std::function<QString(const Evaluation &, const EvaluationScores &, int)> explain;
};

// A table of the current evaluation (资金, 资金管理情况, 年度主要任务 or 绩效指标), read from the
// document each time; a typed cell is written through the page as one undo step.
class EvaluationTableModel : public QAbstractTableModel
{
public:
    EvaluationTableModel(EvaluationPage *page, const QString &part, std::function<int(const Evaluation &)> rows,
                         std::function<QString(const Evaluation &, int)> rowName, std::vector<EvaluationColumn> columns)
        : QAbstractTableModel(page)
        , m_page(page)
        , m_part(part)
        , m_rowsOf(std::move(rows))
        , m_rowName(std::move(rowName))
        , m_columns(std::move(columns))
    {
    }

    const EvaluationColumn &column(int c) const { return m_columns[std::size_t(c)]; }

    int rowCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : m_rows; }
    int columnCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : int(m_columns.size()); }

    QVariant headerData(int section, Qt::Orientation orientation, int role) const override
    {
        if (orientation == Qt::Vertical)
            return role == Qt::DisplayRole ? QVariant(section + 1) : QVariant();
        if (section < 0 || section >= columnCount())
            return {};
        const EvaluationColumn &c = column(section);
        switch (role) {
        case Qt::DisplayRole:
            return c.header;
        case Qt::ToolTipRole:
            return c.tip.isEmpty() ? QVariant() : QVariant(c.tip);
        case Qt::BackgroundRole:
            return c.computed ? QVariant(QBrush(kComputed)) : QVariant();
        default:
            return {};
        }
    }

    Qt::ItemFlags flags(const QModelIndex &index) const override
    {
        if (!index.isValid())
            return Qt::NoItemFlags;
        Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
        if (column(index.column()).set && !m_page->isReadOnly())
            f |= Qt::ItemIsEditable;
        return f;
    }

    QVariant data(const QModelIndex &index, int role) const override
    {
        const Evaluation *e = m_page->current();
        if (!e || !index.isValid() || index.row() >= m_rowsOf(*e))
            return {};
        const EvaluationColumn &c = column(index.column());
        const EvaluationScores &s = m_page->scores();
        const int row = index.row();
        switch (role) {
        case Qt::DisplayRole:
        case Qt::EditRole:
            return c.text(*e, s, row);
        case Qt::TextAlignmentRole:
            // At the top: a row is as tall as its longest text.
            return QVariant::fromValue((c.figure ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignTop);
        case Qt::BackgroundRole:
            if (c.differs && !c.differs(*e, s, row).isEmpty())
                return QBrush(kDiffers);
            return c.computed ? QVariant(QBrush(kComputed)) : QVariant();
        case Qt::ForegroundRole:
            if (c.differs && !c.differs(*e, s, row).isEmpty())
                return QBrush(kDiffersText);
            return {};
        case Qt::ToolTipRole: {
            if (c.differs) {
                const QString d = c.differs(*e, s, row);
                if (!d.isEmpty())
                    return d;
            }
            if (c.explain)
                return c.explain(*e, s, row);
            const QString text = c.text(*e, s, row);
            return text.size() > 20 ? QVariant(text) : QVariant();
        }
        default:
            return {};
        }
    }

    // Why `text` cannot be written into the cell (empty when it can).
    QString check(const QModelIndex &index, const QString &text) const
    {
        const Evaluation *e = m_page->current();
        const EvaluationColumn &c = column(index.column());
        if (!e || !c.set || index.row() >= m_rowsOf(*e))
            return {};
        Evaluation copy = *e;
        return c.set(copy, index.row(), text);
    }

    bool setData(const QModelIndex &index, const QVariant &value, int role) override
    {
        if (role != Qt::EditRole || !index.isValid())
            return false;
        const Evaluation *e = m_page->current();
        const EvaluationColumn &c = column(index.column());
        if (!e || !c.set || index.row() >= m_rowsOf(*e))
            return false;
        const int row = index.row();
        const QString text = value.toString();
        if (text == c.text(*e, m_page->scores(), row))
            return true; // as it was: nothing to write
        const QString what = m_page->changeText(EvaluationPage::tr("%1 of %2").arg(c.header, m_rowName(*e, row)));
        const QString key = QStringLiteral("%1/%2/%3/%4/%5").arg(kPage).arg(m_page->currentEvaluation()).arg(m_part).arg(row).arg(index.column());
        auto rows = m_rowsOf;
        auto set = c.set;
        return m_page->changeCurrent(
            [&](Evaluation &ev) { return row < rows(ev) ? set(ev, row, text) : QString(); }, what, key);
    }

    // Shows the current evaluation again: a reset when it is another one or its rows changed.
    void reload(bool switched)
    {
        const Evaluation *e = m_page->current();
        const int rows = e ? m_rowsOf(*e) : 0;
        if (switched || rows != m_rows) {
            beginResetModel();
            m_rows = rows;
            endResetModel();
        } else if (rows > 0) {
            emit dataChanged(index(0, 0), index(rows - 1, columnCount() - 1));
        }
    }

private:
    EvaluationPage *m_page;
    QString m_part;
    std::function<int(const Evaluation &)> m_rowsOf;
    std::function<QString(const Evaluation &, int)> m_rowName;
    std::vector<EvaluationColumn> m_columns;
    int m_rows = 0;
};

namespace {

// Edits a cell with a line editor; Enter or Tab with text the cell cannot take keeps the editor
// open and says why (leaving the cell with it keeps the old value and says so).
class EvaluationDelegate : public QStyledItemDelegate
{
public:
    EvaluationDelegate(EvaluationTableModel *model, std::function<void(const QString &)> refuse, QObject *parent)
        : QStyledItemDelegate(parent)
        , m_model(model)
        , m_refuse(std::move(refuse))
    {
    }

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QWidget *editor = QStyledItemDelegate::createEditor(parent, option, index);
        if (editor) {
            editor->setProperty("faRow", index.row());
            editor->setProperty("faColumn", index.column());
        }
        return editor;
    }

protected:
    bool eventFilter(QObject *object, QEvent *event) override
    {
        auto *editor = qobject_cast<QWidget *>(object);
        if (editor && event->type() == QEvent::KeyPress) {
            const int key = static_cast<QKeyEvent *>(event)->key();
            if (key == Qt::Key_Return || key == Qt::Key_Enter || key == Qt::Key_Tab || key == Qt::Key_Backtab) {
                const QModelIndex index = m_model->index(editor->property("faRow").toInt(), editor->property("faColumn").toInt());
                const QByteArray name = editor->metaObject()->userProperty().name();
                const QString text = editor->property(name.isEmpty() ? "text" : name.constData()).toString();
                const QString why = m_model->check(index, text);
                if (!why.isEmpty()) {
                    m_refuse(why);
                    return true; // the editor stays, with what was typed
                }
            }
        }
        return QStyledItemDelegate::eventFilter(object, event);
    }

private:
    EvaluationTableModel *m_model;
    std::function<void(const QString &)> m_refuse;
};

} // namespace

// A table of the form: as tall as its rows (the page scrolls, not the table), its columns of
// words sharing the width left by the columns of figures, its rows as tall as their wrapped text.
class EvaluationTable : public QTableView
{
public:
    explicit EvaluationTable(QWidget *parent = nullptr)
        : QTableView(parent)
    {
        setWordWrap(true);
        setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
        setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
        setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
        setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
        setSelectionBehavior(QAbstractItemView::SelectItems);
        setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed | QAbstractItemView::AnyKeyPressed);
        setTabKeyNavigation(true);
        setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
        horizontalHeader()->setSectionResizeMode(QHeaderView::Fixed);
        horizontalHeader()->setHighlightSections(false);
        // Headings wrap (two lines at most) rather than make a column wider than its contents.
        horizontalHeader()->setDefaultAlignment(Qt::Alignment(Qt::AlignCenter | Qt::TextWordWrap));
        horizontalHeader()->setTextElideMode(Qt::ElideNone);
        verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
        verticalHeader()->setDefaultAlignment(Qt::AlignCenter);
        verticalHeader()->setMinimumWidth(fontMetrics().horizontalAdvance(QStringLiteral("000")));
    }

    void setTableModel(EvaluationTableModel *model)
    {
        m_model = model;
        setModel(model);
        connect(model, &QAbstractItemModel::modelReset, this, [this] { fit(); });
        connect(model, &QAbstractItemModel::dataChanged, this, [this] { fit(); });
    }

    bool isEditing() const { return state() == QAbstractItemView::EditingState; }

    // Scrolls itself (rather than being as tall as its rows).
    void setScrolls(bool scrolls)
    {
        m_scrolls = scrolls;
        // Always there, so that the room for the columns does not depend on the rows.
        setVerticalScrollBarPolicy(scrolls ? Qt::ScrollBarAlwaysOn : Qt::ScrollBarAlwaysOff);
        setSizePolicy(QSizePolicy::Expanding, scrolls ? QSizePolicy::Expanding : QSizePolicy::Fixed);
        setMinimumHeight(0);
        setMaximumHeight(QWIDGETSIZE_MAX);
        fit();
    }

    // Column widths, row heights and the table's own height, from its contents and width.
    void fit()
    {
        if (!m_model || m_fitting)
            return;
        m_fitting = true;
        const QFontMetrics fm(font());
        const QFontMetrics hfm(horizontalHeader()->font());
        const int padding = 2 * style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, this) + 14;
        const std::size_t columns = std::size_t(m_model->columnCount());
        // The least width of a column: its contents (a column of figures) or kMinStretchWidth (a
        // column of words), and its heading on one line or, when there is not the room, on two.
        std::vector<int> content(columns), full(columns), half(columns);
        for (std::size_t c = 0; c < columns; ++c) {
            const EvaluationColumn &col = m_model->column(int(c));
            const int heading = hfm.horizontalAdvance(col.header);
            full[c] = heading + padding;
            half[c] = (heading + 1) / 2 + hfm.averageCharWidth() + padding;
            content[c] = kMinStretchWidth;
            if (col.stretch == 0) {
                int w = 0;
                for (int r = 0; r < m_model->rowCount(); ++r)
                    w = std::max(w, fm.horizontalAdvance(m_model->data(m_model->index(r, int(c)), Qt::DisplayRole).toString()) + padding);
                content[c] = std::min(w, kMaxFittedWidth);
            }
        }
        // The headers and the viewport placed for the rows as they are now (after a reset this
        // has not happened yet).
        updateGeometries();
        const int available = viewport()->width();
        auto least = [&](bool compact) {
            std::vector<int> w(columns);
            for (std::size_t c = 0; c < columns; ++c)
                w[c] = std::max(content[c], compact ? half[c] : full[c]);
            return w;
        };
        auto sum = [](const std::vector<int> &w) {
            int total = 0;
            for (int x : w)
                total += x;
            return total;
        };
        std::vector<int> widths = least(false);
        if (sum(widths) > available)
            widths = least(true);

        // The columns of words share the room the others leave, by their stretch; one whose share
        // is below its least width keeps that width, and the others share what remains.
        int room = available, stretch = 0;
        std::vector<std::size_t> sharing;
        for (std::size_t c = 0; c < columns; ++c) {
            if (m_model->column(int(c)).stretch > 0) {
                sharing.push_back(c);
                stretch += m_model->column(int(c)).stretch;
            } else {
                room -= widths[c];
            }
        }
        for (bool again = true; again && !sharing.empty();) {
            again = false;
            for (std::size_t k = 0; k < sharing.size(); ++k) {
                const std::size_t c = sharing[k];
                const int share = stretch > 0 ? room * m_model->column(int(c)).stretch / stretch : 0;
                if (share < widths[c]) {
                    room -= widths[c];
                    stretch -= m_model->column(int(c)).stretch;
                    sharing.erase(sharing.begin() + std::ptrdiff_t(k));
                    again = true;
                    break;
                }
            }
        }
        for (std::size_t c : sharing)
            widths[c] = std::max(widths[c], stretch > 0 ? room * m_model->column(int(c)).stretch / stretch : 0);
        // What rounding leaves goes to the last column of words.
        const int total = sum(widths);
        for (std::size_t c = columns; c-- > 0 && total < available;) {
            if (m_model->column(int(c)).stretch > 0) {
                widths[c] += available - total;
                break;
            }
        }
        bool wrapped = false;
        for (std::size_t c = 0; c < columns; ++c) {
            horizontalHeader()->resizeSection(int(c), widths[c]);
            wrapped = wrapped || full[c] > widths[c];
        }
        horizontalHeader()->setMinimumHeight(wrapped ? 2 * hfm.lineSpacing() + 8 : 0);
        updateGeometries();
        resizeRowsToContents();
        // A long text shows its first lines; the rest is in its tooltip and editor.
        const int tallest = kMaxRowLines * fm.lineSpacing() + 8;
        for (int r = 0; r < m_model->rowCount(); ++r) {
            if (rowHeight(r) > tallest)
                setRowHeight(r, tallest);
        }
        if (!m_scrolls) {
            int h = 2 * frameWidth() + std::max(horizontalHeader()->minimumHeight(), horizontalHeader()->sizeHint().height())
                    + verticalHeader()->length();
            if (sum(widths) > available)
                h += horizontalScrollBar()->sizeHint().height();
            if (m_model->rowCount() == 0)
                h += fm.lineSpacing() + 8; // an empty line under the headings
            setFixedHeight(h);
        }
        m_fitting = false;
    }

protected:
    // Delete (or Backspace) empties the current cell, as in the tables.
    void keyPressEvent(QKeyEvent *event) override
    {
        if (!isEditing() && (event->key() == Qt::Key_Delete || event->key() == Qt::Key_Backspace)
            && (event->modifiers() & ~Qt::KeypadModifier) == Qt::NoModifier) {
            const QModelIndex cur = currentIndex();
            if (cur.isValid() && (model()->flags(cur) & Qt::ItemIsEditable)) {
                model()->setData(cur, QString());
                return;
            }
        }
        QTableView::keyPressEvent(event);
    }

    // Enter writes the cell and goes to the one below, as in the tables.
    void closeEditor(QWidget *editor, QAbstractItemDelegate::EndEditHint hint) override
    {
        const bool down = hint == QAbstractItemDelegate::SubmitModelCache;
        QTableView::closeEditor(editor, down ? QAbstractItemDelegate::NoHint : hint);
        const QModelIndex cur = currentIndex();
        if (down && cur.isValid() && cur.row() + 1 < model()->rowCount())
            setCurrentIndex(cur.sibling(cur.row() + 1, cur.column()));
    }

    void resizeEvent(QResizeEvent *event) override
    {
        QTableView::resizeEvent(event);
        if (event->size().width() != event->oldSize().width())
            fit();
    }

private:
    EvaluationTableModel *m_model = nullptr;
    bool m_fitting = false;
    bool m_scrolls = false;
};

// ---------------------------------------------------------------------------------------------

EvaluationPage::EvaluationPage(DocumentSession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_list(new QListWidget(this))
    , m_addEvaluation(new QPushButton(tr("Add a project table"), this))
    , m_removeEvaluation(new QPushButton(tr("Remove…"), this))
    , m_scroll(new QScrollArea(this))
    , m_form(new QWidget)
    , m_message(new QLabel(this))
    , m_title(new QLabel(m_form))
    , m_nameLabel(new QLabel(m_form))
    , m_name(new QLineEdit(m_form))
    , m_supervisor(new QLineEdit(m_form))
    , m_implementer(new QLineEdit(m_form))
    , m_fundsBox(new QGroupBox(m_form))
    , m_managementBox(new QGroupBox(QStringLiteral("资金管理情况"), m_form))
    , m_goalsBox(new QGroupBox(m_form))
    , m_tasksBox(new QGroupBox(QStringLiteral("年度主要任务"), m_form))
    , m_indicatorsBox(new QGroupBox(QStringLiteral("绩效指标"), m_form))
    , m_fundView(new EvaluationTable(m_fundsBox))
    , m_managementView(new EvaluationTable(m_managementBox))
    , m_taskView(new EvaluationTable(m_tasksBox))
    , m_indicatorView(new EvaluationTable(m_indicatorsBox))
    , m_goalExpected(new EvaluationTextEdit(m_goalsBox))
    , m_goalActual(new EvaluationTextEdit(m_goalsBox))
    , m_addIndicator(new QPushButton(tr("Add indicator"), m_indicatorsBox))
    , m_removeIndicator(new QPushButton(tr("Remove selected indicators"), m_indicatorsBox))
    , m_moveUp(new QPushButton(tr("Move up"), m_indicatorsBox))
    , m_moveDown(new QPushButton(tr("Move down"), m_indicatorsBox))
    , m_totalWeight(new QLineEdit(m_form))
    , m_totalScore(new QLineEdit(m_form))
    , m_grade(new QLineEdit(m_form))
    , m_computedTotal(new QLabel(m_form))
    , m_computedGrade(new QLabel(m_form))
    , m_weightSum(new QLabel(m_form))
    , m_empty(new QLabel(this))
{
    connect(session, &DocumentSession::failed, this, [this](const QString &text) { m_lastFailure = text; });

    // Typed texts and figures, as the core reads them back.
    auto parsePoints = [](const QString &typed, std::optional<Points> &out) -> QString {
        const QString t = typed.trimmed();
        if (t.isEmpty()) {
            out.reset();
            return {};
        }
        const auto p = Points::parse(t);
        if (!p || p->hundredths() > kMaxWeightHundredths)
            return tr("“%1” is not a score: points with at most two decimals, e.g. 4.74. Nothing was changed.").arg(t);
        out = p;
        return {};
    };
    auto parseAmount = [](const QString &typed, std::optional<Money> &out) -> QString {
        const QString t = typed.trimmed();
        if (t.isEmpty()) {
            out.reset();
            return {};
        }
        const auto m = Money::parseTyped(t, AmountUnit::Wanyuan);
        if (!m)
            return tr("“%1” is not an amount in 万元 (at most six decimals). %2 Nothing was changed.")
                .arg(t, Money::parseErrorMessage(m.error));
        out = m.value;
        return {};
    };
    auto setText = [](QString &field, const QString &typed) {
        field = typed.trimmed();
        return QString();
    };

    // 资金: 年度资金总额 and its sources.
    std::vector<EvaluationColumn> funds;
    funds.push_back({QStringLiteral("资金来源"), {}, 2, false, false,
                     [](const Evaluation &e, const EvaluationScores &, int r) { return e.funds[std::size_t(r)].source; },
                     [setText](Evaluation &e, int r, const QString &t) { return setText(e.funds[std::size_t(r)].source, t); }, {}, {}});
    auto amountColumn = [&](const QString &header, std::optional<Money> FundRow::*member) {
        return EvaluationColumn{header, tr("万元, up to six decimals"), 0, true, false,
                                [member](const Evaluation &e, const EvaluationScores &, int r) {
                                    return amountText(e.funds[std::size_t(r)].*member);
                                },
                                [member, parseAmount](Evaluation &e, int r, const QString &t) {
                                    return parseAmount(t, e.funds[std::size_t(r)].*member);
                                },
                                {}, {}};
    };
    funds.push_back(amountColumn(QStringLiteral("年初预算数"), &FundRow::budgetInitial));
    funds.push_back(amountColumn(QStringLiteral("全年预算数"), &FundRow::budgetFull));
    funds.push_back(amountColumn(QStringLiteral("全年执行数"), &FundRow::executed));
    funds.push_back({QStringLiteral("分值"), {}, 0, true, false,
                     [](const Evaluation &e, const EvaluationScores &, int r) { return pointsText(e.funds[std::size_t(r)].weight); },
                     [parsePoints](Evaluation &e, int r, const QString &t) { return parsePoints(t, e.funds[std::size_t(r)].weight); },
                     {}, {}});
    funds.push_back({QStringLiteral("执行率"), tr("As typed; the computed 执行率 is beside it"), 0, true, false,
                     [](const Evaluation &e, const EvaluationScores &, int r) { return e.funds[std::size_t(r)].rate; },
                     [setText](Evaluation &e, int r, const QString &t) { return setText(e.funds[std::size_t(r)].rate, t); },
                     [](const Evaluation &e, const EvaluationScores &, int r) -> QString {
                         const FundRow &f = e.funds[std::size_t(r)];
                         if (f.rate.trimmed().isEmpty() || !f.budgetFull || !f.executed)
                             return {};
                         const auto rate = Percent::ratio(*f.executed, *f.budgetFull);
                         const auto typed = hundredthsOf(f.rate);
                         if (!rate || !typed || *typed == rate->basisPoints())
                             return {};
                         return tr("Typed %1; 全年执行数 ÷ 全年预算数 gives %2.")
                             .arg(f.rate, rate->toString(Percent::Style::WithPercentSign));
                     },
                     {}});
    funds.push_back({QStringLiteral("得分"), tr("As typed; the computed score is beside it"), 0, true, false,
                     [](const Evaluation &e, const EvaluationScores &, int r) { return pointsText(e.funds[std::size_t(r)].score); },
                     [parsePoints](Evaluation &e, int r, const QString &t) { return parsePoints(t, e.funds[std::size_t(r)].score); },
                     [](const Evaluation &e, const EvaluationScores &s, int r) -> QString {
                         const FundRow &f = e.funds[std::size_t(r)];
                         if (r != totalFundRow(e) || !f.score || !s.execution || !s.execution->computable
                             || *f.score == s.execution->score)
                             return {};
                         return tr("Typed %1; the rules give %2.\n%3")
                             .arg(pointsText(f.score), s.execution->score.toString(), s.execution->explanation);
                     },
                     {}});
    funds.push_back({tr("Computed 执行率"), tr("全年执行数 ÷ 全年预算数"), 0, true, true,
                     [](const Evaluation &e, const EvaluationScores &, int r) -> QString {
                         const FundRow &f = e.funds[std::size_t(r)];
                         const auto rate = f.budgetFull && f.executed ? Percent::ratio(*f.executed, *f.budgetFull) : std::nullopt;
                         return rate ? rate->toString(Percent::Style::WithPercentSign) : QStringLiteral("—");
                     },
                     {}, {},
                     [](const Evaluation &e, const EvaluationScores &, int r) -> QString {
                         const FundRow &f = e.funds[std::size_t(r)];
                         if (!f.budgetFull || !f.executed)
                             return tr("Both 全年预算数 and 全年执行数 are needed.");
                         if (f.budgetFull->isZero())
                             return tr("The 全年预算数 is zero: there is no 执行率.");
                         return tr("%1 ÷ %2").arg(f.executed->toExactWanyuanString(), f.budgetFull->toExactWanyuanString());
                     }});
    funds.push_back({tr("Computed 得分"), tr("分值 × 执行率 (at most the 分值), on the 年度资金总额 row"), 0, true, true,
                     [](const Evaluation &e, const EvaluationScores &s, int r) -> QString {
                         if (r != totalFundRow(e))
                             return {};
                         return s.execution && s.execution->computable ? s.execution->score.toString() : QStringLiteral("—");
                     },
                     {}, {},
                     [](const Evaluation &e, const EvaluationScores &s, int r) -> QString {
                         if (r != totalFundRow(e))
                             return tr("The 执行率 is scored on the 年度资金总额 row.");
                         return s.execution ? s.execution->explanation
                                            : tr("The 全年预算数 and 全年执行数 of this row are needed to score the 执行率.");
                     }});
    m_fundModel = new EvaluationTableModel(
        this, QStringLiteral("funds"), [](const Evaluation &e) { return int(e.funds.size()); },
        [](const Evaluation &e, int r) { return e.funds[std::size_t(r)].source; }, std::move(funds));

    // 资金管理情况.
    std::vector<EvaluationColumn> management;
    management.push_back({QStringLiteral("项目"), {}, 0, false, false,
                          [](const Evaluation &e, const EvaluationScores &, int r) { return e.management[std::size_t(r)].item; },
                          [setText](Evaluation &e, int r, const QString &t) { return setText(e.management[std::size_t(r)].item, t); },
                          {}, {}});
    management.push_back({QStringLiteral("情况说明"), {}, 2, false, false,
                          [](const Evaluation &e, const EvaluationScores &, int r) { return e.management[std::size_t(r)].note; },
                          [setText](Evaluation &e, int r, const QString &t) { return setText(e.management[std::size_t(r)].note, t); },
                          {}, {}});
    management.push_back({QStringLiteral("分值"), {}, 0, true, false,
                          [](const Evaluation &e, const EvaluationScores &, int r) { return pointsText(e.management[std::size_t(r)].weight); },
                          [parsePoints](Evaluation &e, int r, const QString &t) {
                              return parsePoints(t, e.management[std::size_t(r)].weight);
                          },
                          {}, {}});
    management.push_back({QStringLiteral("得分"), tr("注1: one point off per violation found, down to 0"), 0, true, false,
                          [](const Evaluation &e, const EvaluationScores &, int r) { return pointsText(e.management[std::size_t(r)].score); },
                          [parsePoints](Evaluation &e, int r, const QString &t) {
                              return parsePoints(t, e.management[std::size_t(r)].score);
                          },
                          [](const Evaluation &e, const EvaluationScores &, int r) -> QString {
                              const FundManagementItem &m = e.management[std::size_t(r)];
                              if (m.score && m.weight && *m.score > *m.weight)
                                  return tr("The 得分 %1 is more than the 分值 %2.").arg(pointsText(m.score), pointsText(m.weight));
                              return {};
                          },
                          {}});
    management.push_back({QStringLiteral("存在问题和改进措施"), {}, 3, false, false,
                          [](const Evaluation &e, const EvaluationScores &, int r) { return e.management[std::size_t(r)].problem; },
                          [setText](Evaluation &e, int r, const QString &t) { return setText(e.management[std::size_t(r)].problem, t); },
                          {}, {}});
    m_managementModel = new EvaluationTableModel(
        this, QStringLiteral("management"), [](const Evaluation &e) { return int(e.management.size()); },
        [](const Evaluation &e, int r) { return e.management[std::size_t(r)].item; }, std::move(management));

    // 年度主要任务 (部门整体).
    std::vector<EvaluationColumn> tasks;
    const QStringList taskHeaders = {QStringLiteral("任务名称"), QStringLiteral("主要内容"), QStringLiteral("实际完成情况")};
    const int taskStretch[] = {1, 3, 1};
    for (int i = 0; i < kTaskKeys.size(); ++i) {
        const QString key = kTaskKeys[i];
        tasks.push_back({taskHeaders[i], {}, taskStretch[i], false, false,
                         [key](const Evaluation &e, const EvaluationScores &, int r) { return taskText(e, r, key); },
                         [key](Evaluation &e, int r, const QString &t) {
                             setTaskText(e, r, key, t.trimmed());
                             return QString();
                         },
                         {}, {}});
    }
    m_taskModel = new EvaluationTableModel(
        this, QStringLiteral("tasks"), [](const Evaluation &e) { return int(e.tasks.size()); },
        [](const Evaluation &e, int r) { return taskText(e, r, QStringLiteral("task")); }, std::move(tasks));

    // 绩效指标.
    std::vector<EvaluationColumn> indicators;
    auto indicatorText = [&](const QString &header, int stretch, QString Indicator::*member, const QString &tip = {}) {
        return EvaluationColumn{header, tip, stretch, false, false,
                                [member](const Evaluation &e, const EvaluationScores &, int r) {
                                    return e.indicators[std::size_t(r)].*member;
                                },
                                [member, setText](Evaluation &e, int r, const QString &t) {
                                    return setText(e.indicators[std::size_t(r)].*member, t);
                                },
                                {}, {}};
    };
    indicators.push_back(indicatorText(QStringLiteral("一级指标"), 0, &Indicator::level1));
    indicators.push_back(indicatorText(QStringLiteral("二级指标"), 1, &Indicator::level2));
    indicators.push_back(indicatorText(QStringLiteral("三级指标"), 3, &Indicator::level3));
    indicators.push_back(indicatorText(QStringLiteral("年度指标值"), 2, &Indicator::target,
                                       tr("e.g. ≥95%, ≤9万元, =1个, 有所提升")));
    indicators.push_back(indicatorText(QStringLiteral("实际完成值"), 2, &Indicator::actual,
                                       tr("A figure in the target's unit, a rating in percent or 好/较好/一般/较差")));
    indicators.push_back({QStringLiteral("分值"), {}, 0, true, false,
                          [](const Evaluation &e, const EvaluationScores &, int r) { return pointsText(e.indicators[std::size_t(r)].weight); },
                          [parsePoints](Evaluation &e, int r, const QString &t) {
                              return parsePoints(t, e.indicators[std::size_t(r)].weight);
                          },
                          {}, {}});
    indicators.push_back({QStringLiteral("得分"), tr("As typed; the computed score is beside it"), 0, true, false,
                          [](const Evaluation &e, const EvaluationScores &, int r) { return pointsText(e.indicators[std::size_t(r)].score); },
                          [parsePoints](Evaluation &e, int r, const QString &t) {
                              return parsePoints(t, e.indicators[std::size_t(r)].score);
                          },
                          [](const Evaluation &e, const EvaluationScores &s, int r) -> QString {
                              const Indicator &ind = e.indicators[std::size_t(r)];
                              const IndicatorScore &sc = s.indicators[std::size_t(r)];
                              if (!ind.score || !sc.computable || (*ind.score >= sc.range.low && *ind.score <= sc.range.high))
                                  return {};
                              return tr("Typed %1; the rules give %2.\n%3").arg(pointsText(ind.score), rangeText(sc.range), sc.explanation);
                          },
                          {}});
    indicators.push_back({tr("Computed 得分"), tr("What the rules (注5) give: a score, the range of a band, or — when it cannot be computed"),
                          0, true, true,
                          [](const Evaluation &, const EvaluationScores &s, int r) -> QString {
                              const IndicatorScore &sc = s.indicators[std::size_t(r)];
                              return sc.computable ? rangeText(sc.range) : QStringLiteral("—");
                          },
                          {}, {},
                          [](const Evaluation &, const EvaluationScores &s, int r) { return s.indicators[std::size_t(r)].explanation; }});
    indicators.push_back({QStringLiteral("偏差度"), tr("As printed, in percent; the computed one is beside it"), 0, true, false,
                          [](const Evaluation &e, const EvaluationScores &, int r) { return e.indicators[std::size_t(r)].deviation; },
                          [setText](Evaluation &e, int r, const QString &t) { return setText(e.indicators[std::size_t(r)].deviation, t); },
                          [](const Evaluation &e, const EvaluationScores &s, int r) -> QString {
                              const Indicator &ind = e.indicators[std::size_t(r)];
                              const IndicatorScore &sc = s.indicators[std::size_t(r)];
                              const auto typed = hundredthsOf(ind.deviation);
                              if (!typed || !sc.deviation || *typed == sc.deviation->basisPoints())
                                  return {};
                              return tr("Typed %1; (实际 − 目标) ÷ 目标 gives %2.").arg(ind.deviation, sc.deviation->toString());
                          },
                          {}});
    indicators.push_back({tr("Computed 偏差度"), tr("(实际 − 目标) ÷ 目标 in percent, 0.00 when the target is met"), 0, true, true,
                          [](const Evaluation &, const EvaluationScores &s, int r) -> QString {
                              const IndicatorScore &sc = s.indicators[std::size_t(r)];
                              return sc.deviation ? sc.deviation->toString() : QStringLiteral("—");
                          },
                          {}, {},
                          [](const Evaluation &, const EvaluationScores &s, int r) { return s.indicators[std::size_t(r)].explanation; }});
    indicators.push_back(indicatorText(QStringLiteral("偏差原因分析及改进措施"), 4, &Indicator::reason));
    m_indicatorModel = new EvaluationTableModel(
        this, QStringLiteral("indicators"), [](const Evaluation &e) { return int(e.indicators.size()); },
        [](const Evaluation &e, int r) {
            const QString name = e.indicators[std::size_t(r)].level3;
            return name.isEmpty() ? tr("indicator %1").arg(r + 1) : name;
        },
        std::move(indicators));

    auto refuseText = [this](const QString &text) { refuse(text); };
    const std::pair<EvaluationTable *, EvaluationTableModel *> tables[] = {
        {m_fundView, m_fundModel}, {m_managementView, m_managementModel}, {m_taskView, m_taskModel}, {m_indicatorView, m_indicatorModel}};
    for (const auto &[view, model] : tables) {
        view->setTableModel(model);
        view->setItemDelegate(new EvaluationDelegate(model, refuseText, view));
        // Moving through a table with the keyboard scrolls the page to the cell.
        connect(view->selectionModel(), &QItemSelectionModel::currentChanged, this, [this, view = view](const QModelIndex &cur) {
            if (!cur.isValid() || !view->isVisible() || view == m_indicatorView)
                return;
            const QRect r = view->visualRect(cur);
            const QPoint at = view->viewport()->mapTo(m_form, r.center());
            m_scroll->ensureVisible(at.x(), at.y(), r.width() / 2 + 8, r.height() / 2 + 8);
        });
    }
    m_fundView->setObjectName(QStringLiteral("evaluationFunds"));
    m_managementView->setObjectName(QStringLiteral("evaluationManagement"));
    m_taskView->setObjectName(QStringLiteral("evaluationTasks"));
    m_indicatorView->setObjectName(QStringLiteral("evaluationIndicators"));
    m_fundView->verticalHeader()->hide();
    m_managementView->verticalHeader()->hide();
    m_indicatorView->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_indicatorView->setSelectionMode(QAbstractItemView::ExtendedSelection);
    connect(m_indicatorView->selectionModel(), &QItemSelectionModel::selectionChanged, this, &EvaluationPage::updateButtons);
    connect(m_indicatorView->selectionModel(), &QItemSelectionModel::currentChanged, this, &EvaluationPage::updateButtons);

    // The list of tables.
    m_list->setObjectName(QStringLiteral("evaluationList"));
    m_list->setWordWrap(true);
    m_list->setTextElideMode(Qt::ElideNone);
    m_list->setSpacing(1);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    connect(m_list, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0)
            selectEvaluation(row);
    });
    m_addEvaluation->setToolTip(tr("Add a 项目支出绩效自评表 at the end of the list"));
    m_removeEvaluation->setToolTip(tr("Remove the selected table (asks first; undo brings it back)"));
    connect(m_addEvaluation, &QPushButton::clicked, this, [this] { addProjectEvaluation(); });
    connect(m_removeEvaluation, &QPushButton::clicked, this, [this] {
        const Evaluation *e = current();
        if (!e)
            return;
        const auto answer = QMessageBox::question(
            this, tr("Remove a 绩效自评 table"),
            tr("Remove the table “%1” with its %n indicators? Undo brings it back.", nullptr, int(e->indicators.size())).arg(e->name));
        if (answer == QMessageBox::Yes)
            removeEvaluation(m_current);
    });
    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    auto *listTitle = new QLabel(tr("Tables (附件)"), left);
    QFont bold = listTitle->font();
    bold.setBold(true);
    listTitle->setFont(bold);
    leftLayout->addWidget(listTitle);
    leftLayout->addWidget(m_list, 1);
    auto *listButtons = new QHBoxLayout;
    listButtons->addWidget(m_addEvaluation);
    listButtons->addWidget(m_removeEvaluation);
    leftLayout->addLayout(listButtons);

    // The form.
    m_message->setObjectName(QStringLiteral("evaluationMessage"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->setStyleSheet(QStringLiteral("QLabel { background: #fde2e2; color: #7a1010; border: 1px solid #e9a5a5; padding: 4px; }"));
    m_message->hide();
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    m_title->setFont(titleFont);
    m_title->setAlignment(Qt::AlignCenter);

    m_name->setObjectName(QStringLiteral("evaluationName"));
    m_supervisor->setObjectName(QStringLiteral("evaluationSupervisor"));
    m_implementer->setObjectName(QStringLiteral("evaluationImplementer"));
    auto *header = new QGridLayout;
    header->addWidget(m_nameLabel, 0, 0);
    header->addWidget(m_name, 0, 1, 1, 3);
    auto *supervisorLabel = new QLabel(QStringLiteral("主管部门"), m_form);
    auto *implementerLabel = new QLabel(QStringLiteral("实施单位"), m_form);
    supervisorLabel->setObjectName(QStringLiteral("supervisorLabel"));
    implementerLabel->setObjectName(QStringLiteral("implementerLabel"));
    header->addWidget(supervisorLabel, 1, 0);
    header->addWidget(m_supervisor, 1, 1);
    header->addWidget(implementerLabel, 1, 2);
    header->addWidget(m_implementer, 1, 3);
    header->setColumnStretch(1, 1);
    header->setColumnStretch(3, 1);

    auto boxLayout = [](QGroupBox *box, QWidget *content) {
        auto *l = new QVBoxLayout(box);
        l->addWidget(content);
        return l;
    };
    boxLayout(m_fundsBox, m_fundView);
    boxLayout(m_managementBox, m_managementView);
    boxLayout(m_tasksBox, m_taskView);

    auto *goals = new QGridLayout(m_goalsBox);
    goals->addWidget(new QLabel(QStringLiteral("预期目标"), m_goalsBox), 0, 0);
    goals->addWidget(new QLabel(QStringLiteral("实际完成情况"), m_goalsBox), 0, 1);
    goals->addWidget(m_goalExpected, 1, 0);
    goals->addWidget(m_goalActual, 1, 1);
    for (EvaluationTextEdit *edit : {m_goalExpected, m_goalActual}) {
        edit->setFixedHeight(edit->fontMetrics().lineSpacing() * 3 + 2 * edit->frameWidth() + 8);
        edit->setReadOnly(session->isReadOnly());
    }
    m_goalExpected->setObjectName(QStringLiteral("goalExpected"));
    m_goalActual->setObjectName(QStringLiteral("goalActual"));

    auto *indicatorLayout = new QVBoxLayout(m_indicatorsBox);
    auto *indicatorButtons = new QHBoxLayout;
    for (QPushButton *b : {m_addIndicator, m_removeIndicator, m_moveUp, m_moveDown})
        indicatorButtons->addWidget(b);
    indicatorButtons->addStretch(1);
    auto *legend = new QLabel(QStringLiteral("<span style=\"background:%1\">&nbsp;%2&nbsp;</span> "
                                             "<span style=\"background:%3\">&nbsp;%4&nbsp;</span>")
                                  .arg(kComputed.name(), tr("computed by the rules").toHtmlEscaped(), kDiffers.name(),
                                       tr("typed, not what the rules give (see its tooltip)").toHtmlEscaped()),
                              m_indicatorsBox);
    // Under the buttons, wrapped: beside them it made the page (and so the window) at least ~900
    // pixels wide.
    legend->setWordWrap(true);
    indicatorLayout->addLayout(indicatorButtons);
    indicatorLayout->addWidget(legend);
    indicatorLayout->addWidget(m_indicatorView);
    m_addIndicator->setToolTip(tr("Add an indicator after the current one, with its 一级 and 二级 指标"));
    m_removeIndicator->setToolTip(tr("Remove the indicators of the selected rows"));
    connect(m_addIndicator, &QPushButton::clicked, this, [this] {
        const QModelIndex cur = m_indicatorView->currentIndex();
        addIndicator(cur.isValid() ? cur.row() : -1);
    });
    connect(m_removeIndicator, &QPushButton::clicked, this, [this] { removeIndicators(selectedIndicatorRows()); });
    connect(m_moveUp, &QPushButton::clicked, this, [this] { moveIndicator(m_indicatorView->currentIndex().row(), -1); });
    connect(m_moveDown, &QPushButton::clicked, this, [this] { moveIndicator(m_indicatorView->currentIndex().row(), 1); });

    auto *summary = new QGridLayout;
    m_totalWeight->setObjectName(QStringLiteral("totalWeight"));
    m_totalScore->setObjectName(QStringLiteral("totalScore"));
    m_grade->setObjectName(QStringLiteral("grade"));
    m_computedTotal->setObjectName(QStringLiteral("computedTotal"));
    m_computedGrade->setObjectName(QStringLiteral("computedGrade"));
    const int figureWidth = fontMetrics().horizontalAdvance(QStringLiteral("000.00")) + 24;
    for (QLineEdit *e : {m_totalWeight, m_totalScore, m_grade}) {
        e->setMaximumWidth(figureWidth);
        e->setAlignment(Qt::AlignRight);
    }
    m_grade->setAlignment(Qt::AlignCenter);
    m_grade->setMaximumWidth(std::max(figureWidth, fontMetrics().horizontalAdvance(QStringLiteral("优/良/中/差")) + 24));
    m_computedTotal->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_computedGrade->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_weightSum->setWordWrap(true);
    m_computedTotal->setWordWrap(true);
    m_computedGrade->setWordWrap(true);
    auto *summaryBox = new QGroupBox(tr("总分 and 评价等级"), this);
    summary->addWidget(new QLabel(QStringLiteral("总分"), summaryBox), 0, 0);
    summary->addWidget(m_totalScore, 0, 1);
    summary->addWidget(m_computedTotal, 0, 2);
    summary->addWidget(new QLabel(QStringLiteral("评价等级"), summaryBox), 0, 4);
    summary->addWidget(m_grade, 0, 5);
    summary->addWidget(m_computedGrade, 0, 6);
    summary->addWidget(new QLabel(QStringLiteral("总分值"), summaryBox), 1, 0);
    summary->addWidget(m_totalWeight, 1, 1);
    summary->addWidget(m_weightSum, 1, 2, 1, 5);
    summary->setColumnStretch(2, 3);
    summary->setColumnMinimumWidth(3, 16);
    summary->setColumnStretch(6, 2);
    summary->setContentsMargins(8, 4, 8, 4);
    summaryBox->setLayout(summary);

    // The upper part of the form scrolls; the 绩效指标 and the total (what is reviewed most)
    // stay in view below it, the table scrolling itself.
    auto *form = new QVBoxLayout(m_form);
    form->setContentsMargins(0, 0, 6, 0);
    form->addWidget(m_title);
    form->addLayout(header);
    form->addWidget(m_fundsBox);
    form->addWidget(m_managementBox);
    form->addWidget(m_goalsBox);
    form->addWidget(m_tasksBox);
    form->addStretch(1);
    auto *lower = new QWidget(this);
    auto *lowerLayout = new QVBoxLayout(lower);
    lowerLayout->setContentsMargins(0, 0, 0, 0);
    lowerLayout->addWidget(m_indicatorsBox, 1);
    lowerLayout->addWidget(summaryBox);
    m_indicatorView->setScrolls(true);

    m_scroll->setWidget(m_form);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);

    m_empty->setObjectName(QStringLiteral("evaluationEmpty"));
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setText(tr("This document has no 绩效自评 tables yet. “Add a project table” starts one."));
    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    if (session->isReadOnly()) {
        auto *ro = new QLabel(tr("The document is open read-only: nothing here can be changed."), right);
        ro->setStyleSheet(QStringLiteral("color: #8a1010"));
        rightLayout->addWidget(ro);
    }
    m_parts = new QSplitter(Qt::Vertical, right);
    m_parts->addWidget(m_scroll);
    m_parts->addWidget(lower);
    m_parts->setStretchFactor(0, 2);
    m_parts->setStretchFactor(1, 3);
    m_parts->setChildrenCollapsible(false);
    // The split follows the form (fitParts) until a person moves it.
    connect(m_parts, &QSplitter::splitterMoved, this, [this] { m_partsMoved = true; });
    m_parts->installEventFilter(this);
    rightLayout->addWidget(m_message);
    rightLayout->addWidget(m_parts, 1);
    rightLayout->addWidget(m_empty, 1);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);
    splitter->setSizes({280, 1000});
    left->setMinimumWidth(200);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(splitter);

    // The header and the summary, written on Enter or on leaving the field.
    addLineField(m_name, QStringLiteral("名称"), QStringLiteral("name"), [](const Evaluation &e) { return e.name; },
                 [](Evaluation &e, const QString &t) {
                     e.name = t.trimmed();
                     return QString();
                 });
    addLineField(m_supervisor, QStringLiteral("主管部门"), QStringLiteral("supervisor"), [](const Evaluation &e) { return e.supervisor; },
                 [](Evaluation &e, const QString &t) {
                     e.supervisor = t.trimmed();
                     return QString();
                 });
    addLineField(m_implementer, QStringLiteral("实施单位"), QStringLiteral("implementer"), [](const Evaluation &e) { return e.implementer; },
                 [](Evaluation &e, const QString &t) {
                     e.implementer = t.trimmed();
                     return QString();
                 });
    addLineField(m_totalWeight, QStringLiteral("总分值"), QStringLiteral("totalWeight"),
                 [](const Evaluation &e) { return pointsText(e.totalWeight); },
                 [parsePoints](Evaluation &e, const QString &t) { return parsePoints(t, e.totalWeight); });
    addLineField(m_totalScore, QStringLiteral("总分"), QStringLiteral("totalScore"),
                 [](const Evaluation &e) { return pointsText(e.totalScore); },
                 [parsePoints](Evaluation &e, const QString &t) { return parsePoints(t, e.totalScore); });
    addLineField(m_grade, QStringLiteral("评价等级"), QStringLiteral("grade"), [](const Evaluation &e) { return e.grade; },
                 [](Evaluation &e, const QString &t) {
                     e.grade = t.trimmed();
                     return QString();
                 });
    m_grade->setPlaceholderText(QStringLiteral("优/良/中/差"));

    m_texts.push_back({m_goalExpected, QStringLiteral("预期目标"), QStringLiteral("goalExpected"),
                       [](const Evaluation &e) { return e.goalExpected; },
                       [](Evaluation &e, const QString &t) { e.goalExpected = t; }});
    m_texts.push_back({m_goalActual, QStringLiteral("实际完成情况"), QStringLiteral("goalActual"),
                       [](const Evaluation &e) { return e.goalActual; },
                       [](Evaluation &e, const QString &t) { e.goalActual = t; }});
    for (std::size_t i = 0; i < m_texts.size(); ++i)
        m_texts[i].edit->onLeave = [this, i] { commitText(m_texts[i]); };

    const bool ro = session->isReadOnly();
    m_addEvaluation->setEnabled(!ro);

    m_shown = session->document().data().evaluations;
    buildList();
    if (!m_shown.empty())
        selectEvaluation(0);
    else
        fillCurrent(true);
    connect(session, &DocumentSession::changed, this, [this](const ChangeSet &c) {
        if (c.evaluationsChanged)
            refresh();
    });
}

EvaluationPage::~EvaluationPage() = default;

void EvaluationPage::addLineField(QLineEdit *edit, const QString &name, const QString &key,
                                  std::function<QString(const Evaluation &)> get, std::function<QString(Evaluation &, const QString &)> set)
{
    edit->setReadOnly(m_session->isReadOnly());
    m_lines.push_back({edit, name, key, std::move(get), std::move(set)});
    const std::size_t i = m_lines.size() - 1;
    connect(edit, &QLineEdit::editingFinished, this, [this, i] { commitLine(m_lines[i]); });
}

QTableView *EvaluationPage::indicatorTable() const
{
    return m_indicatorView;
}

QTableView *EvaluationPage::fundTable() const
{
    return m_fundView;
}

QTableView *EvaluationPage::managementTable() const
{
    return m_managementView;
}

QTableView *EvaluationPage::taskTable() const
{
    return m_taskView;
}

QPlainTextEdit *EvaluationPage::goalExpectedEdit() const
{
    return m_goalExpected;
}

QPlainTextEdit *EvaluationPage::goalActualEdit() const
{
    return m_goalActual;
}

int EvaluationPage::evaluationCount() const
{
    return int(m_session->document().data().evaluations.size());
}

const Evaluation *EvaluationPage::current() const
{
    const auto &list = m_session->document().data().evaluations;
    return m_current >= 0 && m_current < int(list.size()) ? &list[std::size_t(m_current)] : nullptr;
}

bool EvaluationPage::isReadOnly() const
{
    return m_session->isReadOnly();
}

QString EvaluationPage::shortName(const Evaluation &e) const
{
    const QString name = e.name.trimmed().isEmpty() ? tr("table %1").arg(m_current + 1) : e.name.trimmed();
    return name.size() > 18 ? name.left(17) + QStringLiteral("…") : name;
}

QString EvaluationPage::changeText(const QString &what) const
{
    const Evaluation *e = current();
    return tr("Change %1 in 绩效自评 “%2”").arg(what, e ? shortName(*e) : QString());
}

QString EvaluationPage::messageText() const
{
    return m_message->isHidden() ? QString() : m_message->text();
}

void EvaluationPage::refuse(const QString &text)
{
    m_message->setText(text);
    m_message->show();
    emit message(text);
}

void EvaluationPage::clearMessage()
{
    m_message->clear();
    m_message->hide();
}

bool EvaluationPage::changeCurrent(const std::function<QString(Evaluation &)> &change, const QString &text, const QString &mergeKey)
{
    if (isReadOnly()) {
        refuse(tr("The document is open read-only: nothing here can be changed."));
        return false;
    }
    const Evaluation *e = current();
    if (!e)
        return false;
    std::vector<Evaluation> list = m_session->document().data().evaluations;
    const QString why = change(list[std::size_t(m_current)]);
    if (!why.isEmpty()) {
        refuse(why);
        return false;
    }
    return applyList(std::move(list), text, mergeKey);
}

bool EvaluationPage::applyList(std::vector<Evaluation> list, const QString &what, const QString &mergeKey)
{
    if (isReadOnly()) {
        refuse(tr("The document is open read-only: nothing here can be changed."));
        return false;
    }
    if (list == m_session->document().data().evaluations) {
        clearMessage();
        return true; // nothing to write
    }
    // Said here, with the field named, rather than as the core's refusal after the fact.
    const auto read = evaluationsFromJson(evaluationsToJson(list));
    if (!read) {
        refuse(tr("Not saved: %1").arg(read.error().message));
        return false;
    }
    if (read.value() != list) {
        refuse(tr("Not saved: the 绩效自评 tables would not read back as typed."));
        return false;
    }
    m_lastFailure.clear();
    if (!m_session->apply({Edit::setEvaluations(std::move(list))}, what, {kPage, {}}, mergeKey)) {
        refuse(tr("Not saved: %1").arg(m_lastFailure));
        return false;
    }
    clearMessage();
    return true;
}

void EvaluationPage::commitLine(LineField &field)
{
    const Evaluation *e = current();
    if (!e || isReadOnly())
        return;
    const QString typed = field.edit->text();
    if (typed == field.get(*e)) {
        field.edit->setProperty("refused", false);
        field.edit->setStyleSheet(QString());
        return;
    }
    auto set = field.set;
    const bool ok = changeCurrent([&](Evaluation &ev) { return set(ev, typed); }, changeText(field.name),
                                  QStringLiteral("%1/%2/%3").arg(kPage).arg(m_current).arg(field.key));
    field.edit->setProperty("refused", !ok);
    if (ok) {
        field.edit->setStyleSheet(QString());
        // As the document holds it ("10.0" is 10).
        if (const Evaluation *now = current(); now && field.edit->text() != field.get(*now))
            field.edit->setText(field.get(*now));
    } else {
        // What was typed stays, marked, to be put right.
        field.edit->setStyleSheet(QStringLiteral("QLineEdit { border: 2px solid #c0392b; }"));
    }
    updateSummary();
}

void EvaluationPage::commitText(TextField &field)
{
    const Evaluation *e = current();
    if (!e || isReadOnly())
        return;
    const QString typed = field.edit->toPlainText();
    if (typed == field.get(*e) || typed.trimmed() == field.get(*e).trimmed())
        return;
    auto set = field.set;
    const QString text = typed.trimmed();
    changeCurrent(
        [&](Evaluation &ev) {
            set(ev, text);
            return QString();
        },
        changeText(field.name), QStringLiteral("%1/%2/%3").arg(kPage).arg(m_current).arg(field.key));
}

void EvaluationPage::commitPending()
{
    // A cell being edited: written as Enter would (refused text stays in the cell's old value).
    for (EvaluationTable *view : {m_fundView, m_managementView, m_taskView, m_indicatorView}) {
        if (!view->isEditing())
            continue;
        if (QWidget *editor = view->indexWidget(view->currentIndex())) {
            emit view->itemDelegate()->commitData(editor);
            emit view->itemDelegate()->closeEditor(editor, QAbstractItemDelegate::NoHint);
        }
    }
    for (LineField &f : m_lines) {
        if (const Evaluation *e = current(); e && f.edit->text() != f.get(*e))
            commitLine(f);
    }
    for (TextField &f : m_texts)
        commitText(f);
}

void EvaluationPage::buildList()
{
    const auto &list = m_session->document().data().evaluations;
    const QSignalBlocker block(m_list);
    if (m_list->count() != int(list.size())) {
        m_list->clear();
        for (std::size_t i = 0; i < list.size(); ++i)
            m_list->addItem(new QListWidgetItem);
    }
    for (std::size_t i = 0; i < list.size(); ++i) {
        const Evaluation &e = list[i];
        const EvaluationScores s = scoreEvaluation(e);
        QStringList differences;
        const int fundRow = totalFundRow(e);
        if (fundRow >= 0 && e.funds[std::size_t(fundRow)].score && s.execution && s.execution->computable
            && *e.funds[std::size_t(fundRow)].score != s.execution->score)
            differences << tr("执行率 得分 %1, the rules give %2")
                               .arg(pointsText(e.funds[std::size_t(fundRow)].score), s.execution->score.toString());
        for (std::size_t k = 0; k < e.indicators.size(); ++k) {
            const Indicator &ind = e.indicators[k];
            const IndicatorScore &sc = s.indicators[k];
            if (ind.score && sc.computable && (*ind.score < sc.range.low || *ind.score > sc.range.high))
                differences << tr("%1: 得分 %2, the rules give %3").arg(ind.level3, pointsText(ind.score), rangeText(sc.range));
        }
        if (e.totalScore && (*e.totalScore < s.total.range.low || *e.totalScore > s.total.range.high))
            differences << tr("总分 %1, the rules give %2").arg(pointsText(e.totalScore), rangeText(s.total.range));
        const QString kind = e.kind == Evaluation::Kind::Department ? QStringLiteral("部门整体") : QStringLiteral("项目");
        const QString name = e.name.trimmed().isEmpty() ? tr("(no name)") : e.name;
        QString second = tr("%1 · computed %2").arg(kind, rangeText(s.total.range));
        if (e.totalScore)
            second += tr(" · typed %1").arg(pointsText(e.totalScore));
        if (!differences.isEmpty())
            second = QStringLiteral("≠ ") + second;
        QListWidgetItem *item = m_list->item(int(i));
        item->setText(QStringLiteral("%1. %2\n%3").arg(i + 1).arg(name, second));
        item->setBackground(differences.isEmpty() ? QBrush() : QBrush(kDiffers));
        QString tip = e.name;
        if (!s.total.complete)
            tip += QLatin1Char('\n') + tr("%n parts of the total cannot be computed; the total is a range.", nullptr, s.total.unknownParts);
        if (!differences.isEmpty())
            tip += QLatin1Char('\n') + tr("Typed scores that are not what the rules give:") + QStringLiteral("\n• ")
                   + differences.join(QStringLiteral("\n• "));
        item->setToolTip(tip);
    }
    if (m_current >= 0 && m_current < m_list->count())
        m_list->setCurrentRow(m_current);
}

void EvaluationPage::selectEvaluation(int index)
{
    if (index == m_current && current())
        return;
    commitPending(); // what was typed belongs to the table shown so far
    if (index < 0 || index >= evaluationCount())
        return;
    m_current = index;
    {
        const QSignalBlocker block(m_list);
        m_list->setCurrentRow(index);
    }
    fillCurrent(true);
}

void EvaluationPage::refresh()
{
    const auto &list = m_session->document().data().evaluations;
    // Bring up the table a change touched (undo and redo of a change to another table).
    int focus = m_current;
    std::size_t first = 0;
    while (first < list.size() && first < m_shown.size() && list[first] == m_shown[first])
        ++first;
    if (list.size() == m_shown.size()) {
        int changed = 0, which = -1;
        for (std::size_t i = 0; i < list.size(); ++i) {
            if (list[i] != m_shown[i]) {
                ++changed;
                which = int(i);
            }
        }
        if (changed == 1)
            focus = which;
    } else if (list.size() > m_shown.size()) {
        focus = int(first); // the one added
    } else {
        focus = std::min(int(first), int(list.size()) - 1); // the one after the one removed
    }
    if (list.empty())
        focus = -1;
    else
        focus = std::clamp(focus, 0, int(list.size()) - 1);
    // Another table at the same place (the one shown was removed, or one was added before it).
    const bool switched = focus != m_current || (list.size() != m_shown.size() && focus >= int(first));
    m_shown = list;
    m_current = focus;
    buildList();
    fillCurrent(switched);
}

void EvaluationPage::fillCurrent(bool switched)
{
    const Evaluation *e = current();
    m_parts->setVisible(e != nullptr);
    m_empty->setVisible(e == nullptr);
    m_scores = e ? scoreEvaluation(*e) : EvaluationScores{};
    if (e) {
        const bool department = e->kind == Evaluation::Kind::Department;
        m_title->setText(department ? QStringLiteral("部门整体支出绩效自评情况表") : QStringLiteral("项目支出绩效自评情况表"));
        m_nameLabel->setText(department ? QStringLiteral("部门（单位）名称") : QStringLiteral("项目名称"));
        m_fundsBox->setTitle(department ? QStringLiteral("部门整体支出情况（万元）") : QStringLiteral("项目资金（万元）"));
        m_goalsBox->setTitle(department ? QStringLiteral("年度履职目标") : QStringLiteral("年度总体目标"));
        // The 部门整体 table prints neither 主管部门 nor 实施单位.
        const bool units = !department || !e->supervisor.isEmpty() || !e->implementer.isEmpty();
        for (QWidget *w : {static_cast<QWidget *>(m_supervisor), static_cast<QWidget *>(m_implementer),
                           m_form->findChild<QWidget *>(QStringLiteral("supervisorLabel")),
                           m_form->findChild<QWidget *>(QStringLiteral("implementerLabel"))})
            w->setVisible(units);
        m_managementBox->setVisible(!e->management.empty());
        m_tasksBox->setVisible(department || !e->tasks.empty());
        for (LineField &f : m_lines) {
            if (switched) {
                f.edit->setProperty("refused", false);
                f.edit->setStyleSheet(QString());
            } else if (f.edit->property("refused").toBool()) {
                continue; // what was typed and refused stays, to be put right
            }
            const QString text = f.get(*e);
            if (f.edit->text() != text) {
                f.edit->setText(text);
                f.edit->setCursorPosition(0);
            }
        }
        for (TextField &f : m_texts) {
            const QString text = f.get(*e);
            if (f.edit->toPlainText() != text)
                f.edit->setPlainText(text);
        }
    }
    if (switched)
        clearMessage();
    for (EvaluationTableModel *model : {m_fundModel, m_managementModel, m_taskModel, m_indicatorModel})
        model->reload(switched);
    if (m_selectAfterReset >= 0 && m_selectAfterReset < m_indicatorModel->rowCount()) {
        const QModelIndex at = m_indicatorModel->index(m_selectAfterReset, Level3);
        m_indicatorView->setCurrentIndex(at);
        m_indicatorView->selectionModel()->select(at, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    }
    m_selectAfterReset = -1;
    if (switched)
        m_scroll->verticalScrollBar()->setValue(0);
    updateSummary();
    updateButtons();
    if (switched)
        fitParts();
}

void EvaluationPage::fitParts()
{
    if (m_partsMoved || !m_parts->isVisible() || m_parts->height() <= 0)
        return;
    // The form down to its 年度总体目标 (年度履职目标) in view when the 绩效指标 keep the room
    // they need below: by the stretch alone (2 : 3) the form got ~220 pixels at 1280×860, and the
    // goals' text fields were scrolled out of sight under their title.
    m_form->layout()->activate();
    const int total = m_parts->height() - m_parts->handleWidth();
    const int lowerLeast = m_parts->widget(1)->minimumSizeHint().height();
    const int wanted = m_goalsBox->geometry().bottom() + 1 + m_form->layout()->spacing();
    const int byStretch = total * 2 / 5;
    const int upper = std::max(byStretch, std::min(wanted, total - lowerLeast));
    if (upper != m_parts->sizes().value(0))
        m_parts->setSizes({upper, total - upper});
}

bool EvaluationPage::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_parts && (event->type() == QEvent::Resize || event->type() == QEvent::Show))
        fitParts();
    return QWidget::eventFilter(watched, event);
}

void EvaluationPage::updateSummary()
{
    const Evaluation *e = current();
    if (!e) {
        m_computedTotal->clear();
        m_computedGrade->clear();
        m_weightSum->clear();
        return;
    }
    const TotalScore &t = m_scores.total;
    QString total = tr("computed %1").arg(rangeText(t.range));
    if (!t.complete)
        total += QLatin1Char(' ') + tr("(%n parts cannot be computed and count as 0 … their 分值)", nullptr, t.unknownParts);
    const bool totalDiffers = e->totalScore && (*e->totalScore < t.range.low || *e->totalScore > t.range.high);
    if (totalDiffers)
        total += QStringLiteral(" — ") + tr("the typed %1 is not what the rules give").arg(pointsText(e->totalScore));
    m_computedTotal->setText(total);
    const QString amber = QStringLiteral("QLineEdit { background: %1; color: %2; }").arg(kDiffers.name(), kDiffersText.name());
    auto mark = [&](QLineEdit *edit, bool differs, const QString &tip) {
        if (edit->property("refused").toBool())
            return;
        edit->setStyleSheet(differs ? amber : QString());
        edit->setToolTip(tip);
    };
    mark(m_totalScore, totalDiffers,
         totalDiffers ? tr("Typed %1; the rules give %2.").arg(pointsText(e->totalScore), rangeText(t.range)) : QString());

    // Grades from the lowest to the highest the range allows (the enum runs from 优 down to 差).
    QStringList grades;
    for (int g = int(t.highest); g <= int(t.lowest); ++g)
        grades << gradeName(Grade(g));
    QString grade = tr("computed %1").arg(t.lowest == t.highest ? gradeName(t.lowest)
                                                                : gradeName(t.lowest) + QStringLiteral("–") + gradeName(t.highest));
    const bool gradeDiffers = !e->grade.trimmed().isEmpty() && !grades.contains(e->grade.trimmed());
    if (gradeDiffers)
        grade += QStringLiteral(" — ") + tr("the typed %1 is not what the rules give").arg(e->grade.trimmed());
    m_computedGrade->setText(grade + QStringLiteral("  ") + tr("(90 优, 80 良, 60 中, below 差)"));
    mark(m_grade, gradeDiffers, gradeDiffers ? tr("Typed %1; the total gives %2.").arg(e->grade.trimmed(), grades.join(QStringLiteral("/"))) : QString());

    // The 分值 of 执行率, 资金管理 and every indicator add up to 100 (注2).
    std::vector<Points> weights;
    const int fundRow = totalFundRow(*e);
    weights.push_back(fundRow >= 0 && e->funds[std::size_t(fundRow)].weight ? *e->funds[std::size_t(fundRow)].weight
                                                                             : Points::fromWhole(10));
    for (const FundManagementItem &m : e->management)
        weights.push_back(m.weight.value_or(Points()));
    for (const Indicator &i : e->indicators)
        weights.push_back(i.weight.value_or(Points()));
    const WeightSum sum = checkWeightsAddUp(weights);
    if (sum.overflow) {
        m_weightSum->clear();
    } else if (sum.addsUpTo100) {
        m_weightSum->setText(tr("The 分值 of 执行率, 资金管理 and the indicators add up to %1.").arg(sum.sum.toString()));
        m_weightSum->setStyleSheet(QString());
    } else {
        m_weightSum->setText(tr("The 分值 of 执行率, 资金管理 and the indicators add up to %1, not 100 (注2).").arg(sum.sum.toString()));
        m_weightSum->setStyleSheet(QStringLiteral("QLabel { background: %1; color: %2; }").arg(kDiffers.name(), kDiffersText.name()));
    }
}

void EvaluationPage::updateButtons()
{
    const bool can = !isReadOnly() && current();
    m_removeEvaluation->setEnabled(can);
    m_addIndicator->setEnabled(can);
    const std::vector<int> rows = selectedIndicatorRows();
    m_removeIndicator->setEnabled(can && !rows.empty());
    const int row = m_indicatorView->currentIndex().isValid() ? m_indicatorView->currentIndex().row() : -1;
    m_moveUp->setEnabled(can && row > 0);
    m_moveDown->setEnabled(can && row >= 0 && row + 1 < m_indicatorModel->rowCount());
}

std::vector<int> EvaluationPage::selectedIndicatorRows() const
{
    std::set<int> rows;
    for (const QModelIndex &i : m_indicatorView->selectionModel()->selectedIndexes())
        rows.insert(i.row());
    return {rows.begin(), rows.end()};
}

void EvaluationPage::scrollToIndicator(int row)
{
    const QModelIndex at = m_indicatorModel->index(row, Level3);
    if (!at.isValid())
        return;
    m_indicatorView->scrollTo(at, QAbstractItemView::PositionAtCenter);
    // Again once the page is laid out (it may just have been shown).
    QTimer::singleShot(0, this, [this, at = QPersistentModelIndex(at)] {
        if (at.isValid())
            m_indicatorView->scrollTo(at, QAbstractItemView::PositionAtCenter);
    });
}

bool EvaluationPage::showEvaluation(int index, int indicator)
{
    const auto &list = m_session->document().data().evaluations;
    if (index < 0 || index >= int(list.size()))
        return false;
    if (indicator >= int(list[std::size_t(index)].indicators.size()))
        return false;
    selectEvaluation(index);
    if (m_current != index)
        return false;
    if (indicator >= 0) {
        const QModelIndex at = m_indicatorModel->index(indicator, Level3);
        m_indicatorView->setCurrentIndex(at);
        m_indicatorView->selectionModel()->select(at, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        scrollToIndicator(indicator);
    }
    return true;
}

bool EvaluationPage::addProjectEvaluation()
{
    if (isReadOnly())
        return false;
    commitPending();
    Evaluation e;
    e.kind = Evaluation::Kind::Project;
    e.name = tr("New project");
    const Evaluation *shown = current();
    if (shown) {
        e.supervisor = shown->supervisor;
        e.implementer = shown->implementer;
    }
    for (const char *source : {"年度资金总额", "财政拨款", "财政专户管理资金", "单位资金"}) {
        FundRow row;
        row.source = QString::fromUtf8(source);
        e.funds.push_back(row);
    }
    e.funds.front().weight = Points::fromWhole(10);
    for (const char *item : {"安排科学性", "拨付合规性", "使用规范性", "预算绩效管理情况"}) {
        FundManagementItem m;
        m.item = QString::fromUtf8(item);
        m.weight = Points::fromWhole(5);
        e.management.push_back(m);
    }
    e.totalWeight = Points::fromWhole(100);
    std::vector<Evaluation> list = m_session->document().data().evaluations;
    if (int(list.size()) >= kMaxEvaluations) {
        refuse(tr("A document holds at most %1 绩效自评 tables.").arg(kMaxEvaluations));
        return false;
    }
    list.push_back(e);
    // refresh() brings up the new table.
    return applyList(std::move(list), tr("Add a 绩效自评 table"));
}

bool EvaluationPage::removeEvaluation(int index)
{
    if (isReadOnly())
        return false;
    commitPending();
    std::vector<Evaluation> list = m_session->document().data().evaluations;
    if (index < 0 || index >= int(list.size()))
        return false;
    const QString name = list[std::size_t(index)].name;
    list.erase(list.begin() + index);
    return applyList(std::move(list), tr("Remove the 绩效自评 table “%1”").arg(name.size() > 18 ? name.left(17) + QStringLiteral("…") : name));
}

bool EvaluationPage::addIndicator(int after)
{
    const Evaluation *e = current();
    if (!e || isReadOnly())
        return false;
    commitPending();
    const int rows = int(e->indicators.size());
    const int at = after >= 0 && after < rows ? after + 1 : rows;
    if (rows >= kMaxEvaluationRows) {
        refuse(tr("A table holds at most %1 indicators.").arg(kMaxEvaluationRows));
        return false;
    }
    m_selectAfterReset = at;
    const bool ok = changeCurrent(
        [at](Evaluation &ev) {
            Indicator ind;
            if (at > 0) {
                ind.level1 = ev.indicators[std::size_t(at - 1)].level1;
                ind.level2 = ev.indicators[std::size_t(at - 1)].level2;
            }
            ev.indicators.insert(ev.indicators.begin() + at, ind);
            return QString();
        },
        tr("Add an indicator to 绩效自评 “%1”").arg(shortName(*e)));
    m_selectAfterReset = -1;
    if (ok)
        scrollToIndicator(at);
    return ok;
}

bool EvaluationPage::removeIndicators(const std::vector<int> &rows)
{
    const Evaluation *e = current();
    if (!e || isReadOnly() || rows.empty())
        return false;
    commitPending();
    std::vector<int> sorted = rows;
    std::sort(sorted.begin(), sorted.end());
    sorted.erase(std::unique(sorted.begin(), sorted.end()), sorted.end());
    const int count = int(e->indicators.size());
    if (sorted.front() < 0 || sorted.back() >= count)
        return false;
    m_selectAfterReset = std::min(sorted.front(), count - int(sorted.size()) - 1);
    const bool ok = changeCurrent(
        [&sorted](Evaluation &ev) {
            for (auto it = sorted.rbegin(); it != sorted.rend(); ++it)
                ev.indicators.erase(ev.indicators.begin() + *it);
            return QString();
        },
        tr("Remove %n indicators from 绩效自评 “%1”", nullptr, int(sorted.size())).arg(shortName(*e)));
    m_selectAfterReset = -1;
    return ok;
}

bool EvaluationPage::moveIndicator(int row, int delta)
{
    const Evaluation *e = current();
    if (!e || isReadOnly())
        return false;
    const int to = row + delta;
    const int count = int(e->indicators.size());
    if (row < 0 || row >= count || to < 0 || to >= count || delta == 0)
        return false;
    commitPending();
    const bool ok = changeCurrent(
        [row, to](Evaluation &ev) {
            std::swap(ev.indicators[std::size_t(row)], ev.indicators[std::size_t(to)]);
            return QString();
        },
        tr("Move an indicator of 绩效自评 “%1”").arg(shortName(*e)));
    if (ok) {
        const QModelIndex at = m_indicatorModel->index(to, m_indicatorView->currentIndex().isValid() ? m_indicatorView->currentIndex().column() : Level3);
        m_indicatorView->setCurrentIndex(at);
        m_indicatorView->selectionModel()->select(at, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    }
    return ok;
}

} // namespace fa::ui
