#pragma once
// A JSON document as a tree for a QTreeView: one row per field or array
// element with its name, its value (objects and arrays show their size)
// and its JSON type. The event browser's detail pane shows a JSON event's
// fields and params with it.

#include <QAbstractItemModel>
#include <QJsonValue>
#include <memory>
#include <vector>

namespace es::ui {

class JsonTreeModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Column { NameColumn, ValueColumn, TypeColumn, ColumnCount };

    using QAbstractItemModel::QAbstractItemModel;
    ~JsonTreeModel() override;

    // An object or array; anything else clears the model.
    void setJson(const QJsonValue &root);
    void clear() { setJson(QJsonValue()); }

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Node
    {
        QString name;
        QJsonValue value;
        Node *parent = nullptr;
        int row = 0;
        std::vector<std::unique_ptr<Node>> children;
    };
    static void build(Node &node);
    const Node *nodeOf(const QModelIndex &index) const;

    std::unique_ptr<Node> m_root;
};

} // namespace es::ui
