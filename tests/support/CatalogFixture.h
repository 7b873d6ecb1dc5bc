#pragma once

#include <catch2/catch.hpp>

#include <QByteArray>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <functional>

// The built-in catalogue (resources/catalog/services.json) with an eighth service: a copy
// of service 1 under its own number, code, queue letter and name, `edit` applied to it.
// What an office imports when a new regulation adds a service (Pasal 9).
inline QByteArray catalogWithEighthService(const std::function<void(QJsonObject &)> &edit = {})
{
    QFile builtIn(QStringLiteral(":/catalog/services.json"));
    REQUIRE(builtIn.open(QIODevice::ReadOnly));
    QJsonObject root = QJsonDocument::fromJson(builtIn.readAll()).object();
    QJsonArray services = root.value(QStringLiteral("services")).toArray();
    QJsonObject eighth = services.at(0).toObject();
    eighth.insert(QStringLiteral("number"), 8);
    eighth.insert(QStringLiteral("code"), QStringLiteral("legalisasi_dokumen"));
    eighth.insert(QStringLiteral("queue_letter"), QStringLiteral("H"));
    eighth.insert(QStringLiteral("name"), QStringLiteral("Legalisasi Dokumen Pengadaan"));
    if (edit)
        edit(eighth);
    services.append(eighth);
    root.insert(QStringLiteral("services"), services);
    return QJsonDocument(root).toJson();
}
