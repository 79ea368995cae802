#pragma once

#include <QHash>
#include <QString>

#include <vector>

namespace fa {

// Levels of the function classification (支出功能分类): 类 3 digits, 款 5, 项 7.
enum class SubjectLevel { Class = 1, Kind = 2, Item = 3 };

// Level of a code by its length, or std::nullopt when it is not a well-formed code.
std::optional<SubjectLevel> functionCodeLevel(const QString &code);
// The parent code (prefix), empty for a 类.
QString functionParentCode(const QString &code);

// The function classification catalogue of one template year.
class FunctionCatalog
{
public:
    struct Entry {
        QString code;
        QString name;
    };
    // Loads "code<TAB>name" lines; '#' lines are comments.
    static FunctionCatalog fromTsv(const QString &text);

    bool contains(const QString &code) const { return m_index.contains(code); }
    QString name(const QString &code) const;
    const std::vector<Entry> &entries() const { return m_entries; }
    // The 类 codes in catalogue order (the order of the 01/04表 lines).
    std::vector<QString> classes() const;

private:
    std::vector<Entry> m_entries;
    QHash<QString, qsizetype> m_index;
};

// The economic classification of 06表: a fixed list of 类 (3 digits) and 款 (5 digits), in
// the printed order, each in one of the three side-by-side column groups.
class EconomicCatalog
{
public:
    struct Entry {
        QString code;
        QString name;
        int group = 1;
    };
    static EconomicCatalog fromTsv(const QString &text);

    bool contains(const QString &code) const { return m_index.contains(code); }
    QString name(const QString &code) const;
    const std::vector<Entry> &entries() const { return m_entries; }

private:
    std::vector<Entry> m_entries;
    QHash<QString, qsizetype> m_index;
};

} // namespace fa
