#pragma once

#include "documentsession.h"

#include <QPlainTextEdit>

class QTimer;

namespace fa::ui {

// A plain-text editor bound to one document text (a key of texts.h). What is typed is written
// through the session as one Edit::setText batch when the editor loses focus or after a short
// pause in typing, never per keystroke; the writes of one visit to the field (from focus in to
// focus out) are one undo step. When the session reports that the key changed (undo, redo, another page), the
// editor shows the document's text again. A read-only session gives a read-only editor.
class TextKeyEdit : public QPlainTextEdit
{
    Q_OBJECT
public:
    // `name` names the undo step ("Edit 机构设置"); `where` is where undo and redo go back to.
    TextKeyEdit(DocumentSession *session, const QString &key, const QString &name, const Location &where,
                QWidget *parent = nullptr);

    // The pause in typing after which the text is written.
    static constexpr int kIdleMs = 1500;

    QString key() const { return m_key; }
    // Binds the editor to another key (what was typed for the old one is written first).
    void setKey(const QString &key, const QString &name);
    // The text shown, and not stored, while the document has none under the key (the shipped
    // 名词解释 of a 项). Typing exactly this text, or nothing, removes the document's text.
    void setFallback(const QString &text);

    // Writes what is typed when it differs from the document. False when the session refused it
    // (the text stays in the editor, the window says why).
    bool commit();
    // Typed and not written yet.
    bool isPending() const;
    // Shows the document's text (or the fallback) unless the editor already shows it.
    void refresh();

signals:
    // The text was written (one undo step).
    void committed();

protected:
    void focusInEvent(QFocusEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;

private:
    QString stored() const;
    QString shown() const;
    bool write(bool leaving);

    DocumentSession *m_session;
    QString m_key;
    QString m_name;
    Location m_where;
    QString m_fallback;
    QTimer *m_idle;
    bool m_loading = false;
    int m_visit = 0;       // which visit to the field the writes belong to (their merge key)
    static int s_visits;
};

} // namespace fa::ui
