#pragma once

#include "documentdata.h"

#include <QWidget>

class QComboBox;
class QLineEdit;
class QSpinBox;

namespace fa::ui {

class DocumentSession;

// The unit information printed on every table: name, scope (部门/单位), type, year and the month
// the accounts were compiled. Each field is written (one undo step) when it is left.
class UnitPage : public QWidget
{
    Q_OBJECT
public:
    explicit UnitPage(DocumentSession *session, QWidget *parent = nullptr);

    void refresh();
    UnitInfo edited() const;
    // Writes the fields when they differ from the document.
    void commit();

    QLineEdit *nameEdit() const { return m_name; }

private:
    DocumentSession *m_session;
    QLineEdit *m_name;
    QComboBox *m_scope;
    QComboBox *m_type;
    QSpinBox *m_year;
    QLineEdit *m_compiled;
};

} // namespace fa::ui
