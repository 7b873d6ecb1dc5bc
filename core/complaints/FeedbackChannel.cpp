#include "complaints/FeedbackChannel.h"

#include <QCoreApplication>

namespace FeedbackChannels {

using C = FeedbackChannel;

const QList<FeedbackChannel> &all()
{
    static const QList<C> list = {C::InPerson, C::SuggestionBox, C::EmailOrIt, C::Sp4nLapor};
    return list;
}

QString key(C channel)
{
    switch (channel) {
    case C::InPerson: return QStringLiteral("langsung");
    case C::SuggestionBox: return QStringLiteral("kotak_saran");
    case C::EmailOrIt: return QStringLiteral("email_media_ti");
    case C::Sp4nLapor: return QStringLiteral("sp4n_lapor");
    }
    return {};
}

bool fromKey(const QString &k, C *channel)
{
    for (C c : all()) {
        if (key(c) == k) {
            *channel = c;
            return true;
        }
    }
    return false;
}

QString title(C channel)
{
    switch (channel) {
    case C::InPerson: return QCoreApplication::translate("FeedbackChannel", "Langsung (datang ke loket)");
    case C::SuggestionBox: return QCoreApplication::translate("FeedbackChannel", "Kotak saran");
    case C::EmailOrIt: return QCoreApplication::translate("FeedbackChannel", "E-mail / media TI lain");
    case C::Sp4nLapor: return QCoreApplication::translate("FeedbackChannel", "SP4N-LAPOR!");
    }
    return {};
}

} // namespace FeedbackChannels
