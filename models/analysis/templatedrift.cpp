#include "templatedrift.h"

#include "domain/tr.h"

#include <QMap>
#include <QRegularExpression>

#include <algorithm>
#include <optional>

using namespace Qt::StringLiterals;

namespace Signalbox {

namespace {

struct SemanticVersion
{
    QStringList numbers; // digits without leading zeros, so that longer means larger
    QStringList preRelease; // empty for a release
};

QString withoutLeadingZeros(const QString &digits)
{
    qsizetype i = 0;
    while (i + 1 < digits.size() && digits.at(i) == u'0')
        ++i;
    return digits.mid(i);
}

std::optional<SemanticVersion> parseSemantic(const QString &version)
{
    static const QRegularExpression pattern(
        u"^[vV]?(\\d+(?:\\.\\d+)*)(?:-([0-9A-Za-z.-]+))?(?:\\+[0-9A-Za-z.-]+)?$"_s);
    const QRegularExpressionMatch match = pattern.match(version);
    if (!match.hasMatch())
        return std::nullopt;
    SemanticVersion parsed;
    for (const QString &number : match.captured(1).split(u'.'))
        parsed.numbers.append(withoutLeadingZeros(number));
    if (match.hasCaptured(2))
        parsed.preRelease = match.captured(2).split(u'.');
    return parsed;
}

int compareNumbers(const QString &a, const QString &b)
{
    if (a.size() != b.size())
        return a.size() < b.size() ? -1 : 1;
    return a.compare(b);
}

bool isNumber(const QString &s)
{
    return !s.isEmpty() && std::all_of(s.cbegin(), s.cend(), [](QChar c) { return c.isDigit(); });
}

// Semver's precedence for pre-release identifiers: numbers numerically and before words.
int comparePreRelease(const QStringList &a, const QStringList &b)
{
    if (a.isEmpty() || b.isEmpty())
        return a.isEmpty() == b.isEmpty() ? 0 : (a.isEmpty() ? 1 : -1);
    for (qsizetype i = 0; i < std::min(a.size(), b.size()); ++i) {
        const bool aNumber = isNumber(a.at(i));
        const bool bNumber = isNumber(b.at(i));
        int order = 0;
        if (aNumber && bNumber)
            order = compareNumbers(withoutLeadingZeros(a.at(i)), withoutLeadingZeros(b.at(i)));
        else if (aNumber != bNumber)
            order = aNumber ? -1 : 1;
        else
            order = a.at(i).compare(b.at(i));
        if (order != 0)
            return order;
    }
    return a.size() == b.size() ? 0 : (a.size() < b.size() ? -1 : 1);
}

int compareSemantic(const SemanticVersion &a, const SemanticVersion &b)
{
    const qsizetype n = std::max(a.numbers.size(), b.numbers.size());
    for (qsizetype i = 0; i < n; ++i) {
        const QString x = i < a.numbers.size() ? a.numbers.at(i) : u"0"_s;
        const QString y = i < b.numbers.size() ? b.numbers.at(i) : u"0"_s;
        if (const int order = compareNumbers(x, y); order != 0)
            return order;
    }
    return comparePreRelease(a.preRelease, b.preRelease);
}

// v1 or v1.4 when the newest is v1.4.2: a shorter release tag of the same line.
bool covers(const SemanticVersion &shorter, const SemanticVersion &newest)
{
    if (!shorter.preRelease.isEmpty() || shorter.numbers.size() >= newest.numbers.size())
        return false;
    for (qsizetype i = 0; i < shorter.numbers.size(); ++i) {
        if (shorter.numbers.at(i) != newest.numbers.at(i))
            return false;
    }
    return true;
}

bool byService(const TemplateUse &a, const TemplateUse &b)
{
    return a.service != b.service ? a.service < b.service : a.version < b.version;
}

QString unpinnedSentence(const TemplateUse &use, const TemplateDrift &drift)
{
    const bool newest = !drift.newestVersion.isEmpty();
    switch (classifyVersion(use.version)) {
    case VersionKind::None:
        return newest ? ModelsTr::tr("%1 uses %2 without a version (the default branch); the "
                                     "newest version in use is %3")
                            .arg(use.service, drift.displayName, drift.newestVersion)
                      : ModelsTr::tr("%1 uses %2 without a version (the default branch); no "
                                     "service pins a version of it")
                            .arg(use.service, drift.displayName);
    case VersionKind::Commit:
        return newest ? ModelsTr::tr("%1 uses %2 at commit %3, which cannot be ordered against "
                                     "the newest version in use, %4")
                            .arg(use.service, drift.displayName, use.version, drift.newestVersion)
                      : ModelsTr::tr("%1 uses %2 at commit %3; no service pins a version of it")
                            .arg(use.service, drift.displayName, use.version);
    case VersionKind::Name:
    case VersionKind::Semantic:
        break;
    }
    return newest ? ModelsTr::tr("%1 uses %2@%3, a branch or tag that is not a version; the newest "
                                 "version in use is %4")
                        .arg(use.service, drift.displayName, use.version, drift.newestVersion)
                  : ModelsTr::tr("%1 uses %2@%3, a branch or tag that is not a version; no service "
                                 "pins a version of it")
                        .arg(use.service, drift.displayName, use.version);
}

} // namespace

VersionKind classifyVersion(const QString &version)
{
    static const QRegularExpression fullCommit(u"^[0-9a-fA-F]{40}$"_s);
    static const QRegularExpression shortCommit(u"^[0-9a-fA-F]{7,39}$"_s);
    if (version.isEmpty())
        return VersionKind::None;
    // A full commit id may be all digits; a shorter all-digit ref is more likely a version.
    if (fullCommit.match(version).hasMatch())
        return VersionKind::Commit;
    if (parseSemantic(version))
        return VersionKind::Semantic;
    if (shortCommit.match(version).hasMatch())
        return VersionKind::Commit;
    return VersionKind::Name;
}

int compareVersions(const QString &a, const QString &b)
{
    const auto x = parseSemantic(a);
    const auto y = parseSemantic(b);
    if (!x || !y)
        return 0;
    return compareSemantic(*x, *y);
}

QString templateDisplayName(TemplateReference::Kind kind, const QString &identity)
{
    const auto after = [&](QLatin1StringView prefix) {
        return identity.startsWith(prefix) ? identity.mid(prefix.size()) : QString();
    };
    switch (kind) {
    case TemplateReference::Kind::GitHubWorkflow: {
        const qsizetype at = identity.indexOf("/.github/workflows/"_L1);
        if (at > 0 && !identity.startsWith("local:"_L1))
            return identity.left(at) + u' ' + identity.section(u'/', -1);
        break;
    }
    case TemplateReference::Kind::GitHubAction:
        break;
    case TemplateReference::Kind::GitLabInclude:
        if (const QString name = after("gitlab-template:"_L1); !name.isEmpty())
            return ModelsTr::tr("GitLab template %1").arg(name);
        for (const auto prefix : {"gitlab:"_L1, "gitlab-component:"_L1, "remote:"_L1}) {
            if (const QString rest = after(prefix); !rest.isEmpty())
                return rest;
        }
        break;
    case TemplateReference::Kind::JenkinsLibrary:
        if (const QString name = after("jenkins:"_L1); !name.isEmpty())
            return ModelsTr::tr("Jenkins library %1").arg(name);
        break;
    }
    if (const QString rest = after("local:"_L1); !rest.isEmpty())
        return rest;
    return identity;
}

TemplateDriftReport analyseTemplateDrift(const QList<ServiceTemplates> &services)
{
    TemplateDriftReport report;
    struct Pending
    {
        TemplateDrift drift;
        QList<TemplateUse> versioned;
    };
    QMap<QString, Pending> byIdentity; // sorted by identity

    QList<ServiceTemplates> sorted = services;
    std::stable_sort(sorted.begin(), sorted.end(),
                     [](const auto &a, const auto &b) { return a.service < b.service; });
    for (const ServiceTemplates &service : std::as_const(sorted)) {
        switch (service.pipeline) {
        case ServiceTemplates::Pipeline::HandRolled:
            report.handRolled.append(service.service);
            break;
        case ServiceTemplates::Pipeline::Unreadable:
            report.unreadable.append(service.service);
            break;
        case ServiceTemplates::Pipeline::NoPipeline:
            report.noPipeline.append(service.service);
            break;
        case ServiceTemplates::Pipeline::Templated:
            break;
        }
        for (const TemplateReference &reference : service.references) {
            Pending &pending = byIdentity[reference.identity];
            if (pending.drift.identity.isEmpty()) {
                pending.drift.identity = reference.identity;
                pending.drift.kind = reference.kind;
                pending.drift.displayName = templateDisplayName(reference.kind, reference.identity);
            }
            const TemplateUse use {service.service, reference.version, reference.evidence};
            QList<TemplateUse> &uses
                = reference.carriesVersion ? pending.versioned : pending.drift.current;
            // Several jobs of one service on one version are one finding; the first is evidence.
            const bool known = std::any_of(uses.cbegin(), uses.cend(), [&](const TemplateUse &u) {
                return u.service == use.service && u.version == use.version;
            });
            if (!known)
                uses.append(use);
        }
    }

    for (Pending &pending : byIdentity) {
        TemplateDrift &drift = pending.drift;
        std::optional<SemanticVersion> newest;
        for (const TemplateUse &use : std::as_const(pending.versioned)) {
            const auto version = parseSemantic(use.version);
            if (classifyVersion(use.version) != VersionKind::Semantic || !version)
                continue;
            // Of two spellings of the newest, the more precise one names it (v2.0.0 over v2).
            const int order = newest ? compareSemantic(*version, *newest) : 1;
            if (order > 0 || (order == 0 && version->numbers.size() > newest->numbers.size())) {
                newest = version;
                drift.newestVersion = use.version;
            }
        }
        int onNewest = 0;
        for (const TemplateUse &use : std::as_const(pending.versioned)) {
            const auto version = parseSemantic(use.version);
            if (classifyVersion(use.version) != VersionKind::Semantic || !version) {
                drift.unpinned.append(use);
                continue;
            }
            const int order = compareSemantic(*version, *newest);
            if (order == 0)
                ++onNewest;
            if (order == 0 || covers(*version, *newest))
                drift.current.append(use);
            else
                drift.behind.append(use);
        }
        std::sort(drift.current.begin(), drift.current.end(), byService);
        std::sort(drift.unpinned.begin(), drift.unpinned.end(), byService);
        std::sort(drift.behind.begin(), drift.behind.end(), [](const auto &a, const auto &b) {
            const int order = compareVersions(a.version, b.version);
            return order != 0 ? order < 0 : byService(a, b);
        });

        for (const TemplateUse &use : std::as_const(drift.behind)) {
            report.findings.append(
                ModelsTr::tr("%1 uses %2@%3; the newest in use is %4 (%n service(s))", nullptr,
                             onNewest)
                    .arg(use.service, drift.displayName, use.version, drift.newestVersion));
        }
        for (const TemplateUse &use : std::as_const(drift.unpinned))
            report.findings.append(unpinnedSentence(use, drift));
        report.templates.append(drift);
    }

    QHash<QString, QStringList> filesOf;
    for (const ServiceTemplates &service : std::as_const(sorted))
        filesOf.insert(service.service, service.ciFiles);
    for (const QString &service : std::as_const(report.handRolled)) {
        report.findings.append(
            ModelsTr::tr("%1 has a hand-rolled pipeline with no shared template (%2)")
                .arg(service, filesOf.value(service).join(u", "_s)));
    }
    for (const QString &service : std::as_const(report.unreadable)) {
        report.findings.append(
            ModelsTr::tr("%1 has pipeline files that could not be read, and no template was "
                         "found in the rest (%2)")
                .arg(service, filesOf.value(service).join(u", "_s)));
    }
    for (const QString &service : std::as_const(report.noPipeline))
        report.findings.append(ModelsTr::tr("%1 has no pipeline definition").arg(service));
    return report;
}

} // namespace Signalbox
