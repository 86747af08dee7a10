#include "events/jsontreemodel.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

namespace es::ui {

JsonTreeModel::~JsonTreeModel() = default;

void JsonTreeModel::setJson(const QJsonValue &root)
{
    beginResetModel();
    m_root.reset();
    if (root.isObject() || root.isArray()) {
        m_root = std::make_unique<Node>();
        m_root->value = root;
        build(*m_root);
    }
    endResetModel();
}

void JsonTreeModel::build(Node &node)
{
    auto add = [&node](QString name, QJsonValue value) {
        auto child = std::make_unique<Node>();
        child->name = std::move(name);
        child->value = std::move(value);
        child->parent = &node;
        child->row = int(node.children.size());
        build(*child);
        node.children.push_back(std::move(child));
    };
    if (node.value.isObject()) {
        // QJsonObject keeps its keys sorted: fields come in name order.
        const QJsonObject obj = node.value.toObject();
        for (auto it = obj.begin(); it != obj.end(); ++it)
            add(it.key(), it.value());
    } else if (node.value.isArray()) {
        const QJsonArray arr = node.value.toArray();
        for (qsizetype i = 0; i < arr.size(); ++i)
            add(QStringLiteral("[%1]").arg(i), arr.at(i));
    }
}

const JsonTreeModel::Node *JsonTreeModel::nodeOf(const QModelIndex &index) const
{
    return index.isValid() ? static_cast<const Node *>(index.internalPointer()) : m_root.get();
}

QModelIndex JsonTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    const Node *p = nodeOf(parent);
    if (!p || row < 0 || row >= int(p->children.size()) || column < 0 || column >= ColumnCount)
        return {};
    return createIndex(row, column, p->children[size_t(row)].get());
}

QModelIndex JsonTreeModel::parent(const QModelIndex &child) const
{
    const Node *n = child.isValid() ? nodeOf(child) : nullptr;
    if (!n || !n->parent || n->parent == m_root.get())
        return {};
    return createIndex(n->parent->row, 0, n->parent);
}

int JsonTreeModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() && parent.column() != 0)
        return 0;
    const Node *n = nodeOf(parent);
    return n ? int(n->children.size()) : 0;
}

int JsonTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant JsonTreeModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || (role != Qt::DisplayRole && role != Qt::ToolTipRole))
        return {};
    const Node *n = nodeOf(index);
    const QJsonValue &v = n->value;
    switch (index.column()) {
    case NameColumn:
        return n->name;
    case ValueColumn:
        switch (v.type()) {
        case QJsonValue::Object:
            return tr("%n field(s)", nullptr, int(v.toObject().size()));
        case QJsonValue::Array:
            return tr("%n element(s)", nullptr, int(v.toArray().size()));
        case QJsonValue::String:
            return v.toString();
        case QJsonValue::Bool:
            return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
        case QJsonValue::Null:
            return QStringLiteral("null");
        case QJsonValue::Double:
            return QString::fromUtf8(QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact))
                .mid(1)
                .chopped(1);
        case QJsonValue::Undefined:
            break;
        }
        return {};
    case TypeColumn:
        switch (v.type()) {
        case QJsonValue::Object:
            return tr("object");
        case QJsonValue::Array:
            return tr("array");
        case QJsonValue::String:
            return tr("string");
        case QJsonValue::Bool:
            return tr("boolean");
        case QJsonValue::Null:
            return tr("null");
        case QJsonValue::Double:
            return tr("number");
        case QJsonValue::Undefined:
            break;
        }
        return {};
    }
    return {};
}

QVariant JsonTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Field");
    case ValueColumn:
        return tr("Value");
    case TypeColumn:
        return tr("Type");
    }
    return {};
}

} // namespace es::ui
