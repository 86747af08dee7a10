#pragma once
// Settings → Location: where countries come from: Debian's GeoIP database,
// a MaxMind DB (.mmdb) file, or nowhere. The chosen database is opened with
// the engine's GeoLookup off the GUI thread, and the page shows what it is
// (type and build date) or why it cannot be used.

#include "settings/settingspage.h"

#include <QFutureWatcher>

class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;

namespace es::ui {

class LocationPage : public SettingsPage
{
    Q_OBJECT
public:
    explicit LocationPage(QWidget *parent = nullptr);
    ~LocationPage() override;

    void load(const SettingsValues &values) override;
    void store(SettingsValues &values) const override;
    QStringList problems() const override;

    QRadioButton *defaultRadio() const { return m_default; }
    QRadioButton *fileRadio() const { return m_file; }
    QRadioButton *offRadio() const { return m_off; }
    QLineEdit *pathEdit() const { return m_path; }
    QLabel *statusLabel() const { return m_status; }
    bool isChecking() const { return m_running || m_pending; }

signals:
    // The database in use was opened (or failed to open) and the page says so.
    void checked();

private:
    struct Check
    {
        quint64 generation = 0;
        bool ok = false;
        QString text; // description or error
    };
    void startCheck();
    void finishCheck();
    void browse();

    QRadioButton *m_default;
    QRadioButton *m_file;
    QRadioButton *m_off;
    QLineEdit *m_path;
    QPushButton *m_browse;
    QLabel *m_status;
    QFutureWatcher<Check> m_watcher;
    quint64 m_generation = 0;
    // Until its result is delivered: the job may be done before that.
    bool m_running = false;
    bool m_pending = false; // a check waits for the running one to end
    Check m_last;           // the result for the current choice
};

} // namespace es::ui
