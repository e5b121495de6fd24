#include "source.h"

#include "file/filesource.h"

namespace Signalbox::SourceRegistry {

namespace {

struct Entry
{
    SourceDescription description;
    std::unique_ptr<Source> (*create)();
};

const QList<Entry> &entries()
{
    static const QList<Entry> all {
        {FileSource::staticDescription(),
         [] {
             return std::unique_ptr<Source>(new FileSource);
         }},
    };
    return all;
}

} // namespace

QStringList kinds()
{
    QStringList result;
    for (const Entry &e : entries())
        result.append(e.description.kind);
    return result;
}

std::unique_ptr<Source> create(const QString &kind)
{
    for (const Entry &e : entries()) {
        if (e.description.kind == kind)
            return e.create();
    }
    return nullptr;
}

const SourceDescription *describe(const QString &kind)
{
    for (const Entry &e : entries()) {
        if (e.description.kind == kind)
            return &e.description;
    }
    return nullptr;
}

} // namespace Signalbox::SourceRegistry
