#pragma once
// ShelveReasons: the usual reasons for shelving an alarm, offered as one tap. A preset is
// stored by its key and read back in whatever language the reader uses; a reason typed by a
// person is kept as typed. Reasons stored before the keys (the preset's words in Chinese or
// English) are recognised too.
#include "StationConfig.h"

#include <QList>

namespace so::alarms {

struct ShelveReason
{
    QString key;
    Names text;
};

const QList<ShelveReason> &shelveReasons();
// The stored reason in both languages: a preset's words, or the typed text twice.
Names shelveReasonNames(const QString &stored);

} // namespace so::alarms
