#include "checkspanel.h"

#include "documentsession.h"
#include "report.h"

#include <QCoreApplication>
#include <QHeaderView>
#include <QMenu>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace fa::ui {

namespace {
enum ItemRole {
    AddressRole = Qt::UserRole + 1,
    TextKeyRole,
    SectionRole,
    ParagraphRole,
    IsTextRole,
    IsEvaluationRole,
    EvaluationRole,
    IndicatorRole
};
// The groups of the texts' findings (textcheck.h) and of the 绩效自评 tables' (evaluationcheck.h)
// are marked by these instead of a severity; they come after the tables' groups, in this order.
constexpr int kTextGroup = -1;
constexpr int kEvaluationGroup = -2;
bool isSpecial(int mark) { return mark == kTextGroup || mark == kEvaluationGroup; }

QString severityTitle(Severity s)
{
    switch (s) {
    case Severity::Error:
        return QCoreApplication::translate("ChecksPanel", "Errors");
    case Severity::Warning:
        return QCoreApplication::translate("ChecksPanel", "Warnings");
    case Severity::Rounding:
        return QCoreApplication::translate("ChecksPanel", "Rounding differences (尾差)");
    }
    return {};
}

// An amount with its unit ("8,034,405.00元", "803.44万元"): the tables' findings are in the unit
// shown, the 绩效自评 tables' always in 万元, and the texts' as the text writes them; without the
// unit the two columns would mix 元 and 万元 unmarked.
QString amount(const std::optional<Money> &m, AmountUnit unit)
{
    if (!m)
        return {};
    return m->toString(unit, Money::Grouping::Thousands) + (unit == AmountUnit::Yuan ? QStringLiteral("元") : QStringLiteral("万元"));
}

// A 绩效自评 finding's figure with its unit: amounts are typed in 万元, scores and weights in 分;
// rates carry their % (or are typed without one), names and grades have none.
QString evaluationFigure(const EvaluationFinding &f, const QString &figure)
{
    static const QStringList money = {QStringLiteral("perf.fund_total"), QStringLiteral("perf.department_total"),
                                      QStringLiteral("perf.project_money")};
    static const QStringList points = {QStringLiteral("perf.execution_score"), QStringLiteral("perf.indicator_score"),
                                       QStringLiteral("perf.total_sum"), QStringLiteral("perf.total"),
                                       QStringLiteral("perf.weights"), QStringLiteral("perf.level_weights")};
    if (figure.trimmed().isEmpty())
        return figure;
    if (money.contains(f.rule) && !figure.endsWith(QStringLiteral("元")))
        return figure + QStringLiteral("万元");
    if (points.contains(f.rule) && !figure.endsWith(QStringLiteral("分")))
        return figure + QStringLiteral("分");
    return figure;
}

// Sets a column's text only when it differs (an item whose text is set repaints).
void setText(QTreeWidgetItem *item, int column, const QString &text)
{
    if (item->text(column) != text)
        item->setText(column, text);
}
} // namespace

ChecksPanel::ChecksPanel(DocumentSession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_tree(new QTreeWidget(this))
{
    m_tree->setColumnCount(4);
    m_tree->setHeaderLabels({tr("Finding"), tr("Expected"), tr("Actual"), tr("Cell")});
    m_tree->setRootIsDecorated(true);
    m_tree->setUniformRowHeights(true);
    m_tree->setWordWrap(false);
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    // Every figure carries its unit (元 or 万元 as shown, 分, %): the columns say so.
    m_tree->headerItem()->setToolTip(1, tr("What the rules or the tables give, with its unit"));
    m_tree->headerItem()->setToolTip(2, tr("What the document has, with its unit"));
    m_tree->header()->resizeSection(1, 140);
    m_tree->header()->resizeSection(2, 140);
    m_tree->header()->resizeSection(3, 320);
    m_tree->setContextMenuPolicy(Qt::CustomContextMenu);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tree);

    connect(m_tree, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        if (item->data(0, IsTextRole).toBool()) {
            emit textJumpRequested(item->data(0, SectionRole).toInt(), item->data(0, ParagraphRole).toInt(),
                                   item->data(0, TextKeyRole).toString());
            return;
        }
        if (item->data(0, IsEvaluationRole).toBool()) {
            if (item->data(0, EvaluationRole).toInt() >= 0)
                emit evaluationJumpRequested(item->data(0, EvaluationRole).toInt(), item->data(0, IndicatorRole).toInt());
            else if (!item->data(0, AddressRole).toString().isEmpty())
                emit jumpRequested(item->data(0, AddressRole).toString());
            return;
        }
        const QString address = item->data(0, AddressRole).toString();
        if (!address.isEmpty())
            emit jumpRequested(address);
    });
    connect(session, &DocumentSession::textFindingsChanged, this, &ChecksPanel::refreshTexts);
    connect(session, &DocumentSession::evaluationFindingsChanged, this, &ChecksPanel::refreshEvaluations);
    connect(m_tree, &QWidget::customContextMenuRequested, this, &ChecksPanel::showMenu);
    connect(session, &DocumentSession::changed, this, [this](const ChangeSet &changes) {
        if (!changes.findings.empty() || changes.structural())
            refresh();
    });
    connect(session, &DocumentSession::shownUnitChanged, this, &ChecksPanel::refresh);
    refresh();
    refreshTexts();
    refreshEvaluations();
}

