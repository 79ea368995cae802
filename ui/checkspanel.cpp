#include "checkspanel.h"

#include "documentsession.h"

#include <QCoreApplication>
#include <QHeaderView>
#include <QMenu>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace fa::ui {

namespace {
enum ItemRole { AddressRole = Qt::UserRole + 1, TextKeyRole };

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

QString amount(const std::optional<Money> &m, AmountUnit unit)
{
    return m ? m->toString(unit, Money::Grouping::Thousands) : QString();
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
    m_tree->header()->resizeSection(1, 110);
    m_tree->header()->resizeSection(2, 110);
    m_tree->header()->resizeSection(3, 320);
    m_tree->setContextMenuPolicy(Qt::CustomContextMenu);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tree);

    connect(m_tree, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        const QString address = item->data(0, AddressRole).toString();
        if (!address.isEmpty())
            emit jumpRequested(address);
    });
    connect(m_tree, &QWidget::customContextMenuRequested, this, &ChecksPanel::showMenu);
    connect(session, &DocumentSession::changed, this, [this](const ChangeSet &changes) {
        if (!changes.findings.empty() || changes.structural())
            refresh();
    });
    connect(session, &DocumentSession::shownUnitChanged, this, &ChecksPanel::refresh);
    refresh();
}

int ChecksPanel::count(Severity severity) const
{
    return m_session->document().checker().count(severity);
}

void ChecksPanel::refresh()
{
    // Keep the groups a person opened or closed as they were.
    QHash<int, bool> expanded;
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i)
        expanded.insert(m_tree->topLevelItem(i)->data(0, Qt::UserRole).toInt(), m_tree->topLevelItem(i)->isExpanded());
    m_tree->clear();
    const AmountUnit unit = m_session->shownUnit();
    QHash<int, QTreeWidgetItem *> groups;
    for (const Finding &f : m_session->findings()) {
        QTreeWidgetItem *group = groups.value(int(f.severity));
        if (!group) {
            group = new QTreeWidgetItem(m_tree);
            group->setData(0, Qt::UserRole, int(f.severity));
            QFont bold = group->font(0);
            bold.setBold(true);
            group->setFont(0, bold);
            group->setFirstColumnSpanned(true);
            groups.insert(int(f.severity), group);
        }
        auto *item = new QTreeWidgetItem(group);
        item->setText(0, f.message);
        item->setToolTip(0, f.message + QLatin1Char('\n') + f.rule);
        item->setText(1, amount(f.expected, unit));
        item->setText(2, amount(f.actual, unit));
        item->setText(3, m_session->describe(f.address));
        item->setToolTip(3, f.address);
        item->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
        item->setTextAlignment(2, Qt::AlignRight | Qt::AlignVCenter);
        item->setData(0, AddressRole, f.address);
        item->setData(0, TextKeyRole, f.textKey);
    }
    // The checker lists errors first, then warnings, then 尾差: the groups come in that order.
    for (auto it = groups.begin(); it != groups.end(); ++it) {
        it.value()->setText(0, QStringLiteral("%1 (%2)").arg(severityTitle(Severity(it.key()))).arg(it.value()->childCount()));
        it.value()->setExpanded(expanded.value(it.key(), it.key() != int(Severity::Rounding)));
    }
}

void ChecksPanel::showMenu(const QPoint &pos)
{
    QTreeWidgetItem *item = m_tree->itemAt(pos);
    if (!item)
        return;
    const QString address = item->data(0, AddressRole).toString();
    const QString key = item->data(0, TextKeyRole).toString();
    QMenu menu(this);
    if (!address.isEmpty())
        menu.addAction(tr("Show the cell"), this, [this, address] { emit jumpRequested(address); });
    if (!key.isEmpty() && !m_session->isReadOnly())
        menu.addAction(tr("Write the reason…"), this, [this, key, address] { emit reasonRequested(key, address); });
    if (!menu.isEmpty())
        menu.exec(m_tree->viewport()->mapToGlobal(pos));
}

} // namespace fa::ui
