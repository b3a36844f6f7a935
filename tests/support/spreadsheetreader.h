#pragma once

// Workbooks read back by real spreadsheet software, not by the code that wrote them:
// LibreOffice (headless) converts the .xlsx to flat OpenDocument, whose cells say the value type
// the spreadsheet gave them (string, float, date, boolean) — what a person opening the file sees;
// openpyxl (Python) reports the sheet's structure: frozen panes, autofilter, bold header, widths.

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace spreadsheet {

struct Cell
{
    QString type; // office:value-type: string, float, date, boolean, … ; empty for an empty cell
    QString value; // string: the text; float: office:value; date: office:date-value; boolean:
                   // "true"/"false" (LibreOffice writes a boolean as float 1/0 with =TRUE())
    bool operator==(const Cell &) const = default;
};

// For QCOMPARE: "float 42", "string +14155550100", "(empty)".
char *toString(const Cell &cell);

struct Sheet
{
    QString name;
    QList<QList<Cell>> rows; // trailing empty cells and rows dropped
};

// Where the programs are; empty when not installed.
QString libreOffice();
QString python3WithOpenpyxl();

// The workbook as LibreOffice Calc reads it, or nullopt with *error.
std::optional<QList<Sheet>> readWithLibreOffice(const QString &xlsx, QString *error);

// openpyxl's view: {"sheets": [{"name", "freeze", "autofilter", "bold": [header cells bold],
// "widths": {"A": w}, "max_row", "max_column", "types": [[openpyxl data types of row 2]]}]}.
std::optional<QJsonObject> structureWithOpenpyxl(const QString &xlsx, QString *error);

} // namespace spreadsheet
