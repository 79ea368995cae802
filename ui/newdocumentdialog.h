#pragma once

#include "documentdata.h"

#include <QDialog>

class QComboBox;
class QLineEdit;
class QSpinBox;

namespace fa::ui {

// Asks what a new document is for: unit name, scope (部门/单位), type and year.
class NewDocumentDialog : public QDialog
{
    Q_OBJECT
public:
    explicit NewDocumentDialog(QWidget *parent = nullptr);

    UnitInfo unit() const;
    void accept() override;

private:
    QLineEdit *m_name;
    QComboBox *m_scope;
    QComboBox *m_type;
    QSpinBox *m_year;
};

} // namespace fa::ui
