#include "workbookfile.h"

#include "cellrecords.h"
#include "util/outputfile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QTemporaryFile>

#include <xlsxwriter.h>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cstring>
#include <string>
#include <utility>
#include <vector>

using namespace Qt::StringLiterals;

namespace flowscope {

namespace {

constexpr qsizetype kQueueLimit = 8 * 1024 * 1024; // bytes waiting for the worker
constexpr int kSampleRows = 1000; // rows per sheet the column widths are fitted to
constexpr double kMinWidth = 6;
constexpr double kMaxWidth = 60;

// UTF-16 units of UTF-8 text (as Excel counts a cell's characters).
qsizetype utf16Length(std::string_view utf8)
{
    qsizetype units = 0;
    for (const char c : utf8) {
        const auto b = static_cast<unsigned char>(c);
        if ((b & 0xC0) != 0x80)
            ++units; // a lead byte: one unit
        if (b >= 0xF0)
            ++units; // four bytes: a surrogate pair
    }
    return units;
}

// The umask, read without changing it (umask() itself sets it, for every thread).
mode_t currentUmask()
{
    QFile status(u"/proc/self/status"_s);
    if (status.open(QIODevice::ReadOnly)) {
        for (const QByteArray &line : status.readAll().split('\n')) {
            if (line.startsWith("Umask:"))
                return mode_t(line.mid(6).trimmed().toUInt(nullptr, 8));
        }
    }
    return 022;
}

} // namespace

QString WorkbookFile::cutMarker(qint64 more)
{
    return tr(" […cut here: %1 more characters do not fit in a spreadsheet cell; export JSONL "
              "for the whole text]")
        .arg(more);
}

// ---- the libxlsxwriter side (the worker thread only) ----------------------------------------

struct WorkbookFile::Writer
{
    QByteArray target; // the name libxlsxwriter writes the zip to
    QByteArray tmpdir;
    lxw_workbook *book = nullptr;
    lxw_worksheet *sheet = nullptr;
    lxw_format *bold = nullptr;
    lxw_format *time = nullptr;
    std::vector<std::string> header;
    bool headerDone = false;
    lxw_row_t row = 0;
    lxw_col_t col = 0;
    int sheets = 0;
    int sampleLeft = 0;
    std::vector<double> widths;
    bool rowCut = false;
    QByteArray pending; // part of a record, waiting for the rest
    std::string buffer; // NUL-terminated text for the C API
    lxw_error error = LXW_NO_ERROR;

    ~Writer()
    {
        if (book)
            lxw_workbook_free(book); // dropped: nothing is written
    }

    void fit(lxw_col_t column, double width)
    {
        if (column >= widths.size())
            widths.resize(column + 1, kMinWidth);
        widths[column] = std::clamp(std::max(widths[column], width + 2), kMinWidth, kMaxWidth);
    }

    void check(lxw_error result)
    {
        if (result != LXW_NO_ERROR && error == LXW_NO_ERROR)
            error = result;
    }

    void startSheet()
    {
        ++sheets;
        const QByteArray name = sheets == 1 ? QByteArrayLiteral("Executions")
                                            : "Executions " + QByteArray::number(sheets);
        sheet = workbook_add_worksheet(book, name.constData());
        if (!sheet) {
            check(LXW_ERROR_MEMORY_MALLOC_FAILED);
            return;
        }
        widths.assign(header.size(), kMinWidth);
        for (size_t k = 0; k < header.size(); ++k) {
            check(worksheet_write_string(sheet, 0, lxw_col_t(k), header[k].c_str(), bold));
            fit(lxw_col_t(k), double(utf16Length(header[k])));
        }
        worksheet_freeze_panes(sheet, 1, 0);
        row = 1;
        col = 0;
        sampleLeft = kSampleRows;
    }

    void finishSheet()
    {
        if (!sheet)
            return;
        for (size_t k = 0; k < widths.size(); ++k)
            check(worksheet_set_column(sheet, lxw_col_t(k), lxw_col_t(k), widths[k], nullptr));
        if (!header.empty())
            check(worksheet_autofilter(sheet, 0, 0, row - 1, lxw_col_t(header.size() - 1)));
        sheet = nullptr;
    }

