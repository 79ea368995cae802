#include "outputfile.h"

#include "store.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

#include <cerrno>

#include <sys/statvfs.h>
#include <unistd.h>

namespace fa {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(OutputFile)
};

} // namespace

bool isDocumentFile(const QString &path)
{
    return Store::isDocument(path);
}

bool sameFile(const QString &a, const QString &b)
{
    const QString ca = QFileInfo(a).canonicalFilePath();
    return !ca.isEmpty() && ca == QFileInfo(b).canonicalFilePath();
}

Status checkExportTarget(const QString &path)
{
    const QFileInfo target(path);
    const QString shown = QDir::toNativeSeparators(path);
    if (target.isDir())
        return Error(Error::Code::WriteFailed, Tr::tr("Cannot write %1: it is a folder.").arg(shown));
    if (isDocumentFile(path))
        return Error(Error::Code::BadValue,
                     Tr::tr("%1 is a document of this program: an export would replace it. Choose another file name.").arg(shown));
    return std::nullopt;
}

Error writeFailure(const QString &path, int err, const QString &detail)
{
    const QFileInfo target(path);
    const QString shown = QDir::toNativeSeparators(path);
    const QString folder = QDir::toNativeSeparators(target.absolutePath());
    if (err == ENOSPC || err == EDQUOT)
        return Error(Error::Code::DiskFull, Tr::tr("The disk is full: %1 could not be written. Free some space and try again.").arg(shown));
    if (target.isDir() || err == EISDIR)
        return Error(Error::Code::WriteFailed, Tr::tr("Cannot write %1: it is a folder.").arg(shown));
    if (!QFileInfo(target.absolutePath()).isDir())
        return Error(Error::Code::WriteFailed, Tr::tr("Cannot write %1: the folder %2 does not exist.").arg(shown, folder));
    const QByteArray folderBytes = QFile::encodeName(target.absolutePath());
    if (err == EROFS || ::access(folderBytes.constData(), W_OK) != 0) {
        if (err == EROFS || errno == EROFS)
            return Error(Error::Code::ReadOnly, Tr::tr("Cannot write %1: the folder %2 is on a read-only disk.").arg(shown, folder));
        return Error(Error::Code::ReadOnly, Tr::tr("Cannot write %1: there is no permission to write in the folder %2.").arg(shown, folder));
    }
    if (target.exists() && ::access(QFile::encodeName(path).constData(), W_OK) != 0)
        return Error(Error::Code::ReadOnly, Tr::tr("Cannot write %1: the file is read-only.").arg(shown));
    if (err == EACCES || err == EPERM)
        return Error(Error::Code::ReadOnly, Tr::tr("Cannot write %1: permission denied.").arg(shown));
    struct statvfs fs {};
    if (::statvfs(folderBytes.constData(), &fs) == 0 && fs.f_bavail == 0)
        return Error(Error::Code::DiskFull, Tr::tr("The disk is full: %1 could not be written. Free some space and try again.").arg(shown));
    if (!detail.isEmpty())
        return Error(Error::Code::WriteFailed, Tr::tr("Cannot write %1: %2").arg(shown, detail));
    return Error(Error::Code::WriteFailed, Tr::tr("Cannot write %1.").arg(shown));
}

} // namespace fa
