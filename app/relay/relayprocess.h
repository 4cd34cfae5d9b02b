#pragma once

#include <QtGlobal>

class QCoreApplication;

// What herald-relay needs from the operating system, kept out of main.cpp so it stays portable: the POSIX
// implementation is relayprocess_unix.cpp (the relay is built on Unix only; see app/relay/CMakeLists.txt).
namespace RelayProcess {

// Descriptors kept free for everything that is not a client connection: stdio, the database, its WAL and
// shared-memory files, the listening socket, the signal pipe, Qt's event dispatcher and a margin.
constexpr quint64 kReservedDescriptors = 64;

// The soft open-files limit (RLIMIT_NOFILE, systemd's LimitNOFILE=), or 0 when unknown or unlimited.
quint64 descriptorLimit();

// A write beyond a file size limit (RLIMIT_FSIZE) fails like a full disk instead of killing the process.
void ignoreFileSizeSignal();

// SIGTERM and SIGINT log "shutdown" and end the event loop of `app` cleanly.
void quitOnTerminationSignals(QCoreApplication *app);

} // namespace RelayProcess
