#include "documentsession.h"

#include "batchcommand.h"

#include <QCoreApplication>

#include <algorithm>
#include <QFileInfo>
#include <QTimer>
#include <QUndoStack>

namespace fa::ui {

DocumentSession::DocumentSession(std::unique_ptr<DocumentFile> file, std::unique_ptr<QLockFile> lock, QString notice)
    : m_file(std::move(file))
    , m_lock(std::move(lock))
    , m_notice(std::move(notice))
    , m_undo(new QUndoStack(this))
    , m_textTimer(new QTimer(this))
{
    m_textTimer->setSingleShot(true);
    m_textTimer->setInterval(300);
    connect(m_textTimer, &QTimer::timeout, this, &DocumentSession::refreshTextFindings);
    m_textFindings = checkTexts(m_file->document());
    m_evaluationFindings = checkEvaluations(m_file->document());
}

void DocumentSession::refreshTextFindings()
{
    m_textTimer->stop();
    std::vector<TextFinding> now = checkTexts(m_file->document());
    std::vector<EvaluationFinding> evaluations = checkEvaluations(m_file->document());
    if (evaluations != m_evaluationFindings) {
        m_evaluationFindings = std::move(evaluations);
        emit evaluationFindingsChanged();
    }
    if (now == m_textFindings)
        return;
    m_textFindings = std::move(now);
    emit textFindingsChanged();
}

int DocumentSession::evaluationCount(Severity severity) const
{
    return int(std::count_if(m_evaluationFindings.begin(), m_evaluationFindings.end(),
                             [severity](const EvaluationFinding &f) { return f.severity == severity; }));
}

DocumentSession::~DocumentSession()
{
    // The undo commands refer to this session: they go before the file closes.
    delete m_undo;
    m_undo = nullptr;
    m_file.reset();
}

Result<std::unique_ptr<DocumentSession>> DocumentSession::open(const QString &path, bool readOnly)
{
    QString notice;
    std::unique_ptr<QLockFile> lock;
    if (!readOnly) {
        const QFileInfo info(path);
        if (!info.exists())
            return Error(Error::Code::FileNotFound, QCoreApplication::translate("DocumentSession", "“%1” does not exist.").arg(path));
        if (!info.isWritable() || !QFileInfo(info.absolutePath()).isWritable()) {
            readOnly = true;
            notice = QCoreApplication::translate("DocumentSession",
                                                 "The file or its folder cannot be written here: it is open read-only.");
        } else {
            lock = std::make_unique<QLockFile>(editorLockPath(info.canonicalFilePath().isEmpty() ? path : info.canonicalFilePath()));
            lock->setStaleLockTime(0); // only a lock whose editor has died is stale
            if (!lock->tryLock(0)) {
                qint64 pid = 0;
                QString host, app;
                lock->getLockInfo(&pid, &host, &app);
                lock.reset();
                readOnly = true;
                notice = QCoreApplication::translate("DocumentSession",
                                                     "Another editor (process %1 on %2) has this file open for writing: "
                                                     "it is open read-only here.")
                             .arg(pid)
                             .arg(host.isEmpty() ? QStringLiteral("?") : host);
            }
        }
    }
    auto file = DocumentFile::open(path, readOnly ? Store::Mode::ReadOnly : Store::Mode::ReadWrite);
    if (!file && !readOnly && file.error().code == Error::Code::ReadOnly) {
        lock.reset();
        notice = file.error().message;
        file = DocumentFile::open(path, Store::Mode::ReadOnly);
    }
    if (!file)
        return file.error();
    return std::unique_ptr<DocumentSession>(new DocumentSession(std::move(file.value()), std::move(lock), notice));
}

QString DocumentSession::path() const
{
    return m_file->store().path();
}

bool DocumentSession::isReadOnly() const
{
    return m_file->store().mode() == Store::Mode::ReadOnly;
}

QString DocumentSession::subjectName(const QString &code) const
{
    const auto &own = document().data().subjects;
    const auto it = own.find(code);
    if (it != own.end())
        return it->second;
    const Template &t = document().templ();
    return t.functions.contains(code) ? t.functions.name(code) : t.economics.name(code);
}

QString DocumentSession::describe(const QString &address) const
{
    const auto parts = address.split(QLatin1Char('/'));
    const Sheet *sheet = parts.size() == 3 ? engine().sheet(parts[0]) : nullptr;
    if (!sheet)
        return address;
    QString row = parts[1];
    const int r = sheet->rowIndex(parts[1]);
    if (r >= 0) {
        const RowInfo &info = sheet->rows[r];
        if (info.kind == RowInfo::Kind::Line)
            row = info.label.isEmpty() ? parts[1] : info.label.section(QChar(0x3001), -1); // "一、一般公共…" → "一般公共…"
        else if (info.kind == RowInfo::Kind::Total)
            row = info.label.isEmpty() ? parts[1] : info.label;
        else
            row = parts[1] + QLatin1Char(' ') + info.label.trimmed();
    }
    const ColumnDecl *column = sheet->decl->column(parts[2]);
    return sheet->decl->code + QLatin1Char(' ') + row + QLatin1Char(' ') + (column ? column->printedLabel() : parts[2]);
}

const std::vector<Finding> &DocumentSession::findings() const
{
    if (m_findingsValid)
        return m_findings;
    const Checker &checker = document().checker();
    if (m_allStale) {
        m_byInstance.assign(std::size_t(checker.instanceCount()), std::nullopt);
        for (int i = 0; i < checker.instanceCount(); ++i)
            m_byInstance[std::size_t(i)] = checker.finding(i);
    } else {
        m_byInstance.resize(std::size_t(checker.instanceCount()));
        for (int i : m_staleInstances) {
            if (i >= 0 && i < checker.instanceCount())
                m_byInstance[std::size_t(i)] = checker.finding(i);
        }
    }
    m_allStale = false;
    m_staleInstances.clear();
    m_findings.clear();
    for (int i : checker.findingOrder()) {
        if (!m_byInstance[std::size_t(i)]) // cannot happen when every change reports its instances
            m_byInstance[std::size_t(i)] = checker.finding(i);
        m_findings.push_back(*m_byInstance[std::size_t(i)]);
    }
    m_findingsValid = true;
    return m_findings;
}

const DocumentSession::CellMarks &DocumentSession::marks(int sheet) const
{
    if (!m_marksValid) {
        const Engine &e = engine();
        m_marks.assign(e.sheets().size(), {});
        for (const Finding &f : findings()) {
            if (f.severity == Severity::Rounding)
                continue; // 尾差 are listed, not marked
            const CellId id = e.find(f.address);
            if (id == kNoCell)
                continue;
            CellMarks &m = m_marks[std::size_t(e.meta(id).sheet)];
            auto it = m.worst.find(id);
            if (it == m.worst.end() || int(f.severity) < int(*it))
                m.worst.insert(id, f.severity);
            m.messages[id] << f.message;
        }
        m_marksValid = true;
    }
    return m_marks[std::size_t(sheet)];
}

int DocumentSession::count(Severity severity) const
{
    const auto &all = findings();
    return int(std::count_if(all.begin(), all.end(), [severity](const Finding &f) { return f.severity == severity; }));
}

void DocumentSession::setShownUnit(AmountUnit unit)
{
    if (unit == m_shownUnit)
        return;
    m_shownUnit = unit;
    emit shownUnitChanged();
}

bool DocumentSession::apply(const Batch &batch, const QString &text, const Location &where, const QString &mergeKey)
{
    if (batch.empty())
        return true;
    auto applied = applyNow(batch);
    if (!applied) {
        emit failed(applied.error().message);
        return false;
    }
    if (applied->inverse.empty())
        return true; // nothing changed: never push a no-op
    m_undo->push(new BatchCommand(this, batch, std::move(applied->inverse), text, where, mergeKey));
    return true;
}

Result<Applied> DocumentSession::applyNow(const Batch &batch)
{
    auto applied = m_file->apply(batch);
    if (applied && !applied->changes.empty()) {
        if (applied->changes.structural()) {
            m_allStale = true; // instances were made or retired
            m_findingsValid = false;
            m_marksValid = false;
        } else if (!applied->changes.findings.empty()) {
            m_staleInstances.insert(m_staleInstances.end(), applied->changes.findings.begin(), applied->changes.findings.end());
            m_findingsValid = false;
            m_marksValid = false;
        }
        // Any change of values, rows, texts or counts can change what the texts say against the tables.
        m_textTimer->start();
        emit changed(applied->changes);
    }
    return applied;
}

void DocumentSession::undoFailed(const QString &message)
{
    emit failed(message);
    // Not inside the stack's own undo()/redo(): clear it once that has returned.
    QTimer::singleShot(0, this, [this] {
        if (m_undo)
            m_undo->clear();
    });
}

Status DocumentSession::saveCopyAs(const QString &path) const
{
    return Store::create(path, document().data(), true);
}

} // namespace fa::ui
