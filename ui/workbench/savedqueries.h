#pragma once
// The SQL console's saved statements: a combo box to pick one, Save… to keep
// the current statement under a name (asking before replacing one) and
// Delete. They are stored in the application settings, so every workspace
// sees them.

#include <QStringList>
#include <QWidget>
#include <functional>

class QComboBox;
class QPushButton;

namespace es::ui {

class SavedQueries : public QWidget
{
    Q_OBJECT
public:
    // `current` gives the statement Save… keeps.
    SavedQueries(std::function<QString()> current, QWidget *parent = nullptr);

    QStringList names() const;
    QString statement(const QString &name) const;
    // Keeps `sql` under `name`, replacing a statement of that name.
    void save(const QString &name, const QString &sql);
    void remove(const QString &name);
    // Asks for a name, then saves the current statement.
    void saveCurrent();

    QComboBox *comboBox() const { return m_combo; }

signals:
    // The user picked a saved statement.
    void picked(const QString &sql);

private:
    void fill(const QString &select = QString());

    std::function<QString()> m_current;
    QComboBox *m_combo;
    QPushButton *m_save;
    QPushButton *m_delete;
};

} // namespace es::ui
