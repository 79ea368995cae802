#pragma once

#include "documentdata.h"
#include "error.h"

#include <QByteArray>

namespace fa {

// The plain-text form of a document (INTERCHANGE.md): "format": "final-accounts/1".
// Reading is strict: unknown keys, derived addresses, inexact amounts and bad codes are errors
// that name the key. Writing is deterministic (sorted keys), so export → import → export gives
// the same bytes.
Result<DocumentData> readInterchange(const QByteArray &json);
QByteArray writeInterchange(const DocumentData &data);

inline constexpr qint64 kMaxInterchangeSize = 64 * 1024 * 1024;

} // namespace fa
