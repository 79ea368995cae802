#pragma once

#include "documentsession.h"

#include <QUndoCommand>

namespace fa::ui {

// The one undo command: a batch already applied, and the batch that undoes it (the core's exact
// inverse). Undo applies the inverse and keeps the core's inverse of that for redo. Consecutive
// edits of the same cell (or text, or count: the merge key) merge; a merge that brings it back to
// where it was is dropped.
class BatchCommand : public QUndoCommand
{
public:
    enum Id { CellEdit = 1 };

    BatchCommand(DocumentSession *session, Batch redo, Batch undo, const QString &text, Location where,
                 QString mergeKey);

    void redo() override;
    void undo() override;
    int id() const override;
    bool mergeWith(const QUndoCommand *other) override;

    const Location &location() const { return m_where; }

private:
    DocumentSession *m_session;
    Batch m_redo;
    Batch m_undo;
    Location m_where;
    QString m_mergeKey;
    bool m_applied = true; // pushed after the batch was applied: the first redo() does nothing
};

} // namespace fa::ui
