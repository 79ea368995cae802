#pragma once

// Part 3 of a document, 情况说明: thirteen sections whose sentences are built from the tables (and
// the 补充数据 table x01, the counts and the reasons people typed), in the sentence patterns of the
// published documents. Every figure is taken from the document when the text is built, so the text
// never falls out of step with the tables; a person's words (reasons, notes, the 绩效 paragraphs)
// are kept under their text keys (texts.h) and placed where they belong.
//
// A person may replace a whole section by their own text (key section/NN); it is then kept as
// typed, and the contradiction finder reads it against the tables.
//
// Number style, as in the seeds: amounts in 万元 with two decimals and thousands separators
// ("1,850.79万元"), a zero amount as "0万元"; percentages rounded half-up to two decimals from the
// exact amounts ("占64.80%"), a share of nothing as "0%". A completion rate is left out when the
// budget is zero (there is no such rate), and a change from last year when last year's figure is
// not given.

#include "money.h"
#include "percent.h"

#include <QString>

#include <optional>
#include <vector>

namespace fa {

class Document;

// A stretch of a paragraph: words of the pattern, a figure, or a person's text.
struct TextRun {
    enum class Kind {
        Pattern, // the fixed words of the sentence pattern
        Amount,  // an amount in 万元 from the tables
        Percent, // a share, rate of change or completion rate
        Count,   // a count (项目, 人次, 辆)
        Typed,   // a person's text, stored under `key`
    };
    Kind kind = Kind::Pattern;
    QString text;
    QString key = {};     // Typed: the text key
    QString address = {}; // Amount: the cell it shows, when it is one cell

    friend bool operator==(const TextRun &, const TextRun &) = default;
};

struct Paragraph {
    std::vector<TextRun> runs;
    QString text() const;
};

struct ExplanationSection {
    int number = 0;       // 1 … 13
    QString title;        // "一、收入支出决算总体情况说明"
    bool typed = false;   // a person's own text replaces the generated one (key section/NN)
    std::vector<Paragraph> paragraphs;
    QString text() const; // the paragraphs, one per line
};

// The 13 sections of 情况说明 for the document as it is now.
std::vector<ExplanationSection> explanation(const Document &doc);
// One section (1–13) as generated from the numbers, whether or not a typed text replaces it.
ExplanationSection generatedSection(const Document &doc, int number);
// The whole of part 3 as plain text: each section's title, then its paragraphs.
QString explanationText(const Document &doc);

// How figures are written in 情况说明 (exposed for the contradiction finder and its tests).
QString narrativeAmount(Money m);                      // "1,850.79", "0"
QString narrativePercent(const std::optional<Percent> &p, bool partIsZero); // "64.80", "0"

} // namespace fa