QTreeWidgetItem *ChecksPanel::specialGroup(int mark, bool make)
{
    int at = m_tree->topLevelItemCount(); // where a new one goes: before the groups that follow it
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        const int m = m_tree->topLevelItem(i)->data(0, Qt::UserRole).toInt();
        if (m == mark)
            return m_tree->topLevelItem(i);
        if (isSpecial(m) && m < mark && at == m_tree->topLevelItemCount())
            at = i;
    }
    if (!make)
        return nullptr;
    auto *group = new QTreeWidgetItem;
    group->setData(0, Qt::UserRole, mark);
    QFont bold = group->font(0);
    bold.setBold(true);
    group->setFont(0, bold);
    m_tree->insertTopLevelItem(at, group);
    group->setFirstColumnSpanned(true);
    group->setExpanded(true);
    return group;
}

int ChecksPanel::evaluationCount() const
{
    return int(m_session->evaluationFindings().size());
}

void ChecksPanel::refreshEvaluations()
{
    const std::vector<EvaluationFinding> &findings = m_session->evaluationFindings();
    QTreeWidgetItem *group = specialGroup(kEvaluationGroup, !findings.empty());
    if (findings.empty()) {
        delete group;
        return;
    }
    setText(group, 0, tr("绩效自评 tables against the rules (%1)").arg(findings.size()));
    while (group->childCount() > int(findings.size()))
        delete group->takeChild(group->childCount() - 1);
    const Document &doc = m_session->document();
    for (int i = 0; i < int(findings.size()); ++i) {
        const EvaluationFinding &f = findings[std::size_t(i)];
        QTreeWidgetItem *item = i < group->childCount() ? group->child(i) : nullptr;
        if (!item) {
            item = new QTreeWidgetItem(group);
            item->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
            item->setTextAlignment(2, Qt::AlignRight | Qt::AlignVCenter);
            item->setData(0, IsEvaluationRole, true);
        }
        const QString severity = f.severity == Severity::Rounding ? tr("尾差: ") : QString();
        setText(item, 0, severity + f.message);
        setText(item, 1, evaluationFigure(f, f.expected));
        setText(item, 2, evaluationFigure(f, f.found));
        setText(item, 3, evaluationPlace(doc, f));
        item->setToolTip(0, f.message + QLatin1Char('\n') + f.rule);
        item->setToolTip(3, evaluationPlace(doc, f));
        item->setData(0, AddressRole, f.address);
        item->setData(0, EvaluationRole, f.evaluation);
        item->setData(0, IndicatorRole, f.indicator);
    }
}

int ChecksPanel::textCount() const
{
    return int(m_session->textFindings().size());
}

void ChecksPanel::refreshTexts()
{
    const std::vector<TextFinding> &findings = m_session->textFindings();
    QTreeWidgetItem *group = specialGroup(kTextGroup, !findings.empty());
    if (findings.empty()) {
        delete group;
        return;
    }
    setText(group, 0, tr("Texts against the tables (%1)").arg(findings.size()));
    while (group->childCount() > int(findings.size()))
        delete group->takeChild(group->childCount() - 1);
    for (int i = 0; i < int(findings.size()); ++i) {
        const TextFinding &f = findings[std::size_t(i)];
        QTreeWidgetItem *item = i < group->childCount() ? group->child(i) : nullptr;
        if (!item) {
            item = new QTreeWidgetItem(group);
            item->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
            item->setTextAlignment(2, Qt::AlignRight | Qt::AlignVCenter);
            item->setData(0, IsTextRole, true);
        }
        setText(item, 0, f.message);
        setText(item, 1, f.expected);
        setText(item, 2, f.found);
        setText(item, 3, textPlace(f));
        item->setToolTip(0, f.message + QLatin1Char('\n') + f.sentence + QLatin1Char('\n') + f.rule);
        item->setToolTip(3, f.key);
        item->setData(0, AddressRole, f.address);
        item->setData(0, TextKeyRole, f.key);
        item->setData(0, SectionRole, f.section);
        item->setData(0, ParagraphRole, f.paragraph);
    }
}

int ChecksPanel::count(Severity severity) const
{
    return m_session->count(severity);
}

