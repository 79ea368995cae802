#pragma once

#include "document.h"
#include "documentdata.h"

#include <QByteArray>
#include <QString>

namespace fa {

// The fingerprint of a document's CONTENT, printed in the footer of every page of a submitted
// copy so that the bureau can tell whether a printed, signed copy and a document file say the
// same: "3F2A-91C0-77BE-0D41" — the first 8 bytes of a SHA-256, as 16 uppercase hex digits in
// four groups joined by "-".
//
// Definition, version 1. The SHA-256 is taken over the UTF-8 bytes of
//
//     "fa-fingerprint-1\n" + canonical JSON
//
// where the canonical JSON is one object with exactly these keys:
//
//   template     the template id ("2024"): which tables the document has
//   unit         {name, scope, type, year (a number), compiled ("" when not given)}: the cover
//   subjects     {code: name}: the document's own names of function-classification codes, as
//                stored (codes named only by the catalogue are not listed: the template gives them)
//   rows         {table id: [项 code, …]}: the 项 rows each function-classification table lists,
//                codes sorted; a table that lists none is left out
//   values       {address: amount}: every entered cell that holds an amount other than zero, the
//                amount as the exact number of 分 written as a decimal integer string ("178825").
//                A blank entered cell and one holding 0 count and print the same (0.00), so both are
//                left out; a listed row whose cells are all blank or zero is still in `rows`
//   texts        {key: text}: every non-empty free text (texts.h), exactly as typed
//   counts       {key: number}: every count (人次, 车辆, 团组) given; a count of 0 is given
//   evaluations  [ … ]: the 绩效自评 tables in printed order, each as evaluationToJson()
//                (performance.h) writes it — typed scores, amounts as printed, every text
//
// The JSON is written canonically as RFC 8785 (JSON Canonicalization Scheme) writes it: no
// whitespace; object keys sorted by UTF-16 code units; strings as UTF-8 with only '"', '\' and
// U+0000–U+001F escaped (\" \\ \b \t \n \f \r, the others \u00xx in lowercase hex); numbers as
// decimal integers (there are no others). Python's json.dumps(obj, ensure_ascii=False,
// separators=(",", ":"), sort_keys=True) gives the same bytes for it (its keys hold no character
// above U+FFFF, where code point and UTF-16 order part). It is not the interchange
// format's JSON (INTERCHANGE.md) but holds the same content.
//
// Left out, because it is not content:
//   - the interchange "format" and any file format, program or schema version, export times;
//   - amount_unit, the unit amounts were keyed in (元 or 万元): amounts are hashed in exact 分, and
//     the unit a table is printed in is chosen when printing, not stored with the content;
//   - everything derived (sums, the engine's cells, the checks' findings, generated paragraphs,
//     computed scores): it follows from what is hashed and the template;
//   - the file itself: its bytes, name, SQLite page layout, journal, undo history and the order in
//     which rows, values or texts were entered. Copying, reopening, VACUUMing the file, or
//     exporting it to JSON and importing it again, leaves the fingerprint as it was.
//
// Any change to this definition (what is hashed, or how it is written) must change the version
// in the prefix, so that a fingerprint can always be recomputed by the definition it was made by.
// It shows that two documents differ; it is not a signature (anyone can compute it).

// The prefix of the hashed bytes: names the definition.
inline constexpr char kFingerprintVersion[] = "fa-fingerprint-1";

// The exact bytes that are hashed (the prefix, a line feed and the canonical JSON), for tests and
// for anyone who wants to recompute a fingerprint independently.
QByteArray fingerprintInput(const DocumentData &data);

// "3F2A-91C0-77BE-0D41".
QString documentFingerprint(const DocumentData &data);
QString documentFingerprint(const Document &doc);

} // namespace fa
