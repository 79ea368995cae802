#pragma once

#include <QWidget>

class QLabel;

namespace fa::ui {

class DocumentSession;
class FormView;
class SheetModel;

// One 公开表 as published: title, 公开0N表, the 部门/单位 line, year and 单位：万元 above the form,
// the footnote (and the 说明 of an empty table) below it.
class TablePage : public QWidget
{
    Q_OBJECT
public:
    TablePage(DocumentSession *session, int sheet, QWidget *parent = nullptr);

    SheetModel *model() const { return m_model; }
    FormView *view() const { return m_view; }
    QString tableId() const;
    void refreshCaption();

private:
    DocumentSession *m_session;
    SheetModel *m_model;
    FormView *m_view;
    QLabel *m_title;
    QLabel *m_code;
    QLabel *m_unitLine;
    QLabel *m_year;
    QLabel *m_amountUnit;
    QLabel *m_note;
};

} // namespace fa::ui
