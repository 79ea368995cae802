#pragma once

#include <QWidget>

class QLabel;

namespace fa::ui {

class DocumentSession;
class TextKeyEdit;

// Part 1 of the document, 概况: the 部门职责 (or 单位职责) and the 机构设置, as two texts
// (overview/duties, overview/organisation) written through the session when a field is left or
// typing pauses.
class OverviewPage : public QWidget
{
    Q_OBJECT
public:
    explicit OverviewPage(DocumentSession *session, QWidget *parent = nullptr);

    TextKeyEdit *dutiesEdit() const { return m_duties; }
    TextKeyEdit *organisationEdit() const { return m_organisation; }
    QString dutiesLabel() const;

private:
    void updateLabels();

    DocumentSession *m_session;
    QLabel *m_dutiesLabel;
    QLabel *m_organisationLabel;
    TextKeyEdit *m_duties;
    TextKeyEdit *m_organisation;
};

} // namespace fa::ui
