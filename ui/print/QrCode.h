#pragma once

#include <QImage>
#include <QString>

// A QR code (libqrencode) as a black-and-white image: `moduleSize` pixels per module
// and the 4-module quiet zone scanners need. Sharp edges at any print size come from
// drawing whole pixels per module, never from smoothing. Null for text that cannot be
// encoded.
class QrCode final
{
public:
    static QImage image(const QString &text, int moduleSize = 8);
    // The number of modules on a side (without the quiet zone); 0 on failure.
    static int modules(const QString &text);
};
