#pragma once

#include "checker.h"

#include <QWidget>

class QTreeWidget;
class QTreeWidgetItem;

namespace fa::ui {

class DocumentSession;

// The core's findings, grouped by severity with counts, each with its message, expected and
// actual amounts and where it is. Kept current as the document changes; double-clicking a
// finding asks to show its cell, and a finding that asks for a reason can have it typed.
class ChecksPanel : public QWidget
{
    Q_OBJECT
public:
    explicit ChecksPanel(DocumentSession *session, QWidget *parent = nullptr);

    QTreeWidget *tree() const { return m_tree; }
    // How many findings of each severity are shown.
    int count(Severity severity) const;
    // How many findings in the texts are shown (their own group, after the tables' findings).
    int textCount() const;
    // How many findings in the 绩效自评 tables are shown (their own group, last).
    int evaluationCount() const;
    void refresh();
    void refreshTexts();
    void refreshEvaluations();

signals:
    void jumpRequested(const QString &address);
    // The finding at `address` asks for the text `key` (a reason).
    void reasonRequested(const QString &key, const QString &address);
    // A finding in a text: show the sentence (情况说明 section and paragraph, or the text `key`).
    void textJumpRequested(int section, int paragraph, const QString &key);
    // A finding in a 绩效自评 table: show the table (DocumentData::evaluations index) and the
    // indicator (-1: none).
    void evaluationJumpRequested(int evaluation, int indicator);

private:
    void showMenu(const QPoint &pos);
    // The group marked `mark` (kTextGroup, kEvaluationGroup), made where it belongs when `make`.
    QTreeWidgetItem *specialGroup(int mark, bool make);

    DocumentSession *m_session;
    QTreeWidget *m_tree;
};

} // namespace fa::ui
