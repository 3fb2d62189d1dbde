#pragma once

#include <QString>

namespace hattama::protocol {

// Which of the protocol languages a typed text is in, from the words it uses: Russian by its
// function words («и», «в», «не», «что» …), Kazakh by words with its own letters (ә, ғ, қ, ң,
// ө, ұ, ү, һ, і) that are not capitalised names, and its function words («және», «мен»,
// «туралы» …). "ru", "kk", or empty when a text is too short or mixed to tell.
class TextLanguage {
public:
    static QString guess(const QString &text);
};

} // namespace hattama::protocol
