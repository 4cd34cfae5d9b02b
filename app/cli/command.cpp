#include "cli/command.h"

Command::Command(const QString &name, Section section, const QString &synopsis, const QString &description)
    : m_name(name), m_section(section), m_synopsis(synopsis), m_description(description)
{
}

Command::Command(const QString &group, const QString &verb, Section section, std::initializer_list<VerbText> verbs)
    : m_name(group + QLatin1Char(' ') + verb), m_section(section)
{
    for (const VerbText &v : verbs) {
        if (verb == QLatin1String(v.verb)) {
            m_synopsis = v.synopsis ? tr(v.synopsis) : QString();
            m_description = tr(v.description);
        }
    }
}

Command::~Command() = default;

QString Command::verb() const
{
    return m_name.section(QLatin1Char(' '), -1);
}
