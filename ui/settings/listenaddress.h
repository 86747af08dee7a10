#pragma once
// The address a local API server listens on, as typed in the settings or
// given to `eventscope serve --listen`: "127.0.0.1:8080", "[::1]:8080",
// "localhost:8080" or a bare port (on loopback).

#include <QHostAddress>
#include <QString>

namespace es::ui {

bool parseListenAddress(const QString &text, QHostAddress &address, quint16 &port);

} // namespace es::ui
