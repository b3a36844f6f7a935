#pragma once

// Rows as tab-separated text for the clipboard, which a spreadsheet or a ticket pastes as cells:
// the header, then one line per row; a tab or line break inside a cell becomes a space, so a
// cell never spills into the next one. (Files are written by CsvWriter, quoted as RFC 4180.)

#include <QList>
#include <QString>
#include <QStringList>

namespace flowscope {

QString tabSeparatedText(const QStringList &header, const QList<QStringList> &rows);

} // namespace flowscope
