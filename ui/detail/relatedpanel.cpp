#include "relatedpanel.h"

#include "detail/jsontreemodel.h"
#include "jsontreewidget.h"
#include "related/errorcodes.h"
#include "util/textformat.h"

#include <QFontDatabase>
#include <QFrame>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QScrollArea>
#include <QTextDocumentFragment>
#include <QUrl>
#include <QUrlQuery>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace flowscope {

namespace {

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

// Long words (a URL, a form of parameters) may break after their separators: a zero-width space
// there lets the label wrap instead of widening the panel. Escaped after the spaces are in, so
// that an entity (&amp;) is never split.
QString breakable(const QString &text)
{
    QString out = text;
    for (const QChar c : { u'/', u'&', u'?', u'=', u',' })
        out.replace(c, QString(c) + QChar(0x200B));
    return esc(out);
}

// Monitor writes headers and request variables as a form: one field a line, decoded.
QString formLines(QString form)
{
    form.replace(u'+', u' ');
    QStringList lines;
    for (const auto &[name, value] : QUrlQuery(form).queryItems(QUrl::FullyDecoded))
        lines << name + u": "_s + value;
    return lines.join(u'\n');
}

// A URL reads left to right even beside right-to-left words: it is embedded as such.
QString leftToRight(const QString &html)
{
    return QChar(0x202A) + html + QChar(0x202C);
}

// A URL as a person reads it: where it went, then each query parameter decoded on its own line
// (a customer's words in any script read whole, not broken up by the URL's left-to-right order).
QStringList urlLines(const QString &lead, const QUrl &url)
{
    QUrl where = url;
    where.setQuery(QString());
    where.setFragment(QString());
    QStringList lines { lead + leftToRight(breakable(where.toDisplayString())) };
    for (const auto &[name, value] : QUrlQuery(url).queryItems(QUrl::FullyDecoded))
        lines << u"&nbsp;&nbsp;%1 = %2"_s.arg(esc(name), esc(value));
    return lines;
}

bool isWebUrl(const QString &text)
{
    return text.startsWith(u"https://"_s) || text.startsWith(u"http://"_s);
}

// Monitor writes an alert's text as a form (Msg=Outbound+HTTP+Request+Failed&httpResponse=504&…):
// its message first, then each other field on its own line, each value decoded. A URL the alert
// also names as its request is not shown twice.
QStringList alertTextLines(const QString &alertText, const QUrl &requestUrl)
{
    if (!alertText.contains(u'='))
        return { RelatedPanel::tr("Said: %1").arg(breakable(alertText)) };
    QString form = alertText;
    form.replace(u'+', u' ');
    QStringList lines;
    QStringList fields;
    for (const auto &[name, value] : QUrlQuery(form).queryItems(QUrl::FullyDecoded)) {
        if (name == u"Msg"_s)
            lines << RelatedPanel::tr("Said: %1").arg(esc(value));
        else if (!isWebUrl(value))
            fields << u"%1: %2"_s.arg(esc(name), breakable(value));
        else if (QUrl(value) != requestUrl)
            fields << urlLines(esc(name) + u": "_s, QUrl(value));
    }
    return lines + fields;
}

QString link(const QUrl &url, const QString &text)
{
    return u"<a href=\"%1\">%2</a>"_s.arg(esc(url.toString(QUrl::FullyEncoded)), esc(text));
}

// An error code in words: its title, whether retrying helps, and its page.
QString errorLine(int code)
{
    const QString title = ErrorCodes::title(code);
    const QString retry = ErrorCodes::retryText(code);
    QString line = title.isEmpty() ? RelatedPanel::tr("Error %1").arg(code)
                                   : RelatedPanel::tr("Error %1: %2").arg(code).arg(esc(title));
    if (!retry.isEmpty())
        line = RelatedPanel::tr("%1 (%2)").arg(line, esc(retry));
    return RelatedPanel::tr("%1 · %2").arg(
        line, link(ErrorCodes::docsUrl(code), RelatedPanel::tr("Twilio's page on %1").arg(code)));
}

} // namespace

