#pragma once

// The flow picker: type to search the account's flows by friendly name or SID (each entry shows
// name, status, version and SID), or paste a flow SID — checked before anything is sent.

#include <QWidget>

class QCompleter;
class QLineEdit;
class QToolButton;

namespace flowscope {

class FlowsModel;

class FlowPicker final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FlowPicker)

public:
    explicit FlowPicker(FlowsModel *flows, QWidget *parent = nullptr);

    QString currentSid() const { return m_sid; }
    QLineEdit *lineEdit() const { return m_edit; }
    QCompleter *completer() const { return m_completer; }

    // Selects a flow as if the user had picked it (emits flowChosen).
    void choose(const QString &sid);
    // Resolves what was typed: a flow's name or SID, or a pasted SID. Emits flowChosen or
    // invalidInput; nothing is sent for invalid input.
    void commit();
    void clear();

Q_SIGNALS:
    void flowChosen(const QString &sid, const QString &friendlyName);
    void invalidInput(const QString &explanation);

protected:
    // Escape in the field gives back the flow's name (a half-typed search is dropped).
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void showFlow(const QString &sid);

    FlowsModel *m_flows; // not owned
    QLineEdit *m_edit;
    QCompleter *m_completer;
    QToolButton *m_reload;
    QString m_sid;
};

} // namespace flowscope
