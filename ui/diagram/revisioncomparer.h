#pragma once

// The Diagram tab's "Compare with revision…": a button whose menu lists the flow's revisions
// (number, date, commit message; the one the execution ran on said so), and, once one is picked,
// the two revisions compared on the canvas (FlowCanvas::setComparison) with a list under it of
// every change — a click on one centres the canvas on it. "Back to the path" ends it, as does
// another execution.

#include "diagram/revisioncompare.h"

#include <QObject>

#include <optional>

class QListWidget;
class QMenu;
class QToolButton;

namespace flowscope {

class FlowCanvas;

class RevisionComparer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RevisionComparer)

public:
    // The button and the list are children of `widgetParent`, for the caller to lay out.
    RevisionComparer(StudioClient *client, FlowCanvas *canvas, QWidget *widgetParent);

    QToolButton *button() const { return m_button; }
    QListWidget *changeList() const { return m_list; }

    // What is compared from: the execution's flow and the revision it ran on (0: not known, and
    // nothing can be compared). Another subject ends a comparison.
    void setSubject(const QString &flowSid, int revision);
    void compareWith(int revision);
    void stop();
    bool isComparing() const { return m_with != 0; }
    const std::optional<RevisionComparison> &comparison() const { return m_comparison; }
    RevisionCompare *source() const { return m_compare; }
    // A box of the canvas clicked while comparing: its change chosen in the list.
    void boxClicked(int box);

Q_SIGNALS:
    void note(const QString &text); // what the diagram's note should say
    void shown(); // the comparison is drawn
    void stopped(); // back to the execution's path

private:
    void fillMenu();
    void arrived(const RevisionComparison &comparison);
    void listChanges(const RevisionComparison &comparison);
    void changeChosen(int row);

    RevisionCompare *m_compare; // child
    FlowCanvas *m_canvas; // not owned
    QToolButton *m_button;
    QMenu *m_menu;
    QListWidget *m_list;
    QString m_flowSid;
    int m_revision = 0; // the execution's
    int m_with = 0; // compared with; 0: not comparing
    std::optional<RevisionComparison> m_comparison;
};

} // namespace flowscope
