#include "settings/listeditor.h"

#include <QGridLayout>
#include <QItemSelectionModel>
#include <QKeyEvent>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QStringListModel>

namespace es::ui {

ListEditor::ListEditor(Validator validator, Normaliser normaliser, QWidget *parent)
    : QWidget(parent), m_validator(std::move(validator)), m_normaliser(std::move(normaliser)),
      m_model(new QStringListModel(this)), m_view(new QListView(this)), m_entry(new QLineEdit(this)),
      m_add(new QPushButton(tr("Add"), this)), m_remove(new QPushButton(tr("Remove"), this))
{
    m_view->setObjectName(QStringLiteral("listView"));
    m_view->setModel(m_model);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    // Entries are short: several per row keep the page compact.
    m_view->setFlow(QListView::LeftToRight);
    m_view->setWrapping(true);
    m_view->setResizeMode(QListView::Adjust);
    m_view->setSpacing(2);
    // Room for three to four rows of entries; more scroll.
    const int row = fontMetrics().height() + 2 * m_view->spacing() + 2;
    m_view->setMinimumHeight(3 * row + 2 * m_view->frameWidth());
    m_view->setMaximumHeight(4 * row + 2 * m_view->frameWidth());
    m_entry->setObjectName(QStringLiteral("entryEdit"));
    m_entry->setClearButtonEnabled(true);
    m_add->setObjectName(QStringLiteral("addButton"));
    m_remove->setObjectName(QStringLiteral("removeButton"));
    m_remove->setToolTip(tr("Remove the selected entries"));
    for (QPushButton *b : {m_add, m_remove})
        b->setAutoDefault(false);

    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->addWidget(m_view, 0, 0, 1, 3);
    grid->addWidget(m_entry, 1, 0);
    grid->addWidget(m_add, 1, 1);
    grid->addWidget(m_remove, 1, 2);
    grid->setColumnStretch(0, 1);

    connect(m_add, &QPushButton::clicked, this, &ListEditor::addEntry);
    m_entry->installEventFilter(this);
    connect(m_entry, &QLineEdit::textChanged, this, [this] {
        updateButtons();
        emit changed(); // the entry's problem is part of the page's
    });
    connect(m_remove, &QPushButton::clicked, this, [this] {
        QModelIndexList rows = m_view->selectionModel()->selectedIndexes();
        std::sort(rows.begin(), rows.end(),
                  [](const QModelIndex &a, const QModelIndex &b) { return a.row() > b.row(); });
        for (const QModelIndex &i : std::as_const(rows))
            m_model->removeRows(i.row(), 1);
        updateButtons();
        emit changed();
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ListEditor::updateButtons);
    updateButtons();
}

void ListEditor::setItems(const QStringList &items)
{
    m_model->setStringList(items);
    m_entry->clear();
    updateButtons();
}

QStringList ListEditor::items() const
{
    return m_model->stringList();
}

void ListEditor::setPlaceholderText(const QString &text)
{
    m_entry->setPlaceholderText(text);
}

QString ListEditor::problem() const
{
    const QString text = m_entry->text().trimmed();
    if (text.isEmpty())
        return {};
    return m_validator ? m_validator(text) : QString();
}

bool ListEditor::addEntry()
{
    const QString text = m_entry->text().trimmed();
    if (text.isEmpty() || !problem().isEmpty())
        return false;
    const QString entry = m_normaliser ? m_normaliser(text) : text;
    QStringList list = m_model->stringList();
    if (!entry.isEmpty() && !list.contains(entry)) {
        list << entry;
        m_model->setStringList(list);
    }
    m_entry->clear();
    updateButtons();
    emit changed();
    return true;
}

bool ListEditor::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_entry && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Return || key == Qt::Key_Enter) {
            addEntry();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void ListEditor::updateButtons()
{
    const QString text = m_entry->text().trimmed();
    m_add->setEnabled(!text.isEmpty() && problem().isEmpty());
    m_add->setToolTip(problem());
    m_remove->setEnabled(m_view->selectionModel()->hasSelection());
}

} // namespace es::ui
