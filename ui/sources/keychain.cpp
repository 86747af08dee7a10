#include "sources/keychain.h"

#include <qt6keychain/keychain.h>

namespace es::ui {

namespace {

// The jobs have no parent: a write still completes when the object that asked
// for it is gone; setAutoDelete frees them once they have finished.
template<class Job> Job *newJob(const QString &key)
{
    auto *job = new Job(Keychain::serviceName());
    job->setAutoDelete(true);
    // Never fall back to a plain-text file.
    job->setInsecureFallback(false);
    job->setKey(key);
    return job;
}

// A sentence for the user; backends often give no details ("Unknown error").
QString errorText(const QKeychain::Job *job)
{
    switch (job->error()) {
    case QKeychain::NoError:
    case QKeychain::EntryNotFound:
        return {};
    case QKeychain::NoBackendAvailable:
        return Keychain::tr("No system keychain is available.");
    case QKeychain::AccessDeniedByUser:
    case QKeychain::AccessDenied:
        return Keychain::tr("Access to the system keychain was denied.");
    case QKeychain::NotImplemented:
        return Keychain::tr("The system keychain is not supported on this platform.");
    case QKeychain::CouldNotDeleteEntry:
        return Keychain::tr("The password could not be deleted from the system keychain.");
    case QKeychain::OtherError:
        break;
    }
    QString detail = job->errorString().trimmed();
    if (detail.isEmpty() || detail == QLatin1String("Unknown error"))
        return Keychain::tr("The system keychain could not be reached.");
    if (!detail.endsWith(u'.'))
        detail += u'.';
    return Keychain::tr("The system keychain could not be reached: %1").arg(detail);
}

} // namespace

Keychain::Keychain(QObject *parent) : QObject(parent) {}

QString Keychain::serviceName()
{
    return QStringLiteral("Eventscope");
}

void Keychain::read(const QString &key)
{
    auto *job = newJob<QKeychain::ReadPasswordJob>(key);
    connect(job, &QKeychain::Job::finished, this, [this, key, job] {
        if (job->error() == QKeychain::NoError)
            emit readDone(key, job->textData(), QString());
        else
            emit readDone(key, QString(), errorText(job)); // "" when nothing is stored
    });
    job->start();
}

void Keychain::write(const QString &key, const QString &password)
{
    auto *job = newJob<QKeychain::WritePasswordJob>(key);
    job->setTextData(password);
    connect(job, &QKeychain::Job::finished, this, [this, key, job] { emit writeDone(key, errorText(job)); });
    job->start();
}

void Keychain::remove(const QString &key)
{
    auto *job = newJob<QKeychain::DeletePasswordJob>(key);
    connect(job, &QKeychain::Job::finished, this, [this, key, job] { emit removeDone(key, errorText(job)); });
    job->start();
}

} // namespace es::ui
