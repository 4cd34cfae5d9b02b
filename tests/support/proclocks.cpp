#include "proclocks.h"

#include <QCoreApplication>
#include <QFile>
#include <QList>

#ifdef Q_OS_LINUX
#include <sys/stat.h>
#endif

bool holdsPosixLock(const QString &path)
{
#ifdef Q_OS_LINUX
    struct stat st = {};
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return false;
    QFile locks(QStringLiteral("/proc/locks"));
    if (!locks.open(QIODevice::ReadOnly))
        return false;
    const QByteArray pid = QByteArray::number(QCoreApplication::applicationPid());
    const QByteArray inode = ':' + QByteArray::number(quint64(st.st_ino));
    for (const QByteArray &line : locks.readAll().split('\n')) {
        const QList<QByteArray> f = line.simplified().split(' ');
        // "1: POSIX  ADVISORY  READ 1234 fd:01:5678 0 EOF" (a blocked waiter has "->" before the type)
        const qsizetype at = f.indexOf("POSIX");
        if (at >= 0 && f.size() >= at + 5 && f.at(at + 3) == pid && f.at(at + 4).endsWith(inode))
            return true;
    }
#else
    Q_UNUSED(path)
#endif
    return false;
}
