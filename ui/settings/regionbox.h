#pragma once

#include <QGroupBox>

class QComboBox;

// Settings → Default region: the country of phone numbers written without a country code, for import, a new
// contact and the phone search. "Automatic" (the default) is the computer's territory (DefaultRegion,
// models/contacts/defaultregion.*); the import wizard remembers its last choice in the same setting.
class RegionBox : public QGroupBox
{
    Q_OBJECT

public:
    explicit RegionBox(QWidget *parent = nullptr);

    // The region to use now: the chosen one, else the computer's (empty when neither is known).
    static QString current();
    // The remembered choice, "" = automatic.
    static QString chosen();
    static void setChosen(const QString &region);
    // Fills `combo` with `first` (data "") and every region whose numbers can be read, by name ("India (IN)").
    static void fillRegions(QComboBox *combo, const QString &first);

private:
    QComboBox *m_combo = nullptr;
};
