#pragma once
// A list of time ranges for the picker's popup: the presets and the recent
// ranges. Rows show RangeSpec::label() in the picker's zone and, as a tool
// tip, the instants the range stands for right now.

#include "query/rangespec.h"

#include <QAbstractListModel>
#include <QList>
#include <functional>

namespace es::ui {

class RangeListModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role { SpecTextRole = Qt::UserRole + 1 };

    // Text of a row (label) and its tool tip (resolved instants).
    using Describer = std::function<QString(const RangeSpec &)>;

    explicit RangeListModel(QObject *parent = nullptr);

    void setSpecs(const QList<RangeSpec> &specs);
    QList<RangeSpec> specs() const { return m_specs; }
    RangeSpec specAt(int row) const { return m_specs.value(row); }
    // Row of a spec, or -1.
    int rowOf(const RangeSpec &spec) const { return int(m_specs.indexOf(spec)); }

    void setLabeler(Describer labeler);
    void setDescriber(Describer describer);
    // The zone or the clock moved: every label and tool tip may read differently.
    void refresh();

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    QList<RangeSpec> m_specs;
    Describer m_labeler;
    Describer m_describer;
};

} // namespace es::ui
