#pragma once

// Why a write to a file came up short, in words a person can act on.

#include <QCoreApplication>
#include <QFileDevice>

namespace flowscope {

// Qt's reason; or, for a short write that set none (how a full disk shows: the part that fit was
// written, and Qt reports no error), that the disk may be full.
inline QString writeFailure(const QFileDevice &file)
{
    return file.error() != QFileDevice::NoError
        ? file.errorString()
        : QCoreApplication::translate("WriteFailure", "only part was written (is the disk full?)");
}

} // namespace flowscope
