#pragma once
// Settings → Classification: what is a static asset (never a page view),
// what is a download, which JSON event type is a page view, and more
// user-agent tokens that mark a bot.

#include "settings/settingspage.h"

class QLineEdit;

namespace es::ui {

class ListEditor;

class ClassificationPage : public SettingsPage
{
    Q_OBJECT
public:
    explicit ClassificationPage(QWidget *parent = nullptr);

    void load(const SettingsValues &values) override;
    void store(SettingsValues &values) const override;
    QStringList problems() const override;

    ListEditor *staticEditor() const { return m_static; }
    ListEditor *downloadEditor() const { return m_downloads; }
    ListEditor *crawlerEditor() const { return m_crawlers; }
    QLineEdit *pageViewEventEdit() const { return m_pageViewEvent; }

    // Why an entry cannot be one of the lists, or "" (used by the editors).
    static QString extensionProblem(const QString &entry);
    static QString downloadProblem(const QString &entry);
    static QString crawlerProblem(const QString &entry);

private:
    ListEditor *m_static;
    ListEditor *m_downloads;
    QLineEdit *m_pageViewEvent;
    ListEditor *m_crawlers;
};

} // namespace es::ui
