#include "batchcommand.h"

#include <QCoreApplication>

namespace fa::ui {

BatchCommand::BatchCommand(DocumentSession *session, Batch redo, Batch undo, const QString &text, Location where,
                           QString mergeKey)
    : m_session(session)
    , m_redo(std::move(redo))
    , m_undo(std::move(undo))
    , m_where(std::move(where))
    , m_mergeKey(std::move(mergeKey))
{
    setText(text);
}

void BatchCommand::redo()
{
    if (m_applied) {
        m_applied = false;
        return;
    }
    auto applied = m_session->applyNow(m_redo);
    if (!applied) {
        m_session->undoFailed(QCoreApplication::translate("BatchCommand", "Redo failed: %1").arg(applied.error().message));
        return;
    }
    m_undo = std::move(applied->inverse);
    emit m_session->locationRequested(m_where);
}

void BatchCommand::undo()
{
    auto applied = m_session->applyNow(m_undo);
    if (!applied) {
        m_session->undoFailed(QCoreApplication::translate("BatchCommand", "Undo failed: %1").arg(applied.error().message));
        return;
    }
    m_redo = std::move(applied->inverse);
    emit m_session->locationRequested(m_where);
}

int BatchCommand::id() const
{
    return m_mergeKey.isEmpty() ? -1 : CellEdit;
}

bool BatchCommand::mergeWith(const QUndoCommand *other)
{
    const auto *next = static_cast<const BatchCommand *>(other);
    if (next->m_mergeKey != m_mergeKey || next->m_session != m_session)
        return false;
    // This step now goes from before the first edit to after the last one.
    m_redo = next->m_redo;
    // Back where it started: the merged step changes nothing and goes.
    if (m_redo.size() == 1 && m_undo.size() == 1 && m_redo[0] == m_undo[0]
        && (m_redo[0].kind == Edit::Kind::SetValue || m_redo[0].kind == Edit::Kind::SetText
            || m_redo[0].kind == Edit::Kind::SetCount))
        setObsolete(true);
    return true;
}

} // namespace fa::ui
