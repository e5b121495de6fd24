#include "gitsupport.h"

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcGit, "signalbox.git", QtWarningMsg)

namespace Signalbox::Git {

QString lastError()
{
    const git_error *e = git_error_last();
    return e && e->message ? QString::fromUtf8(e->message).trimmed() : QString();
}

QString toHex(const git_oid *oid)
{
    char buffer[GIT_OID_HEXSZ + 1] = {};
    git_oid_tostr(buffer, sizeof buffer, oid);
    return QString::fromLatin1(buffer);
}

bool fromHex(const QString &hex, git_oid *oid)
{
    const QByteArray latin = hex.toLatin1();
    return latin.size() == GIT_OID_HEXSZ && git_oid_fromstr(oid, latin.constData()) == 0;
}

QString normalizedFolder(const QString &folder)
{
    QString f = folder;
    f.replace(u'\\', u'/');
    while (f.startsWith(u"./"_s))
        f.remove(0, 2);
    while (f.endsWith(u'/'))
        f.chop(1);
    return f == u"."_s ? QString() : f;
}

CommitInfo describeCommit(const git_commit *c)
{
    CommitInfo info;
    info.sha = toHex(git_commit_id(c));
    if (const git_signature *author = git_commit_author(c)) {
        info.authorName = QString::fromUtf8(author->name);
        info.authorEmail = QString::fromUtf8(author->email);
        info.authorTime = EpochMs(author->when.time) * 1000;
    }
    if (const git_signature *committer = git_commit_committer(c))
        info.committerTime = EpochMs(committer->when.time) * 1000;
    // git_commit_summary caches into the commit, which is why it takes a non-const pointer.
    if (const char *summary = git_commit_summary(const_cast<git_commit *>(c)))
        info.summary = QString::fromUtf8(summary);
    info.parentCount = int(git_commit_parentcount(c));
    return info;
}

} // namespace Signalbox::Git