    void writeText(std::string_view text, qint64 *cutRows)
    {
        buffer.assign(text);
        // A NUL would end the C string there: written as the spreadsheet escape for it.
        for (size_t at = buffer.find('\0'); at != std::string::npos; at = buffer.find('\0', at))
            buffer.replace(at, 1, "_x0000_");
        if (qsizetype(buffer.size()) > kMaxCellCharacters) {
            const qsizetype units = utf16Length(buffer);
            if (units > kMaxCellCharacters) {
                // Keep what fits with the marker, cut at a character boundary.
                const QByteArray marker
                    = cutMarker(units - (kMaxCellCharacters - 200)).toUtf8(); // a bound
                const qsizetype keepUnits = kMaxCellCharacters
                    - utf16Length(std::string_view(marker.constData(), size_t(marker.size())));
                qsizetype kept = 0;
                size_t end = 0;
                while (end < buffer.size()) {
                    const auto b = static_cast<unsigned char>(buffer[end]);
                    const int bytes = b < 0x80 ? 1 : b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : 2;
                    const int width = bytes == 4 ? 2 : 1;
                    if (kept + width > keepUnits)
                        break;
                    kept += width;
                    end += size_t(bytes);
                }
                buffer.resize(end);
                buffer += cutMarker(units - kept).toStdString();
                if (!std::exchange(rowCut, true))
                    ++*cutRows;
            }
        }
        check(worksheet_write_string(sheet, row, col, buffer.c_str(), nullptr));
        if (sampleLeft > 0)
            fit(col, double(std::min<qsizetype>(utf16Length(buffer), qsizetype(kMaxWidth))));
    }

