#include "util/Logging.h"

Q_LOGGING_CATEGORY(lcApp, "hattama.app", QtInfoMsg)
Q_LOGGING_CATEGORY(lcCapture, "hattama.capture", QtInfoMsg)
Q_LOGGING_CATEGORY(lcMedia, "hattama.media", QtInfoMsg)
Q_LOGGING_CATEGORY(lcHearing, "hattama.hearing", QtInfoMsg)
Q_LOGGING_CATEGORY(lcStorage, "hattama.storage", QtInfoMsg)
Q_LOGGING_CATEGORY(lcProtocol, "hattama.protocol", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSigning, "hattama.signing", QtInfoMsg)
Q_LOGGING_CATEGORY(lcExport, "hattama.export", QtInfoMsg)
Q_LOGGING_CATEGORY(lcUi, "hattama.ui", QtInfoMsg)
