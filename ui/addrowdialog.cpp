#include "addrowdialog.h"

#include "catalog.h"
#include "documentsession.h"

#include <QCompleter>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QStringListModel>

namespace fa::ui {

namespace {

// The code at the start of "2013701 行政运行", or the whole text when it is all digits.
QString leadingCode(const QString &text)
{
    const QString t = text.trimmed();
    qsizetype n = 0;
    while (n < t.size() && t[n].isDigit())
        ++n;
    return t.left(n);
}
} // namespace

AddRowDialog::AddRowDialog(DocumentSession *session, const QString &tableId, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_table(tableId)
    , m_subject(new QLineEdit(this))
    , m_name(new QLineEdit(this))
    , m_nameLabel(new QLabel(tr("&Name of the new 项:"), this))
    , m_error(new QLabel(this))
{
    setWindowTitle(tr("Add a 项"));
    QStringList entries;
    for (const auto &e : session->document().templ().functions.entries()) {
        if (functionCodeLevel(e.code) == SubjectLevel::Item)
            entries << e.code + QLatin1Char(' ') + e.name;
    }
    auto *completer = new QCompleter(new QStringListModel(entries, this), this);
    completer->setFilterMode(Qt::MatchContains);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setMaxVisibleItems(15);
    m_subject->setCompleter(completer);
    m_subject->setPlaceholderText(tr("a code or part of a name, e.g. 2013 or 宣传"));
    m_nameLabel->setBuddy(m_name);
    m_error->setStyleSheet(QStringLiteral("color: #b00020"));
    m_error->setWordWrap(true);

    auto *form = new QFormLayout;
    form->addRow(tr("&Subject (项):"), m_subject);
    form->addRow(m_nameLabel, m_name);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    connect(m_subject, &QLineEdit::textChanged, this, &AddRowDialog::update);
    update();
    resize(520, sizeHint().height());
}

Batch AddRowDialog::batchFor(const DocumentSession &session, const QString &tableId, const QString &subjectText,
                             const QString &customName, QString *error)
{
    const QString code = leadingCode(subjectText);
    const Document &doc = session.document();
    if (functionCodeLevel(code) != SubjectLevel::Item) {
        *error = tr("Type the 7-digit code of a 项, or choose one from the list.");
        return {};
    }
    const Sheet *sheet = doc.engine().sheet(tableId);
    if (!sheet || !sheet->hasSubjectRows()) {
        *error = tr("This table has no 项 rows.");
        return {};
    }
    if (sheet->rowIndex(code) >= 0) {
        *error = tr("The table already lists %1.").arg(code);
        return {};
    }
    Batch batch;
    const bool known = doc.templ().functions.contains(code) || doc.data().subjects.count(code);
    if (!known) {
        const QString name = customName.trimmed();
        if (name.isEmpty()) {
            *error = tr("%1 is not in the catalogue: type its name.").arg(code);
            return {};
        }
        batch.push_back(Edit::setSubjectName(code, name));
    }
    batch.push_back(Edit::addRow(tableId, code));
    return batch;
}

Batch AddRowDialog::batch(QString *error) const
{
    return batchFor(*m_session, m_table, m_subject->text(), m_name->text(), error);
}

void AddRowDialog::update()
{
    const QString code = leadingCode(m_subject->text());
    const bool unknown = functionCodeLevel(code) == SubjectLevel::Item
                         && !m_session->document().templ().functions.contains(code)
                         && !m_session->document().data().subjects.count(code);
    m_name->setVisible(unknown);
    m_nameLabel->setVisible(unknown);
    m_error->clear();
}

void AddRowDialog::accept()
{
    QString error;
    if (batch(&error).empty()) {
        m_error->setText(error);
        return;
    }
    QDialog::accept();
}

} // namespace fa::ui