    void writeCell(const cells::Cell &cell, qint64 *cutRows)
    {
        switch (cell.tag) {
        case cells::Text: writeText(cell.text, cutRows); break;
        case cells::Time: {
            // Excel's serial days since 1899-12-30, of the wall clock the offset gives.
            const double serial
                = double(cell.ms + qint64(cell.offsetSeconds) * 1000) / 86'400'000.0 + 25'569.0;
            check(worksheet_write_number(sheet, row, col, serial, time));
            if (sampleLeft > 0)
                fit(col, 19); // yyyy-mm-dd hh:mm:ss
            break;
        }
        case cells::Number:
            check(worksheet_write_number(sheet, row, col, cell.number, nullptr));
            if (sampleLeft > 0)
                fit(col, double(QByteArray::number(cell.number, 'g', 15).size()));
            break;
        case cells::Bool:
            check(worksheet_write_boolean(sheet, row, col, cell.boolean ? 1 : 0, nullptr));
            if (sampleLeft > 0)
                fit(col, 5);
            break;
        case cells::Empty:
        case cells::RowEnd: break;
        }
        ++col;
    }
};

// ---- the caller's side -----------------------------------------------------------------------

WorkbookFile::WorkbookFile(const QString &path, QObject *parent)
    : QIODevice(parent)
    , m_path(path)
{ }

WorkbookFile::~WorkbookFile()
{
    if (!m_committed)
        cancelWriting();
    if (m_thread.joinable())
        m_thread.join();
}

bool WorkbookFile::open(OpenMode mode)
{
    if (isOpen() || (mode & ~(WriteOnly | Truncate | Unbuffered)) || !(mode & WriteOnly)) {
        setErrorString(tr("a workbook can only be written, once"));
        return false;
    }
    const QFileInfo info(m_path);
    if (info.isDir()) {
        setErrorString(tr("it is a folder"));
        return false;
    }
    // A pipe or a device is written into once the workbook is whole; it is zipped in the
    // temporary folder first, never beside /dev/null.
    m_stream = OutputFile::isStream(m_path);
    const QByteArray folder = QFile::encodeName(OutputFile::workingFolder(m_path));
    auto writer = std::make_unique<Writer>();
    // An unnamed file in the target's folder: nothing to clean up however the export ends.
    m_fd = ::open(folder.constData(), O_TMPFILE | O_WRONLY | O_CLOEXEC, 0600);
    if (m_fd >= 0) {
        writer->target = "/proc/self/fd/" + QByteArray::number(m_fd);
    } else {
        QTemporaryFile named(m_stream
                ? QDir(QString::fromLocal8Bit(folder)).filePath(u"flowscope-XXXXXX.xlsx"_s)
                : info.absoluteFilePath() + u".XXXXXX"_s);
        named.setAutoRemove(false);
        if (!named.open()) {
            setErrorString(named.errorString());
            return false;
        }
        m_namedTemp = named.fileName();
        writer->target = QFile::encodeName(m_namedTemp);
    }
    writer->tmpdir = folder;
    lxw_workbook_options options {};
    options.constant_memory = LXW_TRUE;
    options.tmpdir = writer->tmpdir.data();
    writer->book = workbook_new_opt(writer->target.constData(), &options);
    if (!writer->book) {
        setErrorString(tr("the workbook could not be created"));
        dropTemporary();
        return false;
    }
    writer->bold = workbook_add_format(writer->book);
    format_set_bold(writer->bold);
    writer->time = workbook_add_format(writer->book);
    format_set_num_format(writer->time, "yyyy-mm-dd hh:mm:ss");
    m_writer = std::move(writer);
    QIODevice::open(mode | Unbuffered);
    m_thread = std::thread([this] { run(); });
    return true;
}

qint64 WorkbookFile::writeData(const char *data, qint64 length)
{
    std::unique_lock lock(m_mutex);
    // Memory stays bounded when the workbook is written slower than rows come.
    m_changed.wait(lock, [this] { return m_failed || m_queuedBytes < kQueueLimit; });
    if (m_failed) {
        setErrorString(m_failure);
        return -1;
    }
    m_queue.emplace_back(data, qsizetype(length));
    m_queuedBytes += qsizetype(length);
    m_changed.notify_all();
    return length;
}

void WorkbookFile::run()
{
    bool close = false;
    for (;;) {
        QByteArray chunk;
        {
            std::unique_lock lock(m_mutex);
            m_changed.wait(lock, [this] { return !m_queue.empty() || m_stop != Stop::No; });
            if (m_stop == Stop::Drop)
                break;
            if (m_queue.empty()) {
                close = true; // Stop::Close, everything written
                break;
            }
            chunk = std::move(m_queue.front());
            m_queue.pop_front();
            m_queuedBytes -= chunk.size();
            m_changed.notify_all();
            if (m_failed)
                continue; // drained unwritten, so no writer waits
        }
        consume(chunk);
    }
    bool ok = false;
    if (close && !m_failed) {
        Writer &w = *m_writer;
        if (!w.pending.isEmpty())
            fail(tr("the last row was incomplete"));
        if (!w.headerDone && !m_failed)
            w.startSheet(); // nothing came: one empty sheet, a valid workbook
        w.finishSheet();
        if (!m_failed && w.error != LXW_NO_ERROR)
            fail(QString::fromUtf8(lxw_strerror(w.error)));
        if (!m_failed) {
            const lxw_error closed = workbook_close(w.book);
            w.book = nullptr; // closed frees it, whatever the outcome
            if (closed != LXW_NO_ERROR)
                fail(QString::fromUtf8(lxw_strerror(closed)));
        }
        ok = !m_failed;
    }
    // Closed whole: in place from here too, so that the caller's thread only settles.
    ok = ok && putInPlace();
    bool async = false;
    {
        std::lock_guard lock(m_mutex);
        async = m_async;
        m_placed = ok;
    }
    if (async) {
        QMetaObject::invokeMethod(
            this,
            [this, ok] {
                if (m_thread.joinable())
                    m_thread.join(); // it has posted this as its last act
                Q_EMIT committed(settle(ok));
            },
            Qt::QueuedConnection);
    }
}

void WorkbookFile::fail(const QString &why)
{
    std::lock_guard lock(m_mutex);
    if (!m_failed) {
        m_failed = true;
        m_failure = why;
    }
    m_changed.notify_all();
}

bool WorkbookFile::consume(const QByteArray &chunk)
{
    Writer &w = *m_writer;
    w.pending += chunk;
    std::string_view data(w.pending.constData(), size_t(w.pending.size()));
    size_t used = 0;
    qint64 cut = 0;
    qint64 rows = 0;
    cells::Cell cell;
    for (;;) {
        const size_t n = cells::readCell(data.substr(used), &cell);
        if (n == 0)
            break; // the rest comes with the next chunk
        if (n == size_t(-1)) {
            fail(tr("the rows to write were corrupt"));
            return false;
        }
        used += n;
        if (!w.headerDone) {
            if (cell.tag == cells::RowEnd) {
                w.headerDone = true;
                w.startSheet();
            } else {
                w.header.emplace_back(cell.tag == cells::Text ? cell.text : std::string_view());
            }
            continue;
        }
        if (cell.tag == cells::RowEnd) {
            ++w.row;
            w.col = 0;
            w.rowCut = false;
            if (w.sampleLeft > 0)
                --w.sampleLeft;
            ++rows;
            continue;
        }
        if (w.col == 0 && qint64(w.row) >= m_rowsPerSheet) {
            w.finishSheet();
            w.startSheet();
            m_sheets = w.sheets;
        }
        w.writeCell(cell, &cut);
    }
    w.pending.remove(0, qsizetype(used));
    m_rows += rows;
    m_rowsCut += cut;
    m_sheets = w.sheets;
    if (w.error != LXW_NO_ERROR) {
        fail(QString::fromUtf8(lxw_strerror(w.error)));
        return false;
    }
    return true;
}

bool WorkbookFile::copyIntoStream()
{
    const QByteArray source
        = m_fd >= 0 ? "/proc/self/fd/" + QByteArray::number(m_fd) : QFile::encodeName(m_namedTemp);
    QFile from(QString::fromLocal8Bit(source));
    if (!from.open(QIODevice::ReadOnly)) {
        fail(tr("cannot read the workbook back: %1").arg(from.errorString()));
        return false;
    }
    OutputFile to(m_path);
    QString why;
    if (!to.open(&why)) {
        fail(why);
        return false;
    }
    QByteArray block;
    while (!(block = from.read(1 << 16)).isEmpty()) {
        if (to.device()->write(block) != block.size()) {
            fail(to.device()->errorString());
            return false;
        }
    }
    if (from.error() != QFileDevice::NoError) {
        fail(from.errorString());
        return false;
    }
    if (!to.commit(&why)) {
        fail(why);
        return false;
    }
    dropTemporary();
    return true;
}

bool WorkbookFile::putInPlace()
{
    if (m_stream)
        return copyIntoStream();
    const QByteArray target = QFile::encodeName(QFileInfo(m_path).absoluteFilePath());
    struct stat existing
    {
    };
    const mode_t mode = ::stat(target.constData(), &existing) == 0
        ? mode_t(existing.st_mode & 07777)
        : mode_t(0666 & ~currentUmask()); // as a new file would get
    const auto failed = [this](const QString &what) {
        fail(what + u": "_s + QString::fromLocal8Bit(std::strerror(errno)));
        return false;
    };
    if (m_fd >= 0) {
        if (::fsync(m_fd) != 0)
            return failed(tr("cannot write"));
        ::fchmod(m_fd, mode);
        // Linked under a name of its own, then renamed over the target (rename is atomic).
        const QByteArray procPath = "/proc/self/fd/" + QByteArray::number(m_fd);
        QByteArray linked;
        for (int attempt = 0;; ++attempt) {
            linked = target + ".flowscope-"
                + QByteArray::number(QRandomGenerator::global()->generate(), 16);
            if (::linkat(
                    AT_FDCWD, procPath.constData(), AT_FDCWD, linked.constData(), AT_SYMLINK_FOLLOW)
                == 0)
                break;
            if (errno != EEXIST || attempt > 8)
                return failed(tr("cannot put the workbook in place"));
        }
        if (::rename(linked.constData(), target.constData()) != 0) {
            const int saved = errno;
            ::unlink(linked.constData());
            errno = saved;
            return failed(tr("cannot put the workbook in place"));
        }
        ::close(m_fd);
        m_fd = -1;
        return true;
    }
    const QByteArray named = QFile::encodeName(m_namedTemp);
    const int fd = ::open(named.constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0 || ::fsync(fd) != 0) {
        if (fd >= 0)
            ::close(fd);
        return failed(tr("cannot write"));
    }
    ::close(fd);
    ::chmod(named.constData(), mode);
    if (::rename(named.constData(), target.constData()) != 0)
        return failed(tr("cannot put the workbook in place"));
    m_namedTemp.clear();
    return true;
}

bool WorkbookFile::startClosing(bool async)
{
    if (!isOpen() || !m_thread.joinable()) {
        setErrorString(tr("the workbook is not open"));
        return false;
    }
    std::lock_guard lock(m_mutex);
    m_async = async;
    m_stop = Stop::Close;
    m_changed.notify_all();
    return true;
}

bool WorkbookFile::settle(bool ok)
{
    m_committed = ok;
    QIODevice::close();
    if (!ok) {
        setErrorString(m_failure);
        dropTemporary();
    }
    return ok;
}

bool WorkbookFile::commit()
{
    if (!startClosing(false))
        return false;
    m_thread.join();
    return settle(m_placed);
}

void WorkbookFile::commitAsync()
{
    if (!startClosing(true))
        QMetaObject::invokeMethod(
            this, [this] { Q_EMIT committed(false); }, Qt::QueuedConnection);
}

void WorkbookFile::cancelWriting()
{
    {
        std::lock_guard lock(m_mutex);
        if (m_async && m_stop == Stop::Close)
            return; // already being put in place; the destructor waits for it
        m_stop = Stop::Drop;
        m_queue.clear();
        m_queuedBytes = 0;
        m_changed.notify_all();
    }
    if (m_thread.joinable())
        m_thread.join();
    m_writer.reset();
    QIODevice::close();
    dropTemporary();
}

void WorkbookFile::dropTemporary()
{
    if (m_fd >= 0) {
        ::close(m_fd); // unnamed: gone with its last descriptor
        m_fd = -1;
    }
    if (!m_namedTemp.isEmpty()) {
        QFile::remove(m_namedTemp);
        m_namedTemp.clear();
    }
}

} // namespace flowscope
