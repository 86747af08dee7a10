#include "demo/demowriter.h"

#include "demo/accessloggenerator.h"
#include "demo/eventgenerator.h"

#include <QCoreApplication>
#include <QSaveFile>
#include <string>

namespace es::demo {

namespace {

constexpr std::size_t kChunkBytes = std::size_t{4} << 20;

template<class Generator>
DemoWriteResult writeWith(Generator &generator, const QString &path, const GeneratorOptions &options,
                          const DemoProgress &progress)
{
    DemoWriteResult result;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        result.errorString = QCoreApplication::translate("es::demo::DemoWriter", "Cannot create %1: %2")
                                 .arg(path, file.errorString());
        return result;
    }
    std::string chunk;
    bool more = true;
    while (more) {
        chunk.clear();
        more = generator.generate(chunk, kChunkBytes);
        if (!chunk.empty()) {
            const auto size = static_cast<qint64>(chunk.size());
            if (file.write(chunk.data(), size) != size) {
                result.errorString =
                    QCoreApplication::translate("es::demo::DemoWriter", "Cannot write %1: %2")
                        .arg(path, file.errorString());
                file.cancelWriting();
                return result;
            }
            result.bytes += size;
        }
        result.lines = generator.linesWritten();
        if (progress && !progress(result.lines, options.targetLines)) {
            file.cancelWriting();
            result.cancelled = true;
            return result;
        }
    }
    if (!file.commit()) {
        result.errorString = QCoreApplication::translate("es::demo::DemoWriter", "Cannot save %1: %2")
                                 .arg(path, file.errorString());
        return result;
    }
    result.ok = true;
    return result;
}

} // namespace

DemoWriteResult writeDemoFile(const QString &path, DemoDataKind kind, const GeneratorOptions &options,
                              const DemoProgress &progress)
{
    if (kind == DemoDataKind::Events) {
        EventGenerator generator(options);
        return writeWith(generator, path, options, progress);
    }
    AccessLogGenerator generator(options);
    return writeWith(generator, path, options, progress);
}

} // namespace es::demo
