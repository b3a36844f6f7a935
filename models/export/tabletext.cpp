#include "tabletext.h"

namespace flowscope {

namespace {

QString line(const QStringList &cells)
{
    QStringList clean;
    clean.reserve(cells.size());
    for (QString cell : cells)
        clean << cell.replace(u'\t', u' ').replace(u'\r', u' ').replace(u'\n', u' ');
    return clean.join(u'\t') + u'\n';
}

} // namespace

QString tabSeparatedText(const QStringList &header, const QList<QStringList> &rows)
{
    QString text = line(header);
    for (const QStringList &row : rows)
        text += line(row);
    return text;
}

} // namespace flowscope
