#pragma once

#include "narrative.h"

#include <QWidget>

#include <utility>
#include <vector>

class QLabel;
class QPushButton;
class QSplitter;
class QTextBrowser;
class QUrl;

namespace fa::ui {

class DocumentSession;
class TextKeyEdit;

// Part 3 of the document, 情况说明: the 13 sections as they will be printed (explanation(doc)),
// rebuilt whenever the document changes. Figures taken from the tables are marked, and an amount
// of one cell is a link to that cell; a person's words (reasons, notes) are in another colour and
// open a small editor when clicked. Each section can be written by hand (its generated text is
// copied into section/NN and edited beside the view) and given back to the generator.
class ExplanationPage : public QWidget
{
    Q_OBJECT
public:
    explicit ExplanationPage(DocumentSession *session, QWidget *parent = nullptr);

    QTextBrowser *browser() const { return m_browser; }
    // The text shown, brought up to date first.
    QString text();
    // Builds the view again from the document (keeping the scroll position).
    void rebuild();

    // Scrolls to paragraph `paragraph` (from 0) of section `section` (1–13) and highlights it;
    // false when there is no such paragraph.
    bool showParagraph(int section, int paragraph);
    // The paragraph highlighted by showParagraph (section 0 when none).
    std::pair<int, int> highlighted() const { return m_highlight; }

    // "Write it by hand" (改为手工编写): the generated text becomes section/NN (one undo step) and its editor opens.
    bool writeByHand(int section);
    // "Restore the generated text" (恢复自动生成): section/NN goes, the section is generated again.
    bool restoreGenerated(int section);
    // Opens the editor of a section written by hand.
    void editSection(int section);
    void closeSectionEditor();
    // The section whose editor is open (0 when none) and its editor.
    int editedSection() const;
    TextKeyEdit *sectionEditor() const { return m_sectionEdit; }

    // A small dialog for the text under `key` (a reason or a note).
    void editText(const QString &key);
    // Writes the text under `key` (one undo step); "" removes it.
    bool setText(const QString &key, const QString &text);
    // Does what a click on the link `url` of the view does.
    void activate(const QUrl &url);
    // The section (1–13) shown at a position of the view's document, 0 before the first.
    int sectionAt(int position) const;

signals:
    // An amount was clicked: show the cell it comes from.
    void gotoRequested(const QString &address);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    struct Link {
        enum class Kind { Cell, Text, WriteByHand, Restore, EditSection };
        Kind kind;
        QString target; // Cell: the address; Text: the key
        int section = 0;
    };
    void ensureCurrent();
    void build();
    void applyHighlight();
    void showContextMenu(const QPoint &pos);
    QString linkHref(Link link);
    // What a typed text is, as a person reads it: "Why 公开01表 总计 决算数 changed from last year".
    QString describeKey(const QString &key) const;

    DocumentSession *m_session;
    QSplitter *m_splitter;
    QTextBrowser *m_browser;
    QWidget *m_editorPanel;
    QLabel *m_editorTitle;
    TextKeyEdit *m_sectionEdit;
    QPushButton *m_restore;
    int m_editedSection = 0;
    bool m_dirty = true;
    std::vector<Link> m_links;
    std::vector<int> m_sectionStart;                        // document position of each title
    std::vector<std::vector<std::pair<int, int>>> m_blocks; // per section, each paragraph's start and end
    std::vector<bool> m_typed;
    std::pair<int, int> m_highlight{0, 0};
};

} // namespace fa::ui
