#include "errorcodes.h"

#include <algorithm>
#include <iterator>

using namespace Qt::StringLiterals;

namespace flowscope {

namespace {

using Retry = ErrorCodes::Retry;

struct Entry
{
    int code;
    const char *title;
    Retry retry;
};

// Ascending by code. The titles are ours: short enough for a table cell, in the words a support
// engineer would use on the phone.
constexpr Entry kEntries[] = {
    // Webhooks and HTTP requests Twilio made to someone's server
    { 11200, QT_TRANSLATE_NOOP("ErrorCodes", "Twilio could not fetch the URL"), Retry::Helps },
    { 11201, QT_TRANSLATE_NOOP("ErrorCodes", "The server took too long to accept the connection"),
        Retry::Helps },
    { 11202, QT_TRANSLATE_NOOP("ErrorCodes", "The server refused the connection"), Retry::Helps },
    { 11203, QT_TRANSLATE_NOOP("ErrorCodes", "The server took too long to answer"), Retry::Helps },
    { 11205, QT_TRANSLATE_NOOP("ErrorCodes", "The connection to the server failed"), Retry::Helps },
    { 11206, QT_TRANSLATE_NOOP("ErrorCodes", "The server's answer broke HTTP's rules"),
        Retry::DoesNot },
    { 11210, QT_TRANSLATE_NOOP("ErrorCodes", "The URL's host name does not resolve"),
        Retry::DoesNot },
    { 11215, QT_TRANSLATE_NOOP("ErrorCodes", "The URL redirects too many times"), Retry::DoesNot },
    { 11220, QT_TRANSLATE_NOOP("ErrorCodes", "The TLS handshake with the server failed"),
        Retry::Unknown },
    { 11235, QT_TRANSLATE_NOOP("ErrorCodes", "The server's certificate is for another domain"),
        Retry::DoesNot },
    { 11236, QT_TRANSLATE_NOOP("ErrorCodes", "The server's certificate has expired"),
        Retry::DoesNot },
    { 11237, QT_TRANSLATE_NOOP("ErrorCodes", "The server's certificate chain is incomplete"),
        Retry::DoesNot },
    { 12100, QT_TRANSLATE_NOOP("ErrorCodes", "The server's TwiML could not be parsed"),
        Retry::DoesNot },
    { 12101, QT_TRANSLATE_NOOP("ErrorCodes", "The TwiML names a version Twilio does not know"),
        Retry::DoesNot },
    { 12102, QT_TRANSLATE_NOOP("ErrorCodes", "The TwiML does not start with <Response>"),
        Retry::DoesNot },
    { 12200, QT_TRANSLATE_NOOP("ErrorCodes", "The TwiML does not follow its schema"),
        Retry::DoesNot },
    { 12300, QT_TRANSLATE_NOOP("ErrorCodes", "The server answered with the wrong Content-Type"),
        Retry::DoesNot },
    // Voice
    { 13224, QT_TRANSLATE_NOOP("ErrorCodes", "The number dialled is invalid or not supported"),
        Retry::DoesNot },
    { 13225, QT_TRANSLATE_NOOP("ErrorCodes", "The number dialled is on Twilio's block list"),
        Retry::DoesNot },
    { 13227,
        QT_TRANSLATE_NOOP("ErrorCodes", "Calls to that country are off in the geo permissions"),
        Retry::DoesNot },
    { 20429, QT_TRANSLATE_NOOP("ErrorCodes", "Too many requests at once"), Retry::Helps },
    // Sending messages
    { 21211, QT_TRANSLATE_NOOP("ErrorCodes", "The 'To' number is not a valid phone number"),
        Retry::DoesNot },
    { 21408,
        QT_TRANSLATE_NOOP(
            "ErrorCodes", "Sending SMS to that region is not enabled for the account"),
        Retry::DoesNot },
    { 21610, QT_TRANSLATE_NOOP("ErrorCodes", "The recipient has opted out (replied STOP)"),
        Retry::DoesNot },
    { 21611, QT_TRANSLATE_NOOP("ErrorCodes", "The sending number has too many messages queued"),
        Retry::Helps },
    { 21612, QT_TRANSLATE_NOOP("ErrorCodes", "The 'To' number cannot receive SMS"),
        Retry::DoesNot },
    { 21614, QT_TRANSLATE_NOOP("ErrorCodes", "The 'To' number is not a mobile number"),
        Retry::DoesNot },
    { 21617, QT_TRANSLATE_NOOP("ErrorCodes", "The message is longer than 1,600 characters"),
        Retry::DoesNot },
    // Delivering messages
    { 30001, QT_TRANSLATE_NOOP("ErrorCodes", "The message waited too long in the send queue"),
        Retry::Helps },
    { 30002, QT_TRANSLATE_NOOP("ErrorCodes", "The account is suspended"), Retry::DoesNot },
    { 30003, QT_TRANSLATE_NOOP("ErrorCodes", "The phone is off or out of reach"), Retry::Helps },
    { 30004, QT_TRANSLATE_NOOP("ErrorCodes", "The recipient or carrier blocked the message"),
        Retry::DoesNot },
    { 30005, QT_TRANSLATE_NOOP("ErrorCodes", "The carrier does not know the number"),
        Retry::DoesNot },
    { 30006, QT_TRANSLATE_NOOP("ErrorCodes", "A landline, or a carrier that cannot be reached"),
        Retry::DoesNot },
    { 30007, QT_TRANSLATE_NOOP("ErrorCodes", "The carrier filtered the message"), Retry::DoesNot },
    { 30008,
        QT_TRANSLATE_NOOP("ErrorCodes", "Delivery failed for a reason the carrier did not give"),
        Retry::Helps },
    { 30009, QT_TRANSLATE_NOOP("ErrorCodes", "A part of a multi-part message went missing"),
        Retry::Helps },
    { 30010, QT_TRANSLATE_NOOP("ErrorCodes", "The message would cost more than its maximum price"),
        Retry::DoesNot },
    { 30011, QT_TRANSLATE_NOOP("ErrorCodes", "The number cannot receive MMS in that region"),
        Retry::DoesNot },
    { 30012, QT_TRANSLATE_NOOP("ErrorCodes", "The message's time to live is too short"),
        Retry::DoesNot },
    { 30013, QT_TRANSLATE_NOOP("ErrorCodes", "The message's time to live is too long"),
        Retry::DoesNot },
    { 30014, QT_TRANSLATE_NOOP("ErrorCodes", "The 'To' address has invalid attributes"),
        Retry::DoesNot },
    { 30015, QT_TRANSLATE_NOOP("ErrorCodes", "The channel is not supported"), Retry::DoesNot },
    { 30016, QT_TRANSLATE_NOOP("ErrorCodes", "The 'To' and 'From' are on channels that do not mix"),
        Retry::DoesNot },
    { 30017, QT_TRANSLATE_NOOP("ErrorCodes", "The carrier's network is congested"), Retry::Helps },
    { 30018, QT_TRANSLATE_NOOP("ErrorCodes", "The carrier wants the sender ID registered first"),
        Retry::DoesNot },
    { 30019, QT_TRANSLATE_NOOP("ErrorCodes", "The content is larger than the carrier takes"),
        Retry::DoesNot },
    { 30020, QT_TRANSLATE_NOOP("ErrorCodes", "Twilio could not schedule the message"),
        Retry::Helps },
    { 30021, QT_TRANSLATE_NOOP("ErrorCodes", "Twilio's messaging service failed internally"),
        Retry::Helps },
    { 30022, QT_TRANSLATE_NOOP("ErrorCodes", "Over the 10DLC campaign's sending rate"),
        Retry::Helps },
    { 30023, QT_TRANSLATE_NOOP("ErrorCodes", "The 10DLC campaign's daily cap is reached"),
        Retry::Helps },
    { 30024,
        QT_TRANSLATE_NOOP("ErrorCodes", "The numeric sender ID is not set up with the carrier"),
        Retry::DoesNot },
    { 30025, QT_TRANSLATE_NOOP("ErrorCodes", "Half of today's T-Mobile allowance is used"),
        Retry::Unknown },
    { 30026, QT_TRANSLATE_NOOP("ErrorCodes", "70 % of today's T-Mobile allowance is used"),
        Retry::Unknown },
    { 30027, QT_TRANSLATE_NOOP("ErrorCodes", "Today's T-Mobile allowance is used up"),
        Retry::Helps },
    { 30028, QT_TRANSLATE_NOOP("ErrorCodes", "The request named an API version that is not valid"),
        Retry::DoesNot },
    { 30029, QT_TRANSLATE_NOOP("ErrorCodes", "The ContentRetention setting is not valid"),
        Retry::DoesNot },
    { 30030, QT_TRANSLATE_NOOP("ErrorCodes", "The AddressRetention setting is not valid"),
        Retry::DoesNot },
    { 30031, QT_TRANSLATE_NOOP("ErrorCodes", "The MaxRate setting is not valid"), Retry::DoesNot },
    { 30032, QT_TRANSLATE_NOOP("ErrorCodes", "The toll-free number is not verified yet"),
        Retry::DoesNot },
    { 30033, QT_TRANSLATE_NOOP("ErrorCodes", "The 10DLC campaign is suspended"), Retry::DoesNot },
    { 30034, QT_TRANSLATE_NOOP("ErrorCodes", "The sending number is not registered for 10DLC"),
        Retry::DoesNot },
    { 30035,
        QT_TRANSLATE_NOOP("ErrorCodes", "The sending number's 10DLC registration is not finished"),
        Retry::Helps },
    { 31005, QT_TRANSLATE_NOOP("ErrorCodes", "The voice connection broke"), Retry::Helps },
    { 31009, QT_TRANSLATE_NOOP("ErrorCodes", "The voice transport failed"), Retry::Helps },
    { 32009, QT_TRANSLATE_NOOP("ErrorCodes", "The SIP user dialled is not registered"),
        Retry::Unknown },
    { 32011, QT_TRANSLATE_NOOP("ErrorCodes", "Twilio could not talk to the SIP infrastructure"),
        Retry::Helps },
    // Studio
    { 81000, QT_TRANSLATE_NOOP("ErrorCodes", "The execution reached Studio's step limit"),
        Retry::DoesNot },
    { 81001, QT_TRANSLATE_NOOP("ErrorCodes", "A widget ran in a loop too many times"),
        Retry::DoesNot },
    { 81002, QT_TRANSLATE_NOOP("ErrorCodes", "A widget got an event it has no transition for"),
        Retry::DoesNot },
    { 81004, QT_TRANSLATE_NOOP("ErrorCodes", "Studio could not add a member to the chat channel"),
        Retry::Unknown },
    { 81005, QT_TRANSLATE_NOOP("ErrorCodes", "No condition of a split matched, and no default"),
        Retry::DoesNot },
    { 81006, QT_TRANSLATE_NOOP("ErrorCodes", "Studio could not create the chat channel"),
        Retry::Unknown },
    { 81007, QT_TRANSLATE_NOOP("ErrorCodes", "Connecting the call took too long"), Retry::Helps },
    { 81008, QT_TRANSLATE_NOOP("ErrorCodes", "The outgoing call could not be connected"),
        Retry::Unknown },
    { 81009, QT_TRANSLATE_NOOP("ErrorCodes", "Putting the call in a queue took too long"),
        Retry::Helps },
    { 81010, QT_TRANSLATE_NOOP("ErrorCodes", "Studio failed internally running a Function"),
        Retry::Helps },
    { 81011, QT_TRANSLATE_NOOP("ErrorCodes", "Studio could not send the message"), Retry::Unknown },
    { 81012, QT_TRANSLATE_NOOP("ErrorCodes", "Studio could not update the Sync service"),
        Retry::Unknown },
    { 81013, QT_TRANSLATE_NOOP("ErrorCodes", "Studio could not reach the Understand API"),
        Retry::Unknown },
    { 81014, QT_TRANSLATE_NOOP("ErrorCodes", "Studio failed internally making an HTTP request"),
        Retry::Helps },
    { 81015, QT_TRANSLATE_NOOP("ErrorCodes", "Studio could not create the TaskRouter task"),
        Retry::Unknown },
    { 81016, QT_TRANSLATE_NOOP("ErrorCodes", "The HTTP request widget's call failed"),
        Retry::Unknown },
    { 81017, QT_TRANSLATE_NOOP("ErrorCodes", "The Function answered with an error"),
        Retry::Unknown },
    { 81018, QT_TRANSLATE_NOOP("ErrorCodes", "A {{…}} template in a widget could not be evaluated"),
        Retry::DoesNot },
    { 81019, QT_TRANSLATE_NOOP("ErrorCodes", "The phone number uses an API version Studio dropped"),
        Retry::DoesNot },
    { 81020, QT_TRANSLATE_NOOP("ErrorCodes", "The flow was started by a trigger it does not have"),
        Retry::DoesNot },
    { 81021,
        QT_TRANSLATE_NOOP("ErrorCodes",
            "A flow revision must be a number, LatestPublished or "
            "LatestRevision"),
        Retry::DoesNot },
    { 81022, QT_TRANSLATE_NOOP("ErrorCodes", "The flow's definition is not valid"),
        Retry::DoesNot },
    { 81023, QT_TRANSLATE_NOOP("ErrorCodes", "The REST API call gave malformed To or From"),
        Retry::DoesNot },
    { 81024, QT_TRANSLATE_NOOP("ErrorCodes", "A subflow failed"), Retry::Unknown },
    { 81025, QT_TRANSLATE_NOOP("ErrorCodes", "The flow has more widgets than Studio allows"),
        Retry::DoesNot },
    { 81026,
        QT_TRANSLATE_NOOP("ErrorCodes", "The execution stopped: the flow has too many widgets"),
        Retry::DoesNot },
    // Functions
    { 82001, QT_TRANSLATE_NOOP("ErrorCodes", "The Function answered with a 4xx status"),
        Retry::DoesNot },
    { 82002, QT_TRANSLATE_NOOP("ErrorCodes", "The Function's answer was an error"),
        Retry::Unknown },
    { 82003, QT_TRANSLATE_NOOP("ErrorCodes", "The Functions deployment failed to install"),
        Retry::DoesNot },
    { 82004, QT_TRANSLATE_NOOP("ErrorCodes", "The Function logged a warning"), Retry::Unknown },
    { 82005, QT_TRANSLATE_NOOP("ErrorCodes", "The Function logged an error"), Retry::Unknown },
    { 82006, QT_TRANSLATE_NOOP("ErrorCodes", "The Function's environment context is too large"),
        Retry::DoesNot },
    { 82007, QT_TRANSLATE_NOOP("ErrorCodes", "The Function's runtime is not supported"),
        Retry::DoesNot },
    { 82008, QT_TRANSLATE_NOOP("ErrorCodes", "The Function's headers or cookies are too large"),
        Retry::DoesNot },
    { 82009, QT_TRANSLATE_NOOP("ErrorCodes", "The Function returned a header with several values"),
        Retry::DoesNot },
};

const Entry *find(int code)
{
    const auto it = std::lower_bound(std::begin(kEntries), std::end(kEntries), code,
        [](const Entry &e, int c) { return e.code < c; });
    return it != std::end(kEntries) && it->code == code ? it : nullptr;
}

} // namespace

QString ErrorCodes::title(int code)
{
    const Entry *entry = find(code);
    return entry ? tr(entry->title) : QString();
}

ErrorCodes::Retry ErrorCodes::retry(int code)
{
    const Entry *entry = find(code);
    return entry ? entry->retry : Retry::Unknown;
}

QString ErrorCodes::retryText(int code)
{
    switch (retry(code)) {
    case Retry::Helps: return tr("retrying helps");
    case Retry::DoesNot: return tr("retrying does not help");
    case Retry::Unknown: break;
    }
    return {};
}

QUrl ErrorCodes::docsUrl(int code)
{
    return QUrl(u"https://www.twilio.com/docs/api/errors/"_s + QString::number(code));
}

QString ErrorCodes::describe(int code)
{
    const QString t = title(code);
    return t.isEmpty() ? QString::number(code) : tr("%1 %2").arg(code).arg(t);
}

QList<int> ErrorCodes::known()
{
    QList<int> codes;
    for (const Entry &entry : kEntries)
        codes << entry.code;
    return codes;
}

} // namespace flowscope
