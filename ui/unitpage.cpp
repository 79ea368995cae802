#include "unitpage.h"

#include "documentsession.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpressionValidator>
#include <QSpinBox>

namespace fa::ui {

UnitPage::UnitPage(DocumentSession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_name(new QLineEdit(this))
    , m_scope(new QComboBox(this))
    , m_type(new QComboBox(this))
    , m_year(new QSpinBox(this))
    , m_compiled(new QLineEdit(this))
{
    m_scope->addItem(QStringLiteral("部门"));
    m_scope->addItem(QStringLiteral("单位"));
    m_type->setEditable(true);
    m_type->addItems({QStringLiteral("行政单位"), QStringLiteral("事业单位"), QStringLiteral("参照公务员法管理事业单位"),
                      QStringLiteral("其他")});
    m_year->setRange(2000, 2100);
    m_compiled->setPlaceholderText(QStringLiteral("2025-09"));
    m_compiled->setValidator(new QRegularExpressionValidator(QRegularExpression(QStringLiteral("\\d{0,4}(-\\d{0,2})?")), this));

    auto *form = new QFormLayout;
    form->addRow(tr("Unit &name:"), m_name);
    form->addRow(tr("&Scope (部门/单位):"), m_scope);
    form->addRow(tr("&Type:"), m_type);
    form->addRow(tr("&Year:"), m_year);
    form->addRow(tr("&Compiled (year-month):"), m_compiled);
    auto *help = new QLabel(tr("The name and scope are printed on every table as “部门：…” or “单位：…”; the year in "
                               "every title. A field is saved when you leave it."),
                            this);
    help->setWordWrap(true);
    auto *outer = new QVBoxLayout(this);
    outer->addLayout(form);
    outer->addWidget(help);
    outer->addStretch(1);

    refresh();
    const bool ro = session->isReadOnly();
    for (QWidget *w : {static_cast<QWidget *>(m_name), static_cast<QWidget *>(m_scope), static_cast<QWidget *>(m_type),
                       static_cast<QWidget *>(m_year), static_cast<QWidget *>(m_compiled)})
        w->setEnabled(!ro);
    connect(m_name, &QLineEdit::editingFinished, this, &UnitPage::commit);
    connect(m_compiled, &QLineEdit::editingFinished, this, &UnitPage::commit);
    connect(m_year, &QSpinBox::editingFinished, this, &UnitPage::commit);
    connect(m_scope, &QComboBox::activated, this, &UnitPage::commit);
    connect(m_type, &QComboBox::activated, this, &UnitPage::commit);
    connect(m_type->lineEdit(), &QLineEdit::editingFinished, this, &UnitPage::commit);
    connect(session, &DocumentSession::changed, this, [this](const ChangeSet &c) {
        if (c.unitChanged)
            refresh();
    });
}

void UnitPage::refresh()
{
    const UnitInfo &u = m_session->document().data().unit;
    m_name->setText(u.name);
    m_scope->setCurrentText(u.scope);
    m_type->setCurrentText(u.type);
    m_year->setValue(u.year);
    m_compiled->setText(u.compiled);
}

UnitInfo UnitPage::edited() const
{
    UnitInfo u;
    u.name = m_name->text().trimmed();
    u.scope = m_scope->currentText();
    u.type = m_type->currentText().trimmed();
    u.year = m_year->value();
    u.compiled = m_compiled->text().trimmed();
    return u;
}

void UnitPage::commit()
{
    if (m_session->isReadOnly())
        return;
    const UnitInfo u = edited();
    if (u == m_session->document().data().unit)
        return;
    if (!m_session->apply({Edit::setUnit(u)}, tr("Change the unit information"), {}))
        refresh(); // refused: show what the file holds
}

} // namespace fa::ui
