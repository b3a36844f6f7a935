#pragma once

// An RFC 4180 reader written for the tests, independently of the product's writer, so that a
// round trip through both proves the files are what a spreadsheet will read.

#include <QByteArray>
#include <QList>
#include <QStringList>

// Records of a CSV text (UTF-8, CRLF or LF line ends, "" for a quote inside quotes).
QList<QStringList> readCsv(const QByteArray &bytes, QChar separator = u',');
