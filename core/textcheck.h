#pragma once

// The contradiction finder: reads the document's texts — 情况说明 sections a person typed (or
// imported from a published document), and the reasons, notes and 绩效 paragraphs typed into the
// generated ones — against the tables, and reports what a reviewer would mark:
//
//   text.amount / text.percent / text.count   a figure that differs from the one the tables give
//                                             at the same place of the same sentence pattern
//   text.direction   增加/减少, 增长/下降 against the direction of the figures
//   text.rate        完成(年初)预算的x% where that 预算 is 0
//   text.shares      shares of one whole (占x%) that add up to more than 100 %, or not to 100 %
//                    where the tables' list of them does
//   text.name        a 类/款/项 name that is not the table's name for that subject
//   text.leftover    template leftovers: XX, 增加（减少）, 主要原因是。 with nothing after, （）
//   text.year        a year that is neither the document's, the one before nor the one after
//   text.scope       部门 wording (我部门, 本部门, 部门决算) in a 单位 document, or the reverse
//   text.unit_name   a name like the unit's (same ending) that is not the cover's name
//   glossary.placeholder  a 项 of 公开05表 with no 名词解释
//
// How a figure is found: the text's sections are read in the patterns the generator writes
// (narrative.h). Each figure of the text is compared with the generated figure of the same section
// whose subject (the numbered item or the （一）…（三） part it is in) is the same and whose
// words before it, back to the start of its clause, agree best. Amounts are compared up to the
// 尾差 of figures keyed at 万元 precision, never beyond.

#include "checker.h"

#include <QString>

#include <vector>

namespace fa {

class Document;

struct TextFinding {
    Severity severity = Severity::Warning;
    QString rule;      // "text.amount", …
    QString key;       // the text key the words are stored under; empty for generated words
    int section = 0;   // 1–13: the 情况说明 section; 0: elsewhere (概况, 名词解释)
    int paragraph = -1; // the paragraph of the section as explanation() gives it; -1 when none
    QString sentence;  // the sentence, as written
    QString found;     // what the text says
    QString expected;  // what the tables say
    QString address;   // the cell behind the expected figure, when it is one cell
    QString message;   // for people

    friend bool operator==(const TextFinding &, const TextFinding &) = default;
};

// Every finding in the document's texts, in section and paragraph order.
std::vector<TextFinding> checkTexts(const Document &doc);

// A figure as written in a text: the value in ten-thousandths of its unit (万元, %, or a count).
struct TextFigure {
    enum class Kind { Amount, Percent, Count };
    Kind kind = Kind::Amount;
    qint64 value = 0; // × 10^-4
    int start = 0;
    int end = 0;      // one past the unit
    QString context;  // the clause before it, figures as "#", brackets and spaces normalised, and
                      // 增加/减少 as "增减", 增长/下降 as "升降" (the direction is apart)
    QString direction; // the last of 增加, 减少, 增长, 下降 in the clause before it
    QString written;  // "1,850.79万元"
};
// The figures of a text, in order (exposed for tests).
std::vector<TextFigure> textFigures(const QString &text);

// A figure of a typed text as the finder read it: matched to the tables' figure at the same place
// of the same pattern, or not (a figure the tables do not determine).
struct TextClaim {
    int section = 0;
    int paragraph = -1;
    QString key;
    TextFigure figure;   // start/end are within the paragraph's text
    bool matched = false;
    TextFigure expected; // when matched
    QString address;
};
// Every figure the finder read in 情况说明's typed words, in order.
std::vector<TextClaim> textClaims(const Document &doc);

} // namespace fa
