#pragma once

#include "domain/diagnostic.h"
#include "sourcedescription.h"
#include "store/ingestbatch.h"

#include <functional>
#include <memory>

namespace Signalbox {

struct SourceConfig;
struct Workspace;

struct FetchContext
{
    QString previousCursor; // what this source returned as cursor after its last success
    EpochMs now = NoTime;
    std::function<bool()> isCancelled = [] {
        return false;
    };
};

struct FetchResult
{
    IngestBatch batch; // what to write; the store fills in source name and kind
    Diagnostics diagnostics; // problems with single entries; the rest was still read
    QString error; // set when the source failed as a whole: nothing of it is written
    QString cursor; // remembered for the next fetch
    bool unchanged = false; // nothing new since the cursor: no ingest needed

    bool failed() const { return !error.isEmpty(); }
};

// A place Signalbox reads from. fetch() runs on a worker thread, must not touch the GUI or the
// store, and returns everything by value; the caller writes the batch through Store::ingest, the
// one path every source shares.
class Source
{
public:
    virtual ~Source() = default;
    virtual SourceDescription description() const = 0;
    virtual FetchResult fetch(const SourceConfig &config, const Workspace &workspace,
                              const FetchContext &context)
        = 0;
};

// The sources this build knows, by kind.
namespace SourceRegistry {
QStringList kinds();
std::unique_ptr<Source> create(const QString &kind);
// nullptr when no such kind is installed
const SourceDescription *describe(const QString &kind);
} // namespace SourceRegistry

} // namespace Signalbox
