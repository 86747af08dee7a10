#include "workbench/apiserverdialog.h"

#include "reports/reportexportjob.h"
#include "settings/preferences.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QVBoxLayout>

namespace es::ui {

ApiServerDialog::ApiServerDialog(QWidget *parent)
    : QDialog(parent), m_listen(new QLineEdit(this)), m_tokenFile(new QLineEdit(this)),
      m_start(new QPushButton(this)), m_status(new QLabel(this))
{
    setObjectName(QStringLiteral("apiServerDialog"));
    setWindowTitle(tr("Local API Server"));
    auto *intro =
        new QLabel(tr("Scripts and notebooks can read the open workspace over HTTP while this runs: "
                      "event counts, event search, query tables and health, read-only "
                      "(docs/API.md)."),
                   this);
    intro->setWordWrap(true);
    m_listen->setObjectName(QStringLiteral("apiListenEdit"));
    m_listen->setText(prefs::apiListen.get());
    m_listen->setPlaceholderText(QStringLiteral("127.0.0.1:8080"));
    m_listen->setToolTip(tr("Address and port; another address than loopback needs a token file"));
    m_tokenFile->setObjectName(QStringLiteral("apiTokenEdit"));
    m_tokenFile->setText(prefs::apiTokenFile.get());
    m_tokenFile->setPlaceholderText(tr("none (loopback only)"));
    m_tokenFile->setToolTip(tr("A file only you can read (chmod 600) holding the bearer token"));
    auto *browse = new QPushButton(tr("&Browse…"), this);
    m_browse = browse;
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString f = QFileDialog::getOpenFileName(this, tr("Token file"), QDir::homePath());
        if (!f.isEmpty())
            m_tokenFile->setText(f);
    });
    auto *tokenRow = new QHBoxLayout;
    tokenRow->addWidget(m_tokenFile, 1);
    tokenRow->addWidget(browse);
    auto *form = new QFormLayout;
    form->addRow(tr("&Listen on:"), m_listen);
    auto *tokenLabel = new QLabel(tr("&Token file:"), this);
    tokenLabel->setBuddy(m_tokenFile);
    form->addRow(tokenLabel, tokenRow);
    m_start->setObjectName(QStringLiteral("apiStartButton"));
    connect(m_start, &QPushButton::clicked, this, [this] { isRunning() ? stop() : start(); });
    m_status->setObjectName(QStringLiteral("apiStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_status->setOpenExternalLinks(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_start, 0, Qt::AlignLeft);
    layout->addWidget(m_status);
    layout->addStretch(1);
    layout->addWidget(buttons);
    resize(560, 260);

    m_process.setProcessChannelMode(QProcess::SeparateChannels);
    connect(&m_process, &QProcess::readyReadStandardOutput, this, &ApiServerDialog::readOutput);
    connect(&m_process, &QProcess::readyReadStandardError, this,
            [this] { m_error += QString::fromUtf8(m_process.readAllStandardError()); });
    connect(&m_process, &QProcess::finished, this, &ApiServerDialog::onFinished);
    connect(&m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError e) {
        if (e == QProcess::FailedToStart) {
            m_error = tr("The server could not be started: %1").arg(m_process.errorString());
            update();
        }
    });
    update();
}

ApiServerDialog::~ApiServerDialog()
{
    m_stopping = true;
    if (isRunning()) {
        m_process.terminate();
        if (!m_process.waitForFinished(3000))
            m_process.kill();
        m_process.waitForFinished(1000);
    }
}

void ApiServerDialog::setWorkspace(const QString &path)
{
    if (path == m_path)
        return;
    const bool wasRunning = isRunning();
    stop();
    m_path = path;
    if (wasRunning && !path.isEmpty()) {
        // Serves the new workspace once the old server has gone.
        connect(&m_process, &QProcess::finished, this, &ApiServerDialog::start, Qt::SingleShotConnection);
    }
    update();
}

void ApiServerDialog::start()
{
    if (isRunning() || m_path.isEmpty())
        return;
    const QString listen =
        m_listen->text().trimmed().isEmpty() ? m_listen->placeholderText() : m_listen->text().trimmed();
    prefs::apiListen.set(m_listen->text().trimmed());
    prefs::apiTokenFile.set(m_tokenFile->text().trimmed());
    QStringList args{QStringLiteral("serve"), QStringLiteral("--db"), m_path, QStringLiteral("--listen"),
                     listen};
    if (!m_tokenFile->text().trimmed().isEmpty())
        args << QStringLiteral("--token-file") << m_tokenFile->text().trimmed();
    m_output.clear();
    m_error.clear();
    m_address.clear();
    m_stopping = false;
    m_process.start(ReportExportJob::program(), args);
    update();
}

void ApiServerDialog::stop()
{
    if (!isRunning())
        return;
    m_stopping = true;
    m_process.terminate(); // serve stops cleanly on SIGTERM
    update();
}

void ApiServerDialog::readOutput()
{
    m_output += m_process.readAllStandardOutput();
    static const QRegularExpression url(QStringLiteral("(https?://[^\\s/]+)/api/v1/"));
    const QRegularExpressionMatch m = url.match(QString::fromUtf8(m_output));
    if (m.hasMatch() && m_address != m.captured(1)) {
        m_address = m.captured(1);
        emit addressChanged(m_address);
        update();
    }
}

void ApiServerDialog::onFinished(int exitCode, QProcess::ExitStatus status)
{
    const bool hadAddress = !m_address.isEmpty();
    m_address.clear();
    if (!m_stopping && (status != QProcess::NormalExit || exitCode != 0) && m_error.trimmed().isEmpty())
        m_error = tr("The server stopped unexpectedly (exit code %1).").arg(exitCode);
    if (m_stopping)
        m_error.clear();
    m_stopping = false;
    if (hadAddress)
        emit addressChanged(QString());
    update();
}

void ApiServerDialog::update()
{
    const bool running = isRunning();
    m_start->setText(running ? tr("&Stop Server") : tr("&Start Server"));
    m_start->setEnabled(running || !m_path.isEmpty());
    m_listen->setEnabled(!running);
    m_tokenFile->setEnabled(!running);
    m_browse->setEnabled(!running);
    if (!m_address.isEmpty()) {
        m_status->setStyleSheet(QString());
        m_status->setText(
            tr("Listening on <a href=\"%1/api/v1/health\">%1/api/v1/</a>").arg(m_address.toHtmlEscaped()));
    } else if (running) {
        m_status->setStyleSheet(QString());
        m_status->setText(m_stopping ? tr("Stopping…") : tr("Starting…"));
    } else if (!m_error.trimmed().isEmpty()) {
        m_status->setStyleSheet(QStringLiteral("color: #c62828;"));
        m_status->setText(m_error.trimmed().toHtmlEscaped());
    } else {
        m_status->setStyleSheet(QString());
        m_status->setText(m_path.isEmpty() ? tr("Open a workspace first.") : tr("Not running."));
    }
}

} // namespace es::ui
