#pragma once

#include <QString>

#include <stdexcept>

namespace Signalbox {

// Thrown by the store. what() is for logs; message() is translated and names the file, for people.
class StoreError : public std::runtime_error
{
public:
    enum class Kind {
        CannotOpen, // the file cannot be opened or created
        Corrupt, // not a database, or damaged: offer to rebuild the cache
        NewerSchema, // written by a newer Signalbox: refuse, touch nothing
        Busy, // another process holds the lock for too long
        Failed, // any other SQLite error
    };

    StoreError(Kind kind, const QString &path, const QString &detail);

    Kind kind() const { return m_kind; }
    QString path() const { return m_path; }
    QString detail() const { return m_detail; }
    QString message() const;

private:
    Kind m_kind;
    QString m_path;
    QString m_detail;
};

} // namespace Signalbox
