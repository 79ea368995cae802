#pragma once

#include "glossary.h"

#include <QWidget>

#include <vector>

class QLabel;
class QPushButton;
class QTableWidget;

namespace fa::ui {

class DocumentSession;
class TextKeyEdit;

// Part 4 of the document, 名词解释: the fixed entries and one entry per 项 of 公开05表
// (documentGlossary(doc)), in printed order. A 项 without a definition is marked in orange. The
// definition of the selected 项 is edited below the list and kept as glossary/<code>; an empty
// definition (or the shipped one) removes the document's own text.
class GlossaryPage : public QWidget
{
    Q_OBJECT
public:
    explicit GlossaryPage(DocumentSession *session, QWidget *parent = nullptr);

    QTableWidget *table() const { return m_table; }
    TextKeyEdit *definitionEdit() const { return m_edit; }
    // The entries shown, brought up to date first.
    const std::vector<GlossaryEntry> &entries();
    // The table row of an entry (-1 when none).
    int rowOf(int entry) const;
    // Selects the entry of a 项 and puts the cursor in its definition; false when none.
    bool editItem(const QString &code);
    void rebuild();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void ensureCurrent();
    void showSelected();
    void restoreShipped();

    DocumentSession *m_session;
    QLabel *m_summary;
    QTableWidget *m_table;
    QLabel *m_editTitle;
    TextKeyEdit *m_edit;
    QPushButton *m_restore;
    std::vector<GlossaryEntry> m_entries;
    std::vector<int> m_rowEntry; // per table row: the entry, -1 for a group heading
    QString m_selectedCode;
    bool m_dirty = true;
};

} // namespace fa::ui
