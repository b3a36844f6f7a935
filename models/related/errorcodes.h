#pragma once

// The Twilio error codes a Studio flow meets — Studio's own (81xxx), webhooks and HTTP (11xxx,
// 12xxx), Functions (82xxx), messaging (21xxx, 30xxx), voice (13xxx, 31xxx, 32xxx) — each with a
// short title in FlowScope's words and whether trying again can help, for the people who read
// them in a hurry. Twilio's own page for each has the whole story.

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QUrl>

namespace flowscope {

class ErrorCodes
{
    Q_DECLARE_TR_FUNCTIONS(ErrorCodes)

public:
    enum class Retry {
        Unknown, // not known, or it depends
        Helps, // a passing condition: the same request may go through later
        DoesNot, // the request, the number or the configuration must change first
    };

    // "Carrier filtered the message"; empty for a code FlowScope has no title for.
    static QString title(int code);
    static Retry retry(int code);
    // "retrying helps", "retrying does not help", or empty.
    static QString retryText(int code);
    // Twilio's page for the code: https://www.twilio.com/docs/api/errors/CODE
    static QUrl docsUrl(int code);
    // "30007 Carrier filtered the message", or the bare number for an unknown code.
    static QString describe(int code);
    // Every code with a title, ascending.
    static QList<int> known();
};

} // namespace flowscope
