#pragma once

#include "documentfile.h"
#include "evaluationcheck.h"
#include "textcheck.h"

#include <QHash>
#include <QLockFile>
#include <QStringList>
#include <QObject>
#include <QString>

#include <memory>

class QTimer;
class QUndoStack;

namespace fa::ui {

// Where a change was made: the table and the cell (address) to bring back on undo and redo.
struct Location {
    QString table;   // "t03"
    QString address; // "t03/2013701/基本支出", or empty for a change without a cell
};

// One open document file: its DocumentFile, its undo stack and the unit amounts are shown in.
// Every view and model of the file shares it. Nothing here writes except through apply() and
// the undo stack's commands, which call the core and broadcast its ChangeSet.
class DocumentSession : public QObject
{
    Q_OBJECT
public:
    ~DocumentSession() override;

    // Opens `path`. A read-write open falls back to read-only, with notice() saying why, when
    // another editor has the file open for writing or the file or its folder cannot be written.
    static Result<std::unique_ptr<DocumentSession>> open(const QString &path, bool readOnly);

    QString path() const;
    bool isReadOnly() const;
    // Why a file asked for read-write opened read-only; empty otherwise.
    QString notice() const { return m_notice; }

    const Document &document() const { return m_file->document(); }
    const Engine &engine() const { return m_file->document().engine(); }
    DocumentFile &file() { return *m_file; }
    QUndoStack *undoStack() const { return m_undo; }

    // A cell address as people read it: "公开03表 2060401 机构运行 基本支出".
    QString describe(const QString &address) const;
    // The name of a subject: the document's own, else the catalogue's.
    QString subjectName(const QString &code) const;

    // The current findings (Checker::findings()), made once per change however many views ask.
    const std::vector<Finding> &findings() const;
    int count(Severity severity) const;
    // The errors and warnings shown on cells, per table (sheet index): the worst severity at each
    // cell and the messages there. Made once per change of the findings for every table's model.
    struct CellMarks {
        QHash<CellId, Severity> worst;
        QHash<CellId, QStringList> messages;
    };
    const CellMarks &marks(int sheet) const;

    // What the contradiction finder reports in the document's texts (textcheck.h). Read again a
    // moment after changes stop (on a large document it takes tens of milliseconds, too long for
    // every keystroke); refreshTextFindings() reads them now.
    const std::vector<TextFinding> &textFindings() const { return m_textFindings; }
    // What the checks of the 绩效自评 tables report (evaluationcheck.h), read at the same moment.
    const std::vector<EvaluationFinding> &evaluationFindings() const { return m_evaluationFindings; }
    // How many of those are of `severity` (warnings and 尾差).
    int evaluationCount(Severity severity) const;
    void refreshTextFindings();

    AmountUnit shownUnit() const { return m_shownUnit; }
    void setShownUnit(AmountUnit unit);

    // Applies a batch as one undo step: written in one transaction, recomputed once. `mergeKey`
    // (a cell address) lets consecutive edits of one cell merge into one step. Returns false,
    // and emits failed(), when the core or the file refuses; nothing changes then.
    bool apply(const Batch &batch, const QString &text, const Location &where, const QString &mergeKey = {});

    // For the undo commands: applies a batch now and broadcasts what changed.
    Result<Applied> applyNow(const Batch &batch);
    // An undo or redo the file refused: says so, and drops the undo history, which no longer
    // matches the file (the document itself is unchanged).
    void undoFailed(const QString &message);

    // Writes a consistent copy of the document as it is now to `path` (a new file written
    // atomically from what the file holds), e.g. when the disk of the original says no.
    Status saveCopyAs(const QString &path) const;

signals:
    void changed(const fa::ChangeSet &changes);
    void failed(const QString &message);
    // Undo or redo brought a change back: show its table and cell.
    void locationRequested(const fa::ui::Location &where);
    void shownUnitChanged();
    void textFindingsChanged();
    void evaluationFindingsChanged();

private:
    DocumentSession(std::unique_ptr<DocumentFile> file, std::unique_ptr<QLockFile> lock, QString notice);

    std::unique_ptr<DocumentFile> m_file;
    std::unique_ptr<QLockFile> m_lock;
    QString m_notice;
    QUndoStack *m_undo;
    AmountUnit m_shownUnit = AmountUnit::Wanyuan;
    // The finding of each check instance as last made (the words cost more than the check), kept
    // up to date from the instances each change reports; the list in the checker's order.
    mutable std::vector<std::optional<Finding>> m_byInstance;
    mutable std::vector<int> m_staleInstances;
    mutable bool m_allStale = true;
    mutable std::vector<Finding> m_findings;
    mutable bool m_findingsValid = false;
    mutable std::vector<CellMarks> m_marks;
    mutable bool m_marksValid = false;
    std::vector<TextFinding> m_textFindings;
    std::vector<EvaluationFinding> m_evaluationFindings;
    QTimer *m_textTimer;
};

} // namespace fa::ui
