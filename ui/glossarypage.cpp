#include "glossarypage.h"

#include "chinese.h"
#include "documentsession.h"
#include "narrative.h"
#include "textkeyedit.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace fa::ui {

namespace {
const QString kPage = QStringLiteral("glossary");
const QColor kPlaceholder(0xff, 0xd8, 0xa8); // a 项 without a definition: orange
const QColor kHeading(0xee, 0xf0, 0xf3);

QString entryId(const GlossaryEntry &e)
{
    return e.code.isEmpty() ? QStringLiteral("term:") + e.term : e.code;
}
} // namespace

GlossaryPage::GlossaryPage(DocumentSession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_summary(new QLabel(this))
    , m_table(new QTableWidget(this))
    , m_editTitle(new QLabel(this))
    , m_edit(new TextKeyEdit(session, QString(), QString(), {kPage, {}}, this))
    , m_restore(new QPushButton(tr("Restore the shipped definition"), this))
{
    m_summary->setWordWrap(true);
    m_table->setObjectName(QStringLiteral("glossaryTable"));
    m_table->setColumnCount(2);
    m_table->setHorizontalHeaderLabels({tr("Term"), tr("Definition")});
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(true);
    m_table->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setColumnWidth(0, 340);
    connect(m_table->horizontalHeader(), &QHeaderView::sectionResized, m_table, [this] { m_table->resizeRowsToContents(); });
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &GlossaryPage::showSelected);
    connect(m_table, &QTableWidget::cellDoubleClicked, this, [this](int row) {
        if (row >= 0 && row < int(m_rowEntry.size()) && m_rowEntry[std::size_t(row)] >= 0
            && !m_entries[std::size_t(m_rowEntry[std::size_t(row)])].code.isEmpty() && !m_edit->isReadOnly())
            m_edit->setFocus();
    });

    m_edit->setObjectName(QStringLiteral("definitionEditor"));
    m_editTitle->setWordWrap(true);
    connect(m_restore, &QPushButton::clicked, this, &GlossaryPage::restoreShipped);

    auto *editor = new QWidget(this);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_restore);
    auto *editorLayout = new QVBoxLayout(editor);
    editorLayout->setContentsMargins(0, 0, 0, 0);
    editorLayout->addWidget(m_editTitle);
    editorLayout->addWidget(m_edit, 1);
    editorLayout->addLayout(buttons);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_table);
    splitter->addWidget(editor);
    splitter->setStretchFactor(0, 4);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(splitter, 1);

    connect(session, &DocumentSession::changed, this, [this](const ChangeSet &c) {
        bool relevant = c.unitChanged || c.structural() || !c.rowsRenamed.empty();
        for (const QString &key : c.texts)
            relevant = relevant || key.startsWith(QStringLiteral("glossary/"));
        if (!relevant)
            return;
        m_dirty = true;
        if (isVisible())
            rebuild();
    });
    showSelected();
}

void GlossaryPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    ensureCurrent();
}

void GlossaryPage::ensureCurrent()
{
    if (m_dirty)
        rebuild();
}

const std::vector<GlossaryEntry> &GlossaryPage::entries()
{
    ensureCurrent();
    return m_entries;
}

int GlossaryPage::rowOf(int entry) const
{
    for (std::size_t r = 0; r < m_rowEntry.size(); ++r) {
        if (m_rowEntry[r] == entry)
            return int(r);
    }
    return -1;
}

