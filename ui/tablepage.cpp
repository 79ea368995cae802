#include "tablepage.h"

#include "formview.h"
#include "sheetmodel.h"

#include <QGridLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace fa::ui {

TablePage::TablePage(DocumentSession *session, int sheet, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_model(new SheetModel(session, sheet, this))
    , m_view(new FormView(this))
    , m_title(new QLabel(this))
    , m_code(new QLabel(this))
    , m_unitLine(new QLabel(this))
    , m_year(new QLabel(this))
    , m_amountUnit(new QLabel(this))
    , m_note(new QLabel(this))
{
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.5);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setAlignment(Qt::AlignCenter);
    m_code->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_year->setAlignment(Qt::AlignCenter);
    m_amountUnit->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_note->setWordWrap(true);
    m_note->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *caption = new QGridLayout;
    caption->addWidget(m_title, 0, 0, 1, 3);
    caption->addWidget(m_code, 1, 2);
    caption->addWidget(m_unitLine, 2, 0);
    caption->addWidget(m_year, 2, 1);
    caption->addWidget(m_amountUnit, 2, 2);
    caption->setColumnStretch(0, 2);
    caption->setColumnStretch(1, 1);
    caption->setColumnStretch(2, 2);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(caption);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_note);

    m_view->setSheetModel(m_model);
    refreshCaption();
    connect(session, &DocumentSession::changed, this, [this](const ChangeSet &changes) {
        if (changes.unitChanged || changes.structural())
            refreshCaption();
    });
    connect(session, &DocumentSession::shownUnitChanged, this, &TablePage::refreshCaption);
}

QString TablePage::tableId() const
{
    return m_model->tableId();
}

void TablePage::refreshCaption()
{
    const TableCaption c = tableCaption(m_model->sheet(), m_session->document().data().unit, m_session->shownUnit());
    m_title->setText(c.title);
    m_code->setText(c.code);
    m_unitLine->setText(c.unitLine);
    m_year->setText(c.year);
    m_amountUnit->setText(c.amountUnit);
    QStringList notes;
    if (!c.emptyNote.isEmpty())
        notes << c.emptyNote;
    if (!c.note.isEmpty())
        notes << c.note;
    m_note->setText(notes.join(QLatin1Char('\n')));
    m_note->setVisible(!notes.isEmpty());
}

} // namespace fa::ui
