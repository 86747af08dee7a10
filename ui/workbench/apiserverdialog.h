#pragma once
// View → Local API Server…: starts and stops "eventscope serve" for the open
// workspace as a child process (the same server as on the command line, so
// the window never answers HTTP itself), shows its address, and stops it
// when the workspace changes or the window closes. The address to listen on
// and the token file are remembered.

#include <QDialog>
#include <QProcess>

class QLabel;
class QLineEdit;
class QPushButton;

namespace es::ui {

class ApiServerDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ApiServerDialog(QWidget *parent = nullptr);
    ~ApiServerDialog() override; // stops the server

    void setWorkspace(const QString &path);
    void start();
    void stop();
    bool isRunning() const { return m_process.state() != QProcess::NotRunning; }
    // "http://127.0.0.1:8080" once it listens; empty otherwise.
    QString address() const { return m_address; }

    QLineEdit *listenEdit() const { return m_listen; }
    QLabel *statusLabel() const { return m_status; }
    QPushButton *startButton() const { return m_start; }

signals:
    // The address while it listens, "" when it stopped.
    void addressChanged(const QString &address);

private:
    void readOutput();
    void onFinished(int exitCode, QProcess::ExitStatus status);
    void update();

    QString m_path;
    QProcess m_process;
    QByteArray m_output;
    QString m_address;
    QString m_error;
    bool m_stopping = false;
    QLineEdit *m_listen;
    QLineEdit *m_tokenFile;
    QPushButton *m_start;
    QPushButton *m_browse = nullptr;
    QLabel *m_status;
};

} // namespace es::ui
