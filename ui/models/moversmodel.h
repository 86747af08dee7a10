#pragma once
// Top movers as a table: the values of a dimension with their count now,
// before, and the change. One list at a time: top, rising or falling.

#include "query/query.h"

#include <QAbstractTableModel>

namespace es::ui {

class MoversModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum class List { Top, Rising, Falling };
    enum Column { Value, Now, Before, Change, ChangePercent, ColumnCount };
    static constexpr int RawRole = Qt::UserRole + 1;

    explicit MoversModel(QObject *parent = nullptr);
    void setResult(const MoversResult &r);
    void setList(List l);
    // Header of the value column (the dimension's title).
    void setValueTitle(const QString &title);
    List list() const { return m_list; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation o, int role) const override;

private:
    const std::vector<Mover> &rows() const;
    MoversResult m_result;
    List m_list = List::Top;
    QString m_valueTitle;
};

} // namespace es::ui
