#include "spreadsheetreader.h"

#include "processrun.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;

namespace spreadsheet {

char *toString(const Cell &cell)
{
    const QString text = cell.type.isEmpty()
        ? u"(empty)"_s
        : cell.type + u' ' + (cell.value.size() > 200 ? cell.value.left(200) + u"…"_s : cell.value);
    return qstrdup(text.toUtf8().constData());
}

QString libreOffice()
{
    return QStandardPaths::findExecutable(u"soffice"_s);
}

QString python3WithOpenpyxl()
{
    // Debian's python3, where python3-openpyxl installs (a pyenv python earlier on PATH has not).
    for (const QString &candidate :
        { u"/usr/bin/python3"_s, QStandardPaths::findExecutable(u"python3"_s) }) {
        if (candidate.isEmpty() || !QFileInfo(candidate).isExecutable())
            continue;
        const ProcessRun probe = runProcess(candidate, { u"-c"_s, u"import openpyxl"_s },
            QProcessEnvironment::systemEnvironment(), 30000);
        if (probe.exitCode == 0)
            return candidate;
    }
    return {};
}

namespace {

// The text of a <text:p>, with <text:s c="N"/>, <text:tab/> and <text:line-break/> expanded.
QString paragraphText(QXmlStreamReader &xml)
{
    QString text;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isCharacters()) {
            text += xml.text();
        } else if (xml.isStartElement()) {
            if (xml.name() == u"s") {
                const int count = xml.attributes().hasAttribute(u"text:c"_s)
                    ? xml.attributes().value(u"text:c"_s).toInt()
                    : 1;
                text += QString(count, u' ');
            } else if (xml.name() == u"tab") {
                text += u'\t';
            } else if (xml.name() == u"line-break") {
                text += u'\n';
            }
        } else if (xml.isEndElement() && xml.name() == u"p") {
            break;
        }
    }
    return text;
}

Cell readCell(QXmlStreamReader &xml)
{
    const QXmlStreamAttributes a = xml.attributes();
    Cell cell;
    cell.type = a.value(u"office:value-type"_s).toString();
    const QString formula = a.value(u"table:formula"_s).toString();
    QStringList paragraphs;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == u"p")
            paragraphs << paragraphText(xml);
        else if (xml.isEndElement() && xml.name() == u"table-cell")
            break;
    }
    if (cell.type == u"string")
        cell.value = paragraphs.join(u'\n');
    else if (cell.type == u"date") {
        // ODF writes a time of exactly midnight as the date alone: the same instant.
        cell.value = a.value(u"office:date-value"_s).toString();
        if (cell.value.size() == 10)
            cell.value += u"T00:00:00"_s;
    } else if (cell.type == u"boolean")
        cell.value = a.value(u"office:boolean-value"_s).toString();
    else if (cell.type == u"float" && (formula == u"of:=TRUE()"_s || formula == u"of:=FALSE()"_s))
        cell = { u"boolean"_s, formula == u"of:=TRUE()"_s ? u"true"_s : u"false"_s };
    else if (!cell.type.isEmpty())
        cell.value = a.value(u"office:value"_s).toString();
    return cell;
}

} // namespace

std::optional<QList<Sheet>> readWithLibreOffice(const QString &xlsx, QString *error)
{
    static QTemporaryDir profile; // one LibreOffice profile per test process: it starts faster
    QTemporaryDir out;
    const ProcessRun run = runProcess(libreOffice(),
        { u"-env:UserInstallation=file://"_s + profile.path(), u"--headless"_s, u"--convert-to"_s,
            u"fods"_s, u"--outdir"_s, out.path(), xlsx },
        QProcessEnvironment::systemEnvironment(), 120000);
    QFile fods(QDir(out.path()).filePath(QFileInfo(xlsx).completeBaseName() + u".fods"_s));
    if (run.exitCode != 0 || !fods.open(QIODevice::ReadOnly)) {
        *error = u"LibreOffice could not read %1 (exit %2): %3"_s.arg(
            xlsx, QString::number(run.exitCode), QString::fromLocal8Bit(run.err + run.out));
        return std::nullopt;
    }
    QList<Sheet> sheets;
    QXmlStreamReader xml(&fods);
    QList<Cell> row;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == u"table" && xml.namespaceUri().contains(u":table:"_s)) {
            sheets.append({ xml.attributes().value(u"table:name"_s).toString(), {} });
        } else if (xml.name() == u"table-row" && !sheets.isEmpty()) {
            const int repeated
                = std::max(1, xml.attributes().value(u"table:number-rows-repeated"_s).toInt());
            row.clear();
            while (!xml.atEnd()) {
                xml.readNext();
                if (xml.isStartElement() && xml.name() == u"table-cell") {
                    const int times = std::max(
                        1, xml.attributes().value(u"table:number-columns-repeated"_s).toInt());
                    const Cell cell = readCell(xml);
                    for (int k = 0; k < times && k < 1024; ++k)
                        row << cell;
                } else if (xml.isEndElement() && xml.name() == u"table-row") {
                    break;
                }
            }
            while (!row.isEmpty() && row.constLast().type.isEmpty())
                row.removeLast();
            for (int k = 0; k < repeated && (k == 0 || !row.isEmpty()); ++k)
                sheets.last().rows << row;
        }
    }
    if (xml.hasError()) {
        *error = u"the converted file is not XML: "_s + xml.errorString();
        return std::nullopt;
    }
    for (Sheet &sheet : sheets) {
        while (!sheet.rows.isEmpty() && sheet.rows.constLast().isEmpty())
            sheet.rows.removeLast();
    }
    return sheets;
}

std::optional<QJsonObject> structureWithOpenpyxl(const QString &xlsx, QString *error)
{
    const ProcessRun run = runProcess(python3WithOpenpyxl(),
        { QStringLiteral(FLOWSCOPE_TEST_SUPPORT_DIR) + u"/xlsxstructure.py"_s, xlsx },
        QProcessEnvironment::systemEnvironment(), 120000);
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(run.out, &parseError);
    if (run.exitCode != 0 || !doc.isObject()) {
        *error = u"openpyxl could not read %1 (exit %2): %3"_s.arg(
            xlsx, QString::number(run.exitCode), QString::fromLocal8Bit(run.err));
        return std::nullopt;
    }
    return doc.object();
}

} // namespace spreadsheet
