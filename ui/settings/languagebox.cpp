#include "ui/settings/languagebox.h"

#include "engine/i18n/languages.h"
#include "ui/settings/notelabel.h"

#include <QComboBox>
#include <QLabel>
#include <QVBoxLayout>

LanguageBox::LanguageBox(QWidget *parent)
    : QGroupBox(tr("Language"), parent)
    , m_running(Languages::chosen())
{
    setObjectName(QStringLiteral("languageBox"));
    m_combo = new QComboBox(this);
    m_combo->setObjectName(QStringLiteral("languageCombo"));
    m_combo->setAccessibleName(tr("Language"));
    m_combo->setAccessibleDescription(tr("The language of Herald's window and of herald-cli, from the next start"));
    m_combo->addItem(tr("System default (%1)").arg(Languages::nativeName(QLocale::system().name())), QString());
    QStringList names = Languages::available();
    names << QStringLiteral("en_US");
    for (const QString &name : std::as_const(names))
        m_combo->addItem(Languages::nativeName(name), name);
    m_combo->setCurrentIndex(qMax(0, m_combo->findData(m_running)));

    m_note = NoteLabel::create(this, QStringLiteral("languageNote"));
    m_note->setText(tr("Herald speaks the new language from its next start."));
    NoteLabel::setTone(m_note, NoteLabel::Tone::Muted);
    m_note->setVisible(false);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_combo);
    layout->addWidget(m_note);
    connect(m_combo, &QComboBox::currentIndexChanged, this, &LanguageBox::choose);
}

void LanguageBox::choose(int index)
{
    const QString name = m_combo->itemData(index).toString();
    Languages::setChosen(name);
    m_note->setVisible(name != m_running);
}
