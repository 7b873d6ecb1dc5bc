#include "print/QrCode.h"

#include <qrencode.h>

#include <memory>

namespace {

constexpr int kQuietZone = 4;

struct QrFree
{
    void operator()(QRcode *code) const { QRcode_free(code); }
};

std::unique_ptr<QRcode, QrFree> encode(const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    // Level M survives a scuffed thermal print and keeps the code small.
    return std::unique_ptr<QRcode, QrFree>(QRcode_encodeString(utf8.constData(), 0, QR_ECLEVEL_M, QR_MODE_8, 1));
}

} // namespace

int QrCode::modules(const QString &text)
{
    const auto code = encode(text);
    return code ? code->width : 0;
}

QImage QrCode::image(const QString &text, int moduleSize)
{
    if (text.isEmpty() || moduleSize < 1)
        return {};
    const auto code = encode(text);
    if (!code)
        return {};
    const int side = (code->width + 2 * kQuietZone) * moduleSize;
    QImage img(side, side, QImage::Format_Mono);
    img.setColor(0, qRgb(255, 255, 255));
    img.setColor(1, qRgb(0, 0, 0));
    img.fill(0);
    for (int y = 0; y < code->width; ++y) {
        for (int x = 0; x < code->width; ++x) {
            if (!(code->data[y * code->width + x] & 1))
                continue;
            for (int dy = 0; dy < moduleSize; ++dy)
                for (int dx = 0; dx < moduleSize; ++dx)
                    img.setPixel((x + kQuietZone) * moduleSize + dx, (y + kQuietZone) * moduleSize + dy, 1);
        }
    }
    return img;
}
