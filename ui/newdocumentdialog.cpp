#include "newdocumentdialog.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QDate>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QMessageBox>
#include <QSpinBox>

namespace fa::ui {

NewDocumentDialog::NewDocumentDialog(QWidget *parent)
    : QDialog(parent)
    , m_name(new QLineEdit(this))
    , m_scope(new QComboBox(this))
    , m_type(new QComboBox(this))
    , m_year(new QSpinBox(this))
{
    setWindowTitle(tr("New final accounts document"));
    m_scope->addItem(QStringLiteral("单位"));
    m_scope->addItem(QStringLiteral("部门"));
    m_type->setEditable(true);
    m_type->addItems({QStringLiteral("行政单位"), QStringLiteral("事业单位"), QStringLiteral("参照公务员法管理事业单位"),
                      QStringLiteral("其他")});
    m_year->setRange(2000, 2100);
    m_year->setValue(QDate::currentDate().year() - 1); // the accounts of last year
    auto *form = new QFormLayout;
    form->addRow(tr("Unit &name:"), m_name);
    form->addRow(tr("&Scope:"), m_scope);
    form->addRow(tr("&Type:"), m_type);
    form->addRow(tr("&Year of the accounts:"), m_year);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
    resize(460, sizeHint().height());
}

UnitInfo NewDocumentDialog::unit() const
{
    UnitInfo u;
    u.name = m_name->text().trimmed();
    u.scope = m_scope->currentText();
    u.type = m_type->currentText().trimmed();
    u.year = m_year->value();
    return u;
}

void NewDocumentDialog::accept()
{
    if (m_name->text().trimmed().isEmpty()) {
        m_name->setFocus();
        m_name->setPlaceholderText(tr("The unit name is needed"));
        return;
    }
    QDialog::accept();
}

} // namespace fa::ui
