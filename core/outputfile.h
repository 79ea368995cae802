#pragma once

// What every export (Excel, PDF, ODT, the CLI's JSON maps) checks before it writes a file, and how
// a failed write is told: in the user's words, the same for every export, whatever the system's
// language (strerror speaks English here).

#include "error.h"

#include <QString>

namespace fa {

// Whether `path` is a document of this program (an SQLite file with its application id).
bool isDocumentFile(const QString &path);

// Refuses a target no export may write: a folder, or a document of this program (an export named
// after its own document would replace it).
Status checkExportTarget(const QString &path);

// Whether two paths name the same file (through links and relative paths); false when either
// does not exist.
bool sameFile(const QString &a, const QString &b);

// Why writing `path` failed. `err` is the errno of the failed call when known (0 otherwise); the
// folder and the file are looked at to say which of them is the trouble. `detail` (a library's
// own words) is shown only when nothing better is known.
Error writeFailure(const QString &path, int err = 0, const QString &detail = {});

} // namespace fa
