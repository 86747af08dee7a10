#pragma once
// Passwords in the operating system's keychain (Secret Service, KWallet,
// macOS Keychain, Windows Credential Store), under the service "Eventscope".
// Every call is asynchronous and answers with a signal. When no keychain
// service runs, the calls fail with an error and nothing is stored anywhere
// else: callers then ask for the password when it is needed.

#include <QObject>
#include <QString>

namespace es::ui {

class Keychain : public QObject
{
    Q_OBJECT
public:
    explicit Keychain(QObject *parent = nullptr);

    static QString serviceName();

    // Answers with readDone. A key without a stored password is not an
    // error: the password and the error are both empty then.
    void read(const QString &key);
    // Answers with writeDone.
    void write(const QString &key, const QString &password);
    // Answers with removeDone; removing a key that is not stored is no error.
    void remove(const QString &key);

signals:
    // error is "" on success.
    void readDone(const QString &key, const QString &password, const QString &error);
    void writeDone(const QString &key, const QString &error);
    void removeDone(const QString &key, const QString &error);
};

} // namespace es::ui
