#pragma once

// An .xlsx file that appears complete or not at all, as QSaveFile does for text: the typed cell
// records of cellrecords.h go in through write(), libxlsxwriter writes them in its
// constant-memory mode on a thread of its own (the window's thread never waits for XML or zip),
// into an unnamed file beside the target that is linked over it on commit (a pipe or a device is
// never replaced: the whole workbook is written into it, from the temporary folder).
//
// The first record is the header: bold, frozen, with an autofilter over the sheet, repeated on
// every sheet. Column widths are fitted to the header and the first rows. Excel's limits are said,
// never silently applied: a text longer than 32,767 characters is cut there with a marker that
// says so (rowsCut() counts the rows that lost text), and past 1,048,575 rows the rows go on to a
// new sheet ("Executions 2", …).

#include <QIODevice>
#include <QString>

#include <atomic>
#include <condition_variable>
#include <deque>
#include <memory>
#include <mutex>
#include <thread>

namespace flowscope {

class WorkbookFile final : public QIODevice
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WorkbookFile)

public:
    static constexpr qsizetype kMaxCellCharacters = 32'767; // UTF-16 units, as Excel counts
    static constexpr qint64 kMaxSheetRows = 1'048'576; // the header included

    explicit WorkbookFile(const QString &path, QObject *parent = nullptr);
    ~WorkbookFile() override; // cancels, unless committed

    QString fileName() const { return m_path; }
    bool isSequential() const override { return true; }
    // WriteOnly only. False (see errorString()) when the folder cannot take the file.
    bool open(OpenMode mode) override;
    // Writes whatever is queued, closes the workbook and puts it in place. Blocks until done;
    // false (see errorString()) leaves an existing file as it was.
    bool commit();
    // The same without blocking: committed() comes in this object's thread.
    void commitAsync();
    // Drops everything written so far; an existing file stays as it was.
    void cancelWriting();

    qint64 rowsWritten() const { return m_rows; } // data rows, every sheet
    qint64 rowsCut() const { return m_rowsCut; } // rows with text cut at kMaxCellCharacters
    int sheetCount() const { return m_sheets; }
    // Rows per sheet, the header included (tests: the real limit takes a million rows).
    void setRowsPerSheet(qint64 rows) { m_rowsPerSheet = rows; }

    // The marker ending a cut text, for `more` characters that did not fit.
    static QString cutMarker(qint64 more);

Q_SIGNALS:
    void committed(bool ok);

protected:
    qint64 readData(char *, qint64) override { return -1; }
    qint64 writeData(const char *data, qint64 length) override;

private:
    struct Writer; // the libxlsxwriter side, used only on the worker thread
    void run(); // the worker thread
    bool consume(const QByteArray &chunk); // false after setting m_failure
    bool putInPlace(); // after the workbook is closed: linked over the target, or why not
    bool copyIntoStream(); // the same for a pipe or a device: its bytes written into it
    void fail(const QString &why);
    // Tells the worker to write what is queued and put the file in place; false when not open.
    bool startClosing(bool async);
    // After the worker is done: closed, and on failure the error said and the temporary gone.
    bool settle(bool ok);
    void dropTemporary();

    QString m_path;
    QString m_namedTemp; // when the file system has no unnamed files
    int m_fd = -1;
    bool m_stream = false; // the target is a pipe or a device (OutputFile::isStream)
    qint64 m_rowsPerSheet = kMaxSheetRows;
    std::unique_ptr<Writer> m_writer;

    // Between the caller's thread and the worker.
    mutable std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<QByteArray> m_queue;
    qsizetype m_queuedBytes = 0;
    enum class Stop { No, Close, Drop } m_stop = Stop::No;
    bool m_async = false; // the worker puts the file in place and says so
    bool m_failed = false;
    bool m_placed = false; // the worker's outcome: closed and put in place
    QString m_failure;
    std::thread m_thread;
    bool m_committed = false;
    std::atomic<qint64> m_rows { 0 };
    std::atomic<qint64> m_rowsCut { 0 };
    std::atomic<int> m_sheets { 0 };
};

} // namespace flowscope
