#pragma once
// Wording: the program's words in a language the caller chooses rather than the one the screen
// shows — a report printed in English from a tablet set to Chinese, or the Chinese and the
// English of a name that a record keeps in both. The words come from the same compiled
// translations as the screens (qml/i18n/*.ts), so each string has one translation everywhere.
#include "Result.h"

#include <QString>
#include <memory>

class QTranslator;

namespace so {

class Wording
{
public:
    // "zh_CN" or "en". English is the source language and needs no file; another language
    // needs its .qm compiled into the program (an error says which is missing).
    static Result<Wording> load(const QString &language);

    const QString &language() const { return m_language; }
    // SOURCE in this language. Mark each call's string with QT_TRANSLATE_NOOP(CONTEXT, ...) so
    // lupdate puts it in the .ts file; a string without a translation comes back as it is.
    QString text(const char *context, const char *source) const;

private:
    QString m_language;
    std::shared_ptr<const QTranslator> m_translator; // null for English
};

} // namespace so
