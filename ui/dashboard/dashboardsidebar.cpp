#include "dashboard/dashboardsidebar.h"

#include <QListView>
#include <QMenu>
#include <QStandardItemModel>
#include <QToolButton>
#include <QVBoxLayout>

namespace es::ui {

namespace {
constexpr int kIdRole = Qt::UserRole + 1;
}

DashboardSidebar::DashboardSidebar(QWidget *parent)
    : QWidget(parent), m_list(new QListView(this)), m_model(new QStandardItemModel(this))
{
    setObjectName(QStringLiteral("dashboardSidebar"));
    m_list->setModel(m_model);
    m_list->setObjectName(QStringLiteral("dashboardList"));
    m_list->setAccessibleName(tr("Dashboards"));
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setFrameShape(QFrame::NoFrame);
    m_list->setSpacing(2);
    m_list->setContextMenuPolicy(Qt::CustomContextMenu);
    QFont f = m_list->font();
    f.setPointSizeF(f.pointSizeF() * 1.08);
    m_list->setFont(f);
    m_list->setBackgroundRole(QPalette::Window);

    auto *add = new QToolButton(this);
    add->setText(tr("New dashboard"));
    add->setIcon(QIcon::fromTheme(QStringLiteral("list-add")));
    add->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    add->setAutoRaise(true);
    connect(add, &QToolButton::clicked, this, &DashboardSidebar::addRequested);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 8, 6, 6);
    layout->addWidget(m_list, 1);
    layout->addWidget(add);

    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) {
                if (!m_updating && current.isValid())
                    emit currentChanged(current.data(kIdRole).toString());
            });
    connect(m_list, &QListView::customContextMenuRequested, this, [this](const QPoint &pos) {
        const QModelIndex index = m_list->indexAt(pos);
        QMenu menu(this);
        menu.addAction(tr("New dashboard…"), this, &DashboardSidebar::addRequested);
        if (index.isValid()) {
            const QString id = index.data(kIdRole).toString();
            menu.addAction(tr("Rename…"), this, [this, id] { emit renameRequested(id); });
            menu.addAction(tr("Remove"), this, [this, id] { emit removeRequested(id); });
        }
        menu.addSeparator();
        menu.addAction(tr("Restore default dashboards"), this, &DashboardSidebar::restoreDefaultsRequested);
        menu.exec(m_list->viewport()->mapToGlobal(pos));
    });
    setMinimumWidth(150);
}

void DashboardSidebar::setDashboards(const std::vector<DashboardSpec> &all, const QString &currentId)
{
    m_updating = true;
    m_model->clear();
    int currentRow = 0;
    for (const DashboardSpec &d : all) {
        auto *item = new QStandardItem(d.title);
        item->setData(d.id, kIdRole);
        item->setToolTip(d.live ? tr("%1: the last 30 minutes, refreshed every second").arg(d.title)
                                : d.title);
        if (d.id == currentId)
            currentRow = m_model->rowCount();
        m_model->appendRow(item);
    }
    if (m_model->rowCount() > 0)
        m_list->setCurrentIndex(m_model->index(currentRow, 0));
    m_updating = false;
}

QString DashboardSidebar::currentId() const
{
    return m_list->currentIndex().data(kIdRole).toString();
}

} // namespace es::ui