void GlossaryPage::rebuild()
{
    m_dirty = false;
    m_entries = documentGlossary(m_session->document());
    const QSignalBlocker block(m_table);
    m_table->clearSpans();
    m_table->setRowCount(0);
    m_rowEntry.clear();

    // Numbered as printed: 一、 for a group (or an entry that is a group of its own), （一） within.
    int groups = 0, within = 0, placeholders = 0;
    QString group;
    auto addRow = [this](int entry) {
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        m_rowEntry.push_back(entry);
        return row;
    };
    for (std::size_t i = 0; i < m_entries.size(); ++i) {
        const GlossaryEntry &e = m_entries[i];
        QString term;
        if (e.section.isEmpty()) {
            group.clear();
            term = chineseNumeral(++groups) + QStringLiteral("、") + e.term;
        } else {
            if (e.section != group) {
                group = e.section;
                within = 0;
                const int row = addRow(-1);
                auto *heading = new QTableWidgetItem(chineseNumeral(++groups) + QStringLiteral("、") + group);
                QFont f = heading->font();
                f.setBold(true);
                heading->setFont(f);
                heading->setBackground(kHeading);
                heading->setFlags(Qt::ItemIsEnabled);
                m_table->setItem(row, 0, heading);
                m_table->setSpan(row, 0, 1, 2);
            }
            term = QStringLiteral("（") + chineseNumeral(++within) + QStringLiteral("）") + e.term;
        }
        const int row = addRow(int(i));
        auto *termItem = new QTableWidgetItem(term);
        auto *definition = new QTableWidgetItem(e.definition);
        if (e.placeholder) {
            ++placeholders;
            for (QTableWidgetItem *item : {termItem, definition}) {
                item->setBackground(kPlaceholder);
                item->setToolTip(tr("No definition yet for %1: select it and write one below.").arg(e.code));
            }
        } else if (!e.code.isEmpty()) {
            const bool own = m_session->document().data().texts.count(glossaryTextKey(e.code)) > 0;
            for (QTableWidgetItem *item : {termItem, definition})
                item->setToolTip(own ? tr("This document's own definition (%1); double-click to edit.").arg(glossaryTextKey(e.code))
                                     : tr("The shipped definition; double-click to write this document's own."));
        } else {
            for (QTableWidgetItem *item : {termItem, definition})
                item->setToolTip(tr("A fixed entry, the same in every document."));
        }
        m_table->setItem(row, 0, termItem);
        m_table->setItem(row, 1, definition);
    }
    m_table->resizeRowsToContents();

    QString summary = placeholders
                          ? QStringLiteral("<span style=\"background:%1\">&nbsp;%2&nbsp;</span> ")
                                .arg(kPlaceholder.name(), tr("%n 项 without a definition", nullptr, placeholders))
                                + tr("select one and write its definition below.")
                          : tr("Every 项 has a definition.");
    summary += QLatin1Char(' ') + tr("The fixed entries are the same in every document; the definition of a 项 can be "
                                     "changed below (an empty one restores the shipped text).");
    m_summary->setText(summary);

    // The same entry selected again, without writing or reloading its editor.
    int selectRow = -1;
    for (std::size_t r = 0; r < m_rowEntry.size(); ++r) {
        if (m_rowEntry[r] >= 0 && entryId(m_entries[std::size_t(m_rowEntry[r])]) == m_selectedCode)
            selectRow = int(r);
    }
    if (selectRow >= 0)
        m_table->selectRow(selectRow);
    showSelected();
}

bool GlossaryPage::editItem(const QString &code)
{
    ensureCurrent();
    for (std::size_t r = 0; r < m_rowEntry.size(); ++r) {
        if (m_rowEntry[r] >= 0 && m_entries[std::size_t(m_rowEntry[r])].code == code) {
            m_table->selectRow(int(r));
            m_table->scrollToItem(m_table->item(int(r), 0));
            m_edit->setFocus();
            return true;
        }
    }
    return false;
}

void GlossaryPage::showSelected()
{
    const QList<QTableWidgetItem *> selected = m_table->selectedItems();
    const int row = selected.isEmpty() ? -1 : selected.first()->row();
    const int entry = row >= 0 && row < int(m_rowEntry.size()) ? m_rowEntry[std::size_t(row)] : -1;
    if (entry < 0) {
        m_selectedCode.clear();
        m_edit->setKey(QString(), QString());
        m_edit->setReadOnly(true);
        m_edit->setFallback(QString());
        m_edit->setPlaceholderText(QString());
        m_editTitle->setText(tr("Select an entry to see its definition; a 项's definition can be edited."));
        m_restore->setEnabled(false);
        return;
    }
    const GlossaryEntry &e = m_entries[std::size_t(entry)];
    m_selectedCode = entryId(e);
    if (e.code.isEmpty()) {
        m_edit->setKey(QString(), QString());
        m_edit->setReadOnly(true);
        m_edit->setFallback(e.definition);
        m_edit->setPlaceholderText(QString());
        m_editTitle->setText(tr("<b>%1</b> — a fixed entry, the same in every document.").arg(e.term.toHtmlEscaped()));
        m_restore->setEnabled(false);
        return;
    }
    const QString key = glossaryTextKey(e.code);
    m_edit->setKey(key, tr("the definition of %1").arg(e.code));
    m_edit->setReadOnly(m_session->isReadOnly());
    m_edit->setFallback(itemDefinition(e.code).value_or(QString()));
    m_edit->setPlaceholderText(glossaryPlaceholder());
    const bool own = m_session->document().data().texts.count(key) > 0;
    m_editTitle->setText(QStringLiteral("<b>%1 %2</b> — %3")
                             .arg(e.code, e.term.toHtmlEscaped(),
                                  own ? tr("this document's own definition")
                                      : itemDefinition(e.code) ? tr("the shipped definition; what you type here replaces it in this document")
                                                               : tr("no definition yet: write one")));
    m_restore->setEnabled(own && !m_session->isReadOnly());
}

void GlossaryPage::restoreShipped()
{
    if (m_session->isReadOnly() || m_selectedCode.isEmpty() || m_selectedCode.startsWith(QStringLiteral("term:")))
        return;
    if (m_session->apply({Edit::setText(glossaryTextKey(m_selectedCode), QString())},
                         tr("Restore the shipped definition of %1").arg(m_selectedCode), {kPage, {}}))
        m_edit->refresh(); // what was typed and not written yet goes too
}

} // namespace fa::ui
