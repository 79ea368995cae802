#include "textkeyedit.h"

#include <QFocusEvent>
#include <QTimer>

#include <algorithm>

namespace fa::ui {

int TextKeyEdit::s_visits = 0;

TextKeyEdit::TextKeyEdit(DocumentSession *session, const QString &key, const QString &name, const Location &where,
                         QWidget *parent)
    : QPlainTextEdit(parent)
    , m_session(session)
    , m_key(key)
    , m_name(name)
    , m_where(where)
    , m_idle(new QTimer(this))
{
    setTabChangesFocus(true);
    setReadOnly(session->isReadOnly());
    m_idle->setSingleShot(true);
    m_idle->setInterval(kIdleMs);
    connect(m_idle, &QTimer::timeout, this, [this] { write(false); });
    connect(this, &QPlainTextEdit::textChanged, this, [this] {
        if (!m_loading && !isReadOnly())
            m_idle->start();
    });
    connect(session, &DocumentSession::changed, this, [this](const ChangeSet &c) {
        if (std::find(c.texts.begin(), c.texts.end(), m_key) != c.texts.end())
            refresh();
    });
    refresh();
}

void TextKeyEdit::setKey(const QString &key, const QString &name)
{
    if (key == m_key) {
        m_name = name;
        return;
    }
    if (isPending())
        write(true);
    m_key = key;
    m_name = name;
    m_fallback.clear();
    m_loading = true;
    setPlainText(shown());
    m_loading = false;
    m_idle->stop();
}

void TextKeyEdit::setFallback(const QString &text)
{
    m_fallback = text;
    if (!isPending())
        refresh();
}

QString TextKeyEdit::stored() const
{
    const auto &texts = m_session->document().data().texts;
    const auto it = texts.find(m_key);
    return it == texts.end() ? QString() : it->second;
}

QString TextKeyEdit::shown() const
{
    const QString s = stored();
    return s.trimmed().isEmpty() ? m_fallback : s;
}

bool TextKeyEdit::isPending() const
{
    return m_idle->isActive();
}

void TextKeyEdit::refresh()
{
    const QString text = shown();
    // The editor already shows it (e.g. the write it made itself, trimmed): keep the cursor.
    if (toPlainText().trimmed() == text.trimmed())
        return;
    m_loading = true;
    setPlainText(text);
    m_loading = false;
    m_idle->stop();
}

bool TextKeyEdit::commit()
{
    return write(true);
}

bool TextKeyEdit::write(bool leaving)
{
    m_idle->stop();
    if (m_key.isEmpty() || m_session->isReadOnly())
        return true;
    QString text = toPlainText().trimmed();
    if (!m_fallback.isEmpty() && text == m_fallback.trimmed())
        text.clear();
    bool ok = true;
    if (text != stored().trimmed()) {
        // The writes of one visit to the field (pauses, then leaving it) are one undo step.
        ok = m_session->apply({Edit::setText(m_key, text)}, tr("Edit %1").arg(m_name), m_where,
                              QStringLiteral("text:%1:%2").arg(m_visit).arg(m_key));
        if (ok)
            emit committed();
    }
    // Left empty (or as shipped): show the shipped text again. Not while typing: the person may
    // just have cleared the field to type a new text.
    if (ok && leaving)
        refresh();
    return ok;
}

void TextKeyEdit::focusInEvent(QFocusEvent *event)
{
    QPlainTextEdit::focusInEvent(event);
    if (event->reason() != Qt::PopupFocusReason)
        m_visit = ++s_visits;
}

void TextKeyEdit::focusOutEvent(QFocusEvent *event)
{
    QPlainTextEdit::focusOutEvent(event);
    // A context menu of the editor's own takes the focus for a moment: not a leave.
    if (event->reason() != Qt::PopupFocusReason)
        write(true);
}

} // namespace fa::ui
