#pragma once
// Settings → Data: how long raw events and minute and hour rollups are kept,
// which breakdowns are pre-aggregated, which JSON params.* keys are
// dimensions and which pairs of breakdowns are aggregated together.

#include "settings/settingspage.h"

#include <array>

class QLineEdit;
class QListView;
class QSpinBox;
class QStandardItemModel;

namespace es::ui {

class DataPage : public SettingsPage
{
    Q_OBJECT
public:
    explicit DataPage(QWidget *parent = nullptr);

    void load(const SettingsValues &values) override;
    void store(SettingsValues &values) const override;
    QStringList problems() const override;

    QSpinBox *rawSpin() const { return m_days[0]; }
    QSpinBox *minuteSpin() const { return m_days[1]; }
    QSpinBox *hourSpin() const { return m_days[2]; }
    QStandardItemModel *groupModel() const { return m_groups; }
    QLineEdit *paramsEdit() const { return m_params; }
    QLineEdit *pairsEdit() const { return m_pairs; }

private:
    // The params keys and pairs the fields ask for, applied to the loaded
    // slots (a key or pair that stays keeps its slot and its rows).
    bool editedParams(QStringList *keys, QString *error) const;
    bool editedPairs(std::array<std::array<int, 2>, schema::kPairSlots> *pairs, QString *error) const;

    std::array<QSpinBox *, 5> m_days{}; // raw, minute, hour, path minute, path hour
    QStandardItemModel *m_groups;
    QListView *m_groupView;
    QLineEdit *m_params;
    QLineEdit *m_pairs;
    QStringList m_loadedParams = QStringList(schema::kParamSlots, QString());
    std::array<std::array<int, 2>, schema::kPairSlots> m_loadedPairs = {
        {{-1, -1}, {-1, -1}, {-1, -1}, {-1, -1}}};
};

} // namespace es::ui
