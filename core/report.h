#pragma once

#include "document.h"

#include <QJsonObject>
#include <QString>

namespace fa {

// Read-only presentations of a document for the command line and for tests: the tables laid
// out as published, every printed cell by address, and the check report.

// One table as plain text, laid out like the published one (title, code, unit line, column
// headings with 栏次, rows, footnote). Widths count CJK characters as two columns.
QString renderTableText(const Document &doc, const QString &tableId, AmountUnit unit);

// {"amount_unit": …, "cells": {address: amount}} for every printed cell (of one table, or all).
QJsonObject cellsJson(const Document &doc, AmountUnit unit, const QString &tableId = {});

// The findings as text lines, and as {"findings": [...]} (INTERCHANGE.md).
// Where a text finding is, for people: "情况说明 五, paragraph 3 (section/05)", or its text key.
QString textPlace(const struct TextFinding &f);
QString findingsText(const Document &doc);
QJsonObject findingsJson(const Document &doc);

// Terminal columns a string takes (East Asian wide characters count two).
int displayWidth(const QString &text);

} // namespace fa
