// The one way work leaves the GUI thread and comes back: a result reaches its owner on the
// owner's thread, unless a newer request (Latest), cancel() or the owner's end came first.

#include "util/worker.h"

#include <QSemaphore>
#include <QSignalSpy>
#include <QTest>
#include <QThread>

#include <memory>

using namespace flowscope;

namespace {

// Work that waits until the test lets it go, so that the order things finish in is the test's.
struct Gate
{
    QSemaphore open;
    void release(int n = 1) { open.release(n); }
};

// An owner that counts what it was given, and says so with a signal the test can wait for.
class Owner : public QObject
{
    Q_OBJECT

public:
    QList<int> delivered;
    QList<QThread *> threads;
    void take(int value)
    {
        delivered << value;
        threads << QThread::currentThread();
        Q_EMIT got();
    }

Q_SIGNALS:
    void got();
};

} // namespace

class TestHandoff : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void deliversOnTheOwnersThreadFromAWorker()
    {
        Owner owner;
        Handoff handoff(&owner);
        QThread *worker = nullptr;
        QSignalSpy got(&owner, &Owner::got);
        handoff.run(
            [&worker] {
                worker = QThread::currentThread();
                return 42;
            },
            [&owner](int value) { owner.take(value); });
        QVERIFY(handoff.isBusy());
        QVERIFY(got.wait());
        QCOMPARE(owner.delivered, QList<int> { 42 });
        QVERIFY(worker != nullptr);
        QVERIFY(worker != QThread::currentThread());
        QCOMPARE(owner.threads.constFirst(), QThread::currentThread());
        QVERIFY(!handoff.isBusy());
    }

    void aNewerRequestDropsAnOlderOne()
    {
        Owner owner;
        Handoff handoff(&owner, Handoff::Keep::Latest);
        auto slow = std::make_shared<Gate>();
        QSignalSpy got(&owner, &Owner::got);
        handoff.run(
            [slow] {
                slow->open.acquire();
                return 1;
            },
            [&owner](int value) { owner.take(value); });
        handoff.run([] { return 2; }, [&owner](int value) { owner.take(value); });
        QVERIFY(got.wait());
        slow->release(); // the first finishes now, after the second: it must not land
        QCOMPARE(handoff.pending(), 0);
        // The first one's result comes through the event loop too: once the pool is idle, one
        // pass of the event loop brings it, to be dropped.
        QVERIFY(workerPool()->waitForDone(5000));
        QCoreApplication::processEvents();
        QCOMPARE(owner.delivered, QList<int> { 2 });
    }

    void everyKeepsEachResult()
    {
        Owner owner;
        Handoff handoff(&owner, Handoff::Keep::Every);
        QSignalSpy got(&owner, &Owner::got);
        for (int k = 0; k < 5; ++k)
            handoff.run([k] { return k * 10; }, [&owner](int value) { owner.take(value); });
        QCOMPARE(handoff.pending(), 5);
        QTRY_COMPARE(got.count(), 5);
        QList<int> sorted = owner.delivered;
        std::sort(sorted.begin(), sorted.end());
        QCOMPARE(sorted, (QList<int> { 0, 10, 20, 30, 40 }));
        QCOMPARE(handoff.pending(), 0);
    }

    void cancelDropsWhatIsUnderWay()
    {
        Owner owner;
        Handoff handoff(&owner, Handoff::Keep::Every);
        auto gate = std::make_shared<Gate>();
        bool voidDelivered = false;
        handoff.run(
            [gate] {
                gate->open.acquire();
                return 7;
            },
            [&owner](int value) { owner.take(value); });
        handoff.run([gate] { gate->open.acquire(); }, [&voidDelivered] { voidDelivered = true; });
        handoff.cancel();
        QVERIFY(!handoff.isBusy());
        gate->release(2);
        QVERIFY(workerPool()->waitForDone(5000));
        QCoreApplication::processEvents();
        QVERIFY(owner.delivered.isEmpty());
        QVERIFY(!voidDelivered);
        // Still usable afterwards.
        QSignalSpy got(&owner, &Owner::got);
        handoff.run([] { return 8; }, [&owner](int value) { owner.take(value); });
        QVERIFY(got.wait());
        QCOMPARE(owner.delivered, QList<int> { 8 });
    }

    void anOwnerGoneFirstGetsNothing()
    {
        auto owner = std::make_unique<Owner>();
        auto handoff = std::make_unique<Handoff>(owner.get());
        auto gate = std::make_shared<Gate>();
        auto delivered = std::make_shared<bool>(false);
        handoff->run(
            [gate] {
                gate->open.acquire();
                return 1;
            },
            [delivered](int) { *delivered = true; });
        // As a member of its owner: the Handoff goes first, then the owner and its children.
        handoff.reset();
        owner.reset();
        gate->release();
        QVERIFY(workerPool()->waitForDone(5000));
        QCoreApplication::processEvents();
        QVERIFY(!*delivered);
    }

    void aHandoffGoneBeforeItsOwnerDeliversNothing()
    {
        Owner owner;
        auto handoff = std::make_unique<Handoff>(&owner, Handoff::Keep::Every);
        auto gate = std::make_shared<Gate>();
        handoff->run(
            [gate] {
                gate->open.acquire();
                return 1;
            },
            [&owner](int value) { owner.take(value); });
        handoff.reset(); // the owner lives on; the result must not come to it
        gate->release();
        QVERIFY(workerPool()->waitForDone(5000));
        QCoreApplication::processEvents();
        QVERIFY(owner.delivered.isEmpty());
    }

    void resultsAreMovedNotCopied()
    {
        // A parsed page is large: the owner gets the worker's object, not a copy of it.
        Owner owner;
        Handoff handoff(&owner);
        const int *made = nullptr;
        const int *received = nullptr;
        QSignalSpy got(&owner, &Owner::got);
        handoff.run(
            [&made] {
                auto value = std::make_unique<int>(5);
                made = value.get();
                return value;
            },
            [&](std::unique_ptr<int> value) {
                received = value.get();
                owner.take(*value);
            });
        QVERIFY(got.wait());
        QCOMPARE(received, made);
    }
};

QTEST_GUILESS_MAIN(TestHandoff)
#include "tst_handoff.moc"
