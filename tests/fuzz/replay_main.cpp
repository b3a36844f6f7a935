// Without libFuzzer (gcc builds, the sanitizer preset), each fuzz target is a program that runs
// the files it is given — the committed seed corpus — through the same entry point, so the seeds
// stay a regression test everywhere.

#include "fuzz.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

int main(int argc, char **argv)
{
    int inputs = 0;
    for (int k = 1; k < argc; ++k) {
        const QFileInfo info(QString::fromLocal8Bit(argv[k]));
        const QStringList files = info.isDir()
            ? [&] {
                  QStringList out;
                  const QDir dir(info.filePath());
                  for (const QString &name : dir.entryList(QDir::Files, QDir::Name))
                      out << dir.filePath(name);
                  return out;
              }()
            : QStringList { info.filePath() };
        for (const QString &path : files) {
            QFile file(path);
            if (!file.open(QIODevice::ReadOnly)) {
                std::fprintf(stderr, "cannot read %s\n", qPrintable(path));
                return 1;
            }
            const QByteArray bytes = file.readAll();
            LLVMFuzzerTestOneInput(
                reinterpret_cast<const uint8_t *>(bytes.constData()), size_t(bytes.size()));
            ++inputs;
        }
    }
    std::printf("%d inputs replayed\n", inputs);
    return inputs > 0 ? 0 : 1;
}
