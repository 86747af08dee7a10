#pragma once
// One page of the settings dialog. A page shows the part of the values it
// is about, writes its edits back into them and says what is wrong with its
// input. Restore Defaults loads the defaults into a page; since a page only
// reads its own part, the other pages keep their edits.

#include "settings/appsettings.h"
#include "settings/workspacesettings.h"

#include <QStringList>
#include <QWidget>

class QFormLayout;
class QLabel;
class QSpinBox;

namespace es::ui {

struct SettingsValues
{
    AppSettings app;
    WorkspaceSettings workspace;
};

class SettingsPage : public QWidget
{
    Q_OBJECT
public:
    SettingsPage(const QString &title, bool workspace, QWidget *parent = nullptr);

    QString title() const { return m_title; }
    // Whether the page edits the open workspace (and so waits for it to load).
    bool isWorkspacePage() const { return m_workspace; }

    virtual void load(const SettingsValues &values) = 0;
    virtual void store(SettingsValues &values) const = 0;
    // The problems of the input, in plain words, one per entry.
    virtual QStringList problems() const { return {}; }

signals:
    void changed();

protected:
    // A grey explanation, wrapped.
    QLabel *hint(const QString &text);
    // Adds "label: field" to the form, with the explanation `hintText` right
    // under the field. The label's mnemonic goes to `buddy` (the field when
    // null).
    void addRow(QFormLayout *form, const QString &label, QWidget *field, const QString &hintText = QString(),
                QWidget *buddy = nullptr);
    // A form layout for the page with the dialog's margins and growth policy.
    QFormLayout *makeForm();
    // Emits changed() on every keystroke in the spin box: its own signals
    // stay silent while the text is not a number (an emptied field).
    void watch(QSpinBox *spin);

private:
    QString m_title;
    bool m_workspace;
};

} // namespace es::ui
