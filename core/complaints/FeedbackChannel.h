#pragma once

#include <QList>
#include <QString>

// How a complaint or a suggestion reached the section (Pasal 8: in person, the
// suggestion box, e-mail or other IT media, SP4N-LAPOR!).
enum class FeedbackChannel { InPerson, SuggestionBox, EmailOrIt, Sp4nLapor };

namespace FeedbackChannels {

const QList<FeedbackChannel> &all();
QString key(FeedbackChannel channel); // "langsung", "kotak_saran", "email_media_ti", "sp4n_lapor"
bool fromKey(const QString &key, FeedbackChannel *channel);
QString title(FeedbackChannel channel); // Indonesian, translated

} // namespace FeedbackChannels
