#pragma once
// A short list of words edited in place: the entries in a list view, a field
// to type a new one with Add, and Remove. What is typed is checked as it is
// typed (the field's problem says why an entry cannot be added) and
// normalised when added ("." and case of extensions). Object names
// (listView, entryEdit, addButton, removeButton) are stable for tests and
// accessibility tools.

#include <QWidget>
#include <functional>

class QLineEdit;
class QListView;
class QPushButton;
class QStringListModel;

namespace es::ui {

class ListEditor : public QWidget
{
    Q_OBJECT
public:
    // An entry -> why it cannot be added, or "".
    using Validator = std::function<QString(const QString &)>;
    // An entry as it is stored.
    using Normaliser = std::function<QString(const QString &)>;

    ListEditor(Validator validator, Normaliser normaliser, QWidget *parent = nullptr);

    void setItems(const QStringList &items);
    QStringList items() const;
    void setPlaceholderText(const QString &text);
    // Why the text in the entry field cannot be added; "" when it can or is empty.
    QString problem() const;
    // Adds the text of the entry field; false when it has a problem.
    bool addEntry();

    QLineEdit *entryEdit() const { return m_entry; }
    QListView *view() const { return m_view; }

signals:
    void changed();

protected:
    // Return in the entry field adds the entry instead of pressing the
    // dialog's default button.
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void updateButtons();

    Validator m_validator;
    Normaliser m_normaliser;
    QStringListModel *m_model;
    QListView *m_view;
    QLineEdit *m_entry;
    QPushButton *m_add;
    QPushButton *m_remove;
};

} // namespace es::ui
