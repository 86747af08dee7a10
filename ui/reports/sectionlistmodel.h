#pragma once
// The ordered sections of a report template as a list: one row per section,
// shown as its kind and what it shows ("KPI summary — Visitors, Page
// views"). The template editor edits the sections through this model so the
// list, the move buttons and the editor pane stay in step.

#include "reports/reporttemplate.h"

#include <QAbstractListModel>
#include <vector>

namespace es::ui {

class SectionListModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role {
        KindRole = Qt::UserRole + 1, // int(SectionKind)
    };

    explicit SectionListModel(QObject *parent = nullptr);

    const std::vector<es::ReportSection> &sections() const { return m_sections; }
    void setSections(const std::vector<es::ReportSection> &sections);
    const es::ReportSection &section(int row) const { return m_sections.at(size_t(row)); }
    void setSection(int row, const es::ReportSection &section);
    void insertSection(int row, const es::ReportSection &section);

    // Marks the section a validation message is about (a warning icon and
    // the message in its tooltip); -1 for none.
    void setProblem(int row, const QString &message);
    int problemRow() const { return m_problemRow; }

    // "KPI summary — Visitors, Page views": the kind, then the section's own
    // title or, without one, what it shows.
    static QString summary(const es::ReportSection &section);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool removeRows(int row, int count, const QModelIndex &parent = {}) override;
    bool moveRows(const QModelIndex &sourceParent, int sourceRow, int count,
                  const QModelIndex &destinationParent, int destinationChild) override;

private:
    std::vector<es::ReportSection> m_sections;
    int m_problemRow = -1;
    QString m_problem;
};

} // namespace es::ui
