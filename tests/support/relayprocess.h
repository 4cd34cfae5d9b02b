#pragma once

// herald-relay as a black box: the binary started with its secrets in the environment and a temporary database,
// the way systemd runs it, on 127.0.0.1 with a port the OS picks (read back from its "listening" log line).
// Header-only: each test that uses it defines HERALD_RELAY_PATH. Signatures are computed here independently of
// the relay's own code (QMessageAuthenticationCode), so a broken verifier cannot pass with itself.
#include <functional>
#include <memory>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMessageAuthenticationCode>
#include <QProcess>
#include <QUrl>
#include <QUrlQuery>

namespace RelayTest {

inline const QByteArray kAppSecret = "test-app-secret-3f9a";
inline const QByteArray kVerifyToken = "test-verify-token-77c1";
inline const QByteArray kFeedToken = "test-feed-token-b2d4";
inline const QByteArray kIngestToken = "test-ingest-token-5e0a";

inline QByteArray sign(const QByteArray &body, const QByteArray &secret = kAppSecret)
{
    return "sha256=" + QMessageAuthenticationCode::hash(body, secret, QCryptographicHash::Sha256).toHex();
}

inline QProcessEnvironment relayEnvironment()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HERALD_RELAY_APP_SECRET"), QString::fromLatin1(kAppSecret));
    env.insert(QStringLiteral("HERALD_RELAY_VERIFY_TOKEN"), QString::fromLatin1(kVerifyToken));
    env.insert(QStringLiteral("HERALD_RELAY_FEED_TOKEN"), QString::fromLatin1(kFeedToken));
    env.insert(QStringLiteral("HERALD_RELAY_INGEST_TOKEN"), QString::fromLatin1(kIngestToken));
    return env;
}

class Relay
{
public:
    // Runs in the child between fork and exec (e.g. to set resource limits).
    void setChildModifier(std::function<void()> modifier) { m_modifier = std::move(modifier); }

    bool start(const QString &database, const QStringList &extraArgs = {},
        const QProcessEnvironment &environment = relayEnvironment())
    {
        m_process = std::make_unique<QProcess>();
        m_process->setProcessEnvironment(environment);
        m_process->setReadChannel(QProcess::StandardError);
        if (m_modifier)
            m_process->setChildProcessModifier(m_modifier);
        m_log.clear();
        m_process->start(QStringLiteral(HERALD_RELAY_PATH),
            QStringList {
                QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"), QStringLiteral("--database"), database }
                + extraArgs);
        QElapsedTimer timer;
        timer.start();
        while (timer.elapsed() < 10000 && m_process->state() != QProcess::NotRunning) {
            m_process->waitForReadyRead(100);
            m_log += m_process->readAllStandardError();
            for (const QByteArray &line : m_log.split('\n')) {
                const QJsonObject record = QJsonDocument::fromJson(line).object();
                if (record[QStringLiteral("event")].toString() == QStringLiteral("listening")) {
                    m_listening = record;
                    m_port = static_cast<quint16>(record[QStringLiteral("port")].toInt());
                    return m_port != 0;
                }
            }
        }
        return false;
    }
    void kill()
    {
        m_process->kill(); // SIGKILL: no shutdown code runs
        m_process->waitForFinished(5000);
    }
    void stop()
    {
        if (m_process && m_process->state() != QProcess::NotRunning) {
            m_process->terminate();
            if (!m_process->waitForFinished(5000))
                kill();
        }
    }
    ~Relay() { stop(); }
    bool running() const { return m_process && m_process->state() == QProcess::Running; }
    QByteArray log() { return m_log += m_process->readAllStandardError(); }
    // Log records of one event ("connection.refused", …).
    QList<QJsonObject> records(const QString &event)
    {
        QList<QJsonObject> out;
        for (const QByteArray &line : log().split('\n')) {
            const QJsonObject record = QJsonDocument::fromJson(line).object();
            if (record[QStringLiteral("event")].toString() == event)
                out.append(record);
        }
        return out;
    }
    const QJsonObject &listening() const { return m_listening; }
    quint16 port() const { return m_port; }
    qint64 pid() const { return m_process ? m_process->processId() : 0; }
    // A field of /proc/<pid>/status in KiB (VmRSS, VmHWM); -1 when unknown.
    qint64 statusKiB(const QByteArray &field) const
    {
        QFile f(QStringLiteral("/proc/%1/status").arg(pid()));
        if (!f.open(QIODevice::ReadOnly))
            return -1;
        for (const QByteArray &line : f.readAll().split('\n'))
            if (line.startsWith(QByteArray(field + ':')))
                return line.mid(field.size() + 1).trimmed().split(' ').constFirst().toLongLong();
        return -1;
    }
    QUrl url(const QString &path, const QUrlQuery &query = {}, const QString &scheme = QStringLiteral("http")) const
    {
        QUrl u(QStringLiteral("%1://127.0.0.1:%2%3").arg(scheme).arg(m_port).arg(path));
        u.setQuery(query);
        return u;
    }

private:
    std::unique_ptr<QProcess> m_process;
    std::function<void()> m_modifier;
    QByteArray m_log;
    QJsonObject m_listening;
    quint16 m_port = 0;
};

} // namespace RelayTest
