#pragma once

namespace Signalbox {

class Database;

namespace Migrations {

// The schema version this build writes. A database with a higher PRAGMA user_version is refused.
inline constexpr int CurrentVersion = 9;

// Brings the database from its user_version up to CurrentVersion, each step in its own
// transaction, so a crash half-way leaves a consistent older version behind.
void upgrade(Database &db);

} // namespace Migrations
} // namespace Signalbox
