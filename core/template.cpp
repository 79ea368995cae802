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

namespace {

struct Registry {
    std::map<QString, Template> templates;
    Registry() { templates.emplace(QStringLiteral("2024"), makeTemplate2024()); }
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
