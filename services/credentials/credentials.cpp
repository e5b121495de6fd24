#include "credentials.h"

#include "domain/tr.h"

#include <QEventLoop>
#include <QPointer>

#include <qt6keychain/keychain.h>

using namespace Qt::StringLiterals;

namespace Signalbox::Credentials {

namespace {

struct CredentialsTr
{
    Q_DECLARE_TR_FUNCTIONS(Signalbox::Credentials)
};

QString fromEnvironment(const QString &variable)
{
    return qEnvironmentVariable(variable.toLocal8Bit().constData()).trimmed();
}

} // namespace

QString keychainService()
{
    return u"Signalbox"_s;
}

ResolvedSecret readKeychain(const QString &entry)
{
    ResolvedSecret secret;
    secret.origin = CredentialsTr::tr("keychain entry %1").arg(entry);
    QKeychain::ReadPasswordJob job(keychainService());
    job.setAutoDelete(false);
    job.setKey(entry);
    QEventLoop loop;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, &QEventLoop::quit);
    job.start();
    loop.exec();
    if (job.error() == QKeychain::EntryNotFound) {
        secret.error = CredentialsTr::tr("the keychain has no entry %1; store the token with "
                                         "Sources > Edit")
                           .arg(entry);
    } else if (job.error() != QKeychain::NoError) {
        secret.error = CredentialsTr::tr("the keychain could not be read for %1: %2")
                           .arg(entry, job.errorString());
    } else {
        secret.value = job.textData().trimmed();
    }
    return secret;
}

ResolvedSecret resolve(const SecretReference &reference, const QStringList &defaultEnvironment)
{
    if (!reference.environmentVariable.isEmpty()) {
        ResolvedSecret secret;
        secret.origin
            = CredentialsTr::tr("environment variable %1").arg(reference.environmentVariable);
        secret.value = fromEnvironment(reference.environmentVariable);
        if (secret.found() || reference.keychainEntry.isEmpty()) {
            if (!secret.found())
                secret.error = CredentialsTr::tr("the environment variable %1 is not set")
                                   .arg(reference.environmentVariable);
            return secret;
        }
    }
    if (!reference.keychainEntry.isEmpty())
        return readKeychain(reference.keychainEntry);
    for (const QString &variable : defaultEnvironment) {
        const QString value = fromEnvironment(variable);
        if (!value.isEmpty())
            return {value, CredentialsTr::tr("environment variable %1").arg(variable), {}};
    }
    ResolvedSecret none;
    if (!defaultEnvironment.isEmpty()) {
        none.origin
            = CredentialsTr::tr("environment variables %1").arg(defaultEnvironment.join(u", "_s));
    }
    return none;
}

void writeKeychain(const QString &entry, const QString &secret, QObject *context,
                   std::function<void(const QString &)> done)
{
    auto *job = new QKeychain::WritePasswordJob(keychainService());
    job->setAutoDelete(true);
    job->setKey(entry);
    job->setTextData(secret);
    QObject::connect(job, &QKeychain::Job::finished, context, [job, done = std::move(done)] {
        done(job->error() == QKeychain::NoError
                 ? QString()
                 : CredentialsTr::tr("the token could not be stored in the keychain: %1")
                       .arg(job->errorString()));
    });
    job->start();
}

void removeKeychain(const QString &entry, QObject *context,
                    std::function<void(const QString &)> done)
{
    auto *job = new QKeychain::DeletePasswordJob(keychainService());
    job->setAutoDelete(true);
    job->setKey(entry);
    QObject::connect(job, &QKeychain::Job::finished, context, [job, done = std::move(done)] {
        const bool ok
            = job->error() == QKeychain::NoError || job->error() == QKeychain::EntryNotFound;
        done(ok ? QString()
                : CredentialsTr::tr("the token could not be removed from the keychain: %1")
                      .arg(job->errorString()));
    });
    job->start();
}

QString redact(QString text, const QString &secret)
{
    if (secret.size() >= 4)
        text.replace(secret, u"••••"_s);
    return text;
}

} // namespace Signalbox::Credentials
