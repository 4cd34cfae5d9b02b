#include "models/core/errortext.h"

#include <QLocale>

#include <algorithm>

QString ErrorText::elide(const QString &value, int max)
{
    if (value.size() <= max)
        return value;
    const qsizetype head = std::max<qsizetype>(1, max * 2 / 3);
    const qsizetype tail = std::max<qsizetype>(1, max - head - 1);
    QString start = value.left(head);
    QString end = value.right(tail);
    // Never cut a surrogate pair in half.
    if (!start.isEmpty() && start.back().isHighSurrogate())
        start.chop(1);
    if (!end.isEmpty() && end.front().isLowSurrogate())
        end.remove(0, 1);
    return tr("%1…%2 (%3 characters)").arg(start, end, QLocale().toString(qlonglong(value.size())));
}

QString ErrorText::quote(const QString &value, int max)
{
    return u'\u201C' + elide(value, max) + u'\u201D';
}
