#include "ui/settings/regionbox.h"

#include "models/contacts/defaultregion.h"
#include "models/contacts/phonenormalizer.h"

#include <QCollator>
#include <QComboBox>
#include <QSettings>
#include <QVBoxLayout>
#include <algorithm>

namespace {

const QString kRegionKey = QStringLiteral("import/defaultRegion");

} // namespace

RegionBox::RegionBox(QWidget *parent)
    : QGroupBox(tr("Default region"), parent)
{
    setObjectName(QStringLiteral("regionBox"));
    m_combo = new QComboBox(this);
    m_combo->setObjectName(QStringLiteral("regionCombo"));
    m_combo->setAccessibleName(tr("Default region"));
    m_combo->setAccessibleDescription(tr("The country of phone numbers written without a country code"));
    const QString automatic = DefaultRegion::fromLocale(QLocale::system());
    fillRegions(m_combo, automatic.isEmpty()
                             ? tr("Automatic: none, numbers must include the country code")
                             : tr("Automatic: %1, from this computer").arg(PhoneNormalizer::regionDisplayName(automatic)));
    m_combo->setCurrentIndex(qMax(0, m_combo->findData(chosen())));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_combo);
    connect(m_combo, &QComboBox::currentIndexChanged, this,
            [this](int index) { setChosen(m_combo->itemData(index).toString()); });
}

QString RegionBox::current()
{
    return DefaultRegion::resolve(chosen(), QLocale::system());
}

QString RegionBox::chosen()
{
    return QSettings().value(kRegionKey).toString();
}

void RegionBox::setChosen(const QString &region)
{
    QSettings().setValue(kRegionKey, region);
}

void RegionBox::fillRegions(QComboBox *combo, const QString &first)
{
    struct Region
    {
        QString name;
        QString code;
    };
    QList<Region> regions;
    for (int t = 1; t <= int(QLocale::LastTerritory); ++t) {
        const auto territory = static_cast<QLocale::Territory>(t);
        const QString code = QLocale::territoryToCode(territory);
        if (code.size() != 2 || !PhoneNormalizer::isKnownRegion(code))
            continue;
        regions.append({QLocale::territoryToString(territory), code});
    }
    QCollator collator;
    std::sort(regions.begin(), regions.end(),
              [&collator](const Region &a, const Region &b) { return collator.compare(a.name, b.name) < 0; });
    combo->addItem(first, QString());
    for (const Region &r : std::as_const(regions))
        combo->addItem(QStringLiteral("%1 (%2)").arg(r.name, r.code), r.code);
}
