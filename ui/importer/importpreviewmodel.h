#pragma once
// The preview table of the import dialog: the first lines of a file, one
// column per field the parser filled in any of them, plus the line number
// and the problem of a malformed line. Malformed rows carry a warning icon,
// a tinted background and their reason as tooltip.

#include "importer/importpreview.h"

#include <QAbstractTableModel>
#include <QColor>
#include <QIcon>
#include <vector>

namespace es::ui {

class ImportPreviewModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    // The ParseResult of a row (as int), for views and tests.
    static constexpr int ResultRole = Qt::UserRole + 1;
    // Columns before the fields: the line number and the problem.
    static constexpr int kFirstFieldColumn = 2;

    explicit ImportPreviewModel(QObject *parent = nullptr);

    void setPreview(const ImportPreview &preview);
    void clear();
    // How malformed rows look (from the view's palette and style).
    void setMalformedLook(const QColor &background, const QIcon &icon);

    // The column of a field, or -1 when no row has it.
    int columnOf(PreviewField field) const;
    int problemColumn() const { return 1; }
    const PreviewRow &rowAt(int row) const { return m_rows[size_t(row)]; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::vector<PreviewRow> m_rows;
    std::vector<PreviewField> m_fields; // columns after the line number and problem
    QColor m_malformedBackground;
    QIcon m_malformedIcon;
};

} // namespace es::ui