RelatedPanel::RelatedPanel(QWidget *parent)
    : QWidget(parent)
    , m_heading(new QLabel(this))
    , m_scroll(new QScrollArea(this))
{
    m_heading->setWordWrap(true);
    m_heading->setObjectName(u"relatedHeading"_s);
    m_heading->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setAccessibleName(tr("What Twilio said"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_heading);
    layout->addWidget(m_scroll, 1);
    clear();
}

RelatedPanel::~RelatedPanel() = default;

void RelatedPanel::clear()
{
    m_resources.reset();
    m_step = -1;
    showMessage(tr("Select an execution to see what Twilio said about it."));
}

void RelatedPanel::showMessage(const QString &message)
{
    m_parse.cancel();
    m_heading->setText(message);
    delete m_scroll->takeWidget();
    m_list = nullptr;
    m_cards = 0;
}

void RelatedPanel::setResources(const RelatedResources &resources, const QString &accountSid)
{
    m_resources = resources;
    m_accountSid = accountSid;
    rebuild();
}

void RelatedPanel::showStep(int step)
{
    m_step = step;
    if (m_resources)
        rebuild();
}

QList<JsonTreeWidget *> RelatedPanel::bodyTrees() const
{
    return m_list ? m_list->findChildren<JsonTreeWidget *>() : QList<JsonTreeWidget *>();
}

QStringList RelatedPanel::cardTexts() const
{
    QStringList texts;
    if (!m_list)
        return texts;
    for (const QLabel *label : m_list->findChildren<QLabel *>(u"cardText"_s)) {
        QString text = QTextDocumentFragment::fromHtml(label->text()).toPlainText();
        text.remove(QChar(0x200B)).remove(QChar(0x202A)).remove(QChar(0x202C));
        texts << text;
    }
    return texts;
}

void RelatedPanel::rebuild()
{
    showMessage({});
    const RelatedResources &r = *m_resources;
    m_list = new QWidget;
    m_listLayout = new QVBoxLayout(m_list);
    m_listLayout->setContentsMargins(0, 0, 0, 0);
    const auto here = [this](const StepPin &pin) { return m_step < 0 || pin.step == m_step; };
    for (const RelatedMessage &m : r.messages) {
        if (here(m.pin))
            addMessageCard(m);
    }
    for (const RelatedCall &c : r.calls) {
        if (here(c.pin))
            addCallCard(c);
    }
    for (const RelatedAlert &a : r.alerts) {
        if (here(a.pin))
            addAlertCard(a);
    }
    m_listLayout->addStretch(1);
    m_scroll->setWidget(m_list);

    QStringList notes;
    if (r.alertsDenied)
        notes << tr("Alerts are left out: this key cannot read the Debugger.");
    else if (r.alertsError.isError())
        notes << tr("Alerts could not be listed: %1").arg(r.alertsError.userMessage());
    if (r.probableUnplaced > 0)
        notes << tr("%n alert(s) naming only the flow fit no single step and are not shown.",
            nullptr, r.probableUnplaced);
    const int all = int(r.messages.size() + r.calls.size() + r.alerts.size());
    QString heading;
    if (m_step >= 0 && m_cards == 0)
        heading = tr(
            "Twilio kept nothing else about this step (%n about the execution).", nullptr, all);
    else if (m_step >= 0)
        heading = tr("What Twilio said about this step:");
    else if (all == 0)
        heading = tr("Twilio kept no message, call or Debugger alert about this execution.");
    else
        heading = tr("%n message(s), call(s) and alert(s) about this execution; select a marked "
                     "step for its own.",
            nullptr, all);
    notes.prepend(heading);
    m_heading->setText(notes.join(u' '));
}

void RelatedPanel::addCard(const QString &html, bool error)
{
    auto *card = new QFrame(m_list);
    card->setFrameShape(QFrame::StyledPanel);
    auto *layout = new QVBoxLayout(card);
    auto *text = new QLabel(html, card);
    text->setObjectName(u"cardText"_s);
    text->setTextFormat(Qt::RichText);
    text->setWordWrap(true);
    text->setOpenExternalLinks(true);
    text->setTextInteractionFlags(Qt::TextBrowserInteraction);
    text->setAccessibleName(error
            ? tr("Error: %1").arg(QTextDocumentFragment::fromHtml(html).toPlainText())
            : QTextDocumentFragment::fromHtml(html).toPlainText());
    layout->addWidget(text);
    if (error) {
        card->setObjectName(u"errorCard"_s);
        card->setStyleSheet(u"#errorCard { border-left: 4px solid #d93025; }"_s);
    }
    m_listLayout->addWidget(card);
    ++m_cards;
}

void RelatedPanel::addMessageCard(const RelatedMessage &m)
{
    const QString console = link(consolePage(m.sid, m_accountSid), tr("Open in Twilio Console"));
    QStringList lines;
    if (m.gone) {
        lines << tr("<b>Message %1</b>: no longer at Twilio (deleted, or past its retention).")
                     .arg(esc(m.sid));
    } else if (!m.found) {
        lines << tr("<b>Message %1</b>: %2")
                     .arg(esc(m.sid), esc(m.problem.isEmpty() ? tr("not read") : m.problem));
    } else {
        lines << (m.isInbound() ? tr("<b>Message from %1</b> — %2")
                                : tr("<b>Message to %1</b> — <b>%2</b>"))
                     .arg(esc(m.isInbound() ? m.from : m.to), esc(m.status));
        if (m.errorCode)
            lines << errorLine(m.errorCode);
        lines << tr("Sent %1 · %n segment(s)", nullptr, std::max(0, m.segments))
                     .arg(TextFormat::localTimeOrDash(m.dateSent));
    }
    if (!m.widget.isEmpty())
        lines << tr("Named by widget %1 · %2").arg(esc(m.widget), console);
    else
        lines << tr("It started the execution · %1").arg(console);
    addCard(lines.join(u"<br>"_s), m.found && m.notDelivered());
}

void RelatedPanel::addCallCard(const RelatedCall &c)
{
    const QString console = link(consolePage(c.sid, m_accountSid), tr("Open in Twilio Console"));
    QStringList lines;
    if (!c.found) {
        lines << (c.gone
                ? tr("<b>Call %1</b>: no longer at Twilio (deleted, or past its "
                     "retention).")
                      .arg(esc(c.sid))
                : tr("<b>Call %1</b>: %2")
                      .arg(esc(c.sid), esc(c.problem.isEmpty() ? tr("not read") : c.problem)));
    } else {
        lines << tr("<b>Call %1 → %2</b> — <b>%3</b>").arg(esc(c.from), esc(c.to), esc(c.status));
        QStringList details;
        if (c.durationSeconds >= 0)
            details << tr("lasted %n second(s)", nullptr, c.durationSeconds);
        if (!c.answeredBy.isEmpty())
            details << tr("answered by %1").arg(esc(c.answeredBy));
        details << tr("started %1").arg(TextFormat::localTimeOrDash(c.startTime));
        lines << QLocale().createSeparatedList(details);
    }
    lines << (c.widget.isEmpty() ? tr("It started the execution · %1").arg(console)
                                 : tr("Named by widget %1 · %2").arg(esc(c.widget), console));
    addCard(lines.join(u"<br>"_s), c.found && c.notConnected());
}

void RelatedPanel::addAlertCard(const RelatedAlert &a)
{
    QStringList lines;
    lines << (a.probable ? tr("<b>Debugger %1</b> at %2 — probable: it names only the flow, and "
                              "its time and URL fit this step alone")
                         : tr("<b>Debugger %1</b> at %2"))
                 .arg(esc(a.logLevel), TextFormat::localTimeOrDash(a.dateGenerated));
    lines << errorLine(a.errorCode);
    if (!a.alertText.isEmpty())
        lines << alertTextLines(a.alertText, QUrl(a.requestUrl));
    if (!a.requestUrl.isEmpty())
        lines << urlLines(tr("Called: %1 ").arg(esc(a.requestMethod)), QUrl(a.requestUrl));
    lines << link(consolePage(a.sid, m_accountSid), tr("Open in the Debugger"));
    addCard(lines.join(u"<br>"_s), a.isError());
    if (!a.detailed) {
        addCard(tr("The request and response of this alert could not be read."), false);
        return;
    }
    if (!a.responseBody.isEmpty())
        addBody(tr("The response body"), a.responseBody);
    if (!a.responseHeaders.isEmpty())
        addBody(tr("The response headers"), formLines(a.responseHeaders));
    if (!a.requestVariables.isEmpty())
        addBody(tr("What was sent"), formLines(a.requestVariables));
}

// A body as a JSON tree when it parses (parsed on a worker: it may be large), as text when not.
void RelatedPanel::addBody(const QString &title, const QString &body)
{
    auto *label = new QLabel(u"<b>%1</b>"_s.arg(esc(title)), m_list);
    m_listLayout->addWidget(label);
    auto *text = new QPlainTextEdit(body, m_list);
    text->setReadOnly(true);
    text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    text->setAccessibleName(title);
    text->setMaximumHeight(160);
    m_listLayout->addWidget(text);
    const QByteArray json = body.toUtf8();
    const QString trimmed = body.trimmed();
    if (!trimmed.startsWith(u'{') && !trimmed.startsWith(u'['))
        return;
    m_parse.run([json] { return JsonDocument::parse(json); },
        [this, text, title](const std::shared_ptr<JsonDocument> &document) {
            if (!document || !m_list)
                return;
            auto *tree = new JsonTreeWidget(m_list);
            tree->setAccessibleName(title);
            tree->setDocument(document);
            tree->setMinimumHeight(160);
            delete m_listLayout->replaceWidget(text, tree); // the layout's item is ours
            text->deleteLater();
        });
}

} // namespace flowscope
