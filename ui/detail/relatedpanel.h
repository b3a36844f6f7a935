#pragma once

// "What Twilio said" at the selected step: each message (to, status, the error code with its
// meaning and whether retrying helps, when sent, segments), call (status, duration, answered by)
// and Debugger alert (code, level, text, the URL called, the response body and headers — a JSON
// tree when they parse, text when not), each with a link to its page in the Console and to the
// error's page. Without a step: what the execution holds, and which steps to look at.

#include "related/relatedfetch.h"
#include "util/worker.h"

#include <QWidget>

#include <optional>

class QLabel;
class QScrollArea;
class QVBoxLayout;

namespace flowscope {

class JsonTreeWidget;

class RelatedPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RelatedPanel)

public:
    explicit RelatedPanel(QWidget *parent = nullptr);
    ~RelatedPanel() override;

    void setResources(const RelatedResources &resources, const QString &accountSid);
    void showStep(int step); // -1: the execution as a whole
    void showMessage(const QString &message); // reading, or why it cannot be read
    void clear();

    int shownStep() const { return m_step; }
    // The cards shown (a resource each) and, for a test, the trees of the bodies that parsed.
    int cardCount() const { return m_cards; }
    QList<JsonTreeWidget *> bodyTrees() const;
    QStringList cardTexts() const; // as they read, without the marks that only help layout

private:
    void rebuild();
    void addCard(const QString &html, bool error);
    void addBody(const QString &title, const QString &body);
    void addMessageCard(const RelatedMessage &message);
    void addCallCard(const RelatedCall &call);
    void addAlertCard(const RelatedAlert &alert);

    std::optional<RelatedResources> m_resources;
    QString m_accountSid;
    int m_step = -1;
    int m_cards = 0;
    QLabel *m_heading;
    QScrollArea *m_scroll;
    QWidget *m_list = nullptr; // rebuilt for each step
    QVBoxLayout *m_listLayout = nullptr;
    Handoff m_parse { this, Handoff::Keep::Every };
};

} // namespace flowscope