void ChecksPanel::refresh()
{
    // The findings by severity, in the checker's order (errors, then warnings, then 尾差).
    std::vector<std::pair<Severity, std::vector<const Finding *>>> wanted;
    for (const Finding &f : m_session->findings()) {
        auto it = std::find_if(wanted.begin(), wanted.end(), [&](const auto &g) { return g.first == f.severity; });
        if (it == wanted.end())
            it = wanted.insert(wanted.end(), {f.severity, {}});
        it->second.push_back(&f);
    }
    auto hasGroup = [&](Severity s) {
        return std::any_of(wanted.begin(), wanted.end(), [&](const auto &g) { return g.first == s; });
    };
    auto severityOf = [](const QTreeWidgetItem *group) { return Severity(group->data(0, Qt::UserRole).toInt()); };

    // Existing items are kept and changed in place, so that a change repaints only the
    // findings it changed (and a group opened or closed stays so): the groups that went go,
    // new ones are put where their severity belongs, and each group's rows are rewritten in order.
    for (int i = m_tree->topLevelItemCount() - 1; i >= 0; --i) {
        const int mark = m_tree->topLevelItem(i)->data(0, Qt::UserRole).toInt();
        if (!isSpecial(mark) && !hasGroup(severityOf(m_tree->topLevelItem(i))))
            delete m_tree->takeTopLevelItem(i);
    }
    const AmountUnit unit = m_session->shownUnit();
    for (int g = 0; g < int(wanted.size()); ++g) {
        const auto &[severity, findings] = wanted[std::size_t(g)];
        QTreeWidgetItem *group = g < m_tree->topLevelItemCount() ? m_tree->topLevelItem(g) : nullptr;
        if (!group || isSpecial(group->data(0, Qt::UserRole).toInt()) || severityOf(group) != severity) {
            group = new QTreeWidgetItem;
            group->setData(0, Qt::UserRole, int(severity));
            QFont bold = group->font(0);
            bold.setBold(true);
            group->setFont(0, bold);
            m_tree->insertTopLevelItem(g, group);
            group->setFirstColumnSpanned(true);
            group->setExpanded(severity != Severity::Rounding);
        }
        setText(group, 0, QStringLiteral("%1 (%2)").arg(severityTitle(severity)).arg(findings.size()));
        while (group->childCount() > int(findings.size()))
            delete group->takeChild(group->childCount() - 1);
        for (int i = 0; i < int(findings.size()); ++i) {
            const Finding &f = *findings[std::size_t(i)];
            QTreeWidgetItem *item = i < group->childCount() ? group->child(i) : nullptr;
            if (!item) {
                item = new QTreeWidgetItem(group);
                item->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
                item->setTextAlignment(2, Qt::AlignRight | Qt::AlignVCenter);
            }
            setText(item, 0, f.message);
            setText(item, 1, amount(f.expected, unit));
            setText(item, 2, amount(f.actual, unit));
            if (item->toolTip(3) != f.address) { // the readable name only when the cell changed
                setText(item, 3, m_session->describe(f.address));
                item->setToolTip(3, f.address);
            }
            const QString tip = f.message + QLatin1Char('\n') + f.rule;
            if (item->toolTip(0) != tip)
                item->setToolTip(0, tip);
            if (item->data(0, AddressRole).toString() != f.address)
                item->setData(0, AddressRole, f.address);
            if (item->data(0, TextKeyRole).toString() != f.textKey)
                item->setData(0, TextKeyRole, f.textKey);
        }
    }
}

void ChecksPanel::showMenu(const QPoint &pos)
{
    QTreeWidgetItem *item = m_tree->itemAt(pos);
    if (!item)
        return;
    const QString address = item->data(0, AddressRole).toString();
    const QString key = item->data(0, TextKeyRole).toString();
    const bool text = item->data(0, IsTextRole).toBool();
    QMenu menu(this);
    if (item->data(0, IsEvaluationRole).toBool() && item->data(0, EvaluationRole).toInt() >= 0) {
        const int evaluation = item->data(0, EvaluationRole).toInt(), indicator = item->data(0, IndicatorRole).toInt();
        menu.addAction(tr("Show in the 绩效自评 table"), this,
                       [this, evaluation, indicator] { emit evaluationJumpRequested(evaluation, indicator); });
    }
    if (text) {
        const int section = item->data(0, SectionRole).toInt(), paragraph = item->data(0, ParagraphRole).toInt();
        menu.addAction(tr("Show the sentence"), this,
                       [this, section, paragraph, key] { emit textJumpRequested(section, paragraph, key); });
    }
    if (!address.isEmpty())
        menu.addAction(tr("Show the cell"), this, [this, address] { emit jumpRequested(address); });
    if (!text && !key.isEmpty() && !m_session->isReadOnly())
        menu.addAction(tr("Write the reason…"), this, [this, key, address] { emit reasonRequested(key, address); });
    if (!menu.isEmpty())
        menu.exec(m_tree->viewport()->mapToGlobal(pos));
}

} // namespace fa::ui
