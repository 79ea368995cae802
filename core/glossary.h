#pragma once

// Part 4 of a document, 名词解释 (glossary): the fixed entries every document prints, and one
// entry for each function-classification 项 its 公开05表 lists. The shipped texts are in
// data/glossary_2024.tsv (a built-in resource; its header says where each text comes from).
//
// The seeds print the part as numbered groups, and the 项 entries at the end of 二、支出科目:
//
//   一、收入科目
//   （一）、财政拨款收入：单位从同级政府财政部门取得的财政预算资金。
//   …
//   二、支出科目
//   （一）、基本支出：…
//   …
//   （七）、一般公共服务支出（类）宣传事务（款）机关服务（项）：反映…
//   三、结余类科目
//   …
//   四、“三公”经费：…
//   五、机关运行经费：…
//
// so every entry carries the group it is printed under, and a document's entries come in that
// printed order.

#include <QHash>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace fa {

class Document;
struct DocumentData;
struct Template;

struct GlossaryEntry {
    QString term;        // "财政拨款收入", or for a 项 the heading the seeds print:
                         // "一般公共服务支出（类）网信事务（款）行政运行（项）"
    QString code;        // the 项 code, empty for fixed entries
    QString definition;  // the definition; for a 项 without one: the placeholder text
    bool placeholder = false; // a 项 with neither a shipped definition nor a document text
    QString section = {};     // the numbered group it is printed under ("收入科目", "支出科目",
                              // "结余类科目"); empty when the entry is a numbered section of its
                              // own ("“三公”经费", "机关运行经费")

    friend bool operator==(const GlossaryEntry &, const GlossaryEntry &) = default;
};

// The text shown for a 项 that has no definition, for a person to replace.
QString glossaryPlaceholder();
// The key of a document text that replaces the shipped definition of a 项: "glossary/<code>".
QString glossaryTextKey(const QString &code);

// The glossary of one template year, as read from its data file.
class GlossaryCatalog
{
public:
    // Reads the data file format (see data/glossary_2024.tsv). Each malformed line is skipped and
    // described, with its line number, in `errors`.
    static GlossaryCatalog fromTsv(const QString &text, QStringList *errors);

    // The fixed entries, with every %1 in a definition replaced by `scope` (部门 or 单位).
    std::vector<GlossaryEntry> fixed(const QString &scope) const;
    // The shipped definition of a 项, nullopt when there is none.
    std::optional<QString> item(const QString &code) const;
    // The 项 codes that have a definition, in file order.
    QStringList itemCodes() const;
    // The whole part for a document: see documentGlossary().
    std::vector<GlossaryEntry> document(const Template &tpl, const DocumentData &data) const;

private:
    struct Fixed {
        QString section;
        QString term;
        QString definition;
    };
    struct Item {
        QString code;
        QString definition;
    };
    std::vector<Fixed> m_fixed;
    qsizetype m_itemsAt = -1; // the 项 entries are printed before m_fixed[m_itemsAt]
    QString m_itemsSection;   // … in this group
    std::vector<Item> m_items;
    QHash<QString, qsizetype> m_itemIndex;
};

// The built-in glossary (data/glossary_2024.tsv), read once. A malformed line is a bug in the
// shipped file: it is reported with qWarning and asserted against.
const GlossaryCatalog &builtinGlossary();

// The fixed glossary for a document of `scope` ("部门" or "单位").
std::vector<GlossaryEntry> fixedGlossary(const QString &scope);
// The shipped definition of a 项 code, nullopt when there is none.
std::optional<QString> itemDefinition(const QString &code);

// The whole part 4 of a document, in printed order: the fixed entries, with one entry per 项 that
// 公开05表 lists (in code order) at the end of the group 支出科目. A non-blank document text under
// glossaryTextKey(code) replaces the shipped definition; a 项 with neither gets placeholder = true
// and definition = glossaryPlaceholder(). 项 headings use the document's names for its codes.
std::vector<GlossaryEntry> documentGlossary(const Document &doc);
// The same for document data that has not become a Document: a Document refuses text keys the
// program does not know yet, and "glossary/<code>" is not one of them until it is wired in.
// Data of an unknown template gets the fixed part only (and a qWarning).
std::vector<GlossaryEntry> documentGlossary(const DocumentData &data);

// The part as plain text without the part's own title, one paragraph per line, numbered as the
// seeds number it: "一、收入科目", "（一）、财政拨款收入：…", "四、“三公”经费：…".
QString glossaryText(const Document &doc);
QString glossaryText(const DocumentData &data);
// The text of any list of entries (consecutive entries of one group form one numbered group).
QString glossaryText(const std::vector<GlossaryEntry> &entries);

} // namespace fa
