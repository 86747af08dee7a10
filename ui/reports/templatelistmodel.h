#pragma once
// The report templates of a workspace as a checkable list: the Export report
// dialog exports every checked template in one go.

#include "reports/reporttemplate.h"

#include <QAbstractListModel>
#include <QSet>
#include <vector>

namespace es::ui {

class TemplateListModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role { IdRole = Qt::UserRole + 1, BuiltInRole };

    explicit TemplateListModel(QObject *parent = nullptr);

    void setTemplates(std::vector<ReportTemplate> all);
    const std::vector<ReportTemplate> &templates() const { return m_all; }
    const ReportTemplate &at(int row) const { return m_all[size_t(row)]; }
    // Replaces the template with the same id, or appends it; returns its row.
    int put(const ReportTemplate &t);
    void remove(int row);

    void setCheckedIds(const QStringList &ids);
    QStringList checkedIds() const;
    std::vector<ReportTemplate> checkedTemplates() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

signals:
    void checkedChanged();

private:
    std::vector<ReportTemplate> m_all;
    QSet<QString> m_checked;
};

} // namespace es::ui
