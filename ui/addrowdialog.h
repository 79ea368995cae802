#pragma once

#include "edit.h"

#include <QDialog>

class QLabel;
class QLineEdit;

namespace fa::ui {

class DocumentSession;

// Adds a 项 row to a table of subjects: type a code or part of a name (“2013”, “宣传”) and choose
// from the catalogue; a well-formed 7-digit code the catalogue does not know asks for its name.
class AddRowDialog : public QDialog
{
    Q_OBJECT
public:
    AddRowDialog(DocumentSession *session, const QString &tableId, QWidget *parent = nullptr);

    QLineEdit *subjectEdit() const { return m_subject; }
    QLineEdit *nameEdit() const { return m_name; }

    // The batch that adds what was typed: the row, and the subject's name when the catalogue
    // does not know the code. Empty, with `error` set, when the text is not a 项 to add.
    static Batch batchFor(const DocumentSession &session, const QString &tableId, const QString &subjectText,
                          const QString &customName, QString *error);
    Batch batch(QString *error) const;

    void accept() override;

private:
    void update();

    const DocumentSession *m_session;
    QString m_table;
    QLineEdit *m_subject;
    QLineEdit *m_name;
    QLabel *m_nameLabel;
    QLabel *m_error;
};

} // namespace fa::ui
