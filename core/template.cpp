#include "template.h"

#include <map>

namespace fa {

const TableDecl *Template::table(const QString &id) const
{
    for (const TableDecl &t : tables) {
        if (t.id == id)
            return &t;
    }
    return nullptr;
}

int TableDecl::columnIndex(const QString &key) const
{
    for (int i = 0; i < int(columns.size()); ++i) {
        if (columns[i].key == key)
            return i;
    }
    return -1;
}

const ColumnDecl *TableDecl::column(const QString &key) const
{
    const int i = columnIndex(key);
    return i < 0 ? nullptr : &columns[i];
}

namespace {

struct Registry {
    std::map<QString, Template> templates;
    Registry()
    {
        for (Template t : {makeTemplate2024()}) {
            // A template mistake is a bug of this program: refuse to go on rather than crash later.
            if (auto e = validateTemplate(t))
                qFatal("template %s is invalid: %s", qPrintable(t.id), qPrintable(e->message));
            const QString id = t.id;
            templates.emplace(id, std::move(t));
        }
    }
};

const Registry &registry()
{
    static const Registry r;
    return r;
}

} // namespace

const Template *findTemplate(const QString &id)
{
    const auto &t = registry().templates;
    const auto it = t.find(id);
    return it == t.end() ? nullptr : &it->second;
}

QStringList knownTemplates()
{
    QStringList ids;
    for (const auto &[id, tpl] : registry().templates)
        ids << id;
    return ids;
}

} // namespace fa
