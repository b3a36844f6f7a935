#include "testclient.h"

#include <QElapsedTimer>
#include <QSignalSpy>

using namespace flowscope;

ClientSettings localClientSettings(const QUrl &origin, const Credentials &credentials)
{
    ClientSettings settings;
    QString error;
    const std::optional<ApiOrigin> apiOrigin = ApiOrigin::fromBaseUrl(origin.toString(), &error);
    if (!apiOrigin)
        qFatal("localClientSettings: %s", qPrintable(error));
    settings.origin = *apiOrigin;
    settings.credentials = credentials;
    settings.retry.baseDelayMs = 10;
    settings.retry.maxDelayMs = 50;
    return settings;
}

namespace {

template<typename Done>
bool waitUntil(ExecutionsModel &model, Done done, int timeoutMs)
{
    QSignalSpy spy(&model, &ExecutionsModel::stateChanged);
    QElapsedTimer clock;
    clock.start();
    while (!done()) {
        const qint64 left = timeoutMs - clock.elapsed();
        if (left <= 0 || !spy.wait(int(left)))
            return false;
    }
    return true;
}

} // namespace

bool waitForState(ExecutionsModel &model, ExecutionsModel::State state, int timeoutMs)
{
    return waitUntil(
        model, [&] { return model.state() == state; }, timeoutMs);
}

bool waitUntilSettled(ExecutionsModel &model, int timeoutMs)
{
    return waitUntil(
        model, [&] { return model.state() != ExecutionsModel::State::Loading; }, timeoutMs);
}

bool roundTrip(StudioClient &client, const QUrl &url, int timeoutMs)
{
    ApiReplyPtr reply(client.get(url));
    QSignalSpy finished(reply.get(), &ApiReply::finished);
    return finished.wait(timeoutMs);
}

bool waitForCount(QSignalSpy &spy, int count, int timeoutMs)
{
    QElapsedTimer clock;
    clock.start();
    while (spy.size() < count) {
        const qint64 left = timeoutMs - clock.elapsed();
        if (left <= 0 || !spy.wait(int(left)))
            return spy.size() >= count;
    }
    return true;
}
